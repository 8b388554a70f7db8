"""Who speaks for whom, read from the articles' own sentences.

No person or body is listed anywhere in the code: `affiliations(sentences)` learns, from
the way news English introduces people, which state (or international organisation) a
name speaks for. The states, demonyms and organisations come from `summarizer.actors`;
the titles are generic English (`actors.TITLE_HEADS`, `actors.TITLE_WORDS`).

Rules (names are capitalised runs of one to four words, with particles such as "al-",
"de", "van"; a name is never a state's or an organisation's alias):

A. "<state> <title> [,] <Name>": "Ruritanian Prime Minister Ana Vell", "Norway's foreign
   minister, Ana Vell", "the UN envoy Ana Vell", "Chilean ambassador to Peru Ana Vell";
   and "Government spokesman Ana Vell", "the army's spokesman, Ana Vell", of the state
   whose army or government the sentences name (as in E).
B. "<Name>, <appositive>": "Ana Vell, Norway's defence ministry spokeswoman", "Ana Vell,
   the Norwegian foreign minister", "Ana Vell, a spokeswoman for the Norwegian army". The
   appositive (up to the next punctuation) holds a title and names the state as
   "<state>'s", "<demonym> <title or body>" or "of/for/from <state>"; a state after
   "to", "in", "with" or "against" is someone else.
C. "<title> of <state> [,] <Name>": "The Minister of Foreign Affairs of Chile, Ana Vell".
D. "[<title>] <Name> of <state>": "President Ana Vell of Chile", "Ana Vell of the Chilean
   army". The name must look like a person's: no title, body or organisation words.
E. "<Body>, [the] <state>'s | <demonym> | the army's <... body noun>": "the GRS, the
   army's media wing", "the NSB, Chile's intelligence agency", "the Office of Press of the
   Armed Force (OPFA), the Chilean army's press office" (the name and its acronym); and
   the other way round,
   "<state>'s <... body noun>, the <Name>": "Chile's military wing, the Arica Brigades";
   and the organ itself, unnamed: "the army's media wing said".
   "The army" (or "the military", "the government") is the state whose army the
   sentences name, when they name exactly one.
F. "<state> ... its <title> <Name>": "Chile said its defence ministry spokeswoman Ana
   Vell ...": the state is the last one named before "its" in the sentence.

G. "<state>'s <body> ..., <body> <title> <Name>" (see `body_title`).
H. "<state>'s <Name> administration|government|authorities|regime": a movement that
   governs the state for it ("Ruritania's Klow Front government"); not a body of the
   state's own ("Ruritania's Defence Ministry").

I. "government forces | troops | soldiers | personnel | fighters": the state whose
   government the sentences name ("the Ruritanian government", "Ruritania's government"),
   when they name exactly one and some sentence names it beside such forces
   ("Ruritanian government forces moved in").

J. "<Body> of <state> (ACR)", "<state> <... body noun> (ACR)": the acronym a sentence
   defines for a state's body names that body wherever it is written ("according to the
   ACR", "the ACR Public Affairs Office"), though the letters spell a news agency elsewhere.

K. "<Title> <Name>" alone ("Governor Ana Vell"), where the sentences name the holder of
   that title of one state only, and by no other name ("the governor of Chile's Klow
   province said"): that state.

A title holding "former", "opposition", "rebel" and the like ties nobody to a state.
Across articles (`affiliations_by_article`), a name all their sentences leave untied takes
what its own article ties it to, read alone: "the army" of that article is the one state
whose army it names.
A name tied to several actors goes to the one most sentences tie it to, and to none on a
tie. The surname of a full name ("Vell" of "Ana Vell") maps too, unless two full names
tied to different actors share it or it is itself an alias.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from summarizer.models import ArticleExtraction
from summarizer.reference import timeline
from summarizer.reference.actors import (
    BODY_NOUNS,
    INSTITUTION_NOUNS,
    TITLE_HEADS,
    TITLE_NOT_FOR_STATE,
    TITLE_WORDS,
    UN_SYSTEM,
    Token,
    abbreviation_stop,
    actor_by_id,
    alias_at,
    capitals_of,
    demonyms,
    normalise,
    title_end,
    tokenize,
)

_QUOTE_MARKS = frozenset('"\u201c\u201d')
Rule = Literal["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L"]

_MAX_NAME = 4  # words in a name, particles aside
_MAX_APPOSITIVE = 14  # words after "<Name>," read as its description
_PARTICLES = frozenset("al el bin ibn de del da di dos van von der le la du".split())
_HONORIFICS = frozenset("mr mrs ms dr sir".split())
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
# Capitalised words that start sentences and clauses, never names.
_NOT_A_NAME = (
    frozenset(
        """
        the a an on in at by for from to of with but and or nor so yet he she it they we i you
        his her its their our this that these those after before as if when while since
        meanwhile however also then there here earlier later today yesterday tomorrow
        according both all some many several other another no not
        """.split()
    )
    | _WEEKDAYS
    | _MONTHS
)
# Words no person's name holds ("Central Bank", "Popular Front", "Red Crescent").
_ORG_WORDS = (
    BODY_NOUNS
    | INSTITUTION_NOUNS
    | frozenset(
        """
    bank university church party front movement union league company corporation group
    association institute foundation court organisation organization alliance coalition
    news press radio television tv times post herald crescent cross republic kingdom
    federation state states nations
    """.split()
    )
)
_STATE_NOUNS = frozenset("army military government forces troops".split())
_APPOSITIVE_OPENERS = frozenset("a an the its his her".split())
_OTHER_SIDE = frozenset("to in with against at on into near toward towards".split())
_OWNER = frozenset("of for from".split())
_GOVERNING = frozenset("administration government authorities regime".split())


@dataclass(frozen=True)
class Affiliation:
    """One sentence's evidence that a name speaks for an actor."""

    name: str  # as written
    actor: str  # actor id of a state or organisation
    kind: Literal["person", "body"]
    rule: Rule
    sentence: str


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    actor: str
    possessive: bool


def _mentions(tokens: Sequence[Token], acronyms: dict[str, str] | None = None) -> list[_Mention]:
    """State and organisation mentions, longest first, left to right, never overlapping;
    and the names the sentences give a state's body or government (`acronyms`: see
    `_state_acronyms` and `_governing_names`), as mentions of that state."""
    found: list[_Mention] = []
    i = 0
    while i < len(tokens):
        hit = alias_at(tokens, i, cased=True)
        if hit is None and acronyms:
            hit = _known_name_at(tokens, i, acronyms)
        if hit is None:
            i += 1
            continue
        actor, end = hit
        found.append(_Mention(i, end, actor, tokens[end - 1].possessive))
        i = end
    return found


def _known_name_at(
    tokens: Sequence[Token], i: int, known: dict[str, str]
) -> tuple[str, int] | None:
    """(state, end) of the longest of the `known` names (as written) starting at tokens[i]."""
    for end in range(min(len(tokens), i + _MAX_NAME), i, -1):
        if any(t.punct for t in tokens[i:end]):
            continue
        written = " ".join(t.raw for t in tokens[i:end])
        if actor := known.get(written):
            return actor, end
    return None


def _name_span(tokens: Sequence[Token], i: int) -> tuple[int, int] | None:
    """The span of a person's name starting at tokens[i] (after any honorific or rank), or
    None when none starts there."""
    while i < len(tokens):
        if tokens[i].norm in _HONORIFICS or tokens[i].norm in TITLE_WORDS:
            i += 1  # "army chief, General Omari Tuk": the name is "Omari Tuk"
        elif tokens[i].raw == "." and i > 0 and tokens[i - 1].norm in _HONORIFICS:
            i += 1  # "Mr. Ana Vell"
        elif abbreviation_stop(tokens, i):
            i += 1  # "Maj. Gen. Omari Tuk"
        elif (bracketed := _after_bracketed_acronym(tokens, i)) is not None:
            i = bracketed  # "Director of Operations (DOP) Omari Tuk"
        else:
            break
    j, words = i, 0
    while j < len(tokens) and words < _MAX_NAME:
        token = tokens[j]
        if token.raw == "." and j > i and _initial(tokens[j - 1]):
            j += 1  # "Y. B. Chavan": an initial's full stop
            continue
        if token.punct:
            break
        if token.cap:
            words += 1
        elif not (token.norm in _PARTICLES and j > i):
            break
        j += 1
        if token.possessive:
            break
    while j > i and tokens[j - 1].norm in _PARTICLES:
        j -= 1
    return (i, j) if j > i and _looks_like_name(tokens[i:j]) else None


def _verb_follows(tokens: Sequence[Token], end: int) -> bool:
    """The name ending at `end` is a clause's whole subject: its verb comes next, after an
    optional comma ("Mr. Ana Vell, told"; not "Mr. Ana Vell, and President Ivo Tal")."""
    k = end + 1 if end < len(tokens) and tokens[end].raw == "," else end
    return (
        k < len(tokens)
        and not tokens[k].cap
        and not tokens[k].punct
        and tokens[k].norm not in {"and", "or", "who", "whose", "which", "the", "a", "an", "of"}
    )


def _initial(token: Token) -> bool:
    """A name's initial: one capital letter ("Y" of "Y. B. Chavan")."""
    return len(token.raw) == 1 and token.raw.isupper()


def _after_bracketed_acronym(tokens: Sequence[Token], i: int) -> int | None:
    """Where the text goes on after a bracketed acronym starting at tokens[i] ("(DOP)")."""
    if i + 2 < len(tokens) and tokens[i].raw == "(" and tokens[i + 2].raw == ")":
        inside = tokens[i + 1].raw
        if len(inside) >= 2 and inside.replace("-", "").isupper():
            return i + 3
    return None


def _name_start(tokens: Sequence[Token], end: int) -> int | None:
    """The start of a person's name ending at tokens[end - 1], or None."""
    i, words = end, 0
    while i > 0 and words < _MAX_NAME:
        token = tokens[i - 1]
        if token.punct or (token.possessive and i != end):
            break
        if i != end and token.norm in TITLE_WORDS:
            break  # "President Oren Falk": the name is "Oren Falk"
        if token.cap:
            words += 1
        elif token.norm not in _PARTICLES:
            break
        i -= 1
    while i < end and (tokens[i].norm in _NOT_A_NAME or tokens[i].norm in _PARTICLES):
        i += 1  # "In Ana Vell," -> "Ana Vell"
    if i < end and tokens[i].norm in _HONORIFICS:
        i += 1
    return i if i < end and _looks_like_name(tokens[i:end]) else None


def _looks_like_name(tokens: Sequence[Token]) -> bool:
    words = [t for t in tokens if t.cap]
    # ("A. B. Vell": an initial, not the article)
    initial = _initial(tokens[0]) and len(tokens) > 1 and tokens[1].raw == "." if tokens else False
    if not words or (tokens[0].norm in _NOT_A_NAME and not initial):
        return False
    if any(t.norm in _WEEKDAYS for t in tokens):
        return False
    if all(t.norm in TITLE_WORDS for t in words):
        return False
    if any(t.norm in _ORG_WORDS for t in words):
        return False
    hit = alias_at(tokens, 0)
    return not (hit is not None and hit[1] == len(tokens))  # "Chile" is not a person


def _acronym_body(tokens: Sequence[Token], end: int) -> int | None:
    """The start of a body's name ending at tokens[end - 1]: an acronym ("the GRS") or a
    capitalised run of two or more words ("Inter-Services Public Relations")."""
    if end == 0:
        return None
    last = tokens[end - 1]
    if last.raw.isupper() and len(last.raw) >= 2 and alias_at(tokens, end - 1) is None:
        return end - 1
    i = end
    while i > 0 and tokens[i - 1].cap and not tokens[i - 1].punct and end - i < _MAX_NAME:
        i -= 1
    while i < end and tokens[i].norm in _NOT_A_NAME:
        i += 1
    if end - i >= 2 and alias_at(tokens, i) is None:
        return i
    return None


def _bracketed_name(tokens: Sequence[Token], end: int) -> int | None:
    """The start of the full name before a bracketed acronym, particles and all: "the
    Committee of Press of the Armed Force (COPREFA)"."""
    i = end
    while i > 0 and not tokens[i - 1].punct:
        token = tokens[i - 1]
        inside = token.norm in {"of", "for", "and"} or (
            token.norm == "the" and i >= 2 and tokens[i - 2].norm in {"of", "for"}
        )
        if not (token.cap and token.norm not in _NOT_A_NAME) and not inside:
            break
        i -= 1
    while i < end and not tokens[i].cap:
        i += 1  # the name starts with a capitalised word
    return i if end - i >= 2 and alias_at(tokens, i) is None else None


def _text(sentence: str, tokens: Sequence[Token], start: int, end: int) -> str:
    return sentence[tokens[start].start : tokens[end - 1].end]


def _for_state(tokens: Sequence[Token], start: int, end: int) -> bool:
    return not any(t.norm in TITLE_NOT_FOR_STATE for t in tokens[max(0, start - 1) : end])


def _skip_counterpart(tokens: Sequence[Token], j: int) -> int:
    """Skip "to <state>" after a title: "ambassador to Peru" is not Peru's."""
    if j < len(tokens) and tokens[j].norm == "to":
        hit = alias_at(tokens, j + 1, cased=True)
        if hit is not None:
            return hit[1]
    return j


def _comma(tokens: Sequence[Token], j: int) -> int:
    return j + 1 if j < len(tokens) and tokens[j].raw == "," else j


# Words that name a movement against a state, not its body, in a name that holds the state.
_INSURGENT_WORDS = frozenset(
    "free liberation front movement resistance revolutionary rebel rebels insurgent "
    "patriotic popular democratic independence republican islamic".split()
)
# The bodies "<Body> of <state> (ACR)" names as the state's own: its armed forces.
_FORCE_NOUNS = frozenset("forces force army military navy".split())


def _state_acronyms(texts: Sequence[str]) -> dict[str, str]:
    """{acronym: state id} for a state's body the sentences name in full with its acronym
    in brackets ("the Korvan Defence Forces (KDF)", "the Royal Vellan Army (RVA)"), so that
    "Ana Vell, the KDF spokesman" speaks for Korva as "the Korvan army's spokesman" does.
    An acronym defined for two states is neither's."""
    found: dict[str, set[str]] = defaultdict(set)
    for text in texts:
        tokens = tokenize(text)
        mentions = _mentions(tokens)
        for i in range(2, len(tokens) - 1):
            if not (tokens[i - 1].raw == "(" and tokens[i + 1].raw == ")"):
                continue
            acronym = tokens[i].raw
            if not re.fullmatch(r"[A-Z]{2,6}", acronym):
                continue
            # "the Korvan Defence Forces (KDF)", or the state after its body: "the Armed
            # Forces of Korva (AFK)"
            body = i - 2
            if of_state := [m for m in mentions if m.end == i - 1]:
                j = of_state[0].start - 1
                if j > 0 and tokens[j].norm == "the":
                    j -= 1
                if j < 1 or tokens[j].norm != "of" or tokens[j - 1].norm not in _FORCE_NOUNS:
                    continue  # (not "the Human Rights Commission of Kenya (HRCK)")
                body = j - 1
            if tokens[body].norm not in BODY_NOUNS or not tokens[body].cap:
                continue
            start = body + 1
            while start > 0 and tokens[start - 1].cap and not tokens[start - 1].punct:
                start -= 1
            if any(t.norm in _INSURGENT_WORDS for t in tokens[start : i - 1]):
                continue  # "the Free Korva Army (FKA)": a movement against the state
            states = {
                m.actor
                for m in mentions
                if start <= m.start
                and m.end <= i - 1
                and (info := actor_by_id(m.actor)) is not None
                and info.kind == "state"
            }
            if len(states) == 1:
                found[acronym] |= states
    return {acronym: states.pop() for acronym, states in found.items() if len(states) == 1}


def _governing_names(texts: Sequence[str]) -> dict[str, str]:
    """{name: state} of the movements the sentences say govern a state (rule H:
    "Ruritania's Klow Front administration"), so that "chief Klow Front spokesman Ana Vell"
    speaks for Ruritania as "Ruritanian spokesman Ana Vell" does. A name said to govern
    two states is neither's."""
    found: dict[str, set[str]] = defaultdict(set)
    for text in texts:
        sentence = _Sentence(text, None)
        sentence.governing_name()
        for tie in sentence.found:
            found[tie.name] |= {tie.actor}
    return {name: states.pop() for name, states in found.items() if len(states) == 1}


class _Sentence:
    def __init__(
        self,
        text: str,
        army: str | None,
        acronyms: dict[str, str] | None = None,
        organisation: str | None = None,
    ) -> None:
        self.text = text
        self.tokens = tokenize(text)
        self.mentions = _mentions(self.tokens, acronyms)
        self.acronyms = acronyms or {}
        self.army = army  # the state "the army" refers to in these sentences
        self.organisation = organisation  # whose "Secretary-General" it is
        self.found: list[Affiliation] = []

    def add(self, start: int, end: int, actor: str, rule: Rule, kind: str = "person") -> None:
        name = _text(self.text, self.tokens, start, end)
        self.found.append(
            Affiliation(name, actor, "body" if kind == "body" else "person", rule, self.text)
        )

    def mention_at(self, i: int) -> _Mention | None:
        return next((m for m in self.mentions if m.start == i), None)

    # A: "<state> <title> [,] <Name>"
    def titled_after_state(self) -> None:
        for m in self.mentions:
            end = title_end(self.tokens, m.end)
            if end is None and self.tokens[m.end - 1].norm in TITLE_HEADS:
                end = m.end  # the alias holds the title: "UN Secretary-General Ana Vell"
            if end is None or not _for_state(self.tokens, m.start, end):
                continue
            span = _name_span(self.tokens, _comma(self.tokens, _skip_counterpart(self.tokens, end)))
            if span is not None:
                self.add(*span, m.actor, "A")
        self._bare_secretary_general()
        self._office_of_the_dateline()
        # "Government spokesman Ana Vell", "the army's spokesman, Ana Vell": the state whose
        # army or government the sentences name, when they name one.
        if self.army is None:
            return
        for i, token in enumerate(self.tokens):
            if token.norm not in _STATE_NOUNS or (i and self.tokens[i - 1].norm != "the"):
                continue  # not "Rebel army spokesman", "Chile's army spokesman"
            end = title_end(self.tokens, i + 1)
            if end is None:
                continue
            span = _name_span(self.tokens, _comma(self.tokens, end))
            if span is not None:
                self.add(*span, self.army, "A")

    # A, bare: "KLOW, Sept. 17 (Agency) - The Defence Minister, Mr. Ana Vell, told" (a state
    # office with no state named, in a wire sentence datelined in one state's town): that
    # state's minister
    def _office_of_the_dateline(self) -> None:
        end_of_dateline = timeline.dateline_end(self.text)
        if not end_of_dateline:
            return
        home = _state_of_place(self.text[:end_of_dateline])
        # (the lead's own subject, alone: not "Chile said the Defence Minister would fly to
        # Quito", nor "The Prime Minister, Mr. Ana Vell, and President Ivo Tal of Peru signed
        # a declaration here", at a venue)
        if home is None:
            return
        first = next((k for k, t in enumerate(self.tokens) if t.start >= end_of_dateline), None)
        if first is None or self.tokens[first].norm != "the":
            return
        i = first + 1  # the title, right after "The"
        if i >= len(self.tokens) or self.mention_at(i) is not None:
            return
        end = title_end(self.tokens, i)
        if end is None or not _for_state(self.tokens, i, end):
            return
        if end < len(self.tokens) and self.tokens[end].norm in {"of", "for", "to"}:
            return  # "the Minister of Defence of Borduria": title_of_state's
        span = _name_span(self.tokens, _comma(self.tokens, end))
        if span is not None and _verb_follows(self.tokens, span[1]):
            self.add(*span, home, "A")

    # A, bare: "Secretary-General Ana Vell" (the title alone, its name not followed by "of
    # ..."), when the sentences name the UN and no other organisation
    def _bare_secretary_general(self) -> None:
        if self.organisation is None:
            return
        for i in range(len(self.tokens)):
            end = title_end(self.tokens, i)
            if end is None or (i and self.tokens[i - 1].norm != "the"):
                continue
            if [t.norm for t in self.tokens[i:end]] != ["secretary", "general"]:
                continue
            span = _name_span(self.tokens, _comma(self.tokens, end))
            if span is not None and not (
                span[1] < len(self.tokens) and self.tokens[span[1]].norm == "of"
            ):
                self.add(*span, self.organisation, "A")

    # C: "<title> of <state> [,] <Name>"
    def title_of_state(self) -> None:
        tokens = self.tokens
        for i in range(len(tokens)):
            if i > 0 and tokens[i - 1].norm in TITLE_WORDS:
                continue  # only where a title starts
            end = title_end(tokens, i)
            if end is None or end >= len(tokens) or tokens[end].norm != "of":
                continue
            m = self.mention_at(end + 1)
            if m is None or m.possessive or not _for_state(tokens, i, end):
                continue
            span = _name_span(tokens, _comma(tokens, m.end))
            if span is not None:
                self.add(*span, m.actor, "C")

    # B and E: "<Name>, <appositive>"
    def appositives(self) -> None:
        tokens = self.tokens
        for c, token in enumerate(tokens):
            if token.raw != ",":
                continue
            actor, has_title, has_body = self._appositive(c + 1)
            if actor is None:
                continue
            start = _name_start(tokens, c) if has_title else None
            if start is not None and (c - start >= 2 or _titled_before(tokens, start)):
                self.add(start, c, actor, "B")
                continue
            if has_body:
                # "the Press Committee (PRESSCOM), the army's information office": the
                # name and its acronym in brackets
                bracketed = c >= 3 and tokens[c - 1].raw == ")" and tokens[c - 3].raw == "("
                # the acronym, the body the name ends with ("... of the Armed Force"), and
                # (below) the full name
                for end in (c - 1, c - 3) if bracketed else (c,):
                    body = _acronym_body(tokens, end)
                    if body is not None:
                        self.add(body, end, actor, "E", "body")
                if bracketed and (full := _bracketed_name(tokens, c - 3)) is not None:
                    self.add(full, c - 3, actor, "E", "body")

    # E, unnamed: "the army's media wing said": the organ of the state whose army (or
    # military, government) the sentences name, when they name one.
    def organ_of_the_army(self) -> None:
        tokens = self.tokens
        if self.army is None:
            return
        for k, token in enumerate(tokens):
            if not (k and tokens[k - 1].norm == "the" and token.possessive):
                continue
            if token.norm not in _STATE_NOUNS:
                continue
            end, j = None, k + 1
            while j < len(tokens) and not tokens[j].punct and not tokens[j].cap:
                if tokens[j].norm not in TITLE_WORDS and tokens[j].norm not in BODY_NOUNS:
                    break
                j += 1
                if tokens[j - 1].norm in BODY_NOUNS or tokens[j - 1].norm in TITLE_HEADS:
                    end = j
            if end is not None:
                self.add(k, end, self.army, "E", "body")

    # E, the other way round: "<state>'s <... body noun>, the <Name>"
    def owned_body_named(self) -> None:
        tokens = self.tokens
        for m in self.mentions:
            if not m.possessive:
                continue
            c = m.end
            while c < len(tokens) and c - m.end <= 3 and not tokens[c].punct and not tokens[c].cap:
                c += 1
            described = tokens[m.end : c]
            if not (
                c + 1 < len(tokens)
                and tokens[c].raw == ","
                and described
                and described[-1].norm in BODY_NOUNS
            ):
                continue
            start = c + 2 if tokens[c + 1].norm == "the" else c + 1
            end = start
            while (
                end < len(tokens)
                and not tokens[end].punct
                and (
                    tokens[end].cap
                    or (
                        tokens[end].norm in _PARTICLES
                        and end + 1 < len(tokens)
                        and tokens[end + 1].cap
                    )
                )
            ):
                end += 1
            # an appositive that closes ("..., the Arica Brigades, said"), not a list
            # ("Chile's army, the Vell Brigades and local militias")
            closes = end >= len(tokens) or (
                tokens[end].raw in {",", ")"}
                and (
                    end + 1 >= len(tokens)
                    or (not tokens[end + 1].cap and tokens[end + 1].norm not in {"and", "or"})
                )
            )
            named = closes and end > start and tokens[start].norm not in _NOT_A_NAME
            if named and alias_at(tokens, start) is None:
                self.add(start, end, m.actor, "E", "body")

    def _appositive(self, i: int) -> tuple[str | None, bool, bool]:
        """The actor an appositive says its subject speaks for, and whether it holds a
        title and a body noun."""
        tokens = self.tokens
        if i >= len(tokens) or tokens[i].norm in {"who", "which", "that", "where"}:
            return None, False, False
        opener = tokens[i].norm in _APPOSITIVE_OPENERS
        end = i
        while end < len(tokens) and not tokens[end].punct and end - i < _MAX_APPOSITIVE:
            end += 1
        words = tokens[i:end]
        if any(t.norm in TITLE_NOT_FOR_STATE for t in words):
            return None, False, False
        has_title = any(t.norm in TITLE_HEADS for t in words)
        has_body = any(t.norm in BODY_NOUNS for t in words)
        if not (has_title or has_body):
            return None, False, False
        start_ok = opener or self.mention_at(i) is not None or tokens[i].norm in TITLE_WORDS
        if not start_ok:
            return None, False, False
        for k in range(i, end):
            m = self.mention_at(k)
            if m is not None and m.end <= end:
                before = tokens[k - 1].norm if k > i else ""
                if before == "the" and k - 1 > i and (m.end >= end or tokens[m.end].norm != "of"):
                    # "spokesman for the Armed Forces of the X" (not "secretary of the
                    # Security Council of X": a body of X)
                    before = tokens[k - 2].norm
                if before in _OTHER_SIDE:
                    continue
                after = tokens[m.end].norm if m.end < end else ""
                if (
                    m.possessive
                    or before in _OWNER
                    or after in TITLE_WORDS
                    or after in BODY_NOUNS
                    or after in _STATE_NOUNS
                    # "ARNA, the Ruritanian news agency,": its body after common nouns
                    or _body_after(tokens, m.end, end)
                ):
                    return m.actor, has_title, has_body
            token = tokens[k]
            the = k > i and tokens[k - 1].norm == "the"
            if the and token.possessive and token.norm in _STATE_NOUNS and self.army:
                return self.army, has_title, has_body
        return None, False, False

    # L: a state's organ named after what it is: "Chile's news agency CNA", "Chile's
    # official Press Agency of Chile (PAC)", "the Chilean state news agency CNA", with a
    # body noun in what it is and its name an acronym, or a name ending in a body noun.
    def organ_named(self) -> None:
        tokens = self.tokens
        for m in self.mentions:
            info = actor_by_id(m.actor)
            if info is None or info.kind != "state" or self._owned_elsewhere(m):
                continue
            j = m.end
            while j < len(tokens) and j - m.end < 4 and not tokens[j].cap and not tokens[j].punct:
                j += 1
            described = tokens[m.end : j]
            if j >= len(tokens) or any(
                t.norm in TITLE_HEADS and t.norm not in _ORGAN_ADJECTIVES for t in described
            ):
                continue  # (a title: rule A reads "Chile's foreign minister Ana Vell")
            if any(t.norm not in _ORGAN_ADJECTIVES | BODY_NOUNS for t in described):
                continue  # what it is, in words of an organ only (not "Chile were told by")
            if _is_acronym(tokens[j]) and described and described[-1].norm in _ORGAN_HEADS:
                self.add(j, j + 1, m.actor, "L", "body")
                continue
            # "Chile's official Press Agency of Chile (PAC)": the name, then its acronym
            k = j
            while k < len(tokens) and tokens[k].cap and not tokens[k].punct and k - j < _MAX_NAME:
                k += 1
            # (a guard or police force written as the state's: "Chile's National Guard")
            # (not "Greek Cypriot National Guard": a people of two words, then its guard)
            guard = (
                not described
                and tokens[k - 1].norm in _GUARD_HEADS
                and alias_at(tokens, j, cased=True) is None
                # (its name says only what it is: not "Georgia's Abkhaz National Guard",
                # a people's, nor "the Klow Municipal Police", a town's)
                and all(t.norm in _GUARD_WORDS for t in tokens[j:k])
            )
            if k - j < 2 or (tokens[k - 1].norm not in _ORGAN_HEADS and not guard):
                continue  # (not "Ruritania's Klow Defence Forces": maybe its enemy's)
            if not guard and all(
                t.norm in TITLE_WORDS | BODY_NOUNS | _ORGAN_ADJECTIVES for t in tokens[j:k]
            ):
                continue  # "Foreign Ministry", "Border Service": any state's, no name
            if any(t.norm in _INSURGENT_WORDS for t in tokens[j:k]):
                continue  # "Chile's National Liberation Army (NLA)": a movement against it
            self.add(j, k, m.actor, "L", "body")
            bracketed = k + 2 < len(tokens) and tokens[k].raw == "(" and tokens[k + 2].raw == ")"
            if bracketed and _is_acronym(tokens[k + 1]):
                self.add(k + 1, k + 2, m.actor, "L", "body")

    def _owned_elsewhere(self, m: _Mention) -> bool:
        """The mention is no owner: neither possessive ("Chile's news agency") nor a
        demonym ("the Chilean news agency"); "Santiago" or "Chile" before a verb owns
        nothing."""
        if m.possessive:
            return False
        written = _text(self.text, self.tokens, m.start, m.end).casefold()
        return written not in {d.casefold() for d in demonyms(m.actor)}

    # L, by place: "In Santiago, the official news agency CNA said", "In Santiago, Defence
    # Minister Ana Vell told parliament": a state's office or organ, no state named, in a
    # sentence that opens in that state's capital (or the state).
    def opened_in_capital(self) -> None:
        tokens = self.tokens
        if len(tokens) < 5 or tokens[0].norm != "in":
            return
        m = self.mention_at(1)
        if m is None or m.possessive or m.end >= len(tokens) or tokens[m.end].raw != ",":
            return
        info = actor_by_id(m.actor)
        if info is None or info.kind != "state":
            return
        # (its capital, the seat of its government: not "In Chile, the Mapuche leader")
        written = _text(self.text, self.tokens, m.start, m.end)
        if written not in capitals_of(m.actor):
            return
        i = m.end + 1
        if tokens[i].norm == "the":
            i += 1
        j = i
        while (
            j < len(tokens)
            and not tokens[j].punct
            and self.mention_at(j) is None
            and (
                not tokens[j].cap
                or tokens[j].norm in TITLE_WORDS
                # ("War Minister": a word of the office before its head)
                or (j + 1 < len(tokens) and tokens[j + 1].norm in _STATE_OFFICES)
            )
        ):
            j += 1
        described = tokens[i:j]
        if not any(t.norm in TITLE_HEADS or t.norm in BODY_NOUNS for t in described):
            return
        if any(t.norm in _VISITORS_TITLES for t in described):
            return
        if not _for_state(tokens, i, j) or any(
            not t.cap and t.norm not in TITLE_WORDS | BODY_NOUNS | _ORGAN_ADJECTIVES
            for t in described
        ):
            return  # (not "In Santiago, the talks led by envoy Ana Vell": what she did)
        if j < len(tokens) and _is_acronym(tokens[j]):
            if _verb_follows(tokens, j + 1):
                self.add(j, j + 1, m.actor, "L", "body")
            return
        span = _name_span(tokens, _comma(tokens, j))
        if span is not None and _verb_follows(tokens, span[1]):
            self.add(*span, m.actor, "L")

    # D: "[<title>] <Name> of <state>"
    def name_of_state(self) -> None:
        tokens = self.tokens
        for k, token in enumerate(tokens):
            if token.norm != "of" or k == 0:
                continue
            j = k + 1
            the = j < len(tokens) and tokens[j].norm == "the"
            m = self.mention_at(j + 1 if the else j)
            if m is None:
                continue
            if the and not (
                m.end < len(tokens) and tokens[m.end].norm in _STATE_NOUNS | BODY_NOUNS
            ):
                continue  # "of the Chilean army", not "of the Chilean"
            start = _name_start(tokens, k)
            if start is None:
                continue
            named = k - start >= 2 or _titled_before(tokens, start)
            if named and _for_state(tokens, start, k):
                self.add(start, k, m.actor, "D")

    # H: "<state>'s <Name> administration": a movement that governs a state for it
    # ("Ruritania's Klow Front government"), not a body of the state's own ("Ruritania's
    # Defence Ministry").
    def governing_name(self) -> None:
        tokens = self.tokens
        for m in self.mentions:
            info = actor_by_id(m.actor)
            if not m.possessive or info is None or info.kind != "state":
                continue
            j = m.end
            while j < len(tokens) and j - m.end < 3 and tokens[j].cap and not tokens[j].punct:
                j += 1
            if j == m.end or j >= len(tokens) or tokens[j].norm not in _GOVERNING:
                continue
            if any(t.norm in TITLE_WORDS or t.norm in BODY_NOUNS for t in tokens[m.end : j]):
                continue
            if alias_at(tokens, m.end) is not None:
                continue
            self.add(m.end, j, m.actor, "H", "body")

    # J: "the Armed Forces of Chile (AFC)": the acronym the sentences define for a state's
    # body (`_state_acronyms`) is that body's name, wherever it is written ("according to
    # the AFC", "the AFC Public Affairs Office"), whatever else the letters spell.
    def defined_acronym(self) -> None:
        tokens = self.tokens
        for i in range(1, len(tokens) - 1):
            if (
                tokens[i - 1].raw == "("
                and tokens[i + 1].raw == ")"
                and (state := self.acronyms.get(tokens[i].raw)) is not None
            ):
                self.add(i, i + 1, state, "J", "body")

    # F: "<state> ... its <title> <Name>", the state not inside a quote before it
    def its_title(self) -> None:
        tokens = self.tokens
        for k, token in enumerate(tokens):
            if token.norm != "its":
                continue
            # (not a state inside the quote that "its" follows: '"Vellan mortars opened up on
            # our positions," its spokesman said' is the speaker's own body's spokesman)
            # (a sentence that opens inside a quote begun before it pairs none of its marks)
            quotes = [i for i, t in enumerate(tokens) if t.raw in _QUOTE_MARKS]
            paired = len(quotes) % 2 == 0
            before = [
                m
                for m in self.mentions
                if m.end <= k
                and (not paired or sum(1 for i in quotes if i < m.start and i < k) % 2 == 0)
            ]
            if not before:
                continue
            end = title_end(tokens, k + 1)
            if end is None or not _for_state(tokens, k + 1, end):
                continue
            span = _name_span(tokens, _comma(tokens, end))
            if span is not None:
                self.add(*span, before[-1].actor, "F")

    # G: "<state>'s <body> ..., <body> <title> <Name>": the title names the body the
    # sentence gave a state ("Ruritania's health ministry raised its toll, ministry
    # spokesman Ana Vell said"). A state named otherwise (as the attacker, say) ties nobody.
    def body_title(self) -> None:
        tokens = self.tokens
        if self.found:
            return
        bodies: dict[str, set[str]] = defaultdict(set)  # body noun -> states that own one
        for m in self.mentions:
            info = actor_by_id(m.actor)
            if info is None or info.kind != "state":
                continue
            for j in range(m.end, min(m.end + 4, len(tokens))):
                if tokens[j].norm in BODY_NOUNS:
                    bodies[tokens[j].norm].add(m.actor)
                    break
        for k in range(len(tokens)):
            end = title_end(tokens, k)
            if end is None or not _for_state(tokens, k, end):
                continue
            owners = {a for t in tokens[k:end] for a in bodies.get(t.norm, set())}
            first = min((m.start for m in self.mentions), default=len(tokens))
            if len(owners) != 1 or first > k:
                continue
            span = _name_span(tokens, _comma(tokens, end))
            if span is not None:
                self.add(*span, owners.pop(), "G")


# The heads of a state's offices, which a word of their portfolio may precede ("War
# Minister"); not "leader" or "spokesman", which anyone's people hold.
_STATE_OFFICES = frozenset("minister ministry secretary president premier chancellor".split())
# The heads of a state's civil organs, which no movement against it is named by ("Klow
# Defence Forces", "the Vell Army", "Klow National Council" may be).
_ORGAN_HEADS = frozenset(
    "agency ministry office bureau service department directorate secretariat".split()
)
# Titles of those who may serve another state where they speak: "In Santiago, envoy Ana
# Vell said" need not be Chile's.
_VISITORS_TITLES = frozenset(
    "mediator envoy ambassador negotiator delegate representative consul diplomat".split()
)
# Words that describe a state's organ without naming another owner.
_ORGAN_ADJECTIVES = frozenset("official state national news press government".split())
# The forces a state alone keeps, named after what they are: no movement calls its
# fighters a guard or a police ("Chile's National Guard", "the Chilean Frontier Police").
_GUARD_HEADS = frozenset("guard guards gendarmerie police constabulary".split())
_GUARD_WORDS = (
    _GUARD_HEADS
    | _ORGAN_ADJECTIVES
    | frozenset(
        "border frontier civil coast presidential royal federal rural mobile military".split()
    )
)


def _is_acronym(token: Token) -> bool:
    return bool(re.fullmatch(r"[A-Z]{2,6}", token.raw)) and alias_at([token], 0) is None


def _body_after(tokens: Sequence[Token], start: int, end: int) -> bool:
    """A body noun after lower-case words only, from `start` to the appositive's `end`:
    "news agency" in "the Ruritanian news agency"."""
    for k in range(start, min(end, start + 3)):
        if tokens[k].cap or tokens[k].punct:
            return False
        if tokens[k].norm in BODY_NOUNS:
            # (the body ends it: not "a Chilean news agency photographer")
            return k + 1 >= end or tokens[k + 1].punct
    return False


def _titled_before(tokens: Sequence[Token], start: int) -> bool:
    return start > 0 and tokens[start - 1].norm in TITLE_HEADS


def _state_of_place(dateline: str) -> str | None:
    """The state a wire dateline's first field names, by name or as its capital ("NEW DELHI,
    Sept. 17 (Reuters) -": India); None for a town no data places."""
    first = re.split(r"[,(]", dateline, maxsplit=1)[0].strip(" -\u2013\u2014")
    if not first[:1].isupper():
        return None
    tokens = [t for t in tokenize(first) if not t.punct]
    hit = alias_at(tokens, 0)
    if hit is None or hit[1] != len(tokens):
        return None
    info = actor_by_id(hit[0])
    return hit[0] if info is not None and info.kind == "state" else None


def _army_state(sentences: Sequence[str], nouns: frozenset[str] = _STATE_NOUNS) -> str | None:
    """The one state whose army, military or government (`nouns`) the sentences name, if one."""
    states: set[str] = set()
    for sentence in sentences:
        tokens = tokenize(sentence)
        for m in _mentions(tokens):
            info = actor_by_id(m.actor)
            if info is None or info.kind != "state":
                continue
            after = tokens[m.end].norm if m.end < len(tokens) else ""
            of_army = m.start >= 2 and tokens[m.start - 1].norm == "of"
            serving = [t.norm for t in tokens[m.end + 1 : m.end + 3]]
            if (
                after in nouns
                and serving[:1] == ["serving"]
                and serving[1:] in (["with"], ["under"])
            ):
                continue  # "Chilean troops serving with the UN force": the force's, not Chile's
            if after in nouns or (of_army and tokens[m.start - 2].norm in nouns):
                states.add(m.actor)
    return next(iter(states)) if len(states) == 1 else None


def governed_state(sentences: Sequence[str]) -> str | None:
    """The one state whose government, army or military the sentences name ("Chile's
    government", "the Chilean army"), if one: whom a bare "the government" means."""
    return _army_state(sentences, frozenset({"government", "army", "military", "regime"}))


def _the_un_alone(sentences: Sequence[str]) -> str | None:
    """The UN, when the sentences name it (or a body of its system) and no other
    international organisation: whose "Secretary-General" a bare title means."""
    found: set[str] = set()
    for sentence in sentences:
        for m in _mentions(tokenize(sentence)):
            info = actor_by_id(m.actor)
            if info is not None and info.kind == "organization":
                found.add("un" if m.actor in UN_SYSTEM else m.actor)
    return "un" if found == {"un"} else None


def learn(sentences: Iterable[str]) -> list[Affiliation]:
    """Every affiliation each sentence states, in sentence order (duplicates kept)."""
    texts = [s for s in sentences if s and s.strip()]
    army = _army_state(texts)
    acronyms = {**_governing_names(texts), **_state_acronyms(texts)}
    organisation = _the_un_alone(texts)
    found: list[Affiliation] = []
    for text in texts:
        sentence = _Sentence(text, army, acronyms, organisation)
        sentence.titled_after_state()
        sentence.title_of_state()
        sentence.appositives()
        sentence.owned_body_named()
        sentence.organ_of_the_army()
        sentence.name_of_state()
        sentence.organ_named()
        sentence.opened_in_capital()
        sentence.its_title()
        sentence.governing_name()
        sentence.defined_acronym()
        sentence.body_title()
        found.extend(sentence.found)
    found.extend(_titled_alone(texts))
    government = _army_state(texts, frozenset({"government"}))
    if government and any(
        _GOVERNMENT_FORCES.search(text)
        and government in {m.actor for m in _mentions(tokenize(text))}
        for text in texts
    ):
        # (a foreign government that only urged restraint is not whose forces they are)
        found.extend(
            Affiliation(m.group(), government, "body", "I", text)
            for text in texts
            for m in _GOVERNMENT_FORCES.finditer(text)
        )
    return found


def _titled_alone(texts: Sequence[str]) -> list[Affiliation]:
    """K. "<Title> <Name>" with no state, where the sentences name the one holder of that
    title by state ("the governor of Ruritania's Klow province said ... Governor Ana Vell
    first told broadcasters"): the name is that holder, when every such mention names one
    state."""
    found: list[Affiliation] = []
    for text in texts:
        for m in _TITLE_NAME.finditer(text):
            title = m["title"].casefold()
            if _NAME_OF_PLACE.match(text, m.end()):
                continue  # "Governor Ana Vell of Tacna": rule D reads where she serves
            if title in TITLE_HEADS and title not in TITLE_NOT_FOR_STATE:
                holders = _holders(title, m["name"], texts)
                if len(holders) == 1:
                    found.append(Affiliation(m["name"], holders.pop(), "person", "K", text))
    return found


def _holders(title: str, name: str, texts: Sequence[str]) -> set[str]:
    """The states whose `title` the sentences name, by state and not by another name:
    "the governor of Ruritania's ...", "Ruritania's governor" (not "Ruritania's President
    Ivo Brand", a holder named)."""
    states: set[str] = set()
    for text in texts:
        for h in re.finditer(_HOLDER_OF.format(title=re.escape(title)), text, re.IGNORECASE):
            # (not a holder named after: "the governor of Chile's Arica province, Ivo Brand")
            named = _NAMED_IN_ASIDE.match(text, h.end())
            if named is None or named["name"] == name:
                states.add(_state_id(h["place"]) or "")
        for h in re.finditer(_HOLDERS.format(title=re.escape(title)), text, re.IGNORECASE):
            named = _NAMED_AFTER.match(text, h.end())
            if named is None or text.startswith(name, named.end()):
                states.add(_state_id(h["place"]) or "")
    return {s for s in states if actor_by_id(s) is not None}


def _state_id(word: str) -> str | None:
    """The state a word names or is the demonym of ("Ruritania", "Ruritanian"), or None."""
    tokens = tokenize(word)
    hit = alias_at(tokens, 0, cased=True) if tokens else None
    info = actor_by_id(hit[0]) if hit else None
    return info.id if info is not None and info.kind == "state" else None


_TITLE_NAME = re.compile(
    r"(?<![\w'\u2019-])(?P<title>[A-Z][a-z]+)\s+"
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z\u2019'-]+){1,2})\b"
)
# "the governor of Ruritania's Klow province"; "Ruritania's governor", "the Ruritanian
# governor"
_HOLDER_OF = r"\bthe\s+{title}\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w'\u2019-]+?)(?:['\u2019]s)?\b"
_HOLDERS = r"\b(?P<place>[A-Z][\w-]+)(?:['\u2019]s)?\s+(?:[a-z]+\s+){{0,2}}{title}\b"
_NAMED_AFTER = re.compile(r",?\s+(?=[A-Z][a-z])")
_NAMED_IN_ASIDE = re.compile(
    r"[^,.;]{0,40},\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z\u2019'-]+){1,2})\b"
)
_NAME_OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


GOVERNMENT_FORCES = r"(?:government|security)\s+(?:forces|troops|soldiers|personnel|fighters)"
_GOVERNMENT_FORCES = re.compile(rf"\b{GOVERNMENT_FORCES}\b", re.IGNORECASE)


def affiliations(sentences: Iterable[str]) -> dict[str, str]:
    """{name as written: actor id} for the people and bodies the sentences tie to a state
    or organisation. Pure and order-independent: the same sentences in any order give the
    same map.

    A wire story republished by many papers is cited once per article: the same sentence
    states the same affiliations every time (what a sentence states depends on it alone,
    and on the one "army" state of all of them, which repeats do not change), so each
    distinct sentence is read once and what it states counts once per citation.
    """
    return decide(_read(sentences))


def _read(sentences: Iterable[str]) -> list[Affiliation]:
    """What the sentences state, each distinct one read once, counted once per citation."""
    texts = [s for s in sentences if s and s.strip()]
    stated: dict[str, list[Affiliation]] = defaultdict(list)
    for found in learn(dict.fromkeys(texts)):
        stated[found.sentence].append(found)
    return [f for text in texts for f in stated[text]]


def affiliations_by_article(
    articles: Sequence[Sequence[str]], stated: Iterable[Tie] = ()
) -> dict[str, str]:
    """`affiliations` of all the articles' sentences, and for a name they leave untied,
    what its own article ties it to, read on its own: "the army" of one article is the one
    state whose army that article names ("the GRS, the army's media wing" in a wire that
    names only Ruritania's army), though other articles name another's; failing both, what
    the `stated` ties (each article read whole, not only the sentences given) agree on.
    Order-independent like `affiliations`: the articles in any order give the same map."""
    tied = affiliations([s for sentences in articles for s in sentences])
    alone = decide(f for sentences in articles for f in _read(sentences))
    return {**decide(_agreed(stated)), **alone, **tied}


def _agreed(ties: Iterable[Tie]) -> list[Tie]:
    """The ties of names every tie puts with one actor: "the army's media wing" that one
    article ties to its army's state and another to another's is nobody's, however many
    sentences each has (the merge resolves a name alike in every article)."""
    found = list(ties)
    actors: dict[str, set[str]] = defaultdict(set)
    for tie in found:
        actors[normalise(tie.name)].add(tie.actor)
    return [t for t in found if len(actors[normalise(t.name)]) == 1]


class Tie(Protocol):
    """A statement that a name speaks for an actor (an Affiliation, or one the extraction
    kept)."""

    @property
    def name(self) -> str: ...
    @property
    def actor(self) -> str: ...
    @property
    def kind(self) -> Literal["person", "body"]: ...


def decide(found: Iterable[Tie]) -> dict[str, str]:
    """The map the affiliations vote for: a name tied to two actors equally is nobody's."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    kinds: dict[str, str] = {}
    keys: dict[str, str] = {}  # normalise(name), once per spelling
    for item in found:
        key = keys.get(item.name)
        if key is None:
            key = keys[item.name] = normalise(item.name)
        votes[key][item.actor] += 1
        spellings[key][item.name] += 1
        kinds.setdefault(key, item.kind)
    decided: dict[str, tuple[str, str]] = {}  # key -> (spelling, actor)
    for key, counter in sorted(votes.items()):
        ranked = counter.most_common()
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            continue  # tied between actors: nobody knows
        spelling = min(spellings[key].items(), key=lambda kv: (-kv[1], kv[0]))[0]
        decided[key] = (spelling, ranked[0][0])
    result = {spelling: actor for spelling, actor in decided.values()}
    result.update(_surnames(decided, kinds))
    return dict(sorted(result.items()))


def _surnames(decided: dict[str, tuple[str, str]], kinds: dict[str, str]) -> dict[str, str]:
    """Surnames of learned full names, when they point at one actor only."""
    owners: dict[str, set[str]] = defaultdict(set)
    spelled: dict[str, str] = {}
    for key, (spelling, actor) in sorted(decided.items()):
        words = spelling.split()
        if kinds.get(key) != "person" or len(words) < 2:
            continue
        last = words[-1]
        forms = {last}
        if "-" in last and last.split("-")[0].casefold() in _PARTICLES:
            forms.add(last.split("-", 1)[1])  # "el-Nouri" -> "Nouri" too
        for form in forms:
            tokens = tokenize(form)
            if len(form) < 3 or not tokens or alias_at(tokens, 0) is not None:
                continue
            if normalise(form) in decided:
                continue
            owners[normalise(form)].add(actor)
            spelled.setdefault(normalise(form), form)
    return {spelled[k]: next(iter(a)) for k, a in sorted(owners.items()) if len(a) == 1}


def evidence_sentences_by_article(articles: Iterable[ArticleExtraction]) -> list[list[str]]:
    """`evidence_sentences` of each article, in source order."""
    return [evidence_sentences([a]) for a in sorted(articles, key=lambda a: a.source)]


def evidence_sentences(articles: Iterable[ArticleExtraction]) -> list[str]:
    """The sentences the extractions cite, once each, in (source, sentence) order: what
    `affiliations` reads when the merge has no article text."""
    seen: dict[tuple[str, int], str] = {}
    for article in articles:
        groups: list[Sequence[object]] = [
            article.actors,
            article.casualties,
            article.ceasefires,
            article.reactions,
            article.time_mentions,
        ]
        for group in groups:
            for item in group:
                for evidence in getattr(item, "evidence", ()):
                    seen.setdefault((evidence.source, evidence.sentence), evidence.text)
    return [seen[key] for key in sorted(seen)]
