"""Timed truces the model left out, read from the wording.

A small model misses truces stated plainly ("the commanders met and agreed to a ceasefire
from 10 a.m. local time"). Like the figures read from the wording (summarizer.extract.
figures), a truce is read by rule only where the sentence says everything: it speaks of a
truce, says one was agreed or takes effect, and gives the clock it starts at ("from
10 a.m.", "took effect at 0400 GMT", the clock of a declaration "to cease fire from this
moment"), or goes on about the truce the sentence before names ("The agreement was signed
at 2330 hrs"); and no item of the model's cites the sentence or gives that clock. Each
goes through the ceasefire item's grounding rules (summarizer.extract.passes.CeasefireItem),
which read its status, sides and go-betweens from the wording; the merge places it in time
like any other.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from summarizer.extract.figures import names_in
from summarizer.extract.grounding import truce_status, truce_time_in
from summarizer.extract.passes import CeasefireItem
from summarizer.extract.truce_wording import TRUCE_WORDING, truce_named_before
from summarizer.read.articles import Article
from summarizer.reference import timeline
from summarizer.reference.actors import resolve

# A truce made or starting: agreed, declared, signed, taking effect, beginning.
_MADE = re.compile(
    r"\b(?:agreed|agrees|reached|signed|declared|declares|announced|announces|accepted|"
    r"brokered|ordered|(?:takes?|took|taking|taken)\s+effect|went\s+into\s+effect|"
    r"(?:came|comes?|enter(?:s|ed)?)\s+into\s+(?:force|effect)|"
    r"began|begins|started|starts|in\s+force|(?:laid|lay)\s+down)\b",
    re.IGNORECASE,
)
# A truce of another time: "a similar ceasefire", "the last truce", "previous truces".
_ANOTHER_TIME = re.compile(
    r"\b(?:similar|previous|earlier|last|former|past|prior|first)\s+(?:[\w-]+\s+)?"
    r"(?:cease-?fires?|truces?)\b|\b(?:ago|previously)\b",
    re.IGNORECASE,
)
_ANAPHOR = re.compile(r"(?:the|this|its)\b.*\b(?:suspension|pause|halt)$", re.IGNORECASE)


def _names_a_stop(text: str) -> bool:
    """The text names a truce or a stop of the fighting in its own words, not only as
    "the suspension" or "the pause"."""
    return any(not _ANAPHOR.match(m.group()) for m in TRUCE_WORDING.finditer(text))


def _without_modals(purpose: re.Match[str]) -> str:
    """A purpose clause with its modal dropped: "so that the garrison could be supplied" is
    no condition, but "so that a truce proposed by X could take effect" still proposes."""
    return re.sub(r"\b(?:could|would|might)\b", " ", purpose.group())


_PURPOSE = re.compile(r"\b(?:so\s+that|so\s+as\s+to|in\s+order\s+to)\b[^,;:.]*", re.IGNORECASE)
# A proposal both sides accepted is made: "Both sides accepted on Monday a proposal of
# the envoys that hostilities be suspended at noon" (not "Klow accepted the plan",
# "neither of the two governments accepted", "both would have accepted", "accepted in
# principle", "accepted talks on a proposal": the proposal word alone is dropped, so any
# other word that unmakes the truce still does).
_BOTH_ACCEPTED = re.compile(
    r"(?<!\bof\s)\b(?:both|the\s+two)\s+(?:governments|sides|parties|countries|states|"
    r"armies|belligerents)\s+(?:had\s+|have\s+)?accepted\s+"
    r"(?:(?:yesterday|today|tonight|last\s+night|(?:on\s+)?[A-Z][a-z]+day)\s+)?"
    r"(?:(?:a|an|the|new|joint)\s+)?"
    r"(?P<word>propos\w*|offer)\b",
    re.IGNORECASE,
)


def _accepted_by_both(text: str) -> str:
    return _BOTH_ACCEPTED.sub(lambda m: m.group()[: m.start("word") - m.start()], text)


_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:hours|days|after|before|while|as|when|but|and)\b")
# A truce not (yet) made: proposed, called for, offered, refused, conditional, hoped for.
_NOT_MADE = re.compile(
    r"\b(?:propos\w*|offer\w*|call(?:ed|s|ing)?\s+for|demand\w*|urg(?:e|ed|es|ing)|"
    r"appeal\w*|seek\w*|sought|hop(?:e|ed|es|ing)|reject\w*|refus\w*|dismiss\w*|"
    r"if|unless|could|might|talks?\s+(?:on|about|over)|plan(?:s|ned)?|"
    r"withdr\w+\s+(?:its|their|his|her)\s+(?:acceptance|consent|agreement)|"
    r"not\s+(?:yet\s+)?(?:taken|take|come|gone)\s+(?:effect|into)|yet\s+to\s+(?:take|come))\b",
    re.IGNORECASE,
)


def from_wording(
    article: Article, given: list[CeasefireItem], context: dict[str, Any]
) -> list[CeasefireItem]:
    """Timed truces the wording states that no item of `given` (the model's) cites or
    times, each validated as a ceasefire item."""
    cited = {n for item in given for n in item.sentences}
    clocks = {_clock(item.effective_at_text or "") for item in given} - {None}
    found: list[CeasefireItem] = []
    texts = [s.text for s in article.sentences]
    for n, sentence in enumerate(article.sentences):
        text = sentence.text
        # "... signed an agreement to end the conflict. The agreement was signed at 2330 hrs
        # (2230 GMT)": the sentence goes on about the truce the one before names
        about = truce_named_before(texts[: n + 1], n) is not None
        # (a purpose is no condition: "... so that the garrison could be supplied")
        if (
            sentence.index in cited
            or not (_MADE.search(text) or _at_once_after(text, -1))
            or _NOT_MADE.search(_accepted_by_both(_PURPOSE.sub(_without_modals, text)))
        ):
            continue
        if truce_status("announced", text) in {"holding", "violated", "collapsed"}:
            continue  # how a truce fares ("never took hold"): a status report, placed by the merge
        when = truce_time_in(text, about_truce=about)
        at = text.find(when) if when else -1
        # 'broadcast at 8.30 p.m. (2030 GMT), he ordered his forces "to cease fire from this
        # moment"': a truce from the moment it is declared starts at the clock declaring it
        at_once = at >= 0 and _at_once_after(text, at)
        if (
            when is None
            or _clock(when) in clocks
            or not (
                timeline.begins_at(text, at)
                or _stops_at(text, at)
                or at_once
                # ("The agreement was signed at 2330 hrs": the deal the sentence before names)
                or (about and timeline.SIGNED_JUST_AT.search(text[:at]) is not None)
            )
            # (its clock and another clause's: "took effect at noon but ... at 3 p.m."; "and"
            # joins restatements: "0400 GMT, or 07:00 in X and 7:30 a.m. in Y")
            or re.search(r"\b(?:but|while|after|before|when|until|then)\b", when)
        ):
            continue  # (a clock the words do not make its start: "UPDATE 21:30 - ...")
        before = [m for m in TRUCE_WORDING.finditer(text) if m.start() < at]
        if (
            not (at_once or about)
            and (
                not before
                or _CLAUSE_BREAK.search(text, before[-1].end(), at)
                # ("The suspension took effect at midnight": the one a sentence before named,
                # if one named a stop of the fighting; not "suspended all arms exports")
                or (_ANAPHOR.match(before[-1].group()) and not any(map(_names_a_stop, texts[:n])))
            )
        ):
            continue  # its own clause names the truce before the clock: not "shelling began
            # at 6 a.m., hours after the truce was agreed"
        if _ANOTHER_TIME.search(text) or timeline.names_another_period(text):
            continue  # "a similar ceasefire took effect at midnight in April 2016"
        sides = [n for n in names_in(text) if resolve(n).kind in {"state", "armed_group"}]
        raw = {
            "sentences": [sentence.index],
            "announced_by": None,
            "mediators": [],
            "parties": sides,
            "effective_at_text": when,
            "status": "announced",
        }
        try:
            item = CeasefireItem.model_validate(raw, context=context)
        except ValidationError:
            continue
        clocks.add(_clock(when))
        found.append(item)
    return found


_FROM_NOW = (
    r"(?:from\s+this\s+moment|from\s+now\s+on|with\s+immediate\s+effect|immediately|forthwith|"
    r"at\s+once)\b"
)
# ('the halt applied "from this moment"': a verb of its own may come between)
_AT_ONCE = re.compile(
    r"^\W*(?:(?:applied|applies|apply|would\s+apply|takes?\s+effect|took\s+effect|began|"
    r"begins|started|starts|was|is)\s+)?\W*" + _FROM_NOW,
    re.IGNORECASE,
)


def _at_once_after(text: str, at: int) -> bool:
    """A truce named after the clock at `at` whose own words make it start at once ("to
    cease fire from this moment", "a ceasefire with immediate effect")."""
    return any(
        m.start() > at and _AT_ONCE.search(text[m.end() : m.end() + 40])
        for m in TRUCE_WORDING.finditer(text)
    )


# The truce's own words just before its clock: "laid down their rifles at noon", "the war
# will stop at 12 o'clock".
_JUST_AT = re.compile(r"\s+at\s+$")


_A_STOP = re.compile(
    r"(?:\b(?:will|would|shall|to)\s+(?:stop|end|cease|halt)|\blaid\s+down\s+\w+(?:\s+\w+)?)$",
    re.IGNORECASE,
)
# A surrender, not a truce: "laid down their rifles at noon and surrendered".
_SURRENDER = re.compile(r"\b(?:surrender\w*|amnesty|gave\s+themselves\s+up)\b", re.IGNORECASE)


def _stops_at(text: str, at: int) -> bool:
    """The clock at `at` follows the words of the stop itself, "at" between them ("the war
    will stop at noon", "laid down their rifles at noon"; not "announced the ceasefire at
    6 p.m.", the hour it was announced, nor a surrender)."""
    return not _SURRENDER.search(text) and any(
        _JUST_AT.fullmatch(text, m.end(), at) and _A_STOP.search(m.group())
        for m in TRUCE_WORDING.finditer(text)
    )


def _clock(text: str) -> tuple[int, int] | None:
    clock = timeline.clock_time(text)
    return (clock.hour, clock.minute) if clock is not None else None
