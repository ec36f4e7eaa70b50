// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/quotes/speakerattributor.h"

#include "core/quotes/narrationview.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Synoptic::Core {

namespace {

constexpr QChar kMask = kQuoteMask;
using Mention = NameMention;
using ParaView = NarrationView;
using Sentence = NarrationSentence;
using QuoteSpan = NarrationQuoteSpan;

bool isPronoun(const QString &folded, int *gender = nullptr)
{
    if (folded == u"he") {
        if (gender)
            *gender = 1;
        return true;
    }
    if (folded == u"she") {
        if (gender)
            *gender = 2;
        return true;
    }
    return false;
}

bool isDeterminer(const QString &f)
{
    static const QSet<QString> determiners = {u"a"_s, u"an"_s, u"the"_s, u"his"_s, u"her"_s, u"their"_s, u"its"_s,
                                              u"this"_s, u"that"_s, u"our"_s, u"my"_s, u"your"_s, u"whose"_s};
    return determiners.contains(f);
}

int editDistance(QStringView a, QStringView b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diag = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diag = up;
        }
    }
    return row[b.size()];
}

// Body paragraphs, and a short "X said in a statement:" that the importer took for a subheading:
// it introduces the quotation after it.
bool readsAsNarration(const Paragraph &p)
{
    return p.role == ParagraphRole::Body || (p.role == ParagraphRole::Subhead && p.text.trimmed().endsWith(u':'));
}

// The written-out form of an abbreviated title ("gov" -> "governor").
QString fullTitle(const QString &folded)
{
    static const QHash<QString, QString> full = {
        {u"gov"_s, u"governor"_s}, {u"sen"_s, u"senator"_s}, {u"rep"_s, u"representative"_s},
        {u"gen"_s, u"general"_s}, {u"pres"_s, u"president"_s}, {u"sec"_s, u"secretary"_s},
        {u"atty"_s, u"attorney"_s}, {u"lt"_s, u"lieutenant"_s}, {u"col"_s, u"colonel"_s},
        {u"capt"_s, u"captain"_s}, {u"sgt"_s, u"sergeant"_s}, {u"adm"_s, u"admiral"_s},
        {u"prof"_s, u"professor"_s}, {u"rev"_s, u"reverend"_s}, {u"supt"_s, u"superintendent"_s},
        // "Rep. X" is "the congressman" in the same story.
        {u"congressman"_s, u"representative"_s}, {u"congresswoman"_s, u"representative"_s}};
    return full.value(folded, folded);
}

bool nearSpelling(const QString &a, const QString &b, qsizetype minLength = 5)
{
    if (a == b)
        return true;
    if (std::min(a.size(), b.size()) < minLength || a.front() != b.front() || std::abs(a.size() - b.size()) > 1)
        return false;
    return editDistance(a, b) <= 1;
}

} // namespace

// ---------------------------------------------------------------------------------------------

SpeakerAttributor::SpeakerAttributor(const QuoteLexicon &lexicon, const TextNormalizer &normalizer,
                                     const QList<SpellingVariant> &variants)
    : m_lexicon(lexicon)
    , m_normalizer(normalizer)
{
    for (const SpellingVariant &variant : variants) {
        if (variant.state == SpellingVariant::State::Rejected || variant.forms.isEmpty())
            continue;
        const QString main = variant.forms.front().toCaseFolded();
        for (const QString &form : variant.forms)
            m_variantOf.insert(form.toCaseFolded(), main);
    }
}

QString SpeakerAttributor::surnameKey(const QString &foldedSurname) const
{
    const QString f = withoutPossessive(foldedSurname);
    return m_variantOf.value(f, f);
}

void SpeakerAttributor::learn(const QList<Article> &articles, const QList<QList<ExtractedQuote>> &quotes)
{
    QList<ParaView> views;
    for (qsizetype a = 0; a < articles.size(); ++a) {
        const Article &article = articles[a];
        QHash<int, QList<QuoteSpan>> spans;
        const QList<ExtractedQuote> none;
        const QList<ExtractedQuote> &qs = a < quotes.size() ? quotes[a] : none;
        for (int q = 0; q < qs.size(); ++q) {
            for (int s = 0; s < qs[q].spans.size(); ++s)
                spans[qs[q].spans[s].paragraph].append({qs[q].spans[s].start, qs[q].spans[s].end, q, s});
        }
        for (const Paragraph &p : article.paragraphs) {
            if (readsAsNarration(p))
                views.append(makeNarrationView(p.index, p.text, spans.value(p.index), m_normalizer));
        }
    }
    // Words the story capitalises inside sentences are proper names.
    for (const ParaView &v : std::as_const(views)) {
        for (const Sentence &s : v.sentences) {
            bool first = true;
            for (const Token &t : v.tokens) {
                if (t.start < s.start || t.start >= s.end)
                    continue;
                // '"...," Lavrov said': a word right after a quote is inside the sentence.
                if (first && QStringView(v.masked).sliced(s.start, t.start - s.start).contains(kMask))
                    first = false;
                if (!first && t.capitalised && !t.number)
                    m_properWords.insert(withoutPossessive(t.folded));
                first = false;
            }
        }
    }
    QHash<QString, QString> alias; // surname -> merged key
    QHash<std::pair<QChar, qsizetype>, QStringList> buckets; // keys by (first letter, length)
    int order = 0;
    for (ParaView &v : views) {
        findMentions(v, m_lexicon, &m_properWords);
        for (const Mention &m : std::as_const(v.mentions)) {
            const QString surname = surnameKey(v.tokens[m.last].folded);
            QString key = alias.value(surname);
            if (key.isEmpty()) {
                key = surname;
                // Near spellings ("Zelensky" / "Zelenskyy") share a first letter and differ in length
                // by at most one: look only there, in order of first appearance.
                const QChar initial = surname.isEmpty() ? QChar() : surname.front();
                for (qsizetype len = surname.size() - 1; len <= surname.size() + 1 && key == surname; ++len) {
                    for (const QString &known : std::as_const(buckets[{initial, len}])) {
                        if (nearSpelling(known, surname)) {
                            key = known;
                            break;
                        }
                    }
                }
                if (key == surname)
                    buckets[{initial, surname.size()}].append(surname);
                alias.insert(surname, key);
            }
            Person &p = m_people[key];
            p.key = key;
            if (m.name.size() >= 2) {
                const QString full = m.name.join(u' ');
                if (!p.fullNames.contains(full))
                    p.order.append(full);
                p.fullNames[full] += 1;
            } else if (p.single.isEmpty()) {
                p.single = m.name.front();
            }
            p.descriptor.unite(m.descriptor);
            for (const QString &d : m.descriptor)
                p.descriptor.insert(fullTitle(d)); // "Gov." and "the governor" are one title
            for (const QString &d : m.descriptor) {
                if (m_lexicon.isTitle(d))
                    p.evidence = true;
                if (m_lexicon.isMaleTitle(d))
                    p.gender = 1;
                else if (m_lexicon.isFemaleTitle(d))
                    p.gender = 2;
            }
            if (m.name.size() >= 2 && !m.possessive && m.last + 1 < v.tokens.size()) {
                // "Olena Davydiuk, a lawyer" / "Mark Rutte told": a multi-word name that is a person.
                const QStringView g = v.gap(m.last, m.last + 1);
                const QString &next = v.tokens[m.last + 1].folded;
                if ((g.trimmed() == u"," && (next == u"a" || next == u"an" || next == u"who"))
                    || (g == u" " && m_lexicon.isSpeechVerb(next)))
                    p.evidence = true;
            }
        }
        ++order;
    }
    for (auto it = m_people.begin(); it != m_people.end(); ++it) {
        Person &p = *it;
        if (!p.fullNames.isEmpty()) {
            QString best;
            int bestCount = -1;
            for (const QString &form : std::as_const(p.order)) {
                if (p.fullNames.value(form) > bestCount) {
                    best = form;
                    bestCount = p.fullNames.value(form);
                }
            }
            p.canonical = best;
        } else {
            p.canonical = p.single;
        }
        m_canonicalToKey.insert(p.canonical, p.key);
    }
    for (auto it = alias.cbegin(); it != alias.cend(); ++it) {
        if (it.key() != it.value())
            m_variantOf.insert(it.key(), it.value());
    }
}

const SpeakerAttributor::Person *SpeakerAttributor::person(const QString &canonical) const
{
    const auto it = m_canonicalToKey.constFind(canonical);
    if (it == m_canonicalToKey.constEnd())
        return nullptr;
    const auto p = m_people.constFind(*it);
    return p == m_people.constEnd() || !p->evidence ? nullptr : &*p;
}

QString SpeakerAttributor::resolveName(const Mention &mention) const
{
    if (mention.name.isEmpty())
        return {};
    const QString surname = surnameKey(mention.name.back().toCaseFolded());
    const auto it = m_people.constFind(surname);
    if (it != m_people.constEnd() && it->evidence) {
        const QStringList canonicalWords = it->canonical.split(u' ');
        if (mention.name.size() >= 2 && canonicalWords.size() >= 2) {
            const QString a = mention.name.front().toCaseFolded();
            const QString b = canonicalWords.front().toCaseFolded();
            if (!nearSpelling(a, b, 4) && !a.startsWith(b) && !b.startsWith(a))
                return mention.name.join(u' '); // another person of the same surname
        }
        return it->canonical;
    }
    if (mention.name.size() >= 2)
        return mention.name.join(u' ');
    return m_properWords.contains(mention.name.front().toCaseFolded()) ? mention.name.front() : QString();
}

QString SpeakerAttributor::resolveRole(const QSet<QString> &terms, const QStringList &recent,
                                       const QList<int> &recentSentence) const
{
    bool hasTitle = false;
    QSet<QString> wanted;
    for (const QString &t : terms) {
        hasTitle = hasTitle || m_lexicon.isTitle(t);
        wanted.insert(fullTitle(t));
    }
    if (!hasTitle)
        return {};
    QList<const Person *> found;
    for (const Person &p : m_people) {
        if (!p.evidence)
            continue;
        bool all = true;
        for (const QString &t : std::as_const(wanted))
            all = all && p.descriptor.contains(t);
        if (all)
            found.append(&p);
    }
    if (found.size() == 1)
        return found.front()->canonical;
    // Several fit ("the president" of a story with three presidents): the one named last in
    // this article, as a reader would take it, unless another was named in the same sentence;
    // none named yet: unknown.
    const auto fits = [&](const QString &name) {
        return std::any_of(found.cbegin(), found.cend(), [&](const Person *p) { return p->canonical == name; });
    };
    for (qsizetype i = recent.size() - 1; i >= 0; --i) {
        if (!fits(recent[i]))
            continue;
        for (qsizetype j = i - 1; j >= 0 && recentSentence.value(j) == recentSentence.value(i); --j) {
            if (recent[j] != recent[i] && fits(recent[j]))
                return {};
        }
        return recent[i];
    }
    return {};
}

QString SpeakerAttributor::canonicalName(const QString &name) const
{
    ParaView v = makeNarrationView(0, name, {}, m_normalizer);
    findMentions(v, m_lexicon, nullptr);
    if (v.mentions.isEmpty())
        return {};
    return resolveName(v.mentions.back());
}

// ---------------------------------------------------------------------------------------------
// One article, sentence by sentence: keeps the people recently in subject position so that
// "he said" finds its person, and the last speaker so that a bare quote after an attributed
// one inherits it.

class AttributionPass
{
public:
    AttributionPass(const SpeakerAttributor &owner, const QList<ExtractedQuote> &quotes)
        : m_owner(owner)
        , m_lexicon(owner.m_lexicon)
        , m_quotes(quotes)
        , m_speakers(quotes.size())
    {
    }

    QStringList run(QList<ParaView> &views)
    {
        for (ParaView &v : views) {
            findMentions(v, m_lexicon, &m_owner.m_properWords);
            m_views.insert(v.index, &v);
        }
        for (const ParaView &v : std::as_const(views)) {
            for (int s = 0; s < v.sentences.size(); ++s)
                sentence(v, s);
        }
        return m_speakers;
    }

private:
    struct Subject {
        QString name;
        int token = -1;
    };

    bool isPerson(const QString &name) const { return m_owner.person(name) != nullptr; }
    int genderOf(const QString &name) const
    {
        const SpeakerAttributor::Person *p = m_owner.person(name);
        return p ? p->gender : 0;
    }

    QString pronoun(const ParaView &v, int token, int gender, const Subject &sentenceSubject) const
    {
        auto fits = [&](const QString &name) {
            const int g = genderOf(name);
            return isPerson(name) && (g == 0 || g == gender);
        };
        if (!sentenceSubject.name.isEmpty() && sentenceSubject.token < token && fits(sentenceSubject.name))
            return sentenceSubject.name;
        Q_UNUSED(v)
        for (qsizetype i = m_history.size() - 1; i >= 0; --i) {
            if (fits(m_history[i]))
                return m_history[i];
        }
        // No subject fits: the last named person whose title says the pronoun's gender.
        for (qsizetype i = m_named.size() - 1; i >= 0; --i) {
            if (isPerson(m_named[i]) && genderOf(m_named[i]) == gender)
                return m_named[i];
        }
        return {};
    }

    // End of the role words after "the": titles and capitalised words, and lower-case modifiers
    // ("the four-term congressman") when a title follows them.
    int roleEnd(const ParaView &v, int from, int end) const
    {
        int e = from;
        int last = from;
        while (e < end && e < from + 4) {
            const Token &t = v.tokens[e];
            if (m_lexicon.isTitle(t.folded) || t.capitalised) {
                last = ++e;
                continue;
            }
            if (t.stopWord || m_lexicon.isSpeechVerb(t.folded) || m_lexicon.isSkippable(t.folded))
                break;
            ++e;
        }
        return last;
    }

    // "the US president", read forward from the determiner.
    QString role(const ParaView &v, int from, int to) const
    {
        QSet<QString> terms;
        QString letters;
        for (int k = from; k < to; ++k) {
            const QString f = withoutPossessive(v.tokens[k].folded);
            if (f == u"the" || f == u"a" || f == u"an" || f == u"former")
                continue;
            // "the four-term congressman": a lower-case modifier says nothing about who it is.
            if (!m_lexicon.isTitle(f) && !v.tokens[k].capitalised && f.size() > 1)
                continue;
            terms.insert(f);
            if (f.size() == 1)
                letters += f;
        }
        if (letters.size() > 1) {
            for (QChar c : std::as_const(letters))
                terms.remove(QString(c));
            terms.insert(letters);
        }
        return terms.isEmpty() ? QString() : m_owner.resolveRole(terms, m_named, m_namedIn);
    }

    // The subject phrase ending at token `last` (inclusive), read backwards.
    QString subjectEndingAt(const ParaView &v, int last, int floor, const Subject &sentenceSubject,
                            bool apposition = true) const
    {
        int k = last;
        while (k >= floor && m_lexicon.isSkippable(v.tokens[k].folded))
            --k;
        if (k < floor)
            return {};
        // ", who has often been accused of ..., said": the subject is before the clause.
        if (apposition && k + 1 < v.tokens.size() && v.gap(k, k + 1).contains(u',')) {
            int c = k;
            while (c > floor && !v.gap(c - 1, c).contains(u','))
                --c;
            if (c <= floor)
                return {};
            k = c - 1;
        }
        const QString &f = v.tokens[k].folded;
        int gender = 0;
        if (isPronoun(f, &gender))
            return pronoun(v, k, gender, sentenceSubject);
        if (f == u"who") {
            int c = k;
            if (c > floor && v.gap(c - 1, c).contains(u','))
                return subjectEndingAt(v, c - 1, floor, sentenceSubject, false);
            return {};
        }
        if (f == u"and" || f == u"but" || f == u"then" || f == u"or")
            return sentenceSubject.name;
        if (const auto it = v.mentionAtLast.constFind(k); it != v.mentionAtLast.constEnd()) {
            const Mention &m = v.mentions[*it];
            return m.possessive ? QString() : m_owner.resolveName(m);
        }
        if (m_lexicon.isTitle(f)) {
            int d = k;
            while (d > floor && d > k - 5 && v.tokens[d].folded != u"the")
                --d;
            if (v.tokens[d].folded == u"the")
                return role(v, d, k + 1);
        }
        return {};
    }

    // Subject of the sentence: after an opening clause ("In an interview with CBS, Lavrov ..."),
    // the first name, pronoun or "the <role>" in subject position.
    Subject sentenceSubject(const ParaView &v, int first, int end) const
    {
        int k = first;
        // "And Lavrov said": a sentence may open with a conjunction before its subject.
        while (k < end && (v.tokens[k].folded == u"and" || v.tokens[k].folded == u"but" || v.tokens[k].folded == u"so"))
            ++k;
        if (k < end && m_lexicon.has(u"clause-openers"_s, v.tokens[k].folded)) {
            int c = k;
            while (c + 1 < end && !v.gap(c, c + 1).contains(u','))
                ++c;
            if (c + 1 >= end)
                return {};
            k = c + 1;
        }
        for (int guard = 0; k < end && guard < 4; ++guard) {
            const QString &f = v.tokens[k].folded;
            int gender = 0;
            if (isPronoun(f, &gender))
                return {pronoun(v, k, gender, {}), k};
            if (f == u"the") {
                const int e = roleEnd(v, k + 1, end);
                return {role(v, k, e), k};
            }
            const auto it = v.mentionAtFirst.constFind(k);
            if (it == v.mentionAtFirst.constEnd())
                return {};
            const Mention &m = v.mentions[*it];
            if (m.possessive) {
                // "Trump's envoy Steve Witkoff": skip the owner and the role.
                k = m.last + 1;
                while (k < end && m_lexicon.isTitle(v.tokens[k].folded) && !v.mentionAtFirst.contains(k))
                    ++k;
                continue;
            }
            const QString name = m_owner.resolveName(m);
            if (name.isEmpty())
                return {};
            // A person in first position is the subject; anything else only before a verb-like word.
            if (isPerson(name))
                return {name, m.last};
            if (m.last + 1 < end) {
                const QString &next = v.tokens[m.last + 1].folded;
                if (m_lexicon.isSpeechVerb(next) || m_lexicon.isSkippable(next) || next.endsWith(u"ed"))
                    return {name, m.last};
            }
            return {};
        }
        return {};
    }

    // '"...," Lavrov said' / '"...," said Lavrov' / '"...," he added' / '"...," the minister said'.
    QString after(const ParaView &v, qsizetype quoteEnd, qsizetype limit, const Subject &subject) const
    {
        int k = v.firstTokenAt(quoteEnd);
        int end = v.firstTokenAt(limit);
        if (k >= end)
            return {};
        const QStringView lead = QStringView(v.masked).sliced(quoteEnd, v.tokens[k].start - quoteEnd);
        for (QChar c : lead) {
            if (!(c.isSpace() || c == u',' || c == u'-' || c == u'\u2013' || c == u'\u2014'))
                return {};
        }
        const QString &f = v.tokens[k].folded;
        if (f == u"according" && k + 2 < end && v.tokens[k + 1].folded == u"to") {
            if (const auto it = v.mentionAtFirst.constFind(k + 2); it != v.mentionAtFirst.constEnd())
                return v.mentions[*it].possessive ? QString() : m_owner.resolveName(v.mentions[*it]);
            return {};
        }
        if (m_lexicon.isInvertibleVerb(f) && k + 1 < end) {
            const QString &g = v.tokens[k + 1].folded;
            int gender = 0;
            if (isPronoun(g, &gender))
                return pronoun(v, k + 1, gender, subject);
            if (g == u"the") {
                const int e = roleEnd(v, k + 2, end);
                return role(v, k + 1, e);
            }
            if (const auto it = v.mentionAtFirst.constFind(k + 1); it != v.mentionAtFirst.constEnd())
                return v.mentions[*it].possessive ? QString() : m_owner.resolveName(v.mentions[*it]);
            return {};
        }
        // Subject first: a pronoun, a name run, or "the <role>", then (adverbs and) a speech verb.
        int i = k;
        int gender = 0;
        enum { None, Pron, Name, Role } kind = None;
        int mention = -1;
        if (isPronoun(f, &gender)) {
            kind = Pron;
            i = k + 1;
        } else if (const auto it = v.mentionAtFirst.constFind(k); it != v.mentionAtFirst.constEnd()) {
            kind = Name;
            mention = *it;
            i = v.mentions[*it].last + 1;
            if (v.mentions[*it].possessive)
                return {};
        } else if (f == u"the") {
            i = roleEnd(v, k + 1, end);
            kind = Role;
        }
        if (kind == None)
            return {};
        if (kind == Name && i < end && v.gap(i - 1, i).contains(u',')) {
            // '"...," Olena Davydiuk, a lawyer, said': skip the apposition.
            int c = i;
            while (c + 1 < end && !v.gap(c, c + 1).contains(u','))
                ++c;
            i = c + 1;
        }
        while (i < end && m_lexicon.isSkippable(v.tokens[i].folded))
            ++i;
        if (i >= end || !m_lexicon.isSpeechVerb(v.tokens[i].folded) || v.tokens[i].folded == u"according")
            return {};
        switch (kind) {
        case Pron:
            return pronoun(v, k, gender, subject);
        case Name:
            return m_owner.resolveName(v.mentions[mention]);
        case Role:
            return role(v, k, i);
        case None:
            break;
        }
        return {};
    }

    void sentence(const ParaView &v, int s)
    {
        ++m_sentenceCount;
        const Sentence &sent = v.sentences[s];
        const int first = v.firstTokenAt(sent.start);
        const int end = v.firstTokenAt(sent.end);
        const Subject subject = sentenceSubject(v, first, end);
        QString spoke; // who speaks in this sentence, for a bare quote after it

        // Quotes opening in this sentence, in order.
        for (const QuoteSpan &span : v.spans) {
            if (span.span != 0 || span.start < sent.start || span.start >= sent.end)
                continue;
            QString speaker;
            // 1. Attribution right after the quote.
            const ExtractedQuote &q = m_quotes[span.quote];
            // Over several paragraphs (the halves of a split quote share one paragraph).
            const bool multi = q.spans.last().paragraph != q.spans.front().paragraph;
            if (!multi) {
                // The sentence the quote's end falls in. When the quote itself ends a sentence, only
                // '"STOP!" Trump wrote' style exclamations and questions look into the next one:
                // after a full stop the next sentence is new narration ("Zelensky countered ...").
                const int endSentence = v.sentenceOf(span.end);
                qsizetype limit = v.sentences[endSentence].end;
                if (v.sentences[endSentence].start == span.end) {
                    const QString inner = q.text.trimmed();
                    if (!(inner.endsWith(u'!') || inner.endsWith(u'?')))
                        limit = span.end;
                }
                for (const QuoteSpan &o : v.spans) {
                    if (o.start >= span.end && o.start < limit)
                        limit = o.start;
                }
                speaker = after(v, span.end, limit, subject);
            }
            // 2. A speech verb before the quote in the same sentence.
            const int quoteToken = v.firstTokenAt(span.start);
            if (speaker.isEmpty()) {
                for (int k = quoteToken - 1; k >= first; --k) {
                    const QString &f = v.tokens[k].folded;
                    if (!m_lexicon.isSpeechVerb(f) || f == u"according")
                        continue;
                    // "in a post on X", "his remarks": after a determiner it is a noun.
                    if (k > first && isDeterminer(v.tokens[k - 1].folded))
                        continue;
                    if (f.endsWith(u"ing")) {
                        // "..., saying:" / "stating,": the subject of the clause before.
                        for (int j = k - 1; j >= first && speaker.isEmpty(); --j) {
                            if (m_lexicon.isSpeechVerb(v.tokens[j].folded) && !v.tokens[j].folded.endsWith(u"ing")
                                && j > first)
                                speaker = subjectEndingAt(v, j - 1, first, subject);
                        }
                        if (speaker.isEmpty() && isPerson(subject.name))
                            speaker = subject.name;
                    } else if (k > first) {
                        speaker = subjectEndingAt(v, k - 1, first, subject);
                    }
                    break;
                }
            }
            // 3. "<subject> ... described the scene: "..."".
            if (speaker.isEmpty()) {
                qsizetype i = span.start - 1;
                while (i >= 0 && v.masked[i].isSpace())
                    --i;
                if (i >= 0 && v.masked[i] == u':' && isPerson(subject.name))
                    speaker = subject.name;
            }
            // A quote over several paragraphs is often attributed after its last piece.
            if (speaker.isEmpty() && multi) {
                const QuoteSpan *lastSpan = nullptr;
                const ParaView *lastView = m_views.value(q.spans.last().paragraph);
                for (const QuoteSpan &o : lastView ? lastView->spans : QList<QuoteSpan>()) {
                    if (o.quote == span.quote && o.span == q.spans.size() - 1)
                        lastSpan = &o;
                }
                if (lastSpan) {
                    qsizetype limit = lastView->sentences[lastView->sentenceOf(lastSpan->end)].end;
                    for (const QuoteSpan &o : lastView->spans) {
                        if (o.start >= lastSpan->end && o.start < limit)
                            limit = o.start;
                    }
                    speaker = after(*lastView, lastSpan->end, limit, subject);
                }
            }
            // 4. A bare quote continues the speaker of the sentence before.
            if (speaker.isEmpty() && quoteToken == first) {
                const bool bare = v.firstTokenAt(span.end) >= end;
                const QString inner = q.text.trimmed();
                const QChar last = inner.isEmpty() ? QChar() : inner.back();
                const QChar next = span.end < v.text.size() ? v.text[span.end] : QChar();
                const bool sentenceLike = multi || last.isPunct() || next.isPunct();
                if (bare && sentenceLike)
                    speaker = m_lastSpeaker;
            }
            m_speakers[span.quote] = speaker;
            if (!speaker.isEmpty()) {
                spoke = speaker;
                if (isPerson(speaker))
                    m_history.append(speaker);
            }
        }
        // "X responded in a statement:" / "..., tweeting:": a sentence that ends in a colon
        // introduces what follows, and its subject is the one speaking.
        if (spoke.isEmpty() && isPerson(subject.name)) {
            const QStringView rest = QStringView(v.masked).sliced(sent.start, sent.end - sent.start).trimmed();
            if (rest.endsWith(u':'))
                spoke = subject.name;
        }
        // Reported speech without quotation marks also sets who is speaking.
        if (spoke.isEmpty()) {
            for (int k = first + 1; k < end; ++k) {
                const QString &f = v.tokens[k].folded;
                if (m_lexicon.isSpeechVerb(f) && !f.endsWith(u"ing") && f != u"according") {
                    spoke = subjectEndingAt(v, k - 1, first, subject);
                    break;
                }
            }
        }
        for (const Mention &m : v.mentions) {
            if (m.first >= first && m.last < end && !m.possessive) {
                const QString name = m_owner.resolveName(m);
                if (isPerson(name)) {
                    m_named.append(name);
                    m_namedIn.append(m_sentenceCount);
                }
            }
        }
        const bool hasNarration = first < end;
        if (!spoke.isEmpty() || hasNarration)
            m_lastSpeaker = spoke;
        if (!subject.name.isEmpty() && isPerson(subject.name))
            m_history.append(subject.name);
        if (!spoke.isEmpty() && isPerson(spoke) && (m_history.isEmpty() || m_history.back() != spoke))
            m_history.append(spoke);
    }

    const SpeakerAttributor &m_owner;
    const QuoteLexicon &m_lexicon;
    const QList<ExtractedQuote> &m_quotes;
    QStringList m_speakers;
    QStringList m_history; // people in subject position, oldest first
    QStringList m_named; // every person named in narration, oldest first
    QList<int> m_namedIn; // the sentence (counted through the article) each was named in
    int m_sentenceCount = 0;
    QString m_lastSpeaker;
    QHash<int, const ParaView *> m_views; // by paragraph index
};

QStringList SpeakerAttributor::attribute(const Article &article, const QList<ExtractedQuote> &quotes) const
{
    QHash<int, QList<QuoteSpan>> spans;
    for (int q = 0; q < quotes.size(); ++q) {
        for (int s = 0; s < quotes[q].spans.size(); ++s)
            spans[quotes[q].spans[s].paragraph].append({quotes[q].spans[s].start, quotes[q].spans[s].end, q, s});
    }
    QList<ParaView> views;
    for (const Paragraph &p : article.paragraphs) {
        if (readsAsNarration(p))
            views.append(makeNarrationView(p.index, p.text, spans.value(p.index), m_normalizer));
    }
    AttributionPass pass(*this, quotes);
    return pass.run(views);
}

} // namespace Synoptic::Core
