// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// The vocabulary of written quantities: number words, scale words and suffixes, ordinals,
// months, units of measure and time, currencies and the qualifier phrases before a number.
// Immutable tables, built once; safe to read from any thread.

#include "core/model/numbers.h"

#include <QChar>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Synoptic::Core::NumberVocabulary {

const QHash<QString, double> &smallNumberWords();
const QHash<QString, double> &scaleWords();
const QHash<QString, double> &scaleSuffixes();
const QHash<QString, int> &ordinalWords();
bool isMonth(const QString &folded);
// Units that make a number a duration or a measure, never a count of things.
QString measureUnit(const QString &folded);
// Physical measures ("10,000 hectares") are compared between outlets; durations ("12 hours")
// are not.
NumberKind measureKind(const QString &unit);
QString currencyWord(const QString &folded);
QString currencySign(QChar c);
bool isTimeZoneWord(const QString &folded);

// A qualifier phrase before a number and its canonical class.
struct QualifierPhrase
{
    QStringList words;
    QString canonical;
};
// Longest first.
const QList<QualifierPhrase> &qualifierPhrases();

} // namespace Synoptic::Core::NumberVocabulary
