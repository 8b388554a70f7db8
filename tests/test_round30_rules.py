"""Rules found on the thirty-first session's reading of round 30's episodes (opened after
they were scored sealed): a year that bounds a term still running is no year the report was
written after; an archive page's "First published" stamp is the article's date; a go-between
named, appointed, arranging talks or presiding over them; a state's organ named by no name
is the state whose towns the article names; whose losses a figure counts when its people
are "the rebels' own fighters", the speaker's foes, or soldiers its speaker killed; a truce
"has been observed". Each rule is tested on HAND-WRITTEN articles about invented events
(the states and towns are real, as the maintained data the rules read must know them;
nothing here happened).
"""

from __future__ import annotations

from datetime import date

from summarizer.models import ActorMention, ArticleExtraction
from summarizer.read.articles import Article


def _dated(source: str, text: str) -> ArticleExtraction:
    from handwritten import dated_extraction

    return dated_extraction(source, text)  # type: ignore[no-any-return]


def _names(text: str):  # type: ignore[no-untyped-def]
    from summarizer.extract.labels import article_names

    article = Article(id="a", path="a.txt", text=text)
    return article_names(tuple(s.text for s in article.sentences))


# --- dates --------------------------------------------------------------------------------


def test_a_year_that_bounds_a_term_still_running_does_not_date_the_report() -> None:
    from summarizer.merge.briefing import merge

    articles = [
        _dated("01", "TEMUCO, Dec 20, 2030 (Agency) - Rebels took the town of Angol on Friday."),
        _dated("02", "TEMUCO, Dec 28, 2030 (Agency) - Rebels took the town of Lebu on Sunday."),
        _dated(
            "03",
            "TEMUCO, Jan 5 (Agency) - A truce held on Sunday, a day after a deal that leaves "
            "President Ana Vell in office until her term ends in 2034.\n\n"
            "* Vell to stay until 2034",
        ),
    ]
    briefing = merge(articles)
    assert {s.id: s.in_episode for s in briefing.sources} == {"01": True, "02": True, "03": True}
    # (a term that had run out is a year the report was written after)
    from summarizer.merge.episodes import _limit_ahead

    assert _limit_ahead("Ana Vell stays in office until ")
    assert not _limit_ahead("Ana Vell had stayed in office until ")
    assert not _limit_ahead("Ana Vell ruled from 2019 until ")


def test_an_archive_pages_first_published_stamp_is_the_articles_date() -> None:
    from summarizer.reference.timeline import anchor

    page = (
        "Skip to main content | Subscribe | Sign in\n"
        "NEWS  OPINION  SPORT  CULTURE  LIFESTYLE  ARCHIVE\n"
        "Archive > World > Americas > 1970s\n\n"
        "From the archive: Rebel colonel joins Klow council\n\n"
        "Our correspondent reports on the agreement signed in Temuco that ended the fighting. "
        "First published 3 July 1971.\n\n"
        "Share this: [Facebook] [X] [Email]     |  Sat 3 Jul 2021 00.01 BST\n"
        "Last modified on Mon 14 Jul 2031 11.25 BST\n\n"
        "TEMUCO, July 2.\n\n"
        "After two nights of bargaining, the colonels signed an agreement at 4.45 this morning."
    )
    assert anchor(page).day == date(1971, 7, 2)
    footer = "Originally published in The Courier on 19 July 1971. Republished today."
    assert anchor(f"{footer}\n\nTruce holds in Klow.\n\nThe truce held.").day == date(1971, 7, 19)


# --- go-betweens --------------------------------------------------------------------------


def test_a_state_written_without_its_article_is_that_state() -> None:
    from summarizer.reference.actors import resolve

    assert resolve("Republic of Congo").id == resolve("Republic of the Congo").id
    assert resolve("Democratic Republic of Congo").id != resolve("Republic of Congo").id


def test_a_go_between_named_appointed_arranging_or_presiding() -> None:
    from summarizer.extract.roles import go_betweens_in

    assert "Chilean President Ana Vell" in go_betweens_in(
        "Chilean President Ana Vell has been named as mediator."
    )
    assert go_betweens_in("Ana Vell, the Chilean foreign minister, was appointed chief mediator.")
    assert go_betweens_in("Ana Vell was named as the army chief.") == []
    assert go_betweens_in(
        "The rebels met at the invitation of Chile, which offered to preside over the talks."
    ) == ["Chile"]
    assert go_betweens_in("President Ana Vell, who presided over every session, spoke later.")
    assert go_betweens_in("Klow Column Retreats -- Vell Arranges Talks") == []
    assert go_betweens_in("Ana Vell arranged the attack on the depot.") == []


# --- who counted, whose losses --------------------------------------------------------------

_CIVIL_WAR = (
    "TEMUCO, Dec 28 (Agency) - Rebels of the Korva Front captured Osorno, in southern "
    "Chile, on Sunday.\n\n"
    "Argentine troops who arrived last week have so far avoided contact with the rebels.\n\n"
    "Fighting went on near Valdivia and Puerto Montt.\n\n"
    "In a statement read on national radio, the government said 13 soldiers had been killed.\n\n"
    'A government spokesman said more than 50 "assailants" had been killed at Osorno.\n\n'
    'The Korva Front said it had repelled the attack and killed "about ten" soldiers.\n\n'
    "He said two of the rebels' own fighters had been killed."
)


def test_the_government_named_by_no_name_is_the_state_whose_towns_the_article_names() -> None:
    from summarizer.extract.labels import claimant_for
    from summarizer.reference.actors import resolve

    names = _names(_CIVIL_WAR)
    assert resolve(claimant_for("unattributed", 13, [4], names).value).id == "chile"
    assert resolve(claimant_for("unattributed", 50, [5], names).value).id == "chile"


def test_whose_losses_the_foes_own_fighters_and_soldiers_the_speaker_killed() -> None:
    from summarizer.extract.labels import side_for
    from summarizer.reference.actors import resolve

    names = _names(_CIVIL_WAR)
    sentences = Article(id="a", path="a.txt", text=_CIVIL_WAR).sentences
    # the state's foes, named as fighters of no state: the armed group's
    assert side_for("Chile", 50, sentences[4].text, "Chile", names).value == "rebels"
    # soldiers the group says it killed: the state's, never the group's
    found = side_for("Korva Front", 10, sentences[5].text, "Korva Front", names).value
    assert resolve(found).id == "chile"
    # "two of the rebels' own fighters": the rebels'
    assert side_for("Chile", 2, sentences[6].text, "Korva Front", names).value == "rebels"


def test_a_speakers_it_that_killed_did_the_harm() -> None:
    from summarizer.extract.grounding import did_the_harm

    said = "Chile said it had repelled the attack and killed ten soldiers."
    assert did_the_harm("Chile", 10, said)
    assert not did_the_harm("Chile", 10, "Chile said Peru had repelled the raid and killed ten.")
    assert not did_the_harm("Chile", 10, "Chile said it had lost ten soldiers killed.")


def test_rebels_are_the_one_armed_group_the_articles_name_as_rebels() -> None:
    from handwritten import one_figure_extraction

    from summarizer.merge.briefing import merge

    army = "TEMUCO, Dec 28, 2030 (Agency) - The army said 15 rebels were killed near Osorno."
    group = "TEMUCO, Dec 29, 2030 (Agency) - Korva said three of its fighters were killed."
    first = one_figure_extraction(
        "01", army, "2030-12-28", count=15, claimant="Chile", side="rebels"
    )
    second = one_figure_extraction(
        "02", group, "2030-12-29", count=3, claimant="Korva", side="Korva"
    )
    # (no figure names Korva as fighters; the articles' sides do: "the Korva rebels")
    evidence = second.casualties[0].evidence
    second = second.model_copy(
        update={
            "actors": [ActorMention(name="Korva rebels", role="belligerent", evidence=evidence)]
        }
    )
    sides = {c.count: c.side for c in merge([first, second]).casualty_claims}
    assert sides[15] == sides[3] != "rebels"


def test_the_statement_an_organ_named_by_no_name_sent_is_that_organs() -> None:
    from summarizer.extract.labels import claimant_for
    from summarizer.reference.actors import resolve

    text = (
        "The Chilean government said the rebels had been halted near Osorno.\n\n"
        "A headline: Vell Council Meets on Chile\n\n"
        "According to an army statement broadcast from Temuco, the fighting ended at dusk.\n\n"
        "The statement put the losses at Osorno at eight soldiers killed and 17 wounded."
    )
    names = _names(text)
    assert resolve(claimant_for("unattributed", 8, [4], names).value).id == "chile"


def test_the_foes_of_a_state_at_war_within_itself_are_the_armed_groups() -> None:
    from summarizer.extract.labels import side_for

    text = (
        "TEMUCO, Dec 28 (Agency) - Chilean troops beat off a rebel column near Osorno, "
        "killing 12 of the attackers.\n\n"
        'It said "more than forty" of the invaders had been killed near Valdivia.\n\n'
        "In twelve days of fighting, the army says, 15 officers and men were killed."
    )
    names = _names(text)
    sentences = Article(id="a", path="a.txt", text=text).sentences
    assert side_for("total", 12, sentences[0].text, "Chile", names).value == "rebels"
    assert side_for("total", 40, sentences[1].text, "Chile", names).value == "rebels"
    assert side_for("total", 15, sentences[2].text, "Chile", names).value == "Chile"


def test_rebels_are_the_one_armed_group_the_articles_report_fighting() -> None:
    from handwritten import figure_with_belligerents

    from summarizer.merge.briefing import merge

    article = figure_with_belligerents(
        "TEMUCO, Dec 28, 2030 (Agency) - The army said 15 rebels were killed near Osorno.",
        "2030-12-28",
        count=15,
        claimant="Chile",
        side="rebels",
        belligerents=["Army of Klow", "Chile"],
    )
    [claim] = merge([article]).casualty_claims
    assert claim.side == "army-of-klow"


# --- truces -------------------------------------------------------------------------------


def test_a_truce_that_has_been_observed_is_holding() -> None:
    from summarizer.extract.grounding import truce_status

    observed = "The cease-fire both sides ordered on Tuesday has been observed without incident."
    assert truce_status("announced", observed) == "holding"
    assert truce_status("announced", "The truce has been respected so far.") == "holding"
    assert (
        truce_status("announced", "The truce has been observed only in the capital.") != "holding"
    )


def test_a_truce_at_local_time_is_read_where_the_fighting_is_not_at_a_partys_capital() -> None:
    from handwritten import truce_extraction

    from summarizer.merge.briefing import merge

    # Reports from a capital a neighbour's jets strike: the truce's "midnight local time"
    # is that city's clock (UTC+4), though the one party the model named is the neighbour
    # (UTC+3)
    reports = [
        truce_extraction(
            f"r{n}",
            "2031-08-10",
            "The cease-fire took effect at midnight local time on 9 August."
            if n == 1
            else "Fighting went on.",
            parties=("Russia",),
            announced_by=None,
            when="midnight local time on 9 August" if n == 1 else None,
        ).model_copy(update={"location": "Tbilisi"})
        for n in (1, 2, 3)
    ]
    reports = [r if r.source == "r1" else r.model_copy(update={"ceasefires": []}) for r in reports]
    [attempt] = merge(reports).ceasefire_attempts
    assert attempt.effective_at == "2031-08-09T20:00:00+00:00"


# --- a review's counterexamples, mended -------------------------------------------------


def test_reviewed_counterexamples_of_the_round_30_rules() -> None:
    from summarizer.extract.grounding import did_the_harm, truce_status
    from summarizer.extract.labels import claimant_for, side_for
    from summarizer.extract.roles import go_betweens_in
    from summarizer.merge.episodes import _limit_ahead
    from summarizer.reference.timeline import anchor

    # a victim named as the object, or a speaker reporting another's act, did no harm
    for text in (
        "Rebels overran Chilean positions near Osorno and killed ten soldiers.",
        "Chile said it believed rebels had ambushed the convoy and killed ten soldiers.",
        "Chilean officials say rebels attacked a convoy and killed ten soldiers.",
    ):
        assert not did_the_harm("Chile", 10, text), text
    # a truce denied, asked about, broken or kept only in part is not holding
    for text in (
        "The truce has been respected by neither side.",
        "The rebels denied that the ceasefire had been observed.",
        "It was unclear whether the ceasefire has been respected.",
        "The truce had been observed for three weeks before rebels shelled Korvo on Monday.",
        "The ceasefire has been kept in the north; in the south rebels shelled Korvo.",
    ):
        assert truce_status("announced", text) != "holding", text
    # a limit already passed in the simple past; another document's first publication
    assert not _limit_ahead("The 2029 truce held until ")
    assert not _limit_ahead("Ana Vell ruled the country until ")
    charter = (
        "TEMUCO, May 9, 2031 (Agency) - Rebels seized the town of Korvo on Friday.\n\n"
        "The group's charter, first published on 3 July 2019, calls for a withdrawal."
    )
    assert anchor(charter).day == date(2031, 5, 9)
    founded = (
        "Published 9 May 2031\n\nThe Korva Front, founded twenty years ago, published this "
        "report on Friday.\n\nThe army denied it."
    )
    assert anchor(founded).day == date(2031, 5, 9)
    # go-betweens refused, rejected, of another meeting or another session; an aside in dashes
    for text in (
        "Ana Vell refused to arrange talks with the rebels.",
        "Ana Vell was named as mediator, but the army refused to accept her.",
        "Ana Vell arranged the meeting at which the coup was planned.",
        "President Ana Vell presided over a cabinet session on the war.",
        "President Ana Vell presided over every session of parliament.",
    ):
        assert go_betweens_in(text) == [], text
    assert go_betweens_in("Ana Vell - who mediated the 2029 truce - said the army would go.")
    # whose statement its own words say; an invading army is no home organ
    rebels = _names(
        "TEMUCO, Dec 28 (Agency) - Fighting went on near Osorno and Valdivia.\n\n"
        "The Korva Front dismissed an army statement that 40 rebels were killed near Osorno.\n\n"
        "The rebels' statement put the army's losses at 12 soldiers killed."
    )
    assert claimant_for("unattributed", 12, [3], rebels).value != "Chile"
    invasion = (
        "Argentine troops crossed into Chile on Sunday and shelled Osorno.\n\n"
        "Fighting went on near Valdivia and Puerto Montt.\n\n"
        "The invading army said 13 of its soldiers were killed in the assault on Osorno."
    )
    assert claimant_for("unattributed", 13, [3], _names(invasion)).value != "Chile"
    # the foes of a state in a war of two states are the other state's; the foes of rebels
    # are the state's troops
    war = (
        "SANTIAGO, Dec 28 (Agency) - Argentine troops crossed into Chile on Sunday and "
        "shelled Osorno.\n\nFighting went on near Valdivia and Puerto Montt.\n\n"
        "Chilean troops repelled the assault near Osorno, killing 30 of the assailants."
    )
    said = Article(id="a", path="a.txt", text=war).sentences[2].text
    assert side_for("Argentina", 30, said, "Chile", _names(war)).value == "Argentina"
    civil = (
        "TEMUCO, Dec 28 (Agency) - Rebels of the Korva Front beat off an assault by Chilean "
        "troops on Osorno, killing 12 of the attackers."
    )
    assert side_for("total", 12, civil, "Korva Front", _names(civil)).value != "rebels"
    # soldiers of another state the clause names stay the model's
    helped = (
        "TEMUCO, Dec 28 (Agency) - Rebels of the Korva Front captured Osorno, in southern "
        "Chile, on Sunday.\n\nArgentine troops sent to help the Chilean army have since moved "
        "south.\n\nFighting went on near Valdivia and Puerto Montt.\n\n"
        "The Korva Front said it had ambushed an Argentine convoy and killed ten soldiers."
    )
    said = Article(id="a", path="a.txt", text=helped).sentences[3].text
    assert side_for("Argentina", 10, said, "Korva Front", _names(helped)).value == "Argentina"
