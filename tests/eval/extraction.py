# SPDX-FileCopyrightText: 2026 The Synoptic authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""Scoring of article extraction against Mozilla Readability's test pages.

Body text: the paragraphs Synoptic gives the roles `body` or `subhead`, against the text of the
case's `expected.html`. Both are cut into word tokens (Unicode letters and digits, lower case) and
then into shingles of four consecutive tokens; precision and recall are over the multisets of
shingles, as in the public article-extraction benchmarks (a repeated passage counts each time it is
repeated, so an extractor that keeps a block twice loses precision). A text shorter than four
tokens is one shingle of what it has.

Metadata: title, byline, site name (Synoptic's outlet), published date and language, each compared
after light normalisation (see `same_*`); a field is scored only on the cases whose expected
metadata states it.
"""
from collections import Counter
from html.parser import HTMLParser
import re
import unicodedata

_WORD = re.compile(r"\w+", re.UNICODE)
_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
               "blockquote", "pre", "figcaption", "section", "article", "ul", "ol", "table",
               "dt", "dd"}


class _TextOf(HTMLParser):
    """The visible text of an HTML fragment, with a break at every block boundary so that words
    of adjacent blocks do not run together."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript"):
            self._skip += 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript") and self._skip:
            self._skip -= 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def html_text(markup):
    parser = _TextOf()
    parser.feed(markup)
    parser.close()
    return "".join(parser.parts)


def tokens(text):
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return _WORD.findall(text)


def shingles(text, n=4):
    toks = tokens(text)
    if not toks:
        return Counter()
    if len(toks) < n:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


def body_scores(extracted, expected):
    """(precision, recall, f1) of the extracted text against the expected text."""
    got, want = shingles(extracted), shingles(expected)
    if not got and not want:
        return 1.0, 1.0, 1.0
    common = sum((got & want).values())
    precision = common / sum(got.values()) if got else 0.0
    recall = common / sum(want.values()) if want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _norm(s):
    s = unicodedata.normalize("NFKC", s or "").casefold()
    s = s.translate(str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                                   "\u2013": "-", "\u2014": "-", "\u00a0": " "}))
    s = re.sub(r"\s+", " ", s).strip()
    return s.strip(" .,:;|-")


def same_title(got, want):
    return _norm(got) == _norm(want)


def _byline_names(s):
    s = _norm(s)
    s = re.sub(r"^(written |posted |story )?by\s+", "", s)
    return " ".join(_WORD.findall(s))


def same_byline(got, want):
    """Equal names once a leading 'By' and punctuation are gone; a byline that adds or drops a
    role after the names ("Jane Roe, Staff Writer" for "Jane Roe") still counts, an empty or
    unrelated one does not."""
    g, w = _byline_names(got), _byline_names(want)
    if not g or not w:
        return False
    return g == w or (len(g) >= 5 and (w.startswith(g) or g.startswith(w)))


def same_site(got, want):
    g, w = _norm(got), _norm(want)
    if not g or not w:
        return False
    if g == w:
        return True
    # "The Guardian" / "Guardian", "nytimes.com" is not accepted for "The New York Times".
    strip = lambda s: re.sub(r"^the ", "", s)
    return strip(g) == strip(w)


def same_date(got, want):
    """The calendar date the page states (the part before 'T'); the time of day is not scored."""
    g = (got or "")[:10]
    w = (want or "")[:10]
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", w)) and g == w


def same_language(got, want):
    prim = lambda s: re.split(r"[-_]", (s or "").strip().lower())[0]
    return bool(prim(want)) and prim(got) == prim(want)


METADATA_FIELDS = (
    # (name in the summary, key in expected-metadata.json, key in Synoptic's article, comparison)
    ("title", "title", "headline", same_title),
    ("byline", "byline", "byline", same_byline),
    ("site_name", "siteName", "outlet", same_site),
    ("published", "publishedTime", "published", same_date),
    ("language", "lang", "language", same_language),
)
