// nlohmann/json behind sync/protocol/json.h: parsing, typed access, canonical form.
#include "sync/protocol/json.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <stdexcept>

namespace retailos::sync::json {

using Json = nlohmann::json;

namespace {

const Json &node(const void *p) { return *static_cast<const Json *>(p); }

struct TooDeep : std::runtime_error
{
    TooDeep() : std::runtime_error("too deep") {}
};

// Decodes one UTF-8 code point (input already validated by the parser or by us).
bool nextCodePoint(std::string_view text, std::size_t &i, char32_t &cp)
{
    const auto b = static_cast<unsigned char>(text[i]);
    int extra = 0;
    if (b < 0x80) { cp = b; extra = 0; }
    else if ((b & 0xE0) == 0xC0) { cp = b & 0x1F; extra = 1; }
    else if ((b & 0xF0) == 0xE0) { cp = b & 0x0F; extra = 2; }
    else if ((b & 0xF8) == 0xF0) { cp = b & 0x07; extra = 3; }
    else return false;
    if (i + extra >= text.size() && extra > 0) return false;
    for (int k = 1; k <= extra; ++k) {
        const auto c = static_cast<unsigned char>(text[i + k]);
        if ((c & 0xC0) != 0x80) return false;
        cp = (cp << 6) | (c & 0x3F);
    }
    i += extra + 1;
    return true;
}

bool isControl(char32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F); }

} // namespace

// ---- Document --------------------------------------------------------------

struct Document::Impl
{
    Json root;
};

Document::Document() : d(std::make_unique<Impl>()) {}
Document::~Document() = default;

std::unique_ptr<Document> Document::parse(std::string_view text, std::string *error, int maxDepth)
{
    if (text.size() >= 3 && static_cast<unsigned char>(text[0]) == 0xEF
        && static_cast<unsigned char>(text[1]) == 0xBB && static_cast<unsigned char>(text[2]) == 0xBF) {
        if (error) *error = "the body starts with a byte-order mark";
        return nullptr;
    }
    std::unique_ptr<Document> doc(new Document);
    try {
        Json::parser_callback_t limitDepth = [maxDepth](int depth, Json::parse_event_t event, Json &) {
            if ((event == Json::parse_event_t::object_start || event == Json::parse_event_t::array_start)
                && depth >= maxDepth)
                throw TooDeep();
            return true;
        };
        doc->d->root = Json::parse(text.begin(), text.end(), limitDepth, true, false);
    } catch (const TooDeep &) {
        if (error) *error = "nested deeper than " + std::to_string(maxDepth) + " levels";
        return nullptr;
    } catch (const Json::exception &e) {
        if (error) {
            std::string what = e.what();
            // "[json.exception.parse_error.101] parse error at line 1, column 5: …"
            const auto bracket = what.find("] ");
            *error = bracket == std::string::npos ? what : what.substr(bracket + 2);
            // nlohmann quotes the bytes it read last: never echo a client's bytes back.
            const auto lastRead = error->find("; last read:");
            if (lastRead != std::string::npos) error->erase(lastRead);
        }
        return nullptr;
    }
    return doc;
}

Value Document::root() const { return Value(&d->root, std::string()); }

// ---- Value -----------------------------------------------------------------

bool Value::isNull() const { return m_node && node(m_node).is_null(); }
bool Value::isObject() const { return m_node && node(m_node).is_object(); }
bool Value::isArray() const { return m_node && node(m_node).is_array(); }
bool Value::isString() const { return m_node && node(m_node).is_string(); }
bool Value::isBool() const { return m_node && node(m_node).is_boolean(); }
bool Value::isNumber() const { return m_node && node(m_node).is_number(); }

bool Value::isInt() const
{
    if (!m_node) return false;
    const Json &j = node(m_node);
    if (j.is_number_unsigned()) return j.get<std::uint64_t>() <= std::uint64_t(kMaxSafeInt);
    if (j.is_number_integer()) {
        const auto v = j.get<std::int64_t>();
        return v >= -kMaxSafeInt && v <= kMaxSafeInt;
    }
    return false;
}

std::int64_t Value::toInt() const { return isInt() ? node(m_node).get<std::int64_t>() : 0; }

std::string_view Value::toString() const
{
    return isString() ? std::string_view(node(m_node).get_ref<const std::string &>()) : std::string_view();
}

bool Value::toBool() const { return isBool() && node(m_node).get<bool>(); }

std::size_t Value::size() const
{
    if (!m_node) return 0;
    const Json &j = node(m_node);
    return (j.is_array() || j.is_object()) ? j.size() : 0;
}

Value Value::operator[](std::size_t index) const
{
    if (!isArray() || index >= node(m_node).size()) return {};
    return Value(&node(m_node)[index], m_path + "[" + std::to_string(index) + "]");
}

Value Value::member(std::string_view name) const
{
    if (!isObject()) return {};
    const Json &j = node(m_node);
    const auto it = j.find(name);
    if (it == j.end()) return {};
    return Value(&*it, m_path.empty() ? std::string(name) : m_path + "." + std::string(name));
}

std::vector<std::string_view> Value::keys() const
{
    std::vector<std::string_view> out;
    if (!isObject()) return out;
    for (const auto &item : node(m_node).items()) out.emplace_back(item.key());
    return out;
}

std::string Value::dump() const { return m_node ? node(m_node).dump() : std::string("null"); }

// nlohmann keeps object members in a std::map (sorted by bytes) and dump()
// writes no whitespace, escapes only '"', '\\' and control characters (\b \f \n
// \r \t, others \u00XX), keeps UTF-8 and writes integers in plain decimal:
// exactly the canonical form of.
std::string Value::canonical() const { return dump(); }

// ---- format checks ---------------------------------------------------------

bool isUuid(std::string_view t)
{
    if (t.size() != 36) return false;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const char c = t[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-') return false;
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return true;
}

bool isHash(std::string_view t)
{
    if (t.size() != 64) return false;
    for (char c : t)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

bool isText(std::string_view t, std::size_t maxLength)
{
    std::size_t count = 0;
    for (std::size_t i = 0; i < t.size();) {
        char32_t cp = 0;
        if (!nextCodePoint(t, i, cp) || isControl(cp)) return false;
        if (++count > maxLength) return false;
    }
    return true;
}

bool isCode(std::string_view t)
{
    if (t.empty() || t.front() == ' ' || t.back() == ' ') return false;
    return isText(t, 64);
}

// ---- Reader ----------------------------------------------------------------

Reader::Reader(Value object, std::shared_ptr<std::optional<FieldError>> sink)
    : m_object(std::move(object)),
      m_error(sink ? std::move(sink) : std::make_shared<std::optional<FieldError>>())
{
}

void Reader::fail(const std::string &field, std::string message, std::string code)
{
    if (!m_error->has_value()) *m_error = FieldError{field, std::move(message), std::move(code)};
}

std::string Reader::pathOf(std::string_view name) const
{
    return m_object.path().empty() ? std::string(name) : m_object.path() + "." + std::string(name);
}

bool Reader::has(std::string_view name) const
{
    const Value v = m_object.member(name);
    return v.exists() && !v.isNull();
}

Value Reader::member(std::string_view name, const char *expected, bool (Value::*check)() const)
{
    if (!ok()) return {};
    if (!m_object.isObject()) {
        fail(m_object.path(), "must be an object");
        return {};
    }
    const Value v = m_object.member(name);
    if (!v.exists() || v.isNull()) {
        fail(pathOf(name), "is required");
        return {};
    }
    if (!(v.*check)()) {
        fail(pathOf(name), std::string("must be ") + expected);
        return {};
    }
    return v;
}

std::int64_t Reader::integer(std::string_view name, std::int64_t min, std::int64_t max)
{
    const Value v = member(name, "an integer (no fraction or exponent)", &Value::isInt);
    if (!v.exists()) return 0;
    const std::int64_t n = v.toInt();
    if (n < min || n > max) {
        fail(v.path(), "must be between " + std::to_string(min) + " and " + std::to_string(max));
        return 0;
    }
    return n;
}

std::optional<std::int64_t> Reader::optionalInteger(std::string_view name, std::int64_t min, std::int64_t max)
{
    if (!has(name)) return std::nullopt;
    const auto n = integer(name, min, max);
    return ok() ? std::optional(n) : std::nullopt;
}

std::string Reader::string(std::string_view name, std::size_t minLength, std::size_t maxLength)
{
    const Value v = member(name, "a string", &Value::isString);
    if (!v.exists()) return {};
    const std::string_view s = v.toString();
    if (!isText(s, maxLength)) {
        fail(v.path(), "must be at most " + std::to_string(maxLength)
                           + " characters without control characters");
        return {};
    }
    if (s.size() < minLength) {
        fail(v.path(), minLength == 1 ? std::string("must not be empty")
                                      : "must be at least " + std::to_string(minLength) + " characters");
        return {};
    }
    return std::string(s);
}

std::optional<std::string> Reader::optionalString(std::string_view name, std::size_t minLength, std::size_t maxLength)
{
    if (!has(name)) return std::nullopt;
    auto s = string(name, minLength, maxLength);
    return ok() ? std::optional(std::move(s)) : std::nullopt;
}

bool Reader::boolean(std::string_view name)
{
    const Value v = member(name, "true or false", &Value::isBool);
    return v.exists() && v.toBool();
}

std::optional<bool> Reader::optionalBoolean(std::string_view name)
{
    if (!has(name)) return std::nullopt;
    const bool b = boolean(name);
    return ok() ? std::optional(b) : std::nullopt;
}

std::string Reader::uuid(std::string_view name)
{
    const Value v = member(name, "a string", &Value::isString);
    if (!v.exists()) return {};
    if (!isUuid(v.toString())) {
        fail(v.path(), "must be a lower-case uuid (8-4-4-4-12 hex digits)");
        return {};
    }
    return std::string(v.toString());
}

std::optional<std::string> Reader::optionalUuid(std::string_view name)
{
    if (!has(name)) return std::nullopt;
    auto s = uuid(name);
    return ok() ? std::optional(std::move(s)) : std::nullopt;
}

std::string Reader::code(std::string_view name)
{
    const Value v = member(name, "a string", &Value::isString);
    if (!v.exists()) return {};
    if (!isCode(v.toString())) {
        fail(v.path(), "must be 1 to 64 characters, without control characters or surrounding spaces");
        return {};
    }
    return std::string(v.toString());
}

std::optional<std::string> Reader::optionalCode(std::string_view name)
{
    if (!has(name)) return std::nullopt;
    auto s = code(name);
    return ok() ? std::optional(std::move(s)) : std::nullopt;
}

std::string Reader::hash(std::string_view name)
{
    const Value v = member(name, "a string", &Value::isString);
    if (!v.exists()) return {};
    if (!isHash(v.toString())) {
        fail(v.path(), "must be 64 lower-case hex digits");
        return {};
    }
    return std::string(v.toString());
}

std::int64_t Reader::money(std::string_view name)
{
    const Value v = member(name, "an integer amount in minor units (no fraction or exponent)", &Value::isInt);
    if (!v.exists()) return 0;
    const std::int64_t n = v.toInt();
    if (n < -kMaxMoney || n > kMaxMoney) {
        fail(v.path(), "must be an amount between -10^12 and 10^12 minor units");
        return 0;
    }
    return n;
}

std::int64_t Reader::time(std::string_view name)
{
    return integer(name, 0, kMaxSafeInt);
}

std::string Reader::text(std::string_view name, std::size_t maxLength)
{
    return string(name, 0, maxLength);
}

std::optional<std::string> Reader::optionalText(std::string_view name, std::size_t maxLength)
{
    return optionalString(name, 0, maxLength);
}

std::string Reader::choice(std::string_view name, std::initializer_list<std::string_view> choices)
{
    const Value v = member(name, "a string", &Value::isString);
    if (!v.exists()) return {};
    for (std::string_view c : choices)
        if (v.toString() == c) return std::string(c);
    std::string list;
    for (std::string_view c : choices) {
        if (!list.empty()) list += ", ";
        list += c;
    }
    fail(v.path(), "must be one of " + list);
    return {};
}

Reader Reader::object(std::string_view name)
{
    const Value v = member(name, "an object", &Value::isObject);
    return Reader(v, m_error);
}

std::optional<Reader> Reader::optionalObject(std::string_view name)
{
    if (!has(name)) return std::nullopt;
    Reader r = object(name);
    return ok() ? std::optional(r) : std::nullopt;
}

Value Reader::array(std::string_view name, std::size_t minSize, std::size_t maxSize)
{
    const Value v = member(name, "an array", &Value::isArray);
    if (!v.exists()) return {};
    if (v.size() < minSize || v.size() > maxSize) {
        fail(v.path(), "must have " + std::to_string(minSize) + " to " + std::to_string(maxSize) + " elements");
        return {};
    }
    return v;
}

std::optional<Value> Reader::optionalArray(std::string_view name, std::size_t maxSize)
{
    if (!has(name)) return std::nullopt;
    Value v = array(name, 0, maxSize);
    return ok() ? std::optional(v) : std::nullopt;
}

Reader Reader::element(const Value &array, std::size_t index)
{
    Value v = array[index];
    if (ok() && !v.isObject()) fail(v.exists() ? v.path() : array.path(), "must be an object");
    return Reader(ok() ? v : Value(), m_error);
}

std::vector<std::string> Reader::codeArray(std::string_view name, std::size_t maxSize)
{
    std::vector<std::string> out;
    const Value a = array(name, 0, maxSize);
    for (std::size_t i = 0; ok() && i < a.size(); ++i) {
        const Value v = a[i];
        if (!v.isString() || !isCode(v.toString())) {
            fail(v.path(), "must be a code: 1 to 64 characters, without control characters or surrounding spaces");
            break;
        }
        out.emplace_back(v.toString());
    }
    return out;
}

// ---- Writer ----------------------------------------------------------------

void appendQuoted(std::string &out, std::string_view text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out.push_back('"');
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x80) {
            // Non-ASCII passes as UTF-8; a byte that is not valid UTF-8 becomes
            // U+FFFD, so whatever text we are given the output stays valid JSON.
            std::size_t j = i;
            char32_t cp = 0;
            if (nextCodePoint(text, j, cp) && cp >= 0x80 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF)
                && !(j - i == 3 && cp < 0x800) && !(j - i == 4 && cp < 0x10000)) {
                out.append(text.substr(i, j - i));
                i = j - 1;
            } else {
                out += "\xEF\xBF\xBD";
            }
            continue;
        }
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out.push_back(hex[c >> 4]);
                out.push_back(hex[c & 0xF]);
            } else {
                out.push_back(ch);
            }
        }
    }
    out.push_back('"');
}

void Writer::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_hasItem.empty()) {
        if (m_hasItem.back()) m_out.push_back(',');
        m_hasItem.back() = true;
    }
}

Writer &Writer::open(char c)
{
    separate();
    m_out.push_back(c);
    m_hasItem.push_back(false);
    return *this;
}

Writer &Writer::close(char c)
{
    m_out.push_back(c);
    m_hasItem.pop_back();
    return *this;
}

Writer &Writer::key(std::string_view name)
{
    separate();
    m_out.push_back('"');
    m_out.append(name);
    m_out += "\":";
    m_afterKey = true;
    return *this;
}

Writer &Writer::value(std::int64_t number)
{
    separate();
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, number);
    m_out.append(buf, r.ptr);
    return *this;
}

Writer &Writer::value(bool flag)
{
    separate();
    m_out += flag ? "true" : "false";
    return *this;
}

Writer &Writer::value(std::string_view text)
{
    separate();
    appendQuoted(m_out, text);
    return *this;
}

Writer &Writer::null()
{
    separate();
    m_out += "null";
    return *this;
}

Writer &Writer::raw(std::string_view json)
{
    separate();
    m_out.append(json);
    return *this;
}

} // namespace retailos::sync::json
