// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// General vocabulary for the story generator: synonyms of common news words, filler phrases a
// rewriter adds, boilerplate lines and words for unrelated (foreign) paragraphs. Not taken from
// any test article.

#include <utility>

namespace Synoptic::Testing::Lexicon {

inline constexpr std::pair<const char16_t *, const char16_t *> synonyms[] = {
    {u"said", u"stated"}, {u"told", u"informed"}, {u"reported", u"announced"}, {u"warned", u"cautioned"},
    {u"more", u"over"}, {u"about", u"around"}, {u"people", u"individuals"}, {u"residents", u"inhabitants"},
    {u"town", u"city"}, {u"began", u"started"}, {u"start", u"begin"}, {u"opened", u"set up"},
    {u"rejected", u"dismissed"}, {u"accused", u"blamed"}, {u"delaying", u"postponing"}, {u"planned", u"proposed"},
    {u"approved", u"authorised"}, {u"expected", u"forecast"}, {u"highest", u"greatest"}, {u"early", u"soon"},
    {u"shortly", u"soon"}, {u"concern", u"priority"}, {u"everyone", u"everybody"}, {u"taken", u"brought"},
    {u"rescued", u"saved"}, {u"deaths", u"fatalities"}, {u"attack", u"assault"}, {u"attacks", u"assaults"},
    {u"strikes", u"raids"}, {u"killed", u"left dead"}, {u"injured", u"wounded"}, {u"officials", u"authorities"},
    {u"government", u"administration"}, {u"talks", u"negotiations"}, {u"deal", u"agreement"}, {u"ready", u"prepared"},
    {u"war", u"conflict"}, {u"largest", u"biggest"}, {u"capital", u"capital city"}, {u"country", u"nation"},
    {u"president", u"leader"}, {u"minister", u"secretary"}, {u"meeting", u"session"}, {u"comments", u"remarks"},
    {u"urged", u"called on"}, {u"criticism", u"criticisms"}, {u"further", u"additional"}, {u"buildings", u"premises"},
    {u"homes", u"houses"}, {u"help", u"aid"}, {u"quickly", u"rapidly"}, {u"huge", u"vast"},
    {u"damage", u"destruction"}, {u"increase", u"rise"}, {u"decision", u"choice"}, {u"plan", u"proposal"},
    {u"week", u"seven days"}, {u"hospital", u"clinic"}, {u"police", u"officers"}, {u"funding", u"money"},
    {u"ground", u"land"}, {u"several", u"a number of"}, {u"many", u"numerous"}, {u"important", u"significant"},
};

inline constexpr const char16_t *fillers[] = {
    u"officials said", u"according to reports", u"it was reported", u"sources said", u"local media reported",
    u"the statement said", u"witnesses said", u"as of Tuesday", u"a spokesperson confirmed", u"it emerged"};

inline constexpr const char16_t *boilerplate[] = {
    u"Sign up for our morning newsletter to get the day's top stories.",
    u"Follow us on social media for live updates and breaking news.",
    u"This article was produced with the help of a news agency feed.",
    u"Copyright all rights reserved. Reproduction without permission is prohibited.",
    u"Share this article with your friends and family.",
    u"Comments are closed for this story.",
    u"Support independent journalism by subscribing today.",
    u"Read more stories from our national desk."};

// Everyday words for unrelated paragraphs (sports, markets, culture, weather).
inline constexpr const char16_t *foreignWords[] = {
    u"league", u"season", u"goal", u"coach", u"striker", u"stadium", u"fans", u"transfer", u"match", u"champion",
    u"shares", u"index", u"investors", u"quarter", u"profit", u"earnings", u"bond", u"yields", u"currency", u"traders",
    u"album", u"festival", u"director", u"premiere", u"audience", u"gallery", u"novel", u"actor", u"concert", u"review",
    u"recipe", u"garden", u"holiday", u"beach", u"museum", u"restaurant", u"chef", u"menu", u"tourists", u"hotel",
    u"software", u"startup", u"smartphone", u"battery", u"network", u"users", u"platform", u"update", u"chip", u"data",
    u"school", u"pupils", u"teachers", u"exam", u"university", u"students", u"library", u"lecture", u"degree", u"campus",
    u"vaccine", u"clinic", u"patients", u"doctors", u"study", u"trial", u"nutrition", u"sleep", u"exercise", u"diet",
    u"election", u"candidate", u"polls", u"ballot", u"campaign", u"voters", u"debate", u"senate", u"mayor", u"budget",
    u"bridge", u"traffic", u"airport", u"flights", u"tickets", u"railway", u"cyclists", u"parking", u"road", u"tunnel",
    u"won", u"lost", u"announced", u"launched", u"praised"};

inline constexpr const char16_t *glueWords[] = {
    u"the", u"a", u"of", u"and", u"in", u"on", u"for", u"with", u"at", u"after", u"before", u"new",
    u"last", u"this", u"their", u"its", u"was", u"were", u"has", u"have", u"by", u"from", u"to", u"as"};

} // namespace Synoptic::Testing::Lexicon
