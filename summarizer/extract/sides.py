"""Whose losses a figure counts: the owner its own words name, else the model's side when
the clause names it, else the speaker's own people, else the one actor the clause names that
did not do the harm; never the side that did the harm (summarizer.extract.labels has the
overview and the order of the rules).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from summarizer.extract.claimants import (
    _ANTECEDENT_SENTENCES,
    _EVERY_SIDE,
    _FORCE_DID,
    _ITS_FORCES_ACT,
    Label,
    _according_to,
    _home_health_toll,
    _home_organ,
    _named_state,
    _same_actor,
    _shown_fighting,
    _speaker,
    claimant_for,
)
from summarizer.extract.grounding import (
    CASUALTY_WORD,
    HARM_DONE_AFTER,
    OWN_FORCES_DID_IT,
    TOLL_OF_PEOPLE,
    claimed_instead,
    did_the_harm,
    figure_clause,
    harm_scope,
    independent_body,
    lost_owner,
    name_in_text,
    named_speakers,
    number_at,
    numbers_at,
    on_its_side,
    opening_state,
    outcome_of,
    owner_in_words,
    owner_of,
    side_of_conjunct,
    side_problem,
    speaker_of,
    speakers_losses,
    toll_owner,
    with_elided_noun,
    without_other_speaker,
)
from summarizer.extract.names import (
    ArticleNames,
    is_stand_in,
    organ_or_unit,
)
from summarizer.extract.scene import (
    _HEALTH_BODY,
    _article_attackers,
    _article_parties,
    _fighting_state,
    _mentions,
    _place_state,
    _place_states,
    _state_of,
    article_names,
    capital_alone,
    theatre_state,
    war_within_one_state,
)
from summarizer.models import UNKNOWN_SIDE
from summarizer.reference.actors import (
    UN_SYSTEM,
    ActorResolver,
    actor_by_id,
    names_of,
)
from summarizer.reference.numbers import numbers_in, written_as


def _expand(name: str, names: ArticleNames) -> str:
    """An acronym the article defines, written out ("RLF" -> "Ruritanian Liberation Front")."""
    return names.acronyms.get(name.strip(), name)


# "Ana Vell, deputy commander of the rebels' defence ministry, said two of their fighters":
# a speaker whose appositive names the force, by its common noun, that it serves.
_GROUP_NOUN = r"rebels|separatists|militias?|insurgents|guerrillas|militants"

_GROUP_ORGANS = (
    r"ministry|command|council|committee|leadership|office|headquarters|staff|wing|"
    r"spokes\w+|military|forces|army|government|authorities|administration"
)


def _speakers_group(speaker: str, text: str) -> str | None:
    """The force the speaker's own appositive ties it to, by its common noun."""
    found = re.search(
        rf"{re.escape(speaker)},\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,4}}?(?:of|for)\s+"
        rf"(?:the\s+)?(?P<group>{_GROUP_NOUN})\b"
        # the group's own organ, or the appositive ends: not "a negotiator for the rebels'
        # surrender"
        rf"(?:[\u2019']s?\s+(?:[\w-]+\s+){{0,2}}?(?:{_GROUP_ORGANS})\b|\s*[,;]|\s*$)",
        text,
        re.IGNORECASE,
    )
    return found["group"].lower() if found else None


# A state's armed organ: "the Defence Ministry", "the Ministry of Defence", "the General
# Staff", "the army" (its losses, when its words name no other owner).
_ARMED_BODY = re.compile(
    r"\b(?:defen[cs]e|war|interior)\s+ministry|\bministry\s+of\s+(?:(?:national|the)\s+)?"
    r"(?:defen[cs]e|war|the\s+interior|interior)|\bgeneral\s+staff|\b(?:army|military|"
    r"armed\s+forces|police)\b",
    re.IGNORECASE,
)

# People of the other side: "20 enemy soldiers", "40 of the aggressors", "rebel fighters".
_THE_OTHER_SIDES = re.compile(
    r"\b(?:enemy|enemies|aggressors?|invaders?|invading|attackers?|intruders?|raiders?|"
    r"opposing|hostile|rebels?|insurgents?|militants?|separatists?|terrorists?|guerrillas?|"
    r"assailants?|infiltrators?|bandits?)\b",
    re.IGNORECASE,
)


def _counts_the_others(count: int, clause: str) -> bool:
    """The people the count names are the other side's: "20 enemy soldiers", "40 of the
    aggressors", "12 rebels" (not "12 soldiers were killed by enemy fire": who fired)."""
    found = number_at(count, clause)
    if found is None:
        return False
    people = _PEOPLE_AFTER.match(clause, found.end)
    return bool(people and _THE_OTHER_SIDES.search(people.group()))


# The words that name whom a count counts, a quoted word too ('more than 50 "assailants"',
# "40 of the aggressors"): the first, then up to two more.
_QUOTE_GAP = r"[\"\u201d]?\s+[\"\u201c]?"
_PEOPLE_AFTER = re.compile(
    _QUOTE_GAP + r"(?P<first>(?:of\s+(?:the|its|their)\s+)?[\w-]+)(?:\s+[\w-]+){0,2}"
)


# The foes a state names as fighters of no state: "assailants", "bandits" (not
# "attackers", "raiders", who may be another state's troops).
_IRREGULAR_FOES = re.compile(
    r"\b(?:rebels?|insurgents?|militants?|separatists?|terrorists?|guerrillas?|assailants?|"
    r"bandits?)\b",
    re.IGNORECASE,
)


def _counts_irregular_foes(
    count: int, clause: str, names: ArticleNames, sentence: str, side: str, claimant: str | None
) -> bool:
    """A state's speaker names the count as its foe, fighters of no state ("50
    assailants"), in an article whose towns lie in one state, or as any foe ("40 of the
    attackers") in an article that shows the war within one state; not when the model
    named another state as whose they are."""
    speaker = names.resolver.party(claimant) if claimant else None
    if speaker is None or (speaker.kind != "state" and not is_stand_in(claimant or "", names)):
        return False  # (the rebels' "12 of the attackers" are the state's troops)
    if side and (named := names.resolver.party(side)).kind == "state" and named.id != speaker.id:
        return False  # ("30 of the assailants", Ruritania's troops, in a war of two states)
    found = number_at(count, clause)
    if found is None or not _counts_the_others(count, clause):
        return False
    people = _PEOPLE_AFTER.match(clause, found.end)
    if people is None:
        return False
    # (not "30 militants and civilians": foes and others)
    whole = number_at(count, sentence)
    after = sentence[whole.end :] if whole else ""
    if re.match(_QUOTE_GAP + r"[\w-]+[\"\u201d]?\s+(?:and|or)\b", after):
        return False
    # ("12 of the attackers", "the invaders", in a war the article shows within one state;
    # or after its sentence named them so: "beat off a rebel column ..., killing 12 of the
    # attackers")
    named_before = whole is not None and _IRREGULAR_FOES.search(sentence[: whole.start]) is not None
    return war_within_one_state(names) is not None or (
        (_IRREGULAR_FOES.search(people["first"]) is not None or named_before)
        and theatre_state(names) is not None
    )


def _counts_its_forces(count: int, clause: str, speaker: str) -> bool:
    """A state's armed organ counting soldiers its clause gives no other owner: "the
    Defence Ministry said 20 soldiers and policemen had been killed" counts its own."""
    return bool(
        _ARMED_BODY.search(speaker)
        and counts_soldiers(count, clause)
        and not _counts_the_others(count, clause)
        and not _FORCE_DID.search(clause)
    )


_OWN_PEOPLE = re.compile(
    r"\b(?:of\s+)?(?:its|their|our|his|her)\s+(?:own\s+)?(?:country\W?s\s+)?"
    r"(?:people|civilians|soldiers|troops|fighters|forces|peacekeepers|personnel|servicemen|"
    r"officers|nationals|citizens|members|men|losses)\b",
    re.IGNORECASE,
)

# The people an organisation counts as its own: "nine peacekeepers", "two staff members".
_ORGANISATIONS_PEOPLE = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:peacekeepers|staff|personnel|employees|aid\s+workers|observers|"
    r"monitors|volunteers)\b",
    re.IGNORECASE,
)


def organisations_own_people(count: int, clause: str) -> bool:
    """The figure counts people an organisation has ("nine peacekeepers had been wounded",
    the UN said): its own losses, not everyone's."""
    found = number_at(count, clause)
    return found is not None and _ORGANISATIONS_PEOPLE.match(clause[found.end :]) is not None


# Wording that counts both sides' people together: "the two governments' figures", "on
# both sides", "combined".
_SIDES_TOGETHER = re.compile(
    r"\b(?:both|either|each|the\s+two)\s+(?:sides?|armies|governments?|countries|states|"
    r"nations)\b|\b(?:combined|together)\b",
    re.IGNORECASE,
)


def _states_own_people(
    count: int, clause: str, sentence: str, claimant: str | None, names: ArticleNames
) -> str | None:
    """The claimant's own state, when a state at war with another state counts people its
    figure's words give no owner ("Ruritania's health ministry said 31 people had been
    killed", in a war with Borduria): a state counts the dead its hospitals and towns
    receive, its own. None when the figure names whose they are, or fighters ("killed 40
    militants"), or both sides' people ("together the two governments' figures"), or
    people where another state's towns are, or people killed in fighting ("3,000 killed in
    the fighting for the city": everyone's), or when the state says it did the harm."""
    if not claimant or _SIDES_TOGETHER.search(sentence) or owner_of(count, clause, sentence):
        return None
    if _TWO_SIDED.search(harm_scope(clause, sentence)):
        return None  # "killed in the fighting for the city": everyone the fighting killed
    state = _state_of(claimant, names)
    party = names.resolver.party(state or "")
    if state is None or party.kind != "state" or war_within_one_state(names) == party.id:
        return None
    if not _harmed_by_another(party.id, names) or party.id not in _war_parties(names):
        return None  # (nor a state that mediates, hosts or comments: no party to the war)
    if _kind_of_people(count, clause) in {"forces", "fighters"}:
        return None  # soldiers have rules of their own; fighters are the enemy's
    if did_the_harm(state, count, sentence) or _FORCE_DID.search(clause):
        return None  # "Ruritania said its strikes killed 40 people"
    if _OWN_WEAPONS_ACT.search(sentence) or _ACROSS_THE_LINE.search(sentence):
        return None  # "when its missiles struck a barracks"; "killed across the border"
    elsewhere = _place_state(clause, names)
    if elsewhere is not None and names.resolver.party(elsewhere).id != party.id:
        return None  # "40 people were killed in Klow", a town of the other state
    if any(
        (other := names.resolver.party(w)).kind == "state"
        and other.id != party.id
        and (_INSIDE_BEFORE.search(sentence[:start]) or _PEOPLE_NOUN_AFTER.match(sentence[end:]))
        for start, end, w in _mentions(sentence, names)
    ):
        return None  # "killed inside Bolivia", "all Peruvian lorry drivers"
    return _named_state(party.id, names) or state


# Another state's ground or people: "inside Bolivia", "Peruvian lorry drivers".
_INSIDE_BEFORE = re.compile(r"\b(?:inside|in|into|within)\s+(?:the\s+)?$", re.IGNORECASE)

_PEOPLE_NOUN_AFTER = re.compile(
    r"(?:['\u2019]s)?\s+(?:[a-z-]+\s+)?(?:people|nationals|citizens|civilians|residents|"
    r"villagers|workers|drivers|soldiers|troops|servicemen|fighters|refugees|children|women|men)\b"
)

# The speaker's own weapons acting: "when its missiles struck a barracks".
_OWN_WEAPONS_ACT = re.compile(
    r"\b(?:its|their|our)\s+(?:[\w-]+\s+)?(?:missiles?|rockets?|shells?|bombs?|jets|drones?|"
    r"artillery|forces|troops|strikes?)\s+(?:had\s+|have\s+|has\s+)?(?:struck|hit|killed|"
    r"destroyed|bombed|shelled|pounded|targeted|attacked)\b",
    re.IGNORECASE,
)

# People on the other side of the front: "killed across the border", "on the other side".
_ACROSS_THE_LINE = re.compile(
    r"\b(?:across|beyond|over)\s+the\s+(?:border|frontier|line)\b|\bon\s+the\s+other\s+side\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)
def _war_parties_of(sentences: tuple[str, ...], resolver: ActorResolver) -> frozenset[str]:
    """The states the article shows at war: those it shows fighting (`_article_attackers`)
    and those whose towns its sentences of casualties or fighting name."""
    found = set(_article_attackers(sentences, resolver))
    names = article_names(sentences)
    for text in sentences:
        if CASUALTY_WORD.search(text) or _TWO_SIDED.search(text):
            found |= _place_states(text, names)
    return frozenset(found)


def _war_parties(names: ArticleNames) -> frozenset[str]:
    return _war_parties_of(names.sentences, names.resolver)


def side_for(
    proposed: str, count: int, cited_text: str, claimant: str | None, names: ArticleNames
) -> Label:
    """Whose losses the figure counts (see the module docstring)."""
    side = proposed.strip()
    if side.casefold() in {"total", "both", "both sides"}:
        side = "total"
    if (
        side[1:] == side[1:].lower()
        and is_stand_in(side, names)
        and (home := _home_organ(side, names))
    ):
        # "the government", "the army": the state the war is fought within, named (not
        # "the Klowish authorities": the words name whose)
        side = home
    clause = figure_clause(count, cited_text)
    if claimed_instead(count, cited_text) and side not in {UNKNOWN_SIDE, "total"}:
        # "23 of its soldiers were killed; the Klow Front has claimed 58": the people the
        # count before counts, when whose they are is read from its words
        before = cited_text[: cited_text.find(clause)]
        counts = [n for n in numbers_in(before) if n.kind != "vague"]
        prev = counts[-1].low if counts else 0
        whose = side_for("", prev, before, _speaker(prev, before), names).value if counts else ""
        if whose not in {"", "total", UNKNOWN_SIDE} and not _names_side(whose, side, names):
            why = "a count given for the one before"
            return Label(whose, f"side {proposed!r} -> {whose!r} ({why})")
    if (irregulars := irregulars_counted(count, cited_text)) and _names_side(
        irregulars, side, names
    ):
        return Label(side)  # (read again, the side stays: the repair is idempotent)
    if (
        irregulars
        # (the group the model named stays: "26 rebels" of the FARC are the FARC's)
        and (
            side in {"", "total", UNKNOWN_SIDE}
            or names.resolver.party(side).kind == "state"
            or is_stand_in(side, names)  # "the army": a state's organ, named by no name
            # (a place its sentence does not name: "Klow" for "five rebels"; not a group the
            # article shows fighting, "the FARC" for "26 guerrillas")
            or (not name_in_text(side, cited_text) and not _shown_fighting(side, names))
        )
    ):
        # "800 fedayeen taken prisoner in Amman", "1,500 guerrillas": fighters of no state,
        # whatever the war and wherever they were
        return Label(irregulars, f"side {proposed!r} -> {irregulars!r} (fighters of no state)")
    # The figure's own words name whose people they are ("73 Bordurian soldiers"), or
    # the words of the count it is listed with ("73 Bordurian soldiers were killed, 120
    # wounded").
    listed = with_elided_noun(count, cited_text)
    speakers = speakers_losses(count, cited_text)  # "the losses of his forces": his
    owner = (
        owner_of(count, clause)
        or owner_in_words(count, listed)
        or lost_owner(count, cited_text)
        or speakers
        or opening_state(count, cited_text)
    )
    if owner and capital_alone(owner, names):
        owner = None  # "killed in Buenos Aires, also in Cauca": a town, not Argentina
    # "killed on the Korvan side and 71 wounded": the side of the count before
    on_a_side = owner is None and (owner := side_of_conjunct(count, cited_text)) is not None
    if (
        owner
        and not owner_in_words(count, clause)
        and owner != lost_owner(count, cited_text)  # ("X forces had lost 120 men killed")
        and did_the_harm(owner, count, cited_text)
    ):
        owner = None  # "killed in Ruritanian strikes": Ruritania did it
    if (
        owner
        and not owner_in_words(count, clause)
        and not toll_owner(count, clause, people=True)  # "Bordurian losses": whose, not where
        and not speakers  # whose, not where
        # "the Velkis lost 14 fighters": whose, not where (not "Klow lost 40 residents")
        and not (
            owner == lost_owner(count, cited_text)
            # (a state's people lost them: "the Bordurian invaders had suffered 300 dead" is
            # whose, as "the Velkis lost 14 fighters" is; not "Ruritania has lost 400 people
            # to the violence", a state's name: where)
            and (_LOST_FIGHTERS.search(cited_text) or _a_peoples_name(owner, names))
        )
        and not (listed != cited_text and owner_in_words(count, listed))
        and not _harmed_by_another(names.resolver.party(owner).id, names)
        and not on_its_side(owner, clause)
        and not on_a_side
    ):
        # "killed in Ruritania", in a war within Ruritania alone: everyone, or its civilians.
        whose = domestic_side(count, clause, names, sentence=cited_text)
        return Label(whose, None if whose == side else f"side {proposed!r} -> {whose!r}")
    if owner:
        owner = _expand(owner, names)
        if _names_side(owner, side, names):
            return Label(side)
        return Label(owner, f"side {proposed!r} -> {owner!r} (from the wording)")
    if (
        claimant
        and not is_stand_in(claimant, names)
        and organ_or_unit(claimant)
        and counts_soldiers(count, cited_text)
        and not _FORCE_DID.search(cited_text)
    ):
        # "Two soldiers were killed by Klowist fire, the army's media centre said": the
        # army counting its own soldiers, named by no name.
        whose = _state_of(claimant, names) or claimant
        return Label(whose, f"side {proposed!r} -> {whose!r} (the army counts its own soldiers)")
    if (
        side.casefold() in {"total", "", UNKNOWN_SIDE}
        and claimant
        and counts_soldiers(count, cited_text)
        and not _FORCE_DID.search(cited_text)
        and not _EVERY_SIDE.search(cited_text)  # "155 troops on both sides"
        # (nor a sentence that shows its own forces acting, or names another side: "Kenya
        # said 40 soldiers were killed when its jets bombed a Tanzanian barracks")
        and not _ITS_FORCES_ACT.search(cited_text)
        and not any(
            names.resolver.party(w).id != names.resolver.party(claimant).id
            for _, _, w in _mentions(cited_text, names)
        )
        and (party := names.resolver.party(claimant)).kind == "state"
        and (
            party.id
            in {_fighting_state(a) for a in _article_attackers(names.sentences, names.resolver)}
            # (or the state whose towns the article counts the dead in, shown fighting or
            # not: "the Defence Ministry said 446 servicemen had been killed on Vell island";
            # not soldiers it says surrendered or were taken: the enemy's, often)
            or (
                party.id == theatre_state(names)
                and outcome_of(count, cited_text) in {"killed", "wounded"}
            )
        )
    ):
        # "the government said 36 soldiers had been killed": a fighting state counting
        # soldiers of no named owner counts its own
        whose = _named_state(party.id, names) or claimant
        return Label(whose, f"side {proposed!r} -> {whose!r} (a state counts its own soldiers)")
    if side == "total" and (
        _CIVILIANS_OR_SOLDIERS.search(clause)
        or not _TWO_SIDED.search(harm_scope(clause, cited_text))
    ):
        # "the Ruritanians killed two civilians": not everyone's, whatever the model said.
        found = _attacked_side("", count, clause, cited_text, speaker_of(count, cited_text), names)
        if found is not None and _clause_attackers(count, clause, cited_text, names):
            whose, how = found
            return Label(whose, f"side {proposed!r} -> {whose!r} ({how})")
    # In a war within one state, "863 civilians" are its civilians, not everyone, and
    # "12 soldiers" the state's.
    if (
        side == "total"
        and (domestic := domestic_side(count, clause, names, sentence=cited_text)) != side
        and (
            war_within_one_state(names)
            # "Shells hit Klow, two civilians killed", in an article that shows no state
            # fighting (a government's guns against a movement): no two states' civilians
            or (
                domestic == CIVILIANS
                and not _states_fighting(names)
                and any(_A_GOVERNMENTS_GUNS.search(t) for t in names.sentences)
            )
        )
    ):
        return Label(domestic, f"side {proposed!r} -> {domestic!r} (a war within one state)")
    if (
        side == "total"
        and claimant
        and organisations_own_people(count, clause)
        and (body := names.resolver.party(claimant)).kind == "organization"
    ):
        # "nine peacekeepers had been wounded", a UN spokesman said: the UN's own people
        return Label(body.name, f"side 'total' -> {body.name!r} (the organisation's own people)")
    if side == "total":
        if owner := owner_of(count, clause, cited_text):
            whose = _state_of(owner, names) or owner
            # A state's own health ministry counting deaths in a war fought within that
            # state alone counts everyone: the owner came from the speaker, not the words
            # (written whose: "gives the Korvan losses as 63 killed, ... 290 taken prisoner").
            if _harmed_by_another(names.resolver.party(whose).id, names) or toll_owner(
                count, cited_text, people=True
            ):
                return Label(whose, f"side {proposed!r} -> {whose!r} (from the wording)")
        if own_state := _states_own_people(count, clause, cited_text, claimant, names):
            why = "a state at war with another counts its own people"
            return Label(own_state, f"side {proposed!r} -> {own_state!r} ({why})")
        if _counts_irregular_foes(count, clause, names, cited_text, side, claimant):
            # "killing 12 of the attackers", in a war within one state: one side's, not all
            return Label("rebels", f"side {proposed!r} -> 'rebels' (the state's foes)")
        return Label("total")
    if side.casefold() == UNKNOWN_SIDE:
        side = ""
    problem: str | None = side_problem(side, count, cited_text) if side else "no side given"
    speaker = _named_speaker(claimant, names)
    # ("nine of its soldiers", not "its troops had killed 71 rebels": the killers)
    own = any(not HARM_DONE_AFTER.match(clause, m.end()) for m in _OWN_PEOPLE.finditer(clause))
    if side and side != "total" and _home_state_beside_a_toll(side, count, clause, names):
        whose = domestic_side(count, clause, names, sentence=cited_text)
        if whose == proposed.strip():
            return Label(whose)
        return Label(whose, f"side {proposed!r} -> {whose!r} (a war within {side!r} alone)")
    if problem is None and side:
        if not own:
            return Label(side)
        # "nine of its soldiers": the speaker's people, when the article says whose they are.
        state = _state_of(speaker, names) if speaker else None
        group = _speakers_group(speaker, cited_text) if speaker and state is None else None
        if group and not _names_side(group, side, names):
            return Label(group, f"side {proposed!r} -> {group!r} (the speaker's own people)")
        if (
            state is None
            or _names_side(state, side, names)
            or _names_side(speaker or "", side, names)
        ):
            if name_in_text(side, " ".join(names.sentences)):
                return Label(side)
        elif state:
            return Label(state, f"side {proposed!r} -> {state!r} (the speaker's own people)")
    if problem and not own and (toll_by := _home_health_toll(count, clause, cited_text, names)):
        # "The Ministry of Public Health said the death toll had risen to 13": the home
        # state's health body counts everyone its hospitals receive, whatever the model said
        return Label("total", f"side {proposed!r} -> 'total' ({toll_by}; {problem})")
    if problem and "covers both sides" in problem:
        # ("'In total 154 people were injured,' he said", a warring state's official: all
        # its own people)
        if own_state := _states_own_people(count, clause, cited_text, claimant, names):
            why = "a state at war with another counts its own people"
            note = None if own_state == side else f"side {proposed!r} -> {own_state!r} ({why})"
            return Label(own_state, note)
        return Label("total", f"side {proposed!r} -> 'total' (the figure covers both sides)")
    if (
        side
        and _named_in_clause(side, clause, count, cited_text, names)
        # (not the speaker whose forces did it: "the US military says its forces have
        # killed 200 fighters" names the US as the killer's voice, not its dead)
        and not (problem and OWN_FORCES_DID_IT in problem)
    ):
        return Label(side)
    # Repairs, from the clause: the speaker's own people, a state's health body counting
    # its dead, the one actor the clause names that did not do the harm.
    why = problem or "not supported by the wording"
    if speaker and (
        own or _HEALTH_BODY.search(speaker) or _counts_its_forces(count, clause, speaker)
    ):
        state = _state_of(speaker, names)
        if state and not did_the_harm(state, count, cited_text):
            return Label(state, f"side {proposed!r} -> {state!r} (the speaker's own people; {why})")
        if own and state is None and side and _names_side(speaker, side, names):
            # "The Klow Front said in a statement issued in Vell that 30 of its members
            # had been killed": a movement's own, not the town it spoke from
            return Label(side)
    victims = [
        v
        for v in _victims_in(clause, count, cited_text, speaker, names)
        if not capital_alone(v, names)
    ]
    if (
        side
        and speaker
        and not victims
        and not independent_body(speaker)
        and name_in_text(side, cited_text)
        and (
            _names_side(speaker, side, names)
            or _names_side(_state_of(speaker, names) or "", side, names)
        )
        and not did_the_harm(side, count, cited_text)
        and not (problem and OWN_FORCES_DID_IT in problem)
        and not _parts_of_several(count, cited_text)
    ):
        # The sentence's speaker is the side ("Ruritania's news agency said strikes killed
        # 11 people"): a state counting losses it says are no one else's, its own.
        return Label(side)
    if len(victims) == 1:
        [victim] = victims
        return Label(victim, f"side {proposed!r} -> {victim!r} (named next to the figure; {why})")
    if own:  # "nine of its soldiers", and the article does not say whose "its" is
        return Label(UNKNOWN_SIDE, f"side {proposed!r} -> {UNKNOWN_SIDE!r} ({why})")
    # The figure's words name no owner. A toll of fighting counts everyone it counts; the
    # victims of one side's attack are the other side's people.
    # Civilians are the people of where they live, fighting or not; soldiers are one
    # army's, whatever the fight.
    if (
        not _TWO_SIDED.search(harm_scope(clause, cited_text))
        or _CIVILIANS_OR_SOLDIERS.search(clause)
        # (one side named doing the harm: "Bordurian forces had killed 300 of the aggressors")
        or len(_clause_attackers(count, clause, cited_text, names)) == 1
    ):
        unspoken = without_other_speaker(side, count, cited_text) if side else cited_text
        if unspoken != cited_text and not name_in_text(side, unspoken):
            side = ""  # named only in a monitor's own name: the model read the name
        domestic = domestic_side(count, clause, names, speaker, cited_text)
        if (
            domestic == CIVILIANS
            and war_within_one_state(names)
            and names.resolver.party(side).kind != "state"
            and not (side and name_in_text(side, clause))
            # (not "21 Bedouin, three of them civilians": part of a group named before)
            and not _of_a_group_before(count, clause)
        ):
            # "three civilians killed" in a war within one state: its civilians, not the
            # people of the armed group the model named, whoever's town was shelled
            return Label(domestic, f"side {proposed!r} -> {domestic!r} ({why})")
        if _counts_irregular_foes(count, clause, names, cited_text, side, claimant) and not (
            side
            and names.resolver.party(side).kind != "state"
            and not is_stand_in(side, names)
            and _named_in_article(side, names)
        ):
            # 'a government spokesman said more than 50 "assailants" were killed', in a war
            # within one state: the armed group's, however few its names (the group the
            # model named stays: "26 guerrillas" of the FARC)
            return Label("rebels", f"side {proposed!r} -> 'rebels' (the state's foes; {why})")
        found = _attacked_side(side, count, clause, cited_text, speaker, names)
        if found is not None:
            whose, how = found
            if whose == side:
                return Label(side)
            return Label(whose, f"side {proposed!r} -> {whose!r} ({how}; {why})")
        if domestic != "total":
            return Label(domestic, f"side {proposed!r} -> {domestic!r} ({why})")
    if own_state := _states_own_people(count, clause, cited_text, claimant, names):
        how = "a state at war with another counts its own people"
        return Label(own_state, f"side {proposed!r} -> {own_state!r} ({how}; {why})")
    return Label("total", f"side {proposed!r} -> 'total' (its words name no owner; {why})")


_LOST_FIGHTERS = re.compile(
    r"\b(?:lost|losing|loses)\s+[\"\u201c]?(?:more\s+than\s+|at\s+least\s+|about\s+)?[\w,]+"
    r"[\"\u201d]?\s+"
    r"(?:of\s+(?:its|their)\s+)?(?:fighters|soldiers|troops|men|guerrillas|rebels|militiamen|"
    r"servicemen|members|officers)\b",
    re.IGNORECASE,
)


def _a_peoples_name(written: str, names: ArticleNames) -> bool:
    """`written` names a state by its people ("Bordurian", "the Bordurians"), not by the
    state's own name."""
    party = names.resolver.party(written)
    return party.kind == "state" and written.strip().casefold() not in {
        n.casefold() for n in names_of(party.id)
    }


def _named_speaker(claimant: str | None, names: ArticleNames) -> str | None:
    """The claimant, unless it is a pronoun or a body named by common nouns only."""
    return claimant if claimant and not is_stand_in(claimant, names) else None


def domestic_side(
    count: int,
    clause: str,
    names: ArticleNames,
    speaker: str | None = None,
    sentence: str | None = None,
) -> str:
    """The side of a toll of a war no foreign state fights: its civilians, when the figure
    counts civilians; the state's own, when it counts soldiers (the state has an army, the
    groups it fights have fighters) and no other state's body counts them ("the Chilean
    defence force said its toll had risen to 13 soldiers"); its fighters' ("290
    militants": the group's, named by the noun the clause writes, which the merge may not
    tie to the group's name); else everyone ('total')."""
    # (with the people a toll names before its value: "the number of civilians killed at 12")
    at = number_at(count, clause)
    if at is not None and TOLL_OF_PEOPLE.search(clause[: at.start]):
        clause = with_elided_noun(count, clause)
        at = number_at(count, clause)
    if at is not None and _CIVILIANS_COUNTED.match(clause[at.end :]):
        return CIVILIANS
    home = war_within_one_state(names)
    # (the soldiers counted as counts_soldiers reads them: "15 officers and men were killed
    # and 29 wounded", whose clause ends before "and men")
    if at is not None and home and counts_soldiers(count, sentence or clause):
        counted_by = _state_of(speaker, names) if speaker else None
        by = names.resolver.party(counted_by) if counted_by else None
        if by is not None and by.kind == "state" and by.id != home:
            return "total"
        return _named_state(home, names) or "total"
    # "290 militants": the armed group's, named as the article names it there (unless the
    # clause names whose they are: "the militia lost nine fighters")
    # (the sentence, not the clause, says what they are listed with: "30 militants and
    # civilians")
    whole = sentence or clause
    if (
        at is not None
        and home
        and (written := number_at(count, whole)) is not None
        and (fighters := _FIGHTERS_COUNTED.match(whole[written.end :]))
        and owner_of(count, clause, clause) is None
    ):
        return fighters["noun"]
    return "total"


_CIVILIANS_OR_SOLDIERS = re.compile(
    r"\b(?:civilians?|soldiers?|troops|servicem[ae]n|personnel)\b", re.IGNORECASE
)


def counts_soldiers(count: int, clause: str) -> bool:
    """The figure counts soldiers: "two soldiers", or "four" in "Two soldiers were killed
    and four wounded", whose noun is the one before."""
    text = with_elided_noun(count, clause)
    at = number_at(count, text)
    # ('killed "about ten" soldiers': a closing quote may follow the number)
    rest = re.sub(r"^[\"\u201d]", "", text[at.end :]) if at is not None else ""
    return at is not None and _SOLDIERS_COUNTED.match(rest) is not None


_SOLDIERS_COUNTED = re.compile(
    r"^\s+(?:more\s+|other\s+|government\s+|army\s+)?(?:soldiers|troops|servicem[ae]n|conscripts"
    # (an elided "officers and men" is read back as "officers": "... and 29 wounded")
    r"|officers(?:\s+and\s+men)?"
    # the state's police too: "seven state police officers", "12 policemen"
    r"|(?:(?:state|federal|national|riot|border)\s+)?police(?:\s+officers)?|policem[ae]n"
    # people of any name serving in the state's forces: "four Klowans serving in the
    # security forces"
    r"|(?:[\w'\u2019-]+\s+){1,2}serving\s+(?:with|in)\s+(?:the\s+)?(?:government|army|"
    r"security|armed|state)\s+forces(?!\s+of\b))\b",
    re.IGNORECASE,
)


def irregulars_counted(count: int, sentence: str) -> str | None:
    """The noun of fighters no state has, right after the number ("800 fedayeen", "1,500
    guerrillas"; not "40 Klow rebels", whose owner the words name)."""
    # (wherever the cited sentences write the number: a headline's "at least 10" and the
    # body's "killing 10 guerrillas")
    for at in numbers_at(count, sentence):
        found = _FIGHTERS_COUNTED.match(sentence[at.end :])
        if found is None or found["noun"].casefold().removesuffix("s") not in _NO_STATES_FIGHTER:
            continue
        if owner_in_words(count, sentence[at.start :]):
            return None  # "40 rebels of the Klow Liberation Front": the Front's
        noun = found["noun"]  # (the group, as a plural: "one guerrilla" is of the guerrillas)
        if noun.endswith("man"):
            return noun[:-3] + "men"
        return noun if noun.endswith(("s", "een", "men")) else noun + "s"
    return None


_NO_STATES_FIGHTER = frozenset(
    "militant rebel insurgent guerrilla fedayeen jihadist terrorist mujahideen gunman "
    "gunmen".split()
)

_FIGHTERS_COUNTED = re.compile(
    # (quoted, or with the name the speaker calls them by: 'about 50 "Chetnik terrorists"')
    r"^\s+[\"\u201c]?(?:more\s+|other\s+)?(?:(?-i:[A-Z])[\w'\u2019-]+\s+)?"
    r"(?P<noun>militants?|fighters?|rebels?|insurgents?|gunm[ae]n|"
    r"terrorists?|jihadists?|guerrillas?|fedayeen|militiam[ae]n|mujahideen)\b"
    # (not "militants and civilians", "fighters loyal to the government"; "rebels and
    # captured seven" goes on with what was done)
    r"(?!\s+(?:and|or)\s+(?!\d)(?![a-z]+(?:ed|ing)\b)\w|\s+(?:loyal|allied|backed)\b)",
    re.IGNORECASE,
)

_CIVILIANS_COUNTED = re.compile(
    # "23 civilians", "33 of them civilians", "eight internally displaced people"
    r"^\W*\s+(?:of\s+(?:them|whom)\s+(?:were\s+)?)?(?:more\s+|other\s+)?"
    r"(?:civilians|(?:internally\s+)?displaced\s+(?:people|persons)|residents|villagers)\b",
    re.IGNORECASE,
)

CIVILIANS = "civilians"  # the side of civilians in a war that is no state's against another


# Wording of fighting between sides: a toll of it is everyone's, not one side's.
def _parts_of_several(count: int, text: str) -> bool:
    """The figure is broken down after it into counts of different people that add up to
    it ("27 people have died: eight policemen and 19 members of the armed group"):
    everyone's, not the counter's own."""
    at = number_at(count, text)
    if at is None:
        return False
    after = text[at.end :]
    parts = [n for n in numbers_in(after) if n.kind != "vague" and 0 < n.low < count]
    if len(parts) < 2 or sum(n.low for n in parts) != count:
        return False
    nouns = {
        after[n.end :].split()[0].casefold().strip(",.;") for n in parts if after[n.end :].split()
    }
    # (one side's people and the other's: not "12 soldiers and 18 policemen", "12 men and
    # 18 women")
    return bool(nouns & _OF_NO_STATE_NOUNS) and bool(nouns - _OF_NO_STATE_NOUNS)


_OF_NO_STATE_NOUNS = frozenset(
    "rebels insurgents militants guerrillas gunmen attackers fighters militiamen members "
    "intruders terrorists separatists jihadists raiders assailants".split()
)

_TWO_SIDED = re.compile(
    r"\b(?:fighting|fought|clash\w*|battles?|combat|hostilities|war|violence|skirmish\w*"
    r"|exchanges?\s+of\s+fire|crossfire|between)\b",
    re.IGNORECASE,
)


def _attacked_side(
    side: str, count: int, clause: str, cited_text: str, speaker: str | None, names: ArticleNames
) -> tuple[str, str] | None:
    """Whose people a figure with no owner in its words counts, when the article shows one
    side attacking another: the speaker's own state, else the state of the places the
    sentence names, else the model's side; never the one that did the harm, and only
    when the clause, or else the article, shows someone else doing harm."""
    attackers = _clause_attackers(count, clause, cited_text, names)
    candidates = (
        # (not "20 enemy soldiers", "40 rebels": the other side's, whoever counted them)
        (
            _state_of(speaker, names)
            if speaker and not _counts_the_others(count, clause)
            else None,
            "the speaker's own people",
        ),
        (_place_state(clause, names) or _place_state(cited_text, names), "where it happened"),
        (
            _owner_before(cited_text, names, _kind_of_people(count, clause)),
            "whose people the sentences before counted",
        ),
        (side if side and _named_in_article(side, names) else None, "the side the article names"),
        # ("the Korva Front said it ambushed an Argentine convoy and killed ten soldiers":
        # the one state its sentence names)
        (
            _one_state_named(cited_text, names) if counts_soldiers(count, cited_text) else None,
            "soldiers of the one state its sentence names",
        ),
        # ("the Korva Front said it killed ten soldiers": a group of no state that did the
        # harm killed the army of the state the fighting is in)
        (
            _named_state(home, names)
            if counts_soldiers(count, cited_text)
            and speaker
            and names.resolver.party(speaker).kind not in {"state", "organization"}
            and did_the_harm(speaker, count, cited_text)
            and (home := theatre_state(names))
            else None,
            "soldiers of the state the article counts the dead in",
        ),
        (
            _other_fighting_state(attackers, cited_text, names),
            "the one other state the article shows fighting",
        ),
    )
    for candidate, how in candidates:
        if not candidate or any(_names_side(a, candidate, names) for a in attackers):
            continue
        if did_the_harm(candidate, count, cited_text):
            continue  # (a name the article's data does not know: "Korvo said it killed ten")
        if OWN_FORCES_DID_IT in (side_problem(candidate, count, cited_text) or ""):
            continue  # ("the Korvan army says its forces have killed 200 fighters": Korva did)
        party = names.resolver.party(candidate)
        if party.kind not in {"state", "armed_group", "other"} or party.id in UN_SYSTEM:
            continue
        if attackers or _harmed_by_another(party.id, names):
            return candidate, how
    return None


def _one_state_named(clause: str, names: ArticleNames) -> str | None:
    """The one state whose force the clause names ("an Argentine convoy", "Argentine
    troops"; not "near the Argentine border", "Argentine-made trucks"), if just one."""
    states = {
        party.id: written
        for _, end, written in _mentions(clause, names)
        if (party := names.resolver.party(written)).kind == "state"
        and _ITS_FORCE_AFTER.match(clause, end)
    }
    return next(iter(states.values())) if len(states) == 1 else None


_ITS_FORCE_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:convoy|troops|soldiers|patrol|column|unit|garrison|peacekeepers|"
    r"forces|army|battalion|company|outpost|post|base)\b"
)


def _other_fighting_state(
    attackers: Sequence[str], cited_text: str, names: ArticleNames
) -> str | None:
    """The victims of one state's forces, when the article shows just one other state
    fighting and the sentence names no party but the attacker ("Nigerien forces had killed
    more than 300 of the aggressors", in an article of Malian troops raiding Niger): that
    state's people. (Not "clashes between Malian and Nigerien forces killed 30".)"""
    theirs = {_fighting_state(names.resolver.party(a).id) for a in attackers}
    if len(theirs) != 1 or None in theirs:
        return None
    if not _THE_ENEMY.search(cited_text):
        return None  # "killed 300 bandits": people of no state the article fights
    mentioned = _mentions(cited_text, names)
    if {_fighting_state(names.resolver.party(w).id) for _, _, w in mentioned} - theirs:
        return None
    fighting = {_fighting_state(a) for a in _article_attackers(names.sentences, names.resolver)}
    others = sorted(s for s in fighting - theirs if s is not None)
    if len(others) != 1 or (info := actor_by_id(others[0])) is None:
        return None
    return _named_state(info.id, names) or info.name


# Victims named as the other side's fighters: "300 of the mercenary aggressors", "the
# enemy's soldiers", "40 invading troops".
_THE_ENEMY = re.compile(
    r"\b(?:aggressors?|attackers?|invaders?|invading|enemy|enemies|intruders?|raiders?|"
    r"soldiers|troops|servicemen)\b",
    re.IGNORECASE,
)

# Kinds of people a count names: a state's forces, or irregular fighters.
_STATE_FORCE_NOUNS = frozenset(
    "soldier troop serviceman servicemen personnel officer policeman policemen police "
    "guard sailor airman airmen marine".split()
)

_FIGHTER_NOUNS = frozenset(
    "fighter militant rebel combatant gunman gunmen insurgent guerrilla militiaman "
    "militiamen member".split()
)

_CIVILIAN_NOUNS = frozenset("civilian resident villager child children women".split())


def _kind_of_people(count: int, text: str) -> str | None:
    """'forces', 'fighters' or 'civilians', by the noun right after the count ("23
    soldiers"), or None."""
    found = number_at(count, text)
    rest = text[found.end :] if found else ""
    # ("bringing to nine the number of Klow Front fighters": the noun of the toll it gives)
    rest = rest[toll.end() :] if (toll := _TOLL_AFTER_VALUE.match(rest)) else rest
    words = re.findall(r"[a-z]+", rest.casefold())[:2]
    for noun in words:  # the noun, or the one after its adjective ("23 government soldiers")
        for word in (noun, noun.rstrip("s")):
            if word in _STATE_FORCE_NOUNS:
                return "forces"
            if word in _FIGHTER_NOUNS:
                return "fighters"
            if word in _CIVILIAN_NOUNS:
                return "civilians"
    return None


_TOLL_AFTER_VALUE = re.compile(
    r"\s+the\s+(?:number|toll|count|tally|total)\s+of\s+(?:the\s+)?"
    r"(?:[A-Z][\w'\u2019-]*\s+|\([A-Z]{2,8}\)\s+)*"
)


def _owner_before(cited_text: str, names: ArticleNames, kind: str | None = None) -> str | None:
    """The owner of the last people the sentences just before named with one ("Ten
    Ruritanian soldiers were handed back ... Seventy soldiers were injured"): the people a
    figure with no owner goes on counting; not people of another kind (`kind`, of
    `_kind_of_people`: "183 fighters of the Klow Front ... 23 soldiers died")."""
    sentences = names.sentences
    # The longest sentence the cited text starts with: a headline may begin its body's.
    starts = [i for i, s in enumerate(sentences) if cited_text.startswith(s)]
    if not starts:
        return None
    first = max(starts, key=lambda i: len(sentences[i]))
    for text in reversed(sentences[max(0, first - _ANTECEDENT_SENTENCES) : first]):
        for number in reversed(numbers_in(text)):
            if number.kind != "vague" and (owner := owner_in_words(number.low, text)):
                other = _kind_of_people(number.low, text)
                if kind and other and other != kind:
                    continue
                return _expand(owner, names)
    return None


def _clause_attackers(count: int, clause: str, cited_text: str, names: ArticleNames) -> list[str]:
    """The actors the clause stating `count` shows doing the harm, as written."""
    return [
        written
        for _start, _end, written in _mentions(harm_scope(clause, cited_text), names)
        if did_the_harm(written, count, cited_text)
    ]


# A toll whose words name no owner, from the number back to its noun: "gave a new toll
# of 59 dead and 94 wounded", "put its losses at 41 killed and 75 wounded".
_OWN_TOLL_BEFORE = re.compile(
    # a toll its words give to no one ("a new toll", "the official death toll", "its
    # losses"; not "Tanzanian losses", "rebel losses", "the enemy's toll")
    r"\b(?P<whose>a|an|the|its|their|our|his|her)\s+"
    r"(?:(?:new|latest|updated|official|overall|total|national|own|final|provisional|death)\s+){0,3}"
    r"(?:toll|losses|casualties|casualty\s+(?:figures?|count))\s+"
    r"(?:(?:stood|stands|now\s+stands|rose|had\s+risen|has\s+risen|climbed|was|is)\s+)?"
    r"(?:of|at|to|as)\s+"
    r"(?:[\w,-]+\s+(?:dead|killed|wounded|injured|hurt|missing|captured)\s*(?:,\s*|\s)"
    r"(?:and\s+)?){0,3}(?:(?:about|around|some|nearly|at\s+least|more\s+than)\s+)?$",
    re.IGNORECASE,
)

_OWNER_AFTER_A_TOLL = re.compile(
    r"[^.;]*?\b(?:on\s+the\s+[\w'-]+\s+side|among\s+(?:the\s+)?[\w'-]+|of\s+the\s+enemy)\b",
    re.IGNORECASE,
)


def speakers_own_toll(count: int, n: int, names: ArticleNames) -> str | None:
    """The side a toll with no owner in its words counts: the fighting state whose organ
    gives it ("Ruritania's war council gave a toll of 59 dead": Ruritania's own), as the
    article names that state; everyone ('total') when the war is fought within that state
    alone ("the interior minister said the official death toll stood at 107"); None for a
    toll of anyone else, or when no other party fights it."""
    text = names.sentences[n - 1]
    found = [m for w in written_as(count, text) if (m := _OWN_TOLL_BEFORE.search(text[: w.start]))]
    # (nor a toll whose owner is written after it: "... 500 wounded on the Tanzanian side")
    if not found or _OWNER_AFTER_A_TOLL.match(text, found[0].end()):
        return None
    label = claimant_for(None, count, [n], names)
    party = names.resolver.party(label.value)
    own = found[0]["whose"].casefold() in {"its", "their", "our", "his", "her"}
    if party.kind != "state":
        return None
    if war_within_one_state(names) == party.id:
        # the state a war is fought within counts everyone its war killed, unless it says
        # the losses are its own ("its losses stood at 12 dead")
        return _named_state(party.id, names) if own else "total"
    if not _harmed_by_another(party.id, names):
        return None
    return _named_state(party.id, names)


def _named_in_article(side: str, names: ArticleNames) -> bool:
    """The article names `side`, by any of its names."""
    party = names.resolver.party(side)
    if party.kind == "other":
        return name_in_text(side, " ".join(names.sentences))
    return party.id in _article_parties(names.sentences, names.resolver)


def _harmed_by_another(party_id: str, names: ArticleNames) -> bool:
    """The article shows another state (or an armed group of another state) fighting:
    killing or wounding, or its forces ("Ruritanian troops", "Borduria's air strikes"). A
    war within one state, with no foreign forces, gives no side to a toll whose words name
    none."""
    return any(
        (state := _fighting_state(a)) is not None and state != party_id
        for a in _article_attackers(names.sentences, names.resolver)
    )


def parties_named(text: str, names: ArticleNames) -> set[str]:
    """The ids of the states and armed groups the text names ("Korva's toll stands at 22 and
    Vellmark's at 13": two)."""
    return {
        info.id
        for _start, _end, written in _mentions(text, names)
        if (info := names.resolver.party(written)).kind in {"state", "armed_group"}
    }


def town_owner(count: int, text: str, names: ArticleNames) -> str | None:
    """The one state, among those the article names, whose towns the figure's sentence
    names from the figure on, before its speaker ("Nine civilians were killed and 34 wounded
    when a missile struck a block in Klow, ..., the prosecutor's office said"), as the
    article writes that state; None for none or several."""
    at = number_at(count, text)
    if at is None:
        return None
    scope = text[at.start :].split(";")[0]
    spoken = [start for start, _ in named_speakers(scope) if start > 0]
    if spoken:
        scope = scope[: min(spoken)]
    states = _place_states(scope, names)
    if len(states) != 1:
        return None
    [state] = states
    # (not the state whose shelling hit them: "Klowish shelling killed two civilians in
    # the parts of Klow that Vellmark controls" names the attacker's towns)
    for _start, _end, written in _mentions(text, names):
        if names.resolver.party(written).id == state and did_the_harm(written, count, text):
            return None
    return _named_state(state, names)


def _of_a_group_before(count: int, clause: str) -> bool:
    """ "three of them civilians", "194 of whom": part of a group the sentence named."""
    found = number_at(count, clause)
    return found is not None and (
        _PARTITIVE.match(clause, found.end) is not None
        or _INCLUDED.search(clause[: found.start]) is not None
    )


_PARTITIVE = re.compile(r"\s+of\s+(?:them|whom|those)\b", re.IGNORECASE)

# "21 Velkis, including three civilians", "among them three civilians"
_INCLUDED = re.compile(r"\b(?:including|among\s+(?:them|whom))\s+(?:the\s+)?$", re.IGNORECASE)

# A government's forces, named by no state: "Government artillery struck ...".
_A_GOVERNMENTS_GUNS = re.compile(
    r"\bgovernment\s+(?:artillery|troops|forces|soldiers|aircraft|jets|warplanes|shelling|"
    r"shells|army|helicopters)\b",
    re.IGNORECASE,
)


def _states_fighting(names: ArticleNames) -> bool:
    """The article shows some state fighting (by name, demonym or its forces)."""
    return any(
        _fighting_state(a) is not None for a in _article_attackers(names.sentences, names.resolver)
    )


def _home_state_beside_a_toll(side: str, count: int, clause: str, names: ArticleNames) -> bool:
    """`side` is the state a war is fought within, named beside a toll whose own words do
    not name it ("Ruritania's health ministry said 41 people were killed"): the toll is
    everyone's (or its civilians'), not that state's people."""
    home = war_within_one_state(names)
    return (
        home is not None
        and names.resolver.party(side).id == home
        and not owner_in_words(count, clause)
        and _OWN_PEOPLE.search(clause) is None
        and not _ITS_LOSSES.search(_sentence_of(clause, names))
    )


# A toll its speaker calls its own, whatever conjunct a figure is in: "its losses stood at
# 12 dead and 30 wounded".
_ITS_LOSSES = re.compile(r"\b(?:its|their|our)\s+(?:own\s+)?losses\b", re.IGNORECASE)


def _sentence_of(clause: str, names: ArticleNames) -> str:
    """The article's sentence a clause is part of (the clause itself when none is)."""
    return next((s for s in names.sentences if clause.strip() and clause.strip() in s), clause)


def _names_side(name: str, side: str, names: ArticleNames) -> bool:
    """`name` (as written in the article) stands for `side` (as the model wrote it)."""
    return bool(name and side) and _same_actor(name, side, names)


def _named_in_clause(
    side: str, clause: str, count: int, cited_text: str, names: ArticleNames
) -> bool:
    """The clause names `side` by another of its names (demonym, capital, acronym, a body
    the article ties to it), and not as the one that did the harm."""
    # A name inside a monitor's own name ("the Ruritanian Observatory ... said") is no side.
    for _start, _end, written in _mentions(without_other_speaker(side, count, clause), names):
        if _names_side(written, side, names) and not did_the_harm(written, count, cited_text):
            return True
    return False


def _victims_in(
    clause: str, count: int, cited_text: str, speaker: str | None, names: ArticleNames
) -> list[str]:
    """The actors the clause names that did not do the harm, the speaker aside."""
    out: dict[str, str] = {}
    speakers = [who for _, who in named_speakers(clause)]
    if source := _according_to(clause):
        speakers.append(source)
    if speaker:
        speakers.append(speaker)
    for _start, _end, written in _mentions(clause, names):
        if any(name_in_text(written, who) or _names_side(written, who, names) for who in speakers):
            continue
        if did_the_harm(written, count, cited_text):
            continue
        party = names.resolver.party(written)
        if party.kind == "organization" and not _ITS_OWN_PEOPLE.search(clause):
            continue  # "the UN raised the alarm after shelling killed 12": no victim's side
        out.setdefault(party.id, written)
    return list(out.values())


# An organisation's own people, whom a clause may count: "UN peacekeepers", "ICRC staff".
_ITS_OWN_PEOPLE = re.compile(
    r"\b(?:peacekeep\w*|staff|workers|personnel|employees|monitors|observers|volunteers)\b",
    re.IGNORECASE,
)
