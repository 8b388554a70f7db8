"""One rule for 'is this number written in this text': digits, words and vague words.

Every sentence here is invented (places and people that do not exist), so none of it
can leak from an article the merge or the scores are measured on.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from num2words import num2words

from summarizer.extract.grounding import count_in_text, qualifier_of
from summarizer.merge.briefing import merge
from summarizer.models import ArticleExtraction, CasualtyMention, Evidence
from summarizer.reference.numbers import VAGUE_COUNTS, find, numbers_in, written_in


@pytest.mark.parametrize(
    ("count", "text", "as_written"),
    [
        (105, "One hundred and five soldiers were killed near Dravo.", "One hundred and five"),
        (105, "one hundred five soldiers died in Kessel", "one hundred five"),
        (1200, "Officials in Marnoc said 1,200 people were wounded.", "1,200"),
        (1200, "Some 1 200 villagers of Ostrel are missing.", "1 200"),
        (6500, "More than 6500 residents of Ulm Vale fled.", "6500"),
        (25, "Twenty-five fighters of the Karst Front were captured.", "Twenty-five"),
        (25, "twenty five fighters were captured", "twenty five"),
        (100, "a hundred people were hurt in Pell", "a hundred"),
        (
            2300,
            "two thousand three hundred were counted by Ada Morrow",
            "two thousand three hundred",
        ),
        (12, "A dozen guards of Castel Vey were killed.", "A dozen"),
        (24, "Dozens of Brellish troops were wounded.", "Dozens"),
        (3, "several soldiers of the Tarn brigade died", "several"),
        (200, "hundreds of civilians in Osk were hurt", "hundreds"),
        (1, "an Ostrelian sentry was killed", "an"),
        (1, "one of its soldiers died, said Ivo Renn", "one"),
        (0, "zero casualties were reported in Vask", "zero"),
    ],
)
def test_a_count_is_found_where_it_is_written(count: int, text: str, as_written: str) -> None:
    found = find(count, text)
    assert found is not None, (count, text)
    assert text[found.start : found.end] == as_written == found.text
    assert written_in(count, text)
    assert count_in_text(count, text)  # the validators' check is the same rule


@pytest.mark.parametrize(
    ("count", "text"),
    [
        (5, "One hundred and five soldiers were killed near Dravo."),  # part of 105
        (100, "One hundred and five soldiers were killed near Dravo."),
        (200, "Officials in Marnoc said 1,200 people were wounded."),
        (1, "Officials in Marnoc said 1,200 people were wounded."),
        (49, "The Dravo clash of 2049 was another one."),
        (10, "More than 100 Brellish soldiers were wounded."),
        (105, "the 105th brigade of Kessel was shelled"),
        (5, "the shelling lasted 1.5 hours"),
        (9, "several soldiers of the Tarn brigade died"),  # a vague word means its low end
        (50, "Marnoc admitted losses without giving numbers."),
    ],
)
def test_a_count_is_not_found_where_it_is_not_written(count: int, text: str) -> None:
    assert find(count, text) is None
    assert not written_in(count, text)
    assert not count_in_text(count, text)


def test_numbers_in_lists_each_number_once_with_its_range() -> None:
    text = (
        "One hundred and five soldiers of Dravo were killed and several were wounded; 1,200 fled."
    )
    found = [(n.text, n.low, n.high, n.kind) for n in numbers_in(text)]
    assert found == [
        ("One hundred and five", 105, 105, "words"),
        ("several", 3, 9, "vague"),
        ("1,200", 1200, 1200, "digits"),
    ]


def test_vague_words_are_coded_by_the_stated_table() -> None:
    for word, (low, high) in VAGUE_COUNTS.items():
        (number,) = numbers_in(f"{word} soldiers of Ostrel died")
        assert (number.low, number.high, number.kind) == (low, high, "vague"), word


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=9_999_999), st.booleans(), st.booleans())
def test_every_number_num2words_writes_is_read_back(n: int, drop_and: bool, caps: bool) -> None:
    words = num2words(n).replace(",", "")  # "one thousand, one hundred": no article writes that
    if drop_and:
        words = words.replace(" and ", " ")
    if caps:
        words = words.capitalize()
    text = f"Ada Morrow said {words} people of Vask were killed."
    (number,) = numbers_in(text)
    assert (number.low, number.text) == (n, words)
    assert find(n, text) == number


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=99_999_999))
def test_every_number_in_digits_is_read_back(n: int) -> None:
    for written in (str(n), f"{n:,}"):
        text = f"Ivo Renn said {written} residents of Pell were wounded."
        (number,) = numbers_in(text)
        assert (number.low, number.text) == (n, written)


def test_a_qualifier_before_a_number_in_words_is_read() -> None:
    assert qualifier_of(105, "At least one hundred and five Brellish soldiers died.") == "at_least"
    assert qualifier_of(25, "up to twenty-five soldiers of Osk were hurt") == "up_to"


def _one_figure(count: int, text: str) -> ArticleExtraction:
    evidence = Evidence(source="hw-dravo", sentence=0, start=0, end=len(text), text=text)
    mention = CasualtyMention(
        side="Dravonia",
        outcome="killed",
        category="military",
        count=count,
        qualifier="exact",
        claimant="Ada Morrow",
        evidence=[evidence],
    )
    return ArticleExtraction(
        source="hw-dravo",
        path="hw-dravo.txt",
        sha256="0" * 64,
        title=None,
        published_at="2031-05-10",
        casualties=[mention],
    )


def test_a_count_written_in_words_is_not_recoded_as_the_vague_word_beside_it() -> None:
    # Issue #13: the validator accepts 105 here; the merge used to recode it as "several".
    text = (
        "One hundred and five Dravonian soldiers were killed and several were wounded, "
        "Ada Morrow said."
    )
    (claim,) = merge([_one_figure(105, text)]).casualty_claims
    assert (claim.count, claim.qualifier) == (105, "exact")


def test_a_vague_word_is_still_coded_as_its_range() -> None:
    text = "Dozens of Dravonian soldiers died, Ada Morrow said."
    (claim,) = merge([_one_figure(24, text)]).casualty_claims
    assert (claim.count, claim.qualifier) == (24, "at_least")
    (estimate,) = merge([_one_figure(24, "Dozens of Dravonian soldiers died.")]).casualties
    assert (estimate.low, estimate.best, estimate.high) == (24, 24, 99)
