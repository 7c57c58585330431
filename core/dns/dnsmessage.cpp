// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnsmessage.h"

#include "dnsname.h"

#include <QStringList>
#include <QtEndian>

#include <optional>

namespace Sendcheck {

namespace {

constexpr int headerSize = 12;
constexpr quint16 flagTruncated = 0x0200;
constexpr quint16 classIn = 1;

class Reader
{
public:
    explicit Reader(const QByteArray &packet) : m_data(packet) { }

    [[nodiscard]] bool atLeast(int pos, int count) const
    {
        return pos >= 0 && count >= 0 && pos + count <= m_data.size();
    }
    [[nodiscard]] quint8 u8(int pos) const { return quint8(m_data.at(pos)); }
    [[nodiscard]] quint16 u16(int pos) const
    {
        return qFromBigEndian<quint16>(reinterpret_cast<const uchar *>(m_data.constData()) + pos);
    }
    [[nodiscard]] quint32 u32(int pos) const
    {
        return qFromBigEndian<quint32>(reinterpret_cast<const uchar *>(m_data.constData()) + pos);
    }
    [[nodiscard]] QByteArray bytes(int pos, int count) const { return m_data.mid(pos, count); }

    // Reads a possibly compressed name at `pos`; sets `next` to the octet after it in place.
    [[nodiscard]] std::optional<QString> name(int pos, int *next) const
    {
        QStringList labels;
        int jumps = 0;
        bool jumped = false;
        int total = 0;
        while (true) {
            if (!atLeast(pos, 1))
                return std::nullopt;
            const quint8 length = u8(pos);
            if ((length & 0xc0) == 0xc0) {
                if (!atLeast(pos, 2) || ++jumps > 64)
                    return std::nullopt;
                if (!jumped)
                    *next = pos + 2;
                jumped = true;
                pos = ((length & 0x3f) << 8) | u8(pos + 1);
                continue;
            }
            if ((length & 0xc0) != 0)
                return std::nullopt; // extended label types are not used
            if (length == 0) {
                if (!jumped)
                    *next = pos + 1;
                break;
            }
            if (!atLeast(pos + 1, length))
                return std::nullopt;
            total += length + 1;
            if (total > 255)
                return std::nullopt;
            labels << QString::fromLatin1(m_data.constData() + pos + 1, length);
            pos += 1 + length;
        }
        return labels.isEmpty() ? QStringLiteral(".") : labels.join(QLatin1Char('.'));
    }

private:
    const QByteArray &m_data;
};

struct RawRecord
{
    QString owner;
    quint16 type = 0;
    DnsRecord record;
    bool parsed = false;
};

// The record data of one RR of a type Sendcheck knows; false when it is malformed.
bool parseRdata(const Reader &reader, int pos, int length, DnsRecord *record)
{
    const int end = pos + length;
    int next = 0;
    switch (record->type) {
    case DnsRecordType::A:
        if (length != 4)
            return false;
        record->address = QHostAddress(reader.u32(pos));
        return true;
    case DnsRecordType::AAAA: {
        if (length != 16)
            return false;
        const QByteArray raw = reader.bytes(pos, 16);
        record->address = QHostAddress(reinterpret_cast<const quint8 *>(raw.constData()));
        return true;
    }
    case DnsRecordType::CNAME:
    case DnsRecordType::PTR: {
        const auto target = reader.name(pos, &next);
        if (!target || next != end)
            return false;
        record->target = *target;
        return true;
    }
    case DnsRecordType::MX: {
        if (length < 3)
            return false;
        record->preference = reader.u16(pos);
        const auto target = reader.name(pos + 2, &next);
        if (!target || next != end)
            return false;
        record->target = *target;
        return true;
    }
    case DnsRecordType::SRV: {
        if (length < 7)
            return false;
        record->preference = reader.u16(pos);
        record->weight = reader.u16(pos + 2);
        record->port = reader.u16(pos + 4);
        const auto target = reader.name(pos + 6, &next);
        if (!target || next != end)
            return false;
        record->target = *target;
        return true;
    }
    case DnsRecordType::TXT: {
        int at = pos;
        while (at < end) {
            const int size = reader.u8(at);
            if (at + 1 + size > end)
                return false;
            record->strings << reader.bytes(at + 1, size);
            at += 1 + size;
        }
        return true;
    }
    case DnsRecordType::TLSA:
        if (length < 3)
            return false;
        record->usage = reader.u8(pos);
        record->selector = reader.u8(pos + 1);
        record->matchingType = reader.u8(pos + 2);
        record->data = reader.bytes(pos + 3, length - 3);
        return true;
    }
    return false;
}

bool isKnownType(quint16 type)
{
    switch (DnsRecordType(type)) {
    case DnsRecordType::A:
    case DnsRecordType::CNAME:
    case DnsRecordType::PTR:
    case DnsRecordType::MX:
    case DnsRecordType::TXT:
    case DnsRecordType::AAAA:
    case DnsRecordType::SRV:
    case DnsRecordType::TLSA:
        return true;
    }
    return false;
}

} // namespace

DnsAnswer DnsMessage::parseResponse(const QByteArray &packet, const QString &name,
                                    DnsRecordType type)
{
    DnsAnswer answer = DnsAnswer::failure(name, type, DnsStatus::Failed);
    const Reader reader(packet);
    if (!reader.atLeast(0, headerSize)) {
        answer.detail = QStringLiteral("response shorter than a DNS header");
        return answer;
    }
    const quint16 flags = reader.u16(2);
    const int rcode = flags & 0x000f;
    const int questions = reader.u16(4);
    const int answers = reader.u16(6);
    if (flags & flagTruncated) {
        answer.status = DnsStatus::Truncated;
        return answer;
    }

    int pos = headerSize;
    for (int i = 0; i < questions; ++i) {
        int next = 0;
        if (!reader.name(pos, &next) || !reader.atLeast(next, 4)) {
            answer.detail = QStringLiteral("malformed question section");
            return answer;
        }
        pos = next + 4;
    }

    QList<RawRecord> raw;
    for (int i = 0; i < answers; ++i) {
        int next = 0;
        const auto owner = reader.name(pos, &next);
        if (!owner || !reader.atLeast(next, 10)) {
            answer.detail = QStringLiteral("malformed answer section");
            return answer;
        }
        RawRecord rr;
        rr.owner = *owner;
        rr.type = reader.u16(next);
        const quint16 rrClass = reader.u16(next + 2);
        const quint32 ttl = reader.u32(next + 4);
        const int length = reader.u16(next + 8);
        const int rdata = next + 10;
        if (!reader.atLeast(rdata, length)) {
            answer.detail = QStringLiteral("record data runs past the end of the response");
            return answer;
        }
        if (rrClass == classIn && isKnownType(rr.type)) {
            rr.record.type = DnsRecordType(rr.type);
            rr.record.name = rr.owner;
            rr.record.ttl = ttl;
            if (!parseRdata(reader, rdata, length, &rr.record)) {
                answer.detail
                    = QStringLiteral("malformed %1 record").arg(dnsRecordTypeName(rr.record.type));
                return answer;
            }
            rr.parsed = true;
        }
        raw << rr;
        pos = rdata + length;
    }

    // Follow the CNAME chain from the asked name (at most as many steps as there are records).
    QString current = name;
    if (type != DnsRecordType::CNAME) {
        for (int step = 0; step <= raw.size(); ++step) {
            bool followed = false;
            for (const RawRecord &rr : raw) {
                if (rr.parsed && rr.record.type == DnsRecordType::CNAME
                    && DnsName::equal(rr.owner, current)) {
                    current = rr.record.target;
                    followed = true;
                    break;
                }
            }
            if (!followed)
                break;
        }
    }
    answer.canonicalName = current;
    for (const RawRecord &rr : raw) {
        if (rr.parsed && rr.record.type == type && DnsName::equal(rr.owner, current))
            answer.records << rr.record;
    }

    switch (rcode) {
    case 0:
        answer.status = answer.records.isEmpty() ? DnsStatus::NoData : DnsStatus::Ok;
        break;
    case 2:
        answer.status = DnsStatus::ServFail;
        break;
    case 3:
        answer.status = DnsStatus::NxDomain;
        answer.records.clear();
        break;
    case 5:
        answer.status = DnsStatus::Refused;
        break;
    default:
        answer.status = DnsStatus::Failed;
        answer.detail = QStringLiteral("response code %1").arg(rcode);
        break;
    }
    return answer;
}

namespace {

void putU16(QByteArray *out, quint16 value)
{
    out->append(char(value >> 8));
    out->append(char(value & 0xff));
}

void putName(QByteArray *out, const QString &name, const QString &question, int questionPos)
{
    if (name != QLatin1String(".")) {
        const QStringList labels = name.split(QLatin1Char('.'), Qt::SkipEmptyParts);
        for (int i = 0; i < labels.size(); ++i) {
            const QString rest = labels.mid(i).join(QLatin1Char('.'));
            if (i > 0 && DnsName::equal(rest, question)) {
                putU16(out, quint16(0xc000 | questionPos));
                return;
            }
            const QByteArray label = labels.at(i).toLatin1();
            out->append(char(label.size()));
            out->append(label);
        }
    }
    out->append('\0');
}

} // namespace

QByteArray DnsMessage::buildResponse(const QString &name, DnsRecordType type, int rcode,
                                     const QList<DnsRecord> &records, bool truncated)
{
    QByteArray out;
    putU16(&out, 0x1234);
    putU16(&out, quint16(0x8180 | (truncated ? flagTruncated : 0) | (rcode & 0x0f)));
    putU16(&out, 1);
    putU16(&out, quint16(records.size()));
    putU16(&out, 0);
    putU16(&out, 0);
    putName(&out, name, QString(), 0);
    putU16(&out, quint16(type));
    putU16(&out, classIn);
    for (const DnsRecord &record : records) {
        if (DnsName::equal(record.name, name))
            putU16(&out, 0xc000 | headerSize);
        else
            putName(&out, record.name, name, headerSize);
        putU16(&out, quint16(record.type));
        putU16(&out, classIn);
        putU16(&out, quint16(record.ttl >> 16));
        putU16(&out, quint16(record.ttl & 0xffff));
        QByteArray rdata;
        switch (record.type) {
        case DnsRecordType::A: {
            const quint32 v4 = record.address.toIPv4Address();
            putU16(&rdata, quint16(v4 >> 16));
            putU16(&rdata, quint16(v4 & 0xffff));
            break;
        }
        case DnsRecordType::AAAA: {
            const Q_IPV6ADDR v6 = record.address.toIPv6Address();
            rdata.append(reinterpret_cast<const char *>(v6.c), 16);
            break;
        }
        case DnsRecordType::CNAME:
        case DnsRecordType::PTR:
            putName(&rdata, record.target, QString(), 0);
            break;
        case DnsRecordType::MX:
            putU16(&rdata, record.preference);
            putName(&rdata, record.target, QString(), 0);
            break;
        case DnsRecordType::SRV:
            putU16(&rdata, record.preference);
            putU16(&rdata, record.weight);
            putU16(&rdata, record.port);
            putName(&rdata, record.target, QString(), 0);
            break;
        case DnsRecordType::TXT:
            for (const QByteArray &part : record.strings) {
                rdata.append(char(part.size()));
                rdata.append(part);
            }
            break;
        case DnsRecordType::TLSA:
            rdata.append(char(record.usage));
            rdata.append(char(record.selector));
            rdata.append(char(record.matchingType));
            rdata.append(record.data);
            break;
        }
        putU16(&out, quint16(rdata.size()));
        out.append(rdata);
    }
    return out;
}

} // namespace Sendcheck
