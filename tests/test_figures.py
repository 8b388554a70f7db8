"""Casualty figures found by rule, and the multiple-choice answer turned into claims.

The articles are hand-written about invented places; the answers are hand-written too
(a unit test of the conversion, not model output).
"""

from __future__ import annotations

import json

from summarizer.extract.figures import (
    BOTH_SIDES,
    NOT_CASUALTIES,
    NOT_STATED,
    figures,
    response_model,
    to_casualty_items,
)
from summarizer.read.articles import Article

TEXT = """Truce talks resume in Klow
14 March 2031 | World desk

Talks between Ruritania and Borduria resumed in Klow on Friday under Syldavian mediation.
Ruritania's health ministry says 1,204 people have been killed since the fighting began.
The ministry said 45 civilians and 73 soldiers were among the dead, and 3,010 were wounded.
Bordurian officials said their forces had captured twelve Ruritanian soldiers near Szohod.
The truce takes effect at 6 p.m. Strelsau time on 15 March 2031, officials said.
The fighting has killed 155 troops on both sides, Syldavian monitors said.
"""
ARTICLE = Article(id="a", path="a.txt", text=TEXT)


def test_every_number_in_a_casualty_clause_is_a_figure_and_no_other_is() -> None:
    found = {(f.sentence, f.count) for f in figures(ARTICLE)}
    assert found == {(4, 1204), (5, 45), (5, 73), (5, 3010), (6, 12), (8, 155)}
    # Not the clock time, the date or the year of sentence 7, nor the byline's date.


def test_the_choices_are_the_names_around_the_figure() -> None:
    [captured] = [f for f in figures(ARTICLE) if f.count == 12]
    assert captured.names[:2] == ("Bordurian", "Ruritanian")
    assert "Szohod" in captured.names
    assert all(n not in {"The", "Truce"} for f in figures(ARTICLE) for n in f.names)


def test_the_answer_schema_allows_only_the_choices() -> None:
    found = figures(ARTICLE)
    schema = response_model(found).model_json_schema()
    first = schema["$defs"]["Figure1"]["properties"]
    assert first["outcome"]["enum"] == ["killed", "wounded", "captured", "missing", NOT_CASUALTIES]
    assert first["side"]["enum"][-1] == BOTH_SIDES
    assert set(schema["required"]) == {f.key for f in found}


def test_picks_become_grounded_claims_and_a_wrong_pick_is_repaired() -> None:
    found = figures(ARTICLE)
    by_count = {f.count: f.key for f in found}
    picks = {
        f.key: {"outcome": NOT_CASUALTIES, "side": BOTH_SIDES, "claimant": NOT_STATED}
        for f in found
    }
    picks[by_count[1204]] = {"outcome": "killed", "side": "Ruritania", "claimant": NOT_STATED}
    picks[by_count[3010]] = {"outcome": "wounded", "side": "Ruritania", "claimant": NOT_STATED}
    picks[by_count[12]] = {"outcome": "captured", "side": "Ruritanian", "claimant": "Bordurian"}
    picks[by_count[155]] = {"outcome": "killed", "side": BOTH_SIDES, "claimant": NOT_STATED}
    # Whose losses: the model picks Klow, which the figure's sentence does not name.
    [klow] = [f for f in found if f.count == 1204]
    assert "Klow" in klow.names  # a choice from the sentence before
    picks[by_count[1204]] = {"outcome": "killed", "side": "Klow", "claimant": NOT_STATED}
    answer = response_model(found).model_validate(json.loads(json.dumps(picks)))
    kept, dropped = to_casualty_items(answer, found, {"article": ARTICLE, "realigned": []})
    claims = {(k["count"], k["side"], k["outcome"], k["claimant"]) for k in kept}
    ministry = "Ruritania's health ministry"
    assert claims == {
        (12, "Ruritanian", "captured", "Bordurian"),
        (155, "total", "killed", "Syldavian monitors"),  # claimant read from the wording
        # "were among the dead": the words say killed, though the picks said not casualties;
        # the sentence names no side for the list, so both are everyone's ("total");
        # "the ministry said" is the ministry the sentence before names
        (45, "total", "killed", ministry),
        (73, "total", "killed", ministry),
        # Klow is not whose dead they are: a state's health ministry counts its own people
        (1204, "Ruritania", "killed", ministry),
        (3010, "Ruritania", "wounded", ministry),
    }
    assert dropped == []  # every number the sentences state as casualties is kept


def test_figures_the_model_left_out_are_read_when_their_words_say_everything() -> None:
    from summarizer.extract.figures import from_wording

    text = (
        "Fighting went on around Klow between Ruritania and Borduria on Monday.\n"
        "Norway's army said nine of its soldiers serving with the monitors had been killed.\n"
        "Doctors said 14 people were wounded in Szohod, a town near Klow.\n"
    )
    article = Article(id="w", path="w.txt", text=text)
    kept = from_wording(article, listed=set(), context={"article": article, "realigned": []})
    # The nine have an owner (the speaker's own soldiers); the 14 have none: not guessed.
    assert [(k["count"], k["side"], k["outcome"], k["claimant"]) for k in kept] == [
        (9, "Norway's army", "killed", "Norway's army")
    ]
    assert from_wording(article, listed={9}, context={"article": article, "realigned": []}) == []


def test_one_soldier_is_counted_by_one_not_by_an_earlier_a() -> None:
    """ "told a news conference that one Kenyan soldier had been killed and nine wounded":
    the 1 is "one", not the "a" of "a news conference", and the nine are Kenyan too."""
    from summarizer.extract.figures import from_wording

    text = (
        "Kenyan and Tanzanian troops clashed near Vell on Friday.\n"
        "Army spokesman Colonel Ivo Tal told a news conference that one Kenyan soldier had "
        "been killed and nine wounded since the offensive began.\n"
    )
    article = Article(id="w", path="w.txt", text=text)
    kept = from_wording(article, listed=set(), context={"article": article, "realigned": []})
    assert [(k["count"], k["side"], k["outcome"]) for k in kept][:1] == [(1, "Kenyan", "killed")]
    from summarizer.extract.grounding import owner_in_words, with_elided_noun

    sentence = article.sentence(2).text
    assert owner_in_words(9, with_elided_noun(9, sentence)) == "Kenyan"
    # One person right after the number or a demonym; "an offensive against rebel
    # columns" is no one rebel.
    from summarizer.extract.grounding import PEOPLE_AFTER

    assert PEOPLE_AFTER.match(" Kenyan soldier had been killed")
    assert PEOPLE_AFTER.match(" offensive against rebel columns") is None


def test_a_toll_put_at_a_number_is_a_figure_however_long_its_subject() -> None:
    """ "puts the number of Tanzanian civilians killed at 60": the 60 is a count, though
    "at 60" alone may be a clock."""
    from summarizer.extract.figures import from_wording

    text = (
        "Kenyan artillery shelled Tanzanian villages near Vell on Friday.\n"
        "Tanzania's prosecutor-general now puts the number of Tanzanian civilians killed at "
        "60, with 270 wounded.\n"
    )
    article = Article(id="w", path="w.txt", text=text)
    kept = from_wording(article, listed={270}, context={"article": article, "realigned": []})
    assert [(k["count"], k["side"], k["outcome"]) for k in kept] == [(60, "Tanzanian", "killed")]


def test_a_span_of_time_in_a_toll_sentence_is_no_figure() -> None:
    """ "The death toll from two days of fighting rose to 46": the 46, never a toll of 2."""
    from summarizer.extract.figures import from_wording

    text = (
        "KLOW, May 3 -- The death toll from two days of fighting on Ruritania's border rose "
        "to 46 on Saturday, Ruritania's health ministry said.\n"
        "Three weeks of shelling have killed 12 people in Vell, Ruritanian officials said.\n"
    )
    article = Article(id="d", path="d.txt", text=text)
    assert {(f.sentence, f.count) for f in figures(article)} == {(1, 46), (2, 12)}
    kept = from_wording(article, listed=set(), context={"article": article, "realigned": []})
    assert [k["count"] for k in kept] == [46]


def test_a_figure_beside_one_the_model_gave_takes_its_side_and_claimant() -> None:
    from summarizer.extract.figures import siblings

    text = (
        "Fighting went on around Klow between Ruritania and Borduria on Monday.\n"
        "Bordurian officials said Ruritanian fire had killed one civilian in Szohod and "
        "wounded two since the truce began.\n"
        "Ruritanian shelling killed 40 people in Klow, among them 12 children, Ana Vell said.\n"
    )
    article = Article(id="s", path="s.txt", text=text)
    given = [
        {
            "sentences": [2],
            "count": 1,
            "outcome": "killed",
            "category": "civilian",
            "side": "Borduria",
            "claimant": "Bordurian officials",
        },
        {
            "sentences": [3],
            "count": 40,
            "outcome": "killed",
            "category": "unknown",
            "side": "Borduria",
            "claimant": "Ana Vell",
        },
    ]
    found = siblings(article, given, {"article": article, "realigned": []})
    # The two wounded count the same people as the one killed: same side, same speaker.
    # The 12 children are a breakdown of the 40 dead (the same outcome): not a new figure.
    assert [(f["count"], f["outcome"], f["side"], f["sentences"]) for f in found] == [
        (2, "wounded", "Borduria", [2])
    ]
    assert found[0]["claimant"] == "Bordurian officials"
    # A figure the model already gave is not read twice.
    both = [*given, {**given[0], "count": 2, "outcome": "wounded"}]
    assert siblings(article, both, {"article": article, "realigned": []}) == []


def test_a_number_in_a_units_name_is_not_a_figure_beside_one() -> None:
    from summarizer.extract.figures import siblings

    text = (
        "The number of people killed in the fighting between the 52 Brigade and the Klow "
        "Guard rose on Wednesday to 60, with 140 wounded, the Klow health office said.\n"
    )
    article = Article(id="u", path="u.txt", text=text)
    given = [
        {
            "sentences": [1],
            "count": 140,
            "outcome": "wounded",
            "category": "unknown",
            "side": "total",
            "claimant": "Klow health office",
        },
    ]
    found = siblings(article, given, {"article": article, "realigned": []})
    assert [(f["count"], f["outcome"]) for f in found] == [(60, "killed")]


def test_things_captured_beside_a_toll_are_not_a_figure() -> None:
    from summarizer.extract.figures import siblings

    text = (
        "Ruritanian spokesman Ivo Brand said its forces had captured 25 Bordurian posts, "
        "that 58 Bordurian soldiers had been killed and that 12 soldiers had been captured.\n"
    )
    article = Article(id="c", path="c.txt", text=text)
    given = [
        {
            "sentences": [1],
            "count": 58,
            "outcome": "killed",
            "category": "military",
            "side": "Borduria",
            "claimant": "Ivo Brand",
        },
    ]
    found = siblings(article, given, {"article": article, "realigned": []})
    assert [(f["count"], f["outcome"]) for f in found] == [(12, "captured")]


def test_a_figure_beside_one_the_model_cited_with_its_headline_is_read_too() -> None:
    from summarizer.extract.figures import siblings

    text = (
        "Szohod says Bordurian troops killed 90 civilians\n"
        "Bordurian soldiers have killed 90 civilians and injured 103 others around Szohod, "
        "the Szohod regional administration said.\n"
    )
    article = Article(id="h", path="h.txt", text=text)
    given = [
        {
            "sentences": [1, 2],
            "count": 90,
            "outcome": "killed",
            "category": "civilian",
            "side": "Szohod",
            "claimant": "Szohod regional administration",
        },
    ]
    found = siblings(article, given, {"article": article, "realigned": []})
    assert [(f["count"], f["outcome"]) for f in found] == [(103, "wounded")]


def test_a_competing_count_in_its_own_clause_beside_the_models_figure_is_read() -> None:
    from summarizer.extract.figures import siblings

    text = (
        "An air strike on a school in Klow killed more than 50 people, aid workers said, "
        "while the Szohod regional government put the toll at 65.\n"
    )
    article = Article(id="c", path="c.txt", text=text)
    given = [
        {
            "sentences": [1],
            "count": 50,
            "outcome": "killed",
            "category": "unknown",
            "side": "total",
            "claimant": "unattributed",
        },
    ]
    found = siblings(article, given, {"article": article, "realigned": []})
    assert [(f["count"], f["outcome"], f["claimant"]) for f in found] == [
        (65, "killed", "Szohod regional government")
    ]


def test_figures_opened_by_their_state_or_owned_by_a_wing_are_read() -> None:
    """ "In Kenya, 10 people have been killed by rockets fired from Tanzania": Kenya's, not
    the attackers'; "the deaths of 20 of its fighters", acknowledged by a state's wing with
    an Arabic name, are that state's own (a toll "of 20" is a count, not a date)."""
    from summarizer.extract.figures import from_wording

    text = (
        "Kenyan and Tanzanian forces traded fire along the border on Monday.\n"
        "In Kenya, 10 people have been killed by rockets fired from Tanzania, the Vell "
        "Rescue emergency service said.\n"
        "Tanzania's military wing, the Izz el-Vell al-Tarin Brigades, has acknowledged "
        "the deaths of 20 of its fighters.\n"
    )
    article = Article(id="w", path="w.txt", text=text)
    kept = from_wording(article, listed=set(), context={"article": article, "realigned": []})
    read = {k["count"]: (k["side"], k["outcome"], k["claimant"]) for k in kept}
    assert read[10] == ("Kenya", "killed", "Vell Rescue emergency service")
    assert read[20] == ("Tanzania", "killed", "Tanzania")


def test_people_killed_in_a_town_of_one_state_are_that_states() -> None:
    """ "Nine civilians were killed and 34 wounded when a missile struck a block in Arica":
    Chile's, when the article names Chile and Peru; not a town of the attacker's own state,
    nor a part of a larger figure ("including the three people hurt in Arica")."""
    from summarizer.extract.figures import from_wording

    text = (
        "Peruvian artillery shelled Chilean towns on Saturday.\n"
        "Nine civilians were killed and 34 wounded when a missile struck a block in Arica "
        "shortly after 2am on Sunday, the prosecutor's office said.\n"
        "Chilean shelling killed two civilians and wounded eight in Arica, including the "
        "three people hurt near the port on Friday, Peruvian officials said.\n"
    )
    article = Article(id="w", path="w.txt", text=text)
    kept = from_wording(article, listed=set(), context={"article": article, "realigned": []})
    read = {(k["sentences"][0], k["count"]): (k["side"], k["outcome"]) for k in kept}
    assert read[(2, 9)] == ("Chile", "killed") and read[(2, 34)] == ("Chile", "wounded")
    assert (3, 2) not in read and (3, 3) not in read


def test_a_fighting_states_toll_with_no_owner_in_its_words_is_its_own() -> None:
    """ "Kenya's war council gave a new toll of 59 dead and 94 wounded": a toll the organ
    of a state at war gives without saying whose is that state's own; a fallen soldier is
    dead even in quotes."""
    from summarizer.extract.figures import from_wording

    text = (
        "Tanzanian jets and troops attacked Kenyan border posts on Christmas Day.\n"
        "In a statement on Tuesday, Kenya's war council gave a new toll of 59 dead and 94 "
        "wounded, civilian and military.\n"
        'Radio Dodoma said six Tanzanian soldiers had "fallen on the field of honour".\n'
        "The Klow Institute, a research body, gave a toll of 300 dead.\n"
    )
    article = Article(id="w", path="w.txt", text=text)
    kept = from_wording(article, listed=set(), context={"article": article, "realigned": []})
    found = {(k["count"], k["side"], k["outcome"]) for k in kept}
    assert (59, "Kenya", "killed") in found
    assert (94, "Kenya", "wounded") in found
    assert (6, "Tanzanian", "killed") in found
    assert not any(k["count"] == 300 for k in kept)  # an institute's toll: whose, unsaid


def test_a_toll_that_names_its_people_before_its_value_counts_them() -> None:
    """ "city officials put the number of civilians killed at 12": the 12 are civilians,
    in a war within one state, though no people noun follows the number."""
    from summarizer.extract.figures import from_wording
    from summarizer.extract.grounding import with_elided_noun

    sentence = (
        "Nine soldiers and policemen died in the fighting, while city officials put the "
        "number of civilians killed at 12."
    )
    assert "at 12 civilians." in with_elided_noun(12, sentence)
    assert with_elided_noun(40, "The number of attacks rose to 40.") == (
        "The number of attacks rose to 40."
    )
    text = (
        "Fighters of the Klow Front stormed coastal districts of Arica in northern Chile, "
        "and Chilean troops fought them street by street.\n"
        f"{sentence}\n"
    )
    article = Article(id="w", path="w.txt", text=text)
    kept = from_wording(article, listed={9}, context={"article": article, "realigned": []})
    assert [(k["count"], k["side"], k["outcome"]) for k in kept] == [(12, "civilians", "killed")]


def test_a_ministers_official_toll_in_a_war_within_one_state_is_everyones() -> None:
    """ "New Interior Minister Ivo Tal said the official death toll stood at 107": in a
    war within Chile, the state's toll of everyone its war killed (side 'total')."""
    from summarizer.extract.figures import from_wording

    text = (
        "ARICA, Chile, Jan. 13 (Agency) -- Fighters of the Klow Liberation Army attacked army "
        "posts around Arica, and Chilean troops fought them in the hills.\n"
        "New Interior Minister Ivo Tal said the official death toll stood at 107, including "
        "soldiers, police officers, rebels and civilians.\n"
    )
    article = Article(id="w", path="w.txt", text=text)
    kept = from_wording(article, listed=set(), context={"article": article, "realigned": []})
    assert [(k["count"], k["side"], k["outcome"], k["claimant"]) for k in kept] == [
        (107, "total", "killed", "Chile")
    ]


def test_a_body_written_with_stops_owns_and_states_its_figures() -> None:
    """ "A U.N. spokesman said two U.N. soldiers had been killed and nine wounded": an
    acronym written with stops is a name, as owner and as speaker; a government's "own
    losses at 83 gendarmes" are a count."""
    from summarizer.extract.figures import from_wording

    text = (
        "Peacekeepers and Ruritanian gendarmes fought in Klow for a second day on Monday.\n"
        "A U.N. spokesman said two U.N. soldiers had been killed and nine wounded.\n"
        "U.N. officers estimated that about 300 Ruritanian gendarmes had been killed.\n"
        "Ruritania's government put its own losses at 83 gendarmes and police killed.\n"
    )
    article = Article(id="w", path="w.txt", text=text)
    kept = from_wording(article, listed=set(), context={"article": article, "realigned": []})
    found = [(k["count"], k["side"], k["outcome"], k["claimant"]) for k in kept]
    assert found[:3] == [
        (2, "U.N.", "killed", "U.N. spokesman"),
        (9, "U.N.", "wounded", "U.N. spokesman"),
        (300, "Ruritanian", "killed", "U.N. officers"),
    ]
    assert [f.count for f in figures(article) if f.sentence == 4] == [83]
    assert kept[1]["category"] == "military"  # "nine wounded": the U.N. soldiers before


def test_a_vague_count_of_things_is_no_figure() -> None:
    from summarizer.extract.figures import from_wording

    text = (
        "Chilean forces routed the Klow Front near Vell on Monday.\n"
        "Santiago radio said hundreds of captured rebel vehicles were on display in Peru.\n"
        "Santiago radio said hundreds of rebel fighters had been captured near Vell.\n"
    )
    article = Article(id="v", path="v.txt", text=text)
    kept = from_wording(article, listed=set(), context={"article": article, "realigned": []})
    assert all(k["sentences"] != [2] for k in kept)


def test_a_figure_stated_twice_is_read_where_the_article_says_who_stated_it() -> None:
    """A headline's "18 Chilean soldiers killed", then the body's "..., the Chilean army
    said": the figure is read once, from the sentence that names who stated it."""
    from summarizer.extract.figures import from_wording

    text = (
        "Peruvian raid kills 18 Chilean soldiers near Vell\n"
        "Peruvian fighters killed 18 Chilean soldiers in a raid on Vell, the Chilean army "
        "said on Wednesday.\n"
    )
    article = Article(id="w", path="w.txt", text=text)
    [kept] = from_wording(article, listed=set(), context={"article": article, "realigned": []})
    assert (kept["count"], kept["sentences"], kept["claimant"]) == (18, [2], "Chilean army")
