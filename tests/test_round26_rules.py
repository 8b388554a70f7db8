"""Rules found on the twenty-eighth session's reading of round 26's episodes (opened after
they were scored sealed twice): a movement's own negotiators, a toll written after its
value ("bringing to nine the number of ... fighters"), whose "its spokesman" is, and
reported speech that goes on into the next sentence. Each rule is tested on HAND-WRITTEN
sentences about invented places and people (real states only where maintained data is
read).
"""

from __future__ import annotations

from handwritten import validated_truce

from summarizer.extract.grounding import owner_of, with_elided_noun
from summarizer.extract.labels import article_names, claimant_for, side_for
from summarizer.extract.roles import cues, role_from_wording


def test_a_movements_own_negotiators_make_it_no_go_between() -> None:
    detained = "Martial law declared, five Klow Front negotiators detained as troops move in"
    assert not cues("Klow Front", [detained]).mediation
    # ... nor does a relative clause done to the talks by another
    talks = (
        "The offensive began after the collapse of talks between the government and the "
        "Klow Front, which had been facilitated by the Vell Centre."
    )
    assert not cues("Klow Front", [talks]).mediation
    assert cues("Vell Centre", [talks]).mediation
    # ... while a broker written as one still is
    assert cues("Norway", ["Norway mediated the talks between Klow and Vell."]).mediation


def test_a_movements_strength_and_its_gunmen_make_it_a_fighting_side() -> None:
    strength = "The Klow Front, which numbers about 5,000 fighters, gave a different picture."
    did = "The army also said Klow Front gunmen had killed 12 civilians near Vell."
    assert cues("Klow Front", [strength]).force
    assert cues("Klow Front", [did]).force  # "had killed": what they did, no loss
    assert not cues("Klow Front", ["Twelve Klow Front gunmen had been killed near Vell."]).force
    assert role_from_wording("Klow Front", "mediator", [strength, did]) == "belligerent"


def test_a_toll_written_after_its_value_names_whose_people() -> None:
    sentence = (
        "The army said it had killed four more rebels on Tuesday, bringing to nine the number "
        "of Klow Liberation Front (KLF) fighters it says it has killed since Monday."
    )
    assert owner_of(9, sentence) == "Klow Liberation Front"
    # ... and the soldiers the next sentence counts are not those fighters
    names = article_names(
        (
            "KLOW, May 20 - Ruritanian troops moved into the hills of Klow province on Tuesday.",
            sentence,
            "Four soldiers had been wounded, an army spokesman said.",
        )
    )
    cited = with_elided_noun(4, names.sentences[-1])
    assert side_for("unknown", 4, cited, "Ruritania", names).value != "Klow Liberation Front"


def test_a_pronoun_in_the_clause_is_the_sentences_own_subject() -> None:
    names = article_names(
        (
            "KLOW AGENCY - Asia service",
            "SANTIAGO, May 20 (KA) - Chilean troops parachuted into the hills of Klow province.",
            "The military said it had killed four more rebels on Tuesday, bringing to nine the "
            "number of rebels it says it has killed since the operation began on Monday.",
        )
    )
    # (not the page's header, nor nobody: the military of the war's one state)
    assert claimant_for(None, 9, [3], names).value == "Chile"


def test_its_spokesman_speaks_for_the_subject_of_the_sentence_before() -> None:
    names = article_names(
        (
            "Ruritanian troops moved into Klow province on Monday against the rebels.",
            "The KLF, which numbers about 5,000 fighters, gave a sharply different picture.",
            "Its spokesman Ivo Tal said 17 civilians had been killed by troops since Monday.",
        )
    )
    assert claimant_for("Ivo Tal", 17, [3], names).value == "KLF"


def test_a_bare_spokesman_in_a_war_within_one_state_is_not_the_states() -> None:
    names = article_names(
        (
            "SANTIAGO, May 20 - Chilean troops fought the rebels in Klow province on Monday.",
            "Speaking from the hills, spokesman Ivo Tal said troops had killed 80 civilians.",
        )
    )
    assert claimant_for("Ivo Tal", 80, [2], names).value == "Ivo Tal"
    # ... while a state's office in it is the state's
    names = article_names(
        (
            "SANTIAGO, May 20 - Chilean troops fought the rebels in Klow province on Monday.",
            "Interior Minister Ivo Tal said troops had killed 80 rebels.",
        )
    )
    assert claimant_for("Ivo Tal", 80, [2], names).value == "Chile"


def test_reported_speech_goes_on_into_the_next_sentence() -> None:
    names = article_names(
        (
            "Ruritanian troops fought the rebels in Klow province.",
            "Army spokesman Lt. Col. Ivo Tal said troops had killed 51 rebels since Monday.",
            "Three soldiers had been killed and 12 wounded over the same period.",
        )
    )
    assert claimant_for(None, 3, [3], names).value != "unattributed"
    # ... not a sentence of the reporter's own, in the simple past
    names = article_names(
        (
            "Army spokesman Lt. Col. Ivo Tal said troops had killed 51 rebels since Monday.",
            "Three soldiers died in Klow on Tuesday.",
        )
    )
    assert claimant_for(None, 3, [2], names).value == "unattributed"


def test_fighters_counted_with_what_else_was_done_are_still_counted() -> None:
    names = article_names(
        (
            "Ruritanian troops fought the rebels in Klow province.",
            "By Monday evening, the military said its troops had killed five rebels and "
            "captured seven.",
        )
    )
    cited = names.sentences[-1]
    assert side_for("Klow", 5, cited, "Ruritania", names).value == "rebels"


def test_a_states_organ_is_read_from_what_it_is_called() -> None:
    """A news agency or minister tied to its state by how the sentence names it: by the
    state's possessive, a demonym in an appositive, or the capital the sentence opens in."""
    from summarizer.reference.affiliations import learn

    def ties(sentence: str) -> set[tuple[str, str]]:
        return {(a.name, a.actor) for a in learn([sentence])}

    assert ("CNA", "chile") in ties(
        "Chile's official Central News Agency (CNA) gave a different account."
    )
    assert ("CNA", "chile") in ties("Chile's news agency CNA accused Peru of a violation.")
    assert ("CNA", "chile") in ties("CNA, the Chilean news agency, said four jets were downed.")
    assert ("CNA", "chile") in ties("In Santiago, the official news agency CNA rejected it.")
    assert ("Ivo Tal", "chile") in ties(
        "In Santiago, War Minister General Ivo Tal told parliament that 32 men had died."
    )
    # ... not an envoy of another state, nor what a sentence says someone did there
    assert ("Ivo Tal", "chile") not in ties("In Santiago, Peruvian envoy Ivo Tal said it failed.")
    assert not ties("In Santiago, the talks led by envoy Ivo Tal failed.")
    # ... nor a community's leader in the country, not its capital
    assert not ties("In Chile, the Mapuche leader Ivo Tal appealed for calm.")
    assert not ties("In Santiago, the Mapuche leader Ivo Tal appealed for calm.")
    # ... nor a body a capital's sentence names as acting, nor a movement against the state
    assert not ties("The talks in central Santiago were convened by the Vell Centre for Dialogue.")
    assert not ties("Chile's National Liberation Army (NLA) guerrillas said they would stop.")
    assert not ties("The Chilean Border Service said four were hurt.")  # any state's, no name


def test_the_military_spokesman_of_a_wire_from_a_fighting_states_city() -> None:
    """ "SANTIAGO -- ... The military spokesman said": the dateline's state, when the article
    shows it fighting; not a state that only hosts the reporter."""
    lead = (
        "SANTIAGO, July 22 -- Chilean troops threw back a Peruvian armoured thrust on Thursday "
        "and carried the fighting across the border."
    )
    said = "The military spokesman said nine Peruvian soldiers had been taken prisoner."
    names = article_names((lead, said))
    assert claimant_for(None, 9, [2], names).value == "Chile"
    abroad = (
        "BUENOS AIRES, July 22 -- Chilean troops threw back a Peruvian armoured thrust on "
        "Thursday, diplomats here said."
    )
    names = article_names((abroad, said))
    assert claimant_for(None, 9, [2], names).value != "Argentina"


def test_a_halt_ordered_and_its_order_are_the_truce() -> None:
    from summarizer.extract.truce_wording import continues_truce, speaks_of_truce

    ordered = "President Ana Vell ordered her forces on Sunday to stop all military operations."
    assert continues_truce("The order took effect at 8 p.m. (1700 GMT).", ordered)
    assert speaks_of_truce("Shelling resumed on Tuesday, testing the halt that Vell ordered.")
    assert speaks_of_truce("Envoys worked to turn the unilateral Klowish halt into a deal.")
    for no_truce in (
        "Donors announced a halt to arms sales to both sides.",
        "The convoy made a halt at the checkpoint.",
    ):
        assert not speaks_of_truce(no_truce), no_truce


def test_a_truce_time_is_the_day_not_the_words_copied_after_it() -> None:
    from summarizer.read.articles import Article

    text = (
        "KLOW, July 27 - Shelling was reported on Tuesday.\n"
        "Vell said the halt had taken effect at 7 p.m. local time on Sunday and that it "
        'had "respected it since that minute."\n'
    )
    article = Article(id="hw_klow", path="hw_klow.txt", text=text)
    item = validated_truce(
        article, [2], 'on Sunday and that it had "respected it since that minute'
    )
    assert item.effective_at_text == "7 p.m. local time on Sunday"


def test_a_truce_said_to_be_dead_places_no_war_in_its_venue() -> None:
    """ "The accord signed in Geneva was already dead": no toll, so Switzerland is no state
    the war is fought in, and the army of this article is still Chile's."""
    from summarizer.extract.labels import war_within_one_state

    names = article_names(
        (
            "SANTIAGO - Troops killed nine rebels on Wednesday in shootouts in Klow province.",
            "The government insisted the Cessation of Hostilities Agreement signed in Geneva "
            "last December was already dead.",
            "The Vell Centre, the Swiss-based group that brokered the pact, withdrew its staff.",
        )
    )
    assert war_within_one_state(names) == "chile"


def test_a_count_listed_with_a_reported_one_goes_on_reporting() -> None:
    names = article_names(
        (
            "Ruritanian troops fought the rebels in Klow province.",
            "Army spokesman Lt. Col. Ivo Tal said troops had killed 51 rebels since Monday.",
            "Three soldiers had been killed and 12 wounded over the same period.",
        )
    )
    assert claimant_for(None, 12, [3], names).value == claimant_for(None, 3, [3], names).value
    assert claimant_for(None, 12, [3], names).value != "unattributed"


def test_a_leader_shuttling_between_the_capitals_brokers_but_an_appeal_heeded_does_not() -> None:
    from summarizer.extract.roles import go_betweens_in

    assert go_betweens_in(
        "The Chilean leader, who has been shuttling between the two capitals, left quietly."
    ) == ["Chilean"]
    heeded = (
        'The order was issued "in response to the appeals of President Ana Vell and Brother '
        'Ivo Tal, and out of concern for the blood of our people."'
    )
    # An appeal is a call, not brokering: a side that halts "in response to the appeal of
    # the Secretary-General" has been asked, not brought to terms (reversed in session 32:
    # a later round's gold counted the appealing body as no mediator).
    assert go_betweens_in(heeded) == []
    # ... not troops or trucks going back and forth
    for moving in (
        "Chilean troops shuttled between the two camps.",
        "Chilean trucks have been shuttling between the two capitals.",
    ):
        assert go_betweens_in(moving) == [], moving


def test_reviewed_counterexamples_of_the_round_26_session() -> None:
    """Sentences a review of this session's rules found them wrong on, mended."""
    from summarizer.extract.roles import go_betweens_in
    from summarizer.extract.truce_wording import continues_truce, speaks_of_truce
    from summarizer.reference.affiliations import learn

    # a group the article shows fighting keeps its fighters: the FARC's "26 guerrillas"
    names = article_names(
        (
            "Colombian troops fought the FARC in Cauca province on Monday.",
            "Troops killed 26 guerrillas in the raid, the army said.",
        )
    )
    assert side_for("FARC", 26, names.sentences[1], None, names).value == "FARC"
    # a state's negotiators may be a go-between's; troops, ambulances and relatives are not
    assert go_betweens_in("Egyptian negotiators urged the two sides to extend the truce.") == [
        "Egyptian"
    ]
    for no_broker in (
        "Chilean ambulances shuttled between the two sides all day.",
        "The rebels freed 12 prisoners in response to the appeals of relatives of Chilean "
        "soldiers.",
        "Since Chile walked out the envoy has been shuttling between the two capitals.",
        "President Ana Vell presided over a meeting of the Council of Ministers in Santiago.",
    ):
        assert go_betweens_in(no_broker) == [], no_broker
    # a movement against a state, named with it, is not its organ; nor a visitor or a
    # journalist
    for untied in (
        "Fighting broke out between the army and Chile's Klow Defence Forces on Saturday.",
        "In Santiago, mediator Ivo Tal said the talks had failed.",
        "Ana Vell, a Chilean news agency photographer, was wounded.",
    ):
        assert not learn([untied]), untied
    # a spokesman in the other side's capital is that side's, not the dateline's
    names = article_names(
        (
            "SANTIAGO, July 22 -- Peruvian troops crossed into Chile on Thursday and clashed "
            "with Chilean border guards.",
            "In Lima, a military spokesman said nine Chilean soldiers had been killed.",
        )
    )
    assert claimant_for(None, 9, [2], names).value != "Chile"
    # the reporter's background, with a time of its own, is no one's report going on
    names = article_names(
        (
            "Ruritanian troops fought the rebels in Klow province.",
            "Klow Front commander Ivo Tal said his men had killed 12 soldiers.",
            "The truce signed in March had collapsed in May after 200 people were killed.",
        )
    )
    assert claimant_for(None, 200, [3], names).value == "unattributed"
    # "its" is the last clause's subject, and never a town's
    names = article_names(
        (
            "SANTIAGO - Chilean troops fought the KLF rebels.",
            "Chile's army said it had killed 40 rebels, but the KLF disputed the figures.",
            "Its spokesman Ivo Tal said 17 civilians had been killed by troops since Monday.",
        )
    )
    assert claimant_for("Ivo Tal", 17, [3], names).value == "KLF"
    names = article_names(
        (
            "SANTIAGO - Chilean troops fought the KLF rebels.",
            "Klow, the provincial capital, was quiet on Tuesday as the KLF disputed the figures.",
            "Its spokesman Ivo Tal said 17 civilians had been killed by troops since Monday.",
        )
    )
    assert claimant_for("Ivo Tal", 17, [3], names).value != "Klow"
    # a halt to be made, and another order, are no truce
    assert not speaks_of_truce("Donors urged the government to halt arms purchases.")
    assert not speaks_of_truce("Sanctions that could halt the flow of arms were discussed.")
    assert not continues_truce(
        "The evacuation order took effect at 8 p.m.",
        "Both sides agreed on Sunday to a ceasefire in Klow province.",
    )
    # a neighbour holding fleeing fighters, or a peace force's contributor, fights no one
    assert (
        role_from_wording("Chile", "mediator", ["Chile detained 40 militiamen who fled."]) is None
    )
    assert (
        role_from_wording(
            "Ghana", "mediator", ["Ghana, which has 850 troops in the AU force, said it held."]
        )
        is None
    )


def test_a_truce_day_is_read_beside_its_hour() -> None:
    from summarizer.read.articles import Article

    text = (
        "KLOW, May 3 - Fighting went on.\n"
        "Vell announced the ceasefire Sunday, saying it would take effect at 6 p.m. on Sunday.\n"
    )
    article = Article(id="hw_klow", path="hw_klow.txt", text=text)
    assert validated_truce(article, [2], "on Sunday").effective_at_text == "6 p.m. on Sunday"
