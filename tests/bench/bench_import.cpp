// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Import throughput: generates a folder of N articles (default 1,000; deterministic, no news
// text) in a temporary folder, then times
//   1. reading + classifying (FolderImporter::import),
//   2. the library write (Library::saveImport, one transaction),
//   3. an incremental re-open where nothing changed (hashing only),
// and prints MB/s for each, by wall-clock time and by this process's CPU time (the machine
// may be shared; CPU time is the stable figure). Usage: bench_import [ARTICLES] [--keep]

#include "core/import/folderimporter.h"
#include "core/store/library.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>

using namespace Synoptic::Core;
using namespace Qt::StringLiterals;

namespace {

// A small deterministic generator: sentences from a fixed invented vocabulary, mixed layouts
// (blank-line text, one-per-line text, Markdown, HTML) and typical chrome (footers, links).
class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_state(seed)
    {
    }

    quint32 next()
    {
        m_state = m_state * 1664525u + 1013904223u;
        return m_state >> 8;
    }
    template<typename T>
    const T &pick(const QList<T> &list) { return list[next() % list.size()]; }

    QString sentence()
    {
        static const QList<QString> subjects{u"The harbour authority"_s, u"The council"_s, u"A spokesperson for the port"_s,
                                             u"Residents of the old town"_s, u"The ferry operator"_s, u"Fire crews"_s,
                                             u"The mayor of Portmere"_s, u"Inspectors"_s};
        static const QList<QString> verbs{u"said on Monday that"_s, u"warned that"_s, u"confirmed that"_s,
                                          u"told reporters that"_s, u"denied that"_s, u"expect that"_s};
        static const QList<QString> clauses{u"the lighthouse would close for repairs"_s,
                                            u"the channel was too narrow for the new ships"_s,
                                            u"about 40 workers had been sent to the quay"_s,
                                            u"the storm had damaged the northern pier"_s,
                                            u"the budget for the repairs would rise by 12 percent"_s,
                                            u"a temporary beacon would be moored at the entrance"_s,
                                            u"the evacuation order would stay in place until Friday"_s};
        QString s = pick(subjects) + u' ' + pick(verbs) + u' ' + pick(clauses);
        if (next() % 3 == 0)
            s += u", and "_s + pick(clauses);
        return s + u'.';
    }

    QString paragraph()
    {
        QStringList sentences;
        const int n = 1 + int(next() % 3);
        for (int i = 0; i < n; ++i)
            sentences.append(sentence());
        QString p = sentences.join(u' ');
        if (next() % 4 == 0)
            p = u"\u201CWe will not leave the quay until every worker is safe,\u201D "_s + p;
        return p;
    }

    // One article in one of four formats; returns the file name suffix through `suffix`.
    QByteArray article(int index, QString *suffix)
    {
        const QString headline = u"Portmere harbour report number %1"_s.arg(index);
        QStringList body;
        const int paragraphs = 8 + int(next() % 10);
        for (int i = 0; i < paragraphs; ++i)
            body.append(paragraph());
        const QStringList footer{u"Share this story"_s, u"Tags: harbour, Portmere, ferries"_s, u"Leave a Reply"_s};
        switch (index % 4) {
        case 0:
            *suffix = u"txt"_s;
            return (headline + u"\n\nBy Mara Quill\n\n"_s + body.join(u"\n\n"_s) + u"\n\n"_s + footer.join(u"\n\n"_s)).toUtf8();
        case 1:
            *suffix = u"txt"_s;
            return (u" date 2024-09-02 "_s + body.join(u'\n') + u'\n' + footer.join(u'\n')).toUtf8();
        case 2:
            *suffix = u"md"_s;
            return (u"---\ntitle: "_s + headline + u"\n---\n# "_s + headline + u"\n\n"_s + body.join(u"\n\n"_s)).toUtf8();
        default: {
            *suffix = u"html"_s;
            QString html = u"<html><head><title>"_s + headline + u" | Gazette</title><meta property=\"og:site_name\" "
                           "content=\"Gazette\"></head><body><nav><a href=/>Home</a> <a href=/news>News</a></nav><article><h1>"_s
                           + headline + u"</h1>"_s;
            for (const QString &p : std::as_const(body))
                html += u"<p>"_s + p + u"</p>"_s;
            html += u"</article><footer><p>"_s + footer.join(u"</p><p>"_s) + u"</p></footer></body></html>"_s;
            return html.toUtf8();
        }
        }
    }

private:
    quint32 m_state;
};

double megabytes(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    int count = 1000;
    for (const QString &a : args.mid(1)) {
        if (a.toInt() > 0)
            count = a.toInt();
    }
    QTextStream out(stdout);
    QTemporaryDir dir;
    dir.setAutoRemove(!args.contains(u"--keep"_s));
    const QString folder = dir.filePath(u"story"_s);
    QDir().mkpath(folder);
    Generator generator(20240902);
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        QString suffix;
        const QByteArray data = generator.article(i, &suffix);
        QFile f(folder + u"/article-%1.%2"_s.arg(i, 5, 10, QLatin1Char('0')).arg(suffix));
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
            out << "cannot write the generated folder\n";
            return 1;
        }
        bytes += data.size();
    }
    out << "generated " << count << " articles, " << QString::number(megabytes(bytes), 'f', 2) << " MB in " << folder << "\n";

    QElapsedTimer timer;
    auto cpuMs = [] { return qint64(std::clock() * 1000.0 / CLOCKS_PER_SEC); };
    qint64 cpu = cpuMs();
    timer.start();
    const FolderImport import = FolderImporter::import(folder);
    const qint64 readMs = std::max<qint64>(1, timer.elapsed());
    const qint64 readCpu = std::max<qint64>(1, cpuMs() - cpu);
    if (!import.error.isEmpty() || import.changed.size() != count) {
        out << "import failed: " << import.error << " (" << import.changed.size() << " articles, " << import.skipped.size()
            << " skipped)\n";
        return 1;
    }

    Library library(dir.filePath(u"library.sqlite"_s));
    if (!library.isOpen()) {
        out << library.error() << "\n";
        return 1;
    }
    timer.restart();
    cpu = cpuMs();
    if (!library.saveImport(folder, import)) {
        out << library.error() << "\n";
        return 1;
    }
    const qint64 saveMs = std::max<qint64>(1, timer.elapsed());
    const qint64 saveCpu = std::max<qint64>(1, cpuMs() - cpu);

    timer.restart();
    cpu = cpuMs();
    const FolderImport again = FolderImporter::import(folder, library.importInputs(folder));
    const qint64 reopenMs = std::max<qint64>(1, timer.elapsed());
    const qint64 reopenCpu = std::max<qint64>(1, cpuMs() - cpu);

    qsizetype paragraphs = 0;
    for (const Article &a : import.changed)
        paragraphs += a.paragraphs.size();
    auto rate = [&](qint64 ms) { return QString::number(megabytes(bytes) / (double(ms) / 1000.0), 'f', 2); };
    auto line = [&](const char *what, qint64 wall, qint64 cpuTime) {
        out << what << ": wall " << wall << " ms = " << rate(wall) << " MB/s; cpu " << cpuTime << " ms = " << rate(cpuTime)
            << " MB/s\n";
    };
    out << paragraphs << " paragraphs\n";
    line("read+classify", readMs, readCpu);
    line("library write (one transaction, FTS5)", saveMs, saveCpu);
    line("import total", readMs + saveMs, readCpu + saveCpu);
    out << again.unchanged.size() << " unchanged on re-open\n";
    line("incremental re-open, nothing changed", reopenMs, reopenCpu);
    return 0;
}
