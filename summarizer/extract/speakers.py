"""Who speaks for whom, as the whole article states it: read by rule from every sentence
(summarizer.reference.affiliations), never asked of the model.

The merge reads the sentences the items cite; the sentence that says who a claimant is
("Lt Gen Ana Vell, director general of the army's media wing") is often not one of them.
The extraction keeps what each sentence states, with the sentence as evidence, so the
merge can tie a claimant to its state from its own article's words.
"""

from __future__ import annotations

from summarizer.models import SpeakerMention
from summarizer.read.articles import Article
from summarizer.reference.affiliations import learn


def speakers(article: Article) -> list[SpeakerMention]:
    """Every tie of a person or body to an actor that a sentence of the article states,
    in sentence order, once per (name, actor, sentence)."""
    index: dict[str, int] = {}
    for s in article.sentences:
        index.setdefault(s.text, s.index)  # a repeated sentence: where it is first written
    found: dict[tuple[str, str, int], SpeakerMention] = {}
    for tie in learn([s.text for s in article.sentences]):
        sentence = index[tie.sentence]
        key = (tie.name, tie.actor, sentence)
        if key not in found:
            found[key] = SpeakerMention(
                name=tie.name,
                actor=tie.actor,
                kind=tie.kind,
                evidence=[article.evidence(sentence)],
            )
    return list(found.values())
