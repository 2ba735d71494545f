// Errors cross every API of core, drivers and sync as values, never as exceptions.
#pragma once

#include <QString>

#include <expected>
#include <utility>

namespace retailos {

// A failure a person can act on: `code` is stable and meant for programs and
// tests ("barcode.check_digit"); `message` is translated and meant for people.
struct Error
{
    QString code;
    QString message;

    friend bool operator==(const Error &, const Error &) = default;
};

template<typename T = void>
using Result = std::expected<T, Error>;

[[nodiscard]] inline std::unexpected<Error> fail(QString code, QString message)
{
    return std::unexpected<Error>(Error{std::move(code), std::move(message)});
}

} // namespace retailos
