#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Sigap {

// An error at a module edge: a stable machine-readable code for programs and tests, and a
// translated message for people that names the file, line, field or peer that was wrong.
struct Error
{
    QString code;
    QString message;
};

// Value or Error, in the spirit of Qt Creator's Utils::Result: no exceptions, no out-params.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    {
    }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

inline Error makeError(const QString &code, const QString &message)
{
    return Error{code, message};
}

} // namespace Sigap
