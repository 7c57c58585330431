// SPDX-License-Identifier: GPL-3.0-or-later
#include "svgicon.h"

#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace Sendcheck {

namespace {

// The drawings use pure black for "the text colour": replaced before rendering.
constexpr char inkColour[] = "#000000";

// `followApplication`: the ink is the application palette's text colour when drawn, not
// replaced once.
class SvgEngine : public QIconEngine
{
public:
    explicit SvgEngine(QByteArray svg, bool followApplication = false)
        : m_svg(std::move(svg)), m_followApplication(followApplication)
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        if (m_svg.isEmpty()) // blank()
            return;
        QByteArray svg = m_svg;
        if (m_followApplication)
            svg.replace(inkColour,
                        QGuiApplication::palette().color(QPalette::WindowText).name().toLatin1());
        QSvgRenderer renderer(svg);
        if (!renderer.isValid())
            return;
        painter->save();
        if (mode == QIcon::Disabled)
            painter->setOpacity(0.4);
        const qreal side = qMin(rect.width(), rect.height());
        renderer.render(painter,
                        QRectF(rect.x() + (rect.width() - side) / 2,
                               rect.y() + (rect.height() - side) / 2, side, side));
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        // `size` is in device pixels already (QIcon multiplied it by the scale): draw into
        // all of them, in logical coordinates.
        QPixmap pixmap(size);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size / scale), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new SvgEngine(m_svg, m_followApplication); }

private:
    QByteArray m_svg;
    bool m_followApplication = false;
};

const char *fileName(SvgIcon::Name name)
{
    switch (name) {
    case SvgIcon::Name::StatusPass:
        return "status-pass";
    case SvgIcon::Name::StatusWarn:
        return "status-warn";
    case SvgIcon::Name::StatusFail:
        return "status-fail";
    case SvgIcon::Name::StatusInfo:
        return "status-info";
    case SvgIcon::Name::StatusRunning:
        return "status-running";
    case SvgIcon::Name::StatusPending:
        return "status-pending";
    case SvgIcon::Name::StatusStopped:
        return "status-stopped";
    case SvgIcon::Name::Send:
        return "action-send";
    case SvgIcon::Name::Test:
        return "action-test";
    case SvgIcon::Name::Stop:
        return "action-stop";
    case SvgIcon::Name::Step:
        return "action-step";
    case SvgIcon::Name::Copy:
        return "action-copy";
    case SvgIcon::Name::Save:
        return "action-save";
    case SvgIcon::Name::Arrived:
        return "action-arrived";
    case SvgIcon::Name::Probe:
        return "action-probe";
    case SvgIcon::Name::Domain:
        return "action-domain";
    case SvgIcon::Name::Server:
        return "action-server";
    case SvgIcon::Name::LockClosed:
        return "lock-closed";
    case SvgIcon::Name::LockOpen:
        return "lock-open";
    }
    return "";
}

QByteArray drawing(SvgIcon::Name name)
{
    QFile file(SvgIcon::resourcePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

} // namespace

QString SvgIcon::resourcePath(Name name)
{
    return QStringLiteral(":/icons/%1.svg").arg(QLatin1String(fileName(name)));
}

QString SvgIcon::themeName(Name name)
{
    switch (name) {
    case Name::Send:
        return QStringLiteral("mail-send");
    case Name::Test:
        return QStringLiteral("network-connect");
    case Name::Stop:
        return QStringLiteral("process-stop");
    case Name::Step:
        return QStringLiteral("media-skip-forward");
    case Name::Copy:
        return QStringLiteral("edit-copy");
    case Name::Save:
        return QStringLiteral("document-save");
    case Name::Arrived:
        return QStringLiteral("mail-receive");
    case Name::Probe:
        return QStringLiteral("network-wired");
    case Name::Domain:
        return QStringLiteral("applications-internet");
    case Name::Server:
        return QStringLiteral("network-server");
    default:
        return QString();
    }
}

SvgIcon::Name SvgIcon::statusName(DomainCheckItem::Status status)
{
    switch (status) {
    case DomainCheckItem::Status::Pass:
        return Name::StatusPass;
    case DomainCheckItem::Status::Warn:
        return Name::StatusWarn;
    case DomainCheckItem::Status::Fail:
    case DomainCheckItem::Status::Error:
        return Name::StatusFail;
    case DomainCheckItem::Status::Info:
        break;
    }
    return Name::StatusInfo;
}

QIcon SvgIcon::ownIcon(Name name, const QPalette &palette)
{
    return tintedIcon(name, palette.color(QPalette::WindowText));
}

QIcon SvgIcon::tintedIcon(Name name, const QColor &ink)
{
    QByteArray svg = drawing(name);
    if (svg.isEmpty())
        return QIcon();
    svg.replace(inkColour, ink.name().toLatin1());
    return QIcon(new SvgEngine(std::move(svg)));
}

QIcon SvgIcon::actionIcon(Name name)
{
    QByteArray svg = drawing(name);
    if (svg.isEmpty())
        return QIcon();
    QIcon own(new SvgEngine(std::move(svg), true));
    const QString theme = themeName(name);
    return theme.isEmpty() ? own : QIcon::fromTheme(theme, own);
}

QIcon SvgIcon::blank()
{
    return QIcon(new SvgEngine(QByteArray()));
}

QIcon SvgIcon::icon(Name name, const QPalette &palette)
{
    const QString theme = themeName(name);
    if (!theme.isEmpty() && QIcon::hasThemeIcon(theme))
        return QIcon::fromTheme(theme);
    return ownIcon(name, palette);
}

} // namespace Sendcheck
