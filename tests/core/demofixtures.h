#pragma once
// Loads the demo story (resources/demo) as Articles for the quote tests, without the importer:
// text files by blank lines, Markdown without front matter and emphasis, HTML by its <p>
// elements. Only good enough for these fictional files; the real importer lives in core/import.

#include "quotefixtures.h"

namespace QuoteFixtures {

inline QString decodeEntities(QString s)
{
    static const QList<std::pair<QString, QString>> entities = {
        {QStringLiteral("&ldquo;"), QString(QChar(0x201C))}, {QStringLiteral("&rdquo;"), QString(QChar(0x201D))},
        {QStringLiteral("&lsquo;"), QString(QChar(0x2018))}, {QStringLiteral("&rsquo;"), QString(QChar(0x2019))},
        {QStringLiteral("&ndash;"), QString(QChar(0x2013))}, {QStringLiteral("&mdash;"), QString(QChar(0x2014))},
        {QStringLiteral("&euro;"), QString(QChar(0x20AC))},  {QStringLiteral("&middot;"), QString(QChar(0x00B7))},
        {QStringLiteral("&copy;"), QString(QChar(0x00A9))},  {QStringLiteral("&nbsp;"), QStringLiteral(" ")},
        {QStringLiteral("&hellip;"), QString(QChar(0x2026))}, {QStringLiteral("&quot;"), QStringLiteral("\"")},
        {QStringLiteral("&#39;"), QStringLiteral("'")},      {QStringLiteral("&amp;"), QStringLiteral("&")}};
    for (const auto &[from, to] : entities)
        s.replace(from, to);
    return s;
}

inline Synoptic::Core::Article demoArticle(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(f.readAll());
    const QString name = QFileInfo(path).fileName();
    if (name.endsWith(QLatin1String(".html"))) {
        QStringList paragraphs;
        static const QRegularExpression p(QStringLiteral("<p[^>]*>(.*?)</p>"), QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression tag(QStringLiteral("<[^>]+>"));
        for (auto it = p.globalMatch(text); it.hasNext();)
            paragraphs.append(decodeEntities(it.next().captured(1).remove(tag)));
        return articleFromText(paragraphs.join(QStringLiteral("\n\n")), name);
    }
    if (name.endsWith(QLatin1String(".md"))) {
        if (text.startsWith(QLatin1String("---"))) {
            const qsizetype end = text.indexOf(QLatin1String("\n---"), 3);
            if (end > 0)
                text = text.mid(end + 4);
        }
        text.remove(QStringLiteral("**"));
        text.remove(u'*');
        text.replace(QRegularExpression(QStringLiteral("(?m)^#+ ")), QString());
    }
    return articleFromText(text, name);
}

inline QList<Synoptic::Core::Article> demoStory(const QString &folder)
{
    QList<Synoptic::Core::Article> articles;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.txt"), QStringLiteral("*.md"), QStringLiteral("*.html")},
                                             QDir::Files, QDir::Name)) {
        articles.append(demoArticle(dir.filePath(name)));
    }
    return articles;
}

} // namespace QuoteFixtures
