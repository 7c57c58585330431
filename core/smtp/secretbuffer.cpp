// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretbuffer.h"

#include <cstring>
#include <utility>

namespace Sendcheck {

namespace {
void zero(char *data, qsizetype size)
{
    // Through a volatile pointer, so the compiler cannot drop the stores as dead.
    volatile char *bytes = data;
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = 0;
}
} // namespace

SecretBuffer::SecretBuffer(QByteArrayView secret)
    : m_data(secret.isEmpty() ? nullptr : new char[std::size_t(secret.size())])
    , m_size(secret.size())
{
    if (m_size > 0)
        std::memcpy(m_data.get(), secret.data(), std::size_t(m_size));
}

SecretBuffer::~SecretBuffer()
{
    wipe();
}

SecretBuffer::SecretBuffer(SecretBuffer &&other) noexcept
    : m_data(std::move(other.m_data)), m_size(std::exchange(other.m_size, 0))
{ }

SecretBuffer &SecretBuffer::operator=(SecretBuffer &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::move(other.m_data);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

QByteArray SecretBuffer::rawView() const
{
    return m_size > 0 ? QByteArray::fromRawData(m_data.get(), m_size) : QByteArray();
}

void SecretBuffer::wipe()
{
    if (m_data)
        zero(m_data.get(), m_size);
    m_size = 0;
}

} // namespace Sendcheck
