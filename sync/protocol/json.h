// JSON for the sync protocol: a parsed tree with typed, path-aware access
// errors name the member, "events[3].seq"), a fast writer, and the
// canonical form of. nlohmann/json stays behind this header.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace retailos::sync::json {

inline constexpr std::int64_t kMaxSafeInt = 9007199254740991;   // 2^53 - 1

class Document;

// A node of a parsed Document (valid while the Document lives), with its path.
class Value
{
public:
    Value() = default;

    bool exists() const { return m_node != nullptr; }
    bool isNull() const;
    bool isObject() const;
    bool isArray() const;
    bool isString() const;
    bool isBool() const;
    // an integer written without fraction or exponent, within ±(2^53-1).
    bool isInt() const;
    bool isNumber() const;

    std::int64_t toInt() const;          // 0 unless isInt()
    std::string_view toString() const;   // empty unless isString()
    bool toBool() const;

    std::size_t size() const;            // array elements / object members
    Value operator[](std::size_t index) const;      // array element
    Value member(std::string_view name) const;      // object member; !exists() when absent
    std::vector<std::string_view> keys() const;     // object member names, sorted

    const std::string &path() const { return m_path; }   // "" for the root
    // The node written back compactly (for storing a client's object as received).
    std::string dump() const;
    // keys sorted, no whitespace, minimal escapes, UTF-8, plain integers.
    std::string canonical() const;

private:
    friend class Document;
    Value(const void *node, std::string path) : m_node(node), m_path(std::move(path)) {}
    const void *m_node = nullptr;
    std::string m_path;
};

class Document
{
public:
    // Parses RFC 8259 JSON (UTF-8, no BOM); nesting deeper than `maxDepth` is refused.
    // On failure returns nullptr and says why in `error`.
    static std::unique_ptr<Document> parse(std::string_view text, std::string *error,
                                           int maxDepth = 32);
    ~Document();
    Value root() const;

private:
    Document();
    struct Impl;
    std::unique_ptr<Impl> d;
};

// The first problem found while reading a request; `field` is a path.
struct FieldError
{
    std::string field;
    std::string message;
    std::string code = "bad_request";
};

// Reads members of one object, recording only the first problem: each getter
// returns a neutral value after a failure, so handlers read straight down and
// check ok() once at the end.
class Reader
{
public:
    explicit Reader(Value object, std::shared_ptr<std::optional<FieldError>> sink = {});

    bool ok() const { return !m_error->has_value(); }
    const FieldError &error() const { return **m_error; }
    void fail(const std::string &field, std::string message, std::string code = "bad_request");

    bool has(std::string_view name) const;   // present and not null
    Value value(std::string_view name) const { return m_object.member(name); }

    std::int64_t integer(std::string_view name, std::int64_t min, std::int64_t max);
    std::optional<std::int64_t> optionalInteger(std::string_view name, std::int64_t min, std::int64_t max);
    std::string string(std::string_view name, std::size_t minLength = 0, std::size_t maxLength = 200);
    std::optional<std::string> optionalString(std::string_view name, std::size_t minLength = 0,
                                              std::size_t maxLength = 200);
    bool boolean(std::string_view name);
    std::optional<bool> optionalBoolean(std::string_view name);
    // Protocol types of §2.
    std::string uuid(std::string_view name);
    std::optional<std::string> optionalUuid(std::string_view name);
    std::string code(std::string_view name);                 // `code`: 1…64, no controls, trimmed
    std::optional<std::string> optionalCode(std::string_view name);
    std::string hash(std::string_view name);                 // 64 lower-case hex
    std::int64_t money(std::string_view name);               // ±10^12
    std::int64_t time(std::string_view name);                // ms since epoch, ≥ 0
    std::string text(std::string_view name, std::size_t maxLength = 200);
    std::optional<std::string> optionalText(std::string_view name, std::size_t maxLength = 200);
    // One of `choices`.
    std::string choice(std::string_view name, std::initializer_list<std::string_view> choices);

    // Nested containers: a Reader sharing this one's error, or an invalid Value after failure.
    Reader object(std::string_view name);
    std::optional<Reader> optionalObject(std::string_view name);
    Value array(std::string_view name, std::size_t minSize, std::size_t maxSize);
    std::optional<Value> optionalArray(std::string_view name, std::size_t maxSize);
    // A Reader for element `index` of an array Value (fails when not an object).
    Reader element(const Value &array, std::size_t index);
    std::vector<std::string> codeArray(std::string_view name, std::size_t maxSize);

    const Value &self() const { return m_object; }
    std::shared_ptr<std::optional<FieldError>> sink() const { return m_error; }

private:
    std::string pathOf(std::string_view name) const;
    Value member(std::string_view name, const char *expected, bool (Value::*check)() const);

    Value m_object;
    std::shared_ptr<std::optional<FieldError>> m_error;
};

// Format checks shared by readers and writers.
bool isUuid(std::string_view text);
bool isCode(std::string_view text);
bool isHash(std::string_view text);
bool isText(std::string_view text, std::size_t maxLength);   // UTF-8 length in code points, no controls
inline constexpr std::int64_t kMaxMoney = 1'000'000'000'000;  // 10^12

// A fast compact writer; keys are ours (ASCII), values are escaped as says.
class Writer
{
public:
    Writer() { m_out.reserve(512); }
    Writer &beginObject() { return open('{'); }
    Writer &endObject() { return close('}'); }
    Writer &beginArray() { return open('['); }
    Writer &endArray() { return close(']'); }
    Writer &key(std::string_view name);
    Writer &value(std::int64_t number);
    Writer &value(int number) { return value(std::int64_t{number}); }
    Writer &value(bool flag);
    Writer &value(std::string_view text);
    Writer &value(const char *text) { return value(std::string_view(text)); }
    Writer &value(const std::string &text) { return value(std::string_view(text)); }
    Writer &null();
    Writer &raw(std::string_view json);   // already valid JSON
    template<typename T>
    Writer &field(std::string_view name, const T &v) { key(name); return value(v); }
    Writer &nullField(std::string_view name) { key(name); return null(); }
    Writer &rawField(std::string_view name, std::string_view json) { key(name); return raw(json); }

    const std::string &text() const { return m_out; }
    std::string take() { return std::move(m_out); }

private:
    Writer &open(char c);
    Writer &close(char c);
    void separate();
    std::string m_out;
    std::vector<bool> m_hasItem;
    bool m_afterKey = false;
};

// Appends `text` as a JSON string literal (quotes included) with the escapes.
void appendQuoted(std::string &out, std::string_view text);

} // namespace retailos::sync::json
