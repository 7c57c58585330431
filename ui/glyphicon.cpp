// SPDX-License-Identifier: GPL-3.0-or-later
#include "glyphicon.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Sendcheck {

namespace {
class GlyphEngine : public QIconEngine
{
public:
    GlyphEngine(GlyphIcon::Shape shape, const QColor &color) : m_shape(shape), m_color(color) { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        if (m_shape == GlyphIcon::Shape::Blank)
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QColor color = m_color;
        if (mode == QIcon::Disabled)
            color.setAlphaF(0.4f);
        const qreal s = qMin(rect.width(), rect.height());
        const QRectF box(rect.x() + (rect.width() - s) / 2, rect.y() + (rect.height() - s) / 2, s,
                         s);
        if (m_shape != GlyphIcon::Shape::LockClosed && m_shape != GlyphIcon::Shape::LockOpen) {
            paintStatus(painter, box, color);
            painter->restore();
            return;
        }
        // Body: the lower half; shackle: an arch above it, open on the right for "open".
        const QRectF body(box.left() + s * 0.18, box.top() + s * 0.45, s * 0.64, s * 0.45);
        QPen pen(color, qMax<qreal>(1.0, s * 0.1));
        pen.setCapStyle(Qt::RoundCap);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        QPainterPath shackle;
        const qreal left = box.left() + s * 0.3;
        const qreal right = box.left() + s * 0.7;
        const qreal top = box.top() + s * 0.1;
        const qreal bottom = body.top();
        const qreal liftRight = m_shape == GlyphIcon::Shape::LockOpen ? s * 0.18 : 0;
        shackle.moveTo(left, bottom);
        shackle.lineTo(left, top + s * 0.2);
        shackle.arcTo(QRectF(left, top, right - left, s * 0.4), 180, -180);
        shackle.lineTo(right, bottom - s * 0.05 - liftRight);
        painter->drawPath(shackle);
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawRoundedRect(body, s * 0.08, s * 0.08);
        painter->restore();
    }

    void paintStatus(QPainter *painter, const QRectF &box, const QColor &color) const
    {
        const qreal s = box.width();
        QPen pen(color, qMax<qreal>(1.2, s * 0.12));
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        const auto at = [&box, s](qreal x, qreal y) {
            return QPointF(box.left() + s * x, box.top() + s * y);
        };
        switch (m_shape) {
        case GlyphIcon::Shape::Pass:
            painter->drawPolyline(QList<QPointF> {at(0.18, 0.55), at(0.42, 0.78), at(0.84, 0.25)});
            break;
        case GlyphIcon::Shape::Fail:
            painter->drawLine(at(0.22, 0.22), at(0.78, 0.78));
            painter->drawLine(at(0.78, 0.22), at(0.22, 0.78));
            break;
        case GlyphIcon::Shape::Warning:
            painter->drawPolygon(QList<QPointF> {at(0.5, 0.1), at(0.92, 0.88), at(0.08, 0.88)});
            painter->drawLine(at(0.5, 0.38), at(0.5, 0.6));
            painter->drawPoint(at(0.5, 0.75));
            break;
        default: // Info
            painter->drawEllipse(box.adjusted(s * 0.1, s * 0.1, -s * 0.1, -s * 0.1));
            painter->drawLine(at(0.5, 0.45), at(0.5, 0.7));
            painter->drawPoint(at(0.5, 0.3));
            break;
        }
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

    QIconEngine *clone() const override { return new GlyphEngine(m_shape, m_color); }

private:
    GlyphIcon::Shape m_shape;
    QColor m_color;
};
} // namespace

QIcon GlyphIcon::icon(Shape shape, const QColor &color)
{
    return QIcon(new GlyphEngine(shape, color));
}

} // namespace Sendcheck
