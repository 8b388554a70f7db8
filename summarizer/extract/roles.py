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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from summarizer.models import ActorMention, ReactionMention
from summarizer.read.articles import Article
from summarizer.reference.reaction_words import stance_in

# An "envoy" is a post, not an act: "the Ruritanian envoy said he was concerned" brokers
# nothing, so the title alone is no cue (what the envoy does may be: "the envoy brokered").
_MEDIATION_WORDS = (
    r"brokered|brokering|help(?:ed|s|ing)?\s+(?:to\s+)?broker|mediated|mediating|mediation|"
    # (a side's own negotiator, "the rebels' chief negotiator", is no cue: _brokers)
    r"mediators?|negotiators?|"
    r"facilitated|facilitating|facilitators?|hosted|hosting|co-hosted|co-hosting|convened|convening|"
    r"co-chaired|sponsored|co-sponsored|"
    # "Ana Vell arranges talks", "arranged the meeting" (not "arranged the attack")
    r"arrang(?:e|es|ed|ing)\s+(?:the\s+|peace\s+|new\s+)*(?:talks|negotiations)|"
    # carrying word between the sides: "had been relaying messages between Klow and Vell"
    r"(?:relay|pass|carr(?:y|ie))(?:s|ed|ing)?\s+(?:\w+\s+)?messages\s+between"
)
# What a force does. A force noun alone ("Zemblan soldiers") says the actor has troops
# there, which may be to count its dead or to keep a peace: weaker than an act.
_ACT_WORDS = (
    r"strikes?|struck|fired|shelled|shelling|attacked|attacks?|launched|bombed|bombarded|"
    r"invaded|advanced|captured|capturing|seized|seizing|retaliated|offensive|incursion|"
    r"advancing|advance|fighting|fought|clashed|clashing|attacking|firing|bombing|massing|"
    r"pushed|took\s+control|overran|pounded|pounding|stormed|raided|ambushed"
)
_FORCE_WORDS = (
    r"forces|troops|army|armed\s+forces|military|soldiers|fighters|rebels|militants|"
    r"militias?|jets|warplanes|aircraft|drones|artillery|navy|air\s+force|missiles?|"
    r"rockets?|mortars?|guards"
)
_FORCE_NOUNS = (
    r"rebels?|fighters|militias?|militants|insurgents|guerrillas?|army|armed\s+forces|forces|"
    r"troops|military|soldiers|paramilitar\w*|guards"
)
_GROUP_NOUNS = rf"{_FORCE_NOUNS}|government|authorities|officials|alliance|coalition|movement|group"
# The go-between's own negotiating, as a verb ("were trying to negotiate"): not
# "negotiations", and not agreeing, which is what the sides do.
_DEALING_WORDS = r"negotiat(?:e|es|ed|ing)"
_CONFLICT_WORDS = r"ceasefire|truce|war|fighting|clashes|hostilities|conflict|confrontation"
_TRUCE_WORDS = r"cease-?fires?|truces?|armistice|cessation\s+of\s+hostilities|peace|deal|agreement"
# Keeping or watching over a truce: peacekeepers who "ensure" or "monitor" a ceasefire
# stand between the sides, as a broker does.
_KEEPING_WORDS = (
    r"ensur\w*|monitor\w*|overs[ae]\w*|supervis\w*|guarant\w*|enforc\w*|uphold\w*|maintain\w*"
)
_PEACEKEEPERS = r"peace-?keep\w*|monitors|observers|guarantors?"
# Words between a name and its cue; a conjunction means the cue is another actor's, and a
# verb of speech that the cue is what the actor spoke about ("France condemned the attacks").
_WORDS = (
    r"(?:(?!(?i:and|or|with|between|but|while|as|than|said|says|condemned|condemns|"
    r"denounced|denounces|deplored|deplores|urged|urges|called|calls|welcomed|welcomes|"
    r"criticised|criticized|criticises|criticizes|accused|accuses|blamed|blames|"
    r"thanked|thanks|praised|praises|met|meets|rejected|rejects|refused|refuses|declined|"
    r"declines|denied|denies|failed|fails)\b)"
    r"(?!-{2,}\s)"  # (nor a double dash: "Klow Strike Ends -- Vell Arranges Talks": two clauses)
    r"[\w\u2019'.-]+[\s-]+)"
)
# Words between a name and its forces: not a preposition that makes the forces another's
# ("provides for fighters", "fighting against troops"; "sent in troops" are its own).
_FORCE_GAP = rf"(?:(?!(?i:for|from|against|toward|towards)\b){_WORDS})"
_NOT_REFUSING = (
    rf"(?:(?!(?i:not|never|refus\w*|declin\w*|reject\w*|won[\u2019']t|cannot)\b){_WORDS})"
)
_TITLES = r"(?:[A-Z][\w.\u2019'-]*\s+)"  # "by US President Ana Vell": only capitalised words
# Done to the actor, not by it: "Syldavian positions were shelled".
_PASSIVE = re.compile(r"\b(?:was|were|been|being|be|is|are|came\s+under)\s+$", re.IGNORECASE)
# A force noun in a count of the dead, or speaking: "Five Zemblan soldiers were killed",
# "the strikes killed 12 Zemblan troops", "Zembla's army said".
_LOSS_AFTER = re.compile(
    # (not "had killed 12 civilians": what they did)
    r"^(?:[\s,]+[\w\u2019'-]+){0,8}?[\s,]+(?:(?:were|was|been|being|are|is|"
    r"(?:had|have|has)(?=(?:\s+\w+)?\s+been\b))\s+"
    r"(?:\w+\s+){0,2}?(?:killed|wounded|injured|hurt|slain|martyred|missing)|died|dead|"
    r"perished|lost\s+their\s+lives)\b",
    re.IGNORECASE,
)
_SPEAKS_AFTER = re.compile(
    r"^[\s,]+(?:said|says|stated|told|announced|reported|confirmed|added)\b", re.IGNORECASE
)
_LOSS_BEFORE = re.compile(
    r"(?:\b(?:killed|killing|kills|wounded|wounding|injured|injuring|bodies\s+of|funerals?\s+of|"
    r"deaths?\s+of|losses\s+among)|\d)(?:\s+[\w,-]+){0,3}?\s*$",
    re.IGNORECASE,
)
_HARMED = (
    r"killed|wounded|injured|struck|hit|shelled|bombed|attacked|targeted|destroyed|damaged|"
    r"fired|launched|captured|seized|invaded|overrun"
)
_AGENT = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
_CLASHED_WITH = re.compile(
    r"\b(?:clash\w*|fight\w*|battles?|combat|exchanges?\s+of\s+fire)\s+with\b", re.IGNORECASE
)
_LOSS_WORD = re.compile(
    r"\b(?:killed|died|dead|deaths?|wounded|injured|bodies|funerals?|slain|martyred)\b",
    re.IGNORECASE,
)
_DENIAL = (
    r"(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses)\s+(?:[\w\u2019'-]+\s+){0,4}?"
    r"(?:involvement|involved|being\s+(?:a\s+)?party|party|role|part|participation|"
    r"participating|presence|sending|sent|deploying|deployed|fighting)"
    r"|(?:is|was|are|were|has|had)\s+(?:not|never)\s+(?:been\s+)?(?:a\s+party|involved|"
    r"taking\s+part|participating|fighting|a\s+combatant)"
    r"|(?:is|was|are|were)\s+no\s+party|(?:has|had)\s+no\s+(?:troops|forces|soldiers)\s+(?:in|there)"
)


# Forces that were there and kept out of the fighting.
_HELD_BACK = (
    r"(?:its|their)\s+(?:forces|troops|soldiers|army|units)\s+(?:had|have|has|did)\s+not\s+"
    r"(?:moved|intervened|taken\s+part)"
)
_STAYED_OUT = (
    r"never\s+(?:left|moved\s+from)\s+(?:its|their)\s+(?:camps|barracks|bases|positions)"
    r"|(?:kept|keeping|keeps|keep)\s+(?:its|their)\s+(?:forces|troops|soldiers|army)\s+out\s+of"
    r"|stayed\s+out\s+of\s+the\s+(?:fighting|war|conflict)"
    r"|(?:has|had)\s+no\s+intention\s+of\s+intervening"
)
# ... said of the actor as the subject: "France will not intervene to protect the
# president", "has refused to intervene", "ruled out any military intervention" (not "after
# Bolivia declined to intervene", said of another)
_WONT_INTERVENE = (
    r"(?:will|would|does|did)\s+not\s+intervene|(?:refused|refuses|declined|declines)\s+to\s+"
    r"intervene|(?:ruled|rules|ruling)\s+out\s+(?:[\w-]+\s+){0,2}?(?:intervention|intervening)"
)
# A name that says it is drawn from more than one side names no actor of its own.
_SEVERAL_SIDES = re.compile(
    r"\b(?:both|two|three|several|all|each|either|the\s+two)\s+(?:sides|parties|armies|camps|"
    r"countries|delegations|forces|governments|militaries|neighbours|neighbors|"
    r"(?:armed\s+|rebel\s+)?groups|movements|factions)\b",
    re.IGNORECASE,
)


# Offices that one person holds in a state or government at a time: "the prime minister"
# later in the article is the one it named with that title.
_ONE_HOLDER = frozenset(
    {"president", "prime minister", "premier", "chancellor", "king", "queen", "emir"}
)


@dataclass(frozen=True)
class RoleCues:
    mediation: bool
    fighting: bool  # what a force does, or the name is itself a force
    force: bool = False  # a force noun only ("Zemblan troops", not counted dead nor speaking)
    denial: bool = False  # "Borduria denied any involvement"
    # negotiating ("the elders were trying to negotiate"): what sides and go-betweens both
    # do, so it only confirms a go-between who never fights
    dealing: bool = False
    # agreeing to the truce itself ("Klow and the Vell Front agreed to a cessation of
    # hostilities"): a side of that truce, though the article never shows it fighting
    agreeing: bool = False


def _name_pattern(name: str) -> str:
    """The name as written, also as the start of a demonym ("Israel" -> "Israeli"), but
    not as the first half of a qualifier ("Iran-backed" says nothing of Iran's role)."""
    core = re.escape(" ".join(name.split())).replace(r"\ ", r"\s+")
    # An acronym ("US", "UN") is matched as written, so it never matches "use" or "unit".
    # ("U.S." ends in no word character: the name ends where no word goes on)
    body = rf"{core}(?!\w)" if name.isupper() and len(name) <= 4 else rf"(?i:{core})\w*"
    return rf"\b{body}(?!-(?:backed|based|allied|aligned|linked|led))(?:[\u2019']s)?"


def _forms(name: str) -> list[str]:
    """The name, and the parts of it the article may use alone: a state it begins with
    ("US President Ana Vell" -> "US"), and a person's surname ("Vell")."""
    from summarizer.reference.actors import resolve, title_end, tokenize

    forms = [name]
    # "Klow rebel alliance (KRA)": the acronym in brackets; "Bordurian rebels": the name
    # without its common noun.
    forms += re.findall(r"\(([^)]+)\)", name)
    bare = re.sub(r"\s*\([^)]*\)", "", name)
    stem = re.sub(rf"(?:\s+(?:{_GROUP_NOUNS}))+$", "", bare, flags=re.IGNORECASE)
    forms += [f for f in (bare, stem) if f and f != name]
    words = re.findall(r"[A-Z][\w-]*(?=[\u2019']s\b)|[A-Z][\w-]*", name)
    # (not an organisation's branch: "the Kenyan Red Cross" does not act for Kenya)
    branch = resolve(name).kind == "organization"
    for word in words:
        state = resolve(word)
        if word != name and state.kind == "state" and not branch:
            forms += [word, state.name]
    # "Prime Minister Ana Vell's government": the article goes on to write "the prime
    # minister", as it does for any head of a state or government named with a title.
    tokens = [t for t in tokenize(name) if not t.punct]
    start = 1 if tokens and tokens[0].norm == "the" else 0
    end = title_end(tokens, start)
    if end is not None and " ".join(t.norm for t in tokens[start:end]) in _ONE_HOLDER:
        forms.append(name[tokens[start].start : tokens[end - 1].end])
    # "Borduria's UN-brokered": the UN written onto the word it qualifies.
    for word in re.findall(r"\b([A-Z][\w.]*)-[a-z]", name):
        if resolve(word).kind in {"state", "organization"}:
            forms.append(word)
    capitalised = [w for w in name.split() if w[:1].isupper()]
    if len(capitalised) >= 2 and resolve(capitalised[-1]).kind != "state":
        forms.append(capitalised[-1])
    return list(dict.fromkeys(forms))


def role_cues(name: str, sentences: Iterable[str], *, by_capital: bool = False) -> RoleCues:
    """`cues` over every form of the name. A name that is itself a fighting force as the
    article writes it ("the Bordurian rebels", "Klow militia") is a fighting cue.
    `by_capital`: a state's capital is a form too, its government ("Manila, whose officials
    relayed messages"), when the role is what is asked."""
    from summarizer.reference.actors import acronym, capitals_of, demonyms, names_of, resolve

    said = list(sentences)
    forms = _forms(name)
    if (state := resolve(name)).kind == "state":
        # "United States" as "U.S. President Ana Vell": the state by its short name (not
        # "America", which begins "Latin American")
        forms += [n for n in names_of(state.id) if acronym(n) and n not in forms]
    forms += _office_held(name, said)
    found = [cues(form, said) for form in forms]
    if by_capital and state.kind == "state":
        # its capital as its government, the subject of what it does ("Manila, whose
        # officials relayed messages"), never a place named after a preposition ("talks in
        # Addis Ababa hosted by the AU", "In Manila, the spokesman said")
        for capital in capitals_of(state.id):
            venue = re.compile(
                rf"\b(?i:in|at|to|from|near|into|outside|around)\s+{re.escape(capital)}\b"
            )
            found.append(cues(capital, [venue.sub(" ", s) for s in said]))
    # "French warplanes struck" for "France": its forces by a demonym the name does not
    # begin (only for roles: a "Lebanese leader" speaking is not Lebanon reacting), and not
    # inside another name ("Latin American", "Equatorial Guinean")
    if state.kind == "state":
        for demonym in demonyms(state.id):
            if demonym.casefold().startswith(name.casefold()):
                continue
            inside = re.compile(
                rf"\b(?!(?:The|A|An|This|That|These|Those|Its|Their|Our)\b)[A-Z][\w-]*\s+"
                rf"{re.escape(demonym)}\b"
            )
            found.append(cues(demonym, [inside.sub(" ", s) for s in said]))
    # (not one the article sends on no fighting errand: "X Army instructors, on a training
    # mission in the country")
    written = re.compile(r"\W*".join(map(re.escape, re.findall(r"\w+", name))) or "$^")
    named_as_force = bool(re.search(rf"\b(?:{_FORCE_NOUNS})\b", name, re.IGNORECASE)) and not any(
        NO_COMBAT_MISSION.search(s[m.end() :]) for s in said if (m := written.search(s))
    )
    return RoleCues(
        mediation=any(c.mediation for c in found),
        fighting=named_as_force or any(c.fighting for c in found),
        force=any(c.force for c in found),
        denial=any(c.denial for c in found),
        dealing=any(c.dealing for c in found),
        agreeing=any(c.agreeing for c in found),
    )


_OFFICE = r"(?i:president|prime\s+minister|premier|chancellor|king|queen|emir)"
_HOLDER = re.compile(
    rf"\b(?P<office>{_OFFICE})\s+(?P<name>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){{0,2}})"
)
# An office qualified by whose it is ("Qatar's prime minister", "the Chilean president",
# "the president of Qatar"): "the prime minister" may then be another state's.
_QUALIFIED_OFFICE = re.compile(
    rf"\b(?!(?:The|A|An|Its|Their|His|Her|Our)\b)[A-Z][\w-]*(?:[\u2019']s)?\s+{_OFFICE}\b"
    rf"|\b{_OFFICE}\s+of\s+(?:the\s+)?[A-Z]"
)


def _office_held(name: str, sentences: Sequence[str]) -> list[str]:
    """ "the prime minister" for a name the article writes after that title ("Prime
    Minister Ana Vell ..., thanks to the efforts of the prime minister"), or for the
    holder's body ("Prime Minister Ana Vell's Government of Unity"), when the article gives
    the office to nobody else and to no other state."""
    offices: dict[str, set[str]] = {}
    for sentence in sentences:
        for m in _HOLDER.finditer(sentence):
            office = " ".join(m["office"].lower().split())
            holder = re.split(r"[\u2019']s\b", m["name"])[0]  # "Ana Vell's government"
            offices.setdefault(office, set()).add(holder)
    out: list[str] = []
    for office, holders in sorted(offices.items()):
        if len(holders) != 1 or any(_QUALIFIED_OFFICE.search(s) for s in sentences):
            continue
        holder = next(iter(holders))
        # (and the holder's own body: "Prime Minister Ana Vell's Government of Unity")
        theirs = rf"\b{_OFFICE}\s+{re.escape(holder)}[\u2019']s\s+{re.escape(name)}\b"
        if name == holder or any(re.search(theirs, s) for s in sentences):
            out.append(f"the {office}")
    return out


def _un_named(name: str) -> bool:
    """A body whose name begins with the UN's: "the UN Assistance Mission in Zembla"."""
    from summarizer.reference.actors import UN_SYSTEM, alias_at, tokenize

    tokens = [t for t in tokenize(name) if not t.punct]
    start = 1 if tokens and tokens[0].norm == "the" else 0
    found = alias_at(tokens, start, cased=True)
    return found is not None and found[0] in UN_SYSTEM


def agrees_to_truce(name: str, sentences: Iterable[str]) -> bool:
    """The sentences write `name` agreeing to a truce, as one of its sides ("Klow and the
    Vell Front agreed to a cessation of hostilities"), and never brokering one."""
    found = role_cues(name, list(sentences))
    return found.agreeing and not found.mediation


def role_from_wording(name: str, proposed: str, sentences: Iterable[str]) -> str | None:
    """The role the wording supports for `name`: the proposed one when its cue is there,
    the other when only that one's is, None when the article shows neither.

    What a force does ("Bordurian jets struck") makes a belligerent whatever the model
    said; a force noun alone ("Syldavian soldiers were killed", "Syldavian peacekeepers")
    does not outweigh a broker's cue, and never holds against the article saying the
    actor denies being a party. A UN body, the Red Cross or a world court is never a
    belligerent.
    """
    from summarizer.reference.actors import named_only_as_place, never_a_party, party

    if _SEVERAL_SIDES.search(name):
        return None  # "officers of the two sides" is no one side, nor a go-between
    if named_only_as_place(name):
        return None  # "leaders meeting in Ruritania": who met is not Ruritania
    said = list(sentences)
    if (
        proposed == "mediator"
        and described_broker(name)
        and any(truce_brokers_in(s) == [name.strip()] for s in said)
    ):
        return "mediator"  # "a truce arranged by a bishop with the army and the rebels"
    found = role_cues(name, said, by_capital=True)
    if never_a_party(party(name)) or _un_named(name):
        return "mediator" if found.mediation else None
    fights = found.fighting or (found.force and not found.denial)
    if proposed == "mediator":
        if found.mediation or (found.dealing and not fights and not found.denial):
            return "mediator"  # (one who negotiates and never fights is a go-between)
        return "belligerent" if fights else None
    if found.fighting:
        return "belligerent"
    if found.mediation:
        return "mediator"
    return "belligerent" if fights else None


def _acts(pattern: re.Pattern[str], sentence: str) -> bool:
    """A match of an act that the actor does: not in the passive ("were shelled")."""
    for match in pattern.finditer(sentence):
        act = match.group("act")
        if act is None:
            return True  # "the war between X and Y", "fighting against X"
        before = sentence[match.start() : match.start("act")]
        if _PASSIVE.search(before) and not act.lower().endswith("ing"):
            continue
        return True
    return False


def _brokers(pattern: re.Pattern[str], sentence: str, a_side_only: bool = False) -> bool:
    """A match of a brokering cue that is the actor's: in "Borduria's UN-brokered truce"
    the cue is the UN's, written onto it with a hyphen, not Borduria's."""
    # (a refusal anywhere in the sentence: "Qatar brokered it after Egypt refused to
    # mediate" loses Qatar too; tying a refusal to its subject cost more than it mended)
    if _NO_PART.search(sentence):
        return False  # "the official Klow mediator ... played no part in it"
    for match in pattern.finditer(sentence):
        gap = match.group("gap")
        if gap and gap.rstrip().endswith("-"):
            continue
        if _OWN_NEGOTIATOR.search(match.group()):
            continue  # "the FKA's chief negotiator": the side's own, no go-between
        if _DENIED_REPORT.search(sentence[: match.start()]):
            continue  # "Vellia rejected reports that its envoy had brokered the pull-back"
        if (
            a_side_only
            and _ATTRIBUTIVE_NEGOTIATORS.fullmatch(gap or "")
            and _NEGOTIATORS_END.search(match.group())
        ):
            # "five FKA negotiators detained": a movement's own delegates (a state's or an
            # organisation's, "Egyptian negotiators", may be a go-between's)
            continue
        return True
    return False


# A report, in the clause it opens, that someone denies: what it says was not done.
_DENIED_REPORT = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|refuted|refutes)"
    r"\s+(?:\w+\s+){0,2}?(?:reports?|claims?|suggestions?|allegations?|rumou?rs?|speculation)"
    # (to the clause's end: not past "and", "while", "saying" or a comma)
    r"\s+(?:that|of)\b(?:(?!\b(?:and|while|but|saying|whereas|though|although)\b)[^.;:,])*$",
    re.IGNORECASE,
)
_OWN_NEGOTIATOR = re.compile(
    r"(?:['\u2019]s?\s+(?:(?:chief|lead|top|senior|own)\s+)?"
    # ("urged President Ana Vell to send negotiators to Havana": his own, asked to send
    # them to talks; not "Norway sent negotiators to Klow, where they brokered a truce")
    r"|\bto\s+send\s+(?:\w+\s+)?|\b(?:his|her|its|their)\s+(?:own\s+)?)negotiators?$",
    re.IGNORECASE,
)


# A name written before its negotiators with nothing but adjectives between ("FKA
# negotiators", "the Klow government's senior negotiators") names whose delegates they are:
# each side sends its own; a go-between is written as brokering, mediating or hosting.
_ATTRIBUTIVE_NEGOTIATORS = re.compile(r"(?:(?:chief|lead|top|senior|rebel|government)\s+)*")
_NEGOTIATORS_END = re.compile(r"\bnegotiators?$", re.IGNORECASE)


# A go-between's office, after its state: "the Ruritanian leader", "the Bordurian envoy".
_ENVOY_WORDS = (
    r"(?:leader|president|premier|king|emir|envoy|minister|foreign\s+minister|mediator|"
    r"delegation|delegate|diplomat|emissary|secretary-general)"
)


# The sentence says the go-between had no hand in this truce.
_NO_PART = re.compile(
    r"\b(?:played|plays|had|has)\s+no\s+(?:part|role|hand)\b|\bwas\s+not\s+involved\b"
    # "would not be a mediator", "no intention of mediating", "ruled out mediating"
    r"|\b(?:not|never)\s+(?:be\s+|act\s+as\s+|serve\s+as\s+)?(?:a\s+|the\s+)?"
    r"(?:mediator|go-between|broker)\b|\bnot\s+(?:be\s+)?mediating\b"
    r"|\bno\s+(?:intention|plans?)\s+(?:of|to)\s+(?:mediat|act\w*\s+as\s+a\s+mediator)"
    r"|\b(?:ruled\s+out|refused|declined)\s+(?:to\s+)?(?:mediat|act\w*\s+as\s+a\s+mediator)"
    # ... or that what it brokers or hosts is other talks: "hosting separate exploratory
    # talks with some of the groups", "brokers the government's separate talks with a rival"
    r"|\b(?:hosting|hosts|hosted|host|brokers|brokered|brokering|holding|holds|mediating)\s+"
    r"(?:[\w\u2019'-]+\s+){0,3}?(?:separate|parallel|its\s+own|their\s+own)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:talks|negotiations|consultations|contacts|process|track)\b",
    re.IGNORECASE,
)


def _as_force(pattern: re.Pattern[str], sentence: str) -> bool:
    """A force noun that is not counted among the dead nor speaking."""
    for match in pattern.finditer(sentence):
        after, before = sentence[match.end() :], sentence[: match.start()]
        if _AGENT.search(before):
            return True  # "killed by Ruritanian missiles": the force did it
        if _CLASHED_WITH.search(after):
            return True  # "49 X soldiers were killed in clashes with Y": X clashed
        if _LOSS_AFTER.search(after) or _OF_A_PEACE_FORCE.match(after):
            continue  # (nor "British soldiers of the UN force": peacekeepers)
        if not_there_yet(before, match.group(), after, sentence) or NO_COMBAT_MISSION.search(after):
            continue  # "will send 800 Zemblan troops", "Zemblan troops are due on Monday"
        if _OFFICE_AFTER.match(after):
            continue  # "the former Zemblan military ruler": a person's office, no force
        if _SPEAKS_AFTER.search(after) and _LOSS_WORD.search(sentence):
            continue  # "Zembla's army said five of its soldiers were killed"
        if _LOSS_BEFORE.search(before) and _LOSS_WORD.search(sentence):
            continue
        return True
    return False


# Forces asked for or planned, their verb's base form: "demanding that Washington send
# troops", "agreed to deploy troops" (not "sent troops into Klow": done).
_SENDING_FORCES = re.compile(r"\b(?:send|deploy|dispatch|contribute|commit)\b", re.IGNORECASE)
# A force noun that is a person's office or a regime: "military ruler", "army chief".
_OFFICE_AFTER = re.compile(
    r"\s+(?:ruler|rulers|leader|leaders|chief|chiefs|attach[e\u00e9]s?|"
    r"spokes(?:man|woman|person)|advisers?|academy|courts?|junta|regime|dictator|governments?)\b",
    re.IGNORECASE,
)
# Forces told after their noun as coming or arriving: "Zemblan troops are due on Monday",
# "will arrive", "200 Zemblan soldiers flew into the airport".
_NOT_YET_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:will|would|are\s+to|(?:is|are)\s+(?:now\s+|still\s+)?"
    r"(?:expected|due)|flew\s+in|flew\s+into|landed|began\s+arriving|"
    r"disembarked)\b",
    re.IGNORECASE,
)
_CLAUSE_BEFORE = 40  # characters before a force noun in which it is sent
_FIGHTS = re.compile(rf"\b(?:{_ACT_WORDS}|opened\s+fire|assault\w*)\b", re.IGNORECASE)


# Forces the words after them send on no fighting errand: "Ruritanian army instructors, on
# a training mission in the country, ..." (not a side's forces, whatever befalls them).
# (an aside right after the force's words, not a mission it attacks: "Bordurian troops
# opened fire on a UN observer mission")
NO_COMBAT_MISSION = re.compile(
    r"^\W?(?:\s*[\w.'\u2019-]+){0,4}?\s*(?:,\s*|\s+(?:who|which)\s+(?:were|was|are|is)\s+)"
    r"on\s+an?\s+(?:\w+\s+)?(?:training|advisory|liaison|goodwill|humanitarian|observer|"
    r"observation|fact-finding)\s+mission\b",
    re.IGNORECASE,
)


def not_there_yet(before: str, force: str, after: str, sentence: str) -> bool:
    """A force the sentence sends, asks for, expects or sees arriving ("will send 800
    Zemblan troops", "demanding that Zembla send troops", "Zemblan troops are due on
    Monday", "... landed at the airport"), that the words after it show doing no fighting
    ("landed at Klow port and attacked rebel positions" fight): none there yet."""
    if _FIGHTS.search(re.split(r"[.;]", after, maxsplit=1)[0]):
        return False
    clause = re.split(r"[,;:]\s", before[-_CLAUSE_BEFORE:])[-1]
    return bool(_SENDING_FORCES.search(clause + force) or _NOT_YET_AFTER.match(after))


_OF_A_PEACE_FORCE = re.compile(
    r"\s+(?:of|from|with|in|serving\s+with)\s+(?:the\s+)?"
    r"(?:UN|U\.N\.|United\s+Nations|(?i:peace-?keeping))(?![\w.])"
)
# A body of an actor's that acts for it: "the investigating committee of the Ruritanian
# League", "a delegation of Qumran".
_BODY_OF = (
    r"(?:(?:[a-z][\w-]*\s+){0,2}(?i:committee|commission|mission|delegation|team|panel|envoys?)"
    r"\s+of\s+(?i:the\s+)?)?"
)
# Talks between the sides, which a go-between chairs.
_TALKS = r"\b(?i:talks|negotiations|conference|summit|discussions|peace\s+meeting)\b"
_GO_BETWEEN = r"(?i:mediators?|go-betweens?|intermediar\w+|facilitators?)\b"
# "guarantors", "the guarantor countries"
_GUARANTORS = r"guarantors?(?:\s+(?:countries|states|nations|powers))?\b"
# ... of a process, not of a state's safety: "the guarantor of Armenia's security"
_NOT_SECURITY = r"(?![^.;]{0,40}\b(?i:security|independence|sovereignty|borders?|territor\w*)\b)"
# ... with no condition or refusal after it: "agreed to act as mediator only if", "but
# Kenya refused"
_NO_CONDITION = (
    r"(?![^.;]*\b(?i:only\s+if|provided|on\s+condition|unless|refused|rejected|declined)\b)"
)


def cues(name: str, sentences: Iterable[str]) -> RoleCues:
    """What the sentences say the actor `name` does: brokering, fighting, or both."""
    from summarizer.reference.actors import resolve

    patterns = _cue_patterns(name)
    mediation, acts, force, denial, dealing, agreeing, shuttle, for_a_truce, gave_up = patterns
    said = list(sentences)
    # (a movement's negotiators are its own: it has no third party's to send)
    a_side_only = resolve(name).kind not in {"state", "organization"}
    return RoleCues(
        mediation=any(
            _brokers(mediation, s, a_side_only) or bool(shuttle.search(s) and for_a_truce.search(s))
            for s in said
        )
        and not any(gave_up.search(s) for s in said),
        fighting=any(_acts(acts, s) for s in said),
        force=any(_as_force(force, s) for s in said),
        denial=any(denial.search(s) for s in said),
        dealing=any(dealing.search(s) for s in said),
        agreeing=any(agreeing.search(s) for s in said),
    )


# Compiling a name's patterns costs far more than matching them, and `re` keeps only 512:
# each name's are built once per process.
@lru_cache(maxsize=4096)
def _cue_patterns(name: str) -> tuple[re.Pattern[str], ...]:
    """The compiled patterns `cues` reads for the actor `name`."""
    n = _name_pattern(name)
    truce = rf"(?i:{_TRUCE_WORDS})\b"
    # "Saudi and American facilitators", "by Saudi Arabia and the United States"
    also = r"(?:\s+and\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?"
    joined = r"(?:(?:[A-Z][\w.\u2019'-]*|and|the)\s+)"  # names and titles, coordinated
    mediation = re.compile(
        # not "Ruritanian parties hosted by Qumran": the agent after "by" is the broker
        # ("Syldavia and Klow, guarantors of the old treaty, mediated ...": an aside between)
        # (an aside set off by commas or dashes: "Chile -- which has mediated before --")
        rf"{n}{also}(?:,\s[^,;.]{{1,80}},|\s+--?\s[^;.]{{1,80}}?\s--?)?"
        rf"(?:-|\s+)(?P<gap>{_WORDS}{{0,2}}?)(?i:{_MEDIATION_WORDS})\b"
        rf"(?!\s+(?:(?i:in|at)\s+(?:[A-Z][\w-]*\s+){{1,3}})?(?i:by)\b)"
        # (not "led by": "the Klow force, led by Ana Vell" leads a side; "talks led by" is below)
        rf"|\b(?i:brokered|mediated|hosted|facilitated|convened|chaired|co-chaired|sponsored)"
        rf"(?:\s+(?i:in|at)(?:\s+[A-Z][\w-]*){{1,3}}?)?\s+by\s+"
        rf"(?i:the\s+)?{_BODY_OF}{joined}{{0,6}}?{n}"
        # the deal's authors: "a cease-fire drafted by the committee of Ruritania", "a plan
        # worked out by Qumran" (an agreement, not "a resolution drafted by Syldavia")
        rf"|\b(?:{truce}|(?i:plan|accord|formula|understanding|arrangement))\s+"
        rf"(?:[\w-]+\s+){{0,2}}?(?i:drafted|worked\s+out|drawn\s+up|devised|put\s+together)\s+by\s+"
        rf"(?i:the\s+)?{_BODY_OF}{joined}{{0,6}}?{n}"
        rf"|\b(?:(?i:mediation|diplomacy|talks|negotiations)\s+(?i:by|of|led\s+by|hosted\s+by)"
        # "the Luanda process led by Ana Vell" (not "the peace process in Klow", nor
        # "efforts by Ruritania to capture Vell")
        rf"|(?i:process|initiative)\s+(?i:led\s+by))\s+"
        rf"(?i:the\s+)?{n}"
        # "the truce negotiated by the Syldavian envoy Ana Vell": one go-between (not "by
        # Ruritania and Borduria", the sides themselves)
        # ("a truce arranged through the Red Cross": through its good offices, not "arms
        # shipments arranged through Borduria")
        rf"|(?:\b(?i:negotiated|arranged)\s+(?i:by)|{truce}\s+(?i:negotiated|arranged)\s+(?i:through))"
        rf"\s+(?i:the\s+)?(?:(?!(?i:and)\b)[\w\u2019'.-]+\s+){{0,4}}?"
        # (not "by Ruritania and Borduria", nor "by the government with the rebels": a side
        # negotiating; but "by Qatar between Ruritania and Borduria" brokers)
        # ("by Ana Vell through Klow and Vell": by way of the two, as a go-between works)
        rf"{n}(?!(?:(?!\b(?i:between)\b|\b(?i:through|via)\s+(?:the\s+)?[A-Z])[^,.;])*"
        rf"\b(?i:and|with)\b)"
        # "under the auspices of Syldavia", "under the mediation of President Ana Vell",
        # "chief mediator Ana Vell"
        # "talks under the chairmanship of the Ruritanian Government", "under Ruritanian
        # chairmanship"
        # (a chair or patron of talks: not "the war cabinet met under the chairmanship of
        # the president", "fought under Chilean aegis")
        rf"|\b(?i:under)\s+(?i:the\s+)?(?:[A-Z][\w.\u2019'-]*\s+){{0,2}}?{n}\s+"
        rf"(?i:auspices|mediation)\b"
        rf"|{_TALKS}[^.;]{{0,60}}?\b(?i:under)\s+(?i:the\s+)?(?:[A-Z][\w.\u2019'-]*\s+){{0,2}}?"
        rf"{n}\s+(?i:chairmanship|aegis)\b"
        rf"|\b(?:(?i:under|with)\s+the\s+(?i:auspices|mediation|good\s+offices)\s+of"
        rf"|{_TALKS}[^.;]{{0,60}}?\b(?i:under)\s+the\s+(?i:chairmanship|aegis)\s+of"
        rf"|(?i:mediators?|facilitators?))\s+(?i:the\s+)?(?:[A-Z][\w.\u2019'-]*\s+){{0,6}}?{n}"
        # "with Syldavian President Ana Vell and Klowish Premier Ana Rell acting as brokers"
        # ("Ivo Tal of Syldavia, Ana Rell of Klow and Jan Brod of Vell have been acting as
        # mediators": a list of leaders and their states)
        rf"|{n}(?:[\s,-]+(?:[A-Z][\w\u2019'.-]*|and|the|of)){{0,10}}[\s,]+"
        rf"(?:(?i:have|has|had)\s+been\s+|(?i:are|were|is|was)\s+)?(?i:acting|serving)\s+as\s+"
        rf"(?i:the\s+|a\s+)?(?i:brokers?|mediators?|go-betweens?|facilitators?|intermediar\w+)\b"
        # "Ana Vell has been named as mediator", "was appointed chief mediator"
        rf"|{n}(?:,\s[^,;.]{{1,80}},)?(?:[\s,-]+(?:[A-Z][\w\u2019'.-]*|and|the|of)){{0,10}}[\s,]+"
        rf"(?:(?i:have|has|had)\s+been|(?i:are|were|is|was))\s+"
        rf"(?i:named|appointed|designated|chosen)\s+(?i:as\s+)?(?i:the\s+|a\s+)?"
        rf"(?:(?i:chief|lead|main|joint|sole|new)\s+)?{_GO_BETWEEN}{_NO_CONDITION}"
        # "Bishop Ana Vell, the Roman Catholic primate who brokered the talks": an appositive
        # before "who", brokering words only (not "a former general who has overseen reforms")
        rf"|{n}(?:[\s-]+(?:[A-Z][\w\u2019'.-]*|and|the)){{0,6}},\s+(?i:the|a|an)\s+"
        rf"(?:(?!(?i:{_FORCE_NOUNS}|commander|general|officer)\b)[\w\u2019'-]+\s+){{1,4}}?"
        rf"(?i:who)\s+{_WORDS}{{0,3}}?(?i:{_MEDIATION_WORDS})\b"
        # "Syldavian President Ana Vell, whose government brokered the deal"
        rf"|{n}(?:[\s-]+(?:[A-Z][\w\u2019'.-]*|and|the)){{0,6}},\s+(?i:whose|which|who)\s+"
        # not "whose city of Samarkand hosted the meeting": a place hosts, nobody brokers
        rf"(?!(?i:city|capital|town|territory|soil|resort)\b){_WORDS}{{0,3}}?"
        rf"(?i:{_MEDIATION_WORDS}|{_KEEPING_WORDS})\b"
        # (not "talks between Klow and the FKA, which had been facilitated by Vell": done
        # to what the relative names, by another)
        rf"(?!\s+(?i:by)\b)"
        # "a truce between Klow and Vell announced by Syldavian President Ana Vell": who
        # announces the two others' truce is their go-between
        # (the sides named by name: "between government forces and the rebels" may be the
        # announcer's own)
        rf"|\b{truce}\s+(?i:between)\s+(?:(?!{n}|(?i:{_FORCE_NOUNS}|government)\b)[^,;.]){{1,60}}?\s+"
        rf"(?i:announced|declared|unveiled|proclaimed)\s+by\s+(?i:the\s+)?{_TITLES}{{0,4}}?{n}"
        # "Qumran said it had brokered the truce"
        rf"|{n}[\s,-]+(?:[\w\u2019'-]+\s+){{0,2}}?(?i:said|says|announced|added)\s+(?i:that\s+)?"
        rf"(?i:it|they)\s+(?:(?i:had|has|have|would|will)\s+)?(?i:{_MEDIATION_WORDS}|{_KEEPING_WORDS})\b"
        # "X ... said on Wednesday that he had agreed to act as mediator", "the rebels
        # accepted Bishop X as mediator" (not "proposed X as mediator": only a proposal)
        rf"|{n}[\s,-]+(?:[\w\u2019'-]+[\s,]+){{0,6}}?(?i:said|says|announced|added)\s+"
        rf"(?:[\w\u2019'-]+\s+){{0,4}}?(?i:that\s+)?(?i:it|they|he|she)\s+"
        rf"(?:(?i:had|has|have|would|will)\s+)?(?i:agreed|agrees)\s+to\s+(?i:act|serve)\s+as\s+"
        rf"(?i:a\s+|the\s+)?{_GO_BETWEEN}{_NO_CONDITION}"
        # (not "has never accepted X as a mediator", "had not accepted")
        rf"|(?<!\bnever\s)(?<!\bnot\s)(?<!n't\s)\b(?i:accepted|accepts|appointed)\s+"
        rf"(?i:the\s+)?{_TITLES}{{0,3}}?{n}"
        rf"(?:\s+[A-Z][\w\u2019'-]*){{0,3}}\s+(?i:as)\s+(?i:a\s+|the\s+)?{_GO_BETWEEN}"
        rf"{_NO_CONDITION}"
        # the guarantors of a process: "Cuba and Norway, along with Chile, act as guarantor
        # countries", "the guarantor countries - Cuba, Norway and Chile" (a list after the
        # words, each name one of them)
        rf"|{n}(?:[\s,-]+(?:[A-Z][\w\u2019'.-]*|and|the|along\s+with|as\s+well\s+as)){{0,10}}"
        rf"[\s,]+(?i:act|acts|acted|acting|serve|serves|served|serving|are|were|remain|remains)"
        rf"\s+as\s+(?i:the\s+|a\s+)?(?i:{_GUARANTORS}){_NOT_SECURITY}"
        rf"|(?<!(?i:security)\s)\b(?i:{_GUARANTORS})\s*[-\u2013\u2014:]\s*"
        rf"(?:(?:[A-Z][\w\u2019'.-]*|and|the)[\s,]+){{0,12}}?{n}"
        # peacekeepers who ensure, monitor or mediate a truce
        # (what they keep is a truce: not "closely monitoring the situation")
        rf"|{n}[\s-]+{_WORDS}{{0,2}}?(?i:{_PEACEKEEPERS})\b[^.;]*?(?:\b(?i:{_MEDIATION_WORDS})\b"
        rf"|\b(?i:{_KEEPING_WORDS})[\"\u201d]?\s+(?:[\w\u2019'-]+\s+){{0,3}}?{truce})"
        rf"|{n}[\s-]+{_WORDS}{{0,3}}?(?i:{_KEEPING_WORDS})\s+(?:[\w\u2019'-]+\s+){{0,3}}?{truce}"
        rf"|\b(?i:ensured|monitored|overseen|supervised|guaranteed|enforced)\s+by\s+"
        rf"(?i:the\s+)?{_TITLES}{{0,3}}?{n}"
        # "Ruritania's president obtained a ceasefire between Klow and Vell", "wins ceasefire"
        rf"|{n}(?:[\s-]+(?:[A-Z][\w\u2019'.-]*|and|the)){{0,6}}[\s,]+(?:[\w\u2019'-]+[\s,]+){{0,12}}?"
        rf"(?i:obtained|secured|won|wins|negotiated|negotiates)\s+(?i:a\s+|the\s+)?{truce}\s+"
        rf"(?i:between)\b"
        # "in the presence of President Ana Vell, who presided over the meeting of the heads
        # of state" (not "presided over a cabinet meeting")
        # ("who has offered to preside over the talks", "who presided over every session")
        # ("The Nuncio and the Ruritanian Ambassador, Ana Vell, at whose residence the
        # talks were held, presided over the final session": two asides between)
        rf"|{n}{also}(?:,\s[^,;.]{{1,80}}){{0,2}}[\s,-]+(?:(?i:who|which)\s+)?"
        rf"(?:[\w\u2019'-]+\s+){{0,3}}?(?i:presided|presides|presiding|preside)"
        rf"\s+(?i:over)\s+(?:(?i:the\s+)?(?:(?i:final|last|opening|first|closing|concluding)"
        rf"\s+sessions?\b(?!\s+(?i:of)\b)|(?:[\w-]+\s+){{0,3}}?"
        # (a meeting of the parties, not "a meeting of the Council of Ministers": his own)
        rf"(?i:talks|negotiations|signing|summit|conference|meeting\s+of\s+(?:the\s+)?"
        rf"(?:heads|leaders|two|both|rival|warring|delegations|parties)))"
        rf"|(?i:every|each|all\s+the|all)\s+(?i:sessions?)(?!\s+(?i:of)\b))\b"
        # "the ceasefire that Ruritania obtained on Monday"
        # ("a cease-fire that Ruritanian diplomats arranged": its envoys)
        rf"|\b{truce}\s+(?i:that|which)\s+(?i:the\s+)?{n}\s+"
        rf"(?:(?i:diplomats|envoys|negotiators|officials|mediators)\s+)?(?:(?i:had|has)\s+)?"
        rf"(?i:obtained|secured|won|negotiated|arranged|brokered)\b"
        # "thanked President Ana Vell \"for his mediation\""
        rf"|\b(?i:thanked|thanks|thanking)\s+(?:[A-Z][\w\u2019'.-]*\s+){{0,3}}?{n}\w*\s+[\"\u201c]?"
        rf"(?i:for\s+(?:his|her|its|their)\s+(?:mediation|efforts|good\s+offices))"
        # "thanks to the efforts of the prime minister and Ruritania", "through X's mediation"
        # ("issued in response to the appeals of President Ana Vell and Ivo Tal": a halt
        # heeding their appeals)
        rf"|\b(?i:thanks\s+to|due\s+to|through|after)\s+(?i:the\s+)?(?i:efforts|mediation|"
        rf"intervention|good\s+offices)\s+(?i:of|by)\s+(?:[\w\u2019'-]+\s+){{0,5}}?{n}"
        # "the Ruritanian leader, who has been shuttling between the two capitals"
        rf"|{n}(?:[\s-]+(?:[A-Z][\w\u2019'.-]*|the|{_ENVOY_WORDS})){{0,4}}(?:,\s+(?i:who|which))?\s+"
        rf"(?:(?i:has|had|have)\s+)?(?:(?i:been)\s+)?(?i:shuttl(?:e|es|ed|ing))\s+(?i:between)\s+"
        rf"(?i:the\s+)?(?i:two|both|warring|rival)\s+(?:[\w-]+\s+)?"
        rf"(?i:capitals|sides|parties|leaders|camps|governments)\b"
    )
    acts = re.compile(
        rf"{n}[\s-]+{_WORDS}{{0,2}}?(?P<act>(?i:{_ACT_WORDS}))\b"
        rf"|\b(?i:{_CONFLICT_WORDS})\s+(?i:between|involving|pitting|with)\s+{_WORDS}{{0,7}}?{n}"
        # the second side: "clashes between the Klow Front and Borduria's army"
        rf"|\b(?i:{_CONFLICT_WORDS})\s+(?i:between)\s+(?:(?!\s(?i:and)\s)[^.;:]){{1,80}}?\s(?i:and)\s+"
        rf"(?i:the\s+)?{n}"
        # "the fighting pits the Klow Front against the Velk Guard"
        rf"|\b(?i:pits|pitted|pitting)\s+(?i:the\s+)?{n}"
        rf"|\b(?i:pits|pitted|pitting)\s+(?:(?!\s(?i:and)\s)[^.;:]){{1,80}}?\s(?i:against)\s+"
        rf"(?i:the\s+)?"
        rf"{_WORDS}{{0,3}}?{n}"
        rf"|\b(?i:fighting|clashes|battles?)\s+(?i:against)\s+(?i:the\s+)?{_WORDS}{{0,2}}?{n}"
        # the agent of a passive: "killed by Ruritanian missiles", "attacked by Klow militia"
        rf"|\b(?i:{_HARMED})\s+by\s+(?i:the\s+)?{_WORDS}{{0,2}}?{n}"
    )
    force = re.compile(
        # (not "the council provides for fighters to pull back": a preposition between)
        rf"{n}[\s-]+{_FORCE_GAP}{{0,2}}?(?i:{_FORCE_WORDS})\b"
        # "the FKA's guerrillas", "FKA insurgents": its own, written next to it (not "Cuba
        # hosts guerrillas of the FKA")
        rf"|{n}(?:['\u2019]s)?[\s-]+(?i:guerrillas?|insurgents?|gunmen|militiamen|combatants)\b"
        # "the Klow Front, which numbers about 5,000 fighters": its strength
        rf"|{n},\s+(?i:which|who)\s+(?i:numbers|numbered|fields|fielded)\s+"
        rf"(?:(?i:about|some|around|roughly|nearly|an\s+estimated|more\s+than|up\s+to)\s+)?"
        rf"[\d,]+\s+(?:[a-z-]+\s+)?(?i:{_FORCE_WORDS})\b"
        # "Kigali says its forces are defending its border"
        rf"|{n}[\s,-]+(?:[\w\u2019'-]+\s+){{0,2}}?(?i:said|says|insisted|insists|added)\s+"
        rf"(?i:that\s+)?(?i:its|their)\s+(?:[\w-]+\s+)?(?i:{_FORCE_WORDS})\b"
    )
    denial = re.compile(
        rf"{n}[\s,-]+(?:[\w\u2019'-]+[\s,]+){{0,4}}?(?i:{_DENIAL})\b"
        # ('the United States "is not a party to this conflict"': a quote right after it)
        rf"|{n}\s+[\"\u201c](?i:{_DENIAL})\b"
        # "Iraq, which has 12,000 troops in Jordan, said its forces had not moved", "the
        # Iraqi division ... never left its camps": forces there that kept out of it
        # (the name the speaker: not "Borduria accused Ruritania ... and said its troops")
        rf"|{n}(?:,[^.;]{{1,100}},)?\s+(?:[\w\u2019'-]+\s+){{0,2}}?(?i:said|says)\s+(?i:that\s+)?"
        rf"(?i:{_HELD_BACK})"
        rf"|{n}\b[^.;]{{0,120}}?\b(?i:{_STAYED_OUT})"
        rf"|{n}(?:,\s[^,;.]{{1,60}},)?\s+(?:(?i:has|had|have)\s+)?"
        rf"(?:(?!(?:said|says|told)\b)[a-z]+\s+){{0,2}}?(?i:{_WONT_INTERVENE})\b"
        rf"(?!(?:\s+(?:until|before|till)\b))"
    )
    dealing = re.compile(
        # "Klow elders, who are close to the militia, were trying to negotiate a way out"
        # (not "has refused to negotiate", "would not negotiate")
        rf"{n}(?:,\s[^,;.]{{1,80}},)?[\s-]+{_NOT_REFUSING}{{0,4}}?(?i:{_DEALING_WORDS})\b"
    )
    agreeing = re.compile(
        # "Klow's government and the Vell Front (VF) agreed on Wednesday to a permanent
        # cessation of hostilities" (not "agreed to guarantee the truce": a go-between's)
        rf"{n}(?:[\s-]+(?:[A-Z][\w\u2019'.-]*|\([A-Z]{{2,8}}\)|and|the)){{0,8}}?[\s,]+"
        rf"(?:(?i:have|has|had|formally|finally|both)\s+)*(?i:agreed|agree|agrees|signed|"
        rf"signs|accepted|accepts)\s+(?:(?i:on)\s+[A-Z]\w+\s+)?(?:(?i:to|on|upon)\s+)?"
        rf"(?:(?i:a|an|the)\s+)?(?:(?!(?i:{_KEEPING_WORDS}|{_MEDIATION_WORDS})\b)[\w-]+\s+){{0,2}}?"
        # (a truce itself: not "agreed to host peace talks", "signed an arms deal")
        rf"(?i:cease-?fires?|truces?|armistice|cessation\s+of\s+(?:all\s+)?hostilities)\b"
    )
    shuttle = re.compile(
        # shuttling: "the Syldavian delegate, Ana Vell, went back and forth between the two
        # commands", "carried messages between them"
        # (its subject: not "trusted by the UN command and the ministers, carried messages",
        # nor a nationality set off as an aside, "Ana Vell, a Swiss, went"; a person or an
        # envoy, not "Syldavian troops went back and forth between towns")
        rf"(?<![Aa]\s)(?<![Aa]n\s){n}(?:[\s-]+(?:[A-Z][\w\u2019'.-]*|the)){{0,6}}[\s,]+"
        rf"(?:(?!(?i:{_FORCE_NOUNS}|units?|patrols?|convoys?|vehicles?|jets|couriers|control|"
        rf"and|or|both|by|with)\b)[\w\u2019'.-]+[\s,]+){{0,8}}?"
        rf"(?i:went|goes|going|shuttled|shuttling|shuttles|travell?ed|travell?ing|carried|carrying)"
        rf"\s+(?i:back\s+and\s+forth|messages)\s+(?i:between)\b"
    )
    # (for a truce or talks, which the sentence names: not between front-line positions)
    for_a_truce = re.compile(rf"\b(?:{truce}|(?i:talks|negotiat\w*|stop\s+firing))")
    # a go-between's role given up, said of the actor itself: "Ecuador, which hosted the
    # first rounds, gave up both that role and its place as a guarantor", "Peru withdrew as
    # mediator" (not "Norway, which took over after Ecuador withdrew as mediator, brokered")
    role = r"(?i:mediat\w*|host|hosts|hosting|guarant\w*|facilitat\w*)\b"
    gave_up = re.compile(
        rf"{n}(?:,\s[^,;.]{{1,80}},)?\s+(?:(?i:has|had|have)\s+)?"
        rf"(?:(?i:gave|given|give|gives)\s+up\b[^.;]{{0,60}}?\b(?i:role|place|seat|status)\b"
        rf"|(?i:withdrew|withdrawn|stepped\s+down|resigned|quit)\s+(?:[\w\u2019'-]+\s+){{0,3}}?"
        rf"(?i:as|from)\s+(?:[\w\u2019'-]+\s+){{0,3}}?{role}"
        rf"|(?i:is|was|are|were)\s+no\s+longer\s+(?:(?i:a|an|the)\s+)?(?:[\w-]+\s+)?{role})"
    )
    return mediation, acts, force, denial, dealing, agreeing, shuttle, for_a_truce, gave_up


def discover_mediators(
    article: Article, listed: Iterable[str], actors: Sequence[ActorMention] = ()
) -> list[ActorMention]:
    """Go-betweens the article names with a brokering cue that the model left out: each
    name in a sentence whose wording makes it broker ("talks convened by Ruritania's
    president"), cited by that sentence; and the states and bodies a go-between's sentence
    lists with it ("arranged by Syldavia, Klow and the Vell League"). Names already
    `listed` are skipped; `actors`: the model's, whose go-betweens' lists are read too."""
    from summarizer.reference.actors import resolve

    seen = {resolve(n).id for n in listed}
    fighting = {resolve(a.name).id for a in actors if a.role == "belligerent"}
    found: dict[str, ActorMention] = {}
    brokers: list[tuple[str, int]] = [
        (a.name, e.sentence) for a in actors if a.role == "mediator" for e in a.evidence
    ]
    for sentence in article.sentences:
        for name in go_betweens_in(sentence.text):
            brokers.append((name, sentence.index))
            if (key := resolve(name).id) not in seen | found.keys():
                found[key] = ActorMention(
                    name=name, role="mediator", evidence=[article.evidence(sentence.index)]
                )
    for broker, index in sorted(set(brokers), key=lambda b: (b[1], b[0])):
        if resolve(broker).id in fighting:
            continue  # (a side the model lists fighting brokers for no one)
        text = article.sentence(index).text
        for mate in listed_with(broker, text):
            key = resolve(mate).id
            if key in seen | found.keys() | fighting or cues(mate, [text]).fighting:
                continue
            found[key] = ActorMention(
                name=mate, role="mediator", evidence=[article.evidence(index)]
            )
    return [found[k] for k in sorted(found)]


# A list of names: "the United States, Syldavia and Klow", "Syldavia and the Vell League".
_LIST_NAME = r"(?:the\s+)?[A-Z][\w.\u2019'-]*(?:\s+(?:of\s+)?[A-Z][\w.\u2019'-]*){0,3}"
_NAME_LIST = re.compile(rf"{_LIST_NAME}(?:\s*,\s*{_LIST_NAME}){{0,8}},?\s+and\s+{_LIST_NAME}")
# What makes a list the go-betweens: the agent or author of the brokering ("arranged by",
# "a proposal of", "at the request of"), or a brokering word just before it ("the two
# mediating states: ") or its verb just after ("... and Klow brokered"); not a list that
# welcomed, armed or attended ("statements from", "sold rifles").
_BROKERING_BEFORE = re.compile(
    r"(?:\b(?:by|of)|(?i:mediat\w*|broker\w*|guarantor\w*|facilitat\w*|good\s+offices)"
    r"(?:\W+\w+){0,2}?\s*[-\u2013\u2014:,]?)\s+(?:the\s+)?$"
)
_BROKERING_AFTER = re.compile(
    r"\s+(?:have\s+|had\s+|has\s+)?(?i:mediated|brokered|arranged|proposed|facilitated|"
    r"convened|hosted)\b"
)


def listed_with(name: str, sentence: str) -> list[str]:
    """The states and bodies a sentence lists with `name` ("Syldavia" in "arranged by
    Syldavia, Klow and the Vell League": Klow, the Vell League), as written."""
    from summarizer.reference.actors import resolve

    own = resolve(name).id
    mates: list[str] = []
    for match in _NAME_LIST.finditer(sentence):
        before = sentence[max(0, match.start() - 60) : match.start()]
        if not (_BROKERING_BEFORE.search(before) or _BROKERING_AFTER.match(sentence, match.end())):
            continue
        items = [
            re.sub(r"^the\s+", "", item.strip()).removesuffix(".")
            for item in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", match.group())
        ]
        ids = [resolve(item).id for item in items]
        if own not in ids:
            continue
        mates += [
            item
            for item, key in zip(items, ids, strict=True)
            if key != own and resolve(item).kind in {"state", "organization"}
        ]
    return list(dict.fromkeys(mates))


_DOTTED_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}")


def go_betweens_in(sentence: str) -> list[str]:
    """The names the sentence's wording makes go-betweens ("a truce arranged by the
    Ruritanian envoy", "talks convened by Ana Vell"), as written, one per actor."""
    from summarizer.extract.figures import names_in
    from summarizer.reference.actors import resolve

    found: dict[str, str] = {}
    # "Kenya's President Ana Vell" is one name; its state is the form to check.
    # (and initials written with dots, which no name run holds: "the U.N.-brokered truce")
    written = [*names_in(sentence), *_DOTTED_INITIALS.findall(sentence)]
    forms = [f for name in written for f in _forms(name)]
    for name in dict.fromkeys(forms):
        info = resolve(name)
        if info.id in found or not (
            info.kind in {"state", "organization"} or _a_persons_name(name)
        ):
            continue
        said = cues(name, [sentence])
        if said.mediation and not said.fighting:
            found[info.id] = name
    return list(found.values())


# A person's name as written: "Ana Vell", "Ana de Vell" (the merge ties it to its state
# from what the articles say of them: "the Syldavian envoy Ana Vell").
_PERSON_NAME = re.compile(
    r"[A-Z][a-z]+(?:\s+(?:de|van|von|al|bin|el)\b)?(?:\s+[A-Z][a-z\u2019'-]+){1,2}"
)


_SURNAMES = re.compile(r"[A-Z][a-z\u2019'-]+(?:\s+[A-Z][a-z\u2019'-]+){0,2}")


# A name that opens with a preposition of place is a place phrase: "Near Klow", "In Vell",
# "North of Klow" (not "North Korea", "South Sudan", "West Bank": names).
_A_PLACE_PHRASE = re.compile(
    r"\s*(?:(?i:near|in|at|outside|inside|around|across|along|into|off)"
    r"|(?i:north|south|east|west)\s+(?i:of))\s+[A-Z]"
)


def says_where(name: str) -> bool:
    """The name is a place phrase ("Near Pakrac, where ... negotiators agreed"): where, not
    who."""
    return _A_PLACE_PHRASE.match(name) is not None


def _a_persons_name(name: str) -> bool:
    """A person's name as written ("Ana Vell"), or a title and a name ("President Vell"),
    not a title alone ("Prime Minister") nor a place ("New York")."""
    from summarizer.reference.actors import TITLE_WORDS, titled
    from summarizer.reference.zones import city

    read = titled(name)
    if read is not None and read.name is not None:
        # the title makes a surname alone a person's ("President Vell")
        return _SURNAMES.fullmatch(read.name) is not None and city(read.name) is None
    words = name.split()
    return (
        _PERSON_NAME.fullmatch(name) is not None
        and not says_where(name)
        and not any(w.casefold() in TITLE_WORDS for w in words)
        and city(name) is None
    )


SAYS = (
    r"said|says|saying|stated|states|called|calls|urged|urges|condemned|condemns|welcomed|"
    r"welcomes|expressed|expresses|voiced|warned|warns|demanded|demands|praised|critici[sz]ed|"
    r"denounced|announced|told|added|appealed|offered|pledged|rejected|accused|insisted|noted|"
    r"described|hailed|deplored|regretted|wrote|tweeted|issued|sent|spoke|telephoned|asked|"
    r"backed|supported|vowed|threatened|repeated|reiterated|retorted|replied|responded|"
    r"dismissed|posted|phoned|rang|blamed|blames|blame|adopted|calling|urging"
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
            # up to 14 words between ("X, Ana Vell, in a call with both sides, also said");
            # "X and the Y Council also welcomed it": both speak
            rf"{n}(?:\s+and\s+(?:the\s+)?(?:[A-Z][\w\u2019'-]*\s+){{0,3}}[A-Z][\w\u2019'-]*)?"
            rf"(?:[\s,-]+(?:(?!(?i:and|or|but|while|whereas|as)\b)[\w\u2019'.-]+[\s,-]+){{0,14}}?)?"
            rf"(?i:{SAYS})\b"
            rf"|(?i:according\s+to)\s+(?i:the\s+)?{_TITLES}{{0,3}}?{n}",
            sentence,
        ):
            return True
    return False


def written_in_full(name: str, sentence: str) -> str:
    """The name with the title and the state or organisation its sentence writes before it:
    "Supreme National Security Council" in "Chile's Supreme National Security Council
    said" is Chile's; "Ana Vell" in "Foreign Minister Ana Vell said" is a minister. The
    name unchanged when the sentence writes nothing before it."""
    from summarizer.reference.actors import TITLE_WORDS, normalise, resolve

    at = sentence.casefold().find(name.casefold())
    if not name.strip() or at < 0:
        return name
    start = at
    for word in reversed(list(re.finditer(r"[\w\u2019'.-]+", sentence[:at]))):
        if sentence[word.end() : start].strip():
            break  # punctuation between: another phrase
        text = word.group().rstrip(".")
        bare = re.sub(r"[\u2019']s$", "", text)
        owner = resolve(bare).kind in {"state", "organization"} and text[:1].isupper()
        if not owner and normalise(bare) not in TITLE_WORDS:
            break
        start = word.start()
        if owner:
            break  # "Chile's", "UN": whose it is, and no further
    return sentence[start : at + len(name)] if start < at else name


def _placed(name: str, sentence: str) -> bool:
    """Whether the sentence names `name` only as a place ("leaders meeting in Tanzania")."""
    n = _name_pattern(name)
    every = list(re.finditer(n, sentence))
    placed = re.compile(
        r"\b(?:in|at|from|to|into|near|across|inside|via|through)\s+(?:the\s+)?$", re.I
    )
    return bool(every) and all(placed.search(sentence[: m.start()]) for m in every)


_OPENING_PLACE = re.compile(r"^\s*In\s+((?:[A-Z][\w\u2019'.-]*\s*){1,3}),\s")


def _seat(sentence: str) -> str | None:
    """The state or capital a sentence opens with as its place ("In Strelsau, ..."), as
    written, or None."""
    from summarizer.reference.actors import resolve

    match = _OPENING_PLACE.match(sentence)
    if match is None:
        return None
    place = match.group(1).strip()
    return place if resolve(place).kind == "state" else None


def _official_of_no_state(name: str) -> bool:
    """A name written with a state office's title and no state: "Foreign Minister Ana
    Vell" (not "UN envoy Ana Vell", not "opposition leader Ana Vell")."""
    from summarizer.reference.actors import party, titled

    read = titled(name)
    return (
        read is not None
        and read.for_state
        and read.actor is None
        and party(name).speaks_for is None
    )


def discover_reactions(article: Article, listed: Iterable[str]) -> list[ReactionMention]:
    """Reactions the wording states that the model left out: a state or organisation
    (or one who speaks for it) speaking in a sentence with the words of a reaction
    ("Strelsau condemned the attack and called for an end to the fighting"), that the article
    never shows fighting or brokering (their statements are the model's to list), and
    that has no reaction listed yet. Cited by that sentence; the stance read from it."""
    from summarizer.extract.figures import names_in
    from summarizer.reference.actors import party

    sentences = [s.text for s in article.sentences]
    seen = {party(n).id for n in listed}
    found: dict[str, ReactionMention] = {}
    for sentence in article.sentences:
        stance = stance_in(sentence.text)
        if stance is None:
            continue
        forms = [f for name in names_in(sentence.text) for f in _forms(name)]
        forms += _known_aliases(sentence.text)  # "U.N.", which no capitalised run holds
        seat = _seat(sentence.text)
        for name in dict.fromkeys(forms):
            info = party(name)
            written = name
            if seat is not None and _official_of_no_state(name):
                # "In Strelsau, Foreign Minister Ana Vell said ...": she speaks for the
                # state whose seat the sentence opens with.
                written, info = seat, party(seat)
            if info.kind not in {"state", "organization"} or info.id in seen | found.keys():
                continue
            if not speaks_in(name, sentence.text) or (
                written == name and _placed(name, sentence.text)
            ):
                continue
            role = role_cues(name, sentences)
            if role.fighting or role.force or role.mediation:
                continue
            found[info.id] = ReactionMention(
                actor=written,
                stance=stance,  # type: ignore[arg-type]
                addressed_to=[],
                evidence=[article.evidence(sentence.index)],
            )
    return [found[k] for k in sorted(found)]


def _known_aliases(sentence: str) -> list[str]:
    """The states and organisations the data knows, as the sentence writes them ("U.N.",
    "the Intergovernmental Authority on Development": no run of capitalised words holds
    them), unless the words before make them an object ("a peace deal with the X")."""
    from summarizer.reference.actors import alias_at, tokenize

    tokens = tokenize(sentence)
    found: list[str] = []
    for i in range(len(tokens)):
        hit = alias_at(tokens, i, cased=True)
        if hit is not None and not _AN_OBJECT_BEFORE.search(sentence[: tokens[i].start]):
            found.append(sentence[tokens[i].start : tokens[hit[1] - 1].end])
    return found


_AN_OBJECT_BEFORE = re.compile(
    r"\b(?:with|against|of|to|for|by|from|on|at|between|and|into|over|than)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# A truce its words say someone brokered: "a cease-fire arranged by the Vatican's envoy",
# "the truce mediated last week by Qatar" (not "the deal mediated by Turkey", nor "the truce
# that followed the prisoner exchange arranged by Qatar": another deal's broker).
_TRUCE_BROKERED_BY = re.compile(
    r"\b(?:cease-?fires?|truces?|armistice|cessation\s+of\s+(?:hostilities|fighting)),?\s+"
    r"(?:(?!(?:that|which|who|after|before|followed|unlike|than)\b)[\w'\u2019-]+\s+){0,2}?"
    r"(?:brokered|arranged|mediated|negotiated|secured|obtained)"
    r"\s+(?:[\w-]+\s+){0,3}?by\s+(?P<after>[^.;,]{1,80})",
    re.IGNORECASE,
)
# A go-between described, not named: "arranged by a Roman Catholic bishop", "mediated by
# tribal elders" (what it is, as written, without its article).
_DESCRIBED_BROKER = re.compile(
    r"^(?:(?:a|an|the|local|two|three|several)\s+)?"
    r"(?P<who>(?:[A-Z][\w'\u2019-]*\s+){0,3}(?:(?!(?i:army|military|security|police)\b)[a-z]+\s+)?"
    r"(?i:bishops?|archbishops?|cardinals?|priests?|pastors?|clerics?|clergy(?:men)?|imams?|"
    r"mullahs?|elders|sheikhs?|religious\s+leaders|church\s+leaders))\b(?!\s+of\b)"
)


def described_broker(name: str) -> bool:
    """The name describes a go-between by what it is, not who ("Roman Catholic bishop",
    "tribal elders"): one that brokers a truce is no side of it."""
    found = _DESCRIBED_BROKER.match(name.strip())
    return found is not None and found.end() == len(name.strip())


def truce_brokers_in(sentence: str) -> list[str]:
    """The go-betweens the sentence writes as its truce's broker ("a cease-fire arranged by
    the Peruvian envoy", "a Qatari-brokered truce"), as written."""
    from summarizer.extract.grounding import name_in_text

    named = [
        name
        for name in go_betweens_in(sentence)
        if re.search(
            rf"\b{re.escape(name)}[\u2019']?s?-(?:brokered|mediated)\s+(?:cease-?fire|truce)",
            sentence,
            re.IGNORECASE,
        )
        or any(name_in_text(name, m["after"]) for m in _TRUCE_BROKERED_BY.finditer(sentence))
    ]
    described = [
        found["who"]
        for m in _TRUCE_BROKERED_BY.finditer(sentence)
        if (found := _DESCRIBED_BROKER.match(m["after"]))
    ]
    # (the description whole: "Roman Catholic bishop", not its capitalised "Roman Catholic")
    whole = [d for d in described if any(d.startswith(n) and d != n for n in named)]
    return whole[:1] or named or described[:1]
