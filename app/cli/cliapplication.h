// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <memory>

// The application object for sendcheck-cli: a QCoreApplication, so the CLI needs no display,
// except when the command line asks for a PDF (`report ID --format pdf`, an --output or
// --report file ending in .pdf). Laying out a PDF needs fonts, hence Qt Gui: then it is a
// QGuiApplication on the offscreen platform, which draws into memory and never opens a window,
// made by the module sendcheck-pdf (pdfmodule.h), so that only such a run loads Qt Gui.
[[nodiscard]] std::unique_ptr<QCoreApplication> createCliApplication(int &argc, char **argv);

// Whether these arguments (without the program name) ask for a PDF.
[[nodiscard]] bool argumentsAskForPdf(const QStringList &arguments);
