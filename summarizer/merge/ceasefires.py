"""Ceasefires: mentions clustered into attempts, each with its status history, as a timeline.

Pure: no I/O, no clock, no randomness. The rules (docs/merge-rules.md has them in full):

* Mentions are clustered by effective instant (UTC); mentions without a full instant join
  the single compatible cluster on their date (same mediators, parties and announcer as one
  of its mentions), or form their own. A report on how a truce fares, or on when it ends
  ("the truce ended at midnight"), joins the one truce in force; so does "the ceasefire"
  with no day, time or word of another truce. A zoneless clock equal to
  one another source wrote with its zone joins that truce.
* Status is how the latest dated report says the truce fares (a collapse is final; the
  furthest stage, STATUS_ORDER, among one day's reports, or when no report is dated),
  every stage kept in history with its evidence.
* Attempts are ordered by effective instant.
* A time written twice whose readings differ ("16:00 local (1000 GMT)") is a disagreement
  (kind ceasefire_time); the GMT/UTC reading is the instant (timeline.resolve_instant).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import lru_cache
from itertools import pairwise
from zoneinfo import ZoneInfo

from summarizer.merge import episodes
from summarizer.merge.context import Context, dating_mentions, refs, union_evidence
from summarizer.models import (
    ArticleExtraction,
    CeasefireAttempt,
    CeasefireMention,
    CeasefireStatus,
    Disagreement,
    Evidence,
    StatusChange,
)
from summarizer.reference import timeline, zones
from summarizer.reference.actors import ActorInfo, listed

# The stages a ceasefire passes through; the furthest stage any source reports wins.
STATUS_ORDER: dict[CeasefireStatus, int] = {
    "unknown": 0,
    "announced": 1,
    "unconfirmed": 2,
    "holding": 3,
    "violated": 4,
    "collapsed": 5,
}


# Words that make a truce another one than the one before: "a new truce", "a second ceasefire".
_OTHER_TRUCE_WORDS = r"new|another|fresh|second|third|renewed|separate|further"
# Words that make a truce without a day another one, or none yet: "a new truce", "proposed
# a ceasefire", "would accept a ceasefire if", "urged a lasting ceasefire".
_ANOTHER = re.compile(
    rf"\b(?:{_OTHER_TRUCE_WORDS}|propos(?:al|ed?|es|ing)|"
    r"offer(?:ed|s|ing)?|call(?:ed|s|ing)?\s+for|demand(?:ed|s|ing)?|seek(?:s|ing)?|sought|"
    r"urg(?:e|ed|es|ing)|appeal(?:ed|s|ing)?|would|if|lasting|permanent|humanitarian)\b",
    re.IGNORECASE,
)


_A_TRUCE = re.compile(r"\b(?:cease-?fire|truce|armistice)s?\b", re.IGNORECASE)
_THE_TRUCE = re.compile(r"\b(?:the|this|that)\s+(?:cease-?fire|truce|armistice)\b", re.IGNORECASE)


@dataclass
class _Truce:
    article: ArticleExtraction
    mention: CeasefireMention
    announcer: str | None
    mediators: frozenset[str]
    parties: frozenset[str]
    day: date | None  # the local date it takes effect, or the date it is reported on
    at: datetime | None  # the effective instant in UTC
    dates: tuple[date, ...]  # dates of this-episode mentions in the same sentences
    conflicts: tuple[str, ...] = ()  # the time written twice, the two readings differing
    ends: bool = False  # its time is when a truce ends ("the truce ended at midnight")
    guessed: bool = False  # its clock has no zone written: the zone is the parties' guess
    starts: bool = False  # its own words give the day it began ("since the truce began on 2 May")
    weekly: bool = False  # its day is a weekday read in an article with no date of its own
    # its day is "this morning", "yesterday" or the like, read in an article with no date of
    # its own: the day the article is fitted to may be a day off
    daily: bool = False
    # its day is a "today" spoken in a quotation: the day it was said, which may be before
    # its article's (a morning paper quoting the day before)
    quoted: bool = False
    reported: date | None = None  # the date of the article that reports it
    effect_day: date | None = None  # the local date its instant falls on ("midnight on Saturday")
    agreed: date | None = None  # a report's own words of the day its truce was agreed
    dayless: bool = False  # its instant's day is its article's: no day is written for it

    @property
    def reports(self) -> bool:
        """A report on a truce in force: how it fares, or when it ends."""
        return self.ends or self.mention.status in {"holding", "violated", "collapsed"}

    @property
    def refers_back(self) -> bool:
        """ "The ceasefire", with no day or time of its own and no word of another truce, a
        proposal or a condition ("the ceasefire does not concern the town"): the truce of
        the episode, not a truce of its own."""
        return (
            self.day is None
            and not self.mention.effective_at_text
            and all(_THE_TRUCE.search(e.text) for e in self.mention.evidence)
            and not any(_ANOTHER.search(e.text) for e in self.mention.evidence)
        )

    @property
    def days(self) -> set[date]:
        """The days a mention without a full instant may name it by: the day written, and
        the local date its instant falls on ("midnight on Saturday" took effect on Sunday)."""
        return {d for d in (self.day, self.effect_day) if d is not None}

    def compatible(self, other: _Truce) -> bool:
        """Same announcer (or one that mediates), and overlapping mediators and parties (or
        one side each, for a report on the truce: `_one_sided_report`)."""
        mine, theirs = _voice(self), _voice(other)
        return _compatible(mine, theirs) or (
            _one_sided_report(self) and _agree_one_side_each(mine, theirs)
        )


def _local_zone(
    announcer: ActorInfo | None, parties: list[ActorInfo], day: date, home: str | None = None
) -> tzinfo | None:
    """'Local time': the belligerents' zone; the announcer's if it is a party or they differ.
    A state's zone is the clock where the fighting is (`home`) when that is one of the
    state's own (a far province's clock, in a state whose capital keeps another)."""

    def zone_of(actor: ActorInfo) -> tzinfo | None:
        if home is not None and actor.country and home in zones.country_zones(actor.country):
            return ZoneInfo(home)
        return timeline.zone_for(actor.country)

    if announcer is not None and announcer.id in {p.id for p in parties}:
        zone = zone_of(announcer)
        if zone is not None:
            return zone
    found = [z for p in parties if (z := zone_of(p)) is not None]
    noon = [datetime(day.year, day.month, day.day, 12, tzinfo=z).utcoffset() for z in found]
    if found and len(set(noon)) == 1:
        return found[0]
    return zone_of(announcer) if announcer is not None else None


def _same_state(place: zones.Place, zone: str, home: str) -> bool:
    """`zone` (a place's) and `home` (the fighting's) are two clocks of the place's state."""
    kept = zones.country_zones(place.country) if place.country else frozenset()
    return zone != home and {zone, home} <= kept


def _truce(ctx: Context, article: ArticleExtraction, mention: CeasefireMention) -> _Truce:
    announcer = ctx.name(mention.announced_by) if mention.announced_by else None
    # ("Armenia and Azerbaijan" as one party is two)
    mediators = [ctx.name(m) for written in mention.mediators for m in listed(written)]
    parties = [ctx.name(p) for written in mention.parties for p in listed(written)]
    context = dating_mentions(ctx, article, mention.evidence)
    day, at, dates, conflicts, ends, guessed, starts = _timing(
        ctx.anchor(article),
        tuple(article.dateline),
        announcer,
        tuple(parties),
        tuple(mediators),
        mention.effective_at_text or "",
        tuple(e.text for e in mention.evidence),
        tuple(d for m in context if (d := ctx.mention_day(article, m)) is not None),
        mention.status in {"holding", "violated", "collapsed"},
        home=ctx.home,
    )
    return _Truce(
        article=article,
        mention=mention,
        announcer=announcer.id if announcer else None,
        mediators=frozenset(m.id for m in mediators),
        parties=frozenset(p.id for p in parties),
        day=day,
        at=at,
        dates=dates,
        conflicts=conflicts,
        ends=ends,
        guessed=guessed,
        starts=starts,
        weekly=at is not None and _week_unsure(ctx, article, mention),
        daily=at is not None and _day_unsure(ctx, article, mention),
        quoted=at is not None and _quoted_day(mention) and _day_kinds(mention) == {"relative"},
        reported=ctx.anchor(article),
        effect_day=(
            at.astimezone(_local_zone(announcer, parties, at.date(), ctx.home) or UTC).date()
            if at is not None
            else None
        ),
        agreed=_agreed_day(ctx.anchor(article), mention) if at is None else None,
        dayless=at is not None and not dates and _no_day_written(mention),
    )


def _no_day_written(mention: CeasefireMention) -> bool:
    """Neither its time nor the clause of its clock writes a day ("took effect at 4.30 p.m.
    (1130 GMT)"): the day is its article's, which may be printed after midnight."""
    text = mention.effective_at_text or ""
    if any(e.kind not in {"year", "month"} for e in timeline.expressions(text)):
        return False
    where = _clock_in(text, tuple(e.text for e in mention.evidence))
    return where is not None and timeline.day_near(where[0], where[1], None) is None


def _named_in_passing(truce: _Truce) -> bool:
    """No day, clock, status report or word of another truce, a proposal or a condition
    ("a new truce", "proposed a ceasefire", "would accept a ceasefire if"): a truce named
    in passing ("agreed to a full and immediate ceasefire")."""
    return (
        truce.day is None
        and _clock(truce) is None
        and not truce.reports
        and not truce.refers_back
        and not any(
            _ANOTHER.search(e.text) or _SOME_TIME.search(e.text) or timeline.expressions(e.text)
            for e in truce.mention.evidence
        )
    )


# A time its words give that no date expression is: "last month", "two weeks ago", "earlier".
_SOME_TIME = re.compile(
    r"\b(?:(?:last|previous|past|earlier)\s+(?:month|week|weekend|year|spring|summer|autumn|"
    r"fall|winter|time)|ago|earlier|previous|previously|former)\b",
    re.IGNORECASE,
)


def _agreed_day(anchor: date | None, mention: CeasefireMention) -> date | None:
    """The day a report says its truce was agreed ("the truce agreed by the two armies on
    Wednesday had collapsed"): that names which truce it reports on."""
    if mention.status not in _REPORTS:
        return None
    for evidence in mention.evidence:
        if (day := timeline.agreed_day(evidence.text, anchor)) is not None:
            return day
    return None


_FULL_DAY = {"date", "numeric", "relative", "ordinal"}


def _week_unsure(ctx: Context, article: ArticleExtraction, mention: CeasefireMention) -> bool:
    """The week of its day is read, not written: an article with no date of its own, or
    dated by a "Last updated" stamp (written that day or before), whose truce sentences name
    the day by weekday only ("began at 7 p.m. on Saturday")."""
    dated = ctx.decision.dated.get(article.source)
    if dated is None or (dated.own and not article.published_updated):
        return False
    kinds = _day_kinds(mention)
    return "weekday" in kinds and not kinds & _FULL_DAY


def _day_unsure(ctx: Context, article: ArticleExtraction, mention: CeasefireMention) -> bool:
    """The day of its time is read from its article's day, which is read, not written: an
    article with no date of its own whose truce sentences name the day only relative to the
    day they were written ("at 3 o'clock this morning")."""
    dated = ctx.decision.dated.get(article.source)
    if dated is None or dated.own:
        return False
    return _day_kinds(mention) == {"relative"}


def _quoted_day(mention: CeasefireMention) -> bool:
    """Its time's day word stands in a quotation ('"a cease-fire as of 4 p.m. local time
    today," the spokesman said'): the day it was spoken, which a paper of the next morning
    does not give."""
    when = mention.effective_at_text or ""
    if not _RELATIVE_DAY.search(when):
        return False
    for evidence in mention.evidence:
        at = evidence.text.find(when)
        if at >= 0 and len(_QUOTE_MARK.findall(evidence.text[:at])) % 2 == 1:
            return True
    return False


_RELATIVE_DAY = re.compile(
    r"\b(?:today|tonight|tomorrow|this\s+(?:morning|afternoon|evening))\b", re.I
)
_QUOTE_MARK = re.compile('["\u201c\u201d]')


def _day_kinds(mention: CeasefireMention) -> set[str]:
    """The kinds of date expression ("weekday", "relative", "date" ...) its time and its
    sentences write."""
    return {
        e.kind
        for text in (mention.effective_at_text or "", *(x.text for x in mention.evidence))
        for e in timeline.expressions(text)
    }


def _written_as_start(text: str, sentence: str) -> bool:
    """True when the sentence writes the text's day as the truce's start ("the truce began
    on 2 May", "took effect on Monday"), not only as a day something was said on."""
    found = [e.text for e in timeline.expressions(_without_parens(text))]
    # "took effect at 4 p.m. on Friday": the start wording stands before the clock
    found += [r.text for r in timeline.readings(text) if not r.in_parens]
    places = [at for word in found if (at := sentence.find(word)) >= 0]
    return bool(places) and timeline.begins_at(sentence, min(places))


def _written_as_end(text: str, sentence: str) -> bool:
    """True when the sentence writes the text's first day as the day the truce ended ("the
    truce ended on Jan. 3"), and no day of it as a start."""
    found = [e for e in timeline.expressions(_without_parens(text)) if e.kind not in {"year"}]
    places = [at for e in found if (at := sentence.find(e.text)) >= 0]
    return (
        bool(places)
        and timeline.ends_truce(sentence, places[0])
        and not any(timeline.begins_at(sentence, at) for at in places)
    )


def _written_in(text: str, sentences: tuple[str, ...]) -> str | None:
    """The sentence that writes the text's first date expression (for its tense), outside
    a wire dateline; None when no cited sentence writes it there (the model took the
    article's date, "May 23, 2023 9:45pm", for the truce's)."""
    found = timeline.expressions(_without_parens(text))
    if not found:
        return sentences[0] if sentences else None
    word = found[0].text
    for sentence in sentences:  # the sentence that writes the whole time, first
        at = sentence.find(text)
        if at >= 0 and sentence.find(word, at) >= timeline.dateline_end(sentence):
            return sentence
    for sentence in sentences:
        at = sentence.find(word)
        if at >= timeline.dateline_end(sentence):
            return sentence
    return None


def _without_parens(text: str) -> str:
    return re.sub(r"\([^)]*\)", " ", text)


def _clock_in(text: str, sentences: tuple[str, ...]) -> tuple[str, int] | None:
    """The sentence that writes the text's first clock time, and where in it the clock is."""
    found = [r for r in timeline.readings(text) if not r.in_parens]
    if not found:
        return None
    folded = text.casefold()
    for sentence in sentences:
        at = sentence.casefold().find(folded)
        if at >= 0:
            inner = text.find(found[0].text)
            return sentence, at + max(inner, 0)
    for sentence in sentences:
        at = sentence.find(found[0].text)
        if at >= 0:
            return sentence, at
    return None


def _sentence_zone(text: str, where: tuple[str, int] | None) -> tzinfo | None:
    """The zone its sentence gives a clock the text writes with no zone: "from noon on
    Friday to midnight on Saturday, Korva time" gives "noon on Friday" Korva's clock."""
    own = [r for r in timeline.readings(text) if not r.in_parens]
    if where is None or not own or own[0].source != "unstated":
        return None
    sentence, at = where
    for reading in timeline.readings(sentence):
        if not reading.in_parens and sentence.find(reading.text, at) == at:
            return reading.zone if reading.source not in {"unstated", "local"} else None
    return None


def _restated_zone(
    text: str, where: tuple[str, int] | None, sentences: tuple[str, ...]
) -> tzinfo | None:
    """The zone another of its sentences writes for the same start, when the text's own
    clock has none ("to take effect at midnight tonight" in a Korvan paper, and "the truce
    would begin at 2400 hours Vellan time"): the writer's, not the dateline's, clock. Only
    when every such sentence gives the same zone."""
    own = [r for r in timeline.readings(text) if not r.in_parens]
    if where is None or not own or own[0].source != "unstated":
        return None
    found = {
        zone
        for sentence in sentences
        if sentence != where[0]
        and (zone := timeline.zone_of_start(sentence, own[0].hour, own[0].minute)) is not None
    }
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=1 << 14)
def _timing(
    anchor: date | None,
    dateline: tuple[str, ...],
    announcer: ActorInfo | None,
    parties: tuple[ActorInfo, ...],
    mediators: tuple[ActorInfo, ...],
    text: str,
    sentences: tuple[str, ...],
    context: tuple[date, ...],
    report: bool = False,
    home: str | None = None,
) -> tuple[date | None, datetime | None, tuple[date, ...], tuple[str, ...], bool, bool, bool]:
    """A mention's day, instant, dates, conflicting readings, whether its time is when
    the truce ends, whether its zone was guessed (none written), and whether its own words
    give the day it began, from everything they are read from: the same truce reported in the
    same words by many articles is read once. Every day comes from the time model, counted
    from the article's anchor. A report on how a truce fares is as of the latest day its
    sentences name, else its article's day; a time written as the truce's end ("ended at
    midnight", "until midnight") is no start: the mention reports on a truce in force."""
    dates = tuple(sorted(set(context)))
    where = _clock_in(text, sentences) if text else None
    if where is not None and timeline.ends_truce(*where):
        day = timeline.dated(text, anchor, where[0]) or (dates[-1] if dates else anchor)
        return day, None, dates, (), True, False, False
    written_in = _written_in(text, sentences) if text else None
    if where is None and written_in is not None and _written_as_end(text, written_in):
        # "The 12-day holiday truce ended on Jan. 3": the day it ended, a report on it
        day = timeline.dated(text, anchor, written_in) or (dates[-1] if dates else anchor)
        return day, None, dates, (), True, False, False
    day = timeline.dated(text, anchor, written_in, truce_start=True) if written_in else None
    if day is not None and anchor is not None:
        # ("6 p.m. Washington time - 1 a.m. Saturday in Cairo": Friday in Washington)
        day = timeline.day_of_first_reading(text, day, anchor) or day
    starts = day is not None and written_in is not None and _written_as_start(text, written_in)
    clock = timeline.clock_time(text) if text else None
    at: datetime | None = None
    if day is None and clock is not None:
        # "at 2 a.m. (2300 GMT Thursday)": the writer's dated conversion fixes the instant.
        at = timeline.dated_utc_paren(text, anchor, written_in)
        if at is not None:
            local = _local_zone(announcer, list(parties), at.date(), home) or UTC
            day = at.astimezone(local).date()
    if day is None and clock is not None and where is not None:
        day = timeline.day_near(where[0], where[1], anchor)  # "on Tuesday at 0400 GMT"
    if day is None and clock is not None and dates:
        day = dates[0]  # "from 9am Strelsau time", dated "Tuesday morning" in the same sentences
    if day is None and clock is not None and where is not None and anchor is not None:
        # "signed at 4.30 p.m." with no day written: the day the article reports; "began
        # at midnight", past, the midnight that began it (a midnight ends the day it is on)
        day = anchor
        if timeline.names_midnight(text) and not timeline.speaks_of_future(*where):
            day = anchor - timedelta(days=1)
    conflicts: tuple[str, ...] = ()
    guessed = False
    if at is None and day is not None and clock is not None:
        # "local time": the belligerents' zone, else a place the sentence or dateline names.
        countries = [a.country for a in (announcer, *parties, *mediators) if a and a.country]
        places = [p for e in sentences for p in timeline.places_in(e, countries)]
        zone = _local_zone(announcer, list(parties), day, home)
        written = _sentence_zone(text, where) or _restated_zone(text, where, sentences)
        if written is not None:
            zone = written
        elif home is not None and re.search(r"\blocal\b", text, re.IGNORECASE):
            # "midnight local time": the clock where most articles place the fighting, not
            # a party's capital's (a state that fights abroad)
            zone = ZoneInfo(home)
        elif (
            places
            and not re.search(r"\blocal\b", text, re.IGNORECASE)
            # (not a place another reading of the time is given in: "at seven o'clock on
            # Saturday evening - noon in New York": that reading fixes the instant)
            and not any(r.source == "place" for r in timeline.readings(text, day=day))
        ):
            # A time with no zone in a sentence set somewhere ("In Washington the truce
            # began at 9 p.m.") is that place's clock; "local time" is the fighting's.
            zone = timeline.place_zone(places, countries) or zone
            if home is not None and _same_state(places[0], str(zone), home):
                # ("so that the cabinet in Vell can reply", a truce fought over in a
                # town of the same state on another clock: the fighting's)
                zone = ZoneInfo(home)
        # (the words that make it a start stay with it: "from midnight on December 20")
        lead = timeline.start_word_before(*where) if where is not None else ""
        resolved = timeline.resolve_instant(
            f"{lead}{text}",
            day,
            local_zone=zone,
            places=[*places, *_dateline_places(dateline, countries, home)],
            countries=countries,
        )
        if resolved.at is None and zone is None and home is not None:
            # no side, announcer or place gives the clock: the episode's, where most
            # articles place the fighting
            resolved = timeline.resolve_instant(
                f"{lead}{text}", day, local_zone=ZoneInfo(home), countries=countries
            )
        at, conflicts = resolved.at, resolved.disagreements
        used = resolved.used
        if (
            at is not None
            and where is not None
            and timeline.SIGNED_JUST_AT.search(where[0][: where[1]])
            and (grace := timeline.grace_after_signing(sentences)) is not None
        ):
            # "signed at about 8.30 p.m." and "24 hours from signature to halt": it starts then
            at += grace
            day += grace
        guessed = written is None and used is not None and used.source == "unstated"
    if day is None and clock is None and report:
        day = dates[-1] if dates else anchor
    if day is None and clock is None and (begun := _start_day(anchor, sentences)) is not None:
        # "The 60-day truce is due to begin April 1": the day it starts, not the day the
        # report was filed
        return begun, None, dates, conflicts, False, guessed, True
    if day is None and dates and clock is None:
        day = dates[0]
    return day, at, dates, conflicts, False, guessed, starts


def _dateline_places(
    dateline: tuple[str, ...], countries: list[str], home: str | None
) -> tuple[str, ...]:
    """The dateline's places whose clock a zoneless time may be: all of them when they
    keep one clock; of a dateline of several clocks ("DUBAI/ADEN"), the one where the
    fighting is, else none (the episode's clock decides)."""
    zoned = [(p, timeline.place_zone([p], countries)) for p in dateline]
    if len({str(z) for _, z in zoned if z is not None}) <= 1:
        return dateline
    return tuple(p for p, z in zoned if z is not None and home is not None and str(z) == home)


def _start_day(anchor: date | None, sentences: tuple[str, ...]) -> date | None:
    """The first day its sentences write as the truce's start still to come ("a truce
    beginning April 1", "is due to begin April 1"), outside a wire dateline."""
    for sentence in sentences:
        for expr in timeline.expressions(sentence):
            # (a start still to come: not "the truce that began on March 7", nor "fighting
            # that started on Saturday")
            if (
                expr.kind not in {"year", "month"}
                and expr.start >= timeline.dateline_end(sentence)
                and timeline.begins_at(sentence, expr.start)
                and timeline.written_ahead(expr, sentence, expr.start)
            ):
                return timeline.dated(expr.text, anchor, sentence, truce_start=True)
    return None


def _describe(m: CeasefireMention) -> str:
    return (
        f"announced by {m.announced_by or 'nobody named'}; mediators {m.mediators or 'none'}; "
        f"parties {m.parties or 'none'}; effective {m.effective_at_text or 'not stated'}; "
        f"{m.status} [{refs(m.evidence)}]"
    )


@dataclass(frozen=True)
class Truces:
    attempts: list[CeasefireAttempt]  # a timeline, by effective instant
    disputes: list[Disagreement]  # what sources dispute about them
    called_between: frozenset[str]  # the sides a truce only called for is between
    # sources with no date of their own read a whole number of weeks off: their truce is
    # one the dated sources place that many weeks away (source -> the local day it began,
    # and how far off the source's reading put it)
    weeks_off: dict[str, tuple[date, timedelta]] = field(default_factory=dict)


def ceasefires(ctx: Context) -> Truces:
    """The attempts as a timeline (by effective instant), the ones sources dispute, and
    the sides of truces only called for (no attempts, but their sides are the war's)."""
    truces = []
    called: set[str] = set()
    for article, mention in _kept(ctx):
        if _only_wanted(mention):
            reason = "a truce only called or pressed for, not agreed: no attempt"
            ctx.aside(article.source, "ceasefire", _describe(mention), reason)
            called |= {ctx.name(p).id for written in mention.parties for p in listed(written)}
            continue
        truces.append(_truce(ctx, article, mention))
    clusters = _fold_untimed(_clusters(truces, ctx))
    attempts = [_attempt(key, members) for key, members in clusters.items()]
    attempts.sort(key=lambda a: (a.effective_at or a.announced_at or "~", a.id))
    return Truces(
        attempts,
        _disputes(attempts) + _time_disputes(clusters),
        frozenset(called),
        _weeks_off(clusters),
    )


def _kept(ctx: Context) -> list[tuple[ArticleExtraction, CeasefireMention]]:
    """The truce mentions of this episode, and a truce begun before it that this episode's
    reports say has run since then ("suspended the ceasefire they had observed since
    December"): its collapse is this episode's story, so its start is no earlier event."""
    kept: list[tuple[ArticleExtraction, CeasefireMention]] = []
    earlier: list[tuple[ArticleExtraction, CeasefireMention, str]] = []
    for article in ctx.articles:
        for mention in article.ceasefires:
            reason = _of_another_year(ctx, mention) or ctx.off_episode(article, mention.evidence)
            if reason is None:
                kept.append((article, mention))
            elif ctx.inside(article) and mention.effective_at_text:
                earlier.append((article, mention, reason))
            else:
                ctx.aside(article.source, "ceasefire", _describe(mention), reason)
    running = [
        found
        for article, mention in kept
        if mention.status in _REPORTS
        for m in episodes.same_sentences(mention.evidence, article.time_mentions)
        if episodes.opens_a_window(m)
        and (found := episodes.mention_interval(m, ctx.anchor(article))) is not None
    ]
    for article, mention, reason in earlier:
        began = _truce(ctx, article, mention).at
        if began is not None and any(w.first <= began.date() <= w.last for w in running):
            kept.append((article, mention))
        else:
            ctx.aside(article.source, "ceasefire", _describe(mention), reason)
    return kept


def _of_another_year(ctx: Context, mention: CeasefireMention) -> str | None:
    """Why a mention is of a truce of another year: every sentence it cites names its truce
    by a year outside the episode's ("since the 1994 ceasefire collapsed"); else None."""
    window = ctx.decision.window
    when = mention.effective_at_text if _names_a_time(mention.effective_at_text or "") else None
    # (a sentence that writes this truce's own time is about it: "a new truce, the first
    # since the 2019 ceasefire collapsed, took effect at 0700 GMT")
    named = [
        set() if when and when in e.text else timeline.truce_years(e.text) for e in mention.evidence
    ]
    if window is None or not named or not all(named):
        return None
    years = sorted(set().union(*named))
    if any(window[0].year <= year <= window[1].year for year in years):
        return None
    written = ", ".join(map(str, years))
    return f"its sentences name the truce by its year ({written}), not the episode's"


def _weeks_off(clusters: dict[str, list[_Truce]]) -> dict[str, tuple[date, timedelta]]:
    """The undated sources whose weekday-only truce joined a truce the dated sources place
    a whole number of weeks away, with the local day that truce began and the weeks it was
    read off by: read a week off, their other dates may be too (one per source, or none)."""
    found: dict[str, set[tuple[date, timedelta]]] = defaultdict(set)
    for members in clusters.values():
        placed = {m.at for m in members if not m.weekly and m.at is not None}
        if len(placed) != 1:
            continue
        at = placed.pop()
        for m in members:
            off = at - m.at if m.at is not None else timedelta()
            if m.weekly and m.day is not None and off and off % _WEEK == timedelta():
                found[m.article.source].add((m.day + off, off))
    return {source: next(iter(day)) for source, day in sorted(found.items()) if len(day) == 1}


# A truce wanted, not made: "pressing for a truce", "called for an immediate ceasefire".
_WANTED = re.compile(
    r"\b(?:call(?:ed|s|ing)?|press(?:ed|es|ing)?|push(?:ed|es|ing)?|appeal(?:ed|s|ing)?|"
    r"urg(?:e|ed|es|ing)|demand(?:ed|s|ing)?|seek(?:s|ing)?|sought|ask(?:ed|s|ing)?|"
    # ("OAU steps up bid for Klow-Vell ceasefire", "efforts towards a truce")
    r"work(?:ed|s|ing)?|bids?|efforts?|drive|pleas?)\s+(?:for|towards?)\s+[\"\u201c]?(?:(?:an?|the)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:cease-?fire|truce|cessation|halt|pause)"
    # wanted as its object ("urging 'an immediate cessation of hostilities'"), still talked
    # over or drafted ("talks were progressing on a draft cessation of hostilities")
    r"|\b(?:urg(?:e|ed|es|ing)|demand(?:ed|s|ing)?|seek(?:s|ing)?|sought)\s+[\"\u201c]?"
    r"(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?(?:cease-?fire|truce|cessation)"
    r"|\b(?:talks?|negotiations?|progress\w*|work(?:ed|ing)?)\s+(?:on|over|about|towards?)\s+"
    r"(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?(?:cease-?fire|truce|cessation)"
    r"|\bdraft\s+(?:[\w-]+\s+){0,2}?(?:cease-?fire|truce|cessation)"
    # an effort or a call to stop the fighting: "stepped up efforts on Thursday to end
    # the fighting", 'called on Klow and Vell to "stop all hostilities"'
    r"|\b(?:efforts?|bids?|attempts?|push|drive|call(?:ed|s|ing)?|urg(?:e|ed|es|ing)|"
    r"appeal(?:ed|s|ing)?|press(?:ed|ing)?)\b[^.;:]{0,60}?\bto\s+[\"\u201c]?"
    r"(?:end|halt|stop|cease|suspend)\b",
    re.IGNORECASE,
)
# ... and wording that some truce was made or is in force after all.
_MADE = re.compile(
    r"\b(?:agreed|agree|agrees|accepted|accepts|signed|declared|announced|brokered|reached|"
    r"took\s+effect|takes\s+effect|came\s+into|went\s+into|in\s+force|began|begins|"
    r"holding|held|violat\w*|breach\w*|broke|collapsed|"
    # ("a ceasefire is now in effect", "have observed a truce since Monday", "fell silent
    # under a truce", "demanded the ceasefire be respected": one in force)
    r"in\s+effect|in\s+place|observed|observing|respected|fell\s+silent|"
    r"under\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:truce|cease-?fire))\b",
    re.IGNORECASE,
)


def _names_a_time(text: str) -> bool:
    """A clock or a day ("9 a.m. on Friday"), not "within days" or "soon"."""
    return timeline.clock_time(text) is not None or any(
        e.kind not in {"year", "month"} for e in timeline.expressions(text)
    )


def _only_wanted(mention: CeasefireMention) -> bool:
    """Every sentence of a merely announced truce with no clock or day wants one ("Vellan officials
    said they were pressing for a truce to take effect within days", "the council called
    for an immediate ceasefire") and none says one was made: a call, not an attempt."""
    return (
        mention.status == "announced"
        and not _wanted_at(mention)
        and bool(mention.evidence)
        and all(_WANTED.search(e.text) and not _MADE.search(e.text) for e in mention.evidence)
    )


def _wanted_at(mention: CeasefireMention) -> bool:
    """The mention's time is the wanted truce's ("the ceasefire due to start at 9 a.m. on
    Friday to be respected", "From 6 a.m. on Friday the two will stop firing, answering the
    call to end the fighting"), unless it is written inside the words that want a truce: the
    day of the call ("stepped up efforts on Thursday to end the fighting")."""
    written = mention.effective_at_text or ""
    if not _names_a_time(written):
        return False
    for e in mention.evidence:
        wanted = _WANTED.search(e.text)
        at = e.text.find(written)
        if wanted is None or at < 0:
            return True
        # (the call's day is written inside its words, "efforts on Thursday to end", or
        # just before them: "issued a statement today calling for")
        if wanted.start() <= at < wanted.end():
            continue
        if at < wanted.start() and re.fullmatch(
            r"[\W]*(?:[\w'-]+[\W]+){0,2}", e.text[at + len(written) : wanted.start()]
        ):
            continue
        return True
    return False


def _clusters(truces: list[_Truce], ctx: Context | None = None) -> dict[str, list[_Truce]]:
    """Attempt id -> its mentions. Full instants first, so the clusters do not depend on
    input order."""
    clusters = _timed_clusters(truces)
    timed = set(clusters)
    index = _Index(clusters)
    loose: dict[str, list[_Truce]] = defaultdict(list)
    named_by_day: list[_Truce] = []
    for truce in truces:
        if truce.at is not None:
            continue
        fits = last_begun(truce, index.fits(truce), index.first_day)
        if not fits and truce.agreed is not None:
            named_by_day.append(truce)  # its truce may be one with no instant: below
            continue
        if _bare(truce) and len(fits) != 1:
            # A report that says only how "the truce" fares names no truce of its own:
            # it joins the one timed truce it fits, or else is set aside.
            fits = [key for key in fits if key in timed]
            if len(fits) != 1:
                if ctx is not None:
                    ctx.aside(
                        truce.article.source,
                        "ceasefire",
                        _describe(truce.mention),
                        "a report on how a truce fares that fits no single truce",
                    )
                continue
        if len(fits) == 1:
            clusters[fits[0]].append(truce)
            index.add(fits[0], truce)
        else:
            loose[_loose_key(truce)].append(truce)
    for truce in named_by_day:
        found = _agreed_that_day(truce, (clusters, loose))
        if found is not None:
            (clusters if found in clusters else loose)[found].append(truce)
        elif _bare(truce):
            if ctx is not None:
                ctx.aside(
                    truce.article.source,
                    "ceasefire",
                    _describe(truce.mention),
                    "a report on a truce agreed on a day no truce of the briefing has",
                )
        else:
            loose[_loose_key(truce)].append(truce)
    clusters.update(_joined(loose))
    return clusters


def _fold_untimed(clusters: dict[str, list[_Truce]]) -> dict[str, list[_Truce]]:
    """The episode's one timed truce and the mentions of a truce with no instant that
    write no other: a side accepting the proposal for it ("accepts the American proposal
    for a 90-day cease-fire"), its declaration days before it began. Each untimed cluster
    of announcements (no report of how a truce fared: one that broke down is its own)
    whose voices fit that truce's, dated no later than its last day or undated with no
    time written, joins it; not when its words make it another truce ("a new truce", "a
    second ceasefire"), nor when there is more than one timed truce to choose from."""
    timed = [k for k, members in clusters.items() if any(m.at is not None for m in members)]
    if len(timed) != 1:
        return clusters
    [into] = timed
    days = [d for m in clusters[into] for d in m.days] + [
        m.at.date() for m in clusters[into] if m.at is not None
    ]
    last = max(days) if days else None
    folded = {into: list(clusters[into])}
    for key, members in clusters.items():
        if key == into:
            continue
        fits = (
            all(m.at is None and not m.reports for m in members)
            and not any(
                _ANOTHER_TRUCE.search(e.text) or _ANOTHER_TIME.search(e.text)
                for m in members
                for e in m.mention.evidence
            )
            and all(any(m.compatible(t) for t in clusters[into]) for m in members)
            # dated no later than it; undated, with no time of its own written ("signed a
            # ceasefire last month" is another)
            and all(
                (m.day is not None and (last is None or m.day <= last))
                or (
                    m.day is None
                    and not any(
                        e.start >= timeline.dateline_end(ev.text) and e.kind != "relative"
                        for ev in m.mention.evidence
                        for e in timeline.expressions(ev.text)
                    )
                )
                for m in members
            )
        )
        if fits:
            folded[into].extend(members)
        else:
            folded[key] = list(members)
    return folded


# ... or as one of another time: "signed a ceasefire last month", "two years ago".
_ANOTHER_TIME = re.compile(
    r"\b(?:last|previous|past)\s+(?:month|year|week|spring|summer|autumn|fall|winter)\b"
    r"|\b(?:months|years|weeks)\s+(?:ago|earlier|before)\b",
    re.IGNORECASE,
)
# A truce written as another one than the episode's: "a new truce", "a second ceasefire",
# one of a place or of hours ("a local truce around the port", "a 24-hour truce", "a
# humanitarian pause"), or one refused ("rejected a proposal for a truce").
_ANOTHER_TRUCE = re.compile(
    rf"\b(?:{_OTHER_TRUCE_WORDS}|earlier|previous|last|"
    r"bilateral|permanent|lasting|local|localised|localized|partial|humanitarian|"
    r"[\w-]+-hour|(?:\d+|one|two|three|four|five|six|twelve)\s+hours?)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:truce|cease-?fire|armistice|pause)"
    r"|\b(?:humanitarian|temporary)\s+(?:pause|halt)|\bpause\s+in\s+the\s+(?:fighting|shelling)"
    r"|\b(?:rejected|rejects|refused|refuses|turned\s+down|dismissed)\b",
    re.IGNORECASE,
)


def _joined(loose: dict[str, list[_Truce]]) -> dict[str, list[_Truce]]:
    """Truces with no instant reported on one day by compatible voices, with no clocks
    that differ, are one attempt ("Ghani extended the truce on Saturday" in one report,
    "the government lengthened its ceasefire by ten days on Saturday" in another), whatever
    words each writes for its time."""
    joined: dict[str, list[_Truce]] = {}
    for key in sorted(loose):
        members = loose[key]
        day = members[0].day
        into = next(
            (
                k
                for k, kept in joined.items()
                if day is not None
                and kept[0].day == day
                and any(a.compatible(b) and _same_parties(a, b) for a in members for b in kept)
                and len({c for m in (*members, *kept) if (c := _any_clock(m)) is not None}) <= 1
            ),
            None,
        )
        if into is None:
            joined[key] = list(members)
        else:
            joined[into].extend(members)
    return joined


def last_begun(truce: _Truce, fits: list[str], first_day: Mapping[str, date]) -> list[str]:
    """Of the truces a dated report fits, the last to begin by its day: "the ceasefire was
    broadly holding" two days after a local truce collapsed and a general one began is on
    the general one (a later truce replaces an earlier one); the first, when it writes of
    an earlier truce ("after a first truce ... collapsed on Sunday")."""
    if not truce.reports or truce.day is None or len(fits) < 2:
        return fits
    # ... unless it writes of the one before: "after a first truce ... collapsed"
    # (a sentence that names that earlier truce alone: not "holding, two days after an
    # earlier ceasefire broke down", which reports on the current one)
    earlier = any(
        timeline.names_an_earlier_truce(e.text) and len(_A_TRUCE.findall(e.text)) == 1
        for e in truce.mention.evidence
    )
    days = [first_day[k] for k in fits if k in first_day]
    chosen = (min if earlier else max)(days, default=None)
    return [k for k in fits if first_day.get(k, chosen) == chosen]


def _agreed_that_day(truce: _Truce, clusters: Iterable[dict[str, list[_Truce]]]) -> str | None:
    """The one truce a report naming the day its truce was agreed is about: one another
    source says was agreed that day, else one that began that day, else one that began a
    day or two after it (nearest first); None when two are as near."""
    assert truce.agreed is not None
    agreed = truce.agreed
    said = {
        key
        for group in clusters
        for key, members in group.items()
        if any(
            m is not truce
            and m.compatible(truce)
            and any(timeline.agreed_day(e.text, m.reported) == agreed for e in m.mention.evidence)
            for m in members
        )
    }
    if said:
        return said.pop() if len(said) == 1 else None
    firsts = {
        key: (min(days), members)
        for group in clusters
        for key, members in group.items()
        if (days := [d for m in members for d in m.days])
    }
    for span in (0, 1, 2):
        found = {
            key
            for key, (first, members) in firsts.items()
            if 0 <= (first - agreed).days <= span and any(m.compatible(truce) for m in members)
        }
        if found:
            return found.pop() if len(found) == 1 else None
    return None


def _timed_clusters(truces: list[_Truce]) -> dict[str, list[_Truce]]:
    """The mentions with a full instant, by instant: those whose zone was written first,
    then those whose zone was guessed (they join the same clock written with its zone),
    then a truce placed a week off by an undated article joins its week's."""
    clusters: dict[str, list[_Truce]] = defaultdict(list)
    for truce in truces:
        if truce.at is not None and not truce.guessed:
            clusters[_key(truce.at)].append(truce)
    zoned = {key: list(members) for key, members in clusters.items()}
    for truce in truces:
        if truce.at is not None and truce.guessed:
            # (its guessed zone giving the very instant a written one gives: that truce)
            same = _key(truce.at) if _key(truce.at) in zoned else _same_clock(truce, zoned)
            clusters[same or _key(truce.at)].append(truce)
    _same_hour_another_week(clusters)
    _same_hour_another_day(clusters)
    _said_the_day_before(clusters)
    _same_hour_the_day_before(clusters)
    _minutes_apart(clusters)
    return clusters


_ROUNDING = timedelta(minutes=15)


def _minutes_apart(clusters: dict[str, list[_Truce]]) -> None:
    """Two compatible truces that start minutes apart are one, written to the minute by
    one source and rounded by another ("from one minute past midnight", "at midnight"): it
    takes the instant most of its mentions give (the earlier on a tie)."""
    merged = True
    while merged:
        merged = False
        keys = sorted(k for k, members in clusters.items() if members)
        for a, b in pairwise(keys):
            first, second = clusters[a], clusters[b]
            if _instant(b) - _instant(a) > _ROUNDING:
                continue
            if not any(x.compatible(y) for x in first for y in second):
                continue
            keep, drop = (a, b) if len(first) >= len(second) else (b, a)
            clusters[keep].extend(clusters.pop(drop))
            merged = True
            break


_Voice = tuple[str | None, frozenset[str], frozenset[str]]  # announcer, mediators, parties


def _key(at: datetime) -> str:
    return f"ceasefire-{at:%Y-%m-%dT%H%M}Z"


def _instant(key: str) -> datetime:
    return datetime.strptime(key, "ceasefire-%Y-%m-%dT%H%MZ").replace(tzinfo=UTC)


_ZONE_SPREAD = timedelta(hours=26)  # UTC-12:00 to UTC+14:00: one clock, any zone
_WEEK = timedelta(days=7)


def _names(truce: _Truce) -> set[str]:
    return {*truce.parties, *truce.mediators, *([truce.announcer] if truce.announcer else [])}


def _names_one(a: _Truce, b: _Truce) -> bool:
    """The two mentions name one actor in common (a party, mediator or announcer)."""
    return any(_same_group(x, y) for x in _names(a) for y in _names(b))


def _same_hour_another_week(clusters: dict[str, list[_Truce]]) -> None:
    """A truce whose every mention comes from articles with no date of their own and names
    its day by weekday only ("began at 7 p.m. on Saturday") is placed a week off when the
    article is: when one compatible truce of dated sources starts at the same hour on the
    same weekday a week before or after, it is that truce (each may name a different one
    side of it: a briefing on "the ceasefire with the Klow rebels")."""
    _rejoin(
        clusters,
        misplaced=lambda m: m.weekly,
        offsets=(_WEEK, -_WEEK, 2 * _WEEK, -2 * _WEEK),
        # (its parties may be the other side of the same truce: "since the ceasefire with the
        # Klow rebels took effect at 1500 GMT last Friday" in Vellmark's briefing)
        voices=lambda o, m: (
            o.compatible(m)
            or (
                len(o.parties) <= 1
                and len(m.parties) <= 1
                and _compatible(_without_parties(o), _without_parties(m))
            )
        ),
        placed_other=True,
    )


def _same_hour_another_day(clusters: dict[str, list[_Truce]]) -> None:
    """A truce whose every mention comes from articles with no date of their own and names
    its day relative to the day it was written ("3 o'clock this morning") is days off when
    its article was fitted to the wrong day: when one compatible truce of dated sources
    starts at the same clock up to three days before or after, it is that truce."""
    _rejoin(
        clusters,
        misplaced=lambda m: m.daily,
        offsets=tuple(timedelta(days=d) for d in (1, -1, 2, -2, 3, -3)),
        voices=lambda o, m: o.compatible(m) and _names_one(o, m),
        placed_other=True,
    )


def _said_the_day_before(clusters: dict[str, list[_Truce]]) -> None:
    """A truce whose every mention dates it by a "today" spoken in a quotation may have
    been spoken days before its article was printed: when one compatible truce (naming
    an actor in common) starts at the same clock a day or two before, it is that truce."""
    _rejoin(
        clusters,
        misplaced=lambda m: m.quoted,
        offsets=(timedelta(days=1), timedelta(days=2)),
        voices=lambda o, m: o.compatible(m) and _names_one(o, m),
        placed_other=True,
    )


def _without_parties(truce: _Truce) -> _Voice:
    announcer, mediators, _ = _voice(truce)
    return announcer, mediators, frozenset()


def _same_hour_the_day_before(clusters: dict[str, list[_Truce]]) -> None:
    """A truce whose every mention writes its clock with no day ("took effect at 4.30 p.m.")
    is placed on its article's day; an article printed after midnight reports the day
    before. When one compatible truce (naming an actor in common, unless one of them names
    none) starts at the same instant the day before, it is that truce."""
    _rejoin(
        clusters,
        misplaced=lambda m: m.dayless,
        offsets=(timedelta(days=1),),
        voices=lambda o, m: (
            o.compatible(m) and (_names_one(o, m) or not _names(o) or not _names(m))
        ),
        placed_other=False,  # the day before's own day may be its article's too
    )


def _rejoin(
    clusters: dict[str, list[_Truce]],
    *,
    misplaced: Callable[[_Truce], bool],
    offsets: tuple[timedelta, ...],
    voices: Callable[[_Truce, _Truce], bool],
    placed_other: bool,
) -> None:
    """A truce every mention of which may be placed off (`misplaced`) is the one compatible
    truce (`placed_other`: one not itself misplaced) that starts at its instant less one of
    the `offsets` and whose `voices` agree; never one written as new or second ("a fresh
    truce took effect at 5 p.m.": its own day)."""
    for key in sorted(clusters):
        members = clusters[key]
        if not members or not all(misplaced(m) for m in members):
            continue
        if any(
            timeline.names_a_new_truce(e.text) or _RESTORED.search(e.text)
            for m in members
            for e in m.mention.evidence
        ):
            continue
        at = members[0].at
        assert at is not None
        found = [
            other
            for other, others in sorted(clusters.items())
            if other != key
            and others
            and not (placed_other and all(misplaced(m) for m in others))
            and any(
                o.at is not None and at - o.at in offsets and any(voices(o, m) for m in members)
                for o in others
            )
        ]
        if len(found) == 1:
            clusters[found[0]].extend(members)
            del clusters[key]


# A truce started again after it collapsed: a start of its own, not a day-off report (not
# "fighting resumed": the truce's breach).
_RESTORED = re.compile(
    r"\b(?:cease-?fire|truce)\b[^.;]{0,40}?\b(?:restored|reinstated|renewed|revived|"
    r"re-?established)\b"
    r"|\b(?:restored|reinstated|renewed|revived)\s+(?:the\s+)?(?:cease-?fire|truce)\b"
    r"|\b(?:fell\s+silent|took\s+effect)\s+again\b",
    re.IGNORECASE,
)


def _same_clock(truce: _Truce, zoned: dict[str, list[_Truce]]) -> str | None:
    """The one truce whose time a source wrote with its zone at the same clock as this
    mention's zoneless one ("took effect at 7 a.m." beside "07:00 in Ruritania"): a zone
    written beats the zone guessed from the parties."""
    assert truce.at is not None
    clock = timeline.clock_time(truce.mention.effective_at_text or "")
    if clock is None:
        return None
    found = [
        key
        for key, members in sorted(zoned.items())
        if any(
            m.at is not None
            and abs(m.at - truce.at) <= _ZONE_SPREAD
            and truce.compatible(m)
            and (clock.hour, clock.minute)
            in {(r.hour, r.minute) for r in timeline.readings(m.mention.effective_at_text or "")}
            for m in members
        )
    ]
    return found[0] if len(found) == 1 else None


def _voice(truce: _Truce) -> _Voice:
    return truce.announcer, truce.mediators, truce.parties


@dataclass
class _Facts:
    """What `_fits` reads of a cluster's members, kept as they join."""

    voices: set[_Voice]
    days: set[date]
    clocks: set[tuple[int, int, str]]
    starts: set[tuple[int, int, str]]  # their clocks (`_zoned_clock`)


class _Index:
    """The clusters by day and by clock, so that a mention without a full instant is
    checked against the clusters it could join only. `fits` gives what checking every
    cluster with `_fits` gives, in the same (sorted) order."""

    def __init__(self, clusters: dict[str, list[_Truce]]) -> None:
        self.facts: dict[str, _Facts] = {}
        self.by_day: dict[date, set[str]] = defaultdict(set)
        self.by_clock: dict[tuple[int, int, str], set[str]] = defaultdict(set)
        self.first_day: dict[str, date] = {}  # clusters with a day -> their earliest day
        self.timed_in: dict[str, set[str]] = defaultdict(set)  # source -> its timed clusters
        self.compatible: dict[tuple[_Voice, _Voice], bool] = {}
        for key, members in clusters.items():
            for member in members:
                self.add(key, member)

    def add(self, key: str, truce: _Truce) -> None:
        facts = self.facts.setdefault(key, _Facts(set(), set(), set(), set()))
        facts.voices.add(_voice(truce))
        for day in truce.days:
            facts.days.add(day)
            self.by_day[day].add(key)
            first = self.first_day.get(key)
            self.first_day[key] = day if first is None else min(first, day)
        if (start := _zoned_clock(truce, truce.mention.effective_at_text or "")) is not None:
            facts.starts.add(start)
        clock = _clock(truce)
        if clock is not None:
            facts.clocks.add(clock)
            self.by_clock[clock].add(key)
        if truce.at is not None:
            self.timed_in[truce.article.source].add(key)

    def fits(self, truce: _Truce) -> list[str]:
        # _fits: on its date; or, a report on a truce in force, on or after a member's
        # earliest day (any day when it is undated); or undated with a member's clock.
        reports = truce.reports
        if reports and truce.agreed is not None:
            return []  # "the truce agreed on Wednesday collapsed": _agreed_that_day decides
        if truce.day is not None:
            candidates = set(self.by_day.get(truce.day, ()))
            if reports and not (truce.starts and self._agreeing(truce, candidates)):
                # A report that names the day its truce began joins a truce of that day.
                candidates.update(k for k, d in self.first_day.items() if d <= truce.day)
        else:
            clock = _clock(truce)
            candidates = set(self.by_clock.get(clock, ())) if clock is not None else set()
            if reports or truce.refers_back:
                candidates.update(self.first_day)
            elif _named_in_passing(truce):
                # A truce its article names with no day or time of its own ("agreed to a full
                # and immediate ceasefire") beside the one it times is that truce.
                same = self.timed_in.get(truce.article.source, set())
                if len(same) == 1:
                    candidates.update(same)
        begun = _begun_on(truce) if reports or truce.refers_back else set()
        if begun:
            # (nor a truce of another start than the one its words date: "ending the
            # truce declared from Dec. 23")
            candidates = {
                k
                for k in candidates
                if not self.facts[k].days
                or any(abs((d - m).days) <= 1 for d in begun for m in self.facts[k].days)
            }
        if (reports or truce.refers_back) and (started := _started_at(truce)):
            # (nor a truce of another start clock than its words write: "the bridge truce,
            # which began at a quarter to five", not one that began at ten at night)
            candidates = {k for k in candidates if not _other_clocks(started, self.facts[k].starts)}
        if reports and (named := _months_named(truce)):
            # (not a truce of another month than the one the report names)
            candidates = {
                k
                for k in candidates
                if not self.facts[k].days or named & {d.month for d in self.facts[k].days}
            }
        agreeing = self._agreeing(truce, candidates)
        dated = [k for k in candidates if self.facts[k].days]
        if (
            not agreeing
            and begun
            and len(dated) == 1
            # (not "a separate local truce ... that began on Friday")
            and not any(_ANOTHER_TRUCE.search(e.text) for e in truce.mention.evidence)
        ):
            # "the ceasefire that began on Thursday": its start names the truce, however
            # the two reports name its sides ("Serbs" and "Bosnian Serbs", "the government")
            return dated
        return agreeing

    def _agreeing(self, truce: _Truce, candidates: set[str]) -> list[str]:
        voice = _voice(truce)
        one_sided = _one_sided_report(truce)
        return sorted(k for k in candidates if self._agrees(voice, self.facts[k].voices, one_sided))

    def _agrees(self, voice: _Voice, voices: set[_Voice], one_sided: bool) -> bool:
        """`truce.compatible(m)` for some member m (a mention that agrees with one report
        of a truce is about it), compared once per pair of voices."""
        for other in sorted(voices, key=repr):
            pair = (voice, other)
            if pair not in self.compatible:
                self.compatible[pair] = _compatible(voice, other)
            if self.compatible[pair] or (one_sided and _agree_one_side_each(voice, other)):
                return True
        return False


# Words that say what kind of body an armed group is, not which: "X forces", "X fighters".
_KIND_WORDS = frozenset(
    "forces force army armed fighters fighter militia militias troops rebels rebel movement "
    "group groups military units unit regime the of and".split()
)


@lru_cache(maxsize=4096)
def _name_words(actor_id: str) -> tuple[frozenset[str], str]:
    """An actor id's distinctive words (a plural's "s" dropped) and its initials."""
    words = [w for w in actor_id.split("-") if w]
    distinctive = frozenset(
        w[:-1] if len(w) > 4 and w.endswith("s") else w
        for w in words
        if w not in _KIND_WORDS and len(w) > 1
    )
    return distinctive, "".join(w[0] for w in words) if len(words) > 1 else ""


# A state's forces and those fighting it are never one party ("x-army", "x-rebels").
_STATE_KIND = frozenset("forces force army armed military troops regime units unit".split())
_REBEL_KIND = frozenset(
    "fighters fighter militia militias rebels rebel movement group groups".split()
)


def _kinds(actor_id: str) -> set[str]:
    words = set(actor_id.split("-"))
    return {k for k, kind in (("state", _STATE_KIND), ("rebel", _REBEL_KIND)) if words & kind}


def _same_group(a: str, b: str) -> bool:
    """Two ids for one party, as articles name it two ways: the same distinctive words
    ("x-forces", "xs"), or one the initials of the other ("rapid-x-forces", "rxf"); never
    a state's forces and a rebel group of one name ("x-army", "x-rebels")."""
    if a == b:
        return True
    (words_a, initials_a), (words_b, initials_b) = _name_words(a), _name_words(b)
    if b == initials_a or a == initials_b:
        return True
    kinds_a, kinds_b = _kinds(a), _kinds(b)
    if kinds_a and kinds_b and not kinds_a & kinds_b:
        return False
    return bool(words_a) and words_a == words_b


def _compatible(a: _Voice, b: _Voice) -> bool:
    def overlap(x: frozenset[str], y: frozenset[str]) -> bool:
        return not x or not y or bool(x & y) or any(_same_group(p, q) for p in x for q in y)

    announcers = {a[0], b[0]} - {None}
    same_voice = len(announcers) <= 1 or bool(announcers & (a[1] | b[1]))
    return same_voice and overlap(a[1], b[1]) and overlap(a[2], b[2])


def _one_sided_report(truce: _Truce) -> bool:
    """A report on how a truce fares that names one side of it and no other truce: "Knin
    accused Zagreb of breaking the truce within hours" may report the truce whose own
    sentence named only the other side ("a truce agreed with rebel Serb representatives");
    the model lists whom each sentence names."""
    return (
        truce.reports
        and len(truce.parties) == 1
        and not any(
            _ANOTHER.search(e.text) or _ANOTHER_TRUCE.search(e.text) for e in truce.mention.evidence
        )
    )


def _agree_one_side_each(voice: _Voice, other: _Voice) -> bool:
    """The voices agree but for their one party each (see `_one_sided_report`)."""
    return len(other[2]) == 1 and _compatible((voice[0], voice[1], other[2]), other)


def _bare(truce: _Truce) -> bool:
    """Only a status: no parties, mediators, announcer or time (a status report)."""
    m = truce.mention
    return not (m.parties or m.mediators or m.announced_by or m.effective_at_text)


def _disputes(attempts: list[CeasefireAttempt]) -> list[Disagreement]:
    """Truces announced by one side only, and truces reported both holding and broken."""
    disputes: list[Disagreement] = []
    for attempt in attempts:
        stages = {h.status for h in attempt.history}
        if attempt.status == "unconfirmed":
            others = [p for p in attempt.parties if p != attempt.announced_by]
            disputes.append(
                Disagreement(
                    kind="unconfirmed_ceasefire",
                    description=(
                        f"ceasefire {attempt.effective_at_text or attempt.id} announced by "
                        f"{attempt.announced_by or 'an unnamed party'} is not confirmed by "
                        f"{', '.join(others) or 'the other party'}"
                    ),
                    claims=[attempt.id],
                )
            )
        if "holding" in stages and stages & {"violated", "collapsed"}:
            disputes.append(
                Disagreement(
                    kind="ceasefire_status",
                    description=f"ceasefire {attempt.id} is reported both holding and broken",
                    claims=[attempt.id],
                )
            )
    return disputes


def _time_disputes(clusters: dict[str, list[_Truce]]) -> list[Disagreement]:
    """A truce time written twice whose readings differ ("16:00 local (1000 GMT)")."""
    found = {
        (key, t.article.source, c) for key, ts in clusters.items() for t in ts for c in t.conflicts
    }
    return [
        Disagreement(
            kind="ceasefire_time",
            description=f"ceasefire time written twice in {source}, the readings differing: {c}",
            claims=[key],
        )
        for key, source, c in sorted(found)
    ]


def _fits(truce: _Truce, members: list[_Truce], *, sole_timed: bool = False) -> bool:
    """A mention without a full instant belongs to a cluster with the same actors: on its
    date, or, reporting the truce holding or broken, taking effect before it; named in
    passing, the one truce its article times (`sole_timed`: this cluster is that truce)."""
    if not any(truce.compatible(m) for m in members):
        return False
    member_days = {d for m in members for d in m.days}
    if truce.reports and truce.agreed is not None:
        return False  # "the truce agreed on Wednesday collapsed": _agreed_that_day decides
    # "A Christmas truce agreed in December collapsed": a report on a truce of another month
    named = _months_named(truce)
    if truce.reports and named and member_days and not named & {d.month for d in member_days}:
        return False
    if sole_timed and _named_in_passing(truce):
        return True
    if truce.day is not None and truce.day in member_days:
        return True
    # A report on a truce already in force ("it held for a third day", "broken on
    # Wednesday") belongs to the one truce that took effect on or before that day; so does
    # a mention of "the truce" with no day of its own; not one whose words date its start
    # to another day ("ending the truce declared from Dec. 23"): that truce's.
    if (truce.reports or truce.refers_back) and member_days:
        begun = _begun_on(truce)
        if begun and not any(abs((d - m).days) <= 1 for d in begun for m in member_days):
            return False
        # (nor one whose words give its start another clock: "the bridge truce, which began
        # at a quarter to five", of a truce that began at ten at night)
        starts = {_zoned_clock(m, m.mention.effective_at_text or "") for m in members}
        if _other_clocks(_started_at(truce), {c for c in starts if c is not None}):
            return False
        return truce.day is None or truce.day >= min(member_days)
    # Undated, but the same clock in the same words ("9am Strelsau time"): the same truce.
    return (
        truce.day is None
        and _clock(truce) is not None
        and any(_clock(m) == _clock(truce) for m in members)
    )


def _begun_on(truce: _Truce) -> set[date]:
    """The days a mention's sentences write as its truce's start ("declared from Dec. 23",
    "since the truce began on 2 May", "the guns have been silent since Friday"), read from
    its article's date; not a wire dateline."""
    anchor = truce.reported
    return {
        day
        for e in truce.mention.evidence
        for expr in timeline.expressions(e.text)
        if expr.kind not in {"year", "month"}
        and expr.start >= timeline.dateline_end(e.text)
        and (
            (timeline.begins_at(e.text, expr.start) and _the_truces_start(e.text, expr.start))
            or _SILENT_SINCE.search(e.text[: expr.start])
        )
        and (day := timeline.dated(expr.text, anchor, e.text)) is not None
    }


def _started_at(truce: _Truce) -> set[tuple[int, int, str]]:
    """The clocks a mention's sentences write as its truce's start ("the truce, which began
    at a quarter to five", "the truce declared from 6 p.m."), as `_zoned_clock` keys them."""
    found: set[tuple[int, int, str]] = set()
    for e in truce.mention.evidence:
        for reading in timeline.readings(e.text):
            at = e.text.find(reading.text)
            if (
                at >= 0
                and not reading.ends_range
                and timeline.begins_at(e.text, at)
                and _the_truces_start(e.text, at)
            ):
                found.add(_dial(truce, reading.hour, reading.minute, reading.zone))
    return found


def _zoned_clock(truce: _Truce, text: str) -> tuple[int, int, str] | None:
    found = timeline.clock_time(text)
    return None if found is None else _dial(truce, found.hour, found.minute, found.zone)


def _dial(truce: _Truce, hour: int, minute: int, zone: tzinfo | None) -> tuple[int, int, str]:
    """A start clock on a twelve-hour dial (a day part may be read from another clause),
    with its zone; a clock of no zone written ("local time") is its own article's."""
    return hour % 12, minute, str(zone) if zone is not None else f"local:{truce.article.source}"


def _other_clocks(started: set[tuple[int, int, str]], clocks: set[tuple[int, int, str]]) -> bool:
    """A start written at a clock no truce of `clocks` has in the same zone (a clock in
    another zone may be the same instant: "0900 GMT" and "noon, Vell time")."""
    same_zone = [(s, c) for s in started for c in clocks if s[2] == c[2]]
    return bool(same_zone) and not any(s == c for s, c in same_zone)


def _the_truces_start(sentence: str, at: int) -> bool:
    """The start written at `at` is the truce's: a truce word stands in its clause before
    it, with no other event between ("the truce declared from Dec. 20"; not "clashes that
    began on Tuesday shattered the truce")."""
    before = re.split(r"[;:]|,\s+(?:and|but|while|as)\s", sentence[:at])[-1]
    words = list(_TRUCE_WORD.finditer(before))
    return bool(words) and not _AN_EVENT.search(before[words[-1].end() :])


_TRUCE_WORD = re.compile(r"\b(?:cease-?fires?|truces?|armistice|cessation|pause)\b", re.I)
# "The guns have been silent along the front since Friday evening": the truce began then.
_SILENT_SINCE = re.compile(r"\bguns\b[^.;]{0,40}?\bsilent\b[^.;]{0,80}?\bsince\s+$", re.I)
_AN_EVENT = re.compile(
    r"\b(?:clash\w*|fighting|shelling|attacks?|offensive|assault|battles?|strikes?|raids?|"
    r"hostilities|violence|war)\b",
    re.I,
)


def _months_named(truce: _Truce) -> set[int]:
    """The months a mention's sentences date what they report to ("agreed in December")."""
    return {m for e in truce.mention.evidence if (m := timeline.month_named(e.text)) is not None}


def _clock(truce: _Truce) -> tuple[int, int, str] | None:
    return _clock_of(truce.mention.effective_at_text or "")


@lru_cache(maxsize=4096)
def _clock_of(text: str) -> tuple[int, int, str] | None:
    found = timeline.clock_time(text)
    if found is None or found.zone is None:
        return None
    return found.hour, found.minute, str(found.zone)


def _same_parties(a: _Truce, b: _Truce) -> bool:
    """The same parties, or one names none (not a local truce and another around Klow
    that share one state)."""
    return not a.parties or not b.parties or a.parties == b.parties


def _any_clock(truce: _Truce) -> tuple[int, int] | None:
    """Its clock, zone or none ("from noon on Saturday", "from 6 p.m."): two clocks apart
    are two truces."""
    found = timeline.clock_time(truce.mention.effective_at_text or "")
    return (found.hour, found.minute) if found is not None else None


def _loose_key(truce: _Truce) -> str:
    basis = "|".join(
        [
            truce.day.isoformat() if truce.day else "undated",
            truce.announcer or "",
            ",".join(sorted(truce.mediators)),
            " ".join((truce.mention.effective_at_text or "").casefold().split()),
        ]
    )
    digest = hashlib.sha256(basis.encode()).hexdigest()[:8]
    return f"ceasefire-{truce.day.isoformat() if truce.day else 'undated'}-{digest}"


def _in_order(members: list[_Truce]) -> list[_Truce]:
    """Sorted by (source, mention JSON); the JSON is written only to order the mentions
    of one source among themselves."""
    by_source: dict[str, list[_Truce]] = defaultdict(list)
    for truce in members:
        by_source[truce.article.source].append(truce)
    ordered: list[_Truce] = []
    for source in sorted(by_source):
        group = by_source[source]
        if len(group) > 1:
            group.sort(key=lambda t: t.mention.model_dump_json())
        ordered.extend(group)
    return ordered


_REPORTS: frozenset[CeasefireStatus] = frozenset({"holding", "violated", "collapsed"})


def _current_status(members: list[_Truce], furthest: CeasefireStatus) -> CeasefireStatus:
    """How the truce fares now: a collapse is final; otherwise the latest dated report
    (the furthest stage among that day's reports), so a truce violated on its first night
    and reported holding days later is holding. With no dated report, the furthest stage."""
    reports = [t for t in members if t.mention.status in _REPORTS]
    if furthest == "collapsed" or not reports:
        return furthest
    dated = [t for t in reports if t.reported is not None]
    if not dated:
        return furthest
    latest = max(t.reported for t in dated if t.reported is not None)
    return max(
        (t.mention.status for t in dated if t.reported == latest), key=STATUS_ORDER.__getitem__
    )


def _start_called_off(members: list[_Truce]) -> bool:
    """A report says the truce's start did not come when set, and none that it took hold:
    the time it was set for is no instant of the truce."""
    evidence = [e.text for t in members for e in t.mention.evidence]
    return any(timeline.start_called_off(e) for e in evidence) and not any(
        t.mention.status == "holding" for t in members
    )


def _attempt(key: str, members: list[_Truce]) -> CeasefireAttempt:
    members = _in_order(members)
    # The instant is the one the cluster is keyed by: a mention that joined it from a guessed
    # zone or a week read off keeps its own reading out of the attempt.
    timed = [t for t in members if t.at is not None and key == _key(t.at)] or [
        t for t in members if t.at is not None
    ]
    # Who announced it: as the mentions that give its start name them, before the reports
    # on how it fares ("the truce held as <leader> claimed victory").
    announcers = Counter(t.announcer for t in timed if t.announcer) or Counter(
        t.announcer for t in members if t.announcer
    )
    announced_by = min(announcers, key=lambda a: (-announcers[a], a)) if announcers else None
    texts = [t.mention.effective_at_text for t in (timed or members) if t.mention.effective_at_text]
    text = min(texts, key=lambda s: (-len(s), s)) if texts else None
    dates = [d for t in members for d in t.dates]
    by_status: dict[CeasefireStatus, list[Evidence]] = defaultdict(list)
    for truce in members:
        by_status[truce.mention.status].extend(truce.mention.evidence)
    reported = sorted(by_status, key=STATUS_ORDER.__getitem__)
    history = [
        StatusChange(status=s, evidence=union_evidence([by_status[s]]))
        for s in reported
        if s != "unknown" or len(reported) == 1
    ]
    at = timed[0].at if timed else None
    if at is not None and _start_called_off(members):
        at = None  # a start put off ("failed to take effect as planned"): no instant of it
    return CeasefireAttempt(
        id=key,
        announced_by=announced_by,
        mediators=sorted({m for t in members for m in t.mediators}),
        parties=sorted({p for t in members for p in t.parties}),
        announced_at=min(dates).isoformat() if dates else None,
        effective_at=timeline.iso_utc(at) if at else None,
        effective_at_text=text,
        status=_current_status(members, reported[-1]),
        history=history,
        evidence=union_evidence(t.mention.evidence for t in members),
    )
