#include "sync/server/http/gzip_codec.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <climits>

namespace retailos::server::http {

struct GzipInflater::State
{
    z_stream z{};
    bool initialised = false;
    bool inMember = false;  // inside a gzip member (not yet at its end)
    bool sawInput = false;
    bool failed = false;
    std::size_t limit = 0;
    std::size_t produced = 0;
};

GzipInflater::GzipInflater(std::size_t limit) : m_state(std::make_unique<State>())
{
    m_state->limit = limit;
    m_state->initialised = inflateInit2(&m_state->z, 15 + 16) == Z_OK; // 15 + 16: gzip wrapper only
}

GzipInflater::~GzipInflater()
{
    if (m_state->initialised)
        inflateEnd(&m_state->z);
}

InflateStatus GzipInflater::feed(std::string_view compressed, std::string &out)
{
    State &s = *m_state;
    if (!s.initialised || s.failed)
        return InflateStatus::Corrupt;
    std::array<unsigned char, 32 * 1024> chunk{};
    while (!compressed.empty()) {
        if (!s.inMember) {
            if (s.sawInput && inflateReset(&s.z) != Z_OK) { // another member follows
                s.failed = true;
                return InflateStatus::Corrupt;
            }
            s.inMember = true;
            s.sawInput = true;
        }
        // zlib counts in uInt; feed at most 1 GiB per round.
        const std::size_t take = std::min<std::size_t>(compressed.size(), 1u << 30);
        s.z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.data()));
        s.z.avail_in = static_cast<uInt>(take);
        int rc = Z_OK;
        do {
            s.z.next_out = chunk.data();
            s.z.avail_out = static_cast<uInt>(chunk.size());
            rc = inflate(&s.z, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
                s.failed = true;
                return InflateStatus::Corrupt;
            }
            const std::size_t produced = chunk.size() - s.z.avail_out;
            if (s.produced + produced > s.limit) {
                s.failed = true;
                return InflateStatus::TooLarge;
            }
            s.produced += produced;
            out.append(reinterpret_cast<const char *>(chunk.data()), produced);
            if (rc == Z_BUF_ERROR && s.z.avail_in > 0 && produced == 0) { // no progress possible
                s.failed = true;
                return InflateStatus::Corrupt;
            }
        } while (rc != Z_STREAM_END && (s.z.avail_in > 0 || s.z.avail_out == 0));
        const std::size_t used = take - s.z.avail_in;
        compressed.remove_prefix(used);
        if (rc == Z_STREAM_END)
            s.inMember = false;
    }
    return InflateStatus::Ok;
}

InflateStatus GzipInflater::finish() const
{
    const State &s = *m_state;
    return s.initialised && !s.failed && s.sawInput && !s.inMember ? InflateStatus::Ok : InflateStatus::Corrupt;
}

InflateStatus gunzip(std::string_view compressed, std::size_t limit, std::string &out)
{
    out.clear();
    GzipInflater inflater(limit);
    InflateStatus status = inflater.feed(compressed, out);
    if (status == InflateStatus::Ok)
        status = inflater.finish();
    if (status != InflateStatus::Ok)
        out.clear();
    return status;
}

std::string gzip(std::string_view data)
{
    z_stream z{};
    // Compression runs on an I/O thread: large bodies (snapshot pages of
    // megabytes) get the fastest level so they do not hold it for long.
    const int level = data.size() > 256 * 1024 ? 1 : 5;
    if (deflateInit2(&z, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    std::string out;
    out.resize(deflateBound(&z, static_cast<uLong>(data.size())));
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    z.avail_in = static_cast<uInt>(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&z, Z_FINISH);
    const std::size_t written = out.size() - z.avail_out;
    deflateEnd(&z);
    if (rc != Z_STREAM_END)
        return {};
    out.resize(written);
    return out;
}

} // namespace retailos::server::http
