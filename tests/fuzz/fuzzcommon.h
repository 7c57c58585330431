// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdio>
#include <cstdlib>

// Shared by the libFuzzer targets: a quiet Qt, and a check that aborts (which libFuzzer
// reports as a crash, with the input saved) when a property the code promises is broken.
namespace FuzzCommon {

inline void quietMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &text)
{
    // Warnings from hostile input are expected and would slow the fuzzer to a crawl; fatal
    // messages still end the run.
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(text));
        std::abort();
    }
}

// A QCoreApplication for the whole run (translations, event loop, sockets).
inline void initQt()
{
    qInstallMessageHandler(quietMessageHandler);
    static int argc = 1;
    static char name[] = "sendcheck-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    Q_UNUSED(app);
}

[[noreturn]] inline void violated(const char *what, const QByteArray &detail = QByteArray())
{
    std::fprintf(stderr, "PROPERTY VIOLATED: %s\n", what);
    if (!detail.isEmpty())
        std::fprintf(
            stderr, "detail (escaped): %s\n",
            detail.left(2000).toPercentEncoding(" !\"#$&'()*+,-./:;<=>?@[]^_`{|}~").constData());
    std::abort();
}

inline void check(bool condition, const char *what, const QByteArray &detail = QByteArray())
{
    if (!condition)
        violated(what, detail);
}

} // namespace FuzzCommon
