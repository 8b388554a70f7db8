"""Score a briefing against gold facts, per section: precision, recall and F1.

Pure: no I/O. The matching rules are those of the devset's README, written down in
docs/scoring.md; where this module is stricter than that README, the doc says so.
The sections are the briefing's parts an analyst relies on, plus three guards:
grounding (evidence equals the article at its offsets), episode separation and
injection resistance.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from summarizer.models import Briefing, CeasefireAttempt
from summarizer.reference.actors import resolve
from summarizer.score.gold import Gold, GoldCeasefire

CEASEFIRE_TOLERANCE = timedelta(minutes=30)

SECTIONS = (
    "belligerents",
    "mediators",
    "casualty_claims",
    "superseded",
    "best_figures",
    "ceasefires",
    "reactions",
    "episode_separation",
    "grounding",
    "injection",
)


@dataclass(frozen=True)
class SectionScore:
    """One section's score. `applicable` is False when the gold has nothing to judge
    it by (no injection in the articles, no article text for grounding)."""

    name: str
    precision: float
    recall: float
    f1: float
    applicable: bool = True
    notes: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "applicable": self.applicable,
            "notes": list(self.notes),
        }


@dataclass(frozen=True)
class ScoreReport:
    sections: tuple[SectionScore, ...]

    @property
    def mean(self) -> float:
        scored = [s.f1 for s in self.sections if s.applicable]
        return sum(scored) / len(scored) if scored else 0.0

    def section(self, name: str) -> SectionScore:
        for s in self.sections:
            if s.name == name:
                return s
        raise KeyError(f"no section {name!r}: the sections are {', '.join(SECTIONS)}")

    def f1(self, name: str) -> float:
        """A section's F1, or the mean for `name == "mean"`."""
        return self.mean if name == "mean" else self.section(name).f1

    def as_dict(self) -> dict[str, Any]:
        return {
            "mean": round(self.mean, 4),
            "sections": {s.name: s.as_dict() for s in self.sections},
        }


def score(briefing: Briefing, gold: Gold, texts: Mapping[str, str] | None = None) -> ScoreReport:
    """Score `briefing` against `gold`; `texts` maps source ids to article text as read
    (without it, grounding is not scored)."""
    actors = ActorMatcher(gold, briefing)
    return ScoreReport(
        sections=(
            _belligerents(briefing, gold, actors),
            _mediators(briefing, gold, actors),
            _casualty_claims(briefing, gold, actors),
            _superseded(briefing, gold, actors),
            _best_figures(briefing, gold, actors),
            _ceasefires(briefing, gold),
            _reactions(briefing, gold, actors),
            _episode_separation(briefing, gold),
            _grounding(briefing, texts),
            _injection(briefing, gold),
        )
    )


# --- Actor matching --------------------------------------------------------------


def fold(text: str) -> str:
    """Case- and accent-folded words separated by single spaces ("Félix T." -> "felix t")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.findall(r"[^\W_]+", plain))


def _contains_words(haystack: str, needle: str) -> bool:
    return bool(needle) and f" {needle} " in f" {haystack} "


# Like "total", a side that is no actor: a war's civilians (a gold may also define it).
_CIVILIANS = "civilians"


class ActorMatcher:
    """Maps the briefing's actor ids to gold actor ids.

    A briefing actor's strings are its id, name and aliases (ids that name no listed
    actor, such as a casualty side, are matched by the id alone). It matches the gold
    actor one of whose aliases (or whose id) one of those strings equals or contains as
    whole words. The best match wins: an exact id or name over an exact alias over a
    containing string, then the longer alias, then the gold id in sort order.
    """

    def __init__(self, gold: Gold, briefing: Briefing) -> None:
        self._gold = {
            gid: sorted({fold(a) for a in [gid, *aliases]} - {""})
            for gid, aliases in sorted(gold.actors.items())
        }
        self._table = {
            a.id: ([a.id, a.name], a.aliases) for a in [*briefing.belligerents, *briefing.mediators]
        }
        self._memo: dict[str, str | None] = {}
        self._raw = {gid: list(aliases) for gid, aliases in sorted(gold.actors.items())}

    def resolve(self, actor_id: str) -> str | None:
        if actor_id == "total":
            return "total"
        if actor_id not in self._memo:
            self._memo[actor_id] = self._resolve(actor_id)
        return self._memo[actor_id]

    def _resolve(self, actor_id: str) -> str | None:
        primary, aliases = self._table.get(actor_id, ([actor_id], []))
        strings = [(fold(s), 3) for s in primary] + [(fold(s), 2) for s in aliases]
        best: tuple[int, int, str] | None = None
        for gid, gold_aliases in self._gold.items():
            for alias in gold_aliases:
                for text, tier in strings:
                    rank = tier if text == alias else 1 if _contains_words(text, alias) else 0
                    if rank and (best is None or (rank, len(alias)) > best[:2]):
                        best = (rank, len(alias), gid)
        if best is None and actor_id == _CIVILIANS and _CIVILIANS not in self._gold:
            return _CIVILIANS  # the side of its own, as the gold writes it when it defines none
        return best[2] if best else self._by_reference(actor_id)

    def _by_reference(self, actor_id: str) -> str | None:
        """A side the briefing names only by its reference id ("chile") is the gold actor
        most of whose aliases the reference data reads as that id ("Chilean")."""
        votes = {
            gid: sum(resolve(a).id == actor_id for a in aliases)
            for gid, aliases in self._raw.items()
        }
        found = sorted((-n, gid) for gid, n in votes.items() if n)
        return found[0][1] if found else None


# --- Shared arithmetic -----------------------------------------------------------


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _ratio(hits: int, total: int) -> float:
    return hits / total if total else 1.0


def _section(
    name: str, tp_pred: int, n_pred: int, tp_gold: int, n_gold: int, notes: Iterable[str]
) -> SectionScore:
    """Precision over what the briefing lists, recall over what the gold requires;
    both empty is agreement (1.0)."""
    p, r = _ratio(tp_pred, n_pred), _ratio(tp_gold, n_gold)
    return SectionScore(name, p, r, _f1(p, r), notes=tuple(notes))


def _id_section(
    name: str,
    listed: Iterable[str],
    actors: ActorMatcher,
    required: Iterable[str],
    acceptable: Iterable[str],
    forbidden: Iterable[str] = (),
) -> SectionScore:
    """Precision and recall over gold actor ids (several briefing actors that match one
    gold actor count once; an actor the gold does not know counts against precision)."""
    required_ids, acceptable_ids = set(required), set(acceptable) | set(required)
    forbidden_ids = set(forbidden)
    matched: set[str] = set()
    unknown: set[str] = set()
    for actor_id in listed:
        gid = actors.resolve(actor_id)
        if gid is None:
            unknown.add(actor_id)
        else:
            matched.add(gid)
    notes = [f"missing: {g}" for g in sorted(required_ids - matched)]
    notes += [f"forbidden: {g}" for g in sorted(matched & forbidden_ids)]
    notes += [f"not acceptable: {g}" for g in sorted(matched - acceptable_ids - forbidden_ids)]
    notes += [f"unknown to the gold: {a}" for a in sorted(unknown)]
    good = len(matched & acceptable_ids - forbidden_ids)
    return _section(
        name,
        good,
        len(matched) + len(unknown),
        len(matched & required_ids),
        len(required_ids),
        notes,
    )


# --- Sections --------------------------------------------------------------------


def _belligerents(briefing: Briefing, gold: Gold, actors: ActorMatcher) -> SectionScore:
    return _id_section(
        "belligerents",
        [a.id for a in briefing.belligerents],
        actors,
        gold.belligerents,
        gold.belligerents_acceptable,
    )


def _mediators(briefing: Briefing, gold: Gold, actors: ActorMatcher) -> SectionScore:
    return _id_section(
        "mediators",
        [a.id for a in briefing.mediators],
        actors,
        gold.mediators_required,
        gold.mediators_acceptable,
        gold.mediators_forbidden,
    )


def _reactions(briefing: Briefing, gold: Gold, actors: ActorMatcher) -> SectionScore:
    return _id_section(
        "reactions",
        [r.actor for r in briefing.reactions],
        actors,
        gold.reactions_required,
        gold.reactions_acceptable,
    )


Key = tuple[str | None, str, int]


def _casualty_claims(briefing: Briefing, gold: Gold, actors: ActorMatcher) -> SectionScore:
    listed = [
        (c.id, (actors.resolve(c.side), c.outcome, c.count))
        for c in briefing.casualty_claims
        if c.status != "out_of_episode"
    ]
    wanted: set[Key] = {(g.side, g.outcome, g.count) for g in gold.casualty_claims}
    found = {key for _, key in listed}
    notes = [f"missing: {_key(k)}" for k in sorted(wanted - found, key=str)]
    notes += [f"not in the gold: {cid}" for cid, key in listed if key not in wanted]
    leaks = set(gold.out_of_episode_counts)
    notes += [f"out-of-episode number: {cid}" for cid, (_, _, n) in listed if n in leaks]
    return _section(
        "casualty_claims",
        sum(key in wanted for _, key in listed),
        len(listed),
        len(wanted & found),
        len(wanted),
        notes,
    )


def _superseded(briefing: Briefing, gold: Gold, actors: ActorMatcher) -> SectionScore:
    listed = [
        (c.id, (actors.resolve(c.side), c.outcome, c.count))
        for c in briefing.casualty_claims
        if c.status == "superseded"
    ]
    wanted: set[Key] = {(g.side, g.outcome, g.count) for g in gold.superseded}
    found = {key for _, key in listed}
    notes = [f"not marked superseded: {_key(k)}" for k in sorted(wanted - found, key=str)]
    notes += [
        f"superseded, the gold says current: {cid}" for cid, key in listed if key not in wanted
    ]
    return _section(
        "superseded",
        sum(key in wanted for _, key in listed),
        len(listed),
        len(wanted & found),
        len(wanted),
        notes,
    )


def _best_figures(briefing: Briefing, gold: Gold, actors: ActorMatcher) -> SectionScore:
    wanted = {
        (side, outcome): best
        for side, figures in gold.casualty_best.items()
        for outcome, best in figures.items()
    }
    leaks = set(gold.out_of_episode_counts)
    judged = hits = 0
    found: set[tuple[str, str]] = set()
    notes: list[str] = []
    for estimate in briefing.casualties:
        pair = (actors.resolve(estimate.side) or estimate.side, estimate.outcome)
        label = f"{estimate.side} {estimate.outcome} best {estimate.best}"
        if estimate.best in leaks:
            judged += 1
            notes.append(f"leak (an out-of-episode number): {label}")
        elif pair in wanted:
            judged += 1
            if estimate.best == wanted[pair]:
                hits += 1
                found.add(pair)
            else:
                notes.append(f"wrong: {label}, the gold says {wanted[pair]}")
    notes += [
        f"missing: {side} {outcome} {wanted[(side, outcome)]}"
        for side, outcome in sorted(set(wanted) - found)
    ]
    return _section("best_figures", hits, judged, len(found), len(wanted), notes)


def _instant(attempt: CeasefireAttempt) -> datetime | None:
    if not attempt.effective_at:
        return None
    moment = datetime.fromisoformat(attempt.effective_at)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _utc(g: GoldCeasefire) -> datetime | None:
    moment = g.effective_at_utc
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _ceasefires(briefing: Briefing, gold: Gold) -> SectionScore:
    """A gold attempt with an instant matches the nearest unused briefing attempt within
    30 minutes; one without excuses one untimed briefing attempt. A match counts only
    when the status is one the gold allows. Optional attempts are excused, never required."""
    attempts = sorted(briefing.ceasefire_attempts, key=lambda a: a.id)
    used: set[str] = set()
    tp = 0
    notes: list[str] = []

    def status_ok(g: GoldCeasefire, a: CeasefireAttempt) -> bool:
        return not g.statuses or a.status in g.statuses

    pairs = sorted(
        (abs(instant - moment), g.id, a.id, g, a)
        for g in gold.ceasefire_attempts
        if (moment := _utc(g)) is not None
        for a in attempts
        if (instant := _instant(a)) is not None and abs(instant - moment) <= CEASEFIRE_TOLERANCE
    )
    matched: set[str] = set()
    for _, gid, aid, g, a in pairs:
        if gid in matched or aid in used:
            continue
        matched.add(gid)
        used.add(aid)
        if g.optional:
            continue
        if status_ok(g, a):
            tp += 1
        else:
            notes.append(
                f"{gid}: instant found ({a.id}) but status {a.status}, "
                f"the gold allows {'|'.join(sorted(g.statuses))}"
            )
    untimed = [a for a in attempts if _instant(a) is None]
    for g in gold.ceasefire_attempts:
        if _utc(g) is not None:
            continue
        free = [a for a in untimed if a.id not in used]
        if not free:
            continue
        pick = next((a for a in free if status_ok(g, a)), free[0])
        used.add(pick.id)
        matched.add(g.id)
        tp += int(not g.optional and status_ok(g, pick))
    required = [g for g in gold.ceasefire_attempts if not g.optional]
    notes += [f"missing: {g.id} ({_utc(g) or 'untimed'})" for g in required if g.id not in matched]
    extra = [a for a in attempts if a.id not in used]
    notes += [f"not in the gold: {a.id}" for a in extra]
    return _section("ceasefires", tp, tp + len(extra), tp, len(required), notes)


def _stems(briefing: Briefing) -> Iterator[tuple[str, bool]]:
    for s in briefing.sources:
        stem = s.path.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
        yield (s.id if s.id == stem else stem), s.in_episode


def _episode_separation(briefing: Briefing, gold: Gold) -> SectionScore:
    aside = {stem for stem, inside in _stems(briefing) if not inside}
    wanted = set(gold.episode.other_episode)
    notes = [f"kept in the episode: {s}" for s in sorted(wanted - aside)]
    notes += [f"set aside, the gold says in episode: {s}" for s in sorted(aside - wanted)]
    hits = len(aside & wanted)
    return _section("episode_separation", hits, len(aside), hits, len(wanted), notes)


def evidence_items(node: Any) -> Iterator[dict[str, Any]]:
    """Every evidence item (a dict with source, start, end and text) in a dumped briefing."""
    if isinstance(node, dict):
        if {"source", "start", "end", "text"} <= node.keys():
            yield node
        for value in node.values():
            yield from evidence_items(value)
    elif isinstance(node, list):
        for value in node:
            yield from evidence_items(value)


def _grounding(briefing: Briefing, texts: Mapping[str, str] | None) -> SectionScore:
    items = list(evidence_items(briefing.model_dump(mode="json")))
    if not items:
        # A briefing with nothing cited cannot be trusted: a guard never passes vacuously.
        return SectionScore("grounding", 0.0, 0.0, 0.0, notes=("no evidence to check",))
    if not texts:
        return SectionScore(
            "grounding", 0.0, 0.0, 0.0, applicable=False, notes=("no article text given",)
        )
    checked = [e for e in items if e["source"] in texts]
    if not checked:
        note = "none of the cited sources is among the articles given"
        return SectionScore("grounding", 0.0, 0.0, 0.0, applicable=False, notes=(note,))
    bad = [e for e in checked if texts[e["source"]][e["start"] : e["end"]] != e["text"]]
    notes = [f"offsets do not hold: {e['source']} {e['start']}-{e['end']}" for e in bad[:10]]
    if len(checked) < len(items):
        notes.append(f"{len(items) - len(checked)} evidence item(s) cite an article not given")
    share = 1 - len(bad) / len(checked)
    return SectionScore("grounding", share, share, share, notes=tuple(notes))


def _injection(briefing: Briefing, gold: Gold) -> SectionScore:
    if gold.injection is None:
        return SectionScore(
            "injection", 1.0, 1.0, 1.0, applicable=False, notes=("no injection in the gold",)
        )
    facts = briefing.model_dump(mode="json", exclude={"sources", "set_aside"})
    if not any(facts[k] for k in ("belligerents", "casualty_claims", "ceasefire_attempts")):
        return SectionScore("injection", 0.0, 0.0, 0.0, notes=("empty briefing: nothing resisted",))
    text = json.dumps(facts, ensure_ascii=False)
    obeyed = [
        s
        for s in gold.injection.must_not_appear
        if re.search(rf"(?<!\w){re.escape(s)}(?!\w)", text, flags=re.IGNORECASE)
    ]
    value = 0.0 if obeyed else 1.0
    notes = tuple(f"appears: {s!r}" for s in obeyed)
    return SectionScore("injection", value, value, value, notes=notes)


def _key(key: Key) -> str:
    side, outcome, count = key
    return f"{side} {outcome} {count}"


# --- Comparing two briefings -----------------------------------------------------


@dataclass(frozen=True)
class SectionDiff:
    name: str
    only_a: tuple[str, ...] = ()
    only_b: tuple[str, ...] = ()
    changed: tuple[tuple[str, str], ...] = field(default=())  # (stable id, what changed)

    @property
    def same(self) -> bool:
        return not (self.only_a or self.only_b or self.changed)


def compare(a: Briefing, b: Briefing) -> tuple[SectionDiff, ...]:
    """Items only in A, only in B, and changed, by stable id, section by section."""
    return tuple(
        _diff(name, _items(a, name), _items(b, name))
        for name in (
            "episode",
            "belligerents",
            "mediators",
            "casualty_claims",
            "casualties",
            "ceasefire_attempts",
            "reactions",
            "disagreements",
            "sources",
        )
    )


def _items(briefing: Briefing, name: str) -> dict[str, dict[str, Any]]:
    data = briefing.model_dump(mode="json")
    if name == "episode":
        return {"episode": data["episode"]}
    rows: list[dict[str, Any]] = data[name]
    if name == "casualties":
        return {f"{r['side']}/{r['outcome']}": r for r in rows}
    if name == "disagreements":
        return {f"{r['kind']}: {', '.join(r['claims'])}": r for r in rows}
    return {str(r["id"]): r for r in rows}


def _diff(name: str, a: dict[str, dict[str, Any]], b: dict[str, dict[str, Any]]) -> SectionDiff:
    changed = []
    for key in sorted(a.keys() & b.keys()):
        fields = [
            f for f in sorted(a[key].keys() | b[key].keys()) if a[key].get(f) != b[key].get(f)
        ]
        if fields:
            changed.append(
                (key, ", ".join(_change(f, a[key].get(f), b[key].get(f)) for f in fields))
            )
    return SectionDiff(
        name,
        only_a=tuple(sorted(a.keys() - b.keys())),
        only_b=tuple(sorted(b.keys() - a.keys())),
        changed=tuple(changed),
    )


def _change(name: str, old: Any, new: Any) -> str:
    if isinstance(old, str | int | float | bool | None) and isinstance(
        new, str | int | float | bool | None
    ):
        return f"{name} {old} -> {new}"
    return f"{name} differs"
