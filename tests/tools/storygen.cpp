// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// storygen N SEED FOLDER [SOURCE]: writes a generated story of N articles (families of
// syndicated copies, medium and heavy rewrites; .txt/.md/.html) with truth.json into FOLDER.
// SOURCE is the article the variants are made from (default: the demo story's wire article).
// Deterministic: the same N, SEED and SOURCE always give the same files. Used by the benchmarks.

#include "tests/tools/storygenerator.h"
#include "tests/tools/testarticles.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace Synoptic;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QTextStream err(stderr);
    bool countOk = false, seedOk = false;
    const int count = args.value(0).toInt(&countOk);
    const quint64 seed = args.value(1).toULongLong(&seedOk);
    if (args.size() < 3 || args.size() > 4 || !countOk || count < 1 || !seedOk) {
        err << "usage: storygen N SEED FOLDER [SOURCE]\n";
        return 2;
    }
    const QString sourcePath = args.value(3, QStringLiteral(SYNOPTIC_SOURCE_DIR "/resources/demo/meridian-wire.txt"));
    QFile file(sourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        err << "storygen: " << sourcePath << ": " << file.errorString() << '\n';
        return 1;
    }
    const QStringList source = Testing::splitParagraphs(QString::fromUtf8(file.readAll()));
    if (source.size() < 2) {
        err << "storygen: " << sourcePath << ": fewer than two paragraphs\n";
        return 1;
    }
    Testing::StoryGenerator generator(seed);
    const QList<Testing::GeneratedArticle> story = generator.story(source, count);
    QString error;
    if (!Testing::StoryGenerator::writeStory(story, args[2], &error)) {
        err << "storygen: " << error << '\n';
        return 1;
    }
    return 0;
}
