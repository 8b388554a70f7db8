"""Numbers as articles write them: digits ("1,200"), words ("one hundred and five") and
vague words ("several", "dozens").

This is the one rule for "is `count` written in this text, and where". The validators
(grounding) and the merge (casualties) both ask it, so a figure the validators accept is
read the same way by the merge.

Pure functions over text. A number is read whole: "five" inside "one hundred and five",
"200" inside "1,200" and "105" inside "105th" are not written there. num2words (a
dependency already) writes the words this reader reads back; a test checks both agree
on every number up to ten million.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

# Vague quantity words -> (low, high), the stated rule for coding them. The low is the
# smallest number the word can mean in English reporting ("dozens" is at least 24), and
# the count a model may give for it; the high is the largest before a bigger word is used.
VAGUE_COUNTS: dict[str, tuple[int, int]] = {
    "a few": (2, 9),
    "several": (3, 9),
    "a dozen": (12, 12),
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2000, 9999),
}

Kind = Literal["digits", "words", "vague"]


@dataclass(frozen=True)
class Written:
    """One number as the text writes it: `text == source[start:end]`, meaning low..high
    (low == high unless it is a vague word)."""

    start: int
    end: int
    text: str
    low: int
    high: int
    kind: Kind


_UNITS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen".split()
    )
}
_TENS = {
    w: 10 * i
    for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)
}
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9}
_NUMBER_WORD = "|".join(sorted([*_UNITS, *_TENS, "hundred", *_SCALES], key=len, reverse=True))

_DIGITS = re.compile(
    # "1,200" and "1 200" are one number; "1.5", "09:00", "105th" and "F-16" are no count;
    # "had reached 302: 69 fighters, ..." is one.
    r"(?<![\w.,:])(?<![A-Za-z]-)"
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0]\d{3})+|\d+)"
    r"(?!\w|[.,:]\d)"
)
# Digits that write a clock, not a count: "0200" (four digits from a leading zero; not
# the army style "05 soldiers"), "1400 GMT", "2100 hrs", "0400Z" (not "150 Z-marked tanks").
_A_CLOCK = re.compile(
    r"0\d{3}\b|\d{3,4}\s*(?:GMT|UTC|hrs|hours\s+(?:GMT|UTC|local))\b|\d{4}Z(?![\w-])"
)
_VAGUE = re.compile(
    r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in VAGUE_COUNTS) + r")\b",
    re.IGNORECASE,
)
# A run of number words, joined by spaces, hyphens or "and"; "a hundred" is one hundred.
_WORD_RUN = re.compile(
    rf"\b(?:an?\s+(?=(?:hundred|thousand|million|billion)\b))?(?:{_NUMBER_WORD})\b"
    rf"(?:(?:\s+and\s+|\s*[-\u2010\u2011]\s*|\s+)(?:{_NUMBER_WORD})\b)*",
    re.IGNORECASE,
)
_TOKEN = re.compile(rf"\b(?:an?|and|{_NUMBER_WORD})\b", re.IGNORECASE)
# The number one written as an article ("an Ostrelian sentry was killed").
# "another" is one more ("one was killed and another wounded"), not "another 15" nor
# "another dozen"
_ONE = re.compile(
    r"\b(?:a|an|single|another(?!\s+(?:\d|(?:a\s+)?(?:dozens?|scores?|hundreds?|thousands?|few|"
    r"several|couple|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"thirty|forty|fifty)\b)))\b",
    re.IGNORECASE,
)


def _word_numbers(text: str) -> list[Written]:
    """Each number written in words, split where the words stop making one number
    ("five six" is two numbers, "twenty five" one)."""
    out: list[Written] = []
    for run in _WORD_RUN.finditer(text):
        tokens = [(m.group().casefold(), m.start(), m.end()) for m in _TOKEN.finditer(run.group())]
        offset = run.start()
        i = 0
        while i < len(tokens):
            parsed = _parse(tokens, i)
            if parsed is None:  # a word that starts no number here ("hundred" alone, "and")
                i += 1
                continue
            value, last = parsed
            start, end = offset + tokens[i][1], offset + tokens[last][2]
            out.append(Written(start, end, text[start:end], value, value, "words"))
            i = last + 1
    return out


def _parse(tokens: list[tuple[str, int, int]], first: int) -> tuple[int, int] | None:
    """The number that starts at tokens[first], and the index of its last token."""
    total = current = 0
    prev: str | None = None  # what the last word was: unit, teen, ten, hundred, scale
    last_scale = 10**12
    last = None
    i = first
    while i < len(tokens):
        word = tokens[i][0]
        if word in ("a", "an"):
            if prev is not None:
                break
            current, prev = 1, "unit"
        elif word == "and":
            following = tokens[i + 1][0] if i + 1 < len(tokens) else ""
            if prev not in ("hundred", "scale") or following not in (*_UNITS, *_TENS):
                break
            i += 1
            continue
        elif word in _UNITS:
            value = _UNITS[word]
            if word == "zero" and prev is not None:
                break
            if value < 10 and prev not in (None, "ten", "hundred", "scale"):
                break
            if value >= 10 and prev not in (None, "hundred", "scale"):
                break
            current += value
            prev = "unit" if value < 10 else "teen"
            if word == "zero":
                last = i
                break  # "zero" is a number alone
        elif word in _TENS:
            if prev not in (None, "hundred", "scale"):
                break
            current += _TENS[word]
            prev = "ten"
        elif word == "hundred":
            if prev not in ("unit", "teen") or current >= 100:
                break
            current *= 100
            prev = "hundred"
        else:  # thousand, million, billion
            scale = _SCALES[word]
            if prev is None or scale >= last_scale:
                break
            total += (current or 1) * scale
            current, prev, last_scale = 0, "scale", scale
        last = i
        i += 1
    if last is None:
        return None
    return total + current, last


@lru_cache(maxsize=4096)
def numbers_in(text: str) -> tuple[Written, ...]:
    """Every number `text` writes, in order: digits, words and vague words."""
    found = [
        *(
            Written(m.start(), m.end(), m.group(), n, n, "digits")
            for m in _DIGITS.finditer(text)
            if not _A_CLOCK.match(text, m.start())
            for n in (int(re.sub(r"[,\s]", "", m["n"])),)
        ),
        *(
            Written(m.start(), m.end(), m.group(), *VAGUE_COUNTS[_fold(m.group())], "vague")
            for m in _VAGUE.finditer(text)
        ),
    ]
    # "a dozen" and "a few" are vague words, not "a" (one) and more words.
    taken = [(w.start, w.end) for w in found if w.kind == "vague"]
    found += [
        w for w in _word_numbers(text) if not any(s < w.end and w.start < e for s, e in taken)
    ]
    return tuple(sorted(found, key=lambda w: w.start))


def _fold(words: str) -> str:
    return " ".join(words.casefold().split())


def written_as(count: int, text: str) -> list[Written]:
    """Every place `text` writes `count`: as digits or words, as a vague word whose low
    end it is, or (for 1) as "a", "an", "single" or "another"."""
    numbers = numbers_in(text)
    places = [n for n in numbers if n.low == count]
    if count == 1:
        inside = [(n.start, n.end) for n in numbers]
        places += [
            Written(m.start(), m.end(), m.group(), 1, 1, "words")
            for m in _ONE.finditer(text)
            if not any(s <= m.start() < e for s, e in inside)
        ]
    return sorted(places, key=lambda w: w.start)


def find(count: int, text: str) -> Written | None:
    """Where `text` first writes `count`, or None when it does not."""
    places = written_as(count, text)
    return places[0] if places else None


def written_in(count: int, text: str) -> bool:
    """True when `text` writes `count` (see `written_as`)."""
    return find(count, text) is not None
