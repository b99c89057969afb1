// The names of an enum's values (in project files, on the command line, in menus), kept in
// one table per enum so that name, parse and "every value" can never disagree.
//
//   constexpr EnumTable kLosses{std::array{LossInfo{LossKind::MSE, "mse", ...}, ...}};
//   kLosses.name(LossKind::MSE) == "mse";  kLosses.fromName("mse") == LossKind::MSE;
//   for (LossKind k : kLosses.values()) ...
//
// A row is any struct with `value` and `name` members, so a table can carry more per value
// (a formula, a description). Older spellings that files may still hold are aliases: read,
// never written.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <stdexcept>
#include <string_view>

namespace layerlab {

template <typename Enum>
struct EnumName {
    Enum value;
    std::string_view name;
};

template <typename Row, std::size_t N, std::size_t Aliases = 0>
class EnumTable {
public:
    using Enum = decltype(Row::value);

    // consteval: a table out of the enum's order fails to compile (the throw below cannot
    // run at compile time), so that name() may index by value.
    consteval EnumTable(const std::array<Row, N>& rows, const std::array<EnumName<Enum>, Aliases>& aliases = {})
        : m_rows(rows), m_aliases(aliases)
    {
        for (std::size_t i = 0; i < N; ++i) {
            if (m_rows[i].value != Enum(i))
                throw std::logic_error("the rows of an EnumTable must follow the enum's order, one per value");
            m_values[i] = m_rows[i].value;
        }
    }

    // The row of a value; std::out_of_range for a value without one (an int cast to the enum).
    constexpr const Row& row(Enum value) const { return m_rows.at(std::size_t(value)); }
    constexpr std::string_view name(Enum value) const { return row(value).name; }
    constexpr std::optional<Enum> fromName(std::string_view name) const
    {
        for (const Row& r : m_rows)
            if (r.name == name)
                return r.value;
        for (const EnumName<Enum>& a : m_aliases)
            if (a.name == name)
                return a.value;
        return std::nullopt;
    }
    // Every value, in the enum's order.
    constexpr std::span<const Enum> values() const { return m_values; }

private:
    std::array<Row, N> m_rows;
    std::array<EnumName<Enum>, Aliases> m_aliases;
    std::array<Enum, N> m_values{};
};

}  // namespace layerlab
