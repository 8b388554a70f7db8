"""Checks that an extracted item is supported by the sentences it cites.

Pure functions over text; the pass validators call them and instructor re-asks
with their messages, so every message says what is wrong and what to cite instead.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz

from summarizer.extract.truce_wording import speaks_of_truce
from summarizer.models import UNATTRIBUTED as UNATTRIBUTED  # passes.py reads it from here
from summarizer.reference.actors import BODY_NOUNS
from summarizer.reference.affiliations import GOVERNMENT_FORCES
from summarizer.reference.numbers import (
    VAGUE_COUNTS as VAGUE_COUNTS,  # figures.py reads it from here
)
from summarizer.reference.numbers import Written, find, numbers_in, written_as, written_in
from summarizer.reference.timeline import MONTH_NAMES, WEEKDAY_NAMES

NAME_MATCH_THRESHOLD = 85  # rapidfuzz partial_ratio; below this a name is "not in the article"
# Words that say what someone is, not who: they never prove a name is in the text.
_TITLE_WORDS = frozenset(
    (
        "the minister ministry president prime foreign affairs defense defence secretary "
        "state official officials spokesman spokeswoman government head deputy general"
    ).split()
)


@lru_cache(maxsize=1024)
def plain(text: str) -> str:
    """Lower-case, strip diacritics and fold typographic quotes, for matching only.

    Cached: every name check folds the whole article, so an article is folded once."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.replace("\u2019", "'").replace("\u2018", "'").lower()


def count_in_text(count: int, text: str) -> bool:
    """True when `count` is written in `text` as digits, as words, or as a vague word
    (summarizer.numbers has the one rule)."""
    return written_in(count, text)


_SHORT_NAME = 3  # letters: an acronym or a short name, matched as a word
_DOTTED = re.compile(r"\b(?:[a-z]\.){2,}")
_DOTTED_CAPS = re.compile(r"\b(?:[A-Z]\.){2,}")


def name_in_text(name: str, text: str) -> bool:
    """True when `name` (or a close spelling of it) occurs in `text`.

    Fuzzy so that "Vell" matches "Vell's" and "Ruritania" matches
    "Ruritanian"; the threshold keeps invented names out.
    """
    needle = plain(name).strip()
    if not needle:
        return False
    haystack = plain(text)
    if len(bare := needle.replace(".", "")) <= _SHORT_NAME:
        # a short name as a whole word only: "UN" is not in "count", nor "US" in "must"
        # (dotted or not: "U.N.", "UN"); letters in capitals as written ("us" is no "US")
        acronym = name.replace(".", "").strip()
        if acronym.isupper():
            written = _DOTTED_CAPS.sub(lambda m: m.group().replace(".", "") + " ", text)
            return re.search(rf"\b{re.escape(acronym)}\b", written) is not None
        undotted = _DOTTED.sub(lambda m: m.group().replace(".", "") + " ", haystack)
        return re.search(rf"\b{re.escape(bare)}\b", undotted) is not None
    if needle in haystack or fuzz.partial_ratio(needle, haystack) >= NAME_MATCH_THRESHOLD:
        return True
    # A paraphrased title ("Syldavian Minister Ana Vell"): most of its words
    # must be in the text, so an invented person or country still fails.
    words = [w for w in re.findall(r"[a-z]{3,}", needle) if w not in _TITLE_WORDS]
    found = [w for w in words if re.search(rf"\b{w}", haystack)]
    return (
        (len(words) >= 2 and len(found) * 2 > len(words))
        or _state_named(needle, text)
        or _people_named(needle, text)
    )


def _people_named(needle: str, text: str) -> bool:
    """A one-word name is named by its people's name, or they by its ("Vellese" by "Vella's
    minister"): the demonym of a place no data set knows, read from its form, in a word
    the text writes as a name ("the same district" names no "Sami")."""
    from summarizer.reference.actors import same_people, spelling_key

    if " " in needle:
        return False
    key = spelling_key(needle)
    # (a capitalised word inside a sentence, or any before a possessive: "Vella's")
    written = set(
        re.findall(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{3,}|\b[A-Z][a-z]{3,}(?=['\u2019]s\b)", text)
    )
    return any(same_people(key, spelling_key(w)) for w in written)


@lru_cache(maxsize=4096)
def _state_named(needle: str, text: str) -> bool:
    """A state is named by any of its names or demonyms in the country data, however
    unlike each other they read ("Burkinabe" and "Burkina Faso", "Dutch" and "the
    Netherlands"), each read whole ("North Korea" names no "Korea"); its capital is a
    place, not its name."""
    from summarizer.reference.actors import alias_mentions, demonyms, names_of, resolve, tokenize

    info = resolve(needle)
    if info.kind != "state":
        return False
    spellings = {plain(s) for s in (*names_of(info.id), *demonyms(info.id)) if len(s) >= 3}
    if re.sub(r"^the\s+|'s$", "", needle) not in spellings:
        return False  # a person or body of the state ("French Minister Jean Dupont")
    tokens = tokenize(text)
    for start, end, actor_id in alias_mentions(tokens):
        written = re.sub(r"'s$", "", plain(text[tokens[start].start : tokens[end - 1].end]))
        if actor_id == info.id and written in spellings:  # (its capital is a place)
            return True
    return False


def distinct_names(a: str, b: str) -> bool:
    """Two names that each have a word the other lacks name two bodies, however alike they
    read ("the Klow Network for Human Rights", "the Klow Observatory for Human Rights");
    a title or an inflection ("Minister Vell", "Bordurian") makes no difference."""

    def words(name: str) -> set[str]:
        return {w for w in re.findall(r"[a-z]{3,}", plain(name)) if w not in _TITLE_WORDS | _LINKS}

    def lacks(left: set[str], right: set[str]) -> bool:
        return any(
            not any(
                w == v or (min(len(w), len(v)) >= 4 and (w.startswith(v) or v.startswith(w)))
                for v in right
            )
            for w in left
        )

    left, right = words(a), words(b)
    return lacks(left, right) and lacks(right, left)


_LINKS = frozenset({"for", "and", "of", "in", "on"})


# A sentence that names the side only by reference to its speaker ("105 of his
# country's soldiers"), and one whose figure spans both sides ("155 troops on both sides").
_SELF_REFERENCE = re.compile(
    r"\b(?:his|her|its|their|our) (?:own )?(?:country|nation|side|soldiers|troops|forces|men)"
    r"|\bof (?:its|their|our)\b",
    re.IGNORECASE,
)
# People who did the harm, right after the words that name them: "its troops had killed"
# (they are not the people counted).
HARM_DONE_AFTER = re.compile(
    r"\s+(?:had\s+|have\s+|has\s+)?(?:also\s+)?(?:killed|shot|captured|detained|wounded|"
    r"injured|seized|took|attacked|ambushed)\b"
    # (in the active voice: not "12 of its soldiers killed in the ambush")
    r"(?!\s+(?:in|by|during|when|while|on|at|near|after|as|since|over|from)\b)",
    re.IGNORECASE,
)
_BOTH_SIDES = re.compile(r"\b(?:on )?both sides\b|\bin total\b|\bcombined\b", re.IGNORECASE)


# A comma before three digits is a thousands separator ("3,000"), not a clause break.
_CLAUSE_BREAK = re.compile(r";|,(?!\d{3}(?!\d))|\s(?:while|whereas|but|and)\s", re.IGNORECASE)
# A sentence's end inside a text is one too: a quote of two sentences is one sentence of
# the article ("'154 were injured and 31 were killed. Forty-three have been taken to
# hospitals,' he said."); not after an abbreviation ("Gen. Vell", "U.S. Army", "Dec. 3").
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019']?\s+(?=[\"\u201c\u2018']?[A-Z0-9])")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen col lt sgt capt maj cpl pvt adm cmdr gov sen rep st jr sr no nos inc "
    "ltd co corp dept est approx fig vs etc jan feb mar apr jun jul aug sep sept oct nov dec "
    "mon tue tues wed thu thur thurs fri sat sun".split()
)


def _sentence_ends(text: str) -> list[tuple[int, int]]:
    """Where sentences end inside `text`, as (start, end) of the stop and the space after."""
    found = []
    for match in _SENTENCE_END.finditer(text):
        word = re.search(r"[\w.]*$", text[: match.start()])
        before = word.group() if word else ""
        if len(before) < 2 or "." in before or before.casefold() in _ABBREVIATIONS:
            continue  # "U.S.", "p.m.", "A. Vell", "Gen."
        if _GOES_ON.match(text[match.end() :]):
            continue  # "30 civilians were sheltering there. All of them were killed": one count
        found.append((match.start(), match.end()))
    return found


def _breaks(text: str) -> list[tuple[int, int]]:
    """Where `text` breaks into clauses: "; ", ", while", " but ", a sentence's end."""
    return sorted(
        [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(text)] + _sentence_ends(text)
    )


def _without_asides(text: str) -> str:
    """`text` with the commas around asides about counted people blanked (same length, so
    offsets hold): an aside right after a clause that writes a number."""
    out = list(text)
    for match in _ASIDE.finditer(text):
        head = "".join(out[: match.start()])
        breaks = _breaks(head)
        since = head[breaks[-1][1] :] if breaks else head
        if numbers_in(since):
            out[match.start()] = " "
            out[match.end() - 1] = " "
    return "".join(out)


# An aside between commas about the people just counted ("Four soldiers, one of them a
# captain, were killed"; "the other 31, who have light wounds, are ..."): it does not end
# the clause that states the figure.
_ASIDE = re.compile(
    r",(\s+(?:(?:[\w-]+|all|most|many|some|none)\s+of\s+(?:them|whom)|who|whom|whose|"
    r"including|among\s+(?:them|whom))\b"
    r"[^,;.]{1,80}),",
    re.IGNORECASE,
)


def joined(sentences: Iterable[str]) -> str:
    """Cited sentences as one text, each ending where it ends: a headline has no full stop,
    and without one its clause would run into the next sentence's."""
    return " ".join(
        s if s.rstrip()[-1:] in _ENDS_A_SENTENCE else f"{s.rstrip()}." for s in sentences
    )


_ENDS_A_SENTENCE = frozenset(".!?;:\"'\u201d\u2019)")


def figure_clause(count: int, text: str) -> str:
    """The clause of `text` that states `count`, or all of `text` when none does alone.

    "105 of his soldiers were killed, while Borduria stated 50 were slain" names
    Borduria, but not in the clause that states 105.
    """
    places = written_as(count, text)
    clauses: list[str] = []
    at = 0
    for brk in [*_breaks(_without_asides(text)), None]:
        end = brk[0] if brk else len(text)
        # A clause states the figure when the whole figure is in it ("1,204" split at its
        # comma is in no clause, so the whole text is its clause).
        if any(at <= p.start and p.end <= end for p in places):
            clauses.append(text[at:end])
        at = brk[1] if brk else at
    return clauses[0] if len(clauses) == 1 else text


# A figure is a casualty figure only when the clause stating it says so ("two days of
# violence" is not two dead).
CASUALTY_WORD = re.compile(
    r"\b(?:kill|dead\b|died|dies|death|wound|injur|captur|missing|slain|casualt|"
    r"losses|lost\b|prisoner|perish|bodies|remains)",
    re.IGNORECASE,
)
# Killings the prompts do not point at, but that count the dead: "27 of them executed",
# "47 members of the army have fallen", "have given their lives".
_FALLEN = (
    r"(?:have|has|had)\s+[\"\u201c\u2018']?fallen\b(?!\s+(?:ill|sick|to|into|from|behind|back|silent|asleep|"
    r"short|apart|victim))|fell\s+in\s+(?:combat|battle|action)"
    # "37 of its soldiers had \"given their lives for the fatherland\""
    r"|(?:have|has|had)\s+[\"\u201c\u2018']?(?:given|laid\s+down)\s+(?:up\s+)?(?:their|his|her)\s+lives?\b"
)
# ("executed" only of people: "were executed", "summarily executed", "executed by"; not
# "executed 40 strikes" nor "the execution of the plan")
_EXECUTED = (
    r"(?:summarily|were|was|been|being)\s+executed|executed\s+by"
    r"|executed\s+(?:at\s+least\s+|more\s+than\s+|some\s+)?[\w,]+\s+(?:[a-z-]+\s+)?"
    r"(?:people|civilians|villagers|prisoners|detainees|captives|men|women|children|soldiers|"
    r"fighters)\b"
)
_KILLED_ALSO = re.compile(rf"\b(?:{_EXECUTED}|{_FALLEN}|massacr|murder|behead)", re.IGNORECASE)


# Taken to hospital, the wounded: "rushed to a field hospital" (one wording for the test that
# a clause counts casualties and for the outcome it gives them).
_TO_HOSPITAL = r"(?:taken|rushed|admitted|brought)\s+to\s+(?:(?:a|the)\s+)?(?:[\w-]+\s+)?hospitals?"

# What also says a counted person was hurt or taken, in the clause that counts them
# ("Twelve are being treated", "Six soldiers ... were handed back"). Kept apart from
# CASUALTY_WORD, whose sentences the prompts point the model at.
_ALSO_A_CASUALTY = re.compile(
    rf"\b(?:treated\s+(?:at|in|for)\b|being\s+treated|hospitali[sz]|{_TO_HOSPITAL}\b"
    r"|held\s+(?:by|captive|prisoner|hostage)|hand(?:s|ed|ing)?\s+back\b|handed\s+over\b|freed)",
    re.IGNORECASE,
)
_MILITARY = re.compile(
    r"\b(?:soldier|troop|servicem|service personnel|military|fighter|"
    r"officer|personnel|army|forces|peacekeepers?\b|border\s+guards?\b|guardsm[ae]n|"
    r"militiam[ae]n|marines\b|airm[ae]n\b|conscripts?\b|paratroopers?\b|reservists?\b|"
    # (the police's losses, not a police spokesman nor policemen who fired: "army and police
    # losses")
    r"police\s+(?:losses|casualties|dead)\b)",
    re.IGNORECASE,
)
_CIVILIAN = re.compile(
    r"\b(?:civilian|resident|villager|children|women|non-combatant)", re.IGNORECASE
)


# ("on the Korvan side of the border" is a place, not a side of the fight)
_ON_THE_SIDE = re.compile(r"\bon\s+the\s+(?P<owner>[A-Z][\w\u2019'-]+)\s+side\b(?!\s+of\b)")


def sides_counted(text: str) -> list[str]:
    """The owners the text counts losses "on the <owner> side" of, as written."""
    return [m["owner"] for m in _ON_THE_SIDE.finditer(text)]


def on_its_side(owner: str, text: str) -> bool:
    """True when the text counts the figure "on the <owner> side": a side of a fight
    between sides, never everyone's in a war within one state."""
    return any(m["owner"] == owner for m in _ON_THE_SIDE.finditer(text))


_TOLL = re.compile(r"\btolls?\b", re.IGNORECASE)  # "Ruritania's toll stood at 23"
# The words that qualify a number in a toll: "at least 12", "more than 40".
_ROUGHLY = r"(?:(?:at\s+least|more\s+than|about|nearly)\s+)"
# The figures listed before a later one of the same toll: "63 killed, 150 wounded, and".
_NUMBER_WORD = (
    r"(?:\d[\d,]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:-[a-z]+)?)"
)
_LISTED_BEFORE = (
    rf"(?:{_NUMBER_WORD}\s+(?:killed|dead|wounded|injured|missing|captured|taken\s+prisoner|"
    r"prisoners?)\s*,?\s*(?:and\s+)?)"
)
_TOLL_VERB = re.compile(
    r"(?:(?:\b(?:rose|rises|risen|climbed|climbs|increased|reached|reaches|stood|stands|jumped|put"
    r"|puts|placed)\b[^.;]{0,80}?"  # ("put the toll from last Thursday's air strike near Klow at")
    # "bringing the number of Ruritanians killed since Friday to 3"
    r"|\b(?:bringing|brought|brings|taking|raising|raised|raises|pushing|pushed)\s+"
    r"(?:(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:number|toll|count|tally|figure)"
    # (or a people's losses: "This brings Togolese losses since July 21 to 83 killed"; not
    # "brought Ghana's refugee count to 12,000")
    r"|(?-i:[A-Z])[\w\u2019'-]+\s+(?:losses|casualties))\b[^.;]{0,60}?)"
    r"\b(?:to|at)"
    # a toll's complement: "Korvan losses in the fighting near Vell were 41 killed", "gives
    # the Korvan losses in last week's fighting as 63 killed"
    r"|\b(?:were|was|numbered|totall?ed)"
    r"|\b(?:gives?|gave|given|puts?|listed|lists|estimated|estimates)\b[^.;]{0,120}?\bas)"
    rf"\s+[\"\u201c]?{_ROUGHLY}?[\"\u201c]?{_LISTED_BEFORE}*$",
    re.IGNORECASE,
)


def _counts_things(count: int, clause: str) -> bool:
    """The number counts things, not people: "freed 12 villages", "handed over 5 tanks"."""
    at = number_at(count, clause)
    if at is None:
        return False
    after = clause[at.end :]
    noun = re.match(r"\s+(?:(?P<adjective>[a-z-]+)\s+)?([a-z][\w-]*)", after)
    if noun is None or PEOPLE_AFTER.match(after):
        return False
    # ("20 were hospitalised": the predicate, with no noun between)
    return noun[2] not in _VERBS_AFTER and noun["adjective"] not in _VERBS_AFTER


# Words right after a count that begin its predicate, not name what it counts.
_VERBS_AFTER = frozenset(
    "are were was is have had has remain remained being been who which of".split()
)


# Losses and surrenders the figure requests do not point the model at (their sentences
# would change what is sent, and so every recording): read after the model answers.
_LOSSES_TOO = re.compile(
    # what happened, not what may ("refused to surrender", "would not lose 200 more")
    r"\b(?:(?:admitted|acknowledged|reported|confirmed|after|since)\s+losing|surrendered|"
    r"gave\s+themselves\s+up)\b",
    re.IGNORECASE,
)


def states_losses(count: int, text: str) -> bool:
    """`states_casualties`, or the count's clause counts people a side lost or who gave
    themselves up ("admitted losing 17 soldiers", "60 soldiers surrendered")."""
    if states_casualties(count, text):
        return True
    clause = figure_clause(count, text)
    at = number_at(count, clause)
    return bool(at and _LOSSES_TOO.search(clause) and _counts_people(at, clause))


def states_casualties(count: int, text: str) -> bool:
    """`count` is written in `text` and its clause speaks of casualties, or, in a list
    ("45 civilians and 73 soldiers were among the dead"), it counts people in a sentence
    that does."""
    if not count_in_text(count, text):
        return False
    # ('"There are bodies everywhere," said one U.N. soldier': who spoke; not "a massacre")
    places = [
        at
        for at in written_as(count, text)
        if at.text.casefold() not in {"a", "an"} or _A_PERSON_AFTER.match(text[at.end :])
    ]
    if places and all(_speaks(at, text) for at in places):
        return False
    clause = figure_clause(count, text)
    if CASUALTY_WORD.search(clause):
        return True
    if _KILLED_ALSO.search(clause) and _counts_persons(count, clause):
        return True  # "27 of them executed", not "three towns have fallen"
    if _ALSO_A_CASUALTY.search(clause) and not _counts_things(count, clause):
        return True
    at = number_at(count, text)
    if at is None:
        return False
    # "The number of people killed in the clashes ... rose on Friday to 41": a toll's
    # new value, whose subject is earlier in the sentence.
    if _TOLL_VERB.search(text[: at.start]) and (
        CASUALTY_WORD.search(text[: at.start]) or _TOLL.search(text[: at.start])
    ):
        return True
    if _EARLIER_TOLL.search(text[: at.start]) and _earlier_of_a_toll(at, text):
        return True  # "killed 111 ..., raising an earlier figure of at least 40"
    if _TOLL_CONTINUES.match(text) and _counts_people(at, text):
        return True  # "Its count included 336 fighters": the toll the sentence before gave
    if _THEN_A_LATER_READING.search(text[: at.start]) and _THEN_ENDS.match(text[at.end :]):
        before = [n for n in numbers_in(text[: at.start]) if n.kind != "vague"]
        if before and states_casualties(before[-1].low, text[: at.start]):
            return True  # "first said nine soldiers had been killed, then 22": a later reading
    # "had risen to 940, from 718 late on Friday": the toll's value before its new one
    before = [n for n in numbers_in(text) if n.end <= at.start]
    if (
        before
        and _EARLIER_VALUE.fullmatch(text[before[-1].end : at.start])
        and _AFTER_AN_OLD_VALUE.match(text[at.end :])
        and states_casualties(before[-1].low, text)
    ):
        return True
    if _claimed_instead(count, clause, _own_sentence(count, text)):
        return True  # "23 of its soldiers were killed; the Taliban have claimed 58"
    if clause != text and says_what_else(count, clause):
        return False  # "and more than 100,000 residents were moved to shelters"
    if CASUALTY_WORD.search(text) and _counts_people(at, text):
        return True
    # "196 of whom ... were executed", not "5,000 residents fled after the town had fallen"
    killed = _KILLED_ALSO.search(text, at.end)
    return bool(
        killed
        and _counts_people(at, text)
        and not _ANOTHER_CLAUSE.search(text, at.end, killed.start())
    )


def claimed_instead(count: int, text: str) -> bool:
    """`count` is a bare count another speaker gives for the casualties the clause before
    it states ("23 of its soldiers were killed; the Klow Front has claimed 58")."""
    return _claimed_instead(count, figure_clause(count, text), _own_sentence(count, text))


def _claimed_instead(count: int, clause: str, sentence: str) -> bool:
    """A bare count another speaker gives for the casualties the clause before it states:
    "23 of its soldiers were killed; the Klow Front has claimed 58" (the count ends its
    clause, right after the claim)."""
    at = find(count, clause)
    if (
        at is None
        or clause[at.end :].strip(" .,;\"'\u201d")
        or not _CLAIMED_ALONE.search(clause[: at.start])
    ):
        return False
    start = sentence.find(clause)
    return start > 0 and CASUALTY_WORD.search(sentence[:start]) is not None


_CLAIMED_ALONE = re.compile(
    r"\b(?:claimed|claims|claim|says|say|said|put\s+(?:it|the\s+(?:figure|number|toll))\s+at|"
    r"gave|gives)\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|nearly\s+)?$",
    re.IGNORECASE,
)


def _speaks(at: Written, text: str) -> bool:
    """The number counts who spoke: '"...," said one U.N. soldier at the base', "two
    witnesses told reporters" (not "He said three soldiers were killed")."""
    after = text[at.end :]
    if _SPOKE_AFTER.match(after):
        return True
    speaker = _INVERTED_SPEAKER.match(after)
    return bool(
        speaker and _SAID_BEFORE.search(text[: at.start]) and not _A_VERB.search(speaker.group())
    )


_WORD = r"[\w.'\u2019-]+"
_SPOKE_AFTER = re.compile(
    # (not "twelve wounded soldiers said", "six of the wounded told": the harmed speak)
    rf"\s+(?:(?!(?i:wounded|injured|hurt|dead|killed|survivors?)\b){_WORD}\s+){{0,3}}?"
    r"(?:said|says|told|tells|recalled)\b"
    # (not "12 soldiers told reporters they had been wounded": their own harm)
    r"(?![^.;]*\b(?:they|we)\b[^.;]*\b(?:wounded|injured|hurt|killed|shot)\b)"
)
# The inverted speaker ends its clause or takes a place or a title: ", said one soldier at"
_INVERTED_SPEAKER = re.compile(
    rf"\s+(?:{_WORD}\s+){{0,3}}?{_WORD}?(?=\s*(?:[,.;:]|$)|\s+(?:at|of|from|in|with|on)\b)"
)
_SAID_BEFORE = re.compile(r"[,\"\u201d]\s*(?:said|says|told|recalled)\s+$")
_A_VERB = re.compile(
    r"\b(?:were|was|is|are|had|have|has|been|killed|died|dead|wounded|injured)\b", re.IGNORECASE
)


# What its own clause says befell the counted people, when no casualty word does, and it is
# displacement or where they were, not harm: "more than 100,000 residents were moved to
# shelters", "2,000 have been evacuated", "700 servicemen had been staying in a dormitory"
# (not "were gunned down", "were abducted": harm the words do not list).
_OWN_PREDICATE = re.compile(
    r"^[^,;]*?\b(?:were|was|are|is|have|has|had|being)\s+(?:been\s+)?(?:\w+ly\s+)?"
    r"(?P<verb>[a-z]+(?:ed|en|wn|ing))\b(?P<rest>[^,;]*)"
)
_DISPLACED = re.compile(
    r"^(?:moved|evacuated|relocated|displaced|sheltered|housed|resettled|registered|uprooted|"
    r"driven|accommodated|bused|bussed|ferried|staying|living|sheltering|hiding|stationed|"
    r"quartered|based|deployed)$",
    re.IGNORECASE,
)


def says_what_else(count: int, clause: str) -> bool:
    """The figure's own clause says what befell the people it counts, and it is no harm:
    the casualty word elsewhere in the sentence is another figure's."""
    at = number_at(count, clause)
    if at is None:
        return False
    said = _OWN_PREDICATE.match(clause[at.end :])
    # (not "evacuated to hospital": the wounded)
    return (
        said is not None
        and _DISPLACED.match(said["verb"]) is not None
        and not re.search(r"\bhospital", said["rest"], re.IGNORECASE)
    )


def _counts_persons(count: int, clause: str) -> bool:
    """The count in the clause is of people or a part of them ("47 members", "27 of them"),
    and the killing word is theirs: no other verb's clause between ("5,000 residents fled
    after the town had fallen")."""
    at = number_at(count, clause)
    if at is None:
        return False
    after = clause[at.end :]
    if not (PEOPLE_AFTER.match(after) or _OF_THEM.match(after)):
        return False
    killed = _KILLED_ALSO.search(after)
    return killed is None or not _ANOTHER_CLAUSE.search(after[: killed.start()])


_ANOTHER_CLAUSE = re.compile(
    r"\b(?:after|when|before|as|because|while|once|until|since|fled|surrendered|left)\b",
    re.IGNORECASE,
)


_OF_THEM = re.compile(r"\s+of\s+(?:them|whom)\b", re.IGNORECASE)


def _counts_people(at: Written, text: str) -> bool:
    """The number at `at` counts people: a word for people follows it ("45 civilians"), or,
    in a list of counts of people, a group's name ("342 soldiers and 21 Klowish, three of
    them civilians": the 21 are Klowish people)."""
    if PEOPLE_AFTER.match(text[at.end :]):
        return True
    group = _GROUP_AFTER.match(text[at.end :])
    if group is None or group[1].casefold() in _CALENDAR_WORDS or _A_YEAR.fullmatch(at.text):
        return False
    if not _LIST_ITEM_BEFORE.search(text[: at.start]):
        return False  # "the 444 Brigade and ...": a name with a number in it
    return any(PEOPLE_AFTER.match(text[n.end :]) for n in numbers_in(text) if n.start != at.start)


# A capitalised name that ends the noun phrase after a number: "21 Klowish," "35 Vellans
# - among them".
_GROUP_AFTER = re.compile(
    # (a name, not an acronym or a model: "4 BMPs", "2 Mi-8s" are no people)
    r"\s+([A-Z][a-z][a-z\u2019'-]*)(?=\s*(?:[,;:)\u2013\u2014]|\s-\s|\.\s|\.?$)"
    r"|\s+(?:and|among|including)\b|\s+of\s+(?:them|whom)\b)"
)
# What comes before an item of a list: "..., 21 Klowish", "and 21", "included 21".
_LIST_ITEM_BEFORE = re.compile(
    r"(?:[,:;\u2013\u2014]|\s-|\band|\bas\s+well\s+as|\binclud(?:e|es|ed|ing))\s+$", re.IGNORECASE
)
# The names of days and months, which no count of people and no subject is ("21 March").
CALENDAR_NAMES = frozenset(
    w.casefold()
    for w in [
        *WEEKDAY_NAMES,
        *(d[:3] for d in WEEKDAY_NAMES),
        *MONTH_NAMES,
        *(m[:3] for m in MONTH_NAMES),
    ]
    if w
)
_CALENDAR_WORDS = CALENDAR_NAMES | {"sept", "gmt", "utc"}
_A_YEAR = re.compile(r"(?:19|20)\d\d")


# A toll's earlier value named as such: "an earlier figure of at least 40", "the previous
# toll of 12".
_EARLIER_TOLL = re.compile(
    r"\b(?:earlier|previous|prior|initial|preliminary)\s+(?:death\s+)?"
    rf"(?:figure|toll|count|tally|estimate)\s+(?:of\s+)?{_ROUGHLY}?$",
    re.IGNORECASE,
)


def _earlier_of_a_toll(at: Written, text: str) -> bool:
    """The number is the earlier value of a casualty figure the sentence gives before it,
    and counts people, not things ("an earlier estimate of 30,000" of people who fled, or
    of "20,000 homes", is none)."""
    before = [n for n in numbers_in(text) if n.end <= at.start]
    after = text[at.end :]
    if not before or not (PEOPLE_AFTER.match(after) or _NOTHING_NAMED_AFTER.match(after)):
        return False
    return states_casualties(before[-1].low, text)


# After a number: its clause ends, or goes on with no noun ("40 given by", "40 on Monday").
_NOTHING_NAMED_AFTER = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:[a-z]+(?:ed|en)|by|in|on|at|from|for|since|until|dead)\b"
)


# "Its count included 336 fighters" goes on with the toll the sentence before gave (not
# "These include 400 fighters trained abroad": a count of no toll).
# A count's later reading, written bare after it: "nine soldiers had been killed, then 22".
_THEN_A_LATER_READING = re.compile(r",?\s+(?:and\s+)?(?:later\s+|then\s+){1,2}(?:to\s+)?$")
_THEN_ENDS = re.compile(r"\s*(?:[.;,]|$)")
_TOLL_CONTINUES = re.compile(
    r"^\W*(?:its|their)\s+(?:count|toll|tally)\s+(?:include|included|comprise)", re.IGNORECASE
)


# After a toll's old value: its clause ends, or says when it was given or whom it counted
# (not "from three strikes", "from 2021 levels").
_AFTER_AN_OLD_VALUE = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:on|late|earlier|last|a\s+(?:day|week)|the\s+day|in\s+its|"
    r"since|people|dead|deaths|killed|wounded|injured|casualties)\b",
    re.IGNORECASE,
)
# Between a toll's new value and its old one: "rose to 41, up from the 35", "risen to
# 940, from 718".
_EARLIER_VALUE = re.compile(
    r"[^\d.;]{0,12}?\b(?:up\s+|down\s+)?from\s+(?:the\s+)?"
    rf"(?:{_ROUGHLY}|some\s+)?",
    re.IGNORECASE,
)


# An aside set off by dashes or brackets inside a count's list: "lost nine men killed - six
# soldiers and three sailors - and 37 wounded", "21 killed (13 in Klow) and 83 wounded".
_DASH_OR_BRACKET_ASIDE = re.compile(
    r"\s(?:--?|\u2013|\u2014)\s[^;.\u2013\u2014]{1,80}?\s(?:--?|\u2013|\u2014)\s|\([^()]{1,80}\)"
)


def _asides_blanked(text: str, at: Written) -> str:
    """`text` with the dash and bracket asides that break a count down blanked (the same
    length: offsets hold), so that a count listed after one reads on from the count before
    it; unchanged when the count `at` is itself in an aside."""
    out = text
    for aside in _DASH_OR_BRACKET_ASIDE.finditer(text):
        if aside.start() <= at.start < aside.end():
            return text
        if not numbers_in(aside.group()) or re.search(r"\bside\b", aside.group()):
            continue  # "(all of them on the Ruritanian side)": it says whose, it stays
        out = out[: aside.start()] + " " * (aside.end() - aside.start()) + out[aside.end() :]
    return out


def with_elided_noun(count: int, text: str) -> str:
    """`text` with the people `count` counts written out where the sentence leaves them to
    the number before: "eight soldiers were killed and 25 wounded" reads "... and 25
    soldiers wounded", so the 25 are soldiers, and whoever's the eight are; so does
    "killing 12 civilians and wounding 100"."""
    at = number_at(count, text)
    if at is None:
        return text
    # "put the number of civilians killed at 12": the people named before, in the toll
    if (toll := TOLL_OF_PEOPLE.search(text[: at.start])) and PEOPLE_AFTER.match(toll["people"]):
        return f"{text[: at.end]} {toll['people'].strip()}{text[at.end :]}"
    plain = _asides_blanked(text, at)
    before = [n for n in numbers_in(plain) if n.end <= at.start]
    if not before:
        return text
    if (old := _old_value_people(at, before, text)) is not None:
        return f"{text[: at.end]} {old}{text[at.end :]}"
    between = plain[before[-1].end : at.start]
    people = PEOPLE_AFTER.match(between)
    if people is None:
        # "74 soldiers were killed, 171 wounded and 19 missing": the 19 are the people the
        # 171 are, written out after it
        previous = before[-1]
        filled = with_elided_noun(previous.low, text) if previous.kind != "vague" else text
        return with_elided_noun(count, filled) if filled != text else text
    rest = between[people.end() :]
    if (outcome := _BARE_OUTCOME.match(text[at.end :])) and PEOPLE_AFTER.match(
        text[at.end + outcome.end() :]
    ):
        return text  # "30 wounded civilians": its own people
    coordinated = _BARE_OUTCOME.match(text[at.end :]) and _COORDINATED_OUTCOME.fullmatch(rest)
    if not (
        # "eight soldiers were killed and 25 wounded"
        coordinated
        # "cost the lives of 42 soldiers, with 162 wounded"
        or (_BARE_OUTCOME.match(text[at.end :]) and _WITH_MORE.fullmatch(rest))
        # "killing more than 12 civilians and wounding more than 100."
        or (_NOTHING_COUNTED.match(text[at.end :]) and _COORDINATED_ACT.fullmatch(rest))
        # "nine soldiers had been killed, then 22": the same people's later reading
        or (_THEN_A_LATER_READING.search(rest) and _THEN_ENDS.match(text[at.end :]))
    ):
        return text
    # ("... and captured 200 since Friday, mostly civilians": the clause names its own people)
    if PEOPLE_NAMED_LATER.search(re.split(r"[;.]", text[at.end :])[0]):
        return text
    return f"{text[: at.end]} {people.group().strip()}{text[at.end :]}"


# People a clause names after its number, set off from it: ", mostly civilians".
PEOPLE_NAMED_LATER = re.compile(
    r",\s+(?:(?:mostly|mainly|many|most|all|some|including)\s+(?:of\s+them\s+)?)?"
    r"(?:civilians|soldiers|women|children|fighters|militants|police\w*)\b",
    re.IGNORECASE,
)


# A toll that names its people before its value: "put the number of civilians killed at
# 12", "the toll of soldiers dead rose to 40".
TOLL_OF_PEOPLE = re.compile(
    r"\b(?:number|toll|tally|count|total)\s+of\s+(?P<people>(?:[\w-]+\s+){1,3}?)"
    r"(?:killed|dead|wounded|injured|hurt|missing|captured|detained)\s+"
    r"(?:(?:has|had|have|was|were|is|now|so\s+far)\s+)*"
    r"(?:at|to|as|stood\s+at|rose\s+to|reached|climbed\s+to)\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|at\s+least\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)


def _old_value_people(at: Written, before: list[Written], text: str) -> str | None:
    """The people a toll's old value counts: those of the new value it is compared with
    ("863 civilians had been killed and 3,531 wounded, up from 833 dead and 3,329
    wounded": the 833 and the 3,329 are civilians too)."""
    if not _BARE_OUTCOME.match(text[at.end :]):
        return None  # "up from 40 soldiers": its own people; "up from 30 dollars": none
    since = list(_UP_FROM.finditer(text, 0, at.start))
    if not since:
        return None
    newer = [n for n in before if n.end <= since[-1].start()]
    if any(_CLAUSE_END.search(text, n.end, at.start) for n in newer):
        return None  # the new value is in another sentence
    if _A_PART.search(text, 0, since[-1].start()):
        return None  # "52 people, 30 of them civilians, up from 41": whose is the 41?
    people = {p.group().strip() for n in newer if (p := PEOPLE_AFTER.match(text[n.end :]))}
    return people.pop() if len(people) == 1 else None


_A_PART = re.compile(r"\b(?:of\s+(?:them|whom)|among|including)\b", re.IGNORECASE)
_UP_FROM = re.compile(r"\b(?:up|down)\s+from\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;]\s")  # a sentence's or a clause's end


# A number followed by an outcome and no people: "and 25 wounded", "and 25 were hurt".
_BARE_OUTCOME = re.compile(
    r"\s+(?:were\s+|had\s+been\s+|have\s+been\s+)?"
    # ("and 12 taken prisoner": taken, as "captured")
    r"(?:wounded|injured|hurt|killed|dead|missing|captured|taken\s+(?:prisoners?|captive))\b",
    re.IGNORECASE,
)
# "and wounding more than": a second participle of harm, its people left to the first's.
_COORDINATED_ACT = re.compile(
    # ("had killed 9,500 Klowish soldiers and captured 1,800": the same people, taken)
    r"\s*,?\s+and\s+(?:(?:had|have|has)\s+)?(?:killing|wounding|injuring|leaving|killed|"
    r"wounded|injured|captured|capturing|took|taken|taking|seized|seizing)\s+"
    rf"(?:{_ROUGHLY}|some\s+|another\s+)?",
    re.IGNORECASE,
)
# Nothing counted after the number: the clause ends, or goes on with a place or time.
_NOTHING_COUNTED = re.compile(r"\s*(?:[,.;:)]|$|\s(?:in|at|on|near|since|during|and|or|when)\b)")
# The rest of the clause of the number before, up to the coordination: "were killed and".
_WITH_MORE = re.compile(
    r"\s*,?\s*(?:and\s+)?with\s+(?:(?:about|some|around|nearly|almost|at\s+least|more\s+than|"
    r"over)\s+)?",
    re.IGNORECASE,
)
_COORDINATED_OUTCOME = re.compile(
    # ("20 soldiers and policemen had been killed": people of two kinds of force; not
    # "soldiers and civilians", whose later count may be either)
    r"(?P<also>\s+and\s+(?:policemen|police|officers|guards|troops|soldiers|sailors|airmen|"
    # ("119 officers and men were killed and 204 wounded": a force's ranks, all of it)
    r"marines|gendarmes|militiamen|fighters|servicemen|personnel|reservists|men|crew(?:men)?)"
    r"(?=\s+(?:were|was|had|have|are|died)\b))?"
    r"\s+(?:(?:(?:were|was|had\s+been|have\s+been|are)\s+(?:[a-z]+\s+){0,2}?)?"
    r"(?:killed|wounded|injured|hurt|dead|missing|captured|taken\s+prisoners?)|died|"
    r"(?:had|have)\s+died)"
    # ("had been killed since Monday and about 100": when, then how many)
    r"(?:\s+(?:since|on|during|overnight|yesterday|today)(?:\s+[A-Za-z]+)?)?"
    # "were killed and 25", "were killed, 25" (not ", while 30 were killed in strikes":
    # another count)
    # ("... had been killed and that some 2,300": reported speech goes on)
    r"(?:\s+and\s+(?:that\s+)?|\s*,\s*(?:and\s+)?)"
    r"(?:(?:about|some|around|nearly|almost|roughly|at\s+least|more\s+than|over)\s+)?",
    re.IGNORECASE,
)


# A word for people right after a number: "45 civilians", "one of its soldiers".
PEOPLE_AFTER = re.compile(
    # "45 civilians", "45 Klowish civilians", "45 Ruritanian army soldiers"
    # ("12 U.N. soldiers": an acronym written with stops)
    # ('"more than 500" Klowish soldiers': the number quoted, its people after the quote)
    r"^(?:[\"\u201d](?!\s+(?:and|but|or|nor|by|of|to|in|on|at|with|from|for|than)\b))?"
    r"\s*(?:(?:[a-z-]+|[A-Z][\w\u2019'-]+|(?:[A-Z]\.){2,})\s+){0,2}?(?:people|persons|civilians|soldiers|troops|fighters|militants|"
    r"children|women|men|residents|peacekeepers|personnel|servicemen|officers|police\w*|"
    r"members|rebels|combatants|reservists|operatives|gunmen|insurgents|guerrillas|militiamen|"
    r"bodies|villagers|workers|staff|employees|relatives|journalists|reporters|medics|doctors|"
    r"nurses|patients|students|pupils|teachers|worshippers|pilgrims|refugees|migrants|"
    r"detainees|prisoners|hostages|passengers|farmers|fishermen|herders|shepherds|tribesmen|"
    r"clansmen|boys|girls|infants|babies|citizens|nationals|tourists|protesters|demonstrators|"
    r"guards|sailors|pilots|airmen|marines|commandos|paratroopers|conscripts|recruits|"
    r"volunteers|mercenaries|jihadists|separatists|loyalists|contractors)\b"
    # "one Ruritanian soldier": one person, right after the number or a demonym
    r"|^\s*(?:(?:[A-Z][\w\u2019'-]+|(?:[A-Z]\.){2,})\s+)?(?:person|civilian|soldier|fighter|militant|child|"
    r"woman|man|resident|peacekeeper|serviceman|officer|policeman|policewoman|member|rebel|"
    r"combatant|reservist|gunman|insurgent|guerrilla|militiaman|worker|journalist|medic|"
    r"guard|sailor|pilot|marine)\b"
)


_COORDINATED = re.compile(
    r"^\s+(?:[a-z-]+\s+){0,2}?[a-z]+s?\s+(?:and|or)\s+(?:[a-z-]+\s+){0,1}?[a-z]+\b"
)


_FIGHTERS_AFTER = re.compile(
    r"\s+(?:rebels?|militants?|insurgents?|guerrillas?|combatants?|gunm[ae]n|jihadists?)"
    r"(?![\w-])",
    re.IGNORECASE,
)


_KINDS_LISTED = re.compile(r"\b(?:including|among\s+(?:them|whom))\s+(?-i:[a-z])", re.IGNORECASE)


def category_of(count: int, text: str) -> str | None:
    """military or civilian when the clause stating `count` says which; unknown when it
    names both ("13 killed (8 civilians, 5 soldiers)": the 13 is a total over them);
    None when it names neither."""
    if any(
        re.match(r"[^().;]{0,40}\([^)]*\d[^)]*\)", text[at.end :])
        for at in written_as(count, text)
        if at.kind != "vague"
    ):
        return "unknown"  # "13 killed (8 civilians, 5 soldiers)": broken down right after
    clause = figure_clause(count, text)
    for at in written_as(count, text):
        # "1,204 soldiers and civilians": a coordination of the people counted is one noun
        # phrase, though "and" ends a clause elsewhere.
        if both := _COORDINATED.match(text[at.end :]):
            clause = f"{clause} {both.group()}"
    if _has_parts(count, clause):
        # "197 people, including 58 children": a toll over kinds, not of the kind its part is
        return "unknown"
    if _KINDS_LISTED.search(clause) and (begins := text.find(clause)) >= 0:
        # "..., including soldiers, police officers, rebels and civilians": the whole list
        clause += re.split(r"[.;]", text[begins + len(clause) :], maxsplit=1)[0]
    military, civilian = _MILITARY.search(clause), _CIVILIAN.search(clause)
    if not military:
        # "86 rebels", "Eighty-six militants": an armed group's fighters, as the people
        # counted (not "700 killed as rebels push south": the rebels did not die)
        military = next(
            (m for at in written_as(count, text) if (m := _FIGHTERS_AFTER.match(text[at.end :]))),
            None,
        )
    if not (military or civilian):
        # "40 people had died and 170 were wounded, and that all of them were civilians":
        # said once of every count before it; the nearest such words only, with no people
        # counted between, no sentence end and no denial ("killed 12 and seized 20 hostages,
        # all of whom were soldiers": the hostages)
        kinds = [
            k["kind"]
            for at in written_as(count, text)
            if (k := _ALL_OF_THEM.search(text, at.end)) and _says_of_all(text[at.end : k.start()])
        ]
        military = next((m for k in kinds if (m := _MILITARY.search(k))), None)
        civilian = next((c for k in kinds if (c := _CIVILIAN.search(k))), None)
    if not (military or civilian):
        # "the hospital's count of civilian dead, 38 at the weekend, had risen to 64": the
        # kind the count's own noun names, before the number, in its sentence
        kinds = [
            k["kind"]
            for at in written_as(count, text)
            if (k := _KIND_OF_COUNT.search(re.split(r"[.;]\s", text[: at.start])[-1]))
        ]
        military = next((m for k in kinds if (m := _MILITARY.search(k))), None)
        civilian = next((c for k in kinds if (c := _CIVILIAN.search(k))), None)
    if military and civilian:
        return "unknown"
    if military or civilian:
        return "military" if military else "civilian"
    # "army and police losses were 32 killed and 51 wounded": a bare conjunct is of the
    # people of the count before it
    # (only when that count is the one count of its clause, and no part: not "40 soldiers
    # and 12 civilians were killed and 51 wounded", "12 people, three of them soldiers")
    if (
        (conjunct := _count_before_conjunct(count, text)) is not None
        and not _PART_BEFORE.search(text[: conjunct[0].start])
        and not _PART_AFTER_COUNT.match(text[conjunct[0].end : conjunct[0].end + len(conjunct[1])])
        and not any(
            n.kind != "vague"
            and not _A_SPAN_AFTER.match(before[n.end :])
            and not _A_MONTH_BEFORE.search(before[: n.start])
            for before in [_clause_before(text[: conjunct[0].start])]
            for n in numbers_in(before)
        )
    ):
        return category_of(conjunct[0].low, text)
    return None


# (a date's day is no count: "since the fighting began on February 7")
_A_MONTH_BEFORE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+$"
)
_A_SPAN_AFTER = re.compile(r"\s+(?:days?|nights?|weeks?|months?|years?|hours?)\b", re.IGNORECASE)


def _clause_before(text: str) -> str:
    """The words of `text` after its last clause break (a full stop, semicolon or colon)."""
    return re.split(r"[.;:]\s", text)[-1]


# "12 people, three of them soldiers", "12 dead, among them": a count a part follows.
_PART_AFTER_COUNT = re.compile(r"[^,.;]*,\s*(?:\w+\s+)?(?:of\s+(?:them|whom)|among\s+them)\b")


# A count written as a part of one before it: "12 people, including three soldiers".
_PART_BEFORE = re.compile(
    r"\b(?:including|among\s+(?:them|whom)|of\s+(?:them|whom))\s+(?:at\s+least\s+|some\s+)?$",
    re.IGNORECASE,
)


_KIND_OF_COUNT = re.compile(
    r"\b(?:number|toll|tally|count|total)\s+of\s+(?P<kind>[\w-]+)\s+"
    r"(?:dead|killed|deaths|wounded|injured|casualties)\b(?![^.;]*\b(?:number|toll|tally|count)\b)",
    re.IGNORECASE,
)


def _says_of_all(between: str) -> bool:
    """The words between a count and "all of them were X" leave X said of it: no people
    counted between, no sentence end, no denial."""
    return not any(
        PEOPLE_AFTER.match(between[n.end :]) for n in numbers_in(between)
    ) and not re.search(r"[.!?]\s|\b(?:denied|denies|deny|not)\b", between)


_ALL_OF_THEM = re.compile(
    r"\b(?:all|each|every\s+one)\s+of\s+(?:them|those|whom|these)\s+(?:were|was|are|being)\s+"
    r"(?P<kind>(?:[\w-]+\s+)?[\w-]+)",
    re.IGNORECASE,
)


# The people another number counts, right after it: "197 people, including 58 children",
# "188 killed, 55 of them children".
_COUNTED_AFTER = re.compile(r"^(?:\s+of\s+(?:them|whom))?(?:\s+[\w-]+){0,2}?\s+(?:\w+)\b")


def _has_parts(count: int, clause: str) -> bool:
    """Another number in the clause counts a kind of people among those `count` counts
    ("including 58 children", "55 of them children"), and `count`'s own words name no kind."""
    own = written_as(count, clause)
    if not own or any(
        (words := _COUNTED_AFTER.match(clause[w.end :]))
        and (_CIVILIAN.search(words.group()) or _MILITARY.search(words.group()))
        for w in own
    ):
        return False
    spans = {(w.start, w.end) for w in own}
    for number in numbers_in(clause):
        if (number.start, number.end) in spans or number.low < 2 or number.start < own[0].end:
            continue
        words = _COUNTED_AFTER.match(clause[number.end :])
        if words and (_CIVILIAN.search(words.group()) or _MILITARY.search(words.group())):
            return True
    return False


# A capitalised name ("Ana Vell", "Ruritania"); an opening "The" or "Its" names nobody.
_NAME = (
    r"(?!(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our)\b)"
    # "the Klow Observatory for Human Rights", "Ministry of Health": particles inside a name
    # ("Izz el-Deen al-Qassam Brigades", "Abdel Fattah al-Sisi": the particles of Arabic names)
    r"(?:[A-Z][\w'\u2019.-]*\s+(?:(?:for|of)\s+(?:the\s+)?(?=[A-Z])|(?:al|el|ad|ar|as|ash|an|az)-(?=[A-Z]))?){0,5}"
    # (or an acronym written with stops: "a U.N. spokesman")
    r"(?:(?:[A-Z]\.){2,}|[A-Z][\w'\u2019-]*)"
)
# A body named by its state and a common noun: "Ruritania's health ministry", "the
# Bordurian army", "Ruritanian authorities".
_BODY = (
    # (no article between the name and its noun: "On Friday the government" is no body)
    rf"{_NAME}(?:['\u2019]s)?(?:\s+(?!(?:the|a|an)\b)[a-z]+){{0,2}}?\s+(?:ministry|government|army|military|"
    r"authorities|officials|spokesman|spokeswoman|spokesperson|office|agency|council|"
    r"committee|command|headquarters|forces|monitors|observers|group|organi[sz]ation|officers?|mission|"
    # one who commands a side's men: "a Klow Front commander said"
    r"commanders?|"
    r"service(?!\s+of\b)|television|radio|police|"
    # a state's office-holder: "Ruritania's prosecutor-general", "its foreign minister"
    # (not a mayor or governor: a town's or province's, whose people are no side)
    r"minister|prosecutor(?:[- ]general)?|president|premier|ombudsman)"
    r"(?![\w-])"
)
# Where a body serves, after its name: "Bordurian-installed officials in the occupied
# part of the Klow region said".
BODY_WHERE = (
    r"\s+(?:in|at|of|for|from)\s+(?:the\s+)?(?:[a-z]+\s+){0,4}?"
    r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}"
    r"(?:\s+(?:region|province|district|area|city|state|oblast|governorate|county|sector|"
    r"zone))?"
)
# The verbs a speaker states a figure with, singular and plural ("researchers say").
# (a noun's plural is no verb before "of": "dismissed Eritrean claims of tens of thousands",
# "reports of shelling")
_NOUN_NOT_VERB = r"(?!\s+of\b)"
SPEECH_VERB = (
    r"(?:said|says|say|told|tells|stated|states|announced|announces|reported|"
    rf"(?:reports|report|claims|claim){_NOUN_NOT_VERB}|"
    r"claimed|confirmed|confirms|confirm|admitted|added|updated|put|puts|gave|"
    r"(?:raised|raises|revised|revises)(?=\s+(?:its|their|the|his|her)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:toll|count|figures?|estimate|tally)\b)|"
    # "issued its first detailed casualty figures: 57 ...", "published a casualty list"
    # ("issued what it described as final figures")
    r"(?:issued|issues|published|publishes|released|releases)(?=\s+(?:its|their|the|his|her|a|an|"
    r"what\s+(?:it|they)\s+(?:described|called|termed)\s+as)"
    r"\s+(?:[\w-]+\s+){0,4}?(?:toll|count|figures?|estimates?|tally|list)\b"
    # "issued a communique saying 37 of its soldiers ...": what it says is its own
    r"|\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|communiqu[e\u00e9]|bulletin|"
    r"declaration)\s+(?:saying|stating)\b)|"
    rf"gives|counted|counts{_NOUN_NOT_VERB}|recorded|records{_NOUN_NOT_VERB}|estimated|"
    rf"(?:estimates|estimate){_NOUN_NOT_VERB}|alleged|alleges|"
    r"allege|cited|cites|quoted|wrote|tweeted|posted|lists|listed|documented|documents|"
    r"informed|informs|acknowledged|acknowledges|"
    # "health officials were reporting 68 dead"
    r"(?:was|were|is|are)\s+(?:reporting|saying)|"
    # a participle only after its auxiliary: "the ministry had given a toll of 224"
    r"(?:(?<=\bhad\s)|(?<=\bhas\s)|(?<=\bhave\s)|(?<=\bearlier\s)|(?<=\bpreviously\s))given)"
)
# What may stand between a speaker and its verb: "the ministry had earlier said".
SPEECH_ADVERB = (
    r"(?:earlier|also|later|then|now|still|again|previously|initially|today|yesterday|"
    # "the governor first told broadcasters" (not "Peru's first reported deaths")
    r"first(?=\s+(?:told|said|gave|put|announced))|"
    r"tonight|has|had|have|by\s+(?:tele)?phone|"
    # when it spoke: "Borduria's news agency on Thursday gave its first figures", "the UN
    # last night raised the death toll"
    r"(?:(?:late|early)\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"last\s+night|overnight|this\s+(?:morning|afternoon|evening))"
)
# People of a named institution speak for it: "researchers at the Klow Institute say"
# is the Klow Institute's figure, however each article words its people.
STAFF_OF = (
    r"(?i:researchers|experts|scientists|academics|analysts|economists|demographers|"
    r"epidemiologists|statisticians|investigators|doctors|medics|staff|team|headquarters)"
    # ("Headquarters of the anti-Communist \"Army of Liberation\"": a qualifier, quotes)
    r"\s+(?:at|of|from|with)\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?[\"\u201c]?"
)
# The first word of an aside between a speaker and its verb: not a word that opens a
# clause of its own, nor a participle of what happened ("Klow, killing 5, said officials"),
# but the participles of speaking ("Ana Vell, speaking in Klow, said"); nor a bare name,
# which is the speaker itself ("the head of the Klow council, Ivo Brand, said").
_ASIDE_OPENER = (
    r"(?:speaking|citing|quoting|writing|responding|referring|commenting|addressing|broadcasting|"
    r"(?!(?:and|or|but|nor|so|yet|then|while|whereas|when|where|if|though|although|because|"
    r"unless|whose)\b|[a-z]+ing\b|[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)*,)[A-Za-z])"
)
# An aside between a speaker and its verb, commas included: "Ana Vell, deputy head of the
# Klow administration, told ...", "Radio Klow, for its part, said".
SPEAKER_ASIDE = (
    # (case-sensitive in any pattern: a bare name is told by its capitals)
    r"(?-i:,\s+(?:which|who|whose|a|an|the|(?:[a-z-]+\s+){0,2}"
    r"(?:commander|spokes(?:man|woman|person)|head|chief|minister|director|leader|officer|"
    r"secretary|governor|mayor|president|adviser|advisor|envoy|ambassador|official)\b|"
    rf"{_ASIDE_OPENER})"
    # ("a spokesman for Korva's Security Council (KSC),": its acronym in brackets)
    r"(?:[^,;()]|\([A-Z]{2,8}\)){0,100},"
    # or one that keeps the speaker anonymous, with no commas: "a spokesman who would not
    # give his name said", "an official who asked not to be identified told"
    r"|\s+who\s+(?:[a-z']+\s+){1,5}?(?:name|named|identified|identity|anonymity)\b"
    r"(?:\s+(?!(?:said|says|told)\b)[a-z']+){0,8}?)"
)
# The first of two verbs the subject shares, the second a speech verb: "the Klow ministry
# denied that Vell had fallen and said its forces had killed 300".
_FIRST_OF_TWO_VERBS = (
    r"(?:denied|rejected|dismissed|insisted|accused|acknowledged|admitted|confirmed|condemned|"
    r"warned|announced|reported|said)\b[^.;:]{1,160}?\s+and\s+"
    rf"(?:{SPEECH_ADVERB}\s+)*(?:said|added|claimed|stated|told|reported)"
)
_SPEAKER = re.compile(
    # "The Ruritanian Doctors' Union, which tracks civilian deaths, said ...": a relative
    # or appositive clause may stand between the speaker and the verb; "the head of the
    # Klow administration, Ana Vell, said": a name set off by commas before its verb.
    rf"(?:{STAFF_OF}(?P<staff>{_NAME})(?:{BODY_WHERE})?|(?P<body>{_BODY})(?:{BODY_WHERE})?"
    rf"|(?P<who>{_NAME}))[\"\u201d]?"
    r"(?:\s+\([A-Z][A-Za-z.&-]{1,12}\))?"  # "the Press Committee (PRESSCOM)"
    # "Ana Vell, deputy head of the Klow administration, told ...": a title set off by commas;
    # any other aside too ("Radio Klow, for its part, said", "the government, in its first
    # statement, said"), unless it opens a clause of its own ("..., and", "..., killing 5,")
    rf"(?:(?P<aside>{SPEAKER_ASIDE})|,(?=\s+(?:(?:has|have|had)\s+)?(?:said|says|told|stated|announced|"
    r"confirmed|claimed|acknowledged|acknowledges)\b))?"
    rf"(?:\s+{SPEECH_ADVERB})*\s+(?:{SPEECH_VERB}|(?P<first>{_FIRST_OF_TWO_VERBS}))\b"
    rf"|\baccording\s+to\s+(?:the\s+)?(?:(?:[a-z]+\s+){{0,3}}?by\s+)?(?:{STAFF_OF})?"
    rf"(?P<source>{_BODY}|{_NAME})"
    # a document of its author's: "A communique of the Korvan High Command published this
    # morning gives ...", "a statement from the Klow Front on Monday said"
    r"|\b(?i:a|an|the|its|their)\s+(?:[a-z]+\s+)?(?i:communiqu[e\u00e9]|statement|bulletin|"
    r"declaration|press\s+release)\s+(?i:of|from|by|issued\s+by)\s+(?:the\s+)?"
    rf"(?P<document>{_BODY}|{_NAME})(?:\s+[a-z]+){{0,4}}?\s+{SPEECH_VERB}\b"
    # ... its author named before it: "A Korvan Government statement broadcast by Radio
    # Klow at 1 p.m. said", "an Ethiopian Ministry of Information communique said" (the
    # sender's, not the station's that carried it)
    r"|\b(?i:a|an|the)\s+(?P<sender>"
    rf"{_NAME})\s+(?i:communiqu[e\u00e9]|statement|bulletin|declaration|press\s+release)"
    # (across "p.m.", not a full stop)
    # (nor across another's speech: "A Korvan statement issued after Chile said 40 ...")
    # (nor a clause of its own between: "issued after Chile said", "when the army said")
    r"(?:\s+(?:(?!\b(?:said|says|told|after|when|because|while|before|since|that|where|which|"
    r"who)\b)(?:[^.;:\"\u201c\u201d]|(?<=\b[a-z])\.)){0,80}?)?"
    rf"(?:\s+{SPEECH_ADVERB})*\s+{SPEECH_VERB}\b"
    # The verb before its speaker, after the words said: '"Three of our men were killed,"
    # said Ana Vell, spokeswoman for the army', "..., said the Ruritanian army"
    r"|(?:[,\"\u201d]\s*)(?:said|says|added|claimed)\s+(?:the\s+)?"
    rf"(?!(?i:{'|'.join(sorted(_CALENDAR_WORDS))})\b)(?P<inverted>{_BODY}|{_NAME})"
    # ... and the speaker ends the sentence or takes a title: not ", said Kenyan soldiers
    # had killed 30" (the subject of what was said)
    r"(?=\s*(?:[,.;:]|$)|\s+(?:of|for|from|in|at|on|to|who)\b)"
)


# Whose count it is, by the possessive ("Klow General Hospital's count of civilian dead,
# 38 at the weekend, had risen to 64"): a counter's own record (not "Kenya's toll", which
# may be whose dead they are).
COUNTED_BY = re.compile(
    # (or the name as an attribute: "the Red Cross count stood at 150")
    rf"(?!(?i:{'|'.join(sorted(_CALENDAR_WORDS))})\b)"  # (not "the Monday count")
    rf"(?P<who>{_BODY}|{_NAME})(?<!['\u2019]s)(?:['\u2019]s)?\s+(?:(?:own|latest|new|official|revised|final|first|"
    r"running|daily)\s+)*(?:count|tally|figures|estimates?|records|data|statistics|list|"
    # its own document: "Col. Ana Vell's final communique ... put army losses at 40"
    r"communiqu[e\u00e9]|bulletin|report)\b"
)


def _speaker_group(match: re.Match[str]) -> str:
    return next(
        g
        for g in ("staff", "body", "who", "source", "document", "sender", "inverted")
        if match.group(g)
    )


# The two sides speaking together: "the two governments said", "according to both armies".
_THE_TWO_SIDES = r"(?:the\s+two|both)\s+(?:governments|sides|countries|armies|militaries|states)"
_BOTH_SIDES_SAY = re.compile(
    rf"\b{_THE_TWO_SIDES}\s+(?:have\s+|had\s+)?{SPEECH_VERB}\b"
    rf"|\baccording\s+to\s+{_THE_TWO_SIDES}\b",
    re.IGNORECASE,
)


def both_sides_say(text: str) -> bool:
    """The sentence's figures are given by the two sides together ("Korva's toll stands at
    22 and Vellmark's at 13, the two governments said"): each side's figure is its own."""
    return _BOTH_SIDES_SAY.search(text) is not None


def _speaker_matches(text: str) -> list[re.Match[str]]:
    """_SPEAKER's matches, without a name set off from its verb by an aside when the words
    before it make it an object ("Rebels fighting Kenya, in a statement, said": the
    rebels spoke, not Kenya)."""
    return [
        m
        for m in _SPEAKER.finditer(text)
        if not (m.group("aside") and _OBJECT_BEFORE.search(text[: m.start(_speaker_group(m))]))
    ]


# (not "from", "of", "by": "a communique from X, issued on Saturday, put ..." is X's)
_OBJECT_BEFORE = re.compile(
    r"\b(?:\w+ing|in|on|at|to|near|with|against|for|into|across)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def named_speakers(text: str) -> list[tuple[int, str]]:
    """Every subject of a speech verb, and every "according to" source, that the text
    names (capitalised), with where it starts."""
    return [
        (m.start(group), m[group]) for m in _speaker_matches(text) for group in [_speaker_group(m)]
    ]


def speaker_of(count: int, text: str) -> str | None:
    """Who the text says stated `count`: the subject of a speech verb in its clause, or
    else in the whole text ("Ruritanian Prime Minister Ana Vell earlier told
    parliament that 105 ..."); None when no one is named."""
    # Each clause that writes the figure (a headline and a body sentence may both), then
    # the whole text.
    for scopes in (figure_clauses(count, text), [text]):
        found = {
            m[_speaker_group(m)]
            for c in scopes
            for m in _speaker_matches(c)
            if not _said_before_its_verb(count, c, m)
        }
        if len(found) == 1:
            return found.pop()
    return None


def _said_before_its_verb(count: int, text: str, match: re.Match[str]) -> bool:
    """A subject of two verbs ("denied X's claims that 40 ... and said 3 ...") speaks only
    what follows the second: the figure is written before it."""
    return bool(match.group("first")) and any(
        n.start < match.end() for n in written_as(count, text)
    )


def figure_clauses(count: int, text: str) -> list[str]:
    """Every clause of `text` that writes `count`."""
    return [c for c in _clauses(text) if written_as(count, c)]


def _clauses(text: str) -> list[str]:
    """The text cut at clause breaks ("; ", ", while", " but ")."""
    out: list[str] = []
    at = 0
    for brk in [*_breaks(_without_asides(text)), None]:
        out.append(text[at : brk[0] if brk else len(text)])
        at = brk[1] if brk else at
    return out


_QUALIFIERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("at_least", re.compile(r"\b(?:at least|more than|over|upwards of|in excess of)\s+$", re.I)),
    ("up_to", re.compile(r"\b(?:up to|as many as)\s+$", re.I)),
    ("about", re.compile(r"\b(?:about|around|nearly|almost|some|approximately|roughly)\s+$", re.I)),
)


def qualifier_of(count: int, text: str) -> str:
    """How the text qualifies `count` ("at least 49" -> at_least), read from the words before it."""
    clause = figure_clause(count, text)
    at = find(count, clause)
    before = clause[: at.start] if at else ""
    for qualifier, pattern in _QUALIFIERS:
        if pattern.search(before):
            return qualifier
    return "exact"


def side_problem(side: str, count: int, cited: str) -> str | None:
    """Why `side` does not fit the sentences that state `count`, or None."""
    clause = figure_clause(count, cited)
    if _BOTH_SIDES.search(clause):
        return None if side == "total" else "this figure covers both sides: use side 'total'"
    if side == "total":
        # "total" is everyone the figure counts, whatever their side ("900 people in
        # Klow"); it is wrong only when the figure names whose people they are.
        if owner := owner_of(count, clause):
            return f"the figure counts {owner!r} people: name that side, not 'total'"
        return None
    # (not "40 of its soldiers have been killed since Kenyan troops began landing")
    if _did_the_harm(side, _side_scope(side, clause, cited)) and not _OF_ITS_OWN.search(clause):
        return (
            f"in this clause {side!r} did the killing or wounding ('{side} strikes killed "
            "...'): whose losses are these?"
        )
    if (
        _SPEAKERS_FORCES.search(harm_scope(clause, cited))
        and not _OF_ITS_OWN.search(clause)
        and _is_the_speaker(side, count, cited)
    ):
        # "Klow said its forces had routed the raiders, killing 1,000 of them"
        return f"{side!r} {OWN_FORCES_DID_IT}: whose losses are these?"
    if name_in_text(side, without_other_speaker(side, count, clause)):
        return None
    if (owner := toll_owner(count, cited, people=True)) and name_in_text(side, owner):
        return None  # "Korvan losses in the fighting near Vell, in the north, were 41 killed"
    if any(not HARM_DONE_AFTER.match(clause, m.end()) for m in _SELF_REFERENCE.finditer(clause)):
        # "his country's soldiers" stands for the speaker's side, which is then not the
        # side another clause names ("..., while Borduria stated 50 were slain").
        if not name_in_text(side, cited):
            return None
        return f"{side!r} is named in another clause, not next to the figure {count}"
    return f"side {side!r} is not named in the cited sentences: whose losses are these?"


OWN_FORCES_DID_IT = "says its own forces did the killing"
# The speaker's own forces, as the subject of what they did: "its forces had routed".
_SPEAKERS_FORCES = re.compile(
    r"\b(?:its|their|our)\s+(?:[\w-]+\s+){0,2}?(?:forces|troops|army|artillery|jets|"
    r"aircraft|units|gunners|warplanes)\s+(?:had\s+|have\s+|has\s+)?"
    r"(?:routed|repelled|repulsed|crushed|killed|shot|shelled|bombed|struck|attacked|ambushed|"
    r"destroyed|defeated|wiped\s+out|overran|overrun|pounded|hit)\b",
    re.IGNORECASE,
)


def _is_the_speaker(side: str, count: int, cited: str) -> bool:
    """`side` is who states the figure ("The Klow Front said 30 of its members ...")."""
    from summarizer.reference.actors import resolve

    speaker = speaker_of(count, cited)
    return bool(speaker) and resolve(speaker).id == resolve(side).id


def without_other_speaker(side: str, count: int, clause: str) -> str:
    """The clause without its speaker's name when that speaker is not the side: "the
    Ruritanian Observatory for Human Rights said 89 people were killed" does not name
    Ruritania's people (a state's own body, "Ruritania's health ministry", is the state)."""
    from summarizer.reference.actors import resolve

    speaker = speaker_of(count, clause)
    if not speaker or speaker not in clause or not independent_body(speaker):
        return clause
    who, whose = resolve(speaker), resolve(side)
    if who.id == whose.id or who.speaks_for == whose.id:
        return clause
    return clause.replace(speaker, " " * len(speaker))  # positions kept


def independent_body(name: str) -> bool:
    """A body with a proper name of its own ("the Ruritanian Observatory for Human Rights",
    "Klow Doctors' Union"), not a state's organ named by its state and common nouns
    ("Ruritania's health ministry", "the Ruritanian Ministry of Public Health")."""
    from summarizer.reference.actors import BODY_NOUNS, TITLE_WORDS, resolve

    if resolve(name).kind == "state":
        return False
    words = [
        re.sub(r"['\u2019]s$", "", w).casefold() for w in re.findall(r"[A-Z][\w\u2019'-]*", name)
    ]
    common = TITLE_WORDS | BODY_NOUNS | _STATE_MEDIA
    return any(
        w not in common and w.removesuffix("s") not in common and resolve(w).kind == "other"
        for w in words[1:]
    )


# A state's media and the ethnonym in state names ("Syrian Arab News Agency").
_STATE_MEDIA = frozenset("news radio television tv broadcasting channel arab".split())


# A capitalised word of a name, or an acronym written with stops ("U.N.", "U.S.").
_CAPITAL_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w\u2019'-]+)"
_OWNER = re.compile(
    # ('"over 80" of Klow's fighters': a closing quote may follow the number)
    rf"[\"\u201d]?\s+(?:(?:more|other|of|the|its|their)\s+)?(?P<owner>{_CAPITAL_WORD}(?:\s+{_CAPITAL_WORD})?)\s+"
    r"(?:people|civilians?|soldiers?|troops?|fighters?|militants?|children|residents?|"
    r"gendarmes?|policemen|sailors|airmen|marines|"
    r"peacekeepers?|personnel|servicem[ae]n|officers?|police\w*|members?|rebels?|combatants?|"
    r"reservists?|nationals?|citizens?|operatives|gunmen|insurgents|guerrillas|militiamen)\b"
)
# "165 members of the government forces", "12 government soldiers": the state's own side,
# whichever state that is (affiliations rule I reads it from the articles).
_GOVERNMENT_OWNED = re.compile(
    rf"\s+(?:members\s+of\s+(?:the\s+)?)?(?P<owner>{GOVERNMENT_FORCES})\b"
)
# "two of the rebels' own fighters", "five of Ruritania's soldiers": the force whose
# people they are, by name or by its kind.
_OF_OWNERS = re.compile(
    r"\s+of\s+(?:the\s+)?(?P<owner>(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})|"
    r"rebels|insurgents|militants|guerrillas|militias?|army|military|government)['\u2019]s?\s+"
    r"(?:own\s+)?(?:fighters|men|soldiers|troops|members|militiamen|combatants|personnel)\b"
)
_OF_ITS_OWN = re.compile(
    r"\s+of\s+(?:its|their|his|her|our)\s+(?:own\s+)?(?:country\W?s\s+)?"
    r"(?:people|civilians|soldiers|troops|fighters|peacekeepers|personnel|servicemen|"
    r"officers|nationals|citizens|members)\b"
)
_HEALTH_BODY = (
    r"(?:(?:public\s+)?health\s+ministry|ministry\s+of\s+(?:public\s+)?health|health\s+authorities)"
)
_HEALTH_MINISTRY = re.compile(
    rf"^(?:the\s+)?(?P<state>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?:['\u2019]s)?\s+{_HEALTH_BODY}$",
    re.IGNORECASE,
)
# A toll whose words before the number name whose people it counts: "The number of
# Ruritanians killed ... rose to 24", "the toll in Ruritania stands at 10", "Ruritania's
# death toll rose to 41", "the toll on the Ruritanian side rose to 22".
_OWNER_BEFORE = re.compile(
    r"\b(?:number|count|toll)\s+of\s+(?:the\s+)?(?P<owner>[A-Z][\w\u2019'-]+(?:\s+[A-Z][\w\u2019'-]+)?)"
    r"(?:\s+(?:people|civilians|soldiers|troops|fighters|servicemen))?\s+(?:killed|dead|wounded|injured)\b"
    r"|\b(?:death\s+)?toll\s+(?:in|among)\s+(?:the\s+)?(?P<place>[A-Z][\w\u2019'-]+(?:\s+[A-Z][\w\u2019'-]+)?)"
    # "the death toll on the Ruritanian side rose to 22"
    r"|\b(?:death\s+)?toll\s+on\s+the\s+(?P<side>[A-Z][\w\u2019'-]+)\s+side\b"
    # ("Borduria's toll stood at", "Bordurian losses were put at 65 dead")
    # (not after "and": "Korvan and Bordurian losses" are both sides')
    r"|(?<!\band\s)(?!(?:The|A|Its|Their)\b)(?P<whose>[A-Z][\w\u2019'-]+)(?:['\u2019]s)?\s+"
    r"(?:(?:death\s+)?toll|losses|casualties)\b"
)
# A toll of the speaker's own people, right before its value: "put its own losses at",
# "the losses of his forces stood at" (not "the losses it inflicted": harm done).
# The counts of the speaker's own toll listed before the figure: "... at 11 fighters killed
# and 23 wounded" (the first count may name its people, unlike _LISTED_BEFORE's).
_OWN_LISTED = (
    rf"{_NUMBER_WORD}\s+(?:[a-z]+\s+)?(?:killed|dead|wounded|injured|missing|captured)"
    r"\s*,?\s*(?:and\s+)?"
)
# The body a movement's speaker calls its own: "the movement", "the junta's losses".
_A_BODY = r"(?:movement|junta|group|organi[sz]ation)"
_ITS_LOSSES_AT = re.compile(
    r"\b(?:(?:his|her|its|their)\s+(?:own\s+)?(?:losses|casualties|dead)|"
    r"(?:losses|casualties)\s+of\s+(?:his|her|its|their)\s+(?:own\s+)?"
    r"(?:forces|men|troops|side|fighters|army|units)"
    # ("Junta spokesman Ivo Drak put the junta's losses at 11 killed": checked below)
    rf"|the\s+{_A_BODY}['\u2019]s\s+(?:own\s+)?(?:losses|casualties|dead))"
    r"(?:\s+(?:since|in|during|on|from)\s+[^.;,]{0,40}?)?"
    # (and the counts of the toll listed before: "... at 19 killed and 30 wounded")
    rf"\s+(?:(?:was|were|stood|stand|stands)\s+)?(?:at|as|to|were|was|numbered)\s+{_ROUGHLY}?"
    rf"(?:{_OWN_LISTED})*$"
    # or the speaker's force lost them: "told reporters that his army had lost 52 men
    # killed and about 90 wounded", "said the movement had lost 11 fighters"
    r"|\b(?:(?:his|her|its|their)\s+(?:own\s+)?(?:army|forces?|men|troops|side|fighters|"
    rf"units?|garrison|column)|the\s+{_A_BODY})"
    rf"\s+(?:has\s+|had\s+|have\s+)?(?:lost|suffered|sustained)\s+[\"\u201c]?{_ROUGHLY}?"
    rf"(?:{_OWN_LISTED}{_ROUGHLY}?)*$",
    re.IGNORECASE,
)
_TITLE_ADJECTIVES = frozenset(
    "public national federal central regional state general local provincial".split()
)
_HARM_BY = (
    r"(?:air\s*strikes?|strikes?|shelling|shells|attacks?|fire|bombardment|bombing|raids?|"
    r"forces|troops|soldiers|army|units?|militias?|militiamen|police|jets?|warplanes?|aircraft|"
    r"drones?|missiles?|rockets?|artillery|tanks?|snipers?|gunmen|fighters|landings?|invasion)"
)


# What a side does that harms (not who it is: "forces", "soldiers" may be the victims).
_HARM_ACTS = (
    r"(?:air\s*strikes?|strikes?|shelling|shells|attacks?|fire|bombardment|bombing|raids?|"
    r"missiles?|rockets?|artillery|invasion|offensive)"
)


# (not "U.S." nor "St.": a sentence ends after a word of three letters or more)
_STRONG_BREAK = re.compile(r";|(?<=[a-z]{3})[.!?]\s+(?=[A-Z\"\u201c])")
_KILLED_IN_STATE = re.compile(
    r"\b(?:in|across)\s+(?:southern\s+|northern\s+|eastern\s+|"
    r"western\s+|central\s+)?(?P<place>[A-Z][\w\u2019'-]+)"
    r"(?![\w\u2019'-])"
    # "killed in Ruritanian strikes" names who struck, not where
    rf"(?!\s+(?:(?!by|in|from|with|at|on)[a-z-]+\s+)?{_HARM_BY}\b)"
)


def owner_of(count: int, clause: str, text: str | None = None) -> str | None:
    """Whose people a figure counts, when its own words say: "73 Ruritanian soldiers",
    "12 killed in Borduria" (a state, not a town), "Ruritania said nine of its soldiers"
    (the speaker's own, when `text`, the whole sentence, names one speaker)."""
    from summarizer.reference.actors import resolve  # maintained country data

    found = number_at(count, clause)
    if found is None:
        return None
    if owner := _owner_after(clause[found.end :]):
        return owner
    if text is not None and _OF_ITS_OWN.match(clause[found.end :]):
        return speaker_of(count, text)
    # A state's health ministry counts that state's people ("Ruritania's health ministry
    # said 1,204 people had been killed").
    speaker = speaker_of(count, text) if text is not None else None
    if (
        speaker
        and (health := _HEALTH_MINISTRY.match(speaker))
        # "the National Health Ministry", "the Federal Health Ministry" name no one
        and health["state"].casefold() not in _TITLE_ADJECTIVES
    ):
        return health["state"]
    if owner := toll_owner(count, clause):
        return owner
    # (a later figure of a toll's list, in a clause of its own: "gives the Korvan losses as
    # 63 killed, 150 wounded, and 290 taken prisoner")
    if text is not None and (owner := toll_owner(count, text, people=True)):
        return owner
    # "Ruritania lost 40 soldiers", "the Klow Front has lost 12 fighters": its own losses
    if owner := lost_owner(count, clause):
        return owner
    rest = clause[found.start :]
    # "197 killed since Monday; 10 died in Ruritania": where the figure's own clause ends.
    rest = rest[: end.start()] if (end := _STRONG_BREAK.search(rest)) else rest
    # "18 people had died on the Ruritanian side"
    if (side := _ON_THE_SIDE.search(rest)) and resolve(side["owner"]).kind == "state":
        return side["owner"]
    for place in _KILLED_IN_STATE.finditer(rest):
        if _IN_THE_WAR.search(rest, 0, place.start()):
            continue  # "killed in the conflict in eastern Korva": where the war is, not whose
        if resolve(place["place"]).kind == "state":
            return place["place"]
    return opening_state(count, text) if text is not None else None


_IN_THE_WAR = re.compile(
    r"\b(?:conflict|fighting|war|clashes|violence|hostilities)\s*$", re.IGNORECASE
)


def opening_state(count: int, text: str) -> str | None:
    """The state a sentence opens in, for its one count: "In Ruritania, 10 people have been
    killed by rockets" (not "In Ruritania, 10 died; in Borduria, 4")."""
    from summarizer.reference.actors import resolve  # maintained country data

    opening = _OPENS_IN_STATE.match(text)
    if opening is None or resolve(opening["place"]).kind != "state":
        return None
    after = text[opening.end() :]
    counts = [n for n in numbers_in(after) if n.kind != "vague"]
    if len(counts) != 1 or counts[0].low != count or _KILLED_IN_STATE.search(after):
        return None
    # the count opens the clause ("In Ruritania, at least 10 people ..."), not a speaker
    # ("In Klow, the army's press office said 107 of its men ..."), and its own words name
    # no other place ("12 infiltrators from Borduria were killed")
    if not re.fullmatch(rf"\s*{_ROUGHLY}?", after[: counts[0].start], re.IGNORECASE):
        return None
    subject = re.split(r"\b(?:were|was|have|has|had|are|is)\b", after[counts[0].end :])[0]
    if re.search(r"\b(?:from|of)\s+(?:the\s+)?[A-Z]", subject):
        return None
    return opening["place"]


_OPENS_IN_STATE = re.compile(
    r"\s*In\s+(?:the\s+)?(?P<place>[A-Z][\w\u2019'-]+(?:\s+[A-Z][\w\u2019'-]+)?),\s"
)


_ITS_QUALIFIER = re.compile(
    r"(?:\bthat\s+)?(?:(?:about|some|around|nearly|almost|roughly|at\s+least|more\s+than|"
    r"over)\s+)?$",
    re.IGNORECASE,
)


def side_of_conjunct(count: int, text: str) -> str | None:
    """The side a count left to the one before it is counted on: "13 people had been killed
    on the Korvan side and 71 wounded" counts the 71 on the Korvan side too, "183 fighters
    of the Klow Front were killed and 292 captured" the 292 as the Klow Front's. Only a bare
    conjunct (the number, its outcome, nothing more) takes it, and only a side written with
    "on the ... side" in the clause of the count before, or its owner right after it."""
    found = _count_before_conjunct(count, text)
    if found is None:
        return None
    before, between = found
    sides = sides_counted(between)
    if len(sides) == 1:
        return sides[-1]
    if sides:
        return None
    # "183 fighters of the Klow Front were killed and 292 captured": the people the count
    # before it counts, named right after that count; or the toll both are of, named
    # before it ("Bordurian losses were put at 65 dead and 112 wounded")
    return _owner_after(text[before.end :]) or _owner_before(text[: before.start])


def _count_before_conjunct(count: int, text: str) -> tuple[Written, str] | None:
    """The count a bare conjunct ("... killed and 71 wounded": the number, its outcome,
    nothing more) is left to, with the words between them; None when `count` is no such
    conjunct."""
    at = number_at(count, text)
    if at is None:
        return None
    outcome = _BARE_OUTCOME.match(text[at.end :])
    if outcome is None or not _NOTHING_COUNTED.match(text[at.end + outcome.end() :]):
        return None
    if re.match(r"[^,;.]*\bside\b", text[at.end + outcome.end() :]):
        return None  # "... and 71 wounded on its side": a side of its own
    plain = _asides_blanked(text, at)
    before = [n for n in numbers_in(plain) if n.end <= at.start and n.kind != "vague"]
    if not before:
        return None
    between = plain[before[-1].end : at.start]
    # (the count's own qualifier, or "that" going on with what was said, is no clause:
    # "... were killed and about 3,000 taken prisoner", "... and that some 2,300 were")
    between = _ITS_QUALIFIER.sub("", between)
    if not re.search(r"(?:\band|,)\s*$", between) or re.search(
        r"[;:]|\b(?:while|whereas|but|as|after|when)\b", between
    ):
        return None
    if not CASUALTY_WORD.search(between):
        return None
    return before[-1], between


def _subject(run: str) -> str | None:
    """A capitalised run as the subject of its clause, without the words that open it
    ("But Ruritania", "Since Monday Ruritania" -> "Ruritania")."""
    words = run.split()
    while words and (words[0].casefold() in _OPENERS or words[0].casefold() in _CALENDAR_WORDS):
        words = words[1:]
    return " ".join(words) or None


_OPENERS = frozenset(
    "the but and yet so since after before meanwhile then still now on in by last this".split()
)
# (at a clause's start: not "the battalion that stormed Klow lost 40", "loyal to Ana Vell")
_LOST = re.compile(
    # (reported speech opens a clause too: "said the Velkis lost 14 fighters")
    r"(?:^\s*|[,;:]\s*|\b(?:and|but|while)\s+|\b(?:said|says|that)\s+(?:the\s+)?)"
    r"(?P<owner>[A-Z][\w'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019-]*){0,3}"
    # "the militia lost nine fighters": a force named by its common noun alone
    r"|(?<!\band\s)(?<!\bbut\s)(?<!\bwhile\s)"  # (not "Government troops and militias")
    r"(?i:the\s+)?(?:rebels|separatists|militias?|insurgents|guerrillas|militants))"
    r"(?:['\u2019]s\s+(?:forces|army|troops|side)|\s+(?:forces|army|troops|military|invaders|"
    r"attackers))?"
    # ("Ruritanian forces suffered 12 dead and 40 wounded", "the Bordurian invaders had
    # suffered 300 dead")
    # (the figure may be quoted: 'had lost "more than 120" men')
    rf"\s+(?:has\s+|had\s+|have\s+)?(?:lost|suffered|sustained)\s+[\"\u201c]?{_ROUGHLY}?"
    # "... lost nine fighters killed and 31 wounded": the counts listed after the first too
    rf"(?P<listed>[\w,]+\s+(?:[\w-]+\s+){{0,2}}?(?:killed|dead)(?:,\s+|\s+and\s+){_ROUGHLY}?)?$"
)


def _owner_before(before: str, people: bool = False) -> str | None:
    """The state a toll's subject names before its new value ("The number of Ruritanians
    killed since Friday rose to", "The toll in Ruritania stands at"); with `people`, only
    as whose people they are, not where ("Bordurian losses were put at")."""
    from summarizer.reference.actors import resolve  # maintained country data

    breaks = list(_STRONG_BREAK.finditer(before))
    before = before[breaks[-1].end() :] if breaks else before  # the figure's own sentence
    if not _TOLL_VERB.search(before) or not (value := _VALUE_AFTER.search(before)):
        return None
    # The toll's own subject, the last before the words that give its value, with nothing
    # between that starts another clause or makes it a part ("Bolivian losses were light,
    # while the dead on both sides numbered 300", "including Bolivian losses, were 300").
    subjects = [m for m in _OWNER_BEFORE.finditer(before) if m.end() <= value.start()]
    if not subjects:
        return None
    found = subjects[-1]
    between = before[found.end() : value.start()]
    if _NOT_THE_SUBJECT.search(between) or _A_PART_OF.search(before[: found.start()]):
        return None
    written = found["owner"] or found["side"] or found["whose"]
    written = written or (None if people else found["place"])
    owner = re.sub(r"['\u2019]s$", "", written or "")
    return str(owner) if owner and resolve(owner).kind == "state" else None


# The words right before a toll's value: "rose to", "stood at", "were", "as 63 killed, ...".
_VALUE_AFTER = re.compile(
    # (the value may be quoted: 'put Borduria's losses at "at least 30 dead"')
    rf"\b(?:to|at|were|was|numbered|totall?ed|as)\s+[\"\u201c]?{_ROUGHLY}?[\"\u201c]?"
    rf"{_LISTED_BEFORE}*$",
    re.IGNORECASE,
)
# What parts a toll's subject from its value: another clause, or a part of a larger toll.
_NOT_THE_SUBJECT = re.compile(
    r"\b(?:and|but|while|whereas|among|including|besides|however)\b", re.IGNORECASE
)
_A_PART_OF = re.compile(r"\b(?:including|among|besides|with|of)\s+(?:the\s+)?$", re.IGNORECASE)


_ANOTHER_FORCE = re.compile(
    r"\b(?-i:[A-Z])[\w'\u2019-]+|\b(?:forces|troops|army|rebels|commanders?|enemy|fighters|"
    r"soldiers|militias?|guerrillas|units)\b",
    re.IGNORECASE,
)


def speakers_losses(count: int, text: str) -> str | None:
    """The speaker, when the figure is of a toll the sentence calls the speaker's own
    losses: "puts the losses of his forces at 19 killed and 30 wounded" (both counts)."""
    at = number_at(count, text)
    losses = _ITS_LOSSES_AT.search(text[: at.start]) if at is not None else None
    speaker = speaker_of(count, text) if losses else None
    if losses is None or speaker is None:
        return None
    # (the possessive is the speaker's only when no other force is named between them:
    # not "said it had inflicted heavy casualties on Bordurian forces, putting their
    # losses at 300")
    said = text.find(speaker)
    between = text[said + len(speaker) : losses.start()] if said >= 0 else ""
    if said < 0 or _ANOTHER_FORCE.search(between):
        return None
    # "the movement", "the junta" is the speaker's own body only when the speaker speaks
    # for it ("Junta spokesman Ivo Drak put the junta's losses at 11", "Rebel spokesman ...
    # said the movement had lost 11"), not for a state ("a government spokesman said the
    # movement had lost 200 fighters": the enemy's)
    voice = text[: said + len(speaker)]
    if _THE_BODY.search(losses.group()) and (
        _A_STATES_VOICE.search(voice) or not _A_MOVEMENTS_VOICE.search(voice)
    ):
        return None
    return speaker


_THE_BODY = re.compile(rf"\bthe\s+{_A_BODY}\b", re.IGNORECASE)
# A speaker for a movement, by its title ("Rebel spokesman", "Junta spokesman", "a spokesman
# for the Front"), and one for a state: its government, ministries, army or police.
_A_MOVEMENTS_VOICE = re.compile(
    r"\b(?:rebels?|insurgents?|guerrillas?|militants?|movement|group|front|junta|opposition|"
    r"militia)\b",
    re.IGNORECASE,
)
_A_STATES_VOICE = re.compile(
    r"\b(?:government|ministry|minister|army|military|police|president|state)\b", re.IGNORECASE
)


def toll_owner(count: int, clause: str, people: bool = False) -> str | None:
    """The state a toll's subject names before the figure ("bringing the number of
    Ruritanians killed since Friday to 3"); with `people`, only as whose people they are
    ("Bordurian losses were put at 65 dead"), not where ("the toll in Borduria")."""
    for at in written_as(count, clause):
        if owner := _owner_before(clause[: at.start], people):
            return owner
    return None


def lost_owner(count: int, text: str) -> str | None:
    """The force that lost the figure's people, the figure listed after its first count:
    "the militia lost nine fighters killed and 31 wounded" (the 31 too)."""
    found = number_at(count, text)
    if found is None or (lost := _LOST.search(text[: found.start])) is None:
        return None
    rest = text[found.end :]
    if listed := lost["listed"]:
        # the same people ("... and 31 wounded", or with their noun written out again), not
        # others ("... lost 40 fighters killed and 12 civilians were wounded")
        words = listed.split()
        same = len(words) > 2 and rest.split()[:1] == words[1:2]
        outcome = _BARE_OUTCOME.match(rest)
        if not same and (not outcome or PEOPLE_AFTER.match(rest[outcome.end() :])):
            return None
    return _subject(lost["owner"])


def owner_in_words(count: int, clause: str) -> str | None:
    """The owner the words right after the figure name ("73 Ruritanian soldiers"), at any
    place the text writes it (a headline and a body sentence both cited)."""
    for found in written_as(count, clause):
        if owner := _owner_after(clause[found.end :]):
            return owner
    return None


def _owner_after(rest: str) -> str | None:
    """The owner the words right after a number name: "73 Ruritanian soldiers", "165
    members of the government forces", "183 fighters of the Klow Liberation Front"."""
    match = (
        _OWNER.match(rest)
        or _GOVERNMENT_OWNED.match(rest)
        or _FIGHTERS_OF.match(rest)
        or _MEMBERS_OF_FORCES.match(rest)
        or _NUMBER_OF_OWNERS.match(rest)
        or _OF_OWNERS.match(rest)
    )
    if match:
        return match["owner"]
    # "more than 3,000 Palestinians", "40 Kenyans": a people named by its plural demonym
    if (people := _A_PEOPLE.match(rest)) and _a_demonym(people["owner"]):
        return people["owner"]
    # "17 Drovani had been killed", "150 members of the Sadr al-Tamim": a group by its name
    named = _NAME_THEN_HARM.match(rest) or _MEMBERS_OF_NAMED.match(rest)
    if named and not {w.casefold() for w in named["owner"].split()} & _CALENDAR_WORDS:
        last = named["owner"].split()[-1].casefold()
        # (not "Four Civil Guards", "members of the National Guard": some state's force,
        # which its name does not say)
        words = {w.casefold() for w in re.split(r"[\s-]+", named["owner"])}
        if (
            (
                (last not in BODY_NOUNS and last.removesuffix("s") not in BODY_NOUNS | _MEN_OF)
                # (a force whose own name says whose: "members of the Mahdi Army", "of the
                # Zarvan Brigade"; not "of the National Guard", "Four Civil Guards")
                or (
                    last.removesuffix("s") in _ARMED_BODIES
                    # (a word of the name that is no number nor a kind of unit or service:
                    # not "the Second Division", "the Fire Brigade", "the Salvation Army")
                    and bool(
                        {w for w in words if not re.fullmatch(r"\d+(?:st|nd|rd|th)?", w)}
                        - _PARTICLES
                        - _GENERIC_FORCE_WORDS
                        - {last}
                    )
                )
            )
            # (a name, not a kind of fighter capitalised: "4 Marines", "2 Green Berets")
            and last not in _KINDS_OF_FIGHTER
            # (nor a body or institution's name: "members of Parliament", "of the Orvan
            # Football Club", "of Doctors Without Borders", "the Klow Red Crescent")
            and not words & _NOT_A_SIDES_NAME
            and not _known_organisation(named["owner"])
        ):
            return named["owner"]
    return None


_MEN_OF = frozenset("guardsman guardsmen policeman policemen".split())
# The head nouns of an armed force's name, and the words any state's force may bear, which
# name no owner ("the National Guard", "the Republican Army", "the Border Police").
_ARMED_BODIES = frozenset("army brigade battalion regiment division corps militia guard".split())
_GENERIC_FORCE_WORDS = _TITLE_ADJECTIVES | frozenset(
    """
    republican civil presidential royal imperial revolutionary border coast home territorial
    special regular popular people's armed air naval security liberation red white new
    first second third fourth fifth sixth seventh eighth ninth tenth mountain desert
    international reserve rapid marine airborne armoured armored mechanised mechanized
    motorised motorized infantry artillery cavalry tank commando youth women's
    salvation fire rescue
    """.split()
)
_PARTICLES = frozenset("of the de del la el al bin ibn van von".split())
_KINDS_OF_FIGHTER = frozenset(
    "marines rangers commandos berets paratroopers legionnaires gendarmes cadets scouts "
    "volunteers regulars reservists seals".split()
)
_NOT_A_SIDES_NAME = frozenset(
    """
    parliament congress senate assembly council committee club association union league
    party church university college school hospital crescent cross borders without bar
    society federation company bank chamber court commission team family
    """.split()
)


def _known_organisation(name: str) -> bool:
    from summarizer.reference.actors import resolve

    return resolve(name).kind == "organization"


# A name as a group writes it: capitalised words, with the particles names carry ("Sadr
# al-Tamim", "Frente de Liberacion", "Army of the South").
_NAME_RUN = (
    r"(?:[a-z]{1,3}-)?[A-Z][\w\u2019'-]*"
    r"(?:\s+(?:(?:of|the|de|del|la|el|al|bin|ibn|van|von)\s+)?(?:[a-z]{1,3}-)?[A-Z][\w\u2019'-]*){0,5}"
)
# The name straight after the number, then the harm: "17 Drovani had been killed".
_NAME_THEN_HARM = re.compile(
    rf"\s+(?P<owner>{_NAME_RUN})\s+(?:had|have|has|were|was|are|is|killed|dead|died|wounded|"
    r"injured|missing|captured)\b"
)
# Members of a group by its name alone, where the name ends ("150 members of the Sadr
# al-Tamim, ..."; not "members of the Orvan family": a household).
_MEMBERS_OF_NAMED = re.compile(
    rf"\s+(?:[a-z-]+\s+)?members\s+of\s+(?:the\s+)?(?P<owner>{_NAME_RUN})"
    r"(?=\s*(?:[,.;:)\"\u201d]|$)|\s+(?:and|in|at|on|near|since|during|who|which|had|have|"
    r"were|was|from|before|after)\b)"
)

_A_PEOPLE = re.compile(r"\s+(?P<owner>[A-Z][a-z\u2019'-]+s)\b(?!\s+[A-Z])")


def _a_demonym(word: str) -> bool:
    """A plural demonym of a state the country data knows ("Kenyans"), not a state's own
    name that ends in s ("Philippines")."""
    from summarizer.reference.actors import demonyms, names_of, resolve

    found = resolve(word)
    if found.kind != "state" or word.casefold() in {n.casefold() for n in names_of(found.id)}:
        return False
    return any(d.casefold() == word[:-1].casefold() for d in demonyms(found.id))


# Members of a state's forces, named by the state: "About 50 members of Korva's armed
# forces", "12 members of the Korvan security forces" (not "members of the Vell family").
_MEMBERS_OF_FORCES = re.compile(
    r"\s+(?:(?!(?:former|ex|retired|rogue|deserting|defected)\b)[a-z-]+\s+)?"
    r"(?:members|personnel)\s+of\s+(?:the\s+)?"
    r"(?P<owner>[A-Z][\w\u2019'-]+?)(?:['\u2019]s)?\s+"
    r"(?:armed\s+forces|army|military|security\s+forces|police|navy|air\s+force)\b"
)


# Fighters of a force named after them: "183 fighters of the Klow Liberation Front (KLF)",
# "40 soldiers of the Armed Forces of Korva" (not "residents of Klow": a town's people).
_FIGHTERS_OF = re.compile(
    # (not "members of the Vell family", "officers of the Red Crescent")
    r"\s+(?:[a-z-]+\s+)?(?:soldiers|troops|fighters|militants|rebels|combatants|"
    r"servicem[ae]n|gunmen|insurgents|guerrillas|militiamen)\s+of\s+"
    r"(?:the\s+)?(?P<owner>[A-Z][\w\u2019'-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w\u2019'-]+){0,5})"
)


# The value before the toll it gives: "bringing to nine the number of Klow Front (KF)
# fighters it says it has killed", "raising to 40 the toll of Korvan soldiers".
_NUMBER_OF_OWNERS = re.compile(
    r"\s+(?:the\s+)?(?:number|toll|count|tally|total)\s+of\s+(?:the\s+)?"
    rf"(?P<owner>{_CAPITAL_WORD}(?:\s+{_CAPITAL_WORD}){{0,3}})(?:\s+\([A-Z]{{2,8}}\))?\s+"
    r"(?:people|civilians|soldiers|troops|fighters|militants|members|rebels|combatants|"
    r"servicem[ae]n|gunmen|insurgents|guerrillas|militiamen|police\w*|personnel)\b"
)


def number_at(count: int, text: str) -> Written | None:
    """Where `text` first writes `count`: as digits ("3,010", "3010"), in words ("nine")
    or as a vague word ("dozens" for 24); for 1, "one" before "a" ("told a news conference
    that one soldier had been killed")."""
    found = numbers_at(count, text)
    return found[0] if found else None


def numbers_at(count: int, text: str) -> list[Written]:
    """Every place `text` writes `count` (see number_at): "one" before "a"."""
    places = written_as(count, text)
    return [p for p in places if p.text.casefold() not in _ARTICLE_ONES] or places


_ARTICLE_ONES = frozenset({"a", "an", "another", "single"})


_ATTACKED = r"(?:attacked|struck|shelled|bombed|raided|ambushed|stormed|targeted|overran)"


_NOT_A_SUBJECT = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
    r"scores|hundreds|thousands|several|many|more|of))\s+(?:the\s+)?(?:[a-z-]+\s+)?$"
    r"|\b(?:in|across|of|on|at|from|into|over|near|inside|throughout|toward|towards|to)\s+"
    r"(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?$",
    re.IGNORECASE,
)


# "left" of harm done: "left 11 dead", "left at least 40 people wounded" (not "left over").
_LEFT_HARMED = r"(?=\s[^.;]{0,80}?\b(?:dead|wounded|injured|killed|casualties|wounds)\b)"


def _did_the_harm(side: str, clause: str) -> bool:
    """True when the clause makes `side` the one who killed or wounded ("Ruritanian
    strikes killed 11", "wounded by Bordurian fire"), and names no other victim side."""
    name = re.escape(side.strip()).replace(r"\ ", r"\s+")
    # (not "the Velkis lost 14 fighters killed": the side that lost them is the victim; nor
    # "Radio Klow said Vellian shelling killed 4": the speaker, of another's harm)
    words = (
        r"(?:(?!(?i:lost|loses|losing|suffered)\b)"
        # (a speech verb only before the speaker's own: "Vellia said its air strikes")
        r"(?!(?i:said|says|told|reported|reports|claimed|claims|announced|accused|accuses|"
        r"blamed|blames)\s+(?!(?i:its|their|our|his|her)\b))[\w-]+\s+){0,2}?"
    )
    agent = re.compile(
        rf"\b(?i:{name})\w*(?:['\u2019]s)?\s+{words}(?i:{_HARM_BY})\b"
        # not "Nine Ruritanian fighters were killed": the force is the victim
        rf"(?!\s+(?i:were|was|had\s+been|have\s+been|has\s+been|are|being)\s+(?:\w+\s+)?"
        rf"(?i:killed|wounded|injured|hurt)\b)"
        # ... in the active voice: "Ruritanian troops and two nurses were killed" names victims
        rf"[^.;]{{0,80}}?(?<!\bwere\s)(?<!\bwas\s)(?<!\bbeen\s)(?<!\bare\s)(?<!\bis\s)"
        rf"(?<!\bbeing\s)\b(?i:killed|wounded|injured|left{_LEFT_HARMED}|killing|wounding|injuring)\b"
        # "Bordurian rebel forces attacked posts near Klow": the attack's own verb, at once
        rf"|\b(?i:{name})\w*(?:['\u2019]s)?\s+{words}(?i:{_HARM_BY})\s+"
        rf"(?:(?i:had|have|has|also|then|later|again)\s+)?(?i:{_ATTACKED})\b"
        # "wounded by Bordurian fire", "taken prisoner by the Klow militia": the agent
        rf"|\b(?i:killed|wounded|injured)\s+(?:[\w-]+\s+){{0,4}}?(?i:by)\s+(?:the\s+)?(?i:{name})"
        # (a captor, of captives: not "hostages abducted by X were killed by Y")
        rf"|\b(?i:captured|abducted|detained|seized|taken\s+(?:prisoner|captive|hostage))\s+"
        rf"(?:[\w-]+\s+){{0,4}}?(?i:by)\s+(?:the\s+)?(?i:{name})"
        rf"(?![^.;]*\b(?i:killed|wounded|injured|died|dead)\b)"
        # "killed in Ruritanian strikes", "died in the twelve days of Ruritanian attacks",
        # "losing 17 soldiers in a Ruritanian air strike"
        rf"|\b(?i:killed|wounded|injured|died|dead|martyred|losing|lost)\s+(?:[\w-]+\s+){{0,3}}?"
        rf"(?i:in|by|during|from|under|after)\s+(?:[\w-]+\s+){{0,4}}?(?i:{name})\w*"
        rf"(?:['\u2019]s)?\s+(?:(?!(?i:by|in|from|of|on|at|to|with|near)\b)[\w-]+\s+){{0,2}}?"
        rf"(?i:{_HARM_BY})\b"
        # "were killed when Ruritanian jets bombed the market": the harm's occasion
        rf"|\b(?i:killed|wounded|injured|died|dead)\s+(?:[\w-]+\s+){{0,2}}?"
        rf"(?i:when|as|after|while|since)\s+(?:the\s+)?(?i:{name})\w*(?:['\u2019]s)?\s+"
        rf"(?:[\w-]+\s+){{0,2}}?(?i:{_HARM_BY})\b"
        # "killed by rockets fired from Ruritania", "wounded in shelling from Ruritania"
        rf"|\b(?i:killed|wounded|injured|died|dead)\s+(?:[\w-]+\s+){{0,3}}?"
        rf"(?i:by|in|from|under)\s+(?:[\w-]+\s+){{0,2}}?(?i:{_HARM_BY})\s+"
        rf"(?:(?i:fired|launched|sent)\s+)?(?i:from|by)\s+(?:the\s+)?(?i:{name})\w*\b"
        # "attacks from Ruritania since May killed 118 people", "rockets fired by Ruritania"
        rf"|\b(?i:{_HARM_BY})\s+(?:(?i:fired|launched)\s+)?(?i:from|by)\s+(?:the\s+)?"
        rf"(?i:{name})\w*\b[^.;]{{0,80}}?\b(?i:killed|wounded|injured|killing|wounding)\b"
        # "the death toll from Ruritania's shelling of the base to 102": the toll of its harm
        rf"|\b(?i:toll|dead|casualties|victims)\s+(?i:from)\s+(?:the\s+)?(?i:{name})\w*"
        rf"(?:['\u2019]s)?\s+(?:[\w-]+\s+){{0,2}}?(?i:{_HARM_ACTS})\b"
        # "the Ruritanians killed two civilians", "Ruritania shelled the town, wounding 11"
        rf"|(?P<subject>(?<![\w-])(?i:{name})\w*\s+(?:(?i:also|then|later|again)\s+)?"
        rf"(?i:killed|wounded|injured|shot|shelled|bombed|struck|attacked)\b"
        # "Ruritania had repelled the attack and killed ten soldiers" (not "Ruritanian
        # fighters were ambushed and killed": the victims)
        rf"|(?<![\w-])(?i:{name})\s+(?i:had|has|have)\s+"
        rf"(?:(?!(?i:were|was|been|being|are|is|said|says|say|told|added|claimed|reported|"
        rf"believed|believes|suspected|thought)\b)"
        rf"[\w'\u2019\"\u201c\u201d-]+\s+){{1,8}}?"
        rf"(?i:and)\s+(?:(?i:also|then)\s+)?(?i:killed|wounded|injured|shot)\b)",
    )
    match = agent.search(clause)
    counted = match is not None and _NOT_A_SUBJECT.search(clause[: match.start()])
    if counted and match and match["subject"]:
        # "three Ruritanians killed": the victims; "across northern Ruritania killed": a place.
        match = None
    if (
        counted
        and match
        and re.match(
            rf"(?i:{name})\w*(?:['\u2019]s)?\s+(?:[\w-]+\s+){{0,2}}?(?i:{_HARM_BY})\s+"
            r"(?i:killed|wounded|injured|hurt)\b",
            clause[match.start() :],
        )
    ):
        match = None  # "15 Ruritanian soldiers killed in the clashes": the people counted
    if match is None:
        return False
    # "Ruritanian strikes killed 11 Ruritanian soldiers" still names the side as victim;
    # the next sentence of a headline and its body, naming the side again, does not.
    rest = re.split(r"(?<=[.!?])\s+(?=[A-Z])", clause[match.end() :], maxsplit=1)[0]
    return re.search(rf"\b(?i:{name})", rest) is None


def harmed_in(side: str, text: str) -> bool:
    """True when `text` (any sentence) makes `side` the one who killed or wounded."""
    return _did_the_harm(side, text)


def did_the_harm(side: str, count: int, cited: str) -> bool:
    """True when the clause stating `count` makes `side` the one who killed or wounded
    (the case side_problem rejects: "Ruritanian strikes killed 11")."""
    clause = figure_clause(count, cited)
    return not _BOTH_SIDES.search(clause) and _did_the_harm(side, _side_scope(side, clause, cited))


def _side_scope(side: str, clause: str, cited: str) -> str:
    """harm_scope, with the side's own "it" named: in "Ruritania said it had repelled the
    attack and killed ten soldiers" the speaker's "it" is the speaker."""
    scope = harm_scope(clause, cited)
    name = re.escape(side.strip()).replace(r"\ ", r"\s+")
    said_it = re.search(
        rf"\b(?i:{name})\s+(?:[\w-]+\s+){{0,3}}?{SPEECH_VERB}\s+(?:that\s+)?(?P<it>it|they)\b",
        cited,
    )
    at = cited.find(scope)
    if said_it is None or at < 0 or not at <= said_it.start("it") < at + len(scope):
        return scope
    offset = said_it.start("it") - at
    return scope[:offset] + side.strip() + scope[offset + len(said_it["it"]) :]


_PARTICIPLE = re.compile(r"^\W*(?:killing|wounding|injuring|leaving)\b", re.IGNORECASE)


def harm_scope(clause: str, cited: str) -> str:
    """Where to look for who did the harm: the clause, and, for a participle ("...,
    killing two nurses"), the clause before it whose subject did it ("Ruritanian
    artillery struck a clinic on Friday, killing two nurses")."""
    at = cited.find(clause)
    if at <= 0:
        return clause
    # (or a verb that shares the subject before it: "the rebels repelled the attack and
    # killed ten soldiers")
    if not _PARTICIPLE.match(clause) and not (
        _HARM_VERB.match(clause) and re.search(r"\band\s+$", cited[:at])
    ):
        return clause
    before = re.split(r"[;.]", cited[:at])[-1]
    return before + clause


_HARM_VERB = re.compile(r"^\W*(?:killed|wounded|injured)\b", re.IGNORECASE)


def phrase_in_text(phrase: str, text: str) -> bool:
    """True when a short phrase (e.g. a time as written) is close to a span of `text`."""
    return name_in_text(phrase, text)


# What a sentence says of a truce, strongest first: the status is read from the cited
# sentences, and a status they do not support falls back to the weakest, "announced".
# Fighting named as a noun: "the shelling", "exchanges of fire", "sporadic gunfire".
_TRUCE_NOUN = r"(?:truce|cease-?fire|armistice|cessation\s+of\s+hostilities)"
_FIGHTING_NOUNS = (
    r"(?:fighting|shelling|clashes|firing|attacks|shooting|gunfire|skirmishes|hostilities|"
    r"exchanges?\s+of\s+(?:fire|gunfire)|shots)"
)
_TRUCE_STATUS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("collapsed", re.compile(
        r"\b(?:collaps\w*|fell apart|broke down|broken down|(?:fighting|hostilities|war) resumed"
        r"|resumed (?:fighting|hostilities|the war)|no longer (?:in force|holds?|holding))\b",
        re.I,
    )),
    ("violated", re.compile(
        # "a violation of its sovereignty" is not the truce violated; "of the truce" is.
        # (nor one only foreseen, _FORESEEN: "would be informed of any violation")
        r"\b(?:(?:violat|breach)\w*(?!\s+of\s+(?!(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:truce|ceasefire|cease-fire|agreement|deal|accord|"
        r"cessation\s+of\s+hostilities)))|broke(?!\s+out\b)|broken(?!\s+out\b)|"
        # "the halt declared for 6 p.m. was ignored by both sides", "the order went unheeded"
        r"(?<=\s)(?:truce|ceasefire|cease-fire|armistice|halt|pause|suspension|order)\b[^.;]{0,80}?"
        r"\b(?:(?:was|were|been|being)\s+(?:largely\s+|widely\s+)?ignored|went\s+unheeded)|"
        r"despite\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:truce|ceasefire|cease-fire)"
        # "but the fighting continued after that": fighting went on through it (not
        # "fighting continued until the truce took effect")
        rf"|(?:but|yet|however),?\s+(?:the\s+)?{_FIGHTING_NOUNS}\s+"
        r"(?:\w+\s+)?(?:continued|went\s+on|persisted)"
        r"(?![^.;]{0,30}\b(?:until|up\s+to|before|ahead)\b)"
        # "the Bordurian side did not observe the ceasefire" (reported, not a condition:
        # "if Borduria did not respect the truce", "who do not observe it will be punished")
        r"|(?:did|had)\s+not\s+"
        r"(?:observe|respect|honou?r|abide\s+by|comply\s+with|keep\s+to|stick\s+to)\s+"
        r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:truce|ceasefire|cease-fire)"
        # ... and in the passive: "the cessation of hostilities has not been respected",
        # a headline's "truce not respected" (not "if the truce is not respected")
        rf"|{_TRUCE_NOUN}\s+(?:(?:has|had|was|were|is|are)\s+)?not\s+(?:been\s+|being\s+)?"
        r"(?:respected|observed|honou?red|kept|upheld|complied\s+with|adhered\s+to)"
        # "accused Zagreb of breaking the truce within hours", "rebels were breaking the
        # ceasefire" (not "refrain from breaking the truce", "the deadlock on ceasefire talks")
        r"|(?<=\bof\s)breaking|(?<=\bfor\s)breaking|(?:were|was|are|is|kept)\s+breaking"
        rf"(?=\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+)?{_TRUCE_NOUN})"
        # "is holding only in part", "only partly held": broken somewhere
        r"|(?:holding|held)\s+(?:only\s+)?(?:in\s+part|partly|partially)"
        r"|(?:only\s+)?(?:partly|partially)\s+(?:holding|held)"
        rf"|{_FIGHTING_NOUNS}\s+(?:continued|went\s+on|persisted)\s+"
        r"(?:after|despite|since)\s+(?:that|it|the\s+(?:truce|ceasefire|cease-fire))"
        # "rebels fired on a patrol on Wednesday night, hours after the ceasefire took effect"
        r"|(?:fired|opened\s+fire|attacked|shelled|clashed)\b[^.;]{0,100}?\bafter\s+(?:the\s+)?"
        r"(?:truce|ceasefire|cease-fire)\s+(?:had\s+)?(?:took|taken|came|come|went|gone)\s+"
        r"(?:effect|into\s+(?:force|effect)))\b",
        re.I,
    )),
    ("holding", re.compile(
        # ("A truce in Klow holds, for now": where it is in force, between)
        r"\b(?:(?:truce|ceasefire|cease-fire|armistice|it)"
        r"(?:\s+(?:in|at|on|along|across)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:[\s-][A-Z][\w'\u2019-]*){0,2})?"
        r" (?:was |is |has )?(?:largely |broadly )?"
        # (not "held only for a few hours", "held until rebels shelled the town")
        r"(?:holding|held|holds)(?!\s+(?:only|until|till|for\s+only|for\s+(?:a\s+)?(?:few|several)\s+hours))"
        r"|held for|calm (?:returned|held)"
        # "not a shot has been heard since", "no shots had been fired"; "the armistice was
        # observed"
        # (not "... until Tuesday, when", "but by evening", "observed only in the capital")
        r"|(?:not\s+a\s+(?:single\s+)?shot\s+(?:has|had)\s+been\s+(?:heard|fired)"
        r"|no\s+(?:more\s+)?shots?\s+(?:has|have|had)\s+been\s+(?:heard|fired)"
        r"|(?:truce|ceasefire|cease-fire|armistice)\s+(?:was\s+|is\s+|being\s+)?observed\b)"
        r"(?![^.;]*\b(?:but|until|till|only|however|yet|except)\b)"
        # "had received no reports of offensive actions since the truce began": none broke it
        # (not "no let-up in attacks since", nor "... until Tuesday, when rebels shelled")
        r"|\bno\s+(?:(?:reports?|word|sign)\s+of\s+)?(?:(?!let-up|drop|day|end|pause)[\w-]+\s+){0,2}?"
        r"(?:attacks?|actions|incidents|fighting|clashes|shooting|shelling)\s+since\s+the\s+"
        r"(?:truce|ceasefire|cease-fire)\s+(?:began|took\s+effect|came\s+into\s+(?:force|effect)|"
        r"started|was\s+declared)(?![^.;]*\b(?:but|until|till|only|however|yet|except)\b)"
        # 'the cease-fire on the Klow front, which came into effect on Saturday, "is being
        # observed"'; "no serious breaches have been reported" (not "if it is observed",
        # "will be observed until")
        r"|(?:truce|ceasefire|cease-fire|armistice)"
        r"(?:\s+(?:on|in|along|across|between)\s+[^,;.]{1,60})?,\s+(?:which|that)\s+[^;.]{1,120}?,\s+"
        r"[\"\u201c]?(?:is|was|are|were|has\s+been|had\s+been)\s+(?:being\s+)?"
        r"(?:largely\s+|generally\s+|broadly\s+|fully\s+)?(?:observed|respected)\b"
        r"(?!\s+by\s+(?:neither|none|no)\b)"
        r"(?![^.;]*\b(?:but|until|till|only|however|yet|except|before|when)\b)"
        r"|\bno\s+(?:serious\s+|major\s+|further\s+)?(?:breach(?:es)?|violations?|incidents?)\s+"
        r"(?:has|have|had)\s+been\s+(?:reported|recorded|observed)"
        r"(?![^.;]*\b(?:but|until|till|however|yet|except)\b)"
        # "truce takes hold", "the ceasefire took hold overnight"
        r"|(?:truce|ceasefire|cease-fire) (?:takes|took|has taken|had taken|taking) hold"
        # "the truce which came into force on Friday ..., and which has largely held"
        r"|(?:truce|ceasefire|cease-fire)\b[^.;]{0,160}?\b(?:which|that)\s+(?:has|had|have)\s+"
        r"(?:largely\s+|broadly\s+|generally\s+|mostly\s+)?held"
        r"(?=\s*(?:[,.;:]|$)|\s+(?:since|for|through|so\s+far|until|despite|firm)\b)"
        # "the truce that took effect at six on Saturday evening held through Sunday": a
        # relative clause between (not "held until rebels shelled", "held only for hours")
        r"|(?:truce|ceasefire|cease-fire|armistice)\s+(?:that|which)\s+[^.;,]{0,80}?\s+"
        r"(?:largely\s+|broadly\s+|generally\s+|mostly\s+)?(?:held|holds)\s+"
        r"(?:through|throughout|since|firm|overnight|so\s+far|into)\b"
        r"(?![^.;]*\b(?:when|before|until|till|but|however|yet|except)\b)"
        # "Guns in the capital fell largely silent after a ceasefire came into force"
        r"|\bguns\b[^.;]{0,40}?\b(?:fell|fallen|went|gone|were|remained|stayed|(?:have|has|had)\s+been)\s+"
        # (not "silent until dawn", nor "... but shelling resumed"; an "until" of another
        # clause is no limit: "silent since Friday, and the Council demanded that the truce
        # be observed until all forces withdraw")
        r"(?:largely\s+|mostly\s+|almost\s+)?silent"
        r"(?![^.;]*\b(?:but|yet|however)\b)(?!(?:(?!,\s+and\b)[^.;])*\buntil\b)"
        # "the ceasefire that took effect on Friday had \"generally held\" since Saturday"
        # ("The agreement signed at the embassy on Monday night has held since the
        # cease-fire at six o'clock": the pact that made the truce)
        r"|(?:truce|ceasefire|cease-fire|agreement|pact|accord)\b[^.;,]{0,60}?\b(?:has|had|have)\s+[\"\u201c]?"
        r"(?:largely\s+|broadly\s+|generally\s+|mostly\s+)?held[\"\u201d]?"
        r"(?=\s*(?:[,.;:]|$)|\s+(?:since|for\s+(?:a|the|two|three|\d)|through|so\s+far|until|despite)\b)"
        # (not "had held for two weeks before rebels attacked", "..., but")
        r"(?![^.;]*\b(?:before|when|but|however|yet)\b)"
        # "The cease-fire which both sides ordered on Tuesday has been observed", "was
        # largely respected" (not "... observed only in the capital", "until Tuesday")
        # (not "denied that the ceasefire had been observed", "unclear whether", "respected by
        # neither side", "had been observed for three weeks before rebels shelled")
        r"|^(?![^.;]*\b(?:not|never|neither|nor|denied|denies|deny|unclear|whether|if|doubt\w*)\b)"
        r"[^.;]*?(?:truce|ceasefire|cease-fire|armistice)\b"
        r"(?:(?!\b(?:but|while|although|though|whereas)\b|,\s+(?:and|which|who|where)\b)"
        r"[^.;]){0,160}?"
        r"\b(?:has|have)\s+been\s+(?:largely\s+|broadly\s+|generally\s+|mostly\s+)?"
        r"(?:observed|respected|honou?red|kept)\b"
        r"(?![^.;]*\b(?:but|until|till|only|however|yet|except|before|when|in\s+the)\b)"
        # "The truce between the two armies appears to be holding": a report, in any voice
        # (past an aside: "The ceasefire negotiated by the Klow pact, a defence treaty, was
        # holding")
        r"|(?:truce|ceasefire|cease-fire|hostilities)\b"
        r"(?:(?!\b(?:but|while|although|though|whereas)\b|,\s+(?:and|which|who|where)\b)"
        r"[^.;]){0,160}?"
        r"\b(?:is|was|are|were|remains?"
        r"|remained|still|(?:appears?|appeared|seems?|seemed) to be)\s+(?:largely |broadly |"
        # ... and "holding" ends its clause: not "holding their positions", "holding talks"
        r"mostly |still )?holding(?=\s*(?:[,.;:]|$)|\s+(?:so\s+far|for|on|since|after|"
        r"despite|with|until)\b|\s+in\s+(?:(?:most|many|all|the\s+main)\b|(?-i:[A-Z]))))",
        re.I,
    )),
    # "never took hold", "failed to take effect": over before it began (after the holding
    # words: "previous truces never took hold, but Sunday's ceasefire was holding"; not a
    # truce postponed: "failed to take effect at midnight as planned and was postponed")
    ("collapsed", re.compile(
        r"^(?!.*\b(?:postpon|delay|pushed back|put off))"
        r".*?\b(?:never|failed to) (?:took|take|taken|came|come|went|go) (?:hold|effect|into "
        r"(?:force|effect))\b",
        re.I | re.S,
    )),
    ("unconfirmed", re.compile(
        r"\b(?:(?:not|never|yet to) (?:yet )?(?:confirm\w*|respond\w*|comment\w*)|no word from"
        r"|unconfirmed|did not (?:immediately )?(?:confirm|comment|respond))\b",
        re.I,
    )),
)  # fmt: skip


# Fighting reported in a sentence about the truce: what a "violated" label needs when the
# sentence has no word for breaking it ("artillery could still be heard after the truce").
_HOSTILITIES = re.compile(
    r"\b(?:shell(?:s|ed|ing)?|artillery|fighting|fought|attack(?:s|ed|ing)?|strikes?|struck|clash\w*"
    r"|fir(?:ed|ing)|gunfire|rockets?|missiles?|drones?|bombard\w*|assaults?|killed"
    r"|shoot(?:ing)?|shots|exchanges?\s+of\s+fire)\b",
    re.I,
)


# Fighting the truce ended, or that came before it: no breach of it ("came into force at
# 2am, ending 11 days of fighting that killed hundreds", "in the minutes before the deadline
# militants fired a final salvo").
_ENDED_FIGHTING = re.compile(
    # "ending 11 days of fighting"; "brokered after fighting erupted" (not "after the
    # truce began, fighting ...": a truce word between says the fighting came after it)
    r"\b(?:end(?:ing|ed|s)?|halt(?:ing|ed|s)?|stopp(?:ing|ed)|after|following)\s+"
    # ("After seven days of the fiercest bombardment")
    r"(?:(?!(?:truce|cease-?fire|armistice|deal|agreement)\b)[\w-]+\s+){0,6}?"
    r"(?:fighting|war|hostilities|clashes|violence|conflict|bombardment)"
    r"(?:\s+(?:that|which)\s+[^.;,]*)?"
    # ("ordered all forces to stop firing": the truce's terms; not "after heavy shooting")
    r"|\b(?:stop|stops|stopped|stopping|cease|halt)\s+(?:all\s+)?(?:firing|shooting)"
    r"|\b(?:in\s+the\s+)?(?:minutes|hours|days)\s+before\s+(?:the\s+)?(?:deadline|truce|ceasefire)[^.;]*",
    re.IGNORECASE,
)


def truce_status(proposed: str, cited: str) -> str:
    """The status the cited sentences support: the strongest they state, else the
    proposed one if it claims nothing ("announced", "unconfirmed") or is "violated" where
    they report fighting alongside the truce, else "announced"."""
    cited = re.sub(r"\b([ap])\.m\.", r"\1m", cited, flags=re.IGNORECASE)  # no full stop
    fought = _ENDED_FIGHTING.sub(" ", cited)  # "ending 11 days of fighting": before it
    for status, pattern in _TRUCE_STATUS:
        if any(
            not (status == "violated" and _foreseen(cited, m))
            and not (status == "holding" and _DENIED_HOLDING.search(cited[: m.start()]))
            for m in pattern.finditer(cited)
        ):
            return status
    if _fought_within(fought):
        return "violated"
    if proposed == "violated" and TRUCE_WORD.search(fought) and _HOSTILITIES.search(fought):
        return proposed
    return proposed if proposed in {"announced", "unknown"} else "announced"


# A truce's holding denied or asked about, in the words just before it: "the rebels denied
# that the ceasefire had been observed", "unclear whether the ceasefire has been respected".
_DENIED_HOLDING = re.compile(
    r"\b(?:denied|denies|deny|denying|disputed|disputes|dispute|whether|if|"
    r"(?:rejected|rejects|dismissed|dismisses)\s+(?:claims|reports|suggestions))\s+(?:that\s+)?"
    r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?$",
    re.IGNORECASE,
)


# Fighting placed within the truce's own span: "barely 15 hours into the truce ... rebels
# are still attacking", "signed the deal, but within hours accused the army of shelling".
_WITHIN_TRUCE = re.compile(
    r"\b(?:hours?|days?|minutes|nights?|weeks?)\s+into\s+(?:the\s+|a\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:truce|cease-?fire|armistice|cessation\s+of\s+hostilities)\b"
    r"|\bwithin\s+(?:hours|minutes|days|an?\s+hour|a\s+day)\s+(?:of|after)\s+(?:the\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:truce|cease-?fire|armistice|signing|taking\s+effect)\b"
    r"|\b(?:truce|cease-?fire|armistice|agreement|deal|hostilities)\b[^.;]{0,200}?\bbut\s+within\s+"
    r"(?:hours|minutes|days|an?\s+hour|a\s+day)\b",
    re.IGNORECASE,
)
# ... unless what it reports is the fighting's end: "within hours of the truce the shelling
# stopped", "no shelling has been heard".
_FIGHTING_STOPPED = re.compile(
    r"\b(?:stopped|halted|ended|subsided|eased|fell\s+silent|died\s+down|no\s+longer)\b"
    r"|\bno\s+(?:[\w-]+\s+){0,3}?(?:fighting|shelling|attacks?|clashes|shots|violations?)\b",
    re.IGNORECASE,
)
# ... done after those words, as an act: "rebels shelled Vell", "are still attacking" (not
# a noun of the fighting before it, "a town battered by months of shelling", "fled the
# attacks", "fighting had raged for weeks")
_FIGHTING_ACT = re.compile(
    r"(?<!\bof\s)(?<!\bby\s)(?<!\bthe\s)(?<!\bfrom\s)"
    r"\b(?:attack(?:ed|ing)|shell(?:ed|ing)|fir(?:ed|ing)|opened\s+fire|clash(?:ed|ing)|"
    r"struck|bomb(?:ed|ing)|launch(?:ed|ing)|raid(?:ed|ing)|storm(?:ed|ing)|"
    r"violat(?:ed|ing)|breach(?:ed|ing))\b"
    # ... or accused of it: "accused government troops of attacking their positions"
    r"|\baccus\w+\s+(?:[\w'\u2019-]+\s+){1,10}?of\s+(?:attack|shell|fir|bomb|raid|violat|breach)\w*",
    re.IGNORECASE,
)


def _fought_within(text: str) -> bool:
    """Fighting the sentence places within the truce's span, done after the words that
    place it there: a breach of it."""
    within = _WITHIN_TRUCE.search(text)
    return bool(
        within and _FIGHTING_ACT.search(text, within.end()) and not _FIGHTING_STOPPED.search(text)
    )


TRUCE_WORD = re.compile(r"\b(?:cease-?fire|truce|armistice|stop (?:the )?fir)", re.IGNORECASE)

# A violation only foreseen, in the words just before it: "would be informed of any
# violation", "to avoid any further breaches", "possible ceasefire violations".
_FORESEEN = re.compile(
    r"\b(?:any|possible|potential|future|eventual|prevent|avoid)\b"
    r"(?:\s+[\w-]+){0,2}\s*$",
    re.IGNORECASE,
)


def _foreseen(text: str, match: re.Match[str]) -> bool:
    """The match is a violation only foreseen or denied, not one reported: "any
    violation", "if Borduria did not respect the truce", "the truce has not been broken"."""
    if re.search(r"(?i)\bnot\b", match.group()):
        return bool(_CONDITION.search(re.split(r"[.;,]", text[: match.start()])[-1]))
    if _DENIED.search(text[: match.start()]) and not _COMPARED.match(text, match.end()):
        return True  # (not "has never been violated as often as this week")
    return bool(re.match(r"(?i)violat|breach|breaking", match.group())) and bool(
        _FORESEEN.search(text[: match.start()])
    )


_COMPARED = re.compile(r"\s+(?:as|so|more|this|like)\b", re.IGNORECASE)
_DENIED = re.compile(
    r"\b(?:not|never|no\s+one\s+has)\s+(?:been\s+|yet\s+)?$"
    # "no serious breaches had been reported", "without any violation" (not "no fewer than")
    r"|\b(?:no|(?<!passed\s)without)\s+(?:any\s+)?(?:(?:serious|major|further|new|reported)\s+)?$",
    re.IGNORECASE,
)


_CONDITION = re.compile(
    r"\b(?:if|unless|whether|should|would|whoever|lest|in\s+case|cases?\s+where|wherever|whenever)\b",
    re.IGNORECASE,
)


# A clock that times an announcement: "Radio Klow announced at midday that ...".
_ANNOUNCED_AT = re.compile(
    r"\b(?:announced|said|declared|told|stated|read\s+out|broadcast)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:at|around|about|shortly\s+(?:before|after))\s+$",
    re.IGNORECASE,
)


def truce_time_in(text: str, *, about_truce: bool = False) -> str | None:
    """The time a truce sentence gives for its start, as written: from its first clock
    time that does not end the truce ("ended at midnight", "until midnight") to its last
    restatement ("0400 GMT, or 07:00 in Ruritania"); None when the sentence has none, gives
    only when a truce ends, or does not speak of a truce (unless `about_truce`: it goes on
    about the truce the sentence before names)."""
    from summarizer.reference.timeline import begins_at, ends_truce, readings  # tz-aware clocks

    if not (about_truce or speaks_of_truce(text)):
        return None
    spans = []
    after = {False: 0, True: 0}  # the same clock written twice is found twice, in order
    for reading in readings(text, day=None, countries=()):
        at = text.find(reading.text, after[reading.in_parens])
        if at >= 0:
            spans.append((at, at + len(reading.text), reading.in_parens))
            after[reading.in_parens] = at + len(reading.text)
    main = [sp for sp in spans if not sp[2]]
    if not main or ends_truce(text, min(a for a, _, _ in main)):
        return None  # no time, or the first is when it ends (its restatements too)
    start = min(a for a, _, _ in main)
    # "announced at midday that ... cease fire from 5 p.m. (1500 GMT)", "the last shells fell
    # before midnight Sunday and the pause took effect at midnight": the clock written as the
    # start, not the announcement's or another event's before it
    begins = [a for a, _, _ in main if begins_at(text, a)]
    if begins and (
        _ANNOUNCED_AT.search(text[:start])
        or (not begins_at(text, start) and speaks_of_truce(text[start : min(begins)]))
    ):
        start = min(begins)
    end = max(b for _, b, _ in spans)
    opened = text.rfind("(", start, end)
    if opened > text.rfind(")", start, end):
        close = text.find(")", end)
        end = close + 1 if close >= 0 else end  # keep the writer's conversion whole
    elif text[end : end + 1] == ")":
        end += 1
    return text[start:end]


def starts_truce(text: str) -> bool:
    """True when the sentence's time is written as a truce's start ("took effect at",
    "will begin at", "from 6pm"), not only as when it was announced or ends."""
    from summarizer.reference.timeline import begins_at

    written = truce_time_in(text)
    return written is not None and begins_at(text, text.find(written))


_OUTCOMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("killed", re.compile(
        r"\b(?:kill\w*|dead|died|dies|deaths?|slain|perish\w*|bodies|lost their lives|succumb\w*|"
        # ("executed" right before the number: "gunmen executed 14 villagers")
        rf"martyr\w*|{_EXECUTED}|executed(?=\s*$)|{_FALLEN}|massacr\w*|murder\w*|behead\w*)\b",
        re.I,
    )),
    ("wounded", re.compile(
        r"\b(?:wound\w*|injur\w*|hurt|being treated|treated (?:at|in|for)|hospitali[sz]\w*"
        rf"|{_TO_HOSPITAL})\b",
        re.I,
    )),
    ("captured", re.compile(
        r"\b(?:captur\w*|prisoners?|detain\w*|abduct\w*|hostages?|taken captive|surrendered"
        r"|gave themselves up"
        r"|held (?:by|captive|prisoner)|hand(?:s|ed|ing)? back|handed over|freed)\b",
        re.I,
    )),
    ("missing", re.compile(r"\b(?:missing|unaccounted)\b", re.I)),
)  # fmt: skip


# A side's losses, right before the count of its people: "losing 17", "lost at least 30",
# "312 captured for the loss of 65 soldiers".
_LOST_BEFORE = re.compile(
    rf"(?<!\bnot\s)(?<!\bnever\s)(?<!n't\s)\b(?:lost|losing|loss\s+of)\s+{_ROUGHLY}?$",
    re.IGNORECASE,
)


# Who a side holds, right before the count of its captives: "it holds 62 Malian soldiers".
_HELD_BEFORE = re.compile(
    # captives held now (not "held 12 soldiers responsible", "had been holding")
    rf"(?<!\bbeen\s)\b(?:hold|holds|(?:is|are|still)\s+holding|still\s+holds?)\s+{_ROUGHLY}?$",
    re.IGNORECASE,
)


# What the people held are, if not captives: "holding 30 soldiers wounded in the clashes".
_NOT_HELD_CAPTIVE = re.compile(
    r"['\u2019]s?|\s+(?:who\s+(?:were|had)\s+)?(?:wounded|injured|killed|dead|responsible|"
    r"suspected|accused)\b",
    re.IGNORECASE,
)


def _earlier_outcome(phrase: str, before: str) -> str | None:
    """What a toll's earlier figure counts: a death toll's dead ("an earlier toll of 20");
    else what the sentence's first figure counts ("killed 111 civilians and injured 103
    others, raising an earlier figure of 40": killed)."""
    if re.search(r"\btoll\b", phrase, re.IGNORECASE):
        return "killed"
    for number in numbers_in(before):
        if number.kind != "vague" and (found := outcome_of(number.low, before)):
            return found
    return None


# The wounded who then died are dead: the wound word comes first, the death decides.
_DIED_OF_WOUNDS = re.compile(
    r"\b(?:succumb\w*|died\s+(?:of|from)\s+(?:their\s+|his\s+|her\s+)?(?:wounds|injuries)"
    r"|morgue|where\s+(?:they|he|she)\s+(?:later\s+)?died)",
    re.IGNORECASE,
)


_EITHER_WORD = r"(?:killed|dead|died|wounded|injured|hurt|missing)"
_EITHER_AFTER = re.compile(
    rf"^(?P<words>[^.;,\d]{{0,40}}?)\b{_EITHER_WORD}\s+(?:or|and|and/or)\s+(?:were\s+)?"
    rf"{_EITHER_WORD}\b"
    # the pair ends the clause, not "killed and injured residents were rushed to hospital"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|at|by|during|since|after|when|as|near|across|over|"
    r"overnight|while|so\s+far|since)\b)",
    re.IGNORECASE,
)
_EITHER_BEFORE = re.compile(
    rf"\b{_EITHER_WORD}\s+(?:or|and|and/or)\s+{_EITHER_WORD}\s+"
    r"(?:(?:at\s+least|about|some|more\s+than|nearly|almost)\s+)?$",
    re.IGNORECASE,
)


def outcomes_together(count: int, text: str) -> bool:
    """`count` counts the killed and the wounded as one ("hundreds of civilians had been
    killed or wounded", "shelling killed and injured 25 people", "hundreds of civilian
    casualties" with no word of what happened to them): a figure of neither. Every place
    the text writes the number must say so ("two were killed and two wounded or missing"
    writes a figure of two killed)."""
    places = written_as(count, text)
    return bool(places) and all(_together_at(count, at, text) for at in places)


def _together_at(count: int, at: Written, text: str) -> bool:
    after = text[at.end :]
    if (casualties := _CASUALTIES_AFTER.match(after)) and not re.search(
        r"\bfatal\b", casualties.group(), re.IGNORECASE
    ):
        return not outcomes_of(count, text)
    if (either := _EITHER_BEFORE.search(text[: at.start])) and _two_outcomes(either.group()):
        return not re.match(r"[^.;]*\brespectively\b", after)  # "30 and 40 ... respectively"
    either = _EITHER_AFTER.match(after)
    # (the first outcome words after it, not "3 died, and the wounded and dead")
    return bool(
        either
        and _two_outcomes(either.group())
        and not any(p.search(either["words"]) for _, p in _OUTCOMES)
    )


_CASUALTIES_AFTER = re.compile(r"^\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?casualties\b", re.IGNORECASE)


def _two_outcomes(words: str) -> bool:
    found = {o for o, pattern in _OUTCOMES if pattern.search(words)}
    return len(found) >= 2


def outcomes_of(count: int, text: str) -> list[str]:
    """The outcome of each place `text` writes `count`: "one of its workers was killed
    and another wounded" writes 1 killed and 1 wounded."""
    places = written_as(count, text)
    # A later place counts too when it counts people ("another wounded", "two soldiers"),
    # not things or time ("two days after", "an attack").
    nths = [0] + [
        nth
        for nth, at in enumerate(places)
        if nth
        and (
            PEOPLE_AFTER.match(text[at.end :])
            or _A_PERSON_AFTER.match(text[at.end :])
            or _BARE_OUTCOME.match(text[at.end :])
        )
    ]
    read = (outcome_of(count, text, nth) for nth in nths)
    return list(dict.fromkeys(o for o in read if o))


# One person after "another" or "a": "Another civilian was wounded".
_A_PERSON_AFTER = re.compile(
    r"^\s+(?:[a-z-]+\s+)?(?:civilian|soldier|man|woman|child|boy|girl|person|worker|fighter|"
    r"officer|resident|journalist|policeman|guard|rescuer|medic|villager)\b"
)


# A clause with a verb of its own after its number: "12 soldiers had defected",
# "twelve soldiers surrendered" (not "45 civilians", "12 armed men").
_OWN_VERB = re.compile(
    r"^(?:(?!\b(?:who|which|that|whom)\b).)*?"  # (not "four soldiers who were escorting")
    r"\b(?:had|has|have|were|was|are|is|been|remain(?:s|ed)?|fled|fought|left|stayed)\b"
    r"|^\s*(?:[\w-]+\s+){1,3}[a-z]+ed\W*$"
)


# (the clause ends in a passive the participle shares: "had been disarmed", "were freed";
# not "had crossed the river and killed the mayor", what they did)
_PASSIVE_END = re.compile(
    r"\b(?:been|were|was|are|is)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn)\s*$", re.IGNORECASE
)
_SHARED_PARTICIPLE = re.compile(
    r"^\s+and\s+(?P<word>killed|wounded|injured|captured|detained|executed|"
    r"taken\s+(?:prisoner|captive|hostage))\b"
    # (a participle with an object is what they did: "had attacked and killed three guards")
    rf"(?!\s+(?:{_NUMBER_WORD}|the|an?|his|her|their|its|some|several|many|dozens)\b)",
    re.IGNORECASE,
)


def _after_number(count: int, text: str, nth: int) -> str:
    """The words of its own clause after the number."""
    clause = figure_clause(count, text)
    places = written_as(count, clause)
    return clause[places[min(nth, len(places) - 1)].end :] if places else ""


def _own_sentence(count: int, text: str) -> str:
    """The sentence of `text` that writes `count` (a quote or cited sentences may hold
    several), or all of `text` when no one does alone."""
    parts: list[str] = []
    at = 0
    # (a sentence that goes on about a count is no end: "... 118 people. Among them ...")
    for end in [*_sentence_ends(text), None]:
        parts.append(text[at : end[0] if end else len(text)])
        at = end[1] if end else at
    holding = [p for p in parts if written_as(count, p)]
    return holding[0] if len(holding) == 1 else text


# A sentence that goes on with the count before: "Among them were 45 civilians", "Twelve
# of them were children", "They included ...".
_GOES_ON = re.compile(
    r"^\W*(?:among\s+(?:them|those|the\s+dead)|of\s+(?:them|those|these|whom)|including|"
    r"they\s+include|[\w-]+\s+of\s+(?:them|those|these|the\s+dead))\b",
    re.IGNORECASE,
)


# A death toll written right before its number: "the death toll had risen to 35", "a
# death toll of 12".
# (what joins a toll to its value: "risen to", "put ... at", "a toll of about")
_TO_ITS_VALUE = (
    r"(?:to|at|of|reached|hit|passed|topped)\s+"
    r"(?:(?:about|around|nearly|almost|some|at\s+least|more\s+than|over)\s+)?$"
)
_DEATH_TOLL_BEFORE = re.compile(
    rf"\bdeath\s+toll\s+(?:[a-z]+\s+){{0,3}}?{_TO_ITS_VALUE}"
    # "the offensive cost the lives of 42 soldiers", "claimed the lives of at least 12"
    rf"|\b(?:cost|costs|costing|claimed|claims|claiming|took|taken|takes)\s+the\s+lives\s+of\s+"
    rf"{_ROUGHLY}?$",
    re.IGNORECASE,
)

# A toll, of no other kind, whose number its clause gives with no outcome word: the dead
# ("the ministry put the toll from the air strike at 34 soldiers"; not an injury toll).
_TOLL_BEFORE = re.compile(
    r"(?<!injury\s)(?<!casualty\s)(?<!casualties\s)(?<!wounded\s)\btoll\s+"
    # (not "the toll of casualties", "of arrests", "of displacement": other tolls)
    r"(?:(?!(?:casualt|injur|wound|arrest|detain|displac|missing|captur|damage)\w*)"
    rf"[\w'\u2019-]+\s+){{0,8}}?{_TO_ITS_VALUE}",
    re.IGNORECASE,
)


def outcome_of(count: int, text: str, nth: int = 0) -> str | None:
    """What happened to the people `count` counts (at the `nth` place it is written), as
    its clause says: the first outcome word after the number ("4,047 killed and 16,638
    wounded"), else the last before it ("killed 11 people"); None when the clause says
    none."""
    # Its own clause first; a number in a list ("killed 118 people - 45 civilians and 73
    # soldiers") takes the outcome of the sentence around it.
    for in_list, scope in ((False, figure_clause(count, text)), (True, _own_sentence(count, text))):
        places = written_as(count, scope)
        if len(places) <= nth:
            continue
        at = places[nth]
        after, before = scope[at.end :], scope[: at.start]
        # "12 soldiers who had been injured ..., had succumbed": read up to the next number.
        rest = text[max(text.find(scope), 0) + at.end :].split(";")[0]
        if later := [n for n in numbers_in(rest) if n.high > 0]:  # "sub-zero" counts nobody
            rest = rest[: later[0].start]
        if not in_list and _DIED_OF_WOUNDS.search(rest):
            return "killed"
        if _LOST_BEFORE.search(before) and PEOPLE_AFTER.match(after):
            return "killed"  # "admitted losing 17 soldiers", "lost 30 men"
        if _DEATH_TOLL_BEFORE.search(before):
            return "killed"  # "the death toll had risen to 35 after one of the injured died"
        if (
            _HELD_BEFORE.search(before)
            and (people := PEOPLE_AFTER.match(after))
            and not _NOT_HELD_CAPTIVE.match(after[people.end() :])
        ):
            return "captured"  # "it holds 62 soldiers"
        hits = [(m.start(), outcome) for outcome, p in _OUTCOMES if (m := p.search(after))]
        last = [(m.start(), outcome) for outcome, p in _OUTCOMES for m in p.finditer(before)]
        # In its clause the word after the number says it ("4,047 killed"); in a list
        # the verb before the list does ("killed 118 people - 45 civilians and 73 ...");
        # a toll's earlier figure is of the toll the sentence begins with ("killed 111 and
        # injured 103, raising an earlier figure of 40").
        if in_list and (earlier := _EARLIER_TOLL.search(before)):
            return _earlier_outcome(earlier.group(), before) or (max(last)[1] if last else None)
        if in_list and last:
            return max(last)[1]
        if in_list and hits and _OWN_VERB.search(own := _after_number(count, text, nth)):
            # ... unless the verb goes on with a participle the same auxiliary takes ("4,000
            # rebels had been disarmed and taken prisoner")
            clause = figure_clause(count, text)
            rest = text[text.find(clause) + len(clause) :] if own and clause in text else ""
            if _PASSIVE_END.search(own) and (shared := _SHARED_PARTICIPLE.match(rest)):
                return next(o for o, p in _OUTCOMES if p.search(shared["word"]))
            return None  # "12 soldiers had defected and 290 militants were killed"
        if hits:
            return min(hits)[1]
        if last:
            return max(last)[1]
        if _TOLL_BEFORE.search(before):
            return "killed"  # "put the toll from Thursday's air strike at 34 soldiers"
    return None
