"""Canonical actors: map a name as an article writes it to one stable actor.

Resolution order (first hit wins), all on a normalised form of the name (case-folded,
diacritics and punctuation removed, a leading "the" and a trailing possessive dropped):

1. exact alias in the table (demonyms, capitals and other metonyms are plain aliases:
   "Armenian", "Yerevan" -> Armenia; "the Kremlin" -> Russia);
2. exact alias after transliteration folding (sh->s, y->i, k->c ...), so "Pasinyan"
   and "Pashinyan" are one key;
3. a country name pycountry knows (ISO 3166-1), for states not in the table;
4. the longest alias contained in the name as a whole-word run ("Armenian Defense
   Ministry" -> Armenia, "Russian President Vladimir Putin" -> Vladimir Putin);
5. fuzzy match of the folded name against folded aliases with rapidfuzz ratio >= 88
   (FUZZY_THRESHOLD), for spelling variants such as "Nicole Pasinian";
6. otherwise a new actor of kind "other" whose id is the slug of the name.

A person who speaks for a state (SPEAKS_FOR) stands for that state wherever the merge
needs a party: claimants, casualty sides, ceasefire parties, reaction actors.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import pycountry
from rapidfuzz import fuzz, process
from slugify import slugify

from summarizer.grounding import UNATTRIBUTED
from summarizer.models import ActorKind

FUZZY_THRESHOLD = 88  # rapidfuzz ratio on folded names; 85 let "Austria" drift to "Australia"
_MIN_FUZZY_LEN = 5  # short names ("US", "UN") are matched exactly or not at all


@dataclass(frozen=True)
class ActorInfo:
    id: str
    name: str
    kind: ActorKind
    country: str | None  # ISO 3166-1 alpha-3
    speaks_for: str | None = None  # actor id of the state a person or body speaks for


# The alias table is data: id -> (canonical name, kind, ISO3 or None, speaks_for, aliases).
# Aliases are compared after normalise(), so case and diacritics do not matter here.
# fmt: off
_TABLE: dict[str, tuple[str, ActorKind, str | None, str | None, tuple[str, ...]]] = {
    # --- states: name, demonyms, capitals and seats of government as metonyms
    "armenia": ("Armenia", "state", "ARM", None, (
        "Armenia", "Armenian", "Armenians", "Yerevan", "Republic of Armenia", "Armenian government",
        "Armenian side", "Armenian forces", "Armenian leadership",
    )),
    "azerbaijan": ("Azerbaijan", "state", "AZE", None, (
        "Azerbaijan", "Azerbaijani", "Azerbaijanis", "Azeri", "Azeris", "Baku",
        "Republic of Azerbaijan", "Azerbaijani government", "Azerbaijani side", "Azeri forces",
    )),
    "russia": ("Russia", "state", "RUS", None, (
        "Russia", "Russian", "Russian Federation", "Moscow", "the Kremlin", "Kremlin",
        "Russian Foreign Ministry", "Russian foreign ministry", "Russian diplomacy", "Russian side",
        "Russian Defense Ministry",
    )),
    "united-states": ("United States", "state", "USA", None, (
        "United States", "United States of America", "US", "U.S.", "USA", "America", "American",
        "Washington", "State Department", "US State Department", "White House",
        "Biden administration",
    )),
    "france": ("France", "state", "FRA", None, (
        "France", "French", "Paris", "French diplomacy", "French Foreign Ministry",
    )),
    "turkey": ("Turkey", "state", "TUR", None, ("Turkey", "Türkiye", "Turkish", "Ankara")),
    "israel": ("Israel", "state", "ISR", None, (
        "Israel", "Israeli", "Israelis", "Jerusalem", "Israeli military", "Israeli army",
        "Israel Defense Forces", "IDF", "Israeli security cabinet", "Israel's security cabinet",
    )),
    "palestine": ("Palestine", "state", "PSE", None, (
        "Palestine", "Palestinian", "Palestinians", "Gaza", "Gaza Strip", "Palestinian side",
        "Gaza health ministry", "Gaza Health Ministry", "Palestinian health ministry",
    )),
    "egypt": ("Egypt", "state", "EGY", None, ("Egypt", "Egyptian", "Cairo")),
    "qatar": ("Qatar", "state", "QAT", None, ("Qatar", "Qatari", "Doha")),
    "united-kingdom": ("United Kingdom", "state", "GBR", None, (
        "United Kingdom", "UK", "Britain", "British", "London",
    )),
    "china": ("China", "state", "CHN", None, ("China", "Chinese", "Beijing")),
    "iran": ("Iran", "state", "IRN", None, ("Iran", "Iranian", "Tehran")),
    "germany": ("Germany", "state", "DEU", None, ("Germany", "German", "Berlin")),
    "ukraine": ("Ukraine", "state", "UKR", None, ("Ukraine", "Ukrainian", "Kyiv", "Kiev")),
    # --- organisations
    "csto": ("Collective Security Treaty Organization", "organization", None, None, (
        "CSTO", "Collective Security Treaty Organization",
        "Collective Security Treaty Organisation",
        "Moscow-led Collective Security Treaty Organization",
    )),
    "un": ("United Nations", "organization", None, None, (
        "UN", "U.N.", "United Nations", "UN Security Council", "UN Secretary-General",
    )),
    "eu": ("European Union", "organization", None, None, ("EU", "European Union", "Brussels")),
    "european-council": ("European Council", "organization", None, None, ("European Council",)),
    "sco": ("Shanghai Cooperation Organization", "organization", None, None, (
        "SCO", "Shanghai Cooperation Organization",
    )),
    # --- armed groups
    "hamas": ("Hamas", "armed_group", "PSE", None, ("Hamas", "Hamas movement")),
    "islamic-jihad": ("Palestinian Islamic Jihad", "armed_group", "PSE", None, (
        "Islamic Jihad", "Palestinian Islamic Jihad", "PIJ",
    )),
    # --- persons, with the state or body they speak for
    "nikol-pashinyan": ("Nikol Pashinyan", "person", "ARM", "armenia", (
        "Nikol Pashinyan", "Pashinyan", "Nikol Pashinian",
    )),
    "armen-grigoryan": ("Armen Grigoryan", "person", "ARM", "armenia", (
        "Armen Grigoryan", "Grigoryan",
    )),
    "ilham-aliyev": ("Ilham Aliyev", "person", "AZE", "azerbaijan", ("Ilham Aliyev", "Aliyev")),
    "jeyhun-bayramov": ("Jeyhun Bayramov", "person", "AZE", "azerbaijan", (
        "Jeyhun Bayramov", "Bayramov",
    )),
    "vladimir-putin": ("Vladimir Putin", "person", "RUS", "russia", ("Vladimir Putin", "Putin")),
    "sergei-shoigu": ("Sergei Shoigu", "person", "RUS", "russia", ("Sergei Shoigu", "Shoigu")),
    "grigory-karasin": ("Grigory Karasin", "person", "RUS", "russia", (
        "Grigory Karasin", "Karasin",
    )),
    "antony-blinken": ("Antony Blinken", "person", "USA", "united-states", (
        "Antony Blinken", "Anthony Blinken", "Blinken",
    )),
    "joe-biden": ("Joe Biden", "person", "USA", "united-states", ("Joe Biden", "Biden")),
    "catherine-colonna": ("Catherine Colonna", "person", "FRA", "france", (
        "Catherine Colonna", "Colonna",
    )),
    "charles-michel": ("Charles Michel", "person", None, "european-council", ("Charles Michel",)),
    "adam-schiff": ("Adam Schiff", "person", "USA", None, ("Adam Schiff", "Schiff")),
    "farhan-haq": ("Farhan Haq", "person", None, "un", ("Farhan Haq",)),
    "antonio-guterres": ("António Guterres", "person", None, "un", (
        "António Guterres", "Antonio Guterres", "Guterres",
    )),
    "josep-borrell": ("Josep Borrell", "person", None, "eu", ("Josep Borrell", "Borrell")),
    "benjamin-netanyahu": ("Benjamin Netanyahu", "person", "ISR", "israel", (
        "Benjamin Netanyahu", "Netanyahu",
    )),
    "abdel-fattah-el-sisi": ("Abdel Fattah el-Sisi", "person", "EGY", "egypt", (
        "Abdel Fattah el-Sisi", "Abdel Fattah al-Sisi", "Sisi",
    )),
}
# fmt: on

_UNATTRIBUTED = {"", "unattributed", "unknown", "unspecified", "not stated", "none", "null"}
UNATTRIBUTED_ID = UNATTRIBUTED  # the claimant of a figure nobody is said to have stated


def normalise(name: str) -> str:
    """Case-fold, strip diacritics and punctuation, drop a leading 'the' and possessive."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[\u2019'`]s\b", "", text)  # Armenia's, Armenia\u2019s -> armenia
    text = re.sub(r"[^\w\s-]", " ", text).replace("-", " ")
    text = re.sub(r"^the\s+", "", " ".join(text.split()))
    return text


def fold(name: str) -> str:
    """Transliteration folding: spellings of one Cyrillic or Arabic name share a key."""
    text = normalise(name)
    for src, dst in (
        ("sh", "s"),
        ("zh", "z"),
        ("kh", "h"),
        ("ch", "c"),
        ("ts", "c"),
        ("ck", "c"),
        ("k", "c"),
        ("y", "i"),
        ("j", "i"),
        ("ph", "f"),
    ):
        text = text.replace(src, dst)
    return re.sub(r"(.)\1+", r"\1", text)  # doubled letters: Grigorian / Grigorrian


@dataclass(frozen=True)
class _Index:
    exact: dict[str, str]
    folded: dict[str, str]


@cache
def _index() -> _Index:
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for actor_id in sorted(_TABLE):
        name, _kind, _country, _speaks, aliases = _TABLE[actor_id]
        for alias in (name, *aliases):
            exact.setdefault(normalise(alias), actor_id)
            folded.setdefault(fold(alias), actor_id)
    return _Index(exact=exact, folded=folded)


def _info(actor_id: str) -> ActorInfo:
    name, kind, country, speaks, _aliases = _TABLE[actor_id]
    return ActorInfo(id=actor_id, name=name, kind=kind, country=country, speaks_for=speaks)


def _pycountry_state(name: str) -> ActorInfo | None:
    try:
        country = pycountry.countries.lookup(name.strip())
    except LookupError:
        return None
    common = getattr(country, "common_name", None) or country.name
    display = common.split(",")[0]
    return ActorInfo(id=slugify(display), name=display, kind="state", country=country.alpha_3)


@cache
def resolve(name: str) -> ActorInfo:
    """The canonical actor for a name as written (never fails; unknown names become 'other')."""
    index = _index()
    key = normalise(name)
    if key in _UNATTRIBUTED:
        return ActorInfo(id=UNATTRIBUTED_ID, name="unattributed", kind="other", country=None)
    if key in index.exact:
        return _info(index.exact[key])
    folded = fold(name)
    if folded in index.folded:
        return _info(index.folded[folded])
    state = _pycountry_state(name)
    if state is not None:
        return state
    # Containment before fuzzy: "Armenian Defense Ministry" must not drift to "Russian ...".
    contained = _longest_contained(key, index.exact) or _longest_contained(folded, index.folded)
    if contained is not None:
        return _info(contained)
    if len(folded) >= _MIN_FUZZY_LEN:
        choices = sorted(k for k in index.folded if len(k) >= _MIN_FUZZY_LEN)
        hit = process.extractOne(folded, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD)
        if hit is not None:
            return _info(index.folded[hit[0]])
    return ActorInfo(id=slugify(name) or "unnamed", name=name.strip(), kind="other", country=None)


def _longest_contained(key: str, exact: dict[str, str]) -> str | None:
    """The actor whose longest alias appears in `key` as a whole-word run."""
    padded = f" {key} "
    best: tuple[int, str] | None = None
    for alias in exact:
        if f" {alias} " in padded:
            candidate = (-len(alias), alias)
            if best is None or candidate < best:
                best = candidate
    return None if best is None else exact[best[1]]


def party(name: str) -> ActorInfo:
    """The actor a name stands for as a party: a spokesperson maps to the state they speak for."""
    info = resolve(name)
    if info.speaks_for is not None:
        return _info(info.speaks_for)
    return info


def actor_by_id(actor_id: str) -> ActorInfo | None:
    """Table entry for a canonical id, or None for ids minted from unknown names."""
    return _info(actor_id) if actor_id in _TABLE else None
