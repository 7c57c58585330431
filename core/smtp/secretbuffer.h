// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <memory>

namespace Sendcheck {

// The one copy of a secret (a password or token) the engine holds. A QByteArray cannot be
// wiped reliably: it is implicitly shared, so filling one copy with zeros detaches it and leaves
// the bytes in every other copy. This buffer cannot be copied, only moved; it hands out views,
// never copies; wipe() (and the destructor) overwrite the bytes where they are.
class SecretBuffer
{
public:
    SecretBuffer() = default;
    // Copies `secret` into a buffer of its own; the caller's bytes stay the caller's.
    explicit SecretBuffer(QByteArrayView secret);
    ~SecretBuffer();
    SecretBuffer(const SecretBuffer &) = delete;
    SecretBuffer &operator=(const SecretBuffer &) = delete;
    SecretBuffer(SecretBuffer &&other) noexcept;
    SecretBuffer &operator=(SecretBuffer &&other) noexcept;

    [[nodiscard]] QByteArrayView view() const { return {m_data.get(), m_size}; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }
    [[nodiscard]] qsizetype size() const { return m_size; }
    // Where the bytes are: for tests that check a wipe reached them. Stays valid (and zeroed)
    // after wipe() until the buffer is destroyed or assigned.
    [[nodiscard]] const char *data() const { return m_data.get(); }
    // A QByteArray over these bytes without copying them (QByteArray::fromRawData): valid while
    // this buffer is alive and not wiped; anything that keeps it must copy it deliberately.
    [[nodiscard]] QByteArray rawView() const;

    // Overwrites the bytes with zeros and forgets them (isEmpty() afterwards).
    void wipe();

private:
    std::unique_ptr<char[]> m_data;
    qsizetype m_size = 0;
};

} // namespace Sendcheck
