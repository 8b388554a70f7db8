"""Time references found in the article text itself, classified by a written rule.

Episode separation rests on them, and they are lexical, so they are read from the text
by stated patterns instead of being asked of the model (Qwen2.5-1.5B labelled
"September 13" an earlier event and "in 2020" this one).

The rule:
- a reference that names a year or a span of years ("in 2020", "June 2021",
  "November 26, 2021", "last year's war", "in over two years") is an earlier_event:
  it dates what came before, or bounds this episode from below;
- a yearless date ("September 13"), a weekday ("late Wednesday") or "today",
  "overnight", "this week" is this_episode, except a yearless date in a sentence that
  also gives a dated one: there it is part of a list of past dates ("November 9, 2020,
  January 11 and November 26, 2021").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarizer.models import TimeMention, TimeRef
from summarizer.read.articles import Article, Sentence

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d\b(?![:])(?!\s*(?:GMT|UTC|MSK|hours|hrs)\b)"
_COUNT = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

# Checked in order; a later pattern never takes text an earlier one matched.
_RAW: tuple[tuple[TimeRef, str], ...] = (
        ("earlier_event", rf"\b(?:{_DAY}\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+{_DAY}),?\s+{_YEAR}"),
        ("earlier_event", rf"\b{_MONTH}\s+{_YEAR}"),
        ("earlier_event", r"\blast\s+year(?:['\u2019]s)?(?:\s+[a-z]+)?"),
        ("earlier_event", rf"\b(?:over|more\s+than|almost|nearly|in|since|after)\s+{_COUNT}"
                          r"\s+years?\b"),
        ("earlier_event", rf"\b(?:(?:in|since|of|from|until|after|before)\s+)?"
                          rf"(?:(?:the\s+)?(?:autumn|fall|spring|summer|winter)\s+(?:of\s+)?)?"
                          rf"{_YEAR}"),
        ("this_episode", rf"\b(?:{_DAY}\s+(?:of\s+)?{_MONTH}\b|{_MONTH}\s+\d{{1,2}}\b(?!,?\s*\d))"),
        ("this_episode", rf"\b(?:(?:late|early)\s+)?{_WEEKDAY}"
                         r"(?:\s+(?:morning|afternoon|evening|night))?"),
        ("this_episode", r"\b(?:today|tonight|overnight|"
                         r"this\s+(?:week|morning|afternoon|evening))\b"),
)  # fmt: skip
_DATED = re.compile(rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}|{_DAY}\s+(?:of\s+)?{_MONTH}\s+{_YEAR}", re.I)
_PATTERNS = tuple((label, re.compile(pattern, re.IGNORECASE)) for label, pattern in _RAW)


def find_time_references(article: Article) -> list[TimeMention]:
    """Every time reference in the article's citable sentences, in reading order."""
    return [mention for sentence in article.sentences for mention in _in(sentence, article)]


def _in(sentence: Sentence, article: Article) -> Iterator[TimeMention]:
    taken: list[tuple[int, int, TimeRef]] = []
    for label, pattern in _PATTERNS:
        for match in pattern.finditer(sentence.text):
            if any(match.start() < end and start < match.end() for start, end, _ in taken):
                continue
            taken.append((match.start(), match.end(), label))
    has_dated = any(_DATED.search(sentence.text[start:end]) for start, end, _ in taken)
    for start, end, label in sorted(taken):
        text = sentence.text[start:end]
        if label == "this_episode" and has_dated and re.search(_MONTH, text, re.IGNORECASE):
            label = "earlier_event"  # a yearless date in a list of past dates
        yield TimeMention(text=text, refers_to=label, evidence=[article.evidence(sentence.index)])
