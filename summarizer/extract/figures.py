"""Casualty figures found by rule, classified by the model with multiple-choice answers.

A 1.5B model writes free text poorly but answers a closed question well. So the numbers
are found by rule (each number in a clause that speaks of casualties), the names it may
choose from are found by rule (the names in the figure's sentence and the one before),
and the model only picks, per figure: the outcome, whose losses, who said so. Its
answer is a JSON object whose every field is an enum, so a constrained decoder cannot
answer outside the choices. The picks then go through the same grounding validators as
the free-text pass (summarizer.passes.CasualtyItem).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError, create_model

from summarizer.extract.grounding import (
    VAGUE_COUNTS,
    figure_clause,
    name_in_text,
    number_at,
    outcome_of,
    speaker_of,
    states_casualties,
    states_losses,
)
from summarizer.models import UNKNOWN_SIDE
from summarizer.read.articles import Article, Sentence
from summarizer.reference.numbers import numbers_in, written_as

if TYPE_CHECKING:
    from summarizer.extract.names import ArticleNames

NOT_CASUALTIES = "not casualties"
BOTH_SIDES = "everyone, no single side"
NOT_STATED = "not stated"
OUTCOMES = ("killed", "wounded", "captured", "missing", NOT_CASUALTIES)
MAX_FIGURES = 12  # a bound on the answer, as MAX_ITEMS is for the free-text passes
MAX_NAMES = 8

_WORD_NUMBERS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
    if i
}
_NUMBER = re.compile(
    r"(?<![\w.,:])(?P<digits>\d{1,3}(?:,\d{3})+|\d+)(?!\w|:\d|\.\d|,\d|-(?:point|day|year|hour|km))"
    r"|\b(?P<word>" + "|".join(_WORD_NUMBERS) + r")\b"
    r"|\b(?P<vague>" + "|".join(sorted(VAGUE_COUNTS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
# Numbers that are not counts of people: clock times, years, dates, spans of time ("two
# days of fighting"), percentages, distances.
_NOT_A_COUNT_AFTER = re.compile(
    r"^\s*(?:a\.?m\.?|p\.?m\.?|GMT|UTC|local\s+time\b|hours?\b|hrs\b|(?:minutes?|days?|nights?|weeks?|months?|"
    r"years?|decades?)\b|%|per\s*cent|percent|km|kilomet|miles?|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b)",
    re.IGNORECASE,
)
# Some of people counted already: "after one of the injured died" (a death among the
# wounded, no count of the wounded).
_ONE_OF_THE_COUNTED = re.compile(
    r"^\s+of\s+(?:the|those|these)\s+(?:injured|wounded|dead|killed|missing|captured|"
    r"victims|casualties|hostages|detainees|prisoners)\b",
    re.IGNORECASE,
)
_NOT_A_COUNT_BEFORE = re.compile(
    r"(?:\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|\bat|\bfrom|\buntil|\bby|"
    r"\bsince|\bin|\bof)\s*$",
    re.IGNORECASE,
)
_NAME = re.compile(
    r"\b(?:[A-Z][\w\u2019'-]*|[A-Z]{2,}\d*)(?:\s+(?:of\s+the\s+|of\s+|al-|el-)?(?:[A-Z][\w\u2019'-]*))*"
)
_NOT_NAMES = re.compile(
    r"^(?:The|A|An|In|On|At|By|For|From|Since|As|But|And|Or|It|Its|This|That|These|Those|"
    r"He|She|They|We|His|Her|Their|Our|After|Before|While|When|Within|Under|Shortly|Some|"
    r"Most|Many|More|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
    r"February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|GMT|UTC)$"
)


@dataclass(frozen=True)
class Figure:
    key: str  # "f1", the field the model answers under
    sentence: int
    count: int
    written: str  # the number as the article writes it
    names: tuple[str, ...]  # names as written, the choices for side and claimant


def _count(match: re.Match[str]) -> int:
    if match["digits"]:
        return int(match["digits"].replace(",", ""))
    if match["word"]:
        return _WORD_NUMBERS[match["word"].casefold()]
    return VAGUE_COUNTS[match["vague"].casefold()][0]


def _is_count(sentence: str, match: re.Match[str]) -> bool:
    return _counts_people(sentence, match.start(), match.end(), match["digits"])


def _counts_people(sentence: str, start: int, end: int, digits: str | None) -> bool:
    """The number at sentence[start:end] may count people (`digits`: as written in digits)."""
    if digits and re.fullmatch(r"(?:19|20)\d\d", digits):
        return False  # a year
    if _NOT_A_COUNT_AFTER.match(sentence[end:]):
        return False
    if sentence[start:end].casefold() == "one" and _ONE_OF_THE_COUNTED.match(sentence[end:]):
        return False  # (not "three of the hostages were killed": a count of the killed)
    before = sentence[:start]
    if _TOLL_AT.search(before):
        return True  # "put the toll at 65": a count, though "at 65" alone may be a clock
    if _LOSS_OF.search(before):
        return True  # "the deaths of 20 of its fighters", though "of 20" alone may be a date
    return not (digits and _NOT_A_COUNT_BEFORE.search(before))


def _of_things(after: str) -> bool:
    """ "of captured rebel vehicles" after a vague count: what it counts are no people (no
    word of its phrase, up to a verb or preposition, names people in the plural: not
    "hundreds of Klow Front rebel fighters", "dozens of wounded")."""
    from summarizer.extract.grounding import PEOPLE_AFTER

    found = re.match(r"\s+of\s+(?:the\s+)?", after)
    if found is None:
        return False
    words = []
    for word in re.findall(r"[\w'\u2019-]+", after[found.end() :])[:5]:
        if word.casefold() in _PHRASE_END:
            break
        words.append(word)
    return bool(words) and not any(
        word.casefold() in _HARMED or (PEOPLE_AFTER.match(" " + word) and _plural(word.casefold()))
        for word in words
    )


# Where a counted phrase ends; words for the harmed themselves
_PHRASE_END = frozenset(
    "were was had have has are is been being who that which in on at near from and or as "
    "by with to for into during after before since".split()
)
_HARMED = frozenset("dead wounded injured missing killed".split())


def _plural(noun: str) -> bool:
    """ "fighters", "gunmen", "people": a count of people (not "rebel" of "rebel vehicles")."""
    return noun.endswith(("s", "men")) or noun in {"people", "children", "police", "personnel"}


_TOLL_NOUN = r"\b(?:toll|figure|number|count|tally|total|loss(?:es)?|casualties)\b"
_TOLL_AT = re.compile(_TOLL_NOUN + r"[^.;,\d]{0,50}\b(?:at|to)\s+$", re.IGNORECASE)
_LOSS_OF = re.compile(
    r"\b(?:deaths?|tolls?|loss(?:es)?|bodies|remains|killings?|lives)\s+of\s+$", re.IGNORECASE
)


def names_in(text: str) -> list[str]:
    """Capitalised names as written ("Ruritania's health ministry" -> "Ruritania"), in order."""
    found: list[str] = []
    for match in _NAME.finditer(text):
        words = re.sub(r"[\u2019']s$", "", match.group()).split()
        while words and _NOT_NAMES.match(words[0]):
            words = words[1:]
        name = " ".join(words).strip("-")
        if len(name) >= 2 and name.casefold() not in {n.casefold() for n in found}:
            found.append(name)
    return found


def figures(article: Article) -> list[Figure]:
    """Every number in a casualty clause of the article, with the names around it."""
    out: list[Figure] = []
    previous: Sentence | None = None
    names_mid = _mid_sentence_words(article)
    for sentence in article.sentences:
        seen: set[int] = set()
        for match in _NUMBER.finditer(sentence.text):
            if len(out) >= MAX_FIGURES:
                return out
            if not _is_count(sentence.text, match):
                continue
            count = _count(match)
            if count in seen or not states_casualties(count, sentence.text):
                continue
            seen.add(count)
            names = names_in(sentence.text) + names_in(previous.text if previous else "")
            unique = [n for n in dict.fromkeys(names) if _a_name(n, names_mid)][:MAX_NAMES]
            if not unique:
                continue  # no name to choose from: nobody to attribute the figure to
            out.append(
                Figure(
                    key=f"f{len(out) + 1}",
                    sentence=sentence.index,
                    count=count,
                    written=match.group(),
                    names=tuple(unique),
                )
            )
        previous = sentence
    return out


@dataclass(frozen=True)
class _Stated:
    sentence: int
    count: int


def _stated_counts(article: Article) -> list[_Stated]:
    """Every number in a casualty clause of the article, as the number reader reads it
    ("Twenty-three soldiers", "Eighty-six rebels", beyond the words `figures` offers the
    model): the figures read from the wording are looked for among these."""
    found: list[_Stated] = []
    for sentence in article.sentences:
        seen: set[int] = set()
        for written in numbers_in(sentence.text):
            digits = written.text if written.kind == "digits" else None
            if not _counts_people(sentence.text, written.start, written.end, digits):
                continue
            if written.kind == "vague" and _of_things(sentence.text[written.end :]):
                continue  # "hundreds of captured rebel vehicles"
            if written.low in seen or not states_losses(written.low, sentence.text):
                continue
            seen.add(written.low)
            found.append(_Stated(sentence.index, written.low))
    return found


def _attributed_first(article: Article, stated: list[_Stated]) -> list[_Stated]:
    """The counts in their order, each count's sentences that name who stated it first
    ("Taliban kill 18 soldiers" as a headline, then "... at least 18 soldiers, officials
    said"): a figure is read with its claimant where the article gives one."""
    from summarizer.extract.grounding import speaker_of

    def what(figure: _Stated) -> tuple[int, str | None]:
        # (one figure: the same count of the same outcome; not "killed 18 Bordurians"
        # and "18 Korvans were wounded")
        return figure.count, outcome_of(figure.count, article.sentence(figure.sentence).text)

    first: dict[tuple[int, str | None], int] = {}
    for i, figure in enumerate(stated):
        first.setdefault(what(figure), i)

    def unattributed(figure: _Stated) -> bool:
        return not speaker_of(figure.count, article.sentence(figure.sentence).text)

    return sorted(stated, key=lambda f: (first[what(f)], unattributed(f), f.sentence))


def _mid_sentence_words(article: Article) -> set[str]:
    """Capitalised words the article uses inside sentences: names, not sentence openers."""
    return {
        m.group()
        for s in article.sentences
        for m in re.finditer(r"(?<=[\w,;] )[A-Z][\w\u2019'-]*", s.text)
    }


def _a_name(name: str, mid_sentence: set[str]) -> bool:
    """A single capitalised word is a name when it is a state, a demonym or an
    organisation the country data knows, an acronym ("UN"), or the article also writes it
    capitalised inside a sentence ("Klowist"); "According" is none of these."""
    from summarizer.reference.actors import resolve

    if " " in name or name.isupper() or name in mid_sentence:
        return True
    # A demonym of a name used mid-sentence: "Bordurian" opening a sentence, "Borduria" inside.
    if any(len(w) >= 5 and (name.startswith(w) or w.startswith(name)) for w in mid_sentence):
        return True
    return resolve(name).kind != "other"


class _Choice(BaseModel):
    model_config = ConfigDict(extra="forbid")


def response_model(found: list[Figure]) -> type[BaseModel]:
    """An answer with one object per figure, each field an enum of its choices."""
    fields: dict[str, Any] = {}
    for figure in found:
        choices: dict[str, Any] = {
            "outcome": (_enum(OUTCOMES), ...),
            "side": (_enum((*figure.names, BOTH_SIDES)), ...),
            "claimant": (_enum((*figure.names, NOT_STATED)), ...),
        }
        fields[figure.key] = (
            create_model(f"Figure{figure.key[1:]}", __base__=_Choice, **choices),
            ...,
        )
    model: type[BaseModel] = create_model("FiguresResponse", __base__=_Choice, **fields)
    return model


def _enum(values: tuple[str, ...]) -> Any:
    """Literal[values]: a JSON Schema enum, which a constrained decoder cannot leave."""
    return Literal[values]


def to_casualty_items(
    answer: BaseModel, found: list[Figure], context: dict[str, Any]
) -> tuple[list[dict[str, Any]], list[tuple[dict[str, Any], str]]]:
    """The model's picks as CasualtyItem data, validated by the free-text pass's grounding
    rules: (kept, [(dropped, reason)])."""
    from summarizer.extract.passes import CasualtyItem  # the grounding rules live with the items

    kept: list[dict[str, Any]] = []
    dropped: list[tuple[dict[str, Any], str]] = []
    article: Article = context["article"]
    for figure in found:
        pick = getattr(answer, figure.key)
        # The number was found in a casualty clause: what its words say happened wins
        # over the pick (the model answered "not casualties" for plain death tolls).
        outcome = outcome_of(figure.count, article.sentence(figure.sentence).text) or pick.outcome
        if outcome == NOT_CASUALTIES:
            continue
        raw: dict[str, Any] = {
            "sentences": [figure.sentence],
            "count": figure.count,
            "outcome": outcome,
            "category": "unknown",  # read from the wording by CasualtyItem
            "side": "total" if pick.side == BOTH_SIDES else pick.side,
            "claimant": None if pick.claimant == NOT_STATED else pick.claimant,
        }
        try:
            item = CasualtyItem.model_validate(raw, context=context)
        except ValidationError as err:
            dropped.append((raw, "; ".join(e["msg"] for e in err.errors())))
            continue
        kept.append(item.model_dump())
    return kept, dropped


def salvage(text: str | None, found: list[Figure]) -> BaseModel:
    """The valid picks of an answer that failed as a whole (a remote model answering
    outside the choices): each figure is checked on its own; an invalid one is left out
    as "not casualties"."""
    import json

    try:
        data = json.loads(text or "{}")
    except json.JSONDecodeError:
        data = {}
    model = response_model(found)
    picks: dict[str, Any] = {}
    for figure in found:
        choice = model.model_fields[figure.key].annotation
        try:
            picks[figure.key] = choice.model_validate(data.get(figure.key))  # type: ignore[union-attr]
        except ValidationError:
            picks[figure.key] = {
                "outcome": NOT_CASUALTIES,
                "side": NOT_STATED,
                "claimant": NOT_STATED,
            }
    return model.model_validate(picks)


def from_wording(
    article: Article,
    listed: set[int],
    context: dict[str, Any],
    given: list[dict[str, Any]] | None = None,
) -> list[dict[str, Any]]:
    """Figures the model left out whose own words say everything: what happened and
    whose people ("nine South African soldiers were killed"). Each goes through the
    grounding rules like the model's items; the claimant is read from the sentence. A
    part of a larger figure of the same people in its sentence (`given`, the model's
    items, or one read before it) is its breakdown, not a claim: "31 people were wounded,
    among them seven soldiers"."""
    from summarizer.extract.grounding import (
        figure_clause,
        owner_of,
        side_of_conjunct,
        speakers_losses,
    )
    from summarizer.extract.labels import (
        CIVILIANS,
        article_names,
        capital_alone,
        counts_soldiers,
        domestic_side,
        irregulars_counted,
        speakers_own_toll,
        town_owner,
        war_within_one_state,
    )

    names = article_names(tuple(s.text for s in article.sentences))

    kept: list[dict[str, Any]] = []
    for figure in _attributed_first(article, _stated_counts(article)):
        if figure.count in listed:
            continue
        text = article.sentence(figure.sentence).text
        outcome = outcome_of(figure.count, text)
        clause = figure_clause(figure.count, text)
        # (or, in a bare conjunct, the owner of the count before: "183 fighters of the
        # Klow Front were killed and 292 captured")
        owner = owner_of(figure.count, clause, text) or side_of_conjunct(figure.count, text)
        if owner and capital_alone(owner, names):
            owner = None  # a town named like a capital whose state the article never names
        if owner is None:
            # "Ruritania's war council gave a toll of 59 dead and 94 wounded": its own
            owner = speakers_own_toll(figure.count, figure.sentence, names)
        if owner is None:
            # "puts the losses of his forces at 19 killed and 30 wounded": the speaker's
            owner = speakers_losses(figure.count, text)
        if (
            owner is None
            and outcome in {"killed", "wounded", "captured"}
            and (irregulars := irregulars_counted(figure.count, text))
            and speaker_of(figure.count, text)
            and _the_harmed(figure.count, text)
        ):
            # "the command said 210 gunmen had been killed": fighters of no state, counted
            # by a named speaker (the merge ties the noun to the one armed group)
            owner = irregulars
        by_town = False
        if owner is None and _civilians_counted(figure.count, text):
            # "Nine civilians were killed ... in Klow": the civilians of the one state whose
            # town was hit (the grounding rules still ask who did the harm)
            owner = town_owner(figure.count, text, names)
            by_town = owner is not None
        # Civilians killed or wounded, whose state the grounding rules read from where it
        # happened or who counted them ("the Prefect of Klow reported that Vellish shelling
        # had killed six civilians"): kept when they read a state (checked below).
        civilians_alone = (
            owner is None
            and outcome in {"killed", "wounded"}
            and _civilians_counted(figure.count, text)
            and not _part_in_words(figure.count, text)
        )
        if outcome is None or (
            owner is None
            and not civilians_alone
            and not counts_soldiers(figure.count, text)
            # in a war within one state, "290 militants" says whose only beside a figure
            # already read, in one list sharing its verb; civilians killed or wounded alone
            and not (
                war_within_one_state(names)
                and (side := domestic_side(figure.count, clause, names, sentence=text)) != "total"
                # (civilians say whose alone: "five civilians had been killed"; not a part
                # of a count before: "21 Bedouin, three of them civilians")
                and (
                    (
                        side == CIVILIANS
                        and outcome in {"killed", "wounded"}  # (not "freed 27 civilians")
                        and not _part_in_words(figure.count, text)
                    )
                    or _in_a_tally(figure.count, text, listed)
                )
            )
        ):
            continue
        # Soldiers of no named owner counted by an army's organ ("four soldiers had been
        # killed, it said", after the army's media centre) are that army's.
        item = _grounded(
            figure.sentence, figure.count, outcome, owner or UNKNOWN_SIDE, None, context
        )
        if item is None or (
            owner is None and (item["side"] in {UNKNOWN_SIDE, "total"} or _listed_after(item, text))
        ):
            continue
        if (
            by_town
            and owner
            and names.resolver.party(item["side"]).id != names.resolver.party(owner).id
        ):
            continue  # the grounding rules read another side: the town says nothing then
        if civilians_alone and _unplaced(item, figure.count, text, names):
            continue  # (civilians of no state the rules could read: whose stays unsaid)
        if _a_part(item, [*(given or []), *kept], text):
            continue
        listed.add(figure.count)
        kept.append(item)
    return _without_summed(kept, given or [])


def _unplaced(item: dict[str, Any], count: int, text: str, names: ArticleNames) -> bool:
    """Civilians the wording reader found alone whose state the grounding rules did not
    place: read for a state only when what was said names its towns or the speaker is that
    state, the sentence names no other state's towns, and not "on both sides" (a war within
    one state's civilians say whose alone, as before)."""
    from summarizer.extract.labels import CIVILIANS, states_of_towns, war_within_one_state

    if item["side"] == CIVILIANS and war_within_one_state(names):
        return False
    party = names.resolver.party(item["side"])
    towns = states_of_towns(text, names)
    return (
        party.kind != "state"
        # (a state other than the one whose towns the sentence names: "Klowish shelling
        # killed two civilians in Vell, Bordurian officials said" is unclear)
        or bool(towns and party.id not in towns)
        # (civilians of both sides: "killed on both sides of the border")
        or _BOTH_SIDES.search(text) is not None
        # (neither where what it reports happened nor the speaker's own: not "a UN
        # official in Klow said 40 civilians had been killed")
        or not (
            party.id in states_of_towns(_what_was_said(count, text), names)
            or names.resolver.party(item["claimant"]).id == party.id
        )
    )


_BOTH_SIDES = re.compile(r"\b(?:both|either|each)\s+sides?\b", re.IGNORECASE)
_SAID = re.compile(
    r"\b(?:said|says|reported|stated|told|announced|added)\b(?:\s+that\b)?"
    r"|\baccording\s+to\b",
    re.IGNORECASE,
)


def _what_was_said(count: int, text: str) -> str:
    """What the speaker said, not who or where the speaker is: the sentence past its speech
    verb ("A UN official in Klow said ..."), or before it when the attribution trails the
    figure ("... killed four civilians in Vell, the mission said")."""
    said = _SAID.search(text)
    at = number_at(count, text)
    if said is None or at is None:
        return text
    return text[: said.start()] if said.start() > at.end else text[said.end() :]


def _the_harmed(count: int, text: str) -> bool:
    """The people the number counts are the ones harmed, not the ones who did it: "killed
    48 militants", "210 gunmen had been killed" (not "30 gunmen had killed 12 villagers",
    "the 30 gunmen who stormed the prison")."""
    at = number_at(count, text)
    if at is None:
        return False
    if _HARM_RIGHT_BEFORE.search(text[: at.start]):
        return True
    # (past the fighters' noun, quoted or named: 'about 50 "Zarvan terrorists" had been')
    rest = re.sub(_THE_NOUN, "", text[at.end :], count=1)
    return _HARMED_AFTER.match(rest) is not None


_THE_NOUN = re.compile(r"^\s*[\"\u201c]?\s*(?:[A-Z][\w'-]*\s+)?[a-z]+[\"\u201d]?")
_HARM_RIGHT_BEFORE = re.compile(
    r"\b(?:killed|killing|wounded|wounding|injured|injuring|captured|capturing|arrested|"
    r"arresting)\s+(?:about\s+|some\s+|at\s+least\s+|more\s+than\s+|nearly\s+|over\s+)?"
    r"[\"\u201c]?$",
    re.IGNORECASE,
)
_HARMED_AFTER = re.compile(
    r"\s*(?:(?:had|have|has)\s+been|were|was|are|is)\s+(?:\w+\s+)?(?:killed|wounded|injured|"
    r"captured|arrested|taken)\b|\s*(?:died|dead|killed|wounded|captured|arrested)\b"
    # (a bare verb with nothing harmed after it: "40 rebels killed in the fighting", not
    # "30 gunmen killed two policemen", "killed the mayor")
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|at|near|when|during|since|and|after|by|as|while)\b)",
)


_INCLUDED_BEFORE = re.compile(
    r"\b(?:including|among\s+(?:them|whom)|of\s+(?:them|whom))\s+(?:the\s+)?$", re.IGNORECASE
)


def _civilians_counted(count: int, text: str) -> bool:
    """The number counts civilians its words name ("nine civilians", "34 wounded" after
    them), not things ("one college dormitory"), an organisation's staff, or "people" of
    a battle for a town (soldiers, fighters and civilians alike)."""
    from summarizer.extract.grounding import (
        PEOPLE_AFTER,
        category_of,
        number_at,
        with_elided_noun,
    )

    written = with_elided_noun(count, text)
    at = number_at(count, written)
    if at is None or _INCLUDED_BEFORE.search(written[: at.start]):
        return False  # (nor a part: "including the three people hurt in Klow")
    after = written[at.end :]
    return (
        bool(PEOPLE_AFTER.match(after))
        and category_of(count, written) == "civilian"
        and not re.match(
            r"^\s*(?:[\w-]+\s+)?(?:staff|workers|employees|members|personnel)\s+of\b", after
        )
    )


def _listed_after(item: dict[str, Any], text: str) -> bool:
    """The figure follows other people in a list ("an officer, two soldiers", "a colonel and
    two soldiers"): it counts some of the dead, not all."""
    at = written_as(item["count"], text)
    return bool(at and _PERSON_BEFORE.search(text[: at[0].start]))


_PERSON_BEFORE = re.compile(
    r"\b(?:officers?|colonels?|commanders?|generals?|captains?|majors?|lieutenants?|"
    r"sergeants?|civilians?|soldiers?)\s*(?:,|\band)\s*$",
    re.IGNORECASE,
)


def _without_summed(
    kept: list[dict[str, Any]], given: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Without the kinds of people one sentence counts ("Eleven civilians and one soldier
    died") when the model gave their sum as one figure of the same people (12 killed,
    from the headline): the sum is the claim, the kinds its breakdown."""
    from summarizer.reference.actors import resolve

    groups: dict[tuple[int, str, str], list[dict[str, Any]]] = {}
    for item in kept:
        key = (item["sentences"][0], item["outcome"], resolve(item["side"]).id)
        groups.setdefault(key, []).append(item)
    summed = [
        members
        for (_, outcome, side), members in groups.items()
        if len(members) > 1
        and any(
            g["outcome"] == outcome
            and resolve(g["side"]).id == side
            and g["count"] == sum(m["count"] for m in members)
            for g in given
        )
    ]
    return [item for item in kept if not any(item in members for members in summed)]


def _a_part(item: dict[str, Any], others: list[dict[str, Any]], text: str) -> bool:
    """The figure counts some of the people a larger figure of its sentence counts: the
    same outcome, the same side, and its words name a kind of people ("seven soldiers",
    "eight of them civilians") or a part ("among them", "of whom")."""
    from summarizer.extract.grounding import category_of
    from summarizer.reference.actors import resolve

    at = written_as(item["count"], text)
    if not at:
        return False
    before = text[max(0, at[0].start - 25) : at[0].start]
    after = text[at[0].end : at[0].end + 12]
    part = bool(_PART_BEFORE.search(before) or _PART_AFTER.match(after))
    if not part and category_of(item["count"], text) in (None, "unknown"):
        return False
    side = resolve(item["side"]).id
    return any(
        other["outcome"] == item["outcome"]
        and other["count"] > item["count"]
        # a toll over every kind ("31 people ..., among them seven soldiers"), or of this
        # kind when the words say it is a part: not "two soldiers in Klow and seven in Bor"
        and other.get("category", "unknown")
        in ({"unknown", item["category"]} if part else {"unknown"})
        and resolve(other["side"]).id == side
        and any(n in other["sentences"] for n in item["sentences"])
        and written_as(other["count"], text)
        for other in others
    )


def _in_a_tally(count: int, text: str, listed: set[int]) -> bool:
    """The number is one of a list of kinds of people, next to a figure already read, the
    list sharing one verb: "290 militants, 70 soldiers and police and 27 civilians have
    been killed" (not "200 residents fled; 14 militants were killed", "31 people were
    killed, including 12 militants", nor "three of them civilians")."""
    places = written_as(count, text)
    for other in listed - {count}:
        for a in written_as(other, text):
            for b in places:
                first, second = (a, b) if a.start < b.start else (b, a)
                if _TALLY_GAP.fullmatch(text[first.end : second.start]):
                    return True
    return False


# Between two numbers of one tally: the first's kind of people, then a comma or "and".
_TALLY_KIND = (
    r"(?:militants|fighters|rebels|insurgents|gunmen|terrorists|jihadists|guerrillas|"
    r"soldiers|troops|police(?:men)?|servicem[ae]n|security\s+personnel|civilians|"
    r"residents|villagers)"
)
_TALLY_GAP = re.compile(
    rf"\s+(?:[a-z-]+\s+)?{_TALLY_KIND}(?:\s+and\s+{_TALLY_KIND})?\s*(?:,\s*(?:and\s+)?|and\s+)",
    re.IGNORECASE,
)


def _part_in_words(count: int, text: str) -> bool:
    """The sentence writes the number as a part of another count: "three of them", "of
    whom 12", "including nine", "including 12 militants and seven civilians"."""
    return any(
        _PART_AFTER.match(text[w.end :]) or _PARTS_LISTED_BEFORE.search(text[: w.start])
        for w in written_as(count, text)
    )


# A list of parts that began before the number: "including 12 militants and seven".
_PARTS_LISTED_BEFORE = re.compile(
    r"\b(?:including|included|incl\.|among\s+(?:them|whom|the\s+dead|the\s+wounded)|"
    r"of\s+whom|of\s+the\s+dead)\b[^.;:()]*$",
    re.IGNORECASE,
)


_PART_BEFORE = re.compile(r"\b(?:among\s+(?:them|whom)|of\s+whom|including|incl\.)\s*$", re.I)
_PART_AFTER = re.compile(r"^\s+of\s+(?:them|whom)\b", re.I)


def _grounded(
    sentence: int,
    count: int,
    outcome: str,
    side: str,
    claimant: str | None,
    context: dict[str, Any],
) -> dict[str, Any] | None:
    """A figure read by rule, through the same grounding as the model's items (the
    category is read from the wording there); None when it does not hold."""
    from summarizer.extract.passes import CasualtyItem

    raw = {
        "sentences": [sentence],
        "count": count,
        "outcome": outcome,
        "category": "unknown",
        "side": side,
        "claimant": claimant,
    }
    try:
        return CasualtyItem.model_validate(raw, context=context).model_dump()
    except ValidationError:
        return None


def _people_after(after: str) -> bool:
    """The words after a number say it counts people: "25 soldiers", "25 Ruritanian
    troops", "ten of its men"."""
    from summarizer.extract.grounding import PEOPLE_AFTER

    return bool(
        PEOPLE_AFTER.match(re.sub(r"^\s*(?:of\s+\w+\s+|[A-Z][\w'\u2019-]*\s+)", " ", after))
    )


def _unit_name(text: str, match: re.Match[str]) -> bool:
    """The number is part of a unit's name, "the 444 Brigade said": "the", the number
    in digits, a capitalised word."""
    return bool(
        match["digits"]
        and re.search(r"\b[Tt]he\s+$", text[: match.start()])
        and re.match(r"(?:st|nd|rd|th)?\s+[A-Z]", text[match.end() :])
    )


def _other_speaker(count: int, text: str, kin: list[dict[str, Any]]) -> str | None:
    """The speaker who states `count` in its own clause, when none of the figures beside
    it is stated in that clause or by that speaker."""
    clause = figure_clause(count, text)
    who = speaker_of(count, clause) if clause != text else None
    if who is None or any(written_as(k["count"], clause) for k in kin):
        return None
    if not _A_TOLL.search(clause):
        return None  # "while Unicef said 12 children were killed": a part, not a rival toll
    if any(k["claimant"] and name_in_text(who, k["claimant"]) for k in kin):
        return None
    return who


_A_TOLL = re.compile(
    _TOLL_NOUN + r"|\b\d[\d,]*\s+(?:people|dead|deaths|killed|died)\b", re.IGNORECASE
)


# A number added to the count before it, not a part of it: "10 wounded, along with three
# civilians", "as well as", "in addition to".
_ADDED_BEFORE = re.compile(
    r"\b(?:along\s+with|as\s+well\s+as|plus|in\s+addition\s+to|besides)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def siblings(
    article: Article, kept: list[dict[str, Any]], context: dict[str, Any]
) -> list[dict[str, Any]]:
    """Figures the model left out that stand in one sentence beside a figure it gave, with
    an outcome of their own: "the shelling killed two civilians and wounded seven more",
    "five were killed and 23 wounded". They count the same people, so they take the
    side and the claimant of the figure beside them; each then goes through the grounding
    rules like the model's items (which repair a label the wording does not support). A
    number of the same outcome beside it ("killed 40, among them 12 children") is a
    breakdown, not taken, unless the words add it ("10 wounded, along with three
    civilians")."""

    found: list[dict[str, Any]] = []
    for sentence in article.sentences:
        # The model's figures this sentence writes (an item may also cite its headline).
        kin = [
            k
            for k in kept
            if sentence.index in k["sentences"] and written_as(k["count"], sentence.text)
        ]
        labels = {(k["side"], k["claimant"]) for k in kin}
        if len(labels) != 1:
            continue
        side, claimant = labels.pop()
        text = sentence.text
        taken = {k["count"] for k in kin} | {
            f["count"] for f in found if f["sentences"] == [sentence.index]
        }
        for match in _NUMBER.finditer(text):
            if match["vague"] or not _is_count(text, match) or _unit_name(text, match):
                continue
            count = _count(match)
            if count in taken:
                continue
            outcome = outcome_of(count, text)
            if outcome is None:
                continue
            said_by = claimant
            added = _ADDED_BEFORE.search(text[: match.start()]) is not None and not (
                _PARTS_LISTED_BEFORE.search(text[: match.start()])  # "including 10 soldiers
            )  # as well as two civilians": still the parts of the 12
            if any(k["outcome"] == outcome for k in kin) and not added:
                # The same outcome is a breakdown, unless another speaker states it in a
                # clause of its own: "killed 50, aid workers said, while Ruritania put the
                # toll at 65" is Ruritania's competing count of the same dead.
                said_by = _other_speaker(count, text, kin)
                if said_by is None:
                    continue
            after = text[match.end() :]
            if outcome in {"captured", "missing"} and not (
                _people_after(after) or re.match(r"\s+(?:others|more)\b", after)
            ):
                continue  # "captured 25 posts": places and things are captured too
                # (not "86 rebels were killed and 68 others captured": the same people)
            item = _grounded(sentence.index, count, outcome, side, said_by, context)
            if item is None:
                continue
            taken.add(count)
            found.append(item)
    return _without_summed(found, kept)
