"""The words of a reaction: what separates "Syldavia condemned the strikes" from
"Syldavia said three of its peacekeepers had died" (a source of facts, not a reaction).

Plain English cue words, no names; used by the validators (which sentence a reaction
cites, its stance when read from the text) and by the merge (a reaction whose sentences
hold none of them is set aside).
"""

from __future__ import annotations

import re

# What a reaction says: concern, a call, a condemnation, support or an offer to help. A
# sentence in which an actor only reports ("Syldavia said three of its peacekeepers had
# died") is a source of facts, not a reaction.
# Doubt or dismissal: "dismissed the truce as a cynical ploy", "had little faith in it",
# "a so-called ceasefire".
_DOUBTS = (
    r"dismiss\w*|reject\w*|ploy|cynical|sham|bogus|hypocri\w*|(?:little|no)\s+faith|"
    r"(?:cannot|can\s*not|could\s+not|will\s+not|would\s+not)\s+accept|"
    r"scepti\w*|skepti\w*|so-called|doubt\w*|distrust\w*|mistrust\w*"
)
# A deed named as a wrong: "called the landings \"open armed intervention in the internal
# affairs of a sovereign state\"", "branded the raid an act of piracy", "called the
# fighting \"a shame for the continent\"".
# (not "called for an international intervention", a call; nor "termed reports of a
# massacre baseless", a denial)
_NAMED_A_WRONG = (
    r"(?:call(?:s|ed|ing)?|brand(?:s|ed|ing)?|describ(?:es|ed|ing)|term(?:s|ed|ing)?)\s+"
    r"(?!(?:for|on|upon)\b)(?:[\w'\u2019-]+\s+){1,4}?[\"\u201c]?(?:an?\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:aggression|intervention|interference|invasion|provocation|crime|piracy|atrocit\w*|"
    r"massacre|violation|shame|disgrace|tragedy|outrage|scandal|catastrophe|madness|folly)\w*"
    r"(?![^.;]*\b(?:baseless|false|unfounded|fabricated|untrue|lies)\b)"
)
# A request (not "asked that his name not be used")
_ASKED_THAT = r"ask(?:s|ed)?\s+that\s+(?!(?:his|her|their|its)\s+name|(?:he|she|they)\s+not\b)"
_REACTS = re.compile(
    rf"\b(?:{_NAMED_A_WRONG}|{_ASKED_THAT}|"
    r"condemn\w*|denounc\w*|deplor\w*|concern\w*|worr\w*|alarm\w*|dismay\w*|regret\w*|"
    r"sadden\w*|shock\w*|outrag\w*|troubl\w*|urg\w*|call(?:s|ed|ing)?\s+(?:on|for|upon|to)|"
    r"ask(?:s|ed)?\s+(?:for|both|all)|appeal\w*|demand\w*|restraint|calm|de-?escalat\w*|welcom\w*|support\w*|prais\w*|"
    r"hail\w*|applaud\w*|commend\w*|endors\w*|back(?:s|ed|ing)?\s+(?:the|a|an)|"
    r"hop(?:e|es|ed|ing)|mediat\w*|offer\w*|ready\s+to|convene\w*|host(?:s|ed|ing)?|unacceptable|violation|criticis\w*|"
    r"criticiz\w*|warn\w*|accus\w*|blam\w*|reject\w*|protest\w*|sanction\w*|condolence\w*|"
    r"solidarity|must|should|relief|closely|regrettable|grave|serious\s+concern|"
    r"disgrace\w*|shameful|act\s+of\s+aggression|stand(?:s|ing)?\s+by\s+the|tragic\s+loss|"
    rf"dispatch\w*|delegations?|{_DOUBTS})\b",
    re.IGNORECASE,
)


def reacts_in(sentence: str) -> bool:
    """Whether the sentence holds the words of a reaction (concern, a call, a condemnation,
    support, an offer to mediate), not only a report of facts."""
    return _REACTS.search(sentence) is not None


# The stance a reaction's words take, strongest first.
_STANCES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("condemnation", re.compile(
        r"\b(?:condemn\w*|denounc\w*|deplor\w*|unacceptable|critici[sz]\w*|outrag\w*|"
        rf"disgrace\w*|shameful|act\s+of\s+aggression|{_NAMED_A_WRONG})\b", re.I
    )),
    ("call_for_restraint", re.compile(
        rf"\b(?:urg\w*|call(?:s|ed|ing)?\s+(?:on|for|upon|to)|{_ASKED_THAT}|appeal\w*|restraint|calm|"
        r"de-?escalat\w*|must|should)\b", re.I
    )),
    ("mediation_offer", re.compile(
        r"\b(?:offer\w*\s+to|ready\s+to|stands?\s+ready|dispatch\w*|delegations?)\b", re.I
    )),
    ("support", re.compile(
        r"\b(?:welcom\w*|support\w*|prais\w*|hail\w*|applaud\w*|commend\w*|endors\w*|"
        r"stand(?:s|ing)?\s+by\s+the)\b", re.I
    )),
    ("concern", re.compile(
        r"\b(?:concern\w*|worr\w*|alarm\w*|shock\w*|troubl\w*|dismay\w*|regret\w*|sadden\w*|"
        r"tragic\s+loss|condolence\w*)\b",
        re.I,
    )),
    ("other", re.compile(rf"\b(?:{_DOUBTS})\b", re.I)),  # doubt or dismissal
)  # fmt: skip


def stance_in(sentence: str) -> str | None:
    """The stance the sentence's words take, or None when they take none."""
    return next((stance for stance, pattern in _STANCES if pattern.search(sentence)), None)


# What a go-between does: convening, hosting, brokering or mediating talks.
_BROKERS = re.compile(
    r"\b(?:conven(?:e|es|ed|ing|er|ers)|(?:co-)?host(?:s|ed|ing)?|broker\w*|mediat\w*|"
    r"facilitat\w*|negotiat\w*)\b",
    re.IGNORECASE,
)


def brokers_in(sentence: str) -> bool:
    """Whether the sentence holds the words of brokering ("would convene a summit",
    "hosted the talks"): said by the episode's mediator, that is its mediation."""
    return _BROKERS.search(sentence) is not None
