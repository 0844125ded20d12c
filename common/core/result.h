// SPDX-License-Identifier: GPL-3.0-or-later
// Result<T>: what an operation of the core gives back, either a value or an Error that a
// person can read. Errors are values so that the CLI and the apps can show them as they are.
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace antrian {

struct Error
{
    enum class Kind {
        BadInput, // the caller asked for something malformed: bad file, unknown service, ...
        Refused,  // a rule of the queue says no: branch closed, nothing waiting, wrong state
        Storage,  // the database failed us
    };

    Kind kind = Kind::Storage;
    QString message;

    static Error badInput(QString m) { return {Kind::BadInput, std::move(m)}; }
    static Error refused(QString m) { return {Kind::Refused, std::move(m)}; }
    static Error storage(QString m) { return {Kind::Storage, std::move(m)}; }
};

// The value of an operation that only succeeds or fails.
struct Done
{
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

using Outcome = Result<Done>;

// The exit code of every Antrian binary for an error of this kind: 2 bad usage or bad input,
// 3 refused by a queue rule, 4 storage (a database that cannot be opened, read or written, or
// a file that is not an Antrian database). 0 is success; 1 is left to crashes and Qt itself.
constexpr int exitCodeFor(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::BadInput: return 2;
    case Error::Kind::Refused: return 3;
    case Error::Kind::Storage: return 4;
    }
    return 4;
}
inline int exitCodeFor(const Error &error)
{
    return exitCodeFor(error.kind);
}

} // namespace antrian
