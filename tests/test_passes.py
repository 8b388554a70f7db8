"""Pass validators and salvage: invalid items never kept, never dropped silently.

The model answers here are HAND-WRITTEN test inputs (what a weak model might send),
not recorded model output.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from handwritten import completion_body
from openai.types.chat import ChatCompletion
from pydantic import ValidationError

from summarizer.extract.article import _salvage
from summarizer.extract.passes import (
    FOCUSED_PASSES,
    ONE_SHOT_PASSES,
    CasualtiesResponse,
    CeasefiresResponse,
    Pass,
    ReactionsResponse,
    to_fields,
)
from summarizer.read.articles import Article, read_text_file

SEED_004 = Path(__file__).parent.parent / "seeds" / "004_403167c6710ec3d8.txt"


@pytest.fixture(scope="module")
def article() -> Article:
    return read_text_file(SEED_004)


def casualty(**overrides: Any) -> dict[str, Any]:
    item = {
        "sentences": [11],
        "side": "Armenia",
        "outcome": "killed",
        "category": "military",
        "count": 105,
        "qualifier": "exact",
        "claimant": "Pashinyan",
    }
    return {**item, **overrides}


def test_a_grounded_item_becomes_exact_evidence(article: Article) -> None:
    response = CasualtiesResponse.model_validate(
        {"casualties": [casualty()]}, context={"article": article}
    )
    (mention,) = to_fields(response, article)["casualties"]  # type: ignore[misc]
    (evidence,) = mention.evidence
    assert evidence.sentence == 11
    assert article.text[evidence.start : evidence.end] == evidence.text
    assert "105 of his country's soldiers" in evidence.text


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (casualty(sentences=[99]), "do not exist"),
        (casualty(count=106, sentences=[3]), "no cited sentence states 106 people killed"),
    ],
)
def test_ungrounded_items_are_rejected_with_a_message_for_the_reask(
    article: Article, bad: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValidationError) as info:
        CasualtiesResponse.model_validate({"casualties": [bad]}, context={"article": article})
    assert message in str(info.value)


@pytest.mark.parametrize(
    ("wrong", "kept", "note"),
    [
        # A claimant the article does not name: the speaker of the sentence.
        (
            casualty(claimant="Emmanuel Macron"),
            ("Armenia", "Pashinyan"),
            "claimant 'Emmanuel Macron' -> 'Pashinyan' ('Emmanuel Macron' is not in the article)",
        ),
        # A side the article does not name: "his country's soldiers" are Pashinyan's, and
        # no sentence says which country that is: unknown, reported.
        (
            casualty(side="Georgia"),
            ("unknown", "Pashinyan"),
            "side 'Georgia' -> 'unknown'",
        ),
    ],
)
def test_a_grounded_figure_with_a_wrong_label_is_repaired_not_dropped(
    article: Article, wrong: dict[str, Any], kept: tuple[str, str], note: str
) -> None:
    notes: list[str] = []
    [item] = CasualtiesResponse.model_validate(
        {"casualties": [wrong]}, context={"article": article, "realigned": notes}
    ).casualties  # type: ignore[attr-defined]
    assert (item.count, item.outcome) == (105, "killed")
    assert (item.side, item.claimant) == kept
    assert any(note in n for n in notes), notes


def test_a_miscited_figure_is_realigned_to_the_one_sentence_that_states_it(
    article: Article,
) -> None:
    notes: list[str] = []
    response = CasualtiesResponse.model_validate(
        {"casualties": [casualty(sentences=[3])]},
        context={"article": article, "realigned": notes},
    )
    (mention,) = to_fields(response, article)["casualties"]  # type: ignore[misc]
    assert [e.sentence for e in mention.evidence] == [11]
    assert notes == ["CasualtyItem: sentences [3] -> [11]"]


def test_no_realignment_when_several_sentences_could_be_meant(article: Article) -> None:
    # "2,000" appears nowhere as a casualty figure: it stays rejected.
    with pytest.raises(ValidationError, match="no cited sentence states 2000"):
        CasualtiesResponse.model_validate(
            {"casualties": [casualty(count=2000, sentences=[1])]}, context={"article": article}
        )


def test_the_side_is_read_from_the_clause_that_states_the_figure(article: Article) -> None:
    # Sentence 11: "Pashinyan said 105 of his country's soldiers were killed ..., while
    # Azerbaijan stated 50 were slain." Azerbaijan is named, but not next to 105: the
    # figure is kept, its side is not Azerbaijan, and the repair is reported.
    notes: list[str] = []
    [item] = CasualtiesResponse.model_validate(
        {"casualties": [casualty(side="Azerbaijan", claimant=None)]},
        context={"article": article, "realigned": notes},
    ).casualties  # type: ignore[attr-defined]
    assert (item.count, item.side, item.claimant) == (105, "unknown", "Pashinyan")
    assert any("named in another clause" in n for n in notes)


def test_a_truce_time_must_be_written_in_its_sentence(article: Article) -> None:
    item = {
        "sentences": [4],
        "announced_by": "Armen Grigoryan",
        "mediators": [],
        "parties": ["Armenia", "Azerbaijan"],
        "effective_at_text": "9am Moscow time",
        "status": "announced",
    }
    # The time is not in the sentence: it is left out, the truce kept, and the time the
    # sentence does give is read from it; both repairs are noted.
    notes: list[str] = []
    context = {"article": article, "realigned": notes}
    [kept] = CeasefiresResponse.model_validate({"ceasefires": [item]}, context=context).ceasefires
    assert kept.announced_by == "Armen Grigoryan"
    assert kept.effective_at_text == "8 p.m. local time (16:00 GMT)"
    assert any("is not in sentence" in n and "left out" in n for n in notes)
    assert any("read from sentence 4" in n for n in notes)
    item["effective_at_text"] = "8 p.m. local time"
    [timed] = CeasefiresResponse.model_validate({"ceasefires": [item]}, context=context).ceasefires
    # Written there, it stands, with the writer's GMT reading that follows it.
    assert timed.effective_at_text == "8 p.m. local time (16:00 GMT)"


def test_salvage_keeps_valid_items_and_reports_each_dropped_one(article: Article) -> None:
    answer = {
        "casualties": [
            casualty(),
            casualty(count=150, sentences=[3]),
            casualty(side="Azerbaijan", count=50, claimant=None),
        ]
    }
    completion = ChatCompletion.model_validate(completion_body(json.dumps(answer)))
    spec = next(p for p in FOCUSED_PASSES if p.name == "casualties")
    response, dropped = _salvage(spec, article, completion, RuntimeError("re-asks ran out"))
    kept = to_fields(response, article)["casualties"]
    assert [(m.side, m.count, m.claimant) for m in kept] == [  # type: ignore[union-attr]
        ("Armenia", 105, "Pashinyan"),
        ("Azerbaijan", 50, "Azerbaijan"),  # read: "Azerbaijan stated 50 were slain"
    ]
    (drop,) = dropped
    assert drop.field == "casualties" and '"count": 150' in drop.item
    assert "no cited sentence states 150" in drop.reason


def test_a_number_that_is_not_a_casualty_figure_is_rejected(article: Article) -> None:
    # Sentence 8: "...after two days of severe fighting": two is not a casualty figure.
    with pytest.raises(ValidationError, match="no cited sentence states 2"):
        CasualtiesResponse.model_validate(
            {"casualties": [casualty(count=2, sentences=[8], side="Armenia", claimant=None)]},
            context={"article": article},
        )


def test_qualifier_and_category_are_read_from_the_wording(article: Article) -> None:
    response = CasualtiesResponse.model_validate(
        {
            "casualties": [
                casualty(
                    count=100,
                    sentences=[12],
                    side="Armenia",
                    claimant="Authorities in Azerbaijan",
                    category="civilian",
                )
            ]
        },
        context={"article": article},
    )
    (item,) = response.casualties  # type: ignore[attr-defined]
    assert (item.qualifier, item.category) == ("up_to", "military")  # "up to 100 ... troops"


def _arrays(schema: Any, path: str = "$") -> list[tuple[str, dict[str, Any]]]:
    """Every array node in a JSON Schema, with where it is."""
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(schema, dict):
        if schema.get("type") == "array":
            found.append((path, schema))
        for key, value in schema.items():
            found += _arrays(value, f"{path}.{key}")
    elif isinstance(schema, list):
        for i, value in enumerate(schema):
            found += _arrays(value, f"{path}[{i}]")
    return found


@pytest.mark.parametrize("pass_", [*FOCUSED_PASSES, *ONE_SHOT_PASSES], ids=lambda p: p.name)
def test_every_list_the_model_writes_is_bounded(pass_: Pass) -> None:
    # A constrained decoder can only close a list the schema bounds; an unbounded one let
    # the embedded model list every sentence of an article until max_tokens cut it off.
    arrays = _arrays(pass_.response_model.model_json_schema())
    assert arrays, "a pass with no list at all"
    unbounded = [path for path, node in arrays if "maxItems" not in node]
    assert not unbounded, f"lists without maxItems: {unbounded}"


def test_reactions_carry_no_words_of_the_models_own(article: Article) -> None:
    # A reaction is quoted from its cited sentence, never summarised by the model.
    fields = to_fields(
        ReactionsResponse.model_validate(
            {
                "reactions": [
                    {
                        "sentences": [18],
                        "actor": "Putin",
                        "stance": "call_for_restraint",
                        "addressed_to": [],
                    }
                ]
            },
            context={"article": article},
        ),
        article,
    )
    [reaction] = fields["reactions"]  # type: ignore[misc]
    assert set(reaction.model_dump()) == {"actor", "stance", "addressed_to", "evidence"}
    assert reaction.evidence[0].text == article.sentence(18).text


def test_a_reaction_is_quoted_from_a_sentence_where_who_reacted_speaks(article: Article) -> None:
    def cited(actor: str, sentences: list[int]) -> list[int]:
        item = {"sentences": sentences, "actor": actor, "stance": "other", "addressed_to": []}
        response = ReactionsResponse.model_validate(
            {"reactions": [item]}, context={"article": article}
        )
        return response.reactions[0].sentences

    # Sentence 34 names the Biden administration only as whom MPs petitioned: it does not
    # speak or act there, so it is no reaction of its.
    with pytest.raises(ValidationError, match="no cited sentence has 'the Biden administration'"):
        cited("the Biden administration", [33])
    # Of the cited sentences, only the one where Putin acts is kept.
    assert cited("Putin", [17, 18]) == [18]
    # Named in three sentences but acting in one: a citation elsewhere moves to it.
    assert cited("Putin", [1]) == [18]


def _truce_article(*sentences: str) -> Article:
    return Article(id="t", path="t.txt", text="\n".join(sentences) + "\n")


def test_an_earlier_truce_broken_is_not_this_truces_status() -> None:
    article = _truce_article(
        "Ruritania and Borduria agreed a ceasefire in Velk on Wednesday, the envoy said.",
        "A previous truce agreed in March was broken within hours.",
        "A string of earlier truces between the two collapsed last year.",
    )
    item = {
        "sentences": [1],
        "announced_by": None,
        "mediators": [],
        "parties": ["Ruritania", "Borduria"],
        "effective_at_text": None,
        "status": "announced",
    }
    [truce] = CeasefiresResponse.model_validate(
        {"ceasefires": [item]}, context={"article": article}
    ).ceasefires
    assert truce.status == "announced"


def test_a_status_said_in_another_cited_sentence_survives_the_time_alignment() -> None:
    article = _truce_article(
        "Ruritania and Borduria agreed to a truce from 6 p.m. Velk time on Friday, the envoy said.",
        "Borduria said Ruritania had violated the truce twice by Saturday morning.",
    )
    item = {
        "sentences": [1, 2],
        "announced_by": None,
        "mediators": [],
        "parties": ["Ruritania", "Borduria"],
        "effective_at_text": "6 p.m. Velk time on Friday",
        "status": "violated",
    }
    [truce] = CeasefiresResponse.model_validate(
        {"ceasefires": [item]}, context={"article": article}
    ).ceasefires
    assert truce.status == "violated"
    assert truce.sentences == [1, 2]  # the sentence that says so stays as evidence


def test_the_sides_that_agree_to_the_truce_are_its_parties() -> None:
    # The article never shows them fighting: agreeing to the truce makes them its sides;
    # a go-between who agrees to guarantee it does not.
    article = _truce_article(
        "Kenya's government and the Vell People's Front (VPF) agreed on Wednesday to a "
        "permanent cessation of hostilities, the mediator said.",
        "Egypt and Qatar agreed to guarantee the truce.",
    )
    item = {
        "sentences": [1, 2],
        "announced_by": None,
        "mediators": [],
        "parties": ["Kenya's government", "Vell People's Front", "Qatar"],
        "effective_at_text": None,
        "status": "announced",
    }
    [truce] = CeasefiresResponse.model_validate(
        {"ceasefires": [item]}, context={"article": article}
    ).ceasefires
    assert truce.parties == ["Kenya's government", "Vell People's Front"]
