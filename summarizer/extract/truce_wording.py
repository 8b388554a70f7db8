"""Whether a sentence speaks of a truce: the wording a ceasefire item must be cited by.

A small model turns talks into truces ("officials would meet for talks on Monday" became a
ceasefire). A ceasefire, though, is always written as one: "ceasefire", "truce",
"armistice", "cessation of hostilities", a halt, pause, end or suspension of the
fighting (or "cease fire"), "hold fire", troops who "disengage". Fighting that "stopped
at 5 p.m." names no truce: it may be a lull. Talks, meetings and negotiations alone
are none of these. The words are plain English, not names: they carry to any episode.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.reference.timeline import names_a_new_truce

_STOPPING = r"halt\w*|stop\w*|end(?:s|ed|ing)?|paus\w*|suspen\w*|lull|ceas(?:e|es|ed|ing)"
_FIGHTING = (
    r"fighting|hostilities|fire|firing|attacks|strikes|(?:military\s+)?operations|war|"
    r"clashes|shelling|bombing|bombardment|combat|violence|actions|conflict"
)
_PASSIVE_FIGHTING = r"hostilities|fighting|firing"
# A side stopping its own: "suspend its offensive" (not "halted its operations in Rafah")
_ITS_FIGHTING = (
    r"offensive|military\s+operations?|attacks|strikes|shelling|bombardment|fire|firing|"
    # ("NATO suspended its air campaign"; not "Police halted their raids")
    r"(?:air|bombing|military)\s+(?:campaign|operations|raids|strikes)"
)
TRUCE_WORDING = re.compile(
    r"\b(?:cease-?fires?|truces?|armistice|"
    r"cessation\s+of\s+(?:all\s+|the\s+)?(?:hostilities|fighting|fire)|"
    # ("suspend all offensive fire", "stop all offensive operations")
    # ('suspend "all offensive actions"': a quote may open what stops)
    # ("an agreement to end the five-month conflict": a span of time may qualify it)
    rf"(?:{_STOPPING})\s+[\"\u201c]?(?:(?:to|in|of|the|all|an|a|offensive|"
    r"(?:\w+-)?(?:day|week|month|year)(?:-long|-old)?)\s+){0,3}"
    rf"(?:{_FIGHTING})|"
    # a side's own air war, suspended or halted: 'to suspend Ruritania's air operations'
    # (not "to stop Borduria's air strikes", by force; nor "suspended all air operations"
    # at an airport)
    r"(?:suspen\w*|halt\w*)\s+[\"\u201c]?(?:the\s+)?[A-Z][\w.]*['\u2019]s\s+"
    r"(?:air|bombing|military)\s+(?:campaign|operations|raids|strikes)|"
    # "to halt immediately the further use of air strikes", "an end to the use of force"
    rf"(?:{_STOPPING})\s+(?:to\s+)?(?:immediately\s+)?(?:the\s+)?(?:further\s+)?use\s+of\s+"
    r"(?:air\s*strikes|air\s+power|(?:military\s+)?force)|"
    # ("a moratorium on air strikes")
    r"moratorium\s+on\s+(?:(?:the|all|further|air|military|cross-border)\s+){0,3}"
    rf"(?:{_FIGHTING}|raids)|"
    # a side pledged to strike no more at a place: "would carry out no operations over Vell
    # from 8 a.m." (not "would fly no sorties because of the storm", "to launch no attacks
    # on civilian targets")
    r"(?:will|would|shall|to)\s+(?:carry\s+out|conduct|launch|mount|fly|make)\s+no\s+"
    r"(?:further\s+)?(?:air\s+|military\s+)?(?:operations|strikes|raids|attacks|sorties)\s+"
    r"(?:over|against|on)\s+(?-i:[A-Z])\w*|"
    rf"(?:{_STOPPING})\s+(?:its|their)\s+(?:{_ITS_FIGHTING})|"
    r"ceas(?:e|es|ed|ing)\s+(?:all\s+)?(?:fire|firing|hostilities|fighting)|"
    r"humanitarian\s+pauses?|hold\s+(?:their\s+|its\s+)?fire|"
    # the halt a sentence before ordered, named alone: "testing the halt that Ruritania
    # ordered", "the unilateral Ruritanian halt" (not "a halt to arms sales", "the halt in
    # aid", "a halt at the checkpoint")
    # ("the suspension appeared to have taken effect", "the pause held")
    r"(?:the|this|its)\s+(?:(?!(?:to|could|would|will|can|may|might|should|must)\b)[\w-]+\s+)"
    r"{0,2}?halt(?!\s+(?:to|in|of|on|at)\b)(?!\s+(?:the|a|an|all|its|their)\b)"
    r"(?!\s+[a-z]+s\b)|"
    # (a suspension or pause of no other thing: not "the aid suspension", "the suspension
    # of the talks")
    r"(?:the|this|its)\s+(?:(?:unilateral|temporary|\w+-(?:day|hour|week))\s+)?"
    r"(?:suspension|pause)(?!\s+(?:to|in|of|on|at)\b)(?!\s+(?:the|a|an|all|its|their)\b)"
    r"(?!\s+[a-z]+s\b)|"
    # an order to hold fire: 'ordered the front "not to shell the port"'
    r"(?:ordered|orders|told|instructed)\s+(?:[\w'-]+\s+){0,4}?[\"\u201c]?not\s+to\s+"
    r"(?:shell|fire|attack|bomb|shoot|open\s+fire)"
    r"(?!\s+(?:at|on|upon|into)\s+(?:[\w-]+\s+){0,2}?(?:civilians|protesters|demonstrators|"
    r"crowds|refugees|convoys|people|residents))|"
    r"(?:lay|lays|laid|laying)\s+down\s+(?:their\s+|its\s+)?(?:arms|weapons|rifles|guns)|"
    # a stop set for a time to come: "the war will stop at noon on Friday" (not "the
    # fighting stopped at 5 p.m.", which may be a lull)
    # ("the guns were due to fall silent across the country at one minute past midnight")
    rf"(?:(?:{_FIGHTING})\s+(?:[\w'-]+\s+){{0,5}}?"
    r"(?:will|would|shall|(?:is|are|was|were)\s+(?:due\s+)?to)\s+(?:stop|end|cease|halt|fall\s+silent)"
    r"|(?<!\bof\s)guns\s+(?:[\w'-]+\s+){0,5}?"
    r"(?:will|would|shall|(?:is|are|was|were)\s+(?:due\s+)?to)\s+fall\s+silent)"
    r"(?=\s+(?:(?!(?:at|on|from)\b)[\w'-]+\s+){0,2}(?:at|on|from)\b)|"
    # a halt agreed or proposed in the subjunctive: "that hostilities be suspended from
    # noon" (not "hostilities will be ended by a final assault", "firing must be
    # stopped", "operations were suspended for the monsoon": threats, appeals, pauses)
    rf"that\s+(?:all\s+)?(?:{_PASSIVE_FIGHTING})\s+(?:should\s+)?be\s+"
    r"(?:suspended|halted|stopped|ended|ceased)|"
    r"disengag\w*)\b",
    re.IGNORECASE,
)


def names_old_beside_new(text: str) -> bool:
    """The text names two truces, one of them new ("Truce collapses, fresh ceasefire
    agreed"): what it says of the other is the old truce's."""
    return names_a_new_truce(text) and len(TRUCE_WORDING.findall(text)) >= 2


def speaks_of_truce(text: str) -> bool:
    """True when the text names a truce, or the fighting stopping, paused or ended."""
    return TRUCE_WORDING.search(text) is not None


# A sentence that goes on about the truce the sentence before names: "... obtained a
# ceasefire. The agreement was signed at about 19:00 local time.", "... not a ceasefire
# but a pause. The pause begins at 22:00."
_THE_DEAL = re.compile(
    r"^\W*(?:the|this|that)\s+(?:[\w-]+\s+)?"
    r"(?:agreement|deal|accord|pact|text|document|arrangement|pause|halt|lull|suspension|"
    r"moratorium)\b"
    # ("... ordered its forces to stop all military operations. The order took effect at";
    # not "The evacuation order", another order)
    r"|^\W*(?:the|this|that)\s+order\b",
    re.IGNORECASE,
)


# A deal named as another one: "The accord on prisoner exchanges ...", "The separate deal".
_ANOTHER_DEAL = re.compile(
    r"^\W*(?:the|this|that)\s+(?:(?:separate|second|other|new|earlier|previous)\s+)?"
    r"(?:[\w-]+\s+)?(?:agreement|deal|accord|pact|arrangement)\s+(?:on|for|over|about|covering)\b"
    r"|^\W*(?:the|this|that)\s+(?:separate|second|other|earlier|previous)\s+",
    re.IGNORECASE,
)


# "It was to begin at 2 p.m.", after a sentence about a truce: the truce's start.
_IT_STARTS = re.compile(
    # (a plan or an entry into force: not "It began at 5 a.m. with artillery fire", which
    # may be the offensive the sentence before names)
    r"^\W*It\s+(?:(?:(?:was|is|were|would|will)\s+(?:to|due\s+to|set\s+to|scheduled\s+to|"
    r"supposed\s+to)\s+(?:have\s+)?(?:begun|begin|start(?:ed)?|take(?:n)?\s+effect|"
    r"come\s+into\s+(?:force|effect)))|takes?\s+effect|took\s+effect|"
    r"(?:comes?|came|goes|went)\s+into\s+(?:force|effect))\b"
)


def continues_truce(sentence: str, before: str | None, earlier: str | None = None) -> bool:
    """True when `sentence` speaks of "the agreement" that the sentence `before` names as a
    truce, or starts "it" ("It was to begin at 2 p.m.") after a truce sentence, the one
    before or the one `earlier` than that (a sentence on who announced it between): the
    same truce, though its own words name none."""
    texts = [t for t in (earlier, before) if t is not None] + [sentence]
    return truce_named_before(texts, len(texts) - 1) is not None


def truce_named_before(texts: Sequence[str], at: int) -> int | None:
    """The index of the sentence that names the truce `texts[at]` goes on about, following
    the chain back ("... a cease-fire arranged by the envoy. The agreement was signed
    Friday afternoon. It was to take effect at 4:45 p.m."), or None if it goes on about none."""
    while at > 0:
        sentence = texts[at]
        if _ANOTHER_DEAL.match(sentence):
            return None  # "The accord on prisoner exchanges was signed separately": not it
        if _IT_STARTS.match(sentence):
            candidates = [at - 1, at - 2]
        elif _THE_DEAL.match(sentence):
            candidates = [at - 1]
        else:
            return None
        for k in candidates:
            if k >= 0 and speaks_of_truce(texts[k]):
                return k
        # the sentence before names no truce, but may itself go on about one
        at -= 1
    return None
