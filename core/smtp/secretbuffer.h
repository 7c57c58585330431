// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <memory>

namespace Sendcheck {

// The one copy of a secret (a password or token) that a part of the program holds. A QByteArray
// cannot be wiped reliably: it is implicitly shared, so filling one copy with zeros detaches it
// and leaves the bytes in every other copy. This buffer cannot be copied, only moved; it hands
// out views, never copies; wipe() (and the destructor) overwrite the bytes where they are.
//
// A secret enters the program through a Qt API that hands out a QByteArray or QString (the
// keychain, a line edit, a JSON reply): take it into a buffer with takeFrom()/takeUtf8(), which
// overwrite the Qt copy where it is, and move the buffer on from there.
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

    // An empty buffer with room for `capacity` bytes (all zero): append() fills it without ever
    // moving the bytes, so no stale copy is left in freed memory.
    [[nodiscard]] static SecretBuffer withCapacity(qsizetype capacity);
    // Moves a secret out of a QByteArray a Qt API handed over: copies it into a new buffer,
    // then overwrites `source`'s bytes where they are and empties it. Overwriting in place
    // reaches every QByteArray that shares those bytes, so use it only on a copy that nobody
    // needs any more (a finished keychain job's data, a reply just parsed). Bytes a QByteArray
    // does not own (a literal, fromRawData()) may be read-only: those are only let go.
    [[nodiscard]] static SecretBuffer takeFrom(QByteArray &source);
    // The same for text, as UTF-8; the transient UTF-8 copy is overwritten too.
    [[nodiscard]] static SecretBuffer takeUtf8(QString &source);
    // What takeFrom() does to its source: overwrites the bytes where they are (the whole
    // allocation, also what lies past the end after a chop()) and empties `bytes`.
    static void wipeShared(QByteArray &bytes);
    static void wipeShared(QString &text);
    // For a QByteArray that others may still use: overwrites the bytes where they are when
    // `bytes` is their only holder, else only lets go of them (filling a shared QByteArray
    // would detach it and zero a fresh copy, leaving the shared bytes as they were).
    static void release(QByteArray &bytes);

    [[nodiscard]] QByteArrayView view() const { return {m_data.get(), m_size}; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }
    [[nodiscard]] qsizetype size() const { return m_size; }
    // The bytes this buffer owns (size() of them used). wipe() overwrites all of them.
    [[nodiscard]] qsizetype capacity() const { return m_capacity; }
    // Where the bytes are: for tests that check a wipe reached them. Stays valid (and zeroed)
    // after wipe() until the buffer is destroyed or assigned.
    [[nodiscard]] const char *data() const { return m_data.get(); }
    // A QByteArray over these bytes without copying them (QByteArray::fromRawData): valid while
    // this buffer is alive and not wiped; anything that keeps it must copy it deliberately.
    [[nodiscard]] QByteArray rawView() const;

    // Adds `bytes` at the end when they fit in capacity(); false (and nothing added) when not:
    // the buffer never grows behind the caller's back.
    [[nodiscard]] bool append(QByteArrayView bytes);
    // Room for `count` more bytes at the end, for a reader to write the secret straight into
    // the buffer: grows into a new allocation when needed (the bytes move there and the old
    // ones are overwritten). Write at most `count` bytes there, then commitTail() how many.
    [[nodiscard]] char *reserveTail(qsizetype count);
    void commitTail(qsizetype count);
    // Drops the last `count` bytes, overwriting them.
    void chop(qsizetype count);
    // Overwrites the bytes with zeros and forgets them (isEmpty() afterwards).
    void wipe();

private:
    std::unique_ptr<char[]> m_data;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
};

} // namespace Sendcheck
