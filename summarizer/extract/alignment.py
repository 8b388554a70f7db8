"""Alignment: repair a citation that points near, but not at, the supporting sentence.

Small models often state a true figure and cite the wrong sentence number. When the
cited sentences do not support an item, the sentence that does is looked up in the
article: if exactly one sentence qualifies, the item cites it instead (and the run
metadata counts the repair); if none or several do, the item is rejected as before.
The fact itself must still be written in the article; alignment never invents one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rapidfuzz import fuzz

from summarizer.extract.grounding import joined, plain
from summarizer.read.articles import Article


def realign(
    article: Article,
    cited: Sequence[int],
    supports: Callable[[str], bool],
    *,
    nearest: bool = False,
    every: Callable[[str], tuple[object, ...]] | None = None,
) -> list[int] | None:
    """The one sentence that supports the item, or None when none or several do.

    `cited` are the model's sentence numbers. Those that state the item on their own
    are kept (the others are padding); all are kept when only together they support it.
    With `nearest` (a name, which many sentences may carry), several supporting sentences
    give the one closest to those cited, the earlier on a tie. With `every` (what each
    sentence says of the fact: a headline and its body both stating "a toll of 248"),
    they give all of them when no two say different things of it (None says nothing).
    """
    cited = sorted(set(cited))
    alone = [n for n in cited if supports(article.sentence(n).text)]
    if alone:
        return alone
    if supports(joined(article.sentence(n).text for n in cited)):
        return cited
    found = [s.index for s in article.sentences if supports(s.text)]
    if every is not None and len(found) > 1:
        said = [every(article.sentence(n).text) for n in found]
        # field by field, at most one thing said: one fact ("12 Chilean soldiers" and "12
        # Peruvian civilians" are two)
        if all(len({s[i] for s in said} - {None}) <= 1 for i in range(len(said[0]))):
            return found
    if nearest and found and cited:
        return [min(found, key=lambda n: (min(abs(n - c) for c in cited), n))]
    return found if len(found) == 1 else None


def snap(phrase: str, text: str) -> str:
    """The words of `text` that `phrase` paraphrases ("9am Klow time" -> "9.00 am Klow time").

    Only called once `phrase` is known to match `text`; returns `phrase` unchanged when the
    best span is not clearly it.
    """
    folded = "".join(_fold_char(c) for c in text)  # one character each, so offsets hold
    match = fuzz.partial_ratio_alignment(plain(phrase), folded)
    if match is None or match.score < 85:
        return phrase
    start, end = match.dest_start, match.dest_end
    # Widen to whole words, and take in a number the match clipped ("9.00 am").
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    if number := re.search(r"[\d.:]+\s*$", text[:start]):
        start = number.start()
    span = _DANGLING.sub("", _balanced(text, start, end).strip(" ,.;:\"'"))
    return span or phrase


def _balanced(text: str, start: int, end: int) -> str:
    """text[start:end] with its brackets whole: a writer's reading in brackets keeps its
    closing one ("4.30 p.m. local time (1430 GMT)"), a bracket with no partner goes."""
    span = text[start:end].strip(" ,.;:")
    if span.count("(") > span.count(")") and text[end:].lstrip(" ,.;:").startswith(")"):
        return span + ")"
    while span.startswith("(") and span.count("(") > span.count(")"):
        span = span[1:].strip()
    while span.endswith(")") and span.count(")") > span.count("("):
        span = span[:-1].strip()
    while span.endswith("("):
        span = span[:-1].strip()
    if span.startswith("(") and span.endswith(")") and span.count("(") == 1:
        span = span[1:-1].strip()  # the whole span in brackets: what they hold
    return span


_DANGLING = re.compile(r"\s+(?:on|at|in|of|from|the|to|by)$", re.IGNORECASE)


def _fold_char(char: str) -> str:
    folded = plain(char)
    return folded if len(folded) == 1 else char
