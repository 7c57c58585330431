// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretbuffer.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace Sendcheck {

namespace {
void zero(void *data, std::size_t size)
{
    // Through a volatile pointer, so the compiler cannot drop the stores as dead.
    volatile auto *bytes = static_cast<volatile unsigned char *>(data);
    for (std::size_t i = 0; i < size; ++i)
        bytes[i] = 0;
}
} // namespace

SecretBuffer::SecretBuffer(QByteArrayView secret)
    : m_data(secret.isEmpty() ? nullptr : new char[std::size_t(secret.size())])
    , m_size(secret.size())
    , m_capacity(secret.size())
{
    if (m_size > 0)
        std::memcpy(m_data.get(), secret.data(), std::size_t(m_size));
}

SecretBuffer::~SecretBuffer()
{
    wipe();
}

SecretBuffer::SecretBuffer(SecretBuffer &&other) noexcept
    : m_data(std::move(other.m_data))
    , m_size(std::exchange(other.m_size, 0))
    , m_capacity(std::exchange(other.m_capacity, 0))
{ }

SecretBuffer &SecretBuffer::operator=(SecretBuffer &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::move(other.m_data);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

SecretBuffer SecretBuffer::withCapacity(qsizetype capacity)
{
    SecretBuffer buffer;
    if (capacity > 0) {
        buffer.m_data.reset(new char[std::size_t(capacity)]());
        buffer.m_capacity = capacity;
    }
    return buffer;
}

SecretBuffer SecretBuffer::takeFrom(QByteArray &source)
{
    SecretBuffer buffer(source);
    wipeShared(source);
    return buffer;
}

SecretBuffer SecretBuffer::takeUtf8(QString &source)
{
    QByteArray utf8 = source.toUtf8(); // a fresh array of its own, wiped below
    wipeShared(source);
    return takeFrom(utf8);
}

void SecretBuffer::wipeShared(QByteArray &bytes)
{
    // Only bytes the array allocated: a literal or fromRawData() may point into read-only
    // memory (and is not the array's to overwrite). The whole allocation: a chop() leaves the
    // dropped bytes past the end.
    if (bytes.data_ptr().isMutable())
        zero(const_cast<char *>(bytes.constData()), std::size_t(bytes.capacity()));
    bytes = QByteArray();
}

void SecretBuffer::wipeShared(QString &text)
{
    if (text.data_ptr().isMutable())
        zero(const_cast<QChar *>(text.constData()), std::size_t(text.capacity()) * sizeof(QChar));
    text = QString();
}

void SecretBuffer::release(QByteArray &bytes)
{
    if (bytes.isDetached())
        wipeShared(bytes);
    else
        bytes = QByteArray();
}

QByteArray SecretBuffer::rawView() const
{
    return m_size > 0 ? QByteArray::fromRawData(m_data.get(), m_size) : QByteArray();
}

bool SecretBuffer::append(QByteArrayView bytes)
{
    if (bytes.size() > m_capacity - m_size)
        return false;
    if (!bytes.isEmpty())
        std::memcpy(m_data.get() + m_size, bytes.data(), std::size_t(bytes.size()));
    m_size += bytes.size();
    return true;
}

char *SecretBuffer::reserveTail(qsizetype count)
{
    if (count > m_capacity - m_size) {
        SecretBuffer bigger = withCapacity(std::max(m_size + count, m_capacity * 2));
        const bool fits = bigger.append(view());
        Q_ASSERT(fits);
        Q_UNUSED(fits);
        const qsizetype size = m_size;
        *this = std::move(bigger); // wipes the old bytes
        Q_ASSERT(m_size == size);
        Q_UNUSED(size);
    }
    return m_data.get() + m_size;
}

void SecretBuffer::commitTail(qsizetype count)
{
    m_size += std::clamp<qsizetype>(count, 0, m_capacity - m_size);
}

void SecretBuffer::chop(qsizetype count)
{
    count = std::clamp<qsizetype>(count, 0, m_size);
    m_size -= count;
    if (count > 0)
        zero(m_data.get() + m_size, std::size_t(count));
}

void SecretBuffer::wipe()
{
    if (m_data)
        zero(m_data.get(), std::size_t(m_capacity));
    m_size = 0;
}

} // namespace Sendcheck
