// SPDX-License-Identifier: GPL-3.0-or-later
// Vocabulary: the words an enum is stored and configured as, in one table beside the enum, and
// both conversions made from that table, so a spelling such as "service_order" is written once.
// The words are what databases, config files and scripts already hold: never change one.
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <cstddef>
#include <optional>
#include <utility>

namespace antrian {

template<typename E, std::size_t N>
using Words = std::array<std::pair<E, const char16_t *>, N>;

template<typename E, std::size_t N>
QString wordOf(const Words<E, N> &words, E value)
{
    for (const auto &[v, word] : words) {
        if (v == value)
            return QString::fromUtf16(word);
    }
    return {};
}

// nullopt for a word the table does not hold (a typo, or a newer version's word).
template<typename E, std::size_t N>
std::optional<E> valueOf(const Words<E, N> &words, QStringView word)
{
    for (const auto &[v, w] : words) {
        if (word == QStringView(w))
            return v;
    }
    return std::nullopt;
}

// Every word, in the table's order: what a config file may say.
template<typename E, std::size_t N>
QStringList allWords(const Words<E, N> &words)
{
    QStringList all;
    for (const auto &entry : words)
        all.append(QString::fromUtf16(entry.second));
    return all;
}

} // namespace antrian
