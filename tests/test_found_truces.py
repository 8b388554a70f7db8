"""Timed truces the model left out, read from the wording (summarizer.extract.found_truces).

The article is hand-written, about real states and invented places (Klow, Vell); no
model output here.
"""

from __future__ import annotations

from summarizer.extract.found_truces import from_wording
from summarizer.extract.grounding import truce_status
from summarizer.extract.passes import CeasefireItem
from summarizer.read.articles import Article

TEXT = (
    "KLOW, March 5 (Andean Press) - Shelling around Vell ended after the commanders of "
    "the Chilean and Peruvian forces met and agreed to a ceasefire from 10 a.m. local "
    "time, the Chilean army said.\n"
    "Bolivia proposed a truce from 6 p.m. on Sunday, officials said.\n"
    "UPDATE 21:30 - Peruvian forces shelled Vell after the ceasefire came into force.\n"
    "The truce announced on Friday, due to start at 1700 GMT, never took hold.\n"
    "Chilean artillery shelled Peruvian positions near Vell on Friday.\n"
)
ARTICLE = Article(id="t", path="t.txt", text=TEXT)


def _context() -> dict[str, object]:
    return {"article": ARTICLE, "realigned": []}


def test_a_truce_agreed_from_a_clock_that_the_model_left_out_is_read() -> None:
    [found] = from_wording(ARTICLE, [], _context())
    assert found.sentences == [1]
    assert found.effective_at_text == "10 a.m. local time"
    assert found.status == "announced"
    # the sides as the sentence writes them, each shown fighting in the article
    assert sorted(found.parties) == ["Chilean", "Peruvian"]


def test_no_proposal_update_stamp_or_report_on_a_failed_truce_is_read_as_one() -> None:
    """Only sentence 1 states a truce made from a clock: a proposal (2), a live page's
    "UPDATE 21:30" (3) and "never took hold" (4, a report on how a truce fared) are not."""
    assert [f.sentences for f in from_wording(ARTICLE, [], _context())] == [[1]]
    assert truce_status("announced", ARTICLE.sentence(4).text) == "collapsed"


def test_a_truce_the_model_gave_is_not_read_again() -> None:
    cites = CeasefireItem.model_validate(
        {
            "sentences": [1],
            "announced_by": None,
            "mediators": [],
            "parties": [],
            "effective_at_text": None,
            "status": "announced",
        },
        context=_context(),
    )
    assert from_wording(ARTICLE, [cites], _context()) == []


def test_reviewed_counterexamples_of_the_truces_read_from_the_wording() -> None:
    """A clock of another event, a truce of another time, and a second clock of another
    clause make no truce; a truce its other side has not answered is still one."""
    for said in (
        "Peru said Chilean shelling began at 6 a.m., hours after the truce was agreed.",
        "A similar ceasefire between Chile and Peru that took effect at midnight in April "
        "2016 lasted only four days.",
        "The last truce, signed in Klow in 2020, began at noon and lasted six weeks.",
        "The truce between Chile and Peru, agreed on Friday, took effect at noon but Chile "
        "accused Peru of breaking it at 3 p.m.",
    ):
        article = Article(id="r", path="r.txt", text=said + "\n")
        assert from_wording(article, [], {"article": article, "realigned": []}) == [], said
    unanswered = "Chile declared a unilateral ceasefire from 6 a.m., but Peru did not respond.\n"
    article = Article(id="u", path="u.txt", text=unanswered)
    [found] = from_wording(article, [], {"article": article, "realigned": []})
    assert found.status == "unconfirmed"
    # "never took hold" of earlier truces, beside one that holds; a postponed truce
    assert (
        truce_status("announced", "Previous truces never took hold, but the ceasefire was holding.")
        == "holding"
    )
    postponed = "The truce failed to take effect at midnight as planned and was postponed."
    assert truce_status("announced", postponed) == "announced"


def test_a_stop_set_for_a_clock_and_arms_laid_down_at_one_are_truces_read() -> None:
    """Older copy writes the truce as the war stopping or the arms laid down "at" its
    clock, with no word of ceasefire: "will stop at 12 o'clock noon", "laid down their
    rifles at noon". A lull ("the shelling stopped at 5 p.m.") is still none."""
    text = (
        "KLOW, June 12 (Andean Press) - The envoys of Chile and Peru signed a protocol under "
        "which the war around Vell will stop at 12 o'clock noon on Friday.\n"
        "The armies of Chile and Peru laid down their rifles at noon yesterday, local time.\n"
        "The shelling of Vell stopped at 5 p.m. after the commanders signed an accord.\n"
    )
    article = Article(id="w", path="w.txt", text=text)
    context = {"article": article, "realigned": []}
    found = from_wording(article, [], context)
    assert [(f.sentences, f.effective_at_text) for f in found] == [([1], "12 o'clock noon")]
    # (the second truce's noon is the first's clock: read once)
    assert [f.sentences for f in from_wording(article, [found[0]], context)] == []


def test_no_shot_heard_since_and_an_armistice_observed_report_a_holding_truce() -> None:
    assert truce_status("announced", "Not a shot has been heard since, officers say.") == (
        "holding"
    )
    assert truce_status("announced", "The armistice was observed along the front.") == "holding"
    assert truce_status("announced", "No shots have been fired since noon.") == "holding"
