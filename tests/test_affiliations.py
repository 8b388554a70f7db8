"""Affiliations learned from the articles' own sentences. Every person and body here is
invented; the states are real, because the states come from maintained data."""

from __future__ import annotations

import pytest

from summarizer.models import ActorMention, ArticleExtraction, CasualtyMention, Evidence
from summarizer.reference.actors import ActorResolver
from summarizer.reference.affiliations import (
    affiliations,
    affiliations_by_article,
    evidence_sentences,
    learn,
)


@pytest.mark.parametrize(
    ("sentence", "name", "actor", "rule"),
    [
        # A: "<state> <title> [,] <Name>"
        ("Norwegian Prime Minister Ana Vell said talks would resume.", "Ana Vell", "norway", "A"),
        ("Chile's foreign minister, Teodor Marsk, called for calm.", "Teodor Marsk", "chile", "A"),
        ("Chile\u2019s Defence Minister Kay Lome told reporters.", "Kay Lome", "chile", "A"),
        ("The UN envoy Sela Morrow arrived on Monday.", "Sela Morrow", "un", "A"),
        ("UN Secretary-General Sela Morrow urged restraint.", "Sela Morrow", "un", "A"),
        ("EU foreign policy chief Tomas Weil welcomed it.", "Tomas Weil", "eu", "A"),
        ("Chilean ambassador to Peru Dana Rusk was summoned.", "Dana Rusk", "chile", "A"),
        ("Kenya's army chief, General Omari Tuk, said 5 died.", "Omari Tuk", "kenya", "A"),
        ("Fijian President Abdel Karim el-Nouri spoke.", "Abdel Karim el-Nouri", "fiji", "A"),
        # B: "<Name>, <appositive with a title and the state>"
        (
            "Ivo Brandt, Ghana's defence ministry spokeswoman, denied it.",
            "Ivo Brandt",
            "ghana",
            "B",
        ),
        (
            "Lina Oduya, the Peruvian foreign minister, met her counterpart.",
            "Lina Oduya",
            "peru",
            "B",
        ),
        ("Maro Tesh, a spokeswoman for the Kenyan army, said 12 died.", "Maro Tesh", "kenya", "B"),
        (
            "Rafe Dunmore, a senior member of Chile's upper house, spoke.",
            "Rafe Dunmore",
            "chile",
            "B",
        ),
        # C: "<title> of <state> [,] <Name>"
        (
            "The Minister of Foreign Affairs of Nepal, Rasa Kuntel, called.",
            "Rasa Kuntel",
            "nepal",
            "C",
        ),
        # D: "[<title>] <Name> of <state>"
        ("President Oren Falk of Fiji welcomed the deal.", "Oren Falk", "fiji", "D"),
        ("Ana Vell of the Norwegian army spoke.", "Ana Vell", "norway", "D"),
        # F: "<state> ... its <title> <Name>"
        (
            "Kenya said its defence ministry spokesman Pavo Lint would speak.",
            "Pavo Lint",
            "kenya",
            "F",
        ),
    ],
)
def test_each_rule(sentence: str, name: str, actor: str, rule: str) -> None:
    found = [(a.name, a.actor, a.rule) for a in learn([sentence])]
    assert (name, actor, rule) in found
    assert affiliations([sentence])[name] == actor


def test_a_body_named_as_the_armys_wing_speaks_for_the_army_named_elsewhere() -> None:
    sentences = [
        "Clashes with the Kenyan army continued overnight.",
        "The GRS, the army's media wing, said 12 soldiers died.",
        "The NSB, Chile's intelligence agency, denied it.",
    ]
    found = {(a.name, a.actor, a.kind, a.rule) for a in learn(sentences)}
    assert ("GRS", "kenya", "body", "E") in found
    assert ("NSB", "chile", "body", "E") in found
    resolver = ActorResolver(affiliations(sentences))
    grs = resolver.resolve("GRS")
    assert (grs.kind, grs.speaks_for) == ("organization", "kenya")
    assert resolver.party("the GRS").id == "kenya"


def test_a_states_wing_named_after_it_speaks_for_the_state() -> None:
    sentences = [
        "Chile's armed wing, the Arica al-Norte Brigades, said 80 of its fighters died.",
        "Peru's army, which shelled Tacna, gave no figure.",  # no name after the comma
    ]
    found = {(a.name, a.actor, a.kind, a.rule) for a in learn(sentences)}
    assert found == {("Arica al-Norte Brigades", "chile", "body", "E")}
    assert ActorResolver(affiliations(sentences)).party("the Arica al-Norte Brigades").id == "chile"


def test_the_army_is_nobodys_when_two_armies_are_named() -> None:
    sentences = [
        "Clashes between the Kenyan army and the Ugandan military continued.",
        "The GRS, the army's media wing, said 12 soldiers died.",
    ]
    assert "GRS" not in affiliations(sentences)


@pytest.mark.parametrize(
    "sentence",
    [
        "Former Norwegian president Gus Holm criticised the deal.",
        "Kenyan opposition leader Sam Dee called for protests.",
        "Ana Vell, the envoy to Peru, said talks had failed.",  # Peru is the counterpart
        "On Monday, the Peruvian defence minister said 3 died.",
        "Meanwhile, the Chilean foreign minister flew to Lima.",
        "In Lima, Peruvian officials said 3 people died.",
        "Chile, Peru's neighbour, closed the border.",
        "Vell said the army would hold its positions.",
        "Ana Vell, who met the Peruvian foreign minister, left.",
        "The Central Bank of Chile raised rates.",
        "Talks with the Chilean president Tuesday failed.",
    ],
)
def test_no_affiliation(sentence: str) -> None:
    assert affiliations([sentence]) == {}


def test_a_first_name_that_is_a_country_does_not_hide_the_person() -> None:
    learned = affiliations(["Jordan Pell, a Chilean envoy, said talks failed."])
    assert learned == {"Jordan Pell": "chile", "Pell": "chile"}
    assert ActorResolver(learned).party("Jordan Pell").id == "chile"


def test_surnames_map_once_the_full_name_is_tied() -> None:
    sentences = ["Norwegian Prime Minister Ana Vell said talks would resume."]
    learned = affiliations(sentences)
    assert learned == {"Ana Vell": "norway", "Vell": "norway"}
    resolver = ActorResolver(learned)
    assert resolver.party("Vell").id == "norway"
    assert resolver.resolve("Vell").id == resolver.resolve("Ana Vell").id == "ana-vell"
    assert resolver.party("Prime Minister Ana Vell").id == "norway"


def test_a_surname_shared_across_states_maps_to_nobody() -> None:
    learned = affiliations(
        [
            "Norwegian Foreign Minister Ana Vell spoke.",
            "Chilean Defence Minister Rui Vell spoke.",
        ]
    )
    assert learned["Ana Vell"] == "norway" and learned["Rui Vell"] == "chile"
    assert "Vell" not in learned


def test_the_majority_of_sentences_decides_and_a_tie_decides_nothing() -> None:
    majority = affiliations(
        [
            "Norwegian envoy Ana Vell spoke.",
            "Ana Vell, Norway's envoy, spoke again.",
            "Chilean envoy Ana Vell spoke.",
        ]
    )
    assert majority["Ana Vell"] == "norway"
    tie = affiliations(["Norwegian envoy Ana Vell spoke.", "Chilean envoy Ana Vell spoke."])
    assert "Ana Vell" not in tie and "Vell" not in tie


def test_order_does_not_matter() -> None:
    sentences = [
        "Norwegian Prime Minister Ana Vell said talks would resume.",
        "Lina Oduya, the Peruvian foreign minister, met her counterpart.",
        "Chilean envoy Ana Vell spoke.",
        "Norwegian envoy Ana Vell spoke again.",
        "Clashes with the Kenyan army continued.",
        "The GRS, the army's media wing, said 12 soldiers died.",
    ]
    assert affiliations(sentences) == affiliations(reversed(sentences))
    assert affiliations(sentences) == affiliations(sentences + sentences[:2])


def _evidence(source: str, n: int, text: str) -> Evidence:
    return Evidence(source=source, sentence=n, start=0, end=len(text), text=text)


def test_evidence_sentences_gathers_every_cited_sentence_once() -> None:
    first = _evidence("b", 2, "Norwegian Prime Minister Ana Vell said 12 soldiers died.")
    second = _evidence("a", 5, "Vell said the army would hold.")
    article = ArticleExtraction(
        source="b",
        path="b.txt",
        sha256="0" * 64,
        title=None,
        actors=[ActorMention(name="Norway", role="belligerent", evidence=[first])],
        casualties=[
            CasualtyMention(
                side="Norway",
                outcome="killed",
                category="military",
                count=12,
                qualifier="exact",
                claimant="Vell",
                evidence=[first, second],
            )
        ],
    )
    sentences = evidence_sentences([article, article])
    assert sentences == [second.text, first.text]
    resolver = ActorResolver(affiliations(sentences))
    assert resolver.party("Vell").id == "norway"  # the claimant as the merge sees it


def test_a_title_naming_a_states_body_ties_the_person_to_that_state() -> None:
    sentence = "Norway's health ministry raised its toll to 62, ministry spokesman Ana Vell said."
    assert affiliations([sentence]) == {"Ana Vell": "norway", "Vell": "norway"}
    # The only state named is the attacker: the spokesman is not its own.
    attacker = "Health ministry spokesman Ana Vell said 62 died in twelve days of Chilean strikes."
    assert affiliations([attacker]) == {}
    killed = "Chilean aircraft struck the base, killing army commander Rui Holm and two aides."
    assert affiliations([killed]) == {}


def test_a_movement_that_governs_a_state_speaks_for_it() -> None:
    from summarizer.reference.affiliations import affiliations

    found = affiliations(
        [
            "A truce between Peru and Chile's Klow Front administration held overnight.",
            "Chile's Defence Ministry said the border was calm.",
        ]
    )
    assert found.get("Klow Front") == "chile"
    assert "Defence Ministry" not in found and "Defence" not in found


def test_a_side_written_as_a_body_tied_to_a_state_is_that_states_side() -> None:
    from handwritten import one_figure_extraction

    from summarizer.merge.briefing import merge

    text = "Chile's Klow Front administration said 12 of its fighters were killed."
    extraction = one_figure_extraction("a", text, "2031-05-10", count=12, claimant="Klow Front")
    [figure] = extraction.casualties
    extraction = extraction.model_copy(
        update={"casualties": [figure.model_copy(update={"side": "Klow Front"})]}
    )
    [claim] = merge([extraction]).casualty_claims
    assert claim.side == "chile"


def test_a_government_spokesman_named_by_no_state_speaks_for_the_armys_state() -> None:
    sentences = [
        "Chilean troops fought Klow separatists in the northern town of Arica on Saturday.",
        "Government spokesman Ivo Tal said eight soldiers were killed.",
    ]
    assert affiliations(sentences)["Ivo Tal"] == "chile"
    # Two states' armies named: the spokesman is nobody's.
    two = [*sentences, "Peruvian troops massed on the border."]
    assert "Ivo Tal" not in affiliations(two)


@pytest.mark.parametrize(
    "sentences",
    [
        # a rebel army's spokesman is not the state's
        ["Chilean troops shelled Klow on Monday.", "Rebel army spokesman Ana Kor said 12 died."],
        # "the government" after another state's ministry is not the army's state
        [
            "The Chilean army shelled Klow on Monday.",
            "Peru's foreign ministry condemned the attack, and the government recalled its envoy.",
        ],
        # a list after "Chile's army," is no appositive
        ["Fighting between Chile's army, the Vell Brigades and local militias went on."],
    ],
)
def test_review_counterexamples_tie_nobody_to_chile(sentences: list[str]) -> None:
    assert "chile" not in affiliations(sentences).values()


def test_the_army_of_an_article_is_the_one_its_own_sentences_name() -> None:
    """ "The GRS, the army's media wing" in a wire that names only Chile's army is Chile's,
    though another article names Peru's army too; a name all the articles tie stays theirs;
    the articles in any order give the same map."""
    chilean = [
        "Chile's army said its troops had retaken Arica.",
        "The GRS, the army's media wing, said 12 soldiers had been killed.",
    ]
    peruvian = ["Peru's army said its artillery had shelled Tacna."]
    assert "GRS" not in affiliations([*chilean, *peruvian])  # two armies: no one army
    found = affiliations_by_article([chilean, peruvian])
    assert found["GRS"] == "chile"
    assert affiliations_by_article([peruvian, chilean]) == found


@pytest.mark.parametrize(
    ("sentence", "name", "actor"),
    [
        # Ranks as wires abbreviate them, with or without full stops.
        ("Chile's army spokesman, Maj. Gen. Ivo Brandt, said 5 died.", "Ivo Brandt", "chile"),
        ("Col. Lina Oduya, a spokeswoman for the Peruvian army, said it.", "Lina Oduya", "peru"),
        ("Kenyan army spokesman Lt Col Omari Tuk said the road was shut.", "Omari Tuk", "kenya"),
        # A title with its complement and its acronym in brackets before the name.
        (
            "Ghana's Director General of Military Operations (DGMO) Lt Gen Kay Lome said so.",
            "Kay Lome",
            "ghana",
        ),
    ],
)
def test_ranks_and_bracketed_acronyms_stand_between_a_title_and_its_name(
    sentence: str, name: str, actor: str
) -> None:
    found = affiliations([sentence])
    assert found.get(name) == actor
    # No word of a title or a rank is taken for the name.
    assert not {"Maj", "Col", "Lt", "Operations", "Military Operations"} & set(found)


def test_a_title_naming_another_states_office_names_nobody() -> None:
    sentence = "Ghana's Director General of Military Operations had telephoned his counterpart."
    assert affiliations([sentence]) == {}


def test_the_armys_organ_unnamed_is_the_armys_state() -> None:
    sentences = [
        "Kenya's army said its troops had crossed the river at Vell.",
        "Thirty were killed, the army's media wing said on Sunday.",
    ]
    assert affiliations(sentences).get("army's media wing") == "kenya"
    assert ActorResolver(affiliations(sentences)).party("the army's media wing").id == "kenya"
    # Not "the army's position", and nobody's when two armies are named.
    assert "army's position" not in affiliations([sentences[0], "The army's position held."])
    two = [*sentences, "Tanzania's army denied it."]
    assert "army's media wing" not in affiliations(two)


def test_a_claimant_is_tied_by_a_sentence_no_figure_cites() -> None:
    """The extraction keeps who speaks for whom from the whole article, so the merge ties
    a claimant whose defining sentence no item cites."""
    from summarizer.extract.article import time_mentions
    from summarizer.extract.speakers import speakers
    from summarizer.merge.briefing import merge
    from summarizer.read.articles import Article

    text = (
        "VELL, March 3 (Korva Wire) - Kenyan and Tanzanian troops clashed near Vell. "
        "Lt Gen Ivo Brandt, director general of Kenya's army press office, met reporters. "
        "Brandt said 12 Kenyan soldiers were killed."
    )
    article = Article(id="a1", path="a1.txt", text=text, published_at="2031-03-03")
    [cited] = [s for s in article.sentences if s.text.startswith("Brandt said")]
    kept = speakers(article)
    assert {(s.name, s.actor) for s in kept} >= {("Ivo Brandt", "kenya")}
    assert all(s.evidence[0].text in text for s in kept)

    def extraction(with_speakers: bool) -> ArticleExtraction:
        return ArticleExtraction(
            source="a1",
            path="a1.txt",
            sha256=article.sha256,
            title=None,
            published_at="2031-03-03",
            time_mentions=time_mentions(article),
            speakers=kept if with_speakers else [],
            casualties=[
                CasualtyMention(
                    side="Kenya",
                    outcome="killed",
                    category="military",
                    count=12,
                    qualifier="exact",
                    claimant="Brandt",
                    evidence=[article.evidence(cited.index)],
                )
            ],
        )

    [claim] = merge([extraction(True)]).casualty_claims
    assert claim.claimant == "kenya"
    [untied] = merge([extraction(False)]).casualty_claims
    assert untied.claimant != "kenya"  # what the cited sentence alone cannot say


def test_a_name_the_articles_read_whole_tie_to_different_states_is_nobodys() -> None:
    """(reviewed counterexample) "the army's media wing" of a Kenyan wire and of two
    Tanzanian ones: the merge resolves a name alike everywhere, so no vote decides it."""
    from summarizer.models import SpeakerMention

    def tie(source: str, actor: str) -> SpeakerMention:
        text = "Thirty soldiers were killed, the army's media wing said."
        evidence = Evidence(source=source, sentence=1, start=0, end=len(text), text=text)
        return SpeakerMention(
            name="army's media wing", actor=actor, kind="body", evidence=[evidence]
        )

    stated = [tie("a1", "kenya"), tie("a2", "tanzania"), tie("a3", "tanzania")]
    assert "army's media wing" not in affiliations_by_article([[], [], []], stated)
    assert affiliations_by_article([[]], stated[1:])["army's media wing"] == "tanzania"


def test_troops_serving_with_a_multinational_force_are_not_their_states_army() -> None:
    """ "United States troops serving with the UN force" name no army of the war: the
    army's spokesman is not American for them (reviewed: the dateline is no sign either)."""
    sentences = [
        "Kenyan troops serving with the UN force evacuated rebels from Vell on Monday.",
        "Army spokesman Colonel Ivo Brandt said two soldiers had been killed.",
    ]
    assert "Ivo Brandt" not in affiliations(sentences)
    # A state's army fighting is still whose "the army" is.
    fighting = [*sentences, "Tanzanian troops shelled Vell overnight."]
    assert affiliations(fighting)["Ivo Brandt"] == "tanzania"


def test_an_acronym_the_article_defines_for_a_states_body_speaks_for_the_state() -> None:
    sentences = [
        "The Kenya Defence Forces (KDF) said its jets struck depots near Vell overnight.",
        "Colonel Ana Tarin, the KDF spokesman, told reporters 12 fighters had been killed.",
    ]
    assert affiliations(sentences) == {"KDF": "kenya", "Ana Tarin": "kenya", "Tarin": "kenya"}
    # An acronym the article defines for two states' bodies is neither's.
    both = [*sentences, "The Tanzania Defence Forces (KDF) denied it."]
    assert "Ana Tarin" not in affiliations(both)


def test_a_movement_that_governs_a_state_names_it_in_a_title() -> None:
    sentences = [
        "A truce between Kenya and Tanzania's Mbali Front administration held overnight.",
        "At a news conference, chief Mbali Front spokesman Ana Tarin said 9 fighters died.",
    ]
    tied = affiliations(sentences)
    assert (tied["Mbali Front"], tied["Ana Tarin"]) == ("tanzania", "tanzania")


def test_a_bare_secretary_general_heads_the_one_organisation_the_article_names() -> None:
    sentences = [
        "The UN said 12 civilians were killed near Vell.",
        "Secretary-General Ana Tarin welcomed the pause, his spokesman said.",
    ]
    assert affiliations(sentences)["Ana Tarin"] == "un"
    # two organisations: whose office it is, the sentences do not say
    two = [*sentences, "NATO called for calm."]
    assert "Ana Tarin" not in affiliations(two)


def test_reviewed_counterexamples_of_the_secretary_general_rule() -> None:
    un = "The UN said 12 civilians were killed near Vell."
    assert "Ana Tarin" not in affiliations(
        [un, "Secretary-General Ana Tarin of the Klow Front said 9 fighters died."]
    )
    assert "Ana Tarin" not in affiliations([un, "Defence Secretary-General Ana Tarin said so."])
    # an organisation other than the UN: its head's title is not bare in the news
    assert "Ana Tarin" not in affiliations(
        ["The EU said 12 were killed.", "Secretary-General Ana Tarin welcomed the pause."]
    )


def test_an_acronym_defined_for_a_body_of_a_state_named_after_it_is_that_states() -> None:
    """ "the Armed Forces of Kenya (AFK)": the acronym names Kenya's body wherever it is
    written ("according to the AFK Public Affairs Office"), though the letters might spell
    a news agency elsewhere."""
    from summarizer.reference.actors import ActorResolver

    sentences = [
        "Troops will hold their fire on Sunday, the Armed Forces of Kenya (AFK) announced.",
        "Colonel Ana Tarin, the AFK spokesperson, said the pause would begin at 6 a.m.",
        "By Friday 280 fighters had been killed, according to the AFK Public Affairs Office.",
    ]
    tied = affiliations(sentences)
    assert (tied["AFK"], tied["Ana Tarin"]) == ("kenya", "kenya")
    resolver = ActorResolver(tied)
    assert resolver.party("AFK Public Affairs Office").id == "kenya"
    assert resolver.party("AFK").id == "kenya"
    # A movement against the state, or a lower-case noun, defines no body of it.
    assert "LFK" not in affiliations(["The Liberation Front of Kenya (LFK) said it."])
    assert "AK" not in affiliations(["The army of Kenya (AK) said it."])


def test_reviewed_counterexamples_of_rule_j() -> None:
    # A rebel army named after the state, and a state's commission, are not its forces.
    assert "RAK" not in affiliations(["The Republican Army of Kenya (RAK) attacked posts."])
    assert "HRCK" not in affiliations(
        ["The Human Rights Commission of Kenya (HRCK) said 40 civilians were killed."]
    )


def test_a_spokesman_for_the_armed_forces_of_a_state_speaks_for_it() -> None:
    from summarizer.reference.affiliations import affiliations

    found = affiliations(
        ('"Three were killed," said Ivo Tal, spokesman for the Armed Forces of the Philippines.',)
    )
    assert found.get("Ivo Tal") == "philippines"
    # a body of the state named after "of the": still the state's, not the UN's
    found = affiliations(("Ana Vell, secretary of the Security Council of Armenia, said.",))
    assert found.get("Ana Vell") == "armenia"


def test_a_bare_state_office_in_a_wire_sentence_is_the_datelines_states() -> None:
    """ "LIMA, Sept. 17 (Agency) - The Defence Minister, Mr. A. B. Vell, told Congress":
    Peru's minister (the dateline's capital names the state); "Mr. Vell" later is he. No
    dateline, or a town no data places, ties nobody."""
    sentences = [
        "LIMA, Sept. 17 (Agency) - The Defence Minister, Mr. A. B. Vell, told Congress "
        "today that 1,333 soldiers had been killed.",
        "Mr. Vell said the army had destroyed 300 tanks.",
    ]
    resolver = ActorResolver(affiliations(sentences))
    assert resolver.party("Mr. Vell").id == resolver.party("A. B. Vell").id == "peru"
    for other in (sentences[0].split(" - ", 1)[1], sentences[0].replace("LIMA", "KLOW")):
        assert ActorResolver(affiliations([other])).party("A. B. Vell").id != "peru"
