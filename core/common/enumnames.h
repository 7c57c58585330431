// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <initializer_list>
#include <iterator>
#include <optional>

namespace Sendcheck {

// The reverse of an enum's name function (securityName, stageName, ...): the value among
// `values` whose `nameOf(value)` is `name`. Each enum keeps its own switch from value to name,
// so the compiler still checks that every value has one; the search back is written once, here.
template<typename Values, typename NameOf>
[[nodiscard]] auto enumFromName(QStringView name, const Values &values, NameOf nameOf,
                                Qt::CaseSensitivity cs = Qt::CaseSensitive)
    -> std::optional<std::decay_t<decltype(*std::begin(values))>>
{
    for (const auto value : values) {
        if (QStringView(nameOf(value)).compare(name, cs) == 0)
            return value;
    }
    return std::nullopt;
}

template<typename Enum, typename NameOf>
[[nodiscard]] std::optional<Enum> enumFromName(QStringView name, std::initializer_list<Enum> values,
                                               NameOf nameOf,
                                               Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    return enumFromName<std::initializer_list<Enum>, NameOf>(name, values, nameOf, cs);
}

// Every value of an enum whose values run without a gap from `first` to `last`.
template<typename Enum> [[nodiscard]] QList<Enum> enumRange(Enum first, Enum last)
{
    QList<Enum> values;
    for (int i = int(first); i <= int(last); ++i)
        values.append(Enum(i));
    return values;
}

} // namespace Sendcheck
