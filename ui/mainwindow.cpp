// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

namespace Sendcheck {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Sendcheck"));
}

} // namespace Sendcheck
