"""Rules found on the twenty-ninth session's reading of round 27's episodes (opened after
they were scored sealed twice): a page's handling stamp is no date of its article, a
labelled stamp below a scraped page's furniture is its date, and a spell of days counted
after a date, or of fighting up to a report, places an article in time. Each rule is tested
on HAND-WRITTEN articles about invented places and people.
"""

from __future__ import annotations

from datetime import date

from handwritten import one_figure_extraction

from summarizer.extract.article import time_mentions
from summarizer.merge.episodes import decide
from summarizer.models import ArticleExtraction
from summarizer.read.articles import Article
from summarizer.reference import timeline

# A scraped archive page (hand-written): its furniture pushes the stamp below the header's
# first lines, and the page was scanned thirty years after the article was printed.
ARCHIVE_PAGE = """\
THE KORVA HERALD  |  ARCHIVE
Home | World | Asia | Business | Sport | Archive

   This page stores small files on your device so that it can remember you and count
   its readers. Read how we handle them before you go on.   [FINE BY ME]

ARCHIVE > WORLD

Vell offers border truce; Klow calls it a ploy

Reprinted from our back issues. The scan was read by a machine, so some words may be
wrong; tell the desk if you find one.

By our Correspondent in Klow
Published: Tuesday, 11 March  |  Digitised: 14 May 2027, 10:12 SGT

Send  |  Save  |  Print

Photo: Herald archive, 8 Mar 1997

VELL declared a unilateral ceasefire in its border war with Klow yesterday evening, but the \
Klow army said 14 soldiers were killed in the shelling since Saturday.
"""


def _article(source: str, text: str) -> Article:
    return Article(id=source, path=f"{source}.txt", text=text)


def _report(source: str, text: str, count: int = 12, sentence: int = 1) -> ArticleExtraction:
    """A hand-written report (one Klow toll) whose date is what its own header gives."""
    return one_figure_extraction(
        source,
        text,
        _article(source, text).anchor.iso(),
        count=count,
        claimant="Klow",
        side="Klow",
        category="military",
        sentence=sentence,
    )


def test_a_pages_handling_stamp_is_not_its_articles_date() -> None:
    page = _article("page", ARCHIVE_PAGE)
    # the labelled stamp below the cookie notice is the article's, without its year ...
    assert (page.anchor.day, page.anchor.month_day) == (None, (3, 11))
    # ... and the day it was scanned is no day the article reports
    assert not [m for m in time_mentions(page) if "2027" in m.text]
    updated = "Originally published 12 May  |  Last updated 05 Mar 2030, 09:14 CET"
    assert timeline.anchor(f"Klow truce broken\n\nBy Ana Vell\n{updated}\n").month_day == (5, 12)
    # (a "Last updated" stamp alone still dates the page, as the day it was last changed)
    alone = timeline.anchor("Klow truce broken\n\nLast updated 05 Mar 2030, 09:14 CET\n")
    assert (alone.day, alone.updated) == (date(2030, 3, 5), True)


def test_year_less_reports_take_the_year_their_own_photo_gives_not_the_scan() -> None:
    wire = _report(
        "wire",
        "KLOW, March 6 - Twelve Klow soldiers have been killed since Monday in fighting on "
        "the border with Vell, a military spokesman said on Thursday.",
    )
    page = _report("page", ARCHIVE_PAGE, sentence=11)
    later = _report(
        "later",
        "KLOW, March 14 - The Klow army said on Friday that 20 soldiers had been killed since "
        "the fighting began, as the truce agreed on Wednesday held.",
    )
    decision = decide([wire, page, later])
    assert decision.year == 1997
    assert decision.in_episode == {"wire", "page", "later"}
    assert decision.anchor("page") == date(1997, 3, 11)


def _june_reports() -> tuple[ArticleExtraction, ArticleExtraction]:
    """Two hand-written dated reports of a June 2031 round of fighting."""
    first = _report("first", "KLOW, June 20, 2031 - Nine Klow soldiers were killed.", 9)
    second = _report(
        "second", "KLOW, June 24, 2031 - Klow said on Tuesday 15 soldiers were killed.", 15
    )
    return first, second


def test_a_spell_counted_after_a_date_places_an_undated_digest() -> None:
    sentence = "Vell's gunners kept firing, nearly two weeks after the siege began on June 19."
    assert timeline.days_after(sentence, sentence.index("June")) == 7
    raids = "After 10 days of raids by the Klow air force since 3rd June, Vell asked for talks."
    assert timeline.days_after(raids, raids.index("3rd")) == 10
    assert timeline.days_after("Talks resumed on June 19.", 20) is None
    first, second = _june_reports()
    digest = _report(
        "digest",
        "Klow said 31 soldiers had been killed. Vell's gunners kept firing on the town, "
        "nearly two weeks after the siege of the town began on June 19. A new defence "
        "minister was sworn in on July 1.",
    )
    decision = decide([first, second, digest])
    assert decision.anchor("digest") is not None
    assert decision.anchor("digest") >= date(decision.year or 0, 7, 1)  # type: ignore[operator]


def test_a_spell_of_fighting_up_to_a_later_report_keeps_it_in_the_episode() -> None:
    assert timeline.fighting_days("closing six weeks of fighting in the hills") == 42
    assert timeline.fighting_days("after five weeks of talks in Vell") is None
    first, second = _june_reports()
    deal = _report(
        "deal",
        "KLOW, July 22 - The front was quiet after Klow and Vell signed an agreement ordering "
        "an end to six weeks of fighting, officials said on Tuesday.",
    )
    elsewhere = _report(
        "elsewhere",
        "KLOW, July 22 - Klow said on Tuesday that 3 soldiers were killed in a clash on the "
        "northern border.",
    )
    third = _report(
        "third", "KLOW, June 26, 2031 - Klow said on Thursday 21 soldiers were killed.", 21
    )
    decision = decide([first, second, third, deal, elsewhere])
    assert "deal" in decision.in_episode
    assert "elsewhere" not in decision.in_episode


def test_a_wires_unnamed_military_voice_is_the_fighting_capitals_state() -> None:
    from summarizer.extract.labels import article_names, claimant_for

    lead = (
        "SANTIAGO, July 22 (Agency) - Chilean troops clashed with Peruvian units near the "
        "frontier this week, and nine Chilean soldiers were killed and 14 wounded, a military "
        "spokesman said."
    )
    names = article_names((lead,))
    # the figure's words name Peru too: no place the speaker is in
    assert claimant_for(None, 14, [1], names).value == "Chile"
    quoted = (
        '"Our positions are holding everywhere," High Command spokesman Colonel Ivo Brand said.'
    )
    toll = "The High Command said 31 soldiers had been killed and 90 wounded in all."
    names = article_names((lead, quoted, toll))
    assert claimant_for("Peru", 31, [3], names).value == "Chile"
    # (not in a wire from a state that only hosts the reporter)
    abroad = lead.replace("SANTIAGO", "BUENOS AIRES").replace("Chilean troops", "Troops")
    assert claimant_for(None, 31, [3], article_names((abroad, quoted, toll))).value != "Argentina"


def test_its_spokesman_after_a_quote_is_the_speakers_own_bodys() -> None:
    from summarizer.reference.affiliations import affiliations

    sentence = (
        'The Chilean command was unimpressed. "Peruvian mortars opened up on our positions '
        'this morning," its spokesman, Colonel Ivo Brand, said.'
    )
    assert affiliations([sentence]).get("Ivo Brand") != "peru"


def test_a_landmark_named_like_a_foreign_town_places_no_war_there() -> None:
    from summarizer.extract.labels import article_names, war_within_one_state

    sentences = (
        "FREETOWN, July 20 (Agency) - Rebels pushed to the bridges of the Sierra Leonean capital "
        "on Sunday and the government said at least 90 people had been killed.",
        'Defence Minister Ivo Brand said government troops had killed "more than 200" rebels '
        "as they tried to take the Rock Hill above the port.",
        "The United States has said it will help.",
    )
    assert war_within_one_state(article_names(sentences)) == "sierra-leone"


def test_troops_on_their_way_or_a_former_military_ruler_are_no_fighting_force() -> None:
    from summarizer.extract.roles import role_from_wording

    said = [
        "The regional bloc will send 800 Ghanaian troops to Klow next month.",
        "The first Ghanaian troops are due on Friday.",
        "About 150 Ghanaian soldiers landed at Klow airport on Sunday.",
        "Ivo Brand, a former Ghanaian army chief, met both sides.",
    ]
    assert role_from_wording("Ghana", "belligerent", said) is None
    assert role_from_wording("Ghana", "belligerent", ["Ghanaian troops shelled Klow."]) == (
        "belligerent"
    )


def test_leaders_listed_with_their_states_acting_as_mediators_broker() -> None:
    from summarizer.extract.roles import role_from_wording

    said = [
        "Ivo Brand of Ghana, Ana Rell of Togo and Jan Tal of Benin have been acting as "
        "mediators at the talks with Klow's president in Lome."
    ]
    for state in ("Ghana", "Togo", "Benin"):
        assert role_from_wording(state, "belligerent", said) == "mediator"


def test_an_order_to_stop_firing_is_the_truce_not_fighting() -> None:
    from summarizer.extract.grounding import truce_status

    signed = (
        "The agreement, signed on Tuesday by both presidents, ordered all forces to stop "
        "firing from 6 p.m. (1400 GMT) on Tuesday."
    )
    assert truce_status("violated", signed) == "announced"
    assert truce_status("violated", "The truce was broken when troops opened fire.") == "violated"


def test_the_government_as_an_actor_is_its_state() -> None:
    from summarizer.extract.labels import article_names, state_of_organ

    sentences = (
        "FREETOWN, July 20 (Agency) - Rebels shelled the Sierra Leonean capital on Sunday and the "
        "government said at least 90 people had been killed in Sierra Leone.",
    )
    assert state_of_organ("government", article_names(sentences)) == "Sierra Leone"
    assert state_of_organ("Klow Front", article_names(sentences)) is None


def test_a_movements_spokesman_in_apposition_speaks_for_it() -> None:
    from summarizer.extract.labels import article_names, claimant_for

    lead = "KLOW, July 22 - The first peacekeepers landed in Klow on Monday."
    said = (
        "A TALA spokesman, Ivo Brand, said on Tuesday that 19 of its fighters had been killed "
        "since July 18."
    )
    # (the movement's acronym, though a town's name spells it too)
    assert claimant_for(None, 19, [2], article_names((lead, said))).value == "TALA"


def test_troops_expected_on_a_day_are_told_in_the_future() -> None:
    said = "The first Ghanaian troops are now expected on Monday."
    assert timeline.speaks_of_future(said, said.index("Monday"))
    assert not timeline.speaks_of_future("Troops were seen on Monday.", 20)


def test_a_truce_declared_at_one_time_starts_at_the_time_the_next_sentence_writes() -> None:
    from handwritten import validated_truce

    text = (
        "KLOW - The Klow Front announced a truce on Sunday evening, a day after "
        "its leaders met aid agencies in Vell.\n"
        "Its leader, Ivo Brand, said his men would hold their fire from 6 a.m. (0400 GMT) "
        "on Monday to let aid through.\n"
    )
    article = _article("hw_declared", text)
    item = validated_truce(article, [1], "Sunday evening")
    assert (item.effective_at_text or "").startswith("6 a.m. (0400 GMT)")
    assert 2 in item.sentences
    # (a truce declared to start then keeps its time)
    alone = _article("hw_alone", text.split("\n")[0] + "\n")
    assert validated_truce(alone, [1], "Sunday evening").effective_at_text == "Sunday evening"


def test_reviewed_counterexamples_of_the_round_27_session() -> None:
    """HAND-WRITTEN counterexamples a review found in this session's first cut."""
    from handwritten import validated_truce

    from summarizer.extract.grounding import truce_status
    from summarizer.extract.labels import article_names, claimant_for, state_of_organ
    from summarizer.extract.roles import role_from_wording
    from summarizer.reference.affiliations import affiliations

    lead = (
        "SANTIAGO, July 22 (Agency) - Peruvian troops attacked Chilean positions on the "
        "border on Monday and Chilean troops fought back."
    )
    # a state's organ written with its state is that state's, not the article's home
    names = article_names((lead, "The Peruvian government denied the attack."))
    assert state_of_organ("Peruvian government", names) is None
    # the other state's voice: where it speaks, or what its sentence opens with
    for said in (
        "Speaking in Lima on Thursday, a military spokesman said 31 Chilean soldiers died.",
        "Peru disputed that: a military spokesman said 31 Chilean soldiers had died.",
    ):
        assert claimant_for(None, 31, [2], article_names((lead, said))).value != "Chile"
    # a spell of fighting of another time, or months long, reaches back to nothing
    assert timeline.fighting_days("veterans of the six weeks of fighting in 2019") is None
    assert timeline.fighting_days("after eight months of war with Vell") is None
    # a planned day is no day reported; a spell after one act is not the clause's present
    assert timeline.speaks_of_future("Talks are planned for July 12 in Korva.", 22)
    held = "The rebels, who had held the town for two months after seizing it, left on June 22."
    assert timeline.days_after(held, held.index("June")) is None
    # "expected" governs only the day right after it
    rubble = "More bodies are expected in the rubble of the market Vell shelled on Monday."
    assert not timeline.speaks_of_future(rubble, rubble.index("Monday"))
    # shooting after which the truce is in doubt is fighting, not its end
    doubt = "The truce was in doubt after heavy shooting in Vell on Tuesday."
    assert truce_status("violated", doubt) == "violated"
    # forces that land or arrive and then fight are fighting
    for fought in (
        "Ghanaian soldiers landed at Klow port and attacked rebel positions.",
        "Ghanaian troops next to the border shelled rebel positions.",
    ):
        assert role_from_wording("Ghana", "belligerent", [fought]) == "belligerent"
    # another side's start, or a truce in force at once, is not the declared truce's
    text = (
        "KLOW - The Klow Front announced a truce on Sunday evening, effective "
        "immediately.\nVell said its troops would hold their fire from 6 a.m. (0400 GMT) on "
        "Tuesday only if the Front withdrew.\n"
    )
    item = validated_truce(_article("hw_other", text), [1], "Sunday evening")
    assert item.effective_at_text == "Sunday evening"
    # a sentence that opens inside a quote pairs none of its marks
    quoted = (
        "The shelling must stop now.\" Peru's foreign ministry issued a statement, and its "
        "spokesman, Ivo Brand, said talks were off."
    )
    assert affiliations([quoted]).get("Ivo Brand") == "peru"
    # a labelled stamp below the furniture does not beat a dateline below it
    page = ARCHIVE_PAGE.replace("VELL declared", "KLOW, March 12 - VELL declared").replace(
        "Published: Tuesday, 11 March  |  ", "Published: 2 January 2029  |  "
    )
    assert _article("page", page).anchor.month_day == (3, 12)
