"""``standfirst``: the summary paragraph between the headline and the article's date or byline.

A revision, not a detector: whether a paragraph is the standfirst depends on what follows it,
so it is decided after the chain has labelled everything. In::

    India and Israel sign defence pact            <- headline
                                                  <- blank
    The pact deepens military cooperation.        <- standfirst: a paragraph ...
                                                  <- blank
    Wed Nov 05 2025                               <- ... followed by a date line, a byline
    icon-facebook icon-twitter icon-whatsapp      <-     or a share line
                                                  <- blank
    ISLAMABAD: India and Israel have signed ...   <- body

the first paragraph after the headline is relabelled ``standfirst`` when something tells it
from the first paragraph of the body:

* a run of header lines after it holds a date line or a byline, and the body goes on after
  them (up to three short paragraphs, a caption or a prompt, may stand before that run);
* or, right after it, a share line or a picture's caption stands between it and the body.

Between the headline and the paragraph there may be boilerplate (a section name, a counter)
and a repeat of the headline; header lines there too, but then only a share line or a
caption (with words of its own, not a bare credit) after the paragraph tells it from the
body. Without any of these signs a paragraph under the headline is the first of the body
(BBC and wire layouts).

A paragraph that repeats the headline, or is a byline, a date line, a list item or a line
of links, is never the standfirst. Bare list marks after the paragraph ("*": share buttons whose
icons the text lost) are passed over.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs
import regex

from newsparse import labels
from newsparse.chain import Claim, Revision, is_prose
from newsparse.detectors.byline import parse_byline, starts_with_lead
from newsparse.detectors.date_line import in_a_dated_list, opens_with_date_label
from newsparse.document import Document
from newsparse.titles import SENTENCE_END, looks_like_title
from newsparse.vocab.agencies import AgencyTable

NAME: Final = "standfirst"
_META: Final = labels.HEADER_LINE_LABELS | {labels.BOILERPLATE}
_EVIDENCE: Final = labels.HEADER_LINE_LABELS
_MIN_LENGTH: Final = 20
_MAX_LENGTH: Final = 600
#: Short paragraphs (a photo caption, a prompt) that may stand between the standfirst and the
#: header lines, and how long each may be.
_MAX_BETWEEN: Final = 3
_MAX_BETWEEN_LENGTH: Final = 250
#: How many claims (boilerplate, header lines, a repeat of the headline) may stand between the
#: headline and the standfirst.
_MAX_ABOVE: Final = 3
#: A standfirst that only a share line or a caption tells from the body has this many words.
_MIN_WORDS_BY_PICTURE: Final = 6
#: Of a paragraph's words, this share also in the headline makes it a repeat of the headline.
_REPEAT_SHARE: Final = 0.7
#: The reasons the boilerplate detectors give share lines and pictures' captions.
_SHARE: Final = "share/social icon line"
_CAPTIONS: Final = frozenset({"caption with a photo credit", "photo credit"})
#: A credit alone, with no caption before it ("(Photo: Ana Lima)", "Foto: dpa"): it may be
#: the credit of a caption that is the paragraph itself.
_BARE_CREDIT: Final = regex.compile(
    r"\A\W*(?:fotos?|photos?|photograph|bild|image|imagen|immagine|crédit|credits?|©|copyright)"
    r"(?![\p{L}])",
    regex.IGNORECASE,
)
_BARE_CREDIT_WORDS: Final = 4
#: A list item or a link ("* ...", "« Previous", "{ 2 comments }"), not a sentence.
_NOT_PROSE_START: Final = regex.compile(r"\A(?:[*•·▪►»«›‹+|{}\[\]<>]|\d{1,2}[.)]\s)")
_WORD: Final = regex.compile(r"[\p{L}\p{N}]+")
_AGENCY_TAIL: Final = 40
#: A line whose words of this many letters or more, at least so many, all start with a
#: capital is a title ("Trump's Trade War Keeps World Guessing").
_TITLE_WORD: Final = 4
_TITLE_WORDS: Final = 3


def revise(claims: Sequence[Claim], doc: Document) -> Sequence[Claim]:
    """Relabel the paragraph between headline and header lines as the standfirst."""
    content = [index for index, claim in enumerate(claims) if claim.label != labels.BLANK]
    position = next(
        (pos for pos, index in enumerate(content) if claims[index].label == labels.HEADLINE), None
    )
    if position is None:
        return claims
    headline = claims[content[position]].text
    position, above = _below_headline(claims, content, position + 1, headline)
    if position >= len(content):
        return claims
    candidate = claims[content[position]]
    if (
        candidate.label != labels.PARAGRAPH
        or not _MIN_LENGTH <= len(candidate.text) <= _MAX_LENGTH
        or _not_a_standfirst(candidate.text, headline)
    ):
        return claims
    following = content[position + 1 :]
    evidence = None
    if not above & _EVIDENCE:
        evidence = _header_lines_after(
            claims, following, candidate, doc, boilerplate_above=labels.BOILERPLATE in above
        )
    if evidence is None:
        evidence = _picture_or_share_after(claims, following, candidate, bare=not above & _EVIDENCE)
    if evidence is None:
        return claims
    revised = list(claims)
    revised[content[position]] = attrs.evolve(
        candidate,
        label=labels.STANDFIRST,
        detector=NAME,
        reason=f"paragraph between the headline and a {evidence} line",
    )
    return revised


def _below_headline(
    claims: Sequence[Claim], content: Sequence[int], position: int, headline: str
) -> tuple[int, set[str]]:
    """The position of the first paragraph under the headline, and the labels passed over.

    Passed over are boilerplate, header lines and a repeat of the headline, up to
    :data:`_MAX_ABOVE` of them.
    """
    above: set[str] = set()
    for _ in range(_MAX_ABOVE):
        if position >= len(content):
            break
        claim = claims[content[position]]
        if claim.label in _META:
            above.add(claim.label)
        elif claim.label == labels.PARAGRAPH and _repeats(claim.text, headline):
            above.add(labels.HEADLINE)
        else:
            break
        position += 1
    return position, above


def _header_lines_after(
    claims: Sequence[Claim],
    following: Sequence[int],
    candidate: Claim,
    doc: Document,
    *,
    boilerplate_above: bool,
) -> str | None:
    """The label of the date line or byline that shows the candidate to be the standfirst."""
    meta: list[Claim] = []
    between = 0
    for index in following:
        claim = claims[index]
        if claim.label == labels.PARAGRAPH and _WORD.search(claim.text) is None:
            continue  # a list mark alone ("*"): a share button whose icon the text lost
        if claim.label not in _META:
            if (
                claim.label == labels.PARAGRAPH
                and not any(seen.label in _EVIDENCE for seen in meta)
                and between < _MAX_BETWEEN
                and len(claim.text) <= _MAX_BETWEEN_LENGTH
            ):
                between += 1  # a caption or a prompt between the standfirst and the header lines
                continue
            if claim.label not in (labels.PARAGRAPH, labels.DATELINE):
                return None
            break
        meta.append(claim)
    else:
        return None  # nothing after the header lines: no body for a standfirst to lead
    evidence = next((claim for claim in meta if claim.label in _EVIDENCE), None)
    if evidence is None:
        return None
    if between and boilerplate_above and looks_like_title(candidate.text):
        return None  # a title under a line taken for the headline ("Skip to content")
    if in_a_dated_list(doc.text, evidence):
        return None  # teasers of other stories, each with its date
    return evidence.label


def _picture_or_share_after(
    claims: Sequence[Claim], following: Sequence[int], candidate: Claim, *, bare: bool
) -> str | None:
    """``"share"`` or ``"caption"`` if such lines stand between the candidate and the body."""
    if len(candidate.text.split()) < _MIN_WORDS_BY_PICTURE or _title_case(candidate.text):
        return None
    run: list[Claim] = []
    for index in following:
        claim = claims[index]
        if claim.label == labels.PARAGRAPH and _WORD.search(claim.text) is None:
            continue  # a list mark alone ("*"): a share button whose icon the text lost
        if claim.label not in _META:
            if claim.label not in (labels.PARAGRAPH, labels.DATELINE):
                return None
            break
        run.append(claim)
    else:
        return None
    body = claim.label == labels.DATELINE or is_prose(claim.text)
    if body and any(claim.reason == _SHARE for claim in run):
        return "share"
    if any(claim.reason in _CAPTIONS and (bare or not _bare_credit(claim.text)) for claim in run):
        return "caption"
    return None


def _bare_credit(text: str) -> bool:
    return _BARE_CREDIT.match(text) is not None or len(text.split()) <= _BARE_CREDIT_WORDS


def _repeats(text: str, headline: str) -> bool:
    """Whether a paragraph repeats the headline, or most of its words (each word once)."""
    words = set(_WORD.findall(text.casefold()))
    if not words:
        return False
    title = set(_WORD.findall(headline.casefold()))
    return len(words & title) >= _REPEAT_SHARE * len(words)


def _not_a_standfirst(text: str, headline: str) -> bool:
    """Whether a paragraph's shape rules it out as a standfirst."""
    if _NOT_PROSE_START.match(text) or " | " in text or "/" in text.split(maxsplit=1)[0]:
        return True
    if opens_with_date_label(text) and any(character.isdigit() for character in text):
        return True  # a date line the chain missed ("Updated Jun 4, 8:12 AM")
    if (starts_with_lead(text) and text[-1] not in SENTENCE_END) or parse_byline(text):
        return True
    comma = text.rfind(",")
    if (
        comma > 0
        and len(text) - comma <= _AGENCY_TAIL
        and AgencyTable.default().find(text[comma + 1 :].strip()) is not None
    ):
        return True  # "Ana Lima and Tom Ode, Associated Press"
    return _repeats(text, headline)


def _title_case(text: str) -> bool:
    """Whether every longer word of a line starts with a capital, as in a title."""
    long = [word for word in _WORD.findall(text) if len(word) >= _TITLE_WORD]
    return len(long) >= _TITLE_WORDS and all(word[0].isupper() for word in long)


REVISION: Final = Revision(NAME, revise)
