"""Who stated a figure: the speaker of its sentence, an actor, never a weekday, pronoun
or common noun; "it said" and "the ministry said" take the nearest named speaker or body
before them (summarizer.extract.labels has the overview and the order of the rules).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from summarizer.extract.grounding import (
    BODY_WHERE,
    COUNTED_BY,
    SPEAKER_ASIDE,
    SPEECH_ADVERB,
    SPEECH_VERB,
    STAFF_OF,
    distinct_names,
    figure_clause,
    figure_clauses,
    name_in_text,
    named_speakers,
    number_at,
    owner_in_words,
    owner_of,
    speaker_of,
    toll_owner,
    with_elided_noun,
)
from summarizer.extract.names import (
    _BODY_WORDS,
    _CALENDAR,
    _GROUP_WORDS,
    _NAMED_AFTER_A_PLACE,
    _NOT_A_NAME,
    _NUMBERED_UNIT,
    _ORGAN,
    _PRONOUNS,
    ArticleNames,
    _name_words,
    _only_a_place,
    _proper,
    _strip_article,
    actor_problem,
    is_stand_in,
    organ_or_unit,
)
from summarizer.extract.scene import (
    _FIRED_AFTER,
    _FORCES_AFTER,
    _HEALTH_BODY,
    _article_attackers,
    _dateline_states,
    _fighting_state,
    _mentions,
    _place_state,
    _place_states,
    _state_of,
    theatre_state,
    war_within_one_state,
)
from summarizer.models import UNATTRIBUTED
from summarizer.reference import timeline
from summarizer.reference.actors import (
    BODY_NOUNS,
    TITLE_HEADS,
    TITLE_WORDS,
    Token,
    actor_by_id,
    alias_at,
    normalise,
    resolve,
    titled,
    tokenize,
)
from summarizer.reference.numbers import numbers_in
from summarizer.reference.zones import city

_OPENING_WORDS = frozenset("the but and yet still meanwhile however".split())

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


# A preposition of place, as a run's first word or right before it.
_PLACE_PREPOSITIONS = r"(?i:in|at|near|outside|inside|around|across|into)"
_PLACE_PREPOSITION = re.compile(_PLACE_PREPOSITIONS)
_PLACE_PREPOSITION_BEFORE = re.compile(rf"(?:^|(?<=\s)){_PLACE_PREPOSITIONS}(?:\s+the)?\s*$")


def _people(text: str, names: ArticleNames) -> list[tuple[int, str]]:
    """People the text names ("Ivo Brand", "Ana Vell"): two to four capitalised words,
    none a title, body, date or an actor's name."""
    found: list[tuple[int, str]] = []
    for match in _PERSON.finditer(text):
        words = match.group().split()
        if _PLACE_PREPOSITION.fullmatch(words[0]) or (
            _PLACE_PREPOSITION_BEFORE.search(text[: match.start()])
            and normalise(words[0]) not in TITLE_WORDS  # (not "at General Ivo Tal's post")
        ):
            continue  # "In La Paz, the government said": a place, not a person
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
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# What may come before a sentence's subject: a place ("In Klow, "), an article.
_OPENS_A_SENTENCE = re.compile(r"\W*(?:(?:In|At|From)\s+[^,]{1,40},\s+)?(?:the\s+)?", re.IGNORECASE)

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
        if len(further) == 1:
            return next(iter(further.values()))
        if head in _SPOKESPEOPLE and words == [head]:
            # "In Klow, the Vellish Government denied it. A spokesman said ...": a bare
            # spokesman (not "a rebel spokesman": whose is written) speaks for the body the
            # text names last, as "it" does
            return antecedent("it", before, names)
        return None
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
            spokesmen = [
                m
                for m in _STANDIN_SPEAKER.finditer(text)
                if (m["head"] or "").casefold() in _SPOKESPEOPLE
                and all(at < m.start() for at, _ in found)
            ]
            if spokesmen:
                # "A spokesman said ... Four soldiers were killed, he said.": he is that
                # spokesman, and speaks for whom the spokesman does
                return antecedent(
                    spokesmen[-1]["who"],
                    [text[: spokesmen[-1].start()], *before[number + 1 :]],
                    names,
                )
        else:  # "it", "they": a state's body, named as the subject before ("...'s ministry raised")
            # (before what it said: "the army's media centre said Vellish forces had ...")
            said = _SAID.search(text)
            found += [
                b
                for head in sorted(BODY_NOUNS)
                for b in _named_bodies(text, head, names)
                if said is None or b[0] < said.start()
            ]
            # (a government only as the sentence's subject: "In Klow, the Vellish
            # Government denied it", not "Chile accused the Bolivian Government")
            found += [
                b
                for b in _named_bodies(text, "government", names)
                if _OPENS_A_SENTENCE.fullmatch(text[: b[0]])
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
        unnamed_body: str | None = None  # the speaker, a body named by no name
        if who and is_stand_in(who, names):
            stand_in = unnamed_body = who
            before = _before(sentences, n, who)
            # "The government's own balance sheet is grim. In all, it says 64 ...": the
            # state organ, named by no name, that the sentence before is about, unless a
            # named speaker comes nearer; "... It lists 73 ...", one sentence on, still it.
            nearest = _same_pronoun_back(before, who)
            organ = _organ_before(nearest) if who.casefold() in _PRONOUNS else None
            # ("According to an army statement, ... The statement put the losses at"): the
            # organ that sent the document, named by no name
            sender = _documents_sender(who, before, names)
            who = None if sender else antecedent(who, nearest if organ else before, names)
            organ = sender or organ
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
                    "an organ of the state the war is fought within, the article reports "
                    "from, or counts the dead in)",
                )
        if who is None and (
            own := _own_force(
                count, sentences[n - 1], names, unnamed_body, sentences[n - 2] if n > 1 else ""
            )
        ):
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

_STATE_ORGAN_HEADS = frozenset("ministry government army military police navy junta".split())

# (a junta is the state's government: "the military junta")
_ORGAN_HEAD = (
    # ("Defence Headquarters", "army headquarters": a force's command, as "command")
    r"(?:ministry|government|authorities|army|military|police|command|armed\s+forces|junta|"
    r"headquarters)"
    # (or its voice: "the army spokesman", "the armed forces press office")
    r"(?:\s+(?:spokes(?:man|woman|person)|(?:press|media|information)\s+"
    r"(?:office|service|centre|center|department)))?"
)

# (not "the rebel army", "the opposition government": bodies of no state)
_OF_NO_STATE = (
    "rebel opposition rival parallel breakaway insurgent invading occupying enemy foreign".split()
)

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

# A document an organ named by no name sent: "an army statement", "the defence ministry's
# communique".
# ("a statement from the military junta": its sender after it)
_ORGANS_DOCUMENT = re.compile(
    rf"\b(?:an?|the)\s+(?P<organ>{_ORGAN_WORDS})(?:['\u2019]s)?\s+(?:[a-z-]+\s+)?"
    rf"(?:{'|'.join(sorted(_DOCUMENTS))})\b"
    rf"|\b(?:an?|the)\s+(?:[a-z-]+\s+)?(?:{'|'.join(sorted(_DOCUMENTS))})\s+"
    rf"(?:from|of|by|issued\s+by)\s+the\s+(?P<sender>{_ORGAN_WORDS})\b",
    re.IGNORECASE,
)


# A state organ named by no name speaking: "The Government said tonight".
_ORGAN_SPEAKING = re.compile(
    rf"\b(?i:the)\s+(?P<organ>{_ORGAN_WORDS})\s+(?:[a-z]+\s+)?{SPEECH_VERB}\b", re.IGNORECASE
)

# A document its sender's word qualifies, when the sender is no state organ: "a rebel
# communique", "the Front's statement".
_ANOTHERS_DOCUMENT = re.compile(
    rf"\b(?:an?|the)\s+(?!(?:{_ORGAN_WORDS}|(?:same|latest|new|earlier|second|brief|short|"
    rf"later|official|separate|written|joint)\s))[\w\u2019'-]+\s+"
    rf"(?:{'|'.join(sorted(_DOCUMENTS))})\b",
    re.IGNORECASE,
)

_BARE_DOCUMENT = re.compile(
    rf"(?i:the|this|that)\s+(?:(?i:same|latest|new|earlier)\s+)?(?i:{'|'.join(sorted(_DOCUMENTS))})"
)


def _documents_sender(stand_in: str, before: Sequence[str], names: ArticleNames) -> str | None:
    """The organ named by no name whose document "the statement" is: the one the nearest
    sentence naming a document or a speaker says sent one ("According to an army
    statement, ..."), as "the army"; None when a named speaker comes nearer."""
    if not _BARE_DOCUMENT.fullmatch(stand_in.strip()):
        return None  # (not "the rebels' statement", "its statement": whose it is is written)
    for text in before[: _ANTECEDENT_SENTENCES + 1]:
        sent = list(_ORGANS_DOCUMENT.finditer(text))
        # (not the document itself, "according to an army statement broadcast from Klow")
        speakers = [
            (at, who)
            for at, who in _named_speakers(text, names)
            if not any(m.start() <= at < m.end() for m in sent)
        ]
        if sent and (not speakers or max(at for at, _ in speakers) < sent[-1].start()):
            return f"the {sent[-1]['organ'] or sent[-1]['sender']}"
        if speakers:
            return None
        if _ANOTHERS_DOCUMENT.search(text):
            return None  # "A rebel communique said ...": a sender no state organ is
        if organ := _ORGAN_SPEAKING.search(text):
            # "The Government said tonight ... A communique said ... The communique also
            # said": the organ that spoke before a document of no named sender
            return f"the {organ['organ']}"
    return None


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
    such body: the one state the war is fought within, if the article shows one; else the
    state whose capital the dateline reports from while the article shows it fighting; else
    the one state where the article counts the dead ("the government said 13 soldiers
    were killed ... at Korvo", a Ruritanian town, with foreign troops in the country too)."""
    if not _STATE_ORGAN.match(_without_document(stand_in)):
        return None
    at = sentence.find(stand_in) if sentence else -1
    if at >= 0 and _owned(sentence, at, stand_in):
        return None
    home = war_within_one_state(names)
    if home is None and (
        (home := _datelines_fighting_state(names)) is not None
        or (home := theatre_state(names)) is not None
    ):
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


def _without_document(stand_in: str) -> str:
    """The organ that sent a document named by no name: "the defence ministry" of "A
    defence ministry statement"."""
    words = stand_in.strip().split()
    if len(words) > 1 and words[-1].casefold() in _DOCUMENTS:
        words = words[:-1]
    return " ".join(words)


def _own_force(
    count: int, sentence: str, names: ArticleNames, organ: str | None = None, before: str = ""
) -> tuple[str, str] | None:
    """(the force as written, the state it speaks for) for an army named by no name whose
    sentence names no other speaker, when the figure's own words name the state whose
    troops it counts: "Twenty Ruritanian soldiers were killed in the clash, the army said"
    is the Ruritanian army counting its own dead. None when the force says it inflicted
    the losses ("the army said it killed 30 Bordurian soldiers"). `organ`, the sentence's
    speaker named by no name, and the sentence `before`: see `_own_organ`."""
    if _FORCE_DID.search(sentence):
        return None
    if organ is not None and (found := _own_organ(count, sentence, names, organ, before)):
        return found
    forces = {
        re.sub(r"^the\s+", "", m["who"], flags=re.I).casefold()
        for m in _UNNAMED_FORCE.finditer(sentence)
    }
    if len(forces) != 1:
        return None
    if any(w for w in (speaker_of(count, sentence), _according_to(sentence)) if w):
        return None
    # "Twenty Ruritanian soldiers", "bringing the number of Ruritanians killed to 3"
    clause = figure_clause(count, sentence)
    owner = owner_in_words(count, clause) or toll_owner(count, clause)
    if owner is None or actor_problem(owner, names) is not None:
        return None
    return forces.pop(), owner


def _own_organ(
    count: int, sentence: str, names: ArticleNames, organ: str, before: str
) -> tuple[str, str] | None:
    """(the organ as written, the state it speaks for) for a state organ named by no name
    ("General headquarters announced that Ruritanian losses stood at 17 dead", "A defence
    ministry bulletin said 23 Ruritanian troops had died"): it counts the state's own
    people its figure's words name, unless the dateline reports from another state the
    article shows fighting, whose organ it is; unless the organ is another's ("Its military
    command", "the rebel army"), or speaks of itself or of harm done ("its positions",
    "killing 23"), or this sentence or the one `before` names another state (whose organ
    it may be)."""
    at = sentence.find(organ)
    if (
        not _STATE_ORGAN.match(_without_document(organ))
        or at < 0
        or _owned(sentence, at, organ)
        or _ITSELF_OR_HARM.search(sentence, at + len(organ))
    ):
        return None
    # ("Ruritanian losses since Friday, March 3, stood at 17 dead": the toll's owner
    # before the commas of a date)
    clause = figure_clause(count, sentence)
    owner = (
        owner_in_words(count, clause) or toll_owner(count, clause) or toll_owner(count, sentence)
    )
    if owner is None or actor_problem(owner, names) is not None:
        return None
    state = names.resolver.party(owner)
    dateline = _datelines_fighting_state(names)
    if state.kind != "state" or (dateline is not None and dateline != state.id):
        return None
    named = {
        names.resolver.party(w) for text in (before, sentence) for _, _, w in _mentions(text, names)
    }
    if any(p.kind == "state" and p.id != state.id for p in named):
        return None
    return organ.strip(), owner


# After an organ named by no name: it speaks of itself ("its positions", "our troops"), or
# of harm done ("killing 23", "while attacking"): the people counted may be its foes.
_ITSELF_OR_HARM = re.compile(
    r"\b(?:its|their|our|we)\b|\b(?:killing|wounding|attacking|attackers?|repuls\w*|repell\w*)\b",
    re.IGNORECASE,
)


def _owned(sentence: str, at: int, organ: str) -> bool:
    """The organ at `at` has an owner its sentence gives ("Military command of the Klow
    Front", "Its Army Headquarters", "rebel Army Headquarters")."""
    return bool(
        re.match(r"\s+of\s+(?:the\s+)?[A-Z]", sentence[at + len(organ) :])
        or re.match(r"(?i:its|their|his|her)\s", organ.strip())
        or _OWNED_BEFORE.search(sentence[:at])
        or _NO_STATES_BEFORE.search(sentence[:at])
    )


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
    if (
        info.kind == "other"
        # (words of offices and bodies only: not "Klow regional government", a region's)
        and all(w.casefold() in _ORGAN_NAME_WORDS for w in re.findall(r"[\w'\u2019-]+", who))
        and not _mentions(who, names)
        and not _OWNED_BEFORE.search(sentence[: max(sentence.find(who), 0)])
        and (home := _home_organ(who, names, sentence))
    ):
        # "The War Ministry said", capitalised but of no state it names nor owned ("Its War
        # Ministry", "Ghana's"): as "the war ministry", the organ of the state the war is
        # in or the dateline reports from, unless its sentence places it elsewhere
        return home, f"{who!r}, an organ of no state it names, is {home!r}'s"
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

# A word right before an organ that makes it no state's: "rebel Army Headquarters".
_NO_STATES_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(_NOT_THE_STATES_WORDS))})\s+(?:the\s+)?$", re.IGNORECASE
)

# The words a state organ's own name is made of ("the War Ministry", "Defence Ministry").
_ORGAN_NAME_WORDS = TITLE_WORDS | BODY_NOUNS | frozenset({"war", "of", "the"})

# An owner right before a name: "Its War Ministry", "Ghana's War Ministry", "their".
_OWNED_BEFORE = re.compile(r"(?:\b(?i:its|their|his|her)|['\u2019]s?)\s+(?:the\s+)?$")

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
