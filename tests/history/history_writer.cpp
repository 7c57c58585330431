// SPDX-License-Identifier: GPL-3.0-or-later
// A second program writing to the history: history_writer PATH COUNT TAG records COUNT runs,
// one transaction each, and prints "recorded COUNT" (or the error, exit 1).
#include "historytestsupport.h"

#include "history/historystore.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 4)
        return 2;
    Sendcheck::HistoryStore store(arguments.at(1));
    QString error;
    if (!store.open(&error)) {
        std::fprintf(stderr, "open: %s\n", qPrintable(error));
        return 1;
    }
    const int count = arguments.at(2).toInt();
    for (int i = 0; i < count; ++i) {
        const auto id
            = store.record(sampleReport(arguments.at(3), i % 2 == 0,
                                        QStringLiteral("%1-%2").arg(arguments.at(3)).arg(i)),
                           &error);
        if (!id) {
            std::fprintf(stderr, "record %d: %s\n", i, qPrintable(error));
            return 1;
        }
    }
    std::printf("recorded %d\n", count);
    return 0;
}
