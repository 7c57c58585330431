// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>
class TestPracticeInterop : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestPracticeInterop)
#include "tst_practiceinterop.moc"
