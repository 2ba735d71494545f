// Transport versions for `retailos --version` and support.
#include "sync/protocol/protocol_info.h"

#include <curl/curl.h>

namespace retailos::sync {

QString transportVersion()
{
    const curl_version_info_data *info = curl_version_info(CURLVERSION_NOW);
    return QStringLiteral("libcurl %1 (%2)").arg(QString::fromLatin1(info->version),
                                                 QString::fromLatin1(info->ssl_version ? info->ssl_version : "no TLS"));
}

} // namespace retailos::sync
