// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper for tst_profilestore: saves a large profiles.json in a loop until killed,
// alternating between two contents, and prints "saving" once the loop has started.
//   profilestore_writer DIR COUNT [--unsafe]
// --unsafe writes in place with QFile (truncate, then write in chunks), the naive way: the
// control experiment that shows the kill test can catch a torn file.
#include "profiles/profilestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

using namespace Sendcheck;

static QList<Profile> makeProfiles(int count, const QString &marker)
{
    QList<Profile> profiles;
    for (int i = 0; i < count; ++i) {
        Profile p;
        p.id = QStringLiteral("%1-%2").arg(marker).arg(i);
        p.name = QStringLiteral("%1 profile %2").arg(marker).arg(i);
        p.host = QStringLiteral("smtp%1.%2.example").arg(i).arg(marker);
        p.from = QStringLiteral("%1@example.org").arg(marker);
        p.ehloName = marker;
        p.defaultTo = {QStringLiteral("a@example.org"), QStringLiteral("b@example.org")};
        profiles.append(p);
    }
    return profiles;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    const QString dir = args.at(1);
    const int count = args.at(2).toInt();
    const bool unsafe = args.contains(QStringLiteral("--unsafe"));

    const QList<Profile> contents[2]
        = {makeProfiles(count, QStringLiteral("old")), makeProfiles(count, QStringLiteral("new"))};
    // Both stores are built before the loop so that nearly all the time goes into saving.
    ProfileStore stores[2] = {ProfileStore(dir), ProfileStore(dir)};
    for (int i = 0; i < 2; ++i) {
        for (const Profile &p : contents[i]) {
            if (!stores[i].add(p, nullptr))
                return 1;
        }
    }
    QTextStream out(stdout);
    out << "saving" << Qt::endl;
    for (unsigned round = 0;; ++round) {
        const QList<Profile> &profiles = contents[round % 2];
        if (unsafe) {
            QFile file(QDir(dir).filePath(QStringLiteral("profiles.json")));
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return 1;
            const QByteArray data = ProfileStore::serialize(profiles);
            for (qsizetype at = 0; at < data.size(); at += 4096) {
                file.write(data.mid(at, 4096));
                file.flush();
            }
        } else {
            QString error;
            if (!stores[round % 2].save(&error))
                return 1;
        }
    }
}
