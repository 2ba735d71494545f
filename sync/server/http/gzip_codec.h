// gzip for request and response bodies, through zlib.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace retailos::server::http {

enum class InflateStatus { Ok, TooLarge, Corrupt };

// Inflates a gzip body piece by piece as it arrives (several members allowed),
// refusing as soon as the output would pass `limit` bytes: a gzip bomb is
// stopped while it is being read and costs at most `limit` memory.
class GzipInflater
{
public:
    explicit GzipInflater(std::size_t limit);
    ~GzipInflater();
    GzipInflater(const GzipInflater &) = delete;
    GzipInflater &operator=(const GzipInflater &) = delete;

    // Appends what `compressed` inflates to onto `out`.
    [[nodiscard]] InflateStatus feed(std::string_view compressed, std::string &out);
    // After the last piece: Corrupt when the stream stopped inside a member.
    [[nodiscard]] InflateStatus finish() const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// The whole body at once; `out` is empty unless Ok.
[[nodiscard]] InflateStatus gunzip(std::string_view compressed, std::size_t limit, std::string &out);

// gzip-compresses `data`; empty on failure (the caller then sends it plain).
[[nodiscard]] std::string gzip(std::string_view data);

} // namespace retailos::server::http
