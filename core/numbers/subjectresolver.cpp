// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/numbers/subjectresolver.h"

#include "core/numbers/measureunits.h"

#include <QStringList>

#include <algorithm>

namespace Synoptic::Core {

namespace {


using Tokens = QList<Token>;

QString gapBetween(QStringView text, const Tokens &tokens, qsizetype left, qsizetype right)
{
    const qsizetype from = left < 0 ? 0 : tokens[left].end;
    const qsizetype to = right >= tokens.size() ? text.size() : tokens[right].start;
    return TextNormalizer::foldPunctuation(text.sliced(from, std::max<qsizetype>(0, to - from)));
}

// Punctuation that ends a clause: a subject is never looked for across it.
bool clauseBreak(const QString &gap)
{
    for (QChar c : gap) {
        if (c == u',' || c == u';' || c == u':' || c == u'(' || c == u')' || c == u'"' || c == u'.'
            || c == u'!' || c == u'?' || c == u'[' || c == u']')
            return true;
    }
    // A spaced dash sets off an aside ("12 people - including children - were killed").
    return gap.contains(u" - ");
}

bool sentenceBreak(const Tokens &tokens, qsizetype left, const QString &gap)
{
    if (!(gap.contains(u'.') || gap.contains(u'!') || gap.contains(u'?')))
        return false;
    const Token &before = tokens[left];
    if (gap.trimmed().startsWith(u'.')) {
        // Initials and abbreviations: "U.S.", "Mr.", "Gen."
        static const QStringList abbreviations = {QStringLiteral("mr"), QStringLiteral("mrs"),
            QStringLiteral("ms"), QStringLiteral("dr"), QStringLiteral("st"), QStringLiteral("gen"),
            QStringLiteral("col"), QStringLiteral("lt"), QStringLiteral("sgt"),
            QStringLiteral("prof"), QStringLiteral("rep"), QStringLiteral("sen"),
            QStringLiteral("gov"), QStringLiteral("no"), QStringLiteral("vs"),
            QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("aug"),
            QStringLiteral("sept"), QStringLiteral("oct"), QStringLiteral("nov"),
            QStringLiteral("dec"), QStringLiteral("approx")};
        if ((before.folded.size() == 1 && !before.number) || abbreviations.contains(before.folded))
            return false;
    }
    const Token &after = tokens[left + 1];
    return after.capitalised || after.number || !after.folded.front().isLetter();
}

bool isRisingWord(const QString &folded)
{
    static const QStringList words = {QStringLiteral("rose"), QStringLiteral("risen"),
        QStringLiteral("rise"), QStringLiteral("rises"), QStringLiteral("rising"),
        QStringLiteral("climbed"), QStringLiteral("climbs"), QStringLiteral("climbing"),
        QStringLiteral("increased"), QStringLiteral("increasing"), QStringLiteral("jumped"),
        QStringLiteral("grew"), QStringLiteral("grown"), QStringLiteral("growing"),
        QStringLiteral("mounted"), QStringLiteral("mounting"), QStringLiteral("swelled"),
        QStringLiteral("swollen"), QStringLiteral("soared"), QStringLiteral("surged")};
    return words.contains(folded);
}

// Words that tie a toll to its number: "the death toll has risen to 12", "deaths stood at 12".
bool isLinker(const QString &folded)
{
    static const QStringList words = {QStringLiteral("to"), QStringLiteral("at"),
        QStringLiteral("of"), QStringLiteral("reached"), QStringLiteral("reaches"),
        QStringLiteral("hit"), QStringLiteral("is"), QStringLiteral("was"), QStringLiteral("were"),
        QStringLiteral("are"), QStringLiteral("totalled"), QStringLiteral("totaled"),
        QStringLiteral("totals"), QStringLiteral("numbered"), QStringLiteral("now"),
        QStringLiteral("stood"), QStringLiteral("stands"), QStringLiteral("topped"),
        QStringLiteral("passed"), QStringLiteral("exceeded")};
    return words.contains(folded);
}

bool isAttributionVerb(const QString &folded)
{
    static const QStringList words = {QStringLiteral("said"), QStringLiteral("says"),
        QStringLiteral("reported"), QStringLiteral("reports"), QStringLiteral("told"),
        QStringLiteral("announced"), QStringLiteral("stated"), QStringLiteral("claimed"),
        QStringLiteral("confirmed"), QStringLiteral("added"), QStringLiteral("wrote"),
        QStringLiteral("posted"), QStringLiteral("tweeted")};
    return words.contains(folded);
}

bool isPreposition(const QString &folded)
{
    static const QStringList words = {QStringLiteral("after"), QStringLiteral("in"),
        QStringLiteral("at"), QStringLiteral("on"), QStringLiteral("from"),
        QStringLiteral("during"), QStringLiteral("since"), QStringLiteral("for"),
        QStringLiteral("by"), QStringLiteral("with"), QStringLiteral("near"),
        QStringLiteral("before"), QStringLiteral("across"), QStringLiteral("into"),
        QStringLiteral("inside"), QStringLiteral("outside"), QStringLiteral("over"),
        QStringLiteral("under"), QStringLiteral("when"), QStringLiteral("as"), QStringLiteral("to"),
        QStringLiteral("than")};
    return words.contains(folded);
}

bool isLocative(const QString &folded)
{
    static const QStringList words
        = {QStringLiteral("in"), QStringLiteral("on"), QStringLiteral("at"), QStringLiteral("of"),
            QStringLiteral("near"), QStringLiteral("outside"), QStringLiteral("from"),
            QStringLiteral("across"), QStringLiteral("inside")};
    return words.contains(folded);
}

bool isFallingWord(const QString &folded)
{
    static const QStringList words
        = {QStringLiteral("fell"), QStringLiteral("fallen"), QStringLiteral("falls"),
            QStringLiteral("dropped"), QStringLiteral("drops"), QStringLiteral("declined"),
            QStringLiteral("decreased"), QStringLiteral("slipped"), QStringLiteral("shrank"),
            QStringLiteral("plunged"), QStringLiteral("tumbled"), QStringLiteral("gained"),
            QStringLiteral("lost"), QStringLiteral("added"), QStringLiteral("cut")};
    return words.contains(folded);
}

// Words that open an aside inside a counted phrase: "12 people, including three children, were
// killed".
bool isAsideOpener(const QString &folded)
{
    static const QStringList words = {QStringLiteral("including"), QStringLiteral("among"),
        QStringLiteral("mostly"), QStringLiteral("mainly"), QStringLiteral("many"),
        QStringLiteral("most"), QStringLiteral("all"), QStringLiteral("some")};
    return words.contains(folded);
}

// A word that can be the noun a compound figure describes ("oath" in "the 35-word oath").
bool isNounLike(const Token &t)
{
    if (t.number || t.stopWord || t.folded.size() < 3 || !t.folded.front().isLetter())
        return false;
    return !t.folded.endsWith(u"ed") && !t.folded.endsWith(u"ing") && !t.folded.endsWith(u"ly")
        && !t.folded.endsWith(u"'s");
}

// Common adjective endings ("presidential", "criminal", "historic", "extensive").
bool isAdjectiveLike(const QString &folded)
{
    static const QStringList endings = {QStringLiteral("al"), QStringLiteral("ic"),
        QStringLiteral("ive"), QStringLiteral("ous"), QStringLiteral("ary"), QStringLiteral("ful"),
        QStringLiteral("ian")};
    return std::any_of(endings.cbegin(), endings.cend(),
        [&](const QString &e) { return folded.size() > e.size() + 2 && folded.endsWith(e); });
}

bool isDayOrMonth(const QString &folded)
{
    static const QStringList names = {QStringLiteral("monday"), QStringLiteral("tuesday"),
        QStringLiteral("wednesday"), QStringLiteral("thursday"), QStringLiteral("friday"),
        QStringLiteral("saturday"), QStringLiteral("sunday"), QStringLiteral("january"),
        QStringLiteral("february"), QStringLiteral("march"), QStringLiteral("april"),
        QStringLiteral("may"), QStringLiteral("june"), QStringLiteral("july"),
        QStringLiteral("august"), QStringLiteral("september"), QStringLiteral("october"),
        QStringLiteral("november"), QStringLiteral("december")};
    return names.contains(folded);
}

bool isYearPreposition(const QString &folded)
{
    return folded == u"since" || folded == u"in" || folded == u"from" || folded == u"between"
        || folded == u"until" || folded == u"through";
}

bool isMoneyPreposition(const QString &folded)
{
    return folded == u"in" || folded == u"on" || folded == u"for" || folded == u"to";
}

// A price follows these: "the ad buy cost $400,000", "a contract worth $2bn".
bool isPriceWord(const QString &folded)
{
    static const QStringList words = {QStringLiteral("cost"), QStringLiteral("costs"),
        QStringLiteral("costing"), QStringLiteral("priced"), QStringLiteral("worth"),
        QStringLiteral("valued")};
    return words.contains(folded);
}

bool isRateUnit(const QString &folded)
{
    static const QStringList units
        = {QStringLiteral("hour"), QStringLiteral("day"), QStringLiteral("night"),
            QStringLiteral("week"), QStringLiteral("month"), QStringLiteral("year")};
    return units.contains(folded);
}

struct Sentence
{
    qsizetype first = 0;
    qsizetype last = -1; // inclusive
};

QList<Sentence> sentencesOf(QStringView text, const Tokens &tokens)
{
    QList<Sentence> out;
    if (tokens.isEmpty())
        return out;
    Sentence current;
    for (qsizetype k = 0; k + 1 < tokens.size(); ++k) {
        if (sentenceBreak(tokens, k, gapBetween(text, tokens, k, k + 1))) {
            current.last = k;
            out.append(current);
            current.first = k + 1;
        }
    }
    current.last = tokens.size() - 1;
    out.append(current);
    return out;
}

} // namespace

QList<ResolvedMention> SubjectResolver::resolve(QStringView text, const QList<Token> &tokens,
    const QList<ExtractedNumber> &numbers, int article, int paragraph) const
{
    QList<ResolvedMention> out;
    const QList<Sentence> sentences = sentencesOf(text, tokens);
    const auto gap
        = [&](qsizetype left, qsizetype right) { return gapBetween(text, tokens, left, right); };
    const auto folded = [&](qsizetype k) -> QString {
        return k >= 0 && k < tokens.size() ? tokens[k].folded : QString();
    };

    // Tokens that belong to a number: a window never runs through another number.
    QList<int> numberAt(tokens.size(), -1);
    for (qsizetype n = 0; n < numbers.size(); ++n) {
        for (qsizetype k = numbers[n].firstToken; k <= numbers[n].lastToken && k < tokens.size();
             ++k)
            numberAt[k] = int(n);
    }
    QList<qsizetype> subjectEnd(
        numbers.size(), -1); // last token of the subject found after each number

    for (qsizetype n = 0; n < numbers.size(); ++n) {
        const ExtractedNumber &number = numbers[n];
        ResolvedMention resolved;
        NumberMention &m = resolved.mention;
        m.article = article;
        m.paragraph = paragraph;
        m.start = number.start;
        m.end = number.end;
        m.kind = number.kind;
        m.value = number.value;
        m.low = number.low;
        m.high = number.high;
        m.qualifier = number.qualifier;
        m.unit = number.unit;
        resolved.vague = number.vague;
        resolved.stated = number.stated;

        qsizetype s = 0;
        while (s + 1 < sentences.size() && sentences[s].last < number.firstToken)
            ++s;
        resolved.sentence = int(s);
        const Sentence sentence = sentences.value(s);

        // Context: the sentence's content words minus numbers and lexicon words, which every
        // sentence about the same count shares whether or not it is the same event.
        for (qsizetype k = sentence.first; k <= sentence.last; ++k) {
            if (const auto match = m_lexicon.matchAt(tokens, k)) {
                k += match->length - 1;
                continue;
            }
            const Token &t = tokens[k];
            if (!t.stopWord && !t.number && numberAt[k] < 0 && t.folded.size() >= 3)
                resolved.context.insert(t.stem);
            // "in Kyiv", "of the Veldra valley"
            const bool afterLocative = (isLocative(folded(k - 1)) && !clauseBreak(gap(k - 1, k)))
                || (folded(k - 1) == u"the" && isLocative(folded(k - 2)));
            // "on Tuesday", "in March" say when, not where.
            if (t.capitalised && !t.number && k > sentence.first && afterLocative
                && !isDayOrMonth(t.folded)) {
                QString place = t.folded;
                if (place.endsWith(u"'s"))
                    place.chop(2);
                resolved.places.insert(place);
            }
        }

        // "a 48-page indictment", "the 35-word oath": a count joined by a hyphen to its unit and
        // followed by what it measures. The thing and the unit are the subject, whatever verb
        // follows ("the 54-page indictment was released" counts pages, not releases).
        qsizetype compoundHead = -1;
        if (number.kind == NumberKind::Count && !number.vague) {
            const qsizetype unit = number.lastToken + 1;
            if (unit + 1 <= sentence.last && gap(number.lastToken, unit) == u"-"
                && isNounLike(tokens[unit]) && gap(unit, unit + 1) == u" "
                && !m_lexicon.matchAt(tokens, unit)) {
                qsizetype head = unit + 1;
                // Over one adjective: "a 35-word presidential oath".
                if (head + 1 <= sentence.last && gap(head, head + 1) == u" "
                    && isNounLike(tokens[head + 1]) && isAdjectiveLike(tokens[head].folded))
                    ++head;
                if (isNounLike(tokens[head]) && numberAt[head] < 0 && !m_lexicon.matchAt(tokens, head)) {
                    QString unitWord = tokens[unit].folded;
                    if (!unitWord.endsWith(u's'))
                        unitWord += u's';
                    m.subject = tokens[head].folded + u' ' + unitWord;
                    resolved.thing = m.subject;
                    compoundHead = head;
                }
            }
        }

        const bool compared = number.kind == NumberKind::Count || number.kind == NumberKind::Money
            || number.kind == NumberKind::Percent;
        qsizetype endToken = number.lastToken;
        if (compoundHead >= 0) {
            endToken = compoundHead;
            m.end = tokens[compoundHead].end;
        } else if (compared) {
            // After the number: the counted noun (within a few words) and the event.
            std::optional<NumberLexicon::Match> head;
            qsizetype headEnd = -1;
            QStringList things;
            QString event;
            qsizetype eventEnd = -1;
            qsizetype limit = std::min(sentence.last, number.lastToken + 7);
            qsizetype resumeAt = -1;
            for (qsizetype k = number.lastToken + 1; k <= limit; ++k) {
                if (clauseBreak(gap(k - 1, k)) && k != resumeAt) {
                    // "12 people, including three children, were killed": step over the aside.
                    qsizetype close = k + 1;
                    while (close <= sentence.last && gap(close - 1, close).trimmed() != u",")
                        ++close;
                    if (head && gap(k - 1, k).trimmed() == u"," && isAsideOpener(tokens[k].folded)
                        && close <= sentence.last && close - k <= 8) {
                        resumeAt = close;
                        limit = std::min(sentence.last, close + 4);
                        k = close - 1;
                        continue;
                    }
                    break;
                }
                if (numberAt[k] >= 0)
                    break;
                const QString &w = tokens[k].folded;
                if ((w == u"and" || w == u"or" || w == u"plus") && k + 1 < tokens.size()
                    && numberAt[k + 1] >= 0)
                    break;
                // "12 after the blast": a preposition before any noun starts another phrase
                // ("of" excepted: "dozens of civilians"; money takes what it is in, on, for or
                // to: "$2bn in aid", "$250,000 on television ads", "$15 million to charity").
                if (!head && isPreposition(w)
                    && !(number.kind == NumberKind::Money && isMoneyPreposition(w)))
                    break;
                const std::optional<NumberLexicon::Match> match = m_lexicon.matchAt(tokens, k);
                // "killing at least nine people and wounding 90": past a conjunction only a
                // coordinated thing still belongs to this number, not another clause's verb.
                if (w == u"and" || w == u"or" || w == u"but") {
                    const std::optional<NumberLexicon::Match> nextMatch
                        = m_lexicon.matchAt(tokens, k + 1);
                    if (!head || !nextMatch || nextMatch->kind == NumberLexicon::Kind::Event)
                        break;
                }
                // A possessive ("the country's exports") names the owner, not what is counted;
                // a capitalised word inside the sentence is a name ("16 House-passed bills").
                if (!match || tokens[k].folded.endsWith(u"'s")
                    || (tokens[k].capitalised && k > sentence.first
                        && match->kind != NumberLexicon::Kind::Event))
                    continue;
                const qsizetype matchEnd = k + match->length - 1;
                if (match->kind == NumberLexicon::Kind::Event) {
                    event = match->canonical;
                    eventEnd = matchEnd;
                    break;
                }
                if (!head) {
                    // Further away it is rarely what the number counts; "30% of the country's
                    // grain exports" reaches a little further through "of".
                    const QString after = folded(number.lastToken + 1);
                    const qsizetype reach = after == u"of" ? 4
                        : number.kind == NumberKind::Money && isMoneyPreposition(after) ? 5
                                                                                         : 3;
                    if (k - number.lastToken - 1 > reach)
                        break;
                    head = match;
                    headEnd = matchEnd;
                    if (match->kind != NumberLexicon::Kind::Generic)
                        things.append(match->canonical);
                } else if (headEnd >= 0) {
                    // "drones and missiles": coordinated things count together.
                    bool joined = true;
                    for (qsizetype j = headEnd + 1; j < k && joined; ++j)
                        joined = tokens[j].folded == u"and" || tokens[j].folded == u"or";
                    if (joined && match->kind != NumberLexicon::Kind::Generic) {
                        things.append(match->canonical);
                        headEnd = matchEnd;
                    }
                }
                k = matchEnd;
            }
            // Rates: "5,000 soldiers a week".
            const qsizetype afterHead = (headEnd >= 0 ? headEnd : number.lastToken) + 1;
            if ((folded(afterHead) == u"a" || folded(afterHead) == u"per"
                    || folded(afterHead) == u"each" || folded(afterHead) == u"every")
                && isRateUnit(folded(afterHead + 1))
                && !clauseBreak(gap(afterHead - 1, afterHead))) {
                const QString rate = QStringLiteral("per ") + folded(afterHead + 1);
                m.unit = m.unit.isEmpty() ? rate : m.unit + u' ' + rate;
            }

            // Before the number: a verb ("killed at least 12") or a toll ("the death toll rose to
            // 12"). Money and percentages also take their subject from there ("turnout was 51.9%").
            // For money and percentages a thing tied by a linker before the number ("turnout was
            // 52% in the vote") is what is measured, more than a noun after it.
            const bool moneyLike = number.kind != NumberKind::Count;
            const bool needEvent = event.isEmpty();
            const bool needThing = moneyLike;
            const QStringList forwardThings = things;
            if (moneyLike)
                things.clear();
            if (needEvent || needThing) {
                const qsizetype before = number.firstToken - 1;
                if (before >= sentence.first && !clauseBreak(gap(before, number.firstToken))) {
                    const std::optional<NumberLexicon::Match> verb
                        = m_lexicon.matchAt(tokens, before);
                    // "rose 3%", "fell by 2%", "up 5": the figure is a change, not a level; a
                    // change never counts people, and a changed rate is kept apart from the rate.
                    const QString &bw = tokens[before].folded;
                    const bool change = isRisingWord(bw) || isFallingWord(bw) || bw == u"by"
                        || bw == u"up" || bw == u"down";
                    if (change && moneyLike)
                        m.unit += QStringLiteral(" change");
                    const bool priced = number.kind == NumberKind::Money && isPriceWord(bw);
                    if (verb && verb->kind == NumberLexicon::Kind::Event && needEvent) {
                        event = verb->canonical;
                        m.start = tokens[before].start; // "wounding 90" reads better than "90"
                    } else if (verb && verb->kind == NumberLexicon::Kind::Thing && moneyLike
                        && forwardThings.isEmpty() && !priced) {
                        // "earned $139 million", "donated $15 million": the verb says what the
                        // money is, unless the words after it say what it bought.
                        things.append(verb->canonical);
                    } else if ((change && moneyLike) || isLinker(bw) || priced) {
                        for (qsizetype k = before - 1; k >= std::max(sentence.first, before - 14);
                             --k) {
                            if (clauseBreak(gap(k, k + 1)) || numberAt[k] >= 0)
                                break;
                            const std::optional<NumberLexicon::Match> match
                                = m_lexicon.matchAt(tokens, k);
                            if (!match || k + match->length - 1 >= number.firstToken)
                                continue;
                            if (match->kind == NumberLexicon::Kind::Event && needEvent) {
                                event = match->canonical;
                                if (!needThing)
                                    break;
                            } else if (needThing
                                && (match->kind == NumberLexicon::Kind::Thing
                                    || match->kind == NumberLexicon::Kind::Rollup)) {
                                things.append(match->canonical);
                                break;
                            }
                        }
                    }
                }
            }
            // "the ad buy cost $400,000": what cost it, else the price itself.
            if (number.kind == NumberKind::Money && things.isEmpty() && forwardThings.isEmpty()
                && number.firstToken > sentence.first
                && isPriceWord(folded(number.firstToken - 1)))
                things.append(QStringLiteral("cost"));
            if (moneyLike && things.isEmpty())
                things = forwardThings;
            for (qsizetype k = number.firstToken - 1;
                 k >= std::max(sentence.first, number.firstToken - 4); --k) {
                if (clauseBreak(gap(k, k + 1)))
                    break;
                // "the toll was later raised to 23": an update, though "raised" is no change of
                // a money figure ("raised $2m").
                const QString &w = tokens[k].folded;
                if (isRisingWord(w) || w == u"raised" || w == u"revised" || w == u"updated")
                    resolved.rising = true;
            }

            QString thing;
            if (things.size() == 1) {
                thing = things.first();
            } else if (things.size() > 1) {
                thing = m_lexicon.rollupOf(things);
                if (thing.isEmpty()) {
                    things.removeDuplicates();
                    thing = things.join(QStringLiteral(" and "));
                }
            }
            resolved.thing = thing;
            resolved.event = event;
            if (!thing.isEmpty() && !event.isEmpty())
                m.subject = thing + u' ' + event;
            else
                m.subject = thing.isEmpty() ? event : thing;

            // The mention's text reaches over the subject words that follow the number closely.
            const qsizetype subjectLast = std::max(headEnd, eventEnd);
            if (subjectLast > number.lastToken && subjectLast - number.lastToken <= 5) {
                endToken = subjectLast;
                m.end = tokens[subjectLast].end;
            }
        }
        // A physical measure is compared with the others in its unit ("10,000 hectares" and
        // "12,000 hectares"); which of them describe the same thing is the comparer's evidence
        // (aligned paragraphs, shared wording), as for counts.
        const bool measure = number.kind == NumberKind::Measure;
        if (measure) {
            const std::optional<MeasureUnit> info = measureUnitInfo(number.unit);
            m.subject = info ? info->dimension : number.unit;
        }
        // A year an event is dated to ("has led the party since 2002", "served from 2004 to
        // 2011"): the words of its clause say which event, for comparing it across outlets.
        if (number.kind == NumberKind::Date && number.firstToken > sentence.first
            && numberAt[number.firstToken - 1] < 0 && isYearPreposition(folded(number.firstToken - 1))
            && tokens[number.firstToken].number && tokens[number.firstToken].folded.size() == 4) {
            const qsizetype prep = number.firstToken - 1;
            resolved.yearPreposition = tokens[prep].folded;
            qsizetype from = prep;
            while (from - 1 >= sentence.first && !clauseBreak(gap(from - 1, from))
                && numberAt[from - 1] < 0 && prep - from < 12)
                --from;
            for (qsizetype k = from; k < prep; ++k) {
                const Token &t = tokens[k];
                if (t.stopWord || t.number || t.folded.size() < 3)
                    continue;
                resolved.clause.insert(t.stem);
                if (t.capitalised)
                    resolved.clauseNames.insert(t.folded);
            }
            if (from < prep)
                resolved.clauseText
                    = text.sliced(tokens[from].start, tokens[prep].end - tokens[from].start)
                          .toString();
        }

        subjectEnd[n] = endToken;
        m.text = text.sliced(m.start, m.end - m.start).toString();

        // The attributed source nearest the number in its sentence.
        if ((compared || measure) && !m.subject.isEmpty()) {
            qsizetype best = -1;
            qsizetype bestDistance = tokens.size() + 1;
            for (qsizetype k = sentence.first; k <= sentence.last; ++k) {
                const bool according = folded(k) == u"according" && folded(k + 1) == u"to";
                if (!according && !isAttributionVerb(folded(k)))
                    continue;
                // "100 were injured, according to the hospital, and 5,000 evacuated": a trailing
                // "according to" belongs to the figures before it.
                if (according && number.firstToken > k) {
                    const bool earlierFigure = std::any_of(
                        numbers.cbegin(), numbers.cend(), [&](const ExtractedNumber &o) {
                            return o.firstToken >= sentence.first && o.lastToken < k;
                        });
                    if (earlierFigure)
                        continue;
                }
                const qsizetype distance = std::abs(k - number.firstToken);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = k;
                }
            }
            if (best >= 0) {
                qsizetype from = -1;
                qsizetype to = -1;
                if (folded(best) == u"according") {
                    from = best + 2;
                    to = from;
                    while (to + 1 <= sentence.last && to + 1 - from < 8
                        && !clauseBreak(gap(to, to + 1)))
                        ++to;
                } else {
                    // "Ukraine's air force said": the noun phrase before the verb.
                    to = best - 1;
                    from = to;
                    if (to >= sentence.first && !clauseBreak(gap(to, best))
                        && !tokens[to].stopWord) {
                        while (from - 1 >= sentence.first && to - from < 5
                            && !clauseBreak(gap(from - 1, from))
                            && (!tokens[from - 1].stopWord || tokens[from - 1].folded == u"of"
                                || tokens[from - 1].folded == u"the")
                            && numberAt[from - 1] < 0)
                            --from;
                        while (from <= to
                            && (tokens[from].folded == u"the" || tokens[from].folded == u"of"))
                            ++from;
                    } else if (best + 1 <= sentence.last && tokens[best + 1].capitalised) {
                        // "..., said Ihor Klymenko": inverted attribution.
                        from = to = best + 1;
                        while (to + 1 <= sentence.last && tokens[to + 1].capitalised
                            && !clauseBreak(gap(to, to + 1)))
                            ++to;
                    } else {
                        from = to + 1; // nothing usable
                    }
                }
                // "the strikes, which Russia claimed targeted ...": a relative clause attributes
                // something else than the figure.
                const QString opener = folded(from - 1);
                if (opener == u"which" || opener == u"that" || opener == u"who"
                    || opener == u"whom")
                    from = to + 1;
                if (from >= 0 && from <= to && to < tokens.size())
                    m.source = text.sliced(tokens[from].start, tokens[to].end - tokens[from].start)
                                   .toString();
            }
        }
        out.append(std::move(resolved));
    }

    // Mentions listed together: "70 missiles and 145 drones", "12 killed and 90 injured".
    int nextCoordination = 1;
    for (qsizetype n = 0; n + 1 < out.size(); ++n) {
        if (out[n].sentence != out[n + 1].sentence || out[n].mention.subject.isEmpty()
            || out[n + 1].mention.subject.isEmpty())
            continue;
        // A list names things of one sort: "70 missiles and 145 drones", "12 killed and 90
        // injured".
        if (out[n].thing.isEmpty() != out[n + 1].thing.isEmpty())
            continue;
        bool joined = true;
        for (qsizetype k = subjectEnd[n] + 1; k < numbers[n + 1].firstToken && joined; ++k) {
            const QString &w = tokens[k].folded;
            joined = w == u"and" || w == u"or" || w == u"plus" || w == u"as" || w == u"well";
            // "killed 12 people and injured 90": the next figure's own verb may stand before it.
            if (!joined && k + 1 == numbers[n + 1].firstToken) {
                const auto verb = m_lexicon.matchAt(tokens, k);
                joined = verb && verb->kind == NumberLexicon::Kind::Event && verb->length == 1;
            }
        }
        for (qsizetype k = subjectEnd[n] + 1; k <= numbers[n + 1].firstToken && joined; ++k) {
            const QString g = gap(k - 1, k).trimmed();
            joined = g.isEmpty() || g == u",";
        }
        if (!joined)
            continue;
        if (out[n].coordination < 0)
            out[n].coordination = nextCoordination++;
        out[n + 1].coordination = out[n].coordination;
    }
    return out;
}

} // namespace Synoptic::Core
