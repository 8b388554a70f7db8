"""What the model fills in: small schemas, one per focused pass, citing sentence numbers.

The model never copies quotes: it cites sentence numbers, and `to_extraction`
turns them into exact evidence. Validators receive the article through
instructor's validation context; their messages go back to the model on a re-ask,
so each says what is wrong and how to fix it.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, model_validator
from pydantic.json_schema import SkipJsonSchema

from summarizer.extract.alignment import realign, snap
from summarizer.extract.grounding import (
    UNATTRIBUTED,
    both_sides_say,
    category_of,
    figure_clause,
    joined,
    name_in_text,
    outcome_of,
    outcomes_of,
    outcomes_together,
    owner_of,
    phrase_in_text,
    qualifier_of,
    says_what_else,
    starts_truce,
    states_losses,
    truce_status,
    truce_time_in,
    with_elided_noun,
)
from summarizer.extract.labels import (
    article_names,
    claimant_for,
    names_a_body,
    organ_or_unit,
    organisations_own_people,
    parties_named,
    side_for,
    state_of_organ,
    written_in_lower_case,
)
from summarizer.extract.roles import (
    SAYS,
    agrees_to_truce,
    role_from_wording,
    says_where,
    speaks_in,
    truce_brokers_in,
    written_in_full,
)
from summarizer.extract.truce_wording import (
    TRUCE_WORDING,
    names_old_beside_new,
    speaks_of_truce,
    truce_named_before,
)
from summarizer.models import (
    UNKNOWN_SIDE,
    ActorMention,
    ActorRole,
    CasualtyMention,
    Category,
    CeasefireMention,
    CeasefireStatus,
    Outcome,
    Qualifier,
    ReactionMention,
    Stance,
)
from summarizer.read.articles import Article
from summarizer.reference import actors, timeline
from summarizer.reference.numbers import numbers_in, written_as
from summarizer.reference.reaction_words import reacts_in

# A list of names the model writes, bounded in the schema (maxItems) like every list
# below (see MAX_ITEMS). Strings stay unbounded: no runaway string has been seen, and
# each bound is one more grammar rule checked on every token.
Names = Annotated[list[str], Field(max_length=6)]


def article_of(info: ValidationInfo) -> Article:
    article = (info.context or {}).get("article")
    if not isinstance(article, Article):
        raise RuntimeError("validation needs the article: pass context={'article': article}")
    return article


class Cited(BaseModel):
    """An item with the numbers of the sentences that state it."""

    model_config = ConfigDict(extra="forbid")

    sentences: list[int] = Field(
        min_length=1,
        max_length=3,
        description="Numbers of the sentences that state this item, e.g. [4].",
    )

    @model_validator(mode="after")
    def _sentences_exist(self, info: ValidationInfo) -> Self:
        article = article_of(info)
        missing = [n for n in self.sentences if not 1 <= n <= len(article.sentences)]
        if missing:
            raise ValueError(
                f"sentence(s) {missing} do not exist: cite sentences 1 to {len(article.sentences)}"
            )
        return self

    def cited_text(self, article: Article) -> str:
        return joined(article.sentence(n).text for n in sorted(set(self.sentences)))

    def _align(
        self,
        info: ValidationInfo,
        supports: Callable[[str], bool],
        problem: str,
        *,
        nearest: bool = False,
        every: Callable[[str], tuple[object, ...]] | None = None,
    ) -> None:
        """Cite the sentence that supports this item, or raise `problem` for the re-ask."""
        article = article_of(info)
        aligned = realign(article, self.sentences, supports, nearest=nearest, every=every)
        if aligned is None:
            raise ValueError(problem)
        if aligned != sorted(set(self.sentences)):
            notes = (info.context or {}).get("realigned")
            if isinstance(notes, list):
                notes.append(f"{type(self).__name__}: sentences {self.sentences} -> {aligned}")
            self.sentences = aligned

    def _cite_where_named(self, info: ValidationInfo, name: str, *, nearest: bool = False) -> None:
        # The model often cites the sentences around the one that names the actor.
        self._align(
            info,
            lambda text: name_in_text(name, text),
            f"no cited sentence names {name!r} (sentences {self.sentences}): "
            "cite the sentence that does",
            nearest=nearest,
        )

    def _require_names(self, info: ValidationInfo, **names: str | None) -> None:
        article = article_of(info)
        for field, name in names.items():
            if name and name != UNATTRIBUTED and not name_in_text(name, article.text):
                raise ValueError(
                    f"{field} {name!r} does not appear in the article: use a name as written"
                )


# --- Items -------------------------------------------------------------------


class ActorItem(Cited):
    name: str = Field(description="Country, organisation or person, as written.")
    role: ActorRole = Field(
        description="belligerent: takes part in the fighting; mediator: brokers a truce or talks."
    )

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> Self:
        self._require_names(info, name=self.name)
        if says_where(self.name):
            # "Near Pakrac, where a brigade is surrounded, negotiators agreed ...": where
            raise ValueError(f"{self.name!r} says where, not who: list the state or group")
        # A description is no actor: "Army tanks" where the article writes "army tanks".
        article = article_of(info)
        said = [s.text for s in article.sentences]
        if written_in_lower_case(self.name, said) and not (
            organ_or_unit(self.name) or names_a_body(self.name)
        ):
            raise ValueError(
                f"the article writes {self.name!r} in lower case, as a description: list the "
                "state or group by its name"
            )
        # An actor is named in many sentences; the role is checked article-wide below, so
        # the sentence nearest the model's citation is evidence enough.
        self._cite_where_named(info, self.name, nearest=True)
        # The role is read from the wording of every sentence that names the actor.
        article = article_of(info)
        role = role_from_wording(self.name, self.role, (s.text for s in article.sentences))
        if role is None:
            raise ValueError(
                f"nothing in the article shows {self.name!r} fighting or brokering: "
                "list only the fighting sides and the go-betweens"
            )
        if role != self.role:
            notes = (info.context or {}).get("realigned")
            if isinstance(notes, list):
                notes.append(f"ActorItem: {self.name!r} {self.role} -> {role} (from the wording)")
            self.role = role  # type: ignore[assignment]
        # "government" in a war within Ruritania is Ruritania's: a state's organ named by no
        # state is the state the article shows it is (a label the wording settles).
        names = article_names(tuple(said))
        if (state := state_of_organ(self.name, names)) is not None:
            _note(info, f"ActorItem: {self.name!r} -> {state!r} (its state's organ)")
            self.name = state
        return self


def _speaks_for_everyone(side: str, claimant: str | None) -> bool:
    """The side is who counted: an organisation, or a place's institution ("Klow General
    Hospital said 38 civilians"), counts others' dead, not its own."""
    from summarizer.reference.actors import INSTITUTION_NOUNS, resolve

    counted_by = resolve(claimant).id if claimant else None
    found = resolve(side)
    words = side.split()
    institution = bool(words) and words[-1].casefold() in INSTITUTION_NOUNS
    return (found.kind == "organization" or institution) and found.id == counted_by


def _names_both(side: str) -> bool:
    return bool(re.search(r"\band\b|\bboth\b|&", side, re.IGNORECASE))


class CasualtyItem(Cited):
    # Field order matters to a small model: it states the number first, then says whose
    # losses they are, reading the clause around that number.
    count: int = Field(ge=0, description="The number as stated in the cited sentence.")
    # Not asked of the model: read from the words before the number (see _grounded).
    qualifier: SkipJsonSchema[Qualifier] = "exact"
    outcome: Outcome
    category: Category = Field(description="military for soldiers/troops, civilian for civilians.")
    side: str = Field(
        description="Whose soldiers or civilians these are (a country or group), "
        "or 'total' when the figure covers both sides."
    )
    claimant: str | None = Field(
        description="Who stated the figure (a person, ministry or government), "
        "or null when the article does not say."
    )

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> Self:
        if self.side.lower() == "total" or _names_both(self.side):
            self.side = "total"  # "Ruritania and Borduria", "both sides": one figure for both
        # The one check that drops a figure: its number, as casualties, is not written in
        # the article. Everything else is read from the wording, or repaired and reported.
        self._align(
            info,
            lambda text: states_losses(self.count, text),
            f"no cited sentence states {self.count} people killed, wounded, captured or "
            f"missing (sentences {self.sentences}): cite the sentence that does",
            # a headline and its body both giving the toll: both are its evidence
            every=lambda text: (
                owner_of(self.count, figure_clause(self.count, text)),
                category_of(self.count, text),
                outcome_of(self.count, text),
            ),
        )
        article = article_of(info)
        if all(n in article.link_lines for n in self.sentences):
            raise ValueError(
                f"sentence(s) {self.sentences} are links to other news (a 'Related' list), not "
                "this article's report: leave the figure out"
            )
        # Sentences that state it only together: the sentence that writes the number must
        # not say what else befell them ("500 villagers had been sheltering in the compound.
        # Four peacekeepers were wounded": the 500 are no casualties).
        texts = [article.sentence(n).text for n in self.sentences]
        own = [t for t in texts if written_as(self.count, t)]
        others = [t for t in texts if t not in own]
        if (
            own
            and others
            and all(says_what_else(self.count, figure_clause(self.count, t)) for t in own)
            # (the others count people of their own: "Four peacekeepers were wounded"; not
            # "All of them were killed", which goes on about the same people)
            and all(numbers_in(t) for t in others)
        ):
            raise ValueError(
                f"sentence(s) {self.sentences} say what befell the {self.count} (sheltering, "
                "evacuated, stationed): no casualties; leave it out"
            )
        if all(outcomes_together(self.count, article.sentence(n).text) for n in self.sentences):
            raise ValueError(
                f"{self.count} counts the killed and the wounded together (sentences "
                f"{self.sentences}): a figure of neither; leave it out"
            )
        # "eight soldiers were killed and 25 wounded": the 25 read as soldiers too
        cited = with_elided_noun(self.count, self.cited_text(article))
        # Qualifier and category are facts about the wording, so they are read, not guessed.
        self.qualifier = qualifier_of(self.count, cited)  # type: ignore[assignment]
        # (the model's outcome where the count is written with it: "one ... was killed and
        # another wounded")
        read = outcomes_of(self.count, cited)
        if read and self.outcome not in read:
            _note(
                info,
                f"CasualtyItem {self.count} (sentences {self.sentences}): outcome "
                f"{self.outcome!r} -> {read[0]!r} (as its sentence writes it)",
            )
            self.outcome = read[0]  # type: ignore[assignment]
        # "people" says neither soldiers nor civilians: unknown, whatever the model guessed.
        self.category = category_of(self.count, cited) or "unknown"  # type: ignore[assignment]
        names = article_names(tuple(s.text for s in article.sentences))
        where = f"CasualtyItem {self.count} {self.outcome} (sentences {self.sentences})"
        # Who stated it: the speaker of its sentence ("it said": the nearest named speaker
        # before), an actor never a weekday or pronoun; else unattributed.
        claimant = claimant_for(self.claimant, self.count, self.sentences, names)
        if claimant.note:
            _note(info, f"{where}: {claimant.note}")
        self.claimant = claimant.value
        clause = figure_clause(self.count, cited)
        if (
            self.side != "total"
            and not owner_of(self.count, clause)
            and not organisations_own_people(self.count, clause)
            and _speaks_for_everyone(self.side, self.claimant)
        ):
            # "the UN says 900 bodies": an organisation that counts is not whose dead they
            # are (everyone's); a hospital's dead are read from the clause (where they died).
            organisation = actors.resolve(self.side).kind == "organization"
            whose = "total" if organisation else UNKNOWN_SIDE
            _note(info, f"{where}: side {self.side!r} is who counted: {whose!r}")
            self.side = whose
        # Whose people: the owner its own words name ("73 Bordurian soldiers"), else the
        # model's side where the clause names it, else repaired from the clause, else unknown.
        side = side_for(self.side, self.count, cited, self.claimant, names)
        if side.note:
            _note(info, f"{where}: {side.note}")
        self.side = side.value
        if (
            self.claimant == UNATTRIBUTED
            and both_sides_say(cited)
            and names.resolver.party(self.side).kind in {"state", "armed_group"}
            and len(parties_named(cited, names)) >= 2
        ):
            _note(info, f"{where}: claimant -> {self.side!r} (the two sides give their own)")
            self.claimant = self.side
        return self


def _note(info: ValidationInfo, note: str) -> None:
    notes = (info.context or {}).get("realigned")
    if isinstance(notes, list):
        notes.append(note)


class CeasefireItem(Cited):
    announced_by: str | None = Field(description="Who announced the truce, as written.")
    mediators: Names = Field(description="Who brokered it, as written; [] if nobody.")
    parties: Names = Field(description="The sides that are to stop fighting.")
    effective_at_text: str | None = Field(
        description="When it takes effect, copied word for word, or null."
    )
    status: CeasefireStatus = Field(
        description="announced; holding; violated if reported broken; "
        "unconfirmed if the other side has not confirmed it."
    )

    @model_validator(mode="after")
    def _speaks_of_a_truce(self, info: ValidationInfo) -> Self:
        # A truce is written as one ("ceasefire", "cessation of hostilities", "a halt to
        # the fighting"): talks or a meeting alone are not a truce. Only the model's own
        # citation counts: an article has many truce sentences, none of them this item's.
        _cites_a_truce(self, info)
        return self

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> Self:
        # A name the article does not write is a label to drop, not the truce: the truce
        # stays, without it ("Mexican army" where the article writes "the army").
        text = article_of(info).text
        unwritten = [
            n
            for n in [self.announced_by, *self.mediators, *self.parties]
            if n and n != UNATTRIBUTED and not name_in_text(n, text)
        ]
        if unwritten:
            _note(info, f"CeasefireItem: {unwritten} not written in the article, left out")
            if self.announced_by in unwritten:
                self.announced_by = None
            self.mediators = [n for n in self.mediators if n not in unwritten]
            self.parties = [n for n in self.parties if n not in unwritten]
        self._sort_roles(info)
        cited = sorted(set(self.sentences))  # before the time narrows them
        article = article_of(info)
        # "The agreement was signed at 19:00": a sentence about the truce the one before names
        # (1-based sentence numbers; the chain back may pass sentences that name it only as
        # "the agreement": "... a cease-fire. The agreement was signed Friday. It was to
        # take effect at 4:45 p.m.")
        texts = [s.text for s in article.sentences]
        naming = {
            s.index: k + 1
            for s in article.sentences
            # its time is the truce's start or signing, not an announcement or another event
            if _STARTS_OR_SIGNED.search(s.text)
            and (k := truce_named_before(texts, s.index - 1)) is not None
        }
        going_on = set(naming)
        going_on_texts = {article.sentence(n).text for n in going_on}
        if when := self.effective_at_text:
            try:
                self._align(
                    info,
                    # the time of this truce: written where a truce is
                    lambda text: (
                        phrase_in_text(when, text)
                        and (speaks_of_truce(text) or text in going_on_texts)
                    ),
                    f"effective_at_text {when!r} is not in sentence(s) {self.sentences}: "
                    "copy the time as written there, or use null",
                )
                # ... cited with the sentence that names the truce it goes on about
                named = {k for n in self.sentences if n in naming for k in range(naming[n], n)}
                # ... and with the truce sentences it cited right before that one (its
                # account of the truce, which may name the day: "A truce ... broke down
                # yesterday. The truce was agreed in the morning ... It was to begin at 2 p.m.")
                for n in sorted(cited, reverse=True):
                    if n + 1 in named and speaks_of_truce(article.sentence(n).text):
                        named.add(n)
                self.sentences = sorted({*self.sentences, *named})
                cited_text = self.cited_text(article)
                self.effective_at_text = snap(when, cited_text)
                if self.effective_at_text not in cited_text:
                    # a paraphrase no span of the sentence is close enough to: the time as
                    # the sentence writes it, when it writes one
                    as_written = [
                        w
                        for n in self.sentences
                        if (w := truce_time_in(article.sentence(n).text, about_truce=n in going_on))
                    ]
                    if len(as_written) == 1:
                        _note(info, f"CeasefireItem: time {when!r} -> {as_written[0]!r}")
                        self.effective_at_text = as_written[0]
            except ValueError as problem:
                # One unsupported field goes, the truce stays (and the repair is reported).
                _note(info, f"CeasefireItem: {problem}; the time is left out")
                self.effective_at_text = None
        if given := self.effective_at_text:
            # "SAN ISIDRO, Thursday Jan. 13 (Agency) -- ...": the dateline dates the report,
            # never the truce
            datelined = [
                text
                for n in self.sentences
                if (end := timeline.dateline_end(text := article.sentence(n).text))
                and 0 <= text.find(given) < end
            ]
            if datelined:
                _note(info, f"CeasefireItem: {given!r} is the dateline's date: left out")
                self.effective_at_text = None
            # "broke down within hours tonight": when it ended, never when it began
            ended = [
                text
                for n in self.sentences
                if (at := (text := article.sentence(n).text).find(given)) >= 0
                and timeline.ends_truce(text, at)
            ]
            if self.effective_at_text and ended:
                _note(info, f"CeasefireItem: {given!r} is when the truce ended: left out")
                self.effective_at_text = None
        self._start_declared_next(info)
        elsewhere = self._not_another_events_time(info, going_on)
        if self.effective_at_text is None or not _gives_a_time(self.effective_at_text):
            # The model gave no time, one not written, or words that give none
            # ("immediately", "was supposed to begin"): read it from the cited sentences
            # when exactly one of them gives a time for a truce, or exactly one gives it as
            # the truce's start ("took effect at 0400 GMT", not "announced at 6 p.m.").
            # ... or from the sentence right after one it cites that goes on about its truce;
            # failing any, from the one right after that gives a truce's start ("...
            # declaring a unilateral ceasefire. He said he had ordered the army to suspend
            # all offensive fire as of 12:30 p.m. today").
            nearby = {*self.sentences, *(n + 1 for n in self.sentences if n + 1 in going_on)}
            nearby -= elsewhere
            found = {
                n: written
                for n in sorted(nearby)
                if (written := truce_time_in(article.sentence(n).text, about_truce=n in going_on))
            }
            if not found:
                found = {
                    n + 1: written
                    for n in self.sentences
                    if n + 1 <= len(article.sentences)
                    and n + 1 not in elsewhere
                    and starts_truce(text := article.sentence(n + 1).text)
                    and not timeline.names_an_earlier_truce(text)
                    # (the same act, not another truce: "their own truce", "a similar
                    # ceasefire", "a humanitarian pause")
                    and not _A_TRUCE_OF_ITS_OWN.search(text)
                    and (written := truce_time_in(text))
                }
            if len(found) > 1:
                found = {n: w for n, w in found.items() if starts_truce(article.sentence(n).text)}
            clocks = [_utc_clock(w) for w in found.values()]
            if len(found) > 1 and None not in clocks and len(set(clocks)) == 1:
                # a headline's "from 1500 GMT" and the body's "from 6 p.m. local time (1500
                # GMT)": one start, read from its fullest wording
                fullest = max(
                    found, key=lambda n: (bool(timeline.expressions(found[n])), len(found[n]), -n)
                )
                found = {fullest: found[fullest]}
            if len(found) == 1:
                [(n, written)] = found.items()
                _note(info, f"CeasefireItem: time {written!r} read from sentence {n}")
                self.effective_at_text = written
                self.sentences = sorted({*self.sentences, n})
        if self.effective_at_text and not (
            _gives_a_time(self.effective_at_text)
            or _NOW.search(self.effective_at_text)
            or re.search(r"\d", self.effective_at_text)
        ):
            # "In a televised statement": words of the sentence that say no time at all
            _note(info, f"CeasefireItem: {self.effective_at_text!r} gives no time: left out")
            self.effective_at_text = None
        self._upon_signature(info)
        self._after_signature(info)
        self._hour_of_its_day(info)
        self._writers_reading(info)
        self._keep_status(info, cited)
        self._brokers_written(info)
        return self

    def _start_declared_next(self, info: ValidationInfo) -> None:
        """A time that is when the truce was declared ("the Klow Front announced a truce on
        Sunday evening"), where the next sentence writes when it starts ("its men would hold
        their fire from 6 a.m. (0400 GMT) on Monday"): that start, its sentence cited."""
        when = self.effective_at_text
        if not when:
            return
        article = article_of(info)
        for n in sorted(set(self.sentences)):
            text = article.sentence(n).text
            at = text.find(when)
            if at < 0 or not _DECLARED_JUST_BEFORE.search(text[:at]) or starts_truce(text):
                continue
            if n + 1 > len(article.sentences):
                continue
            after = article.sentence(n + 1).text
            start = truce_time_in(after)
            if (
                start
                and starts_truce(after)
                and not _AT_ONCE.search(text)  # ("effective immediately": it began then)
                and not timeline.names_an_earlier_truce(after)
                and not _ANOTHER_TRUCE.search(after)
                # (the same side's: "Vell said its troops would hold their fire from ..." is Vell's)
                and _names_no_other_side(after, text)
            ):
                _note(info, f"CeasefireItem: {when!r} is when it was declared; starts {start!r}")
                self.effective_at_text = start
                self.sentences = sorted({*self.sentences, n + 1})
                return

    def _upon_signature(self, info: ValidationInfo) -> None:
        """A truce that "takes effect upon signature" starts when the article says it was
        signed: the one clock a sentence writes for the signing ("signed the document at
        12:30 pm (1130 GMT)"), cited with it."""
        if not (self.effective_at_text and _UPON_SIGNATURE.search(self.effective_at_text)):
            return
        article = article_of(info)
        signed = {
            s.index: written
            for s in article.sentences
            if timeline.SIGNED_AT.search(s.text)
            and (written := truce_time_in(s.text, about_truce=True))
        }
        if len(signed) == 1:
            [(n, written)] = signed.items()
            _note(info, f"CeasefireItem: {self.effective_at_text!r} -> {written!r} (its signing)")
            self.effective_at_text = written
            self.sentences = sorted({*self.sentences, n})

    def _after_signature(self, info: ValidationInfo) -> None:
        """A clock written as the signing ("signed at about 8.30 p.m.") with the span the
        truce gives after it in the next sentences ("It gives both forces 24 hours from
        signature to halt"): that sentence is cited too, so the merge starts the truce
        that span after the signing."""
        when = self.effective_at_text
        if not when:
            return
        article = article_of(info)
        signing = [
            n
            for n in self.sentences
            if (at := (text := article.sentence(n).text).find(when)) > 0
            and timeline.SIGNED_JUST_AT.search(text[:at])
        ]
        if len(signing) != 1:
            return
        after = range(signing[0] + 1, min(signing[0] + 3, len(article.sentences)) + 1)
        grace = [n for n in after if timeline.grace_after_signing([article.sentence(n).text])]
        if grace and timeline.grace_after_signing([article.sentence(n).text for n in grace]):
            _note(info, f"CeasefireItem: {when!r} is its signing; its start is sentence {grace}")
            self.sentences = sorted({*self.sentences, *grace})

    def _brokers_written(self, info: ValidationInfo) -> None:
        """No mediator given, though a cited sentence's wording names its broker ("a
        cease-fire arranged by the Ruritanian envoy"): that one."""
        if self.mediators:
            return
        article = article_of(info)
        texts = [article.sentence(n).text for n in self.sentences]
        found = [b for text in texts for b in truce_brokers_in(text)]
        if brokers := [b for b in dict.fromkeys(found) if b not in self.parties]:
            _note(info, f"CeasefireItem: mediators [] -> {brokers} (from the wording)")
            self.mediators = brokers

    def _not_another_events_time(self, info: ValidationInfo, going_on: set[int]) -> set[int]:
        """A time its sentence gives to something else: when it collapsed ("had all but
        collapsed by Monday"), or another event in a clause that names no truce ("nine were
        killed when a missile struck Klow shortly after 2am on Sunday, ... hours after a
        ceasefire was due to take hold"). The sentence's time written as the truce's start
        is taken instead ("meant to start at 11 a.m. Vellan time on Saturday"), else none.
        Returns the sentences whose time is another event's, to read no time from."""
        when = self.effective_at_text
        if not when:
            return set()
        article = article_of(info)
        for n in sorted(set(self.sentences)):
            text = article.sentence(n).text
            at = text.find(when)
            if at < 0 or n in going_on or timeline.begins_at(text, at):
                continue  # (or it goes on about the truce before: "The agreement was signed at")
            ended = timeline.ends_at(text, at)
            if not ended and not _another_events(text, at):
                continue
            start = truce_time_in(text)
            if start and text.find(start) != at and starts_truce(text):
                _note(info, f"CeasefireItem: time {when!r} -> {start!r} (its start)")
                self.effective_at_text = start
                return set()
            if ended:
                continue  # when it ended, the merge reads as a report on a truce in force
            _note(info, f"CeasefireItem: {when!r} is the time of another event: left out")
            self.effective_at_text = None
            return {n}
        return set()

    def _writers_reading(self, info: ValidationInfo) -> None:
        """A time given short of what its sentence writes: a day whose clause also gives the
        hour ("took effect at 15:00 Dushanbe time on Friday", answered "Friday"), or a clock
        with no zone that one other truce sentence of the article writes with its GMT
        reading ("from 16:00", elsewhere "from 16:00 (1000 GMT) today"). The fuller
        wording is taken, and its sentence cited; a sentence that writes the same start with
        a zone of its own ("2400 hours Korva time") is cited for its zone."""
        when = self.effective_at_text
        if not when:
            return
        article = article_of(info)
        clock = timeline.clock_time(when)
        if clock is None:
            # (the day itself, not the words the model copied on after it: "on Sunday and
            # that Klow had respected it since that minute" is "Sunday")
            days = timeline.expressions(when)
            core = when[days[0].start : days[-1].end] if days else when
            for n in sorted(set(self.sentences)):
                text = article.sentence(n).text
                written = truce_time_in(text)
                hour = text.find(written or "\0")
                # (the day written nearest the hour: "announced it Sunday, saying it would
                # take effect at 6 p.m. on Sunday")
                places = [m.start() for m in re.finditer(re.escape(core), text)]
                at = min(places, key=lambda p: abs(p - hour)) if places else -1
                if written and at >= 0 and hour >= 0 and starts_truce(text):
                    start, end = min(at, hour), max(at + len(core), hour + len(written))
                    if end - start <= len(core) + len(written) + 6:  # one phrase
                        _note(info, f"CeasefireItem: time {when!r} -> {text[start:end]!r}")
                        self.effective_at_text = text[start:end]
                        return
            return
        if _utc_reading(when):
            return
        bare = re.sub(r"\s+", " ", when.strip())
        found = {
            (s.index, written)
            for s in article.sentences
            if (written := truce_time_in(s.text))
            and _utc_reading(written)
            and written.startswith(bare)
        }
        if len({w for _, w in found}) == 1:
            n, written = min(found)
            _note(info, f"CeasefireItem: time {when!r} read as {written!r} from sentence {n}")
            self.sentences = sorted({*self.sentences, n})
            self.effective_at_text = written
            return
        if clock.zone is not None:
            return
        # "to take effect at midnight tonight", elsewhere "would begin at 2400 hours Korva
        # time": the sentence that gives the same start its zone is cited too (the merge
        # reads the zone there; the time stays as the model copied it, with its day)
        zoned = [
            s.index
            for s in article.sentences
            if s.index not in self.sentences
            and speaks_of_truce(s.text)
            and not _OF_ANOTHER_TIME.search(s.text)
            and not timeline.names_another_period(s.text)
            and timeline.zone_of_start(s.text, clock.hour, clock.minute) is not None
        ]
        if len(zoned) == 1:
            _note(info, f"CeasefireItem: the zone of {when!r} is written in sentence {zoned[0]}")
            self.sentences = sorted({*self.sentences, zoned[0]})

    def _hour_of_its_day(self, info: ValidationInfo) -> None:
        """A day with no hour ("a truce from Saturday evening", a headline's shorthand),
        where one other truce sentence of the article writes that day with the hour the
        truce starts ("will take effect at 7 p.m. (1600 GMT) on Saturday"): that sentence
        is cited too, and its time taken. Nothing is taken when several sentences could
        give it, or the cited ones write an hour of their own."""
        when = self.effective_at_text
        if not when or timeline.clock_time(when) is not None or len(set(self.sentences)) >= 3:
            return
        days = [e for e in timeline.expressions(when) if e.kind not in {"year", "month"}]
        article = article_of(info)
        if not days or truce_time_in(self.cited_text(article)):
            return
        core = re.sub(r"\s+(?:morning|afternoon|evening|night)$", "", days[0].text, flags=re.I)
        day = re.compile(rf"\b{re.escape(core)}\b", re.IGNORECASE)
        found = [
            (s.index, written)
            for s in article.sentences
            if s.index not in self.sentences
            and day.search(s.text)
            and starts_truce(s.text)
            and (written := truce_time_in(s.text))
        ]
        if not found and _IMMEDIATE.search(self.cited_text(article)):
            # An immediate truce starts when it is declared: the one other truce sentence
            # that gives the hour of the declaration and no day of its own ("The statement,
            # issued at 9 a.m., told all sides to halt combat operations at once").
            found = [
                (s.index, written)
                for s in article.sentences
                if s.index not in self.sentences
                # (an hour, not a span: "The pause, from 11 a.m. to 5 p.m." is another
                # truce's own period, no declaration's hour)
                and not _A_SPAN_OF_HOURS.search(s.text)
                and not timeline.expressions(s.text)
                and not _BREACH_REPORTED.search(s.text)  # not the hour of a breach
                and (written := truce_time_in(s.text))
            ]
        if len(found) == 1:
            [(n, written)] = found
            _note(info, f"CeasefireItem: time {written!r} of {when!r} read from sentence {n}")
            self.sentences = sorted({*self.sentences, n})
            self.effective_at_text = written

    def _keep_status(self, info: ValidationInfo, cited: list[int]) -> None:
        """The status the model's own sentences state. Aligning on the time keeps only the
        sentence that gives it, but "violated" may be said in the next one the model cited:
        that sentence stays as evidence, so the status is never read from less than the
        model cited, and never beyond it."""
        article = article_of(info)
        # Not from a sentence about another truce, nor citing it ("the ceasefire agreed on
        # Saturday collapsed", beside "a new ceasefire that took effect ... on Monday").
        both = sorted({*cited, *self.sentences})
        when = self.effective_at_text or "\0"
        timed = [t for n in both if when in (t := article.sentence(n).text)]
        new = any(timeline.names_a_new_truce(t) for t in timed)
        own = timeline.agreed_on(timed[0]) if timed else None  # "agreed on Thursday to a truce"
        month = self._own_month(article, timed)
        # the years this truce may be of: its time's written year, else its article's
        written = timeline.full_date(self.effective_at_text or "")
        anchor = article.anchor.day
        years = {d.year for d in (written or anchor,) if d is not None}
        other = {
            n
            for n in both
            if self._of_another_truce(article.sentence(n).text, new, own, month, years)
        }
        if set(cited) - other and set(self.sentences) - other:
            _note(info, f"CeasefireItem: sentences {sorted(other)} report another truce")
            cited = [n for n in cited if n not in other]
            self.sentences = [n for n in self.sentences if n not in other]
        kept = sorted(set(self.sentences))
        status = truce_status(self.status, joined(article.sentence(n).text for n in cited))
        if truce_status(self.status, self.cited_text(article)) != status:
            stating = [
                n for n in cited if truce_status("announced", article.sentence(n).text) == status
            ]
            if stating and len(set(kept) | {stating[0]}) <= 3:
                self.sentences = sorted({*kept, stating[0]})
            else:
                status = truce_status(self.status, self.cited_text(article))
        self.status = status  # type: ignore[assignment]

    def _own_month(self, article: Article, timed: list[str]) -> int | None:
        """The month this truce starts in: of the day its time or the sentence that gives it
        names, from the article's date; failing a day, the article's own month (None with
        no date)."""
        anchor = article.anchor.day
        if not self.effective_at_text or not timed or anchor is None:
            return None
        day = timeline.dated(self.effective_at_text, anchor, timed[0]) or timeline.dated(
            timed[0], anchor, timed[0]
        )
        return (day or anchor).month

    def _of_another_truce(
        self, text: str, new: bool, own: str | None, month: int | None, own_years: set[int]
    ) -> bool:
        """The sentence reports on a truce this one is not: one that starts at a clock time
        other than this one's ("the truce which came into force at midnight on Friday"
        beside one signed at 9.45 p.m.); one agreed on a day other than
        the day this one was agreed (`own`, else the day its time names); one it dates to
        another month than this one's (`month`: "A Christmas truce agreed in December
        collapsed within days", beside a truce of February); or, when this one is written
        as new, the old one beside it ("Truce collapses, fresh ceasefire agreed"); one it
        names by a year this one is not of (`own_years`: "since the 1994 ceasefire
        collapsed")."""
        when = self.effective_at_text or ""
        if (
            (years := timeline.truce_years(text))
            and not years & own_years
            # (not "a new truce, the first since the 2019 truce, took effect at 0700 GMT")
            and not (when and when in text and timeline.clock_time(when) is not None)
        ):
            return True  # "since the 1994 ceasefire collapsed", beside a truce of another year
        if not when or when in text:
            return False
        named = timeline.month_named(text)
        if month is not None and named is not None and named != month and speaks_of_truce(text):
            return True
        days = _weekdays(when)
        agreed = timeline.agreed_on(text)
        if agreed and (own or days) and agreed not in ({own} if own else days):
            return True
        mine = timeline.clock_time(when)
        start = truce_time_in(text) if starts_truce(text) else None
        theirs = timeline.clock_time(start or "")
        twelve = 24
        if theirs is None and start:
            # (a clock its sentence's words complete, "a quarter to five in the evening",
            # maybe from another clause's "morning": compared on a twelve-hour dial)
            theirs = next((r.clock for r in timeline.readings(text) if r.text == start), None)
            twelve = 12
        if (
            mine
            and theirs
            and (mine.hour % twelve, mine.minute) != (theirs.hour % twelve, theirs.minute)
            # one clock read in two zones ("0400 GMT", "7 a.m. local time") is one start;
            # another day written with it is another truce's
            and (mine.zone == theirs.zone or bool(_weekdays(text) - days))
        ):
            return True  # it writes the start of a truce at another hour: that truce's
        # (a sentence that does not write this truce's time, about "a first truce")
        return (new and names_old_beside_new(text)) or timeline.names_an_earlier_truce(text)

    @model_validator(mode="after")
    def _still_a_truce(self, info: ValidationInfo) -> Self:
        # Citations moved to where a time is written must still speak of the truce.
        _cites_a_truce(self, info)
        return self

    def _sort_roles(self, info: ValidationInfo) -> None:
        """Parties fight and mediators broker, by the article's wording: a 'party' the
        article only shows brokering is a mediator, and the reverse; one it shows doing
        neither is left out of both."""
        sentences = [s.text for s in article_of(info).sentences]
        parties: list[str] = []
        mediators: list[str] = []
        for name, proposed in [(m, "mediator") for m in self.mediators] + [
            (p, "belligerent") for p in self.parties
        ]:
            role = role_from_wording(name, proposed, sentences)
            if role is None and proposed == "belligerent" and agrees_to_truce(name, sentences):
                role = "belligerent"  # a side that agrees to the truce is one of its parties
            if role == "mediator":
                mediators.append(name)
            elif role == "belligerent":
                parties.append(name)
        if (parties, mediators) != (self.parties, self.mediators):
            notes = (info.context or {}).get("realigned")
            if isinstance(notes, list):
                notes.append(
                    f"CeasefireItem: parties {self.parties} -> {parties}, mediators "
                    f"{self.mediators} -> {mediators} (from the wording)"
                )
            self.parties, self.mediators = parties, mediators


def _names_no_other_side(after: str, text: str) -> bool:
    """The sentence after names no state or group the one before does not."""
    names = article_names((text, after))
    return parties_named(after, names) <= parties_named(text, names)


# Another's truce: "the government said its own ceasefire would begin", "a separate truce".
_ANOTHER_TRUCE = re.compile(
    r"\b(?:its|their|his|her)\s+own\b|\b(?:another|a\s+separate|a\s+second|a\s+rival)\s+"
    r"(?:[\w-]+\s+)?(?:cease-?fire|truce)",
    re.IGNORECASE,
)
_AT_ONCE = re.compile(r"\b(?:immediate(?:ly)?|at\s+once|forthwith)\b", re.IGNORECASE)
# A truce declared right before the time: "announced a truce on Sunday evening".
_DECLARED_JUST_BEFORE = re.compile(
    r"\b(?:declared|announced|proclaimed|offered)\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:cease-?fire|truce)\s+(?:(?:late|early)\s+)?(?:on|at|in)?\s*$",
    re.IGNORECASE,
)


# A sentence reporting the truce broken ("shelling resumed at 9 p.m. despite the truce").
_BREACH_REPORTED = re.compile(
    r"\b(?:resumed|despite|broke|broken|violated|breached|continued)\b", re.IGNORECASE
)
# Words of a start that is no clock or day: "immediately", "at once", "with effect from now".
_NOW = re.compile(
    r"\b(?:immediate\w*|at\s+once|forthwith|now|today|tonight|dawn|dusk|sunset|sunrise|"
    r"sundown|nightfall|noon|midnight|hours?|days?|after|before|upon|once)\b",
    re.IGNORECASE,
)
# A time the sentence gives as a truce's start or signing: "took effect at", "was signed at".
_STARTS_OR_SIGNED = re.compile(
    r"\b(?:signed|sealed|concluded|(?:takes?|took|taking)\s+effect|"
    r"(?:came|comes?|enter(?:s|ed)?)\s+into\s+(?:force|effect)|"
    r"(?:begins?|began|begun|starts?|started)\b)",
    re.IGNORECASE,
)
# A span of hours, "from 11 a.m. to 5 p.m.", "between 0500 and 1100 GMT": a period.
_A_SPAN_OF_HOURS = re.compile(
    r"\b(?:from|between)\s+(?:[\w.:]+\s+){1,4}?(?:to|until|till|and)\s+\d", re.IGNORECASE
)
# A truce in force from the moment it is declared.
_IMMEDIATE = re.compile(
    # not "did not immediately comment"
    r"\bimmediate[\"\u201d]?\s+(?:(?:and|,)\s+[\w-]+\s+)?(?:cease-?fire|truce|halt|cessation)"
    r"|\b(?:at\s+once|forthwith|with\s+immediate\s+effect)\b"
    r"|\b(?:takes?|took|taking)\s+effect\s+immediately\b|\bimmediately\s+(?:halt|stop|cease)",
    re.IGNORECASE,
)


# What a time written after them is the time of: the truce ("took effect", "declared",
# "signed", the truce's own name), or another event ("a missile struck", "the toll rose").
_TRUCE_EVENT = re.compile(
    r"\b(?:took|taken|take|takes|taking)\s+effect|\b(?:began|begun|begin|begins|start\w*|"
    r"signed|agreed|declared|announced|ordered|effective|in\s+force|fell\s+silent|"
    r"went\s+quiet|halt\w*|stopp\w*|ceas\w*|paus\w*|took\s+hold)\b",
    re.IGNORECASE,
)
_OTHER_EVENT = re.compile(
    r"\b(?:killed|killing|wounded|wounding|injured|struck|hit|shelled|"
    r"attacked|fired|exploded|launched|stormed|crashed|bombed|rose|risen|climbed|reached)\b",
    re.IGNORECASE,
)


def _another_events(text: str, at: int) -> bool:
    """The last event the sentence writes before position `at` is not the truce: "nine
    were killed when a missile struck Klow shortly after 2am" (not "it had taken effect
    hours earlier, at 8 p.m.")."""
    before = text[:at]
    # (by where each ends; a tie, "halted air strikes", is the truce's)
    ends = [
        (m.end(), truce)
        for truce, pattern in ((1, _TRUCE_EVENT), (1, TRUCE_WORDING), (0, _OTHER_EVENT))
        for m in pattern.finditer(before)
    ]
    return bool(ends) and max(ends)[1] == 0


# A truce of another time: "a similar ceasefire", "the last truce", "previous truces".
_OF_ANOTHER_TIME = re.compile(
    r"\b(?:similar|previous|earlier|last|former|past|prior)\s+(?:[\w-]+\s+)?"
    r"(?:cease-?fires?|truces?)\b|\b(?:ago|previously)\b",
    re.IGNORECASE,
)


def _utc_clock(text: str) -> tuple[int, int] | None:
    """The GMT/UTC clock the words write ("1500 GMT", "6 p.m. (1500 GMT)"), if one."""
    found = {(r.hour, r.minute) for r in timeline.readings(text) if r.source == "utc"}
    return found.pop() if len(found) == 1 else None


def _utc_reading(text: str) -> bool:
    """The words write a clock on UTC ("1000 GMT"): the writer's own conversion."""
    return any(r.source == "utc" for r in timeline.readings(text))


_A_TRUCE_OF_ITS_OWN = re.compile(
    r"\b(?:a|an|their|its|his|her|own|another|similar|separate|new|second|humanitarian)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:cease-?fires?|truces?|armistice|pause|halt)\b",
    re.IGNORECASE,
)


def _weekdays(text: str) -> set[str]:
    """The words of the weekdays the text writes ("Friday", "Friday night")."""
    return {w for e in timeline.expressions(text) if e.kind == "weekday" for w in e.text.split()}


def _gives_a_time(text: str) -> bool:
    """True when the words give a clock time or a day ("7 p.m.", "Saturday evening")."""
    return timeline.clock_time(text) is not None or bool(timeline.expressions(text))


# A truce in force from its signing: "takes effect upon signature", "on signing".
_UPON_SIGNATURE = re.compile(
    r"\b(?:upon|on|at|with)\s+(?:its\s+|the\s+)?(?:signature|signing)\b", re.IGNORECASE
)


def _cites_a_truce(item: Cited, info: ValidationInfo) -> None:
    cited = sorted(set(item.sentences))
    article = article_of(info)
    texts = [s.text for s in article.sentences]
    # (or a sentence that goes on about the truce one before names: "It was to take effect
    # at 4:45 p.m.", the truce named as "the agreement" and, before that, "a cease-fire")
    if not speaks_of_truce(item.cited_text(article)) and not any(
        0 < n <= len(texts) and truce_named_before(texts, n - 1) is not None for n in cited
    ):
        raise ValueError(
            f"sentence(s) {cited} speak of no truce (a ceasefire, truce, cessation of "
            "hostilities or halt to the fighting): talks or meetings alone are not one; "
            "cite the sentence that names the truce, or leave it out"
        )


class ReactionItem(Cited):
    actor: str = Field(description="Who reacted (a state, organisation or official), as written.")
    stance: Stance
    addressed_to: Names = Field(description="Whom the reaction addresses, as written.")
    # No summary in the model's words: the cited sentence is the reaction, quoted exactly.
    # (Model-written summaries were ungrounded prose and most of this pass's tokens.)

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> Self:
        if (spoke := _from_its_capital(self.actor, article_of(info))) is not None:
            # "In Tehran, foreign ministry spokesman X condemned ...": the state the model
            # named, written as the capital its official spoke in
            self.sentences = [spoke]
            _note(info, f"ReactionItem: {self.actor!r} written as its capital (sentence {spoke})")
            for name in self.addressed_to:
                self._require_names(info, addressed_to=name)
            return self
        self._require_names(info, actor=self.actor)
        for name in self.addressed_to:
            self._require_names(info, addressed_to=name)
        # The quote is the reaction: it must be a sentence in which who reacted speaks or
        # acts ("Ruritania urged restraint"), not one that only names them.
        self._align(
            info,
            lambda text: speaks_in(self.actor, text),
            f"no cited sentence has {self.actor!r} speaking or acting (sentences "
            f"{self.sentences}): cite the sentence where they do",
        )
        # ... preferably where it reacts (concern, a call, a condemnation, support, an
        # offer). A citation with no such words is kept here and set aside by the merge: a
        # report of facts or of its own losses is a source, not a reaction.
        with contextlib.suppress(ValueError):
            self._align(
                info, lambda text: speaks_in(self.actor, text) and reacts_in(text), "no reaction"
            )
        # Who reacted, with the title and state its sentence writes before the name.
        cited = self.cited_text(article_of(info))
        full = written_in_full(self.actor, cited)
        if full != self.actor:
            _note(
                info, f"ReactionItem: actor {self.actor!r} -> {full!r} (as its sentence writes it)"
            )
            self.actor = full
        return self


# A sentence that opens with the capital its speaker spoke in: "In Tehran, foreign ministry
# spokesman Abbas Mousavi condemned ...".
_IN_CAPITAL_SPOKE = r"^\W*In\s+{capital},\s+[^.;]{{0,120}}?\b(?:{verbs})\b"


def _from_its_capital(actor: str, article: Article) -> int | None:
    """The one sentence in which a state the article never names by name reacts, written
    as the capital its official speaks in ("In Tehran, foreign ministry spokesman ...
    condemned"), or None."""
    if name_in_text(actor, article.text):
        return None
    party = actors.resolve(actor)
    if party.kind != "state":
        return None
    found = [
        sentence.index
        for capital in actors.capitals_of(party.id)
        for sentence in article.sentences
        if re.search(
            _IN_CAPITAL_SPOKE.format(capital=re.escape(capital), verbs=SAYS),
            sentence.text,
        )
        and reacts_in(sentence.text)
    ]
    return found[0] if len(found) == 1 else None


# --- Pass responses ----------------------------------------------------------

# An upper bound on every list, written into the schema as maxItems: a constrained
# decoder must then close the list. Without it, Qwen2.5-Coder-1.5B once walked an
# article sentence by sentence, one "reaction" each, until max_tokens cut it off.
MAX_ITEMS = 10


class ActorsResponse(BaseModel):
    location: str | None = Field(description="Where the fighting took place, as written, or null.")
    actors: list[ActorItem] = Field(max_length=MAX_ITEMS)

    @model_validator(mode="after")
    def _location_grounded(self, info: ValidationInfo) -> Self:
        # One weak field ("null" as text) must not cost the pass its actors: the location
        # is dropped alone, and the repair is reported.
        if self.location and not name_in_text(self.location, article_of(info).text):
            notes = (info.context or {}).get("realigned")
            if isinstance(notes, list):
                notes.append(f"location {self.location!r} is not in the article: left out")
            self.location = None
        return self


class CasualtiesResponse(BaseModel):
    casualties: list[CasualtyItem] = Field(max_length=MAX_ITEMS)


class CeasefiresResponse(BaseModel):
    ceasefires: list[CeasefireItem] = Field(max_length=MAX_ITEMS)


class ReactionsResponse(BaseModel):
    reactions: list[ReactionItem] = Field(max_length=MAX_ITEMS)


class OneShotResponse(ActorsResponse):
    """Every field in one call: cheaper in calls, worse on small models."""

    casualties: list[CasualtyItem] = Field(max_length=MAX_ITEMS)
    ceasefires: list[CeasefireItem] = Field(max_length=MAX_ITEMS)
    reactions: list[ReactionItem] = Field(max_length=MAX_ITEMS)


# --- Turning a response into ArticleExtraction fields ----------------------------

# Each list field of a response: the item model that validates one element, and the
# ArticleExtraction mention it becomes (the same fields, with evidence for sentences).
ITEM_FIELDS: dict[str, tuple[type[Cited], type[BaseModel]]] = {
    "actors": (ActorItem, ActorMention),
    "casualties": (CasualtyItem, CasualtyMention),
    "ceasefires": (CeasefireItem, CeasefireMention),
    "reactions": (ReactionItem, ReactionMention),
}


def to_mention(item: Cited, mention: type[BaseModel], article: Article) -> BaseModel:
    evidence = [article.evidence(n) for n in sorted(set(item.sentences))]
    return mention.model_validate({**item.model_dump(exclude={"sentences"}), "evidence": evidence})


@dataclass(frozen=True)
class Pass:
    """One model call: a prompt template and the schema its answer must fit."""

    name: str
    response_model: type[BaseModel]


FOCUSED_PASSES: tuple[Pass, ...] = (
    Pass("actors", ActorsResponse),
    Pass("casualties", CasualtiesResponse),
    Pass("ceasefires", CeasefiresResponse),
    Pass("reactions", ReactionsResponse),
)
ONE_SHOT_PASSES: tuple[Pass, ...] = (Pass("one_shot", OneShotResponse),)
# Casualties as multiple choice: figures found by rule, classified by the model
# (summarizer.figures); its answer is turned into a CasualtiesResponse.
FIGURES = Pass("figures", CasualtiesResponse)
CLASSIFY_PASSES: tuple[Pass, ...] = (
    FOCUSED_PASSES[0],
    FIGURES,
    FOCUSED_PASSES[2],
    FOCUSED_PASSES[3],
)
PASS_MODES: dict[str, tuple[Pass, ...]] = {
    "focused": FOCUSED_PASSES,
    "one-shot": ONE_SHOT_PASSES,
    "classify": CLASSIFY_PASSES,
}


def to_fields(response: BaseModel, article: Article) -> dict[str, list[Any] | str | None]:
    """The ArticleExtraction fields a validated response fills."""
    fields: dict[str, list[Any] | str | None] = {}
    if isinstance(response, ActorsResponse):
        fields["location"] = response.location
    for name, (_, mention) in ITEM_FIELDS.items():
        items = getattr(response, name, None)
        if items is not None:
            fields[name] = [to_mention(item, mention, article) for item in items]
    return fields
