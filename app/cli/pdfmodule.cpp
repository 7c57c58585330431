// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfmodule.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace {

using ApplicationFunction = QCoreApplication *(*)(int *, char **);
using WriteFunction = bool (*)(const Sendcheck::Report *, QByteArray *, QString *);

struct Loaded
{
    bool tried = false;
    QString error;
    ApplicationFunction application = nullptr;
    WriteFunction write = nullptr;
};

Loaded &loaded()
{
    static Loaded state;
    return state;
}

QString programDirectory(char **argv)
{
    // Before QCoreApplication exists: /proc/self/exe on Linux, otherwise argv[0].
    const QFileInfo self(QStringLiteral("/proc/self/exe"));
    if (self.exists())
        return QFileInfo(self.canonicalFilePath()).absolutePath();
    return argv && argv[0] ? QFileInfo(QString::fromLocal8Bit(argv[0])).absolutePath() : QString();
}

void load(char **argv)
{
    Loaded &state = loaded();
    if (state.tried)
        return;
    state.tried = true;
    const QString directory = programDirectory(argv);
    const QString name = QStringLiteral("sendcheck-pdf.so");
    const QStringList candidates {QDir(directory).filePath(name),
                                  QDir::cleanPath(directory + QLatin1Char('/')
                                                  + QStringLiteral(SENDCHECK_PDF_MODULE_DIR)
                                                  + QLatin1Char('/') + name)};
    QStringList problems;
    for (const QString &path : candidates) {
        if (!QFileInfo::exists(path)) {
            problems << path;
            continue;
        }
        QLibrary library(path);
        library.setLoadHints(QLibrary::ResolveAllSymbolsHint);
        if (!library.load()) {
            problems << library.errorString();
            continue;
        }
        // The module stays loaded for the rest of the run (QLibrary does not unload on
        // destruction).
        state.application
            = reinterpret_cast<ApplicationFunction>(library.resolve("sendcheck_pdf_application"));
        state.write = reinterpret_cast<WriteFunction>(library.resolve("sendcheck_pdf_write"));
        if (state.application && state.write)
            return;
        problems << library.errorString();
        state.application = nullptr;
        state.write = nullptr;
    }
    state.error = PdfModule::tr("The PDF module could not be opened (%1).")
                      .arg(problems.join(QStringLiteral("; ")));
}

} // namespace

std::unique_ptr<QCoreApplication> PdfModule::createApplication(int &argc, char **argv)
{
    load(argv);
    if (!loaded().application)
        return nullptr;
    return std::unique_ptr<QCoreApplication>(loaded().application(&argc, argv));
}

std::optional<QByteArray> PdfModule::write(const Sendcheck::Report &report, QString *error)
{
    load(nullptr);
    if (!loaded().write) {
        *error = loaded().error;
        return std::nullopt;
    }
    QByteArray pdf;
    if (!loaded().write(&report, &pdf, error))
        return std::nullopt;
    return pdf;
}
