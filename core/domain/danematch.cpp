// SPDX-License-Identifier: GPL-3.0-or-later
#include "danematch.h"

#include "danetlsa.h"

#include <QCryptographicHash>

#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <memory>
#include <vector>

namespace Sendcheck {

namespace {

struct X509Free
{
    void operator()(X509 *x) const { X509_free(x); }
};
using X509Ptr = std::unique_ptr<X509, X509Free>;
struct StackFree // frees the stack, not the certificates on it
{
    void operator()(STACK_OF(X509) * stack) const { sk_X509_free(stack); }
};

X509Ptr toX509(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const auto *bytes = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &bytes, long(der.size())));
}

// The DER SubjectPublicKeyInfo of a certificate; empty when it cannot be read.
QByteArray publicKeyInfo(const QSslCertificate &certificate)
{
    const X509Ptr x509 = toX509(certificate);
    if (!x509)
        return {};
    X509_PUBKEY *key = X509_get_X509_PUBKEY(x509.get());
    const int size = key ? i2d_X509_PUBKEY(key, nullptr) : 0;
    if (size <= 0)
        return {};
    QByteArray der(size, '\0');
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_X509_PUBKEY(key, &out) != size)
        return {};
    return der;
}

bool recordMatches(const DnsRecord &record, const QSslCertificate &certificate)
{
    const QByteArray data
        = DaneMatch::associationData(certificate, record.selector, record.matchingType);
    return !data.isEmpty() && data == record.data;
}

// Empty when the chain from the server's certificate leads to chain[anchor], every certificate
// on the way valid now and signed by the next, and the server's certificate names `host`;
// otherwise OpenSSL's words for what failed.
QString verifyFromAnchor(const QList<QSslCertificate> &chain, qsizetype anchor, const QString &host)
{
    std::vector<X509Ptr> certificates;
    for (const QSslCertificate &certificate : chain) {
        certificates.push_back(toX509(certificate));
        if (!certificates.back())
            return DaneMatch::tr("a certificate of the chain cannot be read");
    }
    std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)> store(X509_STORE_new(),
                                                                  &X509_STORE_free);
    std::unique_ptr<STACK_OF(X509), StackFree> untrusted(sk_X509_new_null());
    std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)> context(X509_STORE_CTX_new(),
                                                                            &X509_STORE_CTX_free);
    if (!store || !untrusted || !context
        || X509_STORE_add_cert(store.get(), certificates[size_t(anchor)].get()) != 1)
        return DaneMatch::tr("the TLS library could not check the chain");
    for (size_t i = 1; i < certificates.size(); ++i)
        sk_X509_push(untrusted.get(), certificates[i].get()); // not owned by the stack
    if (X509_STORE_CTX_init(context.get(), store.get(), certificates.front().get(), untrusted.get())
        != 1)
        return DaneMatch::tr("the TLS library could not check the chain");
    X509_VERIFY_PARAM *parameters = X509_STORE_CTX_get0_param(context.get());
    // The anchor need not be a self-signed root (RFC 7671 5.2.2).
    X509_VERIFY_PARAM_set_flags(parameters, X509_V_FLAG_PARTIAL_CHAIN);
    X509_VERIFY_PARAM_set_hostflags(parameters, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
    QByteArray name = host.toLower().toUtf8();
    if (name.endsWith('.'))
        name.chop(1);
    X509_VERIFY_PARAM_set1_host(parameters, name.constData(), size_t(name.size()));
    if (X509_verify_cert(context.get()) == 1)
        return QString();
    return QString::fromUtf8(
        X509_verify_cert_error_string(X509_STORE_CTX_get_error(context.get())));
}

} // namespace

QByteArray DaneMatch::associationData(const QSslCertificate &certificate, quint8 selector,
                                      quint8 matchingType)
{
    QByteArray selected;
    if (selector == 0)
        selected = certificate.toDer();
    else if (selector == 1)
        selected = publicKeyInfo(certificate);
    if (selected.isEmpty())
        return {};
    switch (matchingType) {
    case 0:
        return selected;
    case 1:
        return QCryptographicHash::hash(selected, QCryptographicHash::Sha256);
    case 2:
        return QCryptographicHash::hash(selected, QCryptographicHash::Sha512);
    default:
        break;
    }
    return {};
}

DaneMatch::Outcome DaneMatch::match(const QList<DnsRecord> &tlsa,
                                    const QList<QSslCertificate> &chain, const QString &host)
{
    Outcome outcome;
    if (chain.isEmpty()) {
        outcome.detail = tr("the server showed no certificate");
        return outcome;
    }
    // DANE-EE first: it needs nothing but the server's own certificate.
    for (const DnsRecord &record : tlsa) {
        if (record.usage == 3 && DaneTlsa::unusableReason(record).isEmpty()
            && recordMatches(record, chain.first())) {
            outcome.matched = true;
            outcome.record = record;
            return outcome;
        }
    }
    for (const DnsRecord &record : tlsa) {
        if (record.usage != 2 || !DaneTlsa::unusableReason(record).isEmpty())
            continue;
        for (qsizetype i = 1; i < chain.size(); ++i) {
            if (!recordMatches(record, chain.at(i)))
                continue;
            const QString problem = verifyFromAnchor(chain, i, host);
            if (problem.isEmpty()) {
                outcome.matched = true;
                outcome.record = record;
                outcome.detail.clear();
                return outcome;
            }
            outcome.detail = tr("%1 matches certificate %2 of the chain (%3), but the chain "
                                "below it does not hold: %4")
                                 .arg(DaneTlsa::describe(record))
                                 .arg(i + 1)
                                 .arg(chain.at(i).subjectDisplayName(), problem);
        }
    }
    return outcome;
}

} // namespace Sendcheck
