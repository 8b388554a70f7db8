"""Rules found on the thirty-sixth session's reading of rounds 36 and 37 (opened): a state
organ named by no name counts its own state's people; a toll no one is said to have given
is a reading of its people's own series; a report on a truce begun at another clock is
another truce's; a bare dateline's city is the capital of its name; people serving with
the government's forces are its soldiers. HAND-WRITTEN names and sentences about invented
places (Ruritania, Borduria, Klow, Vell), and real states where the data must know them.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from handwritten import one_figure_extraction, truce_extraction

from summarizer.merge.briefing import merge


def _claimant(text: str, count: int, marker: str, proposed: str = "unattributed") -> str:
    from summarizer.extract.claimants import claimant_for
    from summarizer.extract.labels import article_names
    from summarizer.read.articles import Article

    article = Article(id="t", path="t.txt", text=text)
    sentences = tuple(s.text for s in article.sentences)
    n = next(s.index for s in article.sentences if marker in s.text)
    return claimant_for(proposed, count, [n], article_names(sentences)).value


def test_a_ministrys_statement_of_no_named_state_is_the_datelines() -> None:
    text = (
        "ACCRA, Ghana, June 19 (Reuters) - Togolese jets bombed the Ghanaian town of Klow "
        "again on Thursday, and Ghanaian gunners shelled Togolese posts across the river.\n\n"
        "A defence ministry bulletin said 23 Ghanaian troops had died and 61 had been hurt "
        "since the clashes started."
    )
    assert _claimant(text, 23, "bulletin said") == "Ghana"


def test_an_army_headquarters_of_no_named_state_counts_the_losses_it_owns() -> None:
    text = (
        "GENEVA, Wednesday - Fighting between Ghana and Togo spread along the border, "
        "diplomats said.\n\n"
        "Refugees crowded the roads south of Klow.\n\n"
        "General headquarters announced that Ghanaian losses since Friday, March 3, stood at "
        "17 dead, 52 wounded and two missing."
    )
    assert _claimant(text, 17, "General headquarters") == "Ghanaian"
    # ... not when the dateline reports from the other state at war: its own organ
    # counting the enemy's dead
    from_the_other = text.replace("GENEVA, Wednesday", "LOME, Togo, Wednesday")
    assert _claimant(from_the_other, 17, "General headquarters") != "Ghanaian"
    # ... nor when the organ says it inflicted them
    did_it = text.replace(
        "Ghanaian losses since Friday, March 3, stood at 17 dead",
        "its gunners had killed 17 Ghanaian soldiers since Friday",
    )
    assert _claimant(did_it, 17, "General headquarters") != "Ghanaian"


def test_reviewed_an_organ_of_no_name_beside_its_foe_or_its_harm_is_not_the_victims() -> None:
    opening = (
        "GENEVA, Wednesday - Fighting between Ghana and Togo spread along the border, "
        "diplomats said.\n\nRefugees crowded the roads south of Klow.\n\n"
    )
    for said in (
        "A defence ministry bulletin said its troops had thrown back the raid, killing 23 "
        "Ghanaian troops.",
        "General headquarters said 23 Ghanaian troops died while attacking its posts.",
        "General headquarters in Lome said 23 Ghanaian troops had died.",
        "Its general staff said 23 Ghanaian troops had died.",
    ):
        assert _claimant(opening + said, 23, said[:12]) != "Ghanaian", said
    # ... nor when the sentence before names the other state speaking
    after_togo = (
        opening.replace("Refugees crowded the roads south of Klow.", "Togo said it had won.")
        + "General headquarters said 23 Ghanaian troops had died in the raid."
    )
    assert _claimant(after_togo, 23, "General headquarters said 23") != "Ghanaian"


def test_an_unattributed_toll_is_superseded_by_its_peoples_own_later_count() -> None:
    first = one_figure_extraction(
        "01",
        "KLOW, Ruritania, June 6 - Bordurian warplanes bombed Klow on Friday, killing at "
        "least 40 people.",
        "2031-06-06",
        count=40,
        claimant="unattributed",
    )
    later = one_figure_extraction(
        "02",
        "KLOW, Ruritania, June 9 - The Ruritanian government said 44 people had been killed "
        "in Friday's raid on Klow.",
        "2031-06-09",
        count=44,
        claimant="Ruritanian government",
    )
    for order in ([first, later], [later, first]):
        claims = {c.count: c for c in merge(order).casualty_claims}
        assert (claims[40].status, claims[44].status) == ("superseded", "current")


def test_an_unattributed_part_of_its_articles_toll_stays_current() -> None:
    first = one_figure_extraction(
        "01",
        "KLOW, Ruritania, June 6 - Three Ruritanian soldiers, one officer among them, were "
        "killed in a clash with Bordurian troops, the army said.",
        "2031-06-06",
        count=3,
        claimant="Ruritanian army",
        category="military",
    )
    # (the officer: a part of the article's toll, given by no one named)
    officer = first.casualties[0].model_copy(update={"count": 1, "claimant": "unattributed"})
    first = first.model_copy(update={"casualties": [*first.casualties, officer]})
    later = one_figure_extraction(
        "02",
        "KLOW, Ruritania, June 9 - The Ruritanian army said 20 of its soldiers had been "
        "killed in the clash.",
        "2031-06-09",
        count=20,
        claimant="Ruritanian army",
        category="military",
    )
    claims = {c.count: c for c in merge([first, later]).casualty_claims}
    assert (claims[3].status, claims[1].status, claims[20].status) == (
        "superseded",
        "current",
        "current",
    )


def test_an_unattributed_toll_replaces_no_named_count() -> None:
    own = one_figure_extraction(
        "01",
        "KLOW, Ruritania, June 6 - The Ruritanian army said six of its soldiers had been "
        "killed since Thursday.",
        "2031-06-06",
        count=6,
        claimant="Ruritanian army",
    )
    claimed = one_figure_extraction(
        "02",
        "VELL, June 9 - Bordurian officers say their units have slain some 100 Ruritanian "
        "conscripts.",
        "2031-06-09",
        count=100,
        claimant="unattributed",
    )
    claims = {c.count: c for c in merge([own, claimed]).casualty_claims}
    assert (claims[6].status, claims[100].status) == ("current", "current")


def test_an_unattributed_part_of_anyones_toll_in_its_sentence_stays_current() -> None:
    first = one_figure_extraction(
        "01",
        "KLOW, Ruritania, June 6 - Bordurian mortars struck a school in Klow, hurting five "
        "people, among them two pupils.",
        "2031-06-06",
        count=5,
        claimant="unattributed",
        side="Ruritania",
        outcome="wounded",
    )
    # (the pupils, read as another side's by a model: a part of the five still)
    children = first.casualties[0].model_copy(update={"count": 2, "side": "Borduria"})
    first = first.model_copy(update={"casualties": [*first.casualties, children]})
    later = one_figure_extraction(
        "02",
        "VELL, Borduria, June 9 - The Bordurian army said 14 of its soldiers had been wounded.",
        "2031-06-09",
        count=14,
        claimant="Bordurian army",
        side="Borduria",
        outcome="wounded",
    )
    claims = {c.count: c for c in merge([first, later]).casualty_claims}
    assert claims[2].status == "current"


_OTHER_TRUCE = (
    "The truce around the Vell bridge, which began at a quarter to five in the afternoon, "
    "had broken down before dawn, and nobody spoke of it again."
)


def test_a_sentence_that_starts_a_truce_at_another_clock_reports_another_truce() -> None:
    text = (
        "KLOW, Nov. 7 - The general truce between Ruritania and Borduria began at 10 p.m., "
        "local time, and has held since. " + _OTHER_TRUCE
    )
    assert _status_kept(text, "at 10 p.m., local time") != "collapsed"


def _status_kept(text: str, when: str) -> str:
    """The status a HAND-WRITTEN model answer of "collapsed", citing sentences 1 and 2 of
    `text` with `when` as its time, keeps once validated."""
    from summarizer.extract.passes import CeasefireItem
    from summarizer.read.articles import Article

    article = Article(id="t", path="t.txt", text=text)
    item = CeasefireItem.model_validate(
        {
            "sentences": [1, 2],
            "announced_by": None,
            "mediators": [],
            "parties": ["Ruritania", "Borduria"],
            "effective_at_text": when,
            "status": "collapsed",
        },
        context={"article": article, "realigned": []},
    )
    return str(item.status)


def test_a_report_on_a_truce_begun_at_another_clock_is_not_this_ones() -> None:
    from summarizer.models import CeasefireMention, Evidence

    timed = truce_extraction(
        "01",
        "2031-11-07",
        "KLOW, Nov. 7 - The general truce began at 10 p.m. on Sunday, local time.",
        parties=("Ghana", "Togo"),
        announced_by="Ghana",
        when="at 10 p.m. on Sunday, local time",
        status="holding",
    )
    # (the same article's next sentence: its "local" clock is the same place's)
    at = len(timed.ceasefires[0].evidence[0].text) + 1
    report = CeasefireMention(
        announced_by=None,
        mediators=[],
        parties=[],
        effective_at_text=None,
        status="collapsed",
        evidence=[
            Evidence(
                source="01", sentence=2, start=at, end=at + len(_OTHER_TRUCE), text=_OTHER_TRUCE
            )
        ],
    )
    timed = timed.model_copy(update={"ceasefires": [*timed.ceasefires, report]})
    attempts = merge([timed]).ceasefire_attempts
    timed_ones = [a for a in attempts if a.effective_at is not None]
    assert timed_ones and all(a.status != "collapsed" for a in timed_ones)
    # ... a "local" clock of another article may be another place's: the same instant
    elsewhere = truce_extraction(
        "02", "2031-11-07", _OTHER_TRUCE, parties=(), announced_by=None, status="collapsed"
    )
    original = timed.model_copy(update={"ceasefires": timed.ceasefires[:1]})
    attempts = merge([original, elsewhere]).ceasefire_attempts
    assert any(a.status == "collapsed" for a in attempts if a.effective_at is not None)


def test_a_bare_dateline_city_is_the_capital_of_its_name() -> None:
    from summarizer.reference.zones import city

    # (Douglas, the Isle of Man's capital, and a slightly larger Irish town of its name)
    assert city("Douglas", capital_first=True).country == "IMN"
    # ... not a hamlet of a capital beside a city ("HAMILTON" is Ontario's, not Bermuda's)
    assert city("Hamilton", capital_first=True).country == "CAN"


def test_people_serving_with_the_government_forces_are_its_soldiers() -> None:
    from summarizer.extract.labels import article_names, side_for
    from summarizer.read.articles import Article

    text = (
        "FREETOWN, Sierra Leone, Jan. 14 - Rebels who crossed the border attacked the town of "
        "Klow again on Tuesday.\n\n"
        "Four Sierra Leoneans serving in the security forces died in the raid, and 11 were "
        "hurt, the ministry said."
    )
    article = Article(id="t", path="t.txt", text=text)
    sentences = tuple(s.text for s in article.sentences)
    cited = next(s.text for s in article.sentences if "serving" in s.text)
    names = article_names(sentences)
    found = side_for("Sierra Leoneans", 4, cited, "ministry", names)
    assert names.resolver.party(found.value).id == "sierra-leone"  # (not everyone's toll)


def test_a_report_on_a_truce_begun_at_its_clock_in_another_zone_is_this_ones() -> None:
    timed = truce_extraction(
        "01",
        "2031-06-07",
        "AMMAN, June 7 - The truce began at noon today, Jordan time.",
        parties=("Jordan", "Syria"),
        announced_by="Jordan",
        when="at noon today, Jordan time",
    )
    report = truce_extraction(
        "02",
        "2031-06-08",
        "Monitors said the truce, begun at 0900 GMT on Saturday, was being respected.",
        parties=(),
        announced_by=None,
        status="holding",
    )
    attempts = merge([timed, report]).ceasefire_attempts
    assert len(attempts) == 1 and attempts[0].status == "holding"


def test_reviewed_a_toll_given_by_no_one_replaces_no_other_such_toll() -> None:
    days = [
        one_figure_extraction(
            f"0{i}",
            f"KLOW, Ruritania, June {day} - Bordurian shelling killed {count} people in Klow "
            "today.",
            f"2031-06-{day:02d}",
            count=count,
            claimant="unattributed",
        )
        for i, (day, count) in enumerate([(6, 40), (10, 55)], start=1)
    ]
    claims = {c.count: c for c in merge(days).casualty_claims}
    assert (claims[40].status, claims[55].status) == ("current", "current")


def test_reviewed_a_dateline_with_a_second_place_is_no_bare_capital() -> None:
    from summarizer.extract.scene import _dateline_states
    from summarizer.reference.actors import ActorResolver

    resolver = ActorResolver()
    assert _dateline_states(("DOUGLAS, Jan. 3 - The council met.",), resolver) == {"isle-of-man"}
    assert _dateline_states(("DOUGLAS, Cork, Jan. 3 - The council met.",), resolver) == {"ireland"}


def test_reviewed_people_serving_in_anothers_forces_are_not_the_states() -> None:
    from summarizer.extract.labels import article_names, side_for
    from summarizer.read.articles import Article

    text = (
        "FREETOWN, Sierra Leone, Jan. 14 - Rebels who crossed the border attacked the town of "
        "Klow again on Tuesday.\n\n"
        "Four men serving in the security forces of the rebel Klow Front died in the raid, "
        "the ministry said."
    )
    article = Article(id="t", path="t.txt", text=text)
    sentences = tuple(s.text for s in article.sentences)
    names = article_names(sentences)
    found = side_for("rebels", 4, sentences[-1], "ministry", names)
    assert names.resolver.party(found.value).id != "sierra-leone"


def test_reviewed_a_clock_completed_from_another_clause_is_read_on_a_twelve_hour_dial() -> None:
    text = (
        "KLOW, Nov. 7 - The cease-fire came into force at 8.30 p.m. on Sunday. The truce took "
        "effect at half past eight and by the morning it had collapsed."
    )
    assert _status_kept(text, "at 8.30 p.m. on Sunday") == "collapsed"


def test_reviewed_a_claim_whose_claimant_is_hidden_is_no_reading_of_the_toll() -> None:
    claimed = one_figure_extraction(
        "01",
        "VELL, June 6 - An officer in Vell claimed 250 Ruritanian dead.",
        "2031-06-06",
        count=250,
        claimant="unattributed",
    )
    own = one_figure_extraction(
        "02",
        "KLOW, Ruritania, June 9 - The Ruritanian army said 410 of its soldiers had been "
        "killed since the fighting began.",
        "2031-06-09",
        count=410,
        claimant="Ruritanian army",
    )
    claims = {c.count: c for c in merge([claimed, own]).casualty_claims}
    assert claims[250].status == "current"


def test_reviewed_a_toll_written_as_a_part_of_a_group_is_no_reading_of_the_toll() -> None:
    part = one_figure_extraction(
        "01",
        "KLOW, Ruritania, June 6 - Bordurian mortars struck a school in Klow, hurting nine "
        "people, among them a teacher and two of her pupils.",
        "2031-06-06",
        count=2,
        claimant="unattributed",
        outcome="wounded",
    )
    own = one_figure_extraction(
        "02",
        "KLOW, Ruritania, June 9 - The Ruritanian army said 31 of its soldiers had been "
        "wounded since the fighting began.",
        "2031-06-09",
        count=31,
        claimant="Ruritanian army",
        outcome="wounded",
    )
    claims = {c.count: c for c in merge([part, own]).casualty_claims}
    assert claims[2].status == "current"


def test_local_time_in_a_state_of_several_clocks_is_the_fightings() -> None:
    # (Indonesia keeps three clocks: Jakarta's UTC+7, Jayapura's UTC+9); two reports from
    # the fighting's town, where most articles place it
    for text in (
        "The Klow Front said it would hold its fire from 6 p.m. today so that the cabinet "
        "in Jakarta can reply to its offer.",
        "Indonesia and the rebels agreed to a cease-fire from 6 p.m. today.",
    ):
        reports = [
            truce_extraction(
                source,
                "2031-11-17",
                text,
                parties=("Indonesia", "Klow Front"),
                announced_by="Klow Front",
                when="from 6 p.m. today",
            ).model_copy(update={"location": "Jayapura"})
            for source in ("01", "02")
        ]
        [attempt] = merge(reports).ceasefire_attempts
        assert attempt.effective_at is not None
        assert attempt.effective_at.startswith("2031-11-17T09:00"), text
