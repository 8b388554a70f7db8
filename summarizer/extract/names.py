"""Is a name an actor? The article's own names (capitalised words, acronyms it defines,
people and bodies it ties to a state) and the closed classes of English that never name who
stated a figure (pronouns, weekdays, common nouns). Shared by the claimant and side rules
(summarizer.extract.labels has the overview).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from summarizer.extract.grounding import (
    CALENDAR_NAMES,
    SPEECH_VERB,
    name_in_text,
)
from summarizer.reference.actors import (
    BODY_NOUNS,
    TITLE_WORDS,
    ActorResolver,
    acronym,
    actor_by_id,
    alias_at,
    normalise,
    tokenize,
)

# Closed classes of English: never the name of who stated a figure.
_PRONOUNS = frozenset(
    "i me my we us our he him his she her it its they them their you your this that these "
    "those who which one someone somebody anyone everyone nobody".split()
)

_DETERMINERS = frozenset("the a an some many several other another all both each".split())

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


@dataclass(frozen=True)
class ArticleNames:
    """What an article's own wording says about its names."""

    sentences: tuple[str, ...]
    learned: dict[str, str]  # a person or body as written -> the actor it speaks for
    learned_keys: frozenset[str]  # the same names, normalised
    acronyms: dict[str, str]  # "RLF" -> "Ruritanian Liberation Front", as defined in the text
    inside: frozenset[str]  # words the article writes capitalised inside a sentence
    resolver: ActorResolver


def _strip_article(text: str) -> str:
    return re.sub(r"^(?:The|A|An)\s+", "", text.strip())


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


# What a town's name may name without being where anything happened.
_NAMED_AFTER_A_PLACE = re.compile(
    # (not "Group": "the Minsk Group", "Wagner Group" are actors)
    r"(?:Conventions?|Accords?|Agreements?|Protocols?|Treaty|Declaration|Charter|Process|"
    r"Memorandum|Talks|Summit|Principles)\W*"
)
