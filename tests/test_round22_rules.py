"""Rules found on the twenty-sixth session's reading of round 22's episodes (opened after
they were scored sealed): a truce signed with a day's grace, truces only urged or drafted,
fighting within a truce's first hours, sides written only by what they are ("the
government", "the rebels"), and guarantor states. Each rule is tested on HAND-WRITTEN
sentences about invented people and places; real states where the rule reads maintained
data (pycountry's names, capitals). The extractions here are HAND-WRITTEN test inputs,
never a model's output.
"""

from __future__ import annotations

from datetime import date, timedelta

from handwritten import truce_extraction, validated_truce

from summarizer.extract.grounding import truce_status
from summarizer.extract.roles import cues, go_betweens_in, role_cues
from summarizer.merge.briefing import merge
from summarizer.models import ActorMention, ArticleExtraction, CeasefireMention, Evidence
from summarizer.read.articles import Article
from summarizer.reference import timeline
from summarizer.reference.actors import ActorResolver, side_by_kind_only, spelling_variants


def _evidence(source: str, n: int, text: str) -> Evidence:
    return Evidence(source=source, sentence=n, start=0, end=len(text), text=text)


# --- truce status -------------------------------------------------------------------


def test_a_breach_of_a_named_cessation_of_hostilities_is_a_violation() -> None:
    said = '"These are clear violations of the Cessation of Hostilities Agreement," he said.'
    assert truce_status("announced", said) == "violated"
    # ... but a violation of something else is not the truce's
    assert truce_status("announced", "It called the raid a violation of its sovereignty.") == (
        "announced"
    )


def test_fighting_within_the_truces_first_hours_is_a_violation() -> None:
    within = (
        "On Saturday morning, barely 15 hours into the truce, Defence Minister Ana Vell "
        'said rebels "are still attacking our forces" near Klow.'
    )
    assert truce_status("announced", within) == "violated"
    signed = (
        "The Klow government and the rebels signed a cessation of hostilities on Thursday, "
        "but within hours the rebels accused the army of shelling their positions."
    )
    assert truce_status("announced", signed) == "violated"
    # the fighting's end within hours is no breach
    calm = "Within hours of the truce, the shelling around Klow stopped."
    assert truce_status("announced", calm) != "violated"


# --- a truce that starts a stated span after its signing ------------------------------

_SIGNED = (
    "The ceasefire agreement was signed at about 8.30 p.m. on Thursday in a hotel in Klow by "
    "the two delegations."
)
_GRACE = 'It gives both forces 24 hours from signature to halt operations and "freeze" positions.'


def test_the_time_model_reads_the_span_between_signing_and_start() -> None:
    assert timeline.grace_after_signing([_GRACE]) == timedelta(hours=24)
    assert timeline.grace_after_signing(["It takes effect seventy-two hours after the signing."])
    assert timeline.grace_after_signing(["The talks lasted 24 hours."]) is None


def test_a_truce_signed_with_a_days_grace_starts_a_day_after_its_signing() -> None:
    text = f"KLOW, Jan 24 (Wire) - Talks ended.\n{_SIGNED}\n{_GRACE}\nThe rebels said nothing.\n"
    article = Article(id="hw_klow", path="hw_klow.txt", text=text)
    item = validated_truce(article, [2], "8.30 p.m.")
    assert item.sentences == [2, 3]  # the span's sentence is cited with the signing
    mention = CeasefireMention(
        announced_by=None,
        mediators=[],
        parties=["Peru"],
        effective_at_text="8.30 p.m.",
        status="announced",
        evidence=[_evidence("hw_klow", n, article.sentence(n).text) for n in item.sentences],
    )
    extraction = ArticleExtraction(
        source="hw_klow",
        path="hw_klow.txt",
        sha256="0" * 64,
        title="Truce signed",
        published_at="2031-01-24",
        ceasefires=[mention],
    )
    [attempt] = merge([extraction]).ceasefire_attempts
    # 8.30 p.m. on Thursday 23 January 2031 in Peru (UTC-5), plus 24 hours
    assert attempt.effective_at == "2031-01-25T01:30:00+00:00"


# --- truces only urged or still drafted ---------------------------------------------


def _truce_of(source: str, *sentences: str) -> ArticleExtraction:
    mention = CeasefireMention(
        announced_by=None,
        mediators=["IGAD"],
        parties=[],
        effective_at_text=None,
        status="announced",
        evidence=[_evidence(source, n, t) for n, t in enumerate(sentences, 1)],
    )
    return ArticleExtraction(
        source=source,
        path=f"{source}.txt",
        sha256="0" * 64,
        title="Talks",
        published_at="2031-01-16",
        ceasefires=[mention],
    )


def test_a_truce_only_urged_or_drafted_is_no_attempt() -> None:
    urged = _truce_of(
        "hw_talks",
        'Foreign Minister Ana Vell met both delegations in Klow, urging "an immediate '
        'cessation of hostilities".',
        "The chief mediator said talks were progressing on a draft cessation of hostilities.",
    )
    briefing = merge([urged])
    assert briefing.ceasefire_attempts == []
    assert any("called or pressed for" in s.reason for s in briefing.set_aside)


# --- sides written only by what they are ----------------------------------------------


def test_a_name_made_only_of_what_a_side_is_says_which_kind() -> None:
    assert side_by_kind_only("the government") == "state"
    assert side_by_kind_only("security forces") == "state"
    assert side_by_kind_only("the rebels") == "group"
    assert side_by_kind_only("Klow Front rebels") is None
    assert side_by_kind_only("Chile") is None


def _actors(source: str, *named: tuple[str, str, str]) -> ArticleExtraction:
    return ArticleExtraction(
        source=source,
        path=f"{source}.txt",
        sha256="0" * 64,
        title="Fighting",
        published_at="2031-01-16",
        actors=[
            ActorMention(name=name, role=role, evidence=[_evidence(source, 1, text)])  # type: ignore[arg-type]
            for name, role, text in named
        ],
    )


def _belligerents(source: str, text: str, *names: str) -> list[str]:
    """The briefing's belligerents when one sentence names each of `names` as one."""
    briefing = merge([_actors(source, *((n, "belligerent", text) for n in names))])
    return [a.id for a in briefing.belligerents]


def test_the_government_and_the_rebels_beside_their_named_sides_are_no_sides_of_their_own() -> None:
    fight = "Chile's government and the Klow Front clashed; the rebels accused the government."
    named = _belligerents("hw_a", fight, "Chile", "Klow Front", "government", "rebels")
    assert named == ["chile", "klow-front"]


def test_the_rebels_stay_a_side_when_no_movement_is_named() -> None:
    fight = "Chilean troops clashed with rebels near Klow."
    assert _belligerents("hw_b", fight, "Chile", "rebels") == ["chile", "rebels"]


def test_a_movements_guerrillas_are_the_movement_and_its_army_no_governments() -> None:
    names = ["KLF", "KLF guerrillas", "Chile's Klow Liberation Army (KLF)"]
    variants = spelling_variants(names, ActorResolver())
    assert variants == {"KLF guerrillas": "KLF", "Chile's Klow Liberation Army (KLF)": "KLF"}
    # ... while a government and its rebels stay two sides
    assert spelling_variants(["Klow government", "Klow rebels"], ActorResolver()) == {}


# --- go-betweens ----------------------------------------------------------------------


def test_guarantor_states_of_a_process_are_go_betweens() -> None:
    acting = "Chile and Peru, along with Brazil and Uruguay, act as guarantor countries."
    assert go_betweens_in(acting) == ["Chile", "Peru", "Brazil", "Uruguay"]
    listed = "The dispute is awkward for the guarantor countries - Chile, Peru and Brazil."
    assert go_betweens_in(listed) == ["Chile", "Peru", "Brazil"]


def test_a_state_that_gave_up_its_role_is_no_go_between() -> None:
    gave_up = (
        "Ecuador, which hosted the first rounds in Klow, gave up both that role and its "
        "place as a guarantor in April."
    )
    assert go_betweens_in(gave_up) == []
    assert go_betweens_in("Peru withdrew as mediator last year.") == []


def test_a_leader_asked_to_send_negotiators_is_no_go_between() -> None:
    asked = "The rebels urged President Ana Vell to send negotiators to Lima to resume talks."
    assert not cues("President Ana Vell", [asked]).mediation


def test_a_capital_relaying_messages_between_the_sides_is_its_states_go_between() -> None:
    relayed = (
        "Klow extended its deadline at the request of Lima, whose officials had been "
        "relaying messages between the Chilean authorities and the rebels."
    )
    assert role_cues("Peru", [relayed], by_capital=True).mediation


# --- one article telling how a toll rose ------------------------------------------------


def _two_tolls(text: str, first: tuple[int, int], second: tuple[int, int]) -> ArticleExtraction:
    from summarizer.models import CasualtyMention

    article = Article(id="hw_toll", path="hw_toll.txt", text=text)
    return ArticleExtraction(
        source="hw_toll",
        path=article.path,
        sha256=article.sha256,
        title=None,
        published_at="2031-01-17",
        casualties=[
            CasualtyMention(
                side="total",
                outcome="killed",
                category="unknown",
                count=count,
                qualifier="exact",
                claimant="Chile",
                evidence=[article.evidence(n)],
            )
            for count, n in (first, second)
        ],
    )


def test_a_toll_the_article_says_was_given_later_replaces_the_earlier_one() -> None:
    text = (
        "A car bomb exploded at a police academy in Santiago on Thursday.\n"
        "The Chilean defence ministry put the number of dead at 11.\n"
        'Late on Thursday the Chilean police said: "The toll is 21 people dead."\n'
    )
    briefing = merge([_two_tolls(text, (11, 2), (21, 3))])
    status = {c.count: c.status for c in briefing.casualty_claims}
    assert status == {11: "superseded", 21: "current"}
    # ... while two counts the article gives side by side, neither said later, both stand
    beside = (
        "A car bomb exploded at a police academy in Santiago on Thursday.\n"
        "The Chilean defence ministry said 11 cadets were killed in the blast.\n"
        "The Chilean police said 21 people were killed in the week's attacks.\n"
    )
    briefing = merge([_two_tolls(beside, (11, 2), (21, 3))])
    assert {c.status for c in briefing.casualty_claims} == {"current"}


# --- a periodical's edition line ------------------------------------------------------------


def test_a_weeklys_edition_line_dates_the_article() -> None:
    page = (
        "THE REGION | KLOW\n"
        "Edition of January 31 - February 6, 2031\n"
        "A ceasefire on paper\n"
        "By Ana Vell, Special Correspondent\n"
        "KLOW - The truce between the two armies formally began last week, and it was tested "
        "on the first night.\n"
    )
    assert timeline.anchor(page).day == date(2031, 1, 31)
    # a range across the year's end begins in the year before
    crossing = "Edition of December 28 - January 3, 2031\nThe truce held for a week there.\n"
    assert timeline.anchor(crossing).day == date(2030, 12, 28)


def test_reviewed_counterexamples_of_the_round_22_session() -> None:
    """A reviewer's counterexamples to this session's rules, each mended."""
    # fighting named only as what came before, or stopped, within a truce's first hours
    for calm in (
        "Twelve hours into the truce, residents of Vell said artillery fire was no longer heard.",
        "Two days into the truce, aid trucks entered Klow, a town battered by months of shelling.",
        "Three days into the ceasefire, families who fled the attacks began returning to Vell.",
        "Within hours of the signing, both armies began pulling back from the front line "
        "around Klow, where fighting had raged for weeks.",
    ):
        assert truce_status("announced", calm) == "announced", calm
    held = (
        "The truce has held since Monday; within hours of the truce, rebels released 12 "
        "soldiers captured in clashes near Klow."
    )
    assert truce_status("holding", held) == "holding"
    shelled = (
        "Just hours into the truce, rebel artillery shelled Vell, and the envoy appealed for calm."
    )
    assert truce_status("announced", shelled) == "violated"
    # a span after the signing that is about something else, or a start not the signing's
    assert (
        timeline.grace_after_signing(["All prisoners go free within 72 hours of its signing."])
        is None
    )
    assert timeline.grace_after_signing(["Fighting flared 12 hours after the signing."]) is None
    assert (
        timeline.grace_after_signing(
            ["It takes effect immediately, and monitors deploy within 48 hours of its signing."]
        )
        is None
    )
    started = "The truce, signed in Klow on Thursday, took effect at 6 p.m. local time."
    assert not timeline.SIGNED_JUST_AT.search(started[: started.find("6 p.m.")])
    # a government and its insurgents, terrorists or troops stay two sides
    for pair in (["Klow troops", "Klow insurgents"], ["Klow army", "Klow terrorists"]):
        assert spelling_variants(pair, ActorResolver()) == {}, pair
    # go-betweens: one who sent its own negotiators; a role another gave up; a state's
    # security guarantor; a capital where talks were held
    assert go_betweens_in(
        "Norway sent negotiators to Klow, where they brokered a truce between the two sides."
    ) == ["Norway"]
    assert go_betweens_in(
        "Norway, which took over after Ecuador withdrew as mediator, brokered the truce."
    ) == ["Norway"]
    assert go_betweens_in(
        "Qatar brokered a deal under which the rebels gave up Klow for a place in government."
    ) == ["Qatar"]
    assert go_betweens_in("Russia acts as the guarantor of Armenia's security.") == []
    from summarizer.extract.roles import role_from_wording

    venue = [
        "Ethiopian troops were deployed along the border with Eritrea.",
        "Delegations from Eritrea and Ethiopia met for talks in Addis Ababa hosted by the AU.",
    ]
    assert role_from_wording("Ethiopia", "belligerent", venue) == "belligerent"
    # a second incident written later in the article replaces no toll
    second = (
        "A car bomb exploded at a police academy in Santiago on Thursday.\n"
        "A car bomb killed 11 people in the Chilean town of Klow on Thursday, police said.\n"
        "Late on Thursday, a second car bomb in Klow killed 21 people, the Chilean police said.\n"
    )
    briefing = merge([_two_tolls(second, (11, 2), (21, 3))])
    assert {c.status for c in briefing.casualty_claims} == {"current"}
    # a headline opening with "Issue of <date>" dates nothing; a day-only range end does
    headline = (
        "Issue of March 3, 2030 truce still divides Klow council\nBy Ana Vell\n"
        "Published: January 12, 2031\nThe council met again on Monday to discuss it.\n"
    )
    assert timeline.anchor(headline).day == date(2031, 1, 12)
    assert timeline.anchor("Edition of May 2 - 8, 2031\nThe truce held all week.\n").day == date(
        2031, 5, 2
    )


def test_a_host_government_unnamed_beside_a_foreign_army_stays_a_side() -> None:
    """ "Government forces, backed by Chilean troops": the host's government, not Chile's,
    since no sentence names the government or army of the state it would be."""
    fight = "Government forces, backed by Chilean troops, retook Klow from the Vell Front."
    named = _belligerents("hw_c", fight, "Chilean troops", "Vell Front", "Government forces")
    assert "government-forces" in named


# --- the episode's one timed truce and the untimed mentions of it --------------------------


def _truce_article(source: str, published: str, text: str, when: str | None) -> ArticleExtraction:
    return truce_extraction(source, published, text, when=when)  # type: ignore[no-any-return]


def test_a_side_accepting_the_proposal_for_the_truce_is_that_truce() -> None:
    accepted = _truce_article(
        "hw_1",
        "2031-07-24",
        "Peru announced tonight that it accepts the proposal for a 90-day cease-fire with Chile.",
        None,
    )
    began = _truce_article(
        "hw_2",
        "2031-08-07",
        "The cease-fire between Peru and Chile took effect at 2200 GMT tonight.",
        "2200 GMT tonight",
    )
    [attempt] = merge([accepted, began]).ceasefire_attempts
    assert attempt.effective_at == "2031-08-07T22:00:00+00:00"
    assert {e.source for h in attempt.history for e in h.evidence} == {"hw_1", "hw_2"}
    # ... but a truce written as another one stays its own
    other = _truce_article(
        "hw_3",
        "2031-07-24",
        "Peru announced tonight a separate truce with Chile around the port of Ilo.",
        None,
    )
    assert len(merge([other, began]).ceasefire_attempts) == 2


def test_the_day_a_truce_ended_is_a_report_on_it_not_a_truce_of_that_day() -> None:
    began = _truce_article(
        "hw_2",
        "2031-08-07",
        "The cease-fire between Peru and Chile took effect at 2200 GMT tonight.",
        "2200 GMT tonight",
    )
    ended = _truce_article(
        "hw_4",
        "2031-08-20",
        "The 12-day cease-fire between Peru and Chile ended on Aug. 19.",
        "ended on Aug. 19",
    )
    [attempt] = merge([began, ended]).ceasefire_attempts
    assert attempt.effective_at == "2031-08-07T22:00:00+00:00"


def test_no_attacks_reported_since_the_truce_began_is_a_truce_holding() -> None:
    quiet = (
        "By Sunday evening the defence ministry said it had received no reports of rebel "
        "offensive actions since the truce began, though troops remained on alert."
    )
    assert truce_status("announced", quiet) == "holding"
    # ... not attacks reported since
    assert truce_status("announced", "Rebels have shelled Klow twice since the truce began.") != (
        "holding"
    )


def test_reviewed_counterexamples_of_the_one_timed_truce_rule() -> None:
    """A reviewer's counterexamples: a local truce, a pause of hours, a refused proposal
    and 'no let-up in attacks' are not the episode's truce, nor a truce holding."""
    began = _truce_article(
        "hw_2",
        "2031-08-07",
        "The cease-fire between Peru and Chile took effect at 2200 GMT tonight.",
        "2200 GMT tonight",
    )
    for n, published, text in (
        (1, "2031-08-04", "Peru and Chile agreed to a local truce around the port of Ilo."),
        (
            2,
            "2031-08-03",
            "Peru declared a three-hour humanitarian pause in the shelling of Tacna.",
        ),
        (3, "2031-08-02", "Chile rejected a Peruvian proposal for a truce over the holidays."),
        (4, "2031-08-01", "Peru and Chile agreed to a 24-hour truce for the festival."),
    ):
        other = _truce_article(f"hw_o{n}", published, text, None)
        assert len(merge([other, began]).ceasefire_attempts) == 2, text
    for noisy in (
        "There had been no reports of attacks since the truce began until Tuesday, when "
        "rebels shelled Klow.",
        "Residents of Klow said there had been no let-up in attacks since the truce began.",
    ):
        assert truce_status("announced", noisy) != "holding", noisy


def test_a_title_alone_is_no_claimant() -> None:
    """'Inspector' (the model's cut of "the Inspector-General of Police") names an office,
    not who stated the figure: unattributed when nothing ties it to a state."""
    from summarizer.extract.labels import article_names, claimant_for

    sentences = (
        "Fighting went on near Klow on Saturday, said Inspector Ana Vell.",
        "Nine members of the security forces had been killed and six wounded since March 1.",
    )
    names = article_names(sentences)
    found = claimant_for("Inspector", 9, [2], names)
    assert found.value == "unattributed"
    # ... while a named person stays the claimant
    assert claimant_for("Ana Vell", 9, [2], names).value != "Inspector"


def test_each_side_written_by_kind_is_read_on_its_own_articles() -> None:
    """ "the government" of an article naming Chile's government is Chile; "the army" of
    another article, which names no state's government or army, stays a side."""
    chile = "Chile's government and the Klow Front clashed; the rebels accused the government."
    host = "The army, backed by Chilean troops, retook Vell from the Klow Front."
    briefing = merge(
        [
            _actors("hw_d", ("Chile", "belligerent", chile), ("government", "belligerent", chile)),
            _actors(
                "hw_e",
                ("Klow Front", "belligerent", host),
                ("army", "belligerent", host),
            ),
        ]
    )
    named = [a.id for a in briefing.belligerents]
    assert "government" not in named and "army" in named
