"""Canonical actors: aliases, transliteration, metonyms, persons standing for states."""

from __future__ import annotations

import pytest

from summarizer.actors import FUZZY_THRESHOLD, fold, normalise, party, resolve


@pytest.mark.parametrize(
    ("written", "actor_id"),
    [
        ("Nikol Pashinyan", "nikol-pashinyan"),
        ("Pasinian", "nikol-pashinyan"),
        ("Pasinyan", "nikol-pashinyan"),
        ("Nicole Pasinian", "nikol-pashinyan"),  # fuzzy, above FUZZY_THRESHOLD
        ("PASHINYAN", "nikol-pashinyan"),
        ("Armenian", "armenia"),
        ("Yerevan", "armenia"),
        ("Azeri", "azerbaijan"),
        ("Azerbaijani", "azerbaijan"),
        ("Baku", "azerbaijan"),
        ("Moscow", "russia"),
        ("the Kremlin", "russia"),
        ("Russian Foreign Ministry", "russia"),
        ("US", "united-states"),
        ("Washington", "united-states"),
        ("State Department", "united-states"),
        ("Türkiye", "turkey"),
        ("Turkiye", "turkey"),
        ("CSTO", "csto"),
        ("United Nations", "un"),
        ("EU", "eu"),
        ("European Council", "european-council"),
        ("Armenian Defense Ministry", "armenia"),  # the longest alias inside the name
        ("Russian President Vladimir Putin", "vladimir-putin"),
    ],
)
def test_resolve(written: str, actor_id: str) -> None:
    assert resolve(written).id == actor_id


def test_kinds_and_iso3() -> None:
    assert (resolve("Armenia").kind, resolve("Armenia").country) == ("state", "ARM")
    assert resolve("Moscow").country == "RUS"
    assert resolve("United States").country == "USA"
    for org in ("CSTO", "UN", "EU", "European Council"):
        assert resolve(org).kind == "organization"
    assert resolve("Hamas").kind == "armed_group"
    assert resolve("Nikol Pashinyan").kind == "person"


def test_persons_stand_for_their_state() -> None:
    assert party("Nikol Pashinyan").id == "armenia"
    assert party("Nicole Pasinian").id == "armenia"
    assert party("Anthony Blinken").id == "united-states"
    assert party("Charles Michel").id == "european-council"


def test_states_outside_the_table_come_from_pycountry() -> None:
    kyrgyzstan = resolve("Kyrgyzstan")
    assert (kyrgyzstan.id, kyrgyzstan.kind, kyrgyzstan.country) == ("kyrgyzstan", "state", "KGZ")


def test_unknown_names_become_stable_other_actors() -> None:
    first = resolve("Some Local Militia Council")
    assert first.kind == "other" and first.id == "some-local-militia-council"
    assert resolve("Austria").id != resolve("Australia").id  # no fuzzy drift between states


def test_normalise_and_fold() -> None:
    assert normalise("  The Kremlin's ") == "kremlin"
    assert normalise("Türkiye") == "turkiye"
    assert fold("Pashinyan") == fold("Pasinian") == fold("Pasinyan")
    assert 80 < FUZZY_THRESHOLD < 100
