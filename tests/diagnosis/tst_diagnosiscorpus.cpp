// SPDX-License-Identifier: GPL-3.0-or-later
// placeholder replaced below
#include <QTest>
class TestDiagnosisCorpus : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestDiagnosisCorpus)
#include "tst_diagnosiscorpus.moc"
