// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/filediscovery.h"

#include "core/import/documentformats.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <dirent.h>
#endif

using namespace Qt::StringLiterals;

namespace Synoptic::Core {

namespace {

// One folder's entries, hidden ones ('.', '..', '.git', ...) left out.
struct Listing {
    QStringList names; // sorted
    QList<QByteArray> undecodable; // raw names that are not valid UTF-8
    bool readable = true;
};

// A raw file name as readable text: valid UTF-8 sequences as they are, every other byte as \xHH
// ("caf\xE9.txt" for a Latin-1 "café.txt").
QString readableName(const QByteArray &name)
{
    QString out;
    qsizetype i = 0;
    while (i < name.size()) {
        const uchar lead = uchar(name[i]);
        const qsizetype length = lead < 0x80 ? 1 : (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : (lead & 0xF8) == 0xF0 ? 4 : 0;
        const QByteArrayView sequence = QByteArrayView(name).sliced(i, std::min(std::max<qsizetype>(length, 1), name.size() - i));
        if (length > 0 && sequence.size() == length && sequence.isValidUtf8()) {
            out += QString::fromUtf8(sequence);
            i += length;
        } else {
            out += u"\\x"_s + QString::number(lead, 16).toUpper().rightJustified(2, QLatin1Char('0'));
            ++i;
        }
    }
    return out;
}

// Lists a folder with readdir() rather than QDir: Qt's directory iterator ends the listing at
// the first name that is not valid UTF-8 (it cannot turn it into a QString), silently hiding
// every entry after it in directory order. Here such a name is set aside and the listing goes on.
Listing listDirectory(const QString &dirPath)
{
    Listing listing;
#ifdef Q_OS_UNIX
    DIR *dir = ::opendir(QFile::encodeName(dirPath).constData());
    if (!dir) {
        listing.readable = false;
        return listing;
    }
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (name.startsWith('.'))
            continue;
        if (QByteArrayView(name).isValidUtf8())
            listing.names.append(QFile::decodeName(name));
        else
            listing.undecodable.append(name);
    }
    ::closedir(dir);
#else
    const QDir dir(dirPath);
    listing.names = dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System | QDir::Hidden);
    listing.names.removeIf([](const QString &name) { return name.startsWith(QLatin1Char('.')); });
    listing.readable = !listing.names.isEmpty() || dir.isReadable();
#endif
    std::sort(listing.names.begin(), listing.names.end());
    std::sort(listing.undecodable.begin(), listing.undecodable.end());
    return listing;
}

struct Walk {
    QDir root;
    Discovery *result = nullptr;
    QSet<QString> visited; // canonical paths of directories already listed
    const std::function<bool()> *cancelled = nullptr;

    QString relative(const QString &path) const { return root.relativeFilePath(path); }

    void skip(const QString &path, const QString &reason) { result->skipped.append({relative(path), reason}); }

    // A browser's "Web page, complete" save: `<stem>_files` (`<stem>-Dateien`, `<stem>_fichiers`,
    // ... the word depends on the browser's language) beside the page `<stem>.html`.
    static bool isPageAssetFolder(const QString &name, const QSet<QString> &pageStems)
    {
        for (qsizetype i = name.size() - 1; i > 0; --i) {
            if ((name[i] == u'_' || name[i] == u'-') && pageStems.contains(name.left(i)))
                return std::all_of(name.cbegin() + i + 1, name.cend(), [](QChar c) { return c.isLetter(); }) && i + 1 < name.size();
        }
        return false;
    }

    // Page assets, not articles: counted, not listed one by one.
    static bool isWebAsset(const QString &fileName)
    {
        static const QSet<QString> suffixes{u"png"_s, u"jpg"_s, u"jpeg"_s, u"gif"_s, u"webp"_s, u"svg"_s, u"ico"_s, u"bmp"_s,
                                            u"avif"_s, u"tif"_s, u"tiff"_s, u"js"_s, u"mjs"_s, u"css"_s, u"map"_s, u"woff"_s,
                                            u"woff2"_s, u"ttf"_s, u"otf"_s, u"eot"_s};
        return suffixes.contains(QFileInfo(fileName).suffix().toLower());
    }

    void visit(const QString &dirPath, int depth)
    {
        if (*cancelled && (*cancelled)())
            return;
        if (depth > FileDiscovery::maxDepth) {
            skip(dirPath, u"Folder nesting is deeper than %1 levels; not read."_s.arg(FileDiscovery::maxDepth));
            return;
        }
        const Listing listing = listDirectory(dirPath);
        if (!listing.readable)
            skip(dirPath, u"The folder cannot be read (permission denied)."_s);
        for (const QByteArray &name : listing.undecodable) {
            skip(dirPath + QLatin1Char('/') + readableName(name),
                 u"The name is not valid UTF-8 (the bad bytes are shown as \\xHH), so it cannot be opened; rename it to import it."_s);
        }
        QSet<QString> pageStems;
        for (const QString &name : listing.names) {
            const QFileInfo info(dirPath + QLatin1Char('/') + name);
            const QString format = info.isDir() ? QString() : FileDiscovery::formatForFileName(info.fileName());
            if (format == u"html" || format == u"mhtml")
                pageStems.insert(info.completeBaseName());
        }
        for (const QString &name : listing.names) {
            const QFileInfo info(dirPath + QLatin1Char('/') + name);
            if (info.fileName().startsWith(QLatin1Char('.')))
                continue;
            if (info.isDir() && isPageAssetFolder(info.fileName(), pageStems))
                continue; // part of the saved page beside it, silently
            if (info.isSymLink() && !info.exists()) {
                skip(info.filePath(), u"Broken symbolic link."_s);
                continue;
            }
            if (info.isDir()) {
                const QString canonical = info.canonicalFilePath();
                if (canonical.isEmpty() || visited.contains(canonical)) {
                    skip(info.filePath(), info.isSymLink() ? u"Symbolic link to a folder already read (a link loop or a duplicate); not followed."_s
                                                           : u"Folder already read; not read again."_s);
                    continue;
                }
                visited.insert(canonical);
                visit(info.filePath(), depth + 1);
                continue;
            }
            if (!info.isFile()) {
                skip(info.filePath(), u"Not a regular file."_s);
                continue;
            }
            if (depth == 0 && info.fileName().compare(u"sources.csv"_s, Qt::CaseInsensitive) == 0) {
                result->sidecarPath = info.absoluteFilePath();
                continue;
            }
            if (FileDiscovery::isDocumentationFile(info.fileName())) {
                skip(info.filePath(), u"A documentation file (README, LICENSE, NOTES, ...), not an article."_s);
                continue;
            }
            const QString format = FileDiscovery::formatForFileName(info.fileName());
            if (format.isEmpty() && isWebAsset(info.fileName())) {
                ++result->ignoredAssets;
                continue;
            }
            if (format.isEmpty()) {
                skip(info.filePath(), u"Not an article file (Synoptic reads %1)."_s.arg(DocumentFormats::readableList()));
                continue;
            }
            if (info.size() > FileDiscovery::maxFileSize) {
                skip(info.filePath(), u"The file is larger than %1 MB; articles are never that big."_s
                                          .arg(FileDiscovery::maxFileSize / (1024 * 1024)));
                continue;
            }
            result->files.append(
                {relative(info.filePath()), info.absoluteFilePath(), format, info.size(), FileDiscovery::stamp(info)});
        }
    }
};

} // namespace

QString FileDiscovery::formatForFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"txt" || suffix == u"text")
        return u"txt"_s;
    if (suffix == u"md" || suffix == u"markdown" || suffix == u"mdown")
        return u"md"_s;
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml")
        return u"html"_s;
    if (suffix == u"mhtml" || suffix == u"mht")
        return u"mhtml"_s;
    return DocumentFormats::formatForSuffix(suffix); // docx, rtf, pdf, feed
}

FileStamp FileDiscovery::stamp(const QFileInfo &info)
{
    const QDateTime modified = info.fileTime(QFileDevice::FileModificationTime, QTimeZone::UTC);
    const QDateTime changed = info.fileTime(QFileDevice::FileMetadataChangeTime, QTimeZone::UTC);
    if (!modified.isValid() || !changed.isValid())
        return {};
    return {info.size(), modified.toMSecsSinceEpoch(), changed.toMSecsSinceEpoch()};
}

bool FileDiscovery::isDocumentationFile(const QString &fileName)
{
    // The conventional upper-case names of folder documentation, not article titles.
    static const QStringList names{u"README"_s, u"LICENSE"_s, u"LICENCE"_s, u"COPYING"_s, u"CHANGELOG"_s, u"CHANGES"_s,
                                   u"AUTHORS"_s, u"CONTRIBUTING"_s, u"NOTES"_s, u"ANNOTATIONS"_s, u"TODO"_s, u"INDEX"_s};
    const QString base = QFileInfo(fileName).completeBaseName();
    return names.contains(base);
}

Discovery FileDiscovery::discover(const QString &folder, const std::function<bool()> &cancelled)
{
    Discovery result;
    const QFileInfo info(folder);
    if (!info.exists()) {
        result.error = u"%1: the folder does not exist."_s.arg(QDir::toNativeSeparators(folder));
        return result;
    }
    if (!info.isDir()) {
        result.error = u"%1: not a folder."_s.arg(QDir::toNativeSeparators(folder));
        return result;
    }
    Walk walk;
    walk.root = QDir(info.absoluteFilePath());
    walk.result = &result;
    walk.cancelled = &cancelled;
    walk.visited.insert(info.canonicalFilePath());
    walk.visit(info.absoluteFilePath(), 0);
    if (result.ignoredAssets > 0) {
        result.skipped.append({u"."_s, result.ignoredAssets == 1 ? u"1 image, script or style sheet ignored (not an article)."_s
                                                                 : u"%1 images, scripts and style sheets ignored (not articles)."_s
                                                                       .arg(result.ignoredAssets)});
    }
    std::sort(result.files.begin(), result.files.end(),
              [](const DiscoveredFile &a, const DiscoveredFile &b) { return a.relativePath < b.relativePath; });
    std::sort(result.skipped.begin(), result.skipped.end(),
              [](const SkippedFile &a, const SkippedFile &b) { return a.file < b.file; });
    return result;
}

} // namespace Synoptic::Core
