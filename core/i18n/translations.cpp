// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcI18n, "sendcheck.i18n")

namespace Sendcheck {

void installTranslations(QCoreApplication &app)
{
    const QLocale locale = QLocale::system();
    // Translators are children of the application: they must live as long as it does.
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("sendcheck"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))) {
        qCDebug(lcI18n) << "loaded" << own->filePath() << "for" << locale.uiLanguages();
    } else if (own->load(QStringLiteral("sendcheck_en"), QStringLiteral(":/i18n"))) {
        // The texts stay English; sendcheck_en holds their plural forms ("1 check", "2 checks").
        qCDebug(lcI18n) << "no translation for" << locale.uiLanguages() << "- English plurals";
    }
    if (own->isEmpty())
        delete own;
    else
        QCoreApplication::installTranslator(own);
    // Qt's own texts (socket and TLS error strings, dialog buttons), where installed.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace Sendcheck
