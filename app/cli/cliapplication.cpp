// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapplication.h"

#include "pdfmodule.h"
#include "reportexport.h"

bool argumentsAskForPdf(const QStringList &arguments)
{
    auto isPdfPath = [](const QString &path) {
        return path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    };
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const QString next = arguments.value(i + 1);
        if (argument == QLatin1String("--format")
            && next.compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
            return true;
        if (argument.compare(QLatin1String("--format=pdf"), Qt::CaseInsensitive) == 0)
            return true;
        if ((argument == QLatin1String("--output") || argument == QLatin1String("-o")
             || argument == QLatin1String("--report"))
            && isPdfPath(next))
            return true;
        if ((argument.startsWith(QLatin1String("--output="))
             || argument.startsWith(QLatin1String("--report=")))
            && isPdfPath(argument))
            return true;
    }
    return false;
}

std::unique_ptr<QCoreApplication> createCliApplication(int &argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!argumentsAskForPdf(arguments))
        return std::make_unique<QCoreApplication>(argc, argv);
    // Qt Gui comes in the module sendcheck-pdf, opened only now: every other run starts
    // without it. Without the module the run goes on, and writing the PDF says why not.
    Sendcheck::ReportExport::setPdfWriter(&PdfModule::write);
    if (std::unique_ptr<QCoreApplication> application = PdfModule::createApplication(argc, argv))
        return application;
    return std::make_unique<QCoreApplication>(argc, argv);
}
