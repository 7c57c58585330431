// SPDX-License-Identifier: GPL-3.0-or-later
#include "svgicon.h"

#include <QFile>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace Sendcheck {

namespace {

// The drawings use pure black for "the text colour": replaced before rendering.
constexpr char inkColour[] = "#000000";

class SvgEngine : public QIconEngine
{
public:
    explicit SvgEngine(QByteArray svg) : m_svg(std::move(svg)) { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QSvgRenderer renderer(m_svg);
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

    QIconEngine *clone() const override { return new SvgEngine(m_svg); }

private:
    QByteArray m_svg;
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
    }
    return "";
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
    default:
        return QString();
    }
}

QIcon SvgIcon::ownIcon(Name name, const QPalette &palette)
{
    QFile file(resourcePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return QIcon();
    QByteArray svg = file.readAll();
    svg.replace(inkColour, palette.color(QPalette::WindowText).name().toLatin1());
    return QIcon(new SvgEngine(std::move(svg)));
}

QIcon SvgIcon::icon(Name name, const QPalette &palette)
{
    const QString theme = themeName(name);
    if (!theme.isEmpty() && QIcon::hasThemeIcon(theme))
        return QIcon::fromTheme(theme);
    return ownIcon(name, palette);
}

} // namespace Sendcheck
