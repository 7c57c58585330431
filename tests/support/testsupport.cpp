// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

namespace TestSupport {

QString testDataPath(const QString &relative)
{
    return QStringLiteral(SENDCHECK_TEST_DATA_DIR "/") + relative;
}

QString cliPath()
{
    return QStringLiteral(SENDCHECK_CLI_PATH);
}

} // namespace TestSupport
