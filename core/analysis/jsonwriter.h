// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Two writers with one interface, so a document is described once (a template over the writer)
// and produced either way:
// - JsonWriter streams indented JSON straight to a QIODevice through a small buffer. Its bytes
//   are exactly what QJsonDocument::toJson(QJsonDocument::Indented) writes for the same
//   values: 4-space indent, Qt's string escaping (lower-case \u00xx for control characters,
//   \udxxx for lone surrogates), integral doubles within +-2^53 as integers, other doubles
//   shortest round-trip, non-finite doubles as null. Object keys are NOT sorted for you:
//   QJsonObject sorts its keys, so the caller writes each object's keys in ascending order
//   (asserted in debug builds).
// - JsonTreeWriter builds the same document as a QJsonObject (for schema checks and tests).

#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>
#include <QStringView>

#include <memory>

class QIODevice;

namespace Synoptic::Core {

class JsonWriter
{
public:
    // `device` is not owned and must stay open for writing until finish().
    explicit JsonWriter(QIODevice *device);
    ~JsonWriter();
    JsonWriter(const JsonWriter &) = delete;
    JsonWriter &operator=(const JsonWriter &) = delete;

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // ASCII identifiers only (our field names); the value must follow.
    void key(QLatin1StringView name);
    void value(QStringView text);
    void value(const QString &text) { value(QStringView(text)); }
    void value(int number) { value(qint64(number)); }
    void value(qint64 number);
    void value(double number);
    void value(bool flag);
    void nullValue();

    // Writes what is buffered; false when any write to the device failed.
    [[nodiscard]] bool finish();

    // One string as JSON writes it between its quotes (for tests and callers with small values).
    [[nodiscard]] static QByteArray escaped(QStringView text);

private:
    struct Level {
        bool object = false;
        bool empty = true;
#ifndef QT_NO_DEBUG
        QLatin1StringView lastKey;
#endif
    };

    void beforeValue();
    void beginContainer(bool object, char open);
    void endContainer(bool object, char close);
    void writeRaw(const char *data, qsizetype size);
    void writeIndent(qsizetype levels);
    void writeEscaped(QStringView text);
    void reserve(qsizetype bytes)
    {
        if (m_end - m_cursor < bytes)
            flush();
    }
    void flush();

    QIODevice *m_device;
    std::unique_ptr<char[]> m_buffer;
    char *m_cursor;
    char *m_end;
    QList<Level> m_levels;
    bool m_afterKey = false;
    bool m_failed = false;
};

class JsonTreeWriter
{
public:
    void beginObject() { m_stack.append({true, {}, {}, {}}); }
    void endObject() { endContainer(); }
    void beginArray() { m_stack.append({false, {}, {}, {}}); }
    void endArray() { endContainer(); }
    void key(QLatin1StringView name) { m_stack.last().pendingKey = name; }
    void value(QStringView text) { add(QJsonValue(text.toString())); }
    void value(const QString &text) { add(QJsonValue(text)); }
    void value(int number) { add(QJsonValue(number)); }
    void value(qint64 number) { add(QJsonValue(number)); }
    void value(double number) { add(QJsonValue(number)); }
    void value(bool flag) { add(QJsonValue(flag)); }
    void nullValue() { add(QJsonValue(QJsonValue::Null)); }

    // The outermost object, once it has been ended.
    [[nodiscard]] QJsonObject result() const { return m_result; }

private:
    struct Container {
        bool object;
        QJsonObject members;
        QJsonArray elements;
        QLatin1StringView pendingKey;
    };
    void add(const QJsonValue &v);
    void endContainer();

    QList<Container> m_stack;
    QJsonObject m_result;
};

} // namespace Synoptic::Core
