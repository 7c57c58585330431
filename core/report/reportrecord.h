// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace Sendcheck {

// One fact a check looked at, as a name and a value: a DNS record ("MX", "10 mx.example.com"),
// a probed port ("587", "STARTTLS offered"), a header. Values come from the outside world and
// are shown verbatim (escaped) in every report format.
struct ReportRecord
{
    QString name;
    QString value;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static ReportRecord fromJson(const QJsonObject &object);
    friend bool operator==(const ReportRecord &, const ReportRecord &) = default;
};

} // namespace Sendcheck
