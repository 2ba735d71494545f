// A small streaming JSON writer for the hot paths (every scan saves a basket
// line, every sale writes its event): several times faster than building a
// QJsonObject and serialising it. Output is plain RFC 8259 JSON that
// QJsonDocument reads back; keys are written in the order given.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <string_view>
#include <vector>

namespace retailos {

class JsonWriter
{
public:
    JsonWriter() { m_out.reserve(1024); }

    JsonWriter &beginObject() { return open('{'); }
    JsonWriter &endObject() { return close('}'); }
    JsonWriter &beginArray() { return open('['); }
    JsonWriter &endArray() { return close(']'); }

    // Keys are ASCII identifiers chosen by us: never escaped.
    JsonWriter &key(std::string_view name);
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(qint64{number}); }
    JsonWriter &value(bool flag);
    JsonWriter &value(QStringView text);
    JsonWriter &value(const QString &text) { return value(QStringView(text)); }
    JsonWriter &null();
    // Inserts already valid JSON (a nested document written elsewhere).
    JsonWriter &raw(const QByteArray &json);

    template<typename T>
    JsonWriter &field(std::string_view name, const T &v)
    {
        key(name);
        return value(v);
    }

    [[nodiscard]] QByteArray take() { return std::move(m_out); }

private:
    JsonWriter &open(char c);
    JsonWriter &close(char c);
    void separate();

    QByteArray m_out;
    std::vector<bool> m_hasItem;   // per open container: whether a comma is due
    bool m_afterKey = false;
};

} // namespace retailos
