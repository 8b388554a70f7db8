"""Whether the article's wording makes an actor a fighting side or a go-between.

A small model mixes the two up ("Israel: mediator", "the EU: belligerent"), so the role
it gives is checked against the article: a mediator is named next to a word of
brokering ("US-brokered", "mediated by Qatar", "the Ruritanian envoy"); a belligerent
next to a word of fighting ("Bordurian troops", "Ruritania fired", "the war between
Ruritania and Borduria"). The cues are plain English, not names: they carry to any
episode.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from summarizer.models import ActorMention
from summarizer.read.articles import Article

_MEDIATION_WORDS = (
    r"brokered|brokering|mediated|mediating|mediation|mediators?|envoys?|negotiators?|"
    r"facilitated|facilitating|hosted|hosting|co-hosted|co-hosting|convened|convening|"
    r"co-chaired"
)
_FIGHTING_WORDS = (
    r"forces|troops|army|armed\s+forces|military|soldiers|fighters|rebels|militants|"
    r"militias?|jets|warplanes|aircraft|drones|artillery|navy|air\s+force|strikes?|struck|"
    r"fired|shelled|shelling|attacked|attacks?|launched|bombed|bombarded|invaded|advanced|"
    r"captured|capturing|seized|seizing|retaliated|offensive|missiles?|rockets?|mortars?|"
    r"incursion|advancing|advance|fighting|fought|clashed|clashing|attacking|firing|bombing|"
    r"massing|shelling|pushed|took\s+control|overran"
)
_FORCE_NOUNS = (
    r"rebels?|fighters|militias?|militants|insurgents|guerrillas?|army|armed\s+forces|forces|"
    r"troops|military|soldiers|paramilitar\w*"
)
_GROUP_NOUNS = rf"{_FORCE_NOUNS}|government|authorities|officials|alliance|coalition|movement|group"
_CONFLICT_WORDS = r"ceasefire|truce|war|fighting|clashes|hostilities|conflict|confrontation"
# Words between a name and its cue; a conjunction means the cue is another actor's.
_WORDS = r"(?:(?!(?i:and|or|with|between|but|while|as|than)\b)[\w\u2019'.-]+[\s-]+)"
_TITLES = r"(?:[A-Z][\w.\u2019'-]*\s+)"  # "by US President Ana Vell": only capitalised words


@dataclass(frozen=True)
class RoleCues:
    mediation: bool
    fighting: bool


def _name_pattern(name: str) -> str:
    """The name as written, also as the start of a demonym ("Israel" -> "Israeli"), but
    not as the first half of a qualifier ("Iran-backed" says nothing of Iran's role)."""
    core = re.escape(" ".join(name.split())).replace(r"\ ", r"\s+")
    # An acronym ("US", "UN") is matched as written, so it never matches "use" or "unit".
    body = rf"{core}\b" if name.isupper() and len(name) <= 4 else rf"(?i:{core})\w*"
    return rf"\b{body}(?!-(?:backed|based|allied|aligned|linked|led))(?:[\u2019']s)?"


def _forms(name: str) -> list[str]:
    """The name, and the parts of it the article may use alone: a state it begins with
    ("US President Ana Vell" -> "US"), and a person's surname ("Vell")."""
    from summarizer.reference.actors import resolve  # maintained country data

    forms = [name]
    # "Klow rebel alliance (KRA)": the acronym in brackets; "Bordurian rebels": the name
    # without its common noun.
    forms += re.findall(r"\(([^)]+)\)", name)
    bare = re.sub(r"\s*\([^)]*\)", "", name)
    stem = re.sub(rf"(?:\s+(?:{_GROUP_NOUNS}))+$", "", bare, flags=re.IGNORECASE)
    forms += [f for f in (bare, stem) if f and f != name]
    words = re.findall(r"[A-Z][\w-]*(?=[\u2019']s\b)|[A-Z][\w-]*", name)
    for word in words:
        state = resolve(word)
        if word != name and state.kind == "state":
            forms += [word, state.name]
    capitalised = [w for w in name.split() if w[:1].isupper()]
    if len(capitalised) >= 2 and resolve(capitalised[-1]).kind != "state":
        forms.append(capitalised[-1])
    return list(dict.fromkeys(forms))


def role_cues(name: str, sentences: Iterable[str]) -> RoleCues:
    """`cues` over every form of the name. A name that is itself a fighting force as the
    article writes it ("the Bordurian rebels", "Klow militia") is a fighting cue."""
    said = list(sentences)
    found = [cues(form, said) for form in _forms(name)]
    named_as_force = bool(re.search(rf"\b(?:{_FORCE_NOUNS})\b", name, re.IGNORECASE))
    return RoleCues(
        mediation=any(c.mediation for c in found),
        fighting=named_as_force or any(c.fighting for c in found),
    )


def role_from_wording(name: str, proposed: str, sentences: Iterable[str]) -> str | None:
    """The role the wording supports for `name`: the proposed one when its cue is there,
    the other when only that one's is, None when the article shows neither."""
    found = role_cues(name, sentences)
    has = {"mediator": found.mediation, "belligerent": found.fighting}
    if has.get(proposed):
        return proposed
    other = "belligerent" if proposed == "mediator" else "mediator"
    return other if has[other] else None


def cues(name: str, sentences: Iterable[str]) -> RoleCues:
    """What the sentences say the actor `name` does: brokering, fighting, or both."""
    n = _name_pattern(name)
    mediation = re.compile(
        rf"{n}[\s-]+{_WORDS}{{0,2}}?(?i:{_MEDIATION_WORDS})\b"
        rf"|(?i:brokered|mediated|hosted|facilitated|led|convened|chaired|co-chaired)\s+by\s+"
        rf"(?i:the\s+)?{_TITLES}{{0,3}}?{n}"
        rf"|(?i:mediation|talks|negotiations)\s+(?i:by|of|led\s+by|hosted\s+by|in)\s+"
        rf"(?i:the\s+)?{n}"
    )
    fighting = re.compile(
        rf"{n}[\s-]+{_WORDS}{{0,2}}?(?i:{_FIGHTING_WORDS})\b"
        rf"|(?i:{_CONFLICT_WORDS})\s+(?i:between|involving|pitting|with)\s+{_WORDS}{{0,7}}?{n}"
        rf"|(?i:fighting|clashes|battles?)\s+(?i:against)\s+(?i:the\s+)?{_WORDS}{{0,2}}?{n}"
    )
    said = list(sentences)
    return RoleCues(
        mediation=any(mediation.search(s) for s in said),
        fighting=any(fighting.search(s) for s in said),
    )


def discover_mediators(article: Article, listed: Iterable[str]) -> list[ActorMention]:
    """Go-betweens the article names with a brokering cue that the model left out: each
    name in a sentence whose wording makes it broker ("talks convened by Ruritania's
    president"), cited by that sentence. Names already `listed` are skipped."""
    from summarizer.extract.figures import names_in
    from summarizer.reference.actors import resolve

    seen = {resolve(n).id for n in listed}
    found: dict[str, ActorMention] = {}
    for sentence in article.sentences:
        # "Kenya's President Ana Vell" is one name; its state is the form to check.
        forms = [f for name in names_in(sentence.text) for f in _forms(name)]
        for name in dict.fromkeys(forms):
            info = resolve(name)
            if info.kind not in {"state", "organization"} or info.id in seen | found.keys():
                continue
            said = cues(name, [sentence.text])
            if said.mediation and not said.fighting:
                found[info.id] = ActorMention(
                    name=name, role="mediator", evidence=[article.evidence(sentence.index)]
                )
    return [found[k] for k in sorted(found)]


_SAYS = (
    r"said|says|saying|stated|states|called|calls|urged|urges|condemned|condemns|welcomed|"
    r"welcomes|expressed|expresses|voiced|warned|warns|demanded|demands|praised|critici[sz]ed|"
    r"denounced|announced|told|added|appealed|offered|pledged|rejected|accused|insisted|noted|"
    r"described|hailed|deplored|regretted|wrote|tweeted|issued|sent|spoke|telephoned|asked|"
    r"backed|supported|vowed|threatened"
)


def speaks_in(name: str, sentence: str) -> bool:
    """Whether the sentence makes `name` (or a form of it) the one who speaks or acts:
    "<name> said / urged / welcomed ...", "<name>'s foreign ministry said", "..., <name>
    said", "according to <name>". A state or organisation also speaks through any of its
    names the sentence uses ("the French foreign minister called ...")."""
    from summarizer.reference.actors import alias_at, resolve, tokenize

    forms = _forms(name)
    target = resolve(name)
    if target.kind in {"state", "organization"}:
        tokens = tokenize(sentence)
        for i in range(len(tokens)):
            found = alias_at(tokens, i, cased=True)
            if found and found[0] == target.id:
                forms.append(sentence[tokens[i].start : tokens[found[1] - 1].end])
    for form in dict.fromkeys(forms):
        n = _name_pattern(form)
        if re.search(
            # up to 14 words between ("X, Ana Vell, in a call with both sides, also said")
            rf"{n}(?:[\s,-]+(?:(?!(?i:and|or|but|while|whereas|as)\b)[\w\u2019'.-]+[\s,-]+){{0,14}}?)?"
            rf"(?i:{_SAYS})\b"
            rf"|(?i:according\s+to)\s+(?i:the\s+)?{_TITLES}{{0,3}}?{n}",
            sentence,
        ):
            return True
    return False
