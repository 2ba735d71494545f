#include "sync/server/http/gzip_codec.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <climits>

namespace retailos::server::http {

InflateStatus gunzip(std::string_view compressed, std::size_t limit, std::string &out)
{
    out.clear();
    z_stream z{};
    if (inflateInit2(&z, 15 + 16) != Z_OK) // 15 + 16: gzip wrapper only
        return InflateStatus::Corrupt;
    // zlib counts in uInt; request bodies are bounded far below 4 GiB.
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.data()));
    z.avail_in = static_cast<uInt>(std::min<std::size_t>(compressed.size(), UINT_MAX));

    std::array<unsigned char, 64 * 1024> chunk{};
    InflateStatus status = InflateStatus::Ok;
    for (;;) {
        z.next_out = chunk.data();
        z.avail_out = static_cast<uInt>(chunk.size());
        const int rc = inflate(&z, Z_NO_FLUSH);
        const std::size_t produced = chunk.size() - z.avail_out;
        if (out.size() + produced > limit) {
            status = InflateStatus::TooLarge;
            break;
        }
        out.append(reinterpret_cast<const char *>(chunk.data()), produced);
        if (rc == Z_STREAM_END) {
            if (z.avail_in == 0)
                break;
            if (inflateReset(&z) != Z_OK) { // another gzip member follows
                status = InflateStatus::Corrupt;
                break;
            }
            continue;
        }
        if (rc != Z_OK || (z.avail_in == 0 && produced == 0)) {
            // Z_BUF_ERROR with no input left: truncated stream.
            status = InflateStatus::Corrupt;
            break;
        }
    }
    inflateEnd(&z);
    if (status != InflateStatus::Ok)
        out.clear();
    return status;
}

std::string gzip(std::string_view data)
{
    z_stream z{};
    if (deflateInit2(&z, 5, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
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
