"""Where the story ends on a page.

The densest run of prose may run on into what pages put under a story: teasers, readers'
comments, a comment form, the author's bio, tags. These cuts shorten it at the first line
that opens one of them, when what follows weighs little against the story above it.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice
from typing import Final

import regex

from newsparse.detectors.boilerplate import boilerplate_reason
from newsparse.detectors.date_line import dates_in_line
from newsparse.detectors.share_icons import is_share_line
from newsparse.document import Line, non_blank
from newsparse.region.lines import (
    DATES_ABOVE_MAX_LENGTH,
    PROSE_MIN_WORDS,
    SENTENCE_END_MARKS,
    LineFeatures,
    best_runs_after,
    longest_run,
    neighbour,
    positive_score,
)
from newsparse.region.markers import (
    AUTHOR_BIO_LINE,
    BOX_HEADING,
    COMMENT_AUTHOR_LINE,
    COMMENT_HEADING_LINE,
    COMMENT_PROMPT,
    COMMENTS,
    END_MARKER,
    END_MARKER_MAX_LENGTH,
    FORM_FIELD,
    NEWSLETTER_WORDS,
    NEXT_OR_PREVIOUS,
    TAG_LINE,
)
from newsparse.titles import (
    unbulleted,
)
from newsparse.vocab.webpage import (
    COMMENT_COUNT_LEADS,
    COMMENT_MARKERS,
    COMMENT_PROMPTS,
)

#: A line telling who the author is ends the story only if it is no longer than this.
BIO_MAX_LENGTH: Final = 600
#: A line of the comment form ends the story however little precedes it when the label of a
#: field of the form follows within this many non-blank lines.
FORM_REACH: Final = 8
#: This many furniture or title lines in a row may end the body core ...
GAP_LINES: Final = 6
#: ... if what follows them scores less than this share of what precedes them.
TAIL_SHARE: Final = 0.75
#: ... or if no run of prose in it (lines in a row that score above zero) scores more than this
#: share of what precedes it ...
TEASER_RUN_SHARE: Final = 0.25
#: ... nor more than this (a long paragraph): teasers, each a title and a summary.
TEASER_RUN_MAX_SCORE: Final = 400.0
#: A last part of the core after this many non-blank lines in a row that score zero or less
#: is not the story ...
ISLAND_GAP_LINES: Final = 3
#: ... if it scores less than this share of what precedes it ...
ISLAND_SHARE: Final = 0.1
#: ... and less than this (about a short paragraph's worth).
ISLAND_MAX_SCORE: Final = 500.0
#: What ends the story (comments, other stories) counts after this share of the core's score.
END_AFTER_SHARE: Final = 0.5
#: A line of the comment form ends it after this share ...
PROMPT_AFTER_SHARE: Final = 0.2
#: ... or after this much score (a few paragraphs), whatever follows (a long cookie notice).
PROMPT_AFTER_SCORE: Final = 500.0
#: A line that opens the comments ends it after this much score too (a few paragraphs): the
#: comments under a short story can outweigh it.
COMMENTS_AFTER_SCORE: Final = 500.0
#: ... unless a run of prose under it scores more than this many times what precedes it: that
#: is a story, not comments (a count of comments among the story's details, over the story).
COMMENT_RUN_SHARE: Final = 2.0
#: A heading of other stories ends it only if what follows scores less than this share of
#: what precedes it.
END_TAIL_SHARE: Final = 0.5


def comments_under_story(lines: Sequence[Line]) -> int | None:
    r"""Where readers' comments that clearly follow the story open, in a text that is no page.

    A line that opens the comments (:func:`_opens_comments`: "3 Comments", "Leave a reply",
    "12 thoughts on ...") after a line of prose, with a comment under it
    (:func:`_comment_follows`): a short name line, a date line, the comment's text, or a
    line that names the commenter and the date ("Jane on May 3 at 4:47 pm said:") over the
    text. A line of the comment form or of an empty comments section ("Comments are
    closed.") does too when no prose (a line of :data:`PROSE_MIN_WORDS` words) follows it.
    A story's "Comments" subheading with prose under it goes on.

    >>> from newsparse.document import Document
    >>> lines = Document.from_text("\n".join([
    ...     "The ferry sailed again at dawn, and the whole town came out to watch it go.",
    ...     "2 Comments", "Rosa_K", "May 3, 2021 at 9:12 pm", "Lovely to see it back."])).lines
    >>> comments_under_story(lines)
    1
    """
    story = False
    prompt = None  # a line of the comment form or of an empty section, with no prose after yet
    for index, line in enumerate(lines):
        content = line.content
        if not content:
            continue
        prose = content.count(" ") >= PROSE_MIN_WORDS
        if prose:
            prompt = None
        if (
            story
            and len(content) <= END_MARKER_MAX_LENGTH
            and _may_open_comments(content)
            and _opens_comments(content)
        ):
            if _comment_follows(lines, index):
                return index if prompt is None else prompt
            if prompt is None and _is_comment_prompt(content):
                prompt = index
        story = story or prose
    return prompt


def _may_open_comments(content: str) -> bool:
    """A cheap first look for :func:`_opens_comments`.

    A count first ("3 Comments"), a colon last (a comment's author line, "... said:"), or
    one of the first words of its phrases ("Comments", "Leave a reply", "There are ...").
    """
    text = content.lstrip(_BULLET_MARKS)
    if not text or text[0].isdigit() or text[-1] == ":":
        return bool(text)
    space = text.find(" ")
    return (text if space < 0 else text[:space]).casefold() in _COMMENT_FIRST_WORDS


_BULLET_MARKS: Final = " *•·+-–—"


#: The first words of the lines that open the comments (markers, prompts, counts' leads).
_COMMENT_FIRST_WORDS: Final = frozenset(
    phrase.split(maxsplit=1)[0]
    for phrase in (*COMMENT_MARKERS, *COMMENT_PROMPTS, *COMMENT_COUNT_LEADS)
)
#: A name that ends with an initial ("Hanno R."), not a sentence.
_INITIAL_END: Final = regex.compile(r"(?:\A|\s)\p{Lu}\.\Z")
#: A commenter's name line is no longer than this ...
COMMENTER_MAX_LENGTH: Final = 40
#: ... nor than this many words.
COMMENTER_MAX_WORDS: Final = 4


def _comment_follows(lines: Sequence[Line], after: int) -> bool:
    """Whether a reader's comment starts at the first non-blank line after line ``after``.

    A short name line (no sentence, no date) over a short date line, or a line naming the
    commenter and the date ("Jane on May 3, 2018 at 4:47 pm said:"), then the comment's text.
    """
    shown = [line.content for line in islice(non_blank(lines, after, 1), 3)]
    if len(shown) >= 2 and COMMENT_AUTHOR_LINE.search(shown[0]) is not None:
        return True
    if len(shown) < 3:
        return False
    name, date = unbulleted(shown[0]), shown[1]  # "4. März": no numbered list item
    return (
        len(name) <= COMMENTER_MAX_LENGTH
        and len(name.split()) <= COMMENTER_MAX_WORDS
        and (name[-1] not in SENTENCE_END_MARKS or _INITIAL_END.search(name) is not None)
        and dates_in_line(name) is None
        and len(date) <= DATES_ABOVE_MAX_LENGTH
        and dates_in_line(date) is not None
    )


def cut_tail(
    lines: Sequence[Line], features: Sequence[LineFeatures], start: int, end: int
) -> tuple[int, int]:
    """Drop the tail of the core after a long run of furniture lines, when the tail is small.

    A list of teasers can join the story to the summaries or comments after it; what comes
    after :data:`GAP_LINES` lines in a row that score below zero (furniture, teaser titles),
    scoring less than :data:`TAIL_SHARE` of what comes before, is not the story; nor is it
    when no run of prose in it scores more than :data:`TEASER_RUN_SHARE` of what comes before
    or :data:`TEASER_RUN_MAX_SCORE` (teasers, one short summary at a time). A run under
    a line ending with a colon is a list the story introduces, and no gap. Only on a page
    that goes on after the run (:data:`GAP_LINES` furniture lines or more below it, in the
    core or under it): a hand copy ends with its story, or with a list and a last paragraph.
    """
    furniture_after = [0] * (len(features) + 1)  # furniture lines from each line to the end
    for index in range(len(features) - 1, start - 1, -1):
        furniture_after[index] = furniture_after[index + 1] + features[index].furniture
    best_after = best_runs_after(lines, features, start, end)
    total = sum(f.score for f in features[start:end] if f.score > 0)
    before, run, run_start, previous, introduced = 0.0, 0, start, "", False
    for index in range(start, end):
        feature = features[index]
        content = lines[index].content
        if feature.furniture or feature.score < 0:
            if run == 0:
                run_start = index
                introduced = previous.endswith(":")  # a list the story introduces
            run += 1
        elif feature.score > 0:
            if (
                run >= GAP_LINES
                and not introduced
                and (
                    total - before < TAIL_SHARE * before
                    or best_after[index - start]
                    < min(TEASER_RUN_SHARE * before, TEASER_RUN_MAX_SCORE)
                )
                and furniture_after[index] >= GAP_LINES
            ):
                return start, run_start
            run = 0
        before += max(feature.score, 0.0)
        if content:
            previous = content
    return start, end


def cut_last_island(
    lines: Sequence[Line], features: Sequence[LineFeatures], start: int, end: int
) -> tuple[int, int]:
    """Drop the last lines of the core when they are a small island after a gap.

    A promotion, a note about the site or the author's box can follow the story after a few
    lines of furniture (share buttons, tags, a teaser title) and join it, being prose. What
    follows the last run of :data:`ISLAND_GAP_LINES` non-blank lines in a row that score
    zero or less is not the story when it scores less than :data:`ISLAND_SHARE` of what
    precedes it, and less than :data:`ISLAND_MAX_SCORE` (a longer last part may be the end of
    the story under a picture and its caption). A run under a line ending with a colon is a
    list the story introduces, and no gap. Only on a page that goes on after the core: a
    hand copy ends with its story.
    """
    if all(not line.content for line in lines[end:]):
        return start, end  # the text ends with the story: a hand copy
    total = sum(f.score for f in features[start:end] if f.score > 0)
    island = 0.0
    run = 0
    for position in range(end - 1, start - 1, -1):
        content = lines[position].content
        if not content:
            continue
        score = features[position].score
        if score <= 0:
            run += 1
        elif run >= ISLAND_GAP_LINES:
            if (
                0 < island < ISLAND_MAX_SCORE
                and island < ISLAND_SHARE * (total - island)
                and not content.endswith(":")
            ):
                return start, position + 1
            break
        else:
            run = 0
            island += score
    return start, end


def cut_story_end(
    lines: Sequence[Line], features: Sequence[LineFeatures], start: int, end: int
) -> tuple[int, int]:
    """End the core where the comments or what else follows a story opens (:func:`_cut_comments`).

    Comments can outweigh a short story: once they are cut off, what is left is looked at
    again, as a core of its own. A heading of other stories or the author's box above the
    comments then ends it too, and so does a small island after a gap
    (:func:`cut_last_island`), when the cut took away most of the core's score.
    """
    total = positive_score(features, start, end)
    while True:
        cut_start, cut_end = _cut_comments(lines, features, start, end)
        if cut_end == end:
            return start, end
        left = positive_score(features, cut_start, cut_end)
        if left < END_AFTER_SHARE * total:
            cut_start, cut_end = cut_last_island(lines, features, cut_start, cut_end)
        start, end, total = cut_start, cut_end, left


def _among_share_buttons(lines: Sequence[Line], index: int) -> bool:
    """Whether the line before or after a line is a share button: a row of buttons, links."""
    return any(
        other is not None and is_share_line(lines[other].content)
        for other in (neighbour(lines, index, -1), neighbour(lines, index, 1))
    )


def _cut_comments(
    lines: Sequence[Line], features: Sequence[LineFeatures], start: int, end: int
) -> tuple[int, int]:
    """End the core where what follows a story opens, once most of the core is behind.

    That is a comments section (a marker line, a comment's author line, a line of the comment
    form) or a heading of what pages put under a story: other stories, share and tag lines,
    the author's box (:data:`~newsparse.vocab.webpage.END_MARKERS`). A line that opens the
    comments ends it after :data:`COMMENTS_AFTER_SCORE` too (they can outweigh a short story),
    unless it stands among share buttons or a run of prose under it scores more than
    :data:`COMMENT_RUN_SHARE` times what lies above it. A line of the comment form that the
    label of a field follows ("Leave a comment" / "Name *") ends it after any prose, however
    little: a comment form is no part of a story.
    """
    total = positive_score(features, start, end)
    half = END_AFTER_SHARE * total
    seen = 0.0
    for index in range(start, end):
        content = lines[index].content
        if not content:
            continue
        tagged = opens = False
        if seen >= min(half, COMMENTS_AFTER_SCORE):
            opens = _opens_comments(content)
            tagged = (
                not opens
                and _is_tag_line(content)
                and not _prose_follows(lines, features, index + 1, end)
            )
            opens = opens or tagged
        if (
            (
                opens
                and (
                    seen >= half
                    or (
                        not _among_share_buttons(lines, index)
                        and longest_run(lines, features, index, end) < COMMENT_RUN_SHARE * seen
                    )
                )
            )
            or (seen >= half and total - seen < END_TAIL_SHARE * seen and _follows_a_story(content))
            or (
                seen >= min(PROMPT_AFTER_SHARE * total, PROMPT_AFTER_SCORE)
                and _is_comment_prompt(content)
            )
        ):
            cut = index
            while not tagged and cut > start and features[cut - 1].score <= 0:
                cut -= 1  # the teasers and share lines above the comments (not above the tags)
            return start, cut
        if seen > 0 and _is_comment_prompt(content) and _form_follows(lines, index + 1, end):
            return start, index  # a comment form: what stands above it may be a short story's
        seen += max(features[index].score, 0.0)
    return start, end


def _is_tag_line(content: str) -> bool:
    """Whether a line lists the story's tags or sections, after their label: "Tags: harbour"."""
    return len(content) <= END_MARKER_MAX_LENGTH and TAG_LINE.match(unbulleted(content)) is not None


def _prose_follows(
    lines: Sequence[Line], features: Sequence[LineFeatures], start: int, end: int
) -> bool:
    """Whether the next non-blank line of ``[start, end)`` is prose (a paragraph).

    A tag line with a paragraph right under it stands in a header ("Filed under: Local" over
    the story), not under the story.
    """
    following = neighbour(lines, start - 1, 1)
    return following is not None and following < end and features[following].prose


def _is_form_field(content: str) -> bool:
    """Whether a line is the label of a field of a comment form: "Name *", "E-Mail (required)"."""
    return len(content) <= END_MARKER_MAX_LENGTH and FORM_FIELD.match(content) is not None


def _form_follows(lines: Sequence[Line], start: int, end: int) -> bool:
    """Whether the label of a field of a comment form is among the next few non-blank lines."""
    seen = 0
    for index in range(start, end):
        content = lines[index].content
        if not content:
            continue
        if _is_form_field(content):
            return True
        seen += 1
        if seen >= FORM_REACH:
            return False
    return False


def _is_comment_prompt(content: str) -> bool:
    """Whether a line is one of the comment form or of an empty comments section."""
    return len(content) <= END_MARKER_MAX_LENGTH and COMMENT_PROMPT.match(content) is not None


def _opens_comments(content: str) -> bool:
    """Whether a line opens the comments: their heading or count, the form, a comment's author."""
    if not content or len(content) > END_MARKER_MAX_LENGTH:
        return False
    text = unbulleted(content)
    return bool(
        COMMENTS.match(text)
        or COMMENT_HEADING_LINE.match(text)
        or COMMENT_PROMPT.match(text)
        or COMMENT_AUTHOR_LINE.search(text)
    )


def ends_the_story(content: str, *, little_after: bool) -> bool:
    """Whether a line opens the comments or another part of the page under a story.

    A heading of other stories or of the share and tag lines ends it only when ``little_after``
    (little prose follows in the core): such a box may stand inside a story, too.
    """
    return _opens_comments(content) or (little_after and _follows_a_story(content))


def _follows_a_story(content: str) -> bool:
    """Whether a line opens a part of the page under a story other than the comments.

    A heading of other stories, of the share and tag lines or of the author's box, a line
    about the author, a newsletter box or a plea for support.
    """
    if not content:
        return False
    text = unbulleted(content)
    if len(content) > END_MARKER_MAX_LENGTH:
        return len(text) <= BIO_MAX_LENGTH and AUTHOR_BIO_LINE.match(text) is not None
    return (
        END_MARKER.match(text) is not None
        or (len(text) <= BIO_MAX_LENGTH and AUTHOR_BIO_LINE.match(text) is not None)
        or _is_sign_up_box(text)
    )


def opens_what_follows(content: str) -> bool:
    """Whether a line opens the comments or another part of the page under a story.

    >>> opens_what_follows("Most Popular"), opens_what_follows("The ferry sailed at dawn.")
    (True, False)
    """
    return ends_the_story(content, little_after=True)


def opens_other_stories(content: str) -> bool:
    """Whether a line opens the comments, a box of other stories or a link to the next one.

    Unlike :func:`opens_what_follows`, the story's own lines under it do not count: its tags,
    share buttons, the box about its author ("Tags" may stand over the date of the story).

    >>> opens_other_stories("Related stories"), opens_other_stories("Next article")
    (True, True)
    >>> opens_other_stories("Tags"), opens_other_stories("Share this article")
    (False, False)
    """
    if not content or len(content) > END_MARKER_MAX_LENGTH:
        return False
    text = unbulleted(content)
    return (
        COMMENTS.match(text) is not None
        or COMMENT_HEADING_LINE.match(text) is not None
        or COMMENT_PROMPT.match(text) is not None
        or COMMENT_AUTHOR_LINE.search(text) is not None
        or BOX_HEADING.match(text) is not None
        or NEXT_OR_PREVIOUS.match(text) is not None
    )


def _is_sign_up_box(text: str) -> bool:
    """Whether a line asks the reader to sign up for a newsletter or to support the site.

    A bare "Subscribe" may head a box inside a story; a newsletter prompt names the newsletter.
    """
    reason = boilerplate_reason(text)
    if reason == "newsletter prompt":
        folded = text.casefold()
        return any(word in folded for word in NEWSLETTER_WORDS)
    return reason == "plea for support"
