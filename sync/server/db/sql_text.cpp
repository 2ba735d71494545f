// SQL text scanning for placeholder rewriting and schema adaptation (sql_text.h).
#include "sync/server/db/sql_text.h"

#include <algorithm>
#include <cctype>
#include <functional>

namespace retailos::server::sql {
namespace detail {

namespace {

bool isIdentifierChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}

// Calls `code` for each stretch of SQL outside literals, quoted names and
// comments and `verbatim` for the rest, in order; together they are the text.
void scan(std::string_view sql, const std::function<void(std::string_view)> &code,
          const std::function<void(std::string_view)> &verbatim)
{
    std::size_t codeStart = 0;
    std::size_t i = 0;
    const std::size_t n = sql.size();
    auto flushCode = [&](std::size_t end) {
        if (end > codeStart)
            code(sql.substr(codeStart, end - codeStart));
    };
    while (i < n) {
        const char c = sql[i];
        std::size_t end = i;
        if (c == '\'' || c == '"' || c == '`') {
            // 'text' with '' inside; E'text' also with backslash escapes.
            const bool backslashes = c == '\'' && i > 0 && (sql[i - 1] == 'E' || sql[i - 1] == 'e')
                                     && (i < 2 || !isIdentifierChar(sql[i - 2]));
            end = i + 1;
            while (end < n) {
                if (backslashes && sql[end] == '\\') {
                    end += 2;
                    continue;
                }
                if (sql[end] == c) {
                    if (end + 1 < n && sql[end + 1] == c) {
                        end += 2;
                        continue;
                    }
                    ++end;
                    break;
                }
                ++end;
            }
        } else if (c == '-' && i + 1 < n && sql[i + 1] == '-') {
            end = sql.find('\n', i);
            end = end == std::string_view::npos ? n : end;
        } else if (c == '/' && i + 1 < n && sql[i + 1] == '*') {
            int depth = 1; // PostgreSQL nests block comments
            end = i + 2;
            while (end < n && depth > 0) {
                if (sql.compare(end, 2, "/*") == 0) {
                    ++depth;
                    end += 2;
                } else if (sql.compare(end, 2, "*/") == 0) {
                    --depth;
                    end += 2;
                } else {
                    ++end;
                }
            }
            end = std::min(end, n);
        } else if (c == '$' && (i == 0 || !isIdentifierChar(sql[i - 1]))
                   && !(i + 1 < n && std::isdigit(static_cast<unsigned char>(sql[i + 1])))) {
            // $tag$ … $tag$ (PostgreSQL dollar quoting); `$1` is not one.
            std::size_t tagEnd = i + 1;
            while (tagEnd < n && isIdentifierChar(sql[tagEnd]))
                ++tagEnd;
            if (tagEnd < n && sql[tagEnd] == '$') {
                const std::string_view tag = sql.substr(i, tagEnd - i + 1);
                const std::size_t close = sql.find(tag, tagEnd + 1);
                end = close == std::string_view::npos ? n : close + tag.size();
            }
        }
        if (end == i) {
            ++i;
            continue;
        }
        flushCode(i);
        verbatim(sql.substr(i, end - i));
        i = end;
        codeStart = end;
    }
    flushCode(n);
}

// Walks `?N` placeholders of one code stretch: `onText` gets the text between
// them, `onPlaceholder` each number.
void placeholders(std::string_view code, const std::function<void(std::string_view)> &onText,
                  const std::function<void(int)> &onPlaceholder)
{
    std::size_t start = 0;
    for (std::size_t i = 0; i < code.size(); ++i) {
        if (code[i] != '?' || i + 1 >= code.size() || !std::isdigit(static_cast<unsigned char>(code[i + 1])))
            continue;
        onText(code.substr(start, i - start));
        int number = 0;
        std::size_t j = i + 1;
        while (j < code.size() && std::isdigit(static_cast<unsigned char>(code[j])) && number < 100000) {
            number = number * 10 + (code[j] - '0');
            ++j;
        }
        onPlaceholder(number);
        start = j;
        i = j - 1;
    }
    onText(code.substr(start));
}

} // namespace

DollarSql toDollarPlaceholders(std::string_view sql)
{
    DollarSql out;
    out.text.reserve(sql.size());
    auto append = [&](std::string_view text) { out.text.append(text); };
    scan(
        sql,
        [&](std::string_view code) {
            placeholders(code, append, [&](int number) {
                out.text.push_back('$');
                out.text.append(std::to_string(number));
                out.parameterCount = std::max(out.parameterCount, number);
            });
        },
        append);
    return out;
}

int placeholderCount(std::string_view sql)
{
    int count = 0;
    scan(
        sql,
        [&](std::string_view code) {
            placeholders(code, [](std::string_view) {}, [&](int number) { count = std::max(count, number); });
        },
        [](std::string_view) {});
    return count;
}

} // namespace detail

std::string adaptSchema(std::string_view portableSql, Dialect dialect)
{
    const std::string_view autoId = dialect == Dialect::Postgres
                                        ? "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"
                                        : "INTEGER PRIMARY KEY";
    const std::string_view blob = dialect == Dialect::Postgres ? "BYTEA" : "BLOB";
    std::string out;
    out.reserve(portableSql.size() + 64);
    auto sameWord = [](std::string_view word, std::string_view upper) {
        if (word.size() != upper.size())
            return false;
        for (std::size_t k = 0; k < word.size(); ++k)
            if (std::toupper(static_cast<unsigned char>(word[k])) != upper[k])
                return false;
        return true;
    };
    detail::scan(
        portableSql,
        [&](std::string_view code) {
            std::size_t i = 0;
            while (i < code.size()) {
                if (!detail::isIdentifierChar(code[i])) {
                    out.push_back(code[i++]);
                    continue;
                }
                std::size_t j = i;
                while (j < code.size() && detail::isIdentifierChar(code[j]))
                    ++j;
                const std::string_view word = code.substr(i, j - i);
                if (sameWord(word, "BLOB"))
                    out.append(blob);
                else if (sameWord(word, "AUTO_ID"))
                    out.append(autoId);
                else
                    out.append(word);
                i = j;
            }
        },
        [&](std::string_view verbatim) { out.append(verbatim); });
    return out;
}

} // namespace retailos::server::sql
