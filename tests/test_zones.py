"""Places and zone abbreviations resolved from the data packages (no hand table)."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pycountry
import pytest

from summarizer.reference import zones


def test_normalise() -> None:
    assert zones.normalise("the Gaza Strip") == "gaza strip"
    assert zones.normalise("Téhéran") == "teheran"
    assert zones.normalise("Sana'a") == "sana a"


@pytest.mark.parametrize(
    ("name", "city", "zone"),
    [
        ("Nairobi", "Nairobi", "Africa/Nairobi"),
        ("Kiev", "Kyiv", "Europe/Kyiv"),  # an alternate name
        ("Téhéran", "Tehran", "Asia/Tehran"),
        ("Tripoli", "Tripoli", "Africa/Tripoli"),  # the most populous Tripoli is Libya's
        ("Islamabad", "Islamabad", "Asia/Karachi"),  # its own name beats an old alternate name
        ("Paris", "Paris", "Europe/Paris"),  # not the Texan one
        ("Goma", "Goma", "Africa/Lubumbashi"),  # a country with two zones: the city's
    ],
)
def test_city(name: str, city: str, zone: str) -> None:
    found = zones.city(name)
    assert found is not None and (found.name, found.zone) == (city, zone)


def test_a_city_in_the_article_s_countries_is_preferred() -> None:
    lebanon = zones.city("Tripoli", ["LBN"])
    assert lebanon is not None and (lebanon.country, lebanon.zone) == ("LBN", "Asia/Beirut")


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Israel", "ISR"),
        ("Israeli", "ISR"),  # demonym
        ("Iranian", "IRN"),
        ("Lebanon", "LBN"),  # a country before the towns called Lebanon
        ("Georgia", "GEO"),
        ("UK", "GBR"),  # an alternate spelling
        ("British", "GBR"),
        ("Türkiye", "TUR"),
        ("Ivory Coast", "CIV"),
        ("Israel's", "ISR"),
        ("Indian", "IND"),  # several territories share a demonym: the most populous wins
    ],
)
def test_country_of(name: str, country: str) -> None:
    assert zones.country_of(name) == country


def test_codes_are_not_names() -> None:
    assert zones.country_of("IN") is None and zones.country_of("ISR") is None


@pytest.mark.parametrize(
    ("alpha3", "zone"),
    [
        ("ISR", "Asia/Jerusalem"),
        ("IRN", "Asia/Tehran"),
        ("IND", "Asia/Kolkata"),
        ("AFG", "Asia/Kabul"),
        ("USA", "America/New_York"),
        ("RUS", "Europe/Moscow"),
        ("BRA", "America/Sao_Paulo"),  # Brasília keeps São Paulo's zone
        ("SDN", "Africa/Khartoum"),
        ("UKR", "Europe/Kyiv"),
    ],
)
def test_country_zone_is_the_capital_s(alpha3: str, zone: str) -> None:
    assert zones.country_zone(alpha3) == zone


def test_nearly_every_state_has_a_zone() -> None:
    missing = [c.alpha_3 for c in pycountry.countries if zones.country_zone(c.alpha_3) is None]
    assert len(missing) <= 8, missing  # uninhabited territories (Antarctica, Bouvet ...)
    for alpha3 in ("ATA", "BVT"):
        assert alpha3 in missing


def test_place_prefers_a_country_then_a_city() -> None:
    armenia = zones.place("Armenia")
    assert armenia is not None and armenia.kind == "country"  # not the Colombian city
    gaza = zones.place("Gaza")
    assert gaza is not None and (gaza.kind, gaza.zone) == ("city", "Asia/Gaza")
    assert zones.place("Standard") is None


def _reading(word: str, day: date, countries: tuple[str, ...] = ()) -> zones.ZoneChoice:
    return zones.abbreviation_zone(zones.ABBREVIATIONS[word], word, day=day, countries=countries)


def test_ambiguous_abbreviations_follow_the_article_s_countries() -> None:
    july = date(2031, 7, 15)
    assert _reading("IST", july).reading.label == "India Standard Time"
    assert _reading("IST", july, ("ISR",)).zone == ZoneInfo("Asia/Jerusalem")
    assert _reading("IST", july, ("IRL",)).zone == ZoneInfo("Europe/Dublin")
    assert _reading("CST", july, ("CHN", "TWN")).reading.label == "China Standard Time"
    assert _reading("BST", july, ("BGD",)).zone == ZoneInfo("Asia/Dhaka")
    assert _reading("AST", july, ("IRQ",)).reading.label == "Arabia Standard Time"
    # No day: a candidate country keeping that very zone still decides.
    no_day = zones.abbreviation_zone(zones.ABBREVIATIONS["IST"], "IST", countries=["ISR"])
    assert no_day.zone == ZoneInfo("Asia/Jerusalem")


def test_spelled_out_zone_names() -> None:
    readings = zones.named_zone("Central European Summer Time")
    assert readings is not None and readings[0].zone == "Europe/Paris"
    china = zones.named_zone("China Standard Time")
    assert china is not None and [r.label for r in china] == ["China Standard Time"]
    assert zones.named_zone("Lunch Time") is None


def test_format_offset() -> None:
    assert zones.format_offset(timedelta(hours=5, minutes=30)) == "+05:30"
    assert zones.format_offset(timedelta(hours=-4)) == "-04:00"


def test_a_dateline_town_spelt_another_way_is_found_by_its_spelling() -> None:
    """ "GAZZIANTEP, Sunday" is Gaziantep: a town the caller gives (a dateline's) is looked
    up by its spelling too (doubled letters, y for i); a name in running text is not."""
    from summarizer.reference import zones

    assert zones.place("Gazziantep") is None
    found = zones.place("Gazziantep", spelt=True)
    assert found is not None and found.zone == "Europe/Istanbul"
