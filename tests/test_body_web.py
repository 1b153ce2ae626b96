"""What ends or surrounds a story on a web page: a blog's footer and archive, the author's box.

Every page, town, person and site here is invented.
"""

from __future__ import annotations

import pytest

from newsparse import parse_article
from newsparse.detectors.boilerplate import boilerplate_reason
from tests.test_web import (
    AUTHOR_BIO_LINE,
    HTML_TEXT_EN,
    INSCRIPTIS_PIPE_BYLINE,
    MIDDLE_OF_THE_STORY,
    segments_by_line,
)

_STORY = (
    (
        "The Millbrook robot club built a drummer out of old washing machine parts, and on "
        "Saturday it played its first concert in the church hall in front of two hundred people."
    ),
    (
        "Its builders say the next step is a bass player, which they hope to finish before the "
        "summer fair if the club can find enough spare motors in the scrapyard."
    ),
)
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August"]


def _blog_page(*, archive: bool) -> str:
    """A blog page in html-text's layout: a short menu, the post, and a sidebar."""
    sidebar = ["Archives", *(f"{month} {year}" for year in (2011, 2010, 2009) for month in _MONTHS)]
    if not archive:
        sidebar = ["About the club", "Contact us"]
    lines = [
        "Tin Drum Weekly",
        "Home",
        "About",
        "Contact",
        "Robot Drummer Plays Its First Concert",
        "Posted on March 3, 2012 by Ivo Marsh",
        *_STORY,
        "Leave a Reply",
        *sidebar,
        "Powered by a blog engine",
    ]
    return "\n\n".join(lines) + "\n"


def test_an_archive_of_months_in_the_sidebar_is_no_part_of_the_story() -> None:
    article = parse_article(_blog_page(archive=True))
    assert article.headline == "Robot Drummer Plays Its First Concert"
    assert article.body == _STORY


@pytest.mark.parametrize(
    "line",
    [
        "This entry was posted on Saturday, March 3rd, 2012 at 10:15 am and is filed under Robots.",
        "This entry was posted in Robots. Bookmark the permalink.",
        "Posted in Robots, Music. Bookmark the permalink. Follow any comments here.",
    ],
)
def test_the_footer_of_a_blog_post_is_boilerplate(line: str) -> None:
    assert boilerplate_reason(line) == "post footer"


@pytest.mark.parametrize(
    "line",
    [
        "This entry was the last one the club sent to the fair, and it won first prize.",
        "The post was written up by the club's secretary on Monday evening.",
    ],
)
def test_sentences_about_an_entry_or_a_post_stay(line: str) -> None:
    assert boilerplate_reason(line) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("« Robot club opens its workshop to visitors", "link to the previous post"),
        ("* « Ferry season opens early", "link to the previous post"),
        ("« Nous partons demain », a dit le capitaine du port.", None),  # a quotation
        ("« Nous partons demain, tous ensemble.", None),  # a sentence
    ],
)
def test_a_link_to_the_previous_post_is_boilerplate(line: str, reason: str | None) -> None:
    assert boilerplate_reason(line) == reason


def test_first_names_between_the_author_box_heading_and_the_bio_are_the_box() -> None:
    """A first name under the author's picture, twice, before the line about them."""
    box = ("About the author", "Tamsin", "Tamsin", AUTHOR_BIO_LINE)
    page = INSCRIPTIS_PIPE_BYLINE
    paragraphs = (*page.paragraphs, MIDDLE_OF_THE_STORY[0], *box, *MIDDLE_OF_THE_STORY[1:])
    text = page.separator.join([page.before, page.header, *paragraphs, page.after])
    assert parse_article(text + "\n").body == (*page.paragraphs, *MIDDLE_OF_THE_STORY)
    found = segments_by_line(text)
    assert found[AUTHOR_BIO_LINE] == (
        "boilerplate",
        "page_furniture",
        "box of the page in the article",
    )


def test_a_paragraph_after_the_author_box_reach_is_the_story() -> None:
    """More short lines than the box's reach under the heading: the paragraph is the story's."""
    box = ("About the author", "Tamsin", "Photo", "Gallery", "Links")
    page = INSCRIPTIS_PIPE_BYLINE
    paragraphs = (*page.paragraphs, MIDDLE_OF_THE_STORY[0], *box, *MIDDLE_OF_THE_STORY[1:])
    text = page.separator.join([page.before, page.header, *paragraphs, page.after])
    assert parse_article(text + "\n").body[-1] == MIDDLE_OF_THE_STORY[-1]


_COPY_BODY = (
    "Millbrook: The ferry company said on Tuesday that the new boat would enter service in the "
    "spring, once its crew has finished training on the crossing to the island."
)


@pytest.mark.parametrize(
    "first",
    [
        "New ferry to cross the bay by spring Local , Updated Mar 03, 2021 at 09:10am CET",
        "New ferry to cross the bay by spring Local , Posted on Mar 03, 2021 at 09:10am CET",
    ],
)
def test_a_date_line_glued_after_the_first_line_of_a_copy_is_cut_off(first: str) -> None:
    """A hand copy's first line: the title, a section's name and a date line, on one line."""
    text = f"{first}\n\n    Harbour Wire\n\n      {_COPY_BODY}\n"
    article = parse_article(text)
    assert article.headline == "New ferry to cross the bay by spring"
    assert article.body == (_COPY_BODY,)


def test_a_first_line_in_title_case_before_a_glued_date_line_is_left_whole() -> None:
    """A title in title case before the joint: its last word or a section's, not known which."""
    text = f"Ferry Crosses To Millbrook , Updated Mar 03, 2021 at 09:10am\n\n      {_COPY_BODY}\n"
    assert parse_article(text).headline != "Ferry Crosses To"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Select Month March 2012 February 2012 January 2012", "page navigation"),
        ("Select Category Robots Music Fairs", "page navigation"),
        ("Proudly powered by Tinblog", "page navigation"),
        ("Powered by Tinblog.example and Drum", "page navigation"),
        ("Powered by solar panels, the new ferry will cross the bay twice a day.", None),
        ("Select committee members visited the harbour on Monday.", None),
    ],
)
def test_a_blogs_pickers_and_its_software_line_are_boilerplate(
    line: str, reason: str | None
) -> None:
    assert boilerplate_reason(line) == reason


_TEASERS = [
    line
    for place in ("Dunmere", "Kelby", "Marrow Point", "Ashcombe", "Tarrowmoor East", "Linford")
    for line in (
        f"Ferry Timetable Changes at {place}",
        (
            f"The ferry company has changed the winter timetable at {place} again, and "
            "commuters say the first boat now leaves too late for anyone who works in the city."
        ),
    )
]


def test_a_tag_line_under_the_story_ends_it_before_longer_teasers() -> None:
    """Teasers with summaries under the tags outweigh a short story: the tag line still ends it."""
    page = HTML_TEXT_EN
    paragraphs = page.paragraphs[:4]
    text = "\n".join(
        [page.before, page.header, *paragraphs, "Tags: libraries, Tarrowmoor, council",
         "More Local News...", *_TEASERS, page.after]
    )  # fmt: skip
    article = parse_article(text + "\n")
    assert article.body == paragraphs


def test_a_tag_line_over_the_story_does_not_end_it() -> None:
    """A tag line with a paragraph right under it is the header's, even after teasers' prose."""
    page = HTML_TEXT_EN
    text = "\n".join(
        [page.before, *_TEASERS[1::2], page.header, "Filed under: Libraries", *page.paragraphs,
         page.teasers, page.after]
    )  # fmt: skip
    body = parse_article(text + "\n").body
    assert body[-len(page.paragraphs) :] == page.paragraphs


def test_the_storys_own_short_lines_above_its_tag_line_stay() -> None:
    """The cut at a tag line does not take the short lines above it (the story's list)."""
    page = HTML_TEXT_EN
    listed = ("Reading hall roof", "Mill Lane entrance")
    text = "\n".join(
        [page.before, page.header, *page.paragraphs[:4], *listed,
         "Tags: libraries, Tarrowmoor, council", "More Local News...", *_TEASERS, page.after]
    )  # fmt: skip
    assert parse_article(text + "\n").body == (*page.paragraphs[:4], *listed)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("© 2024 Harbour Wire", "copyright notice"),
        (
            (
                "© 2024 Harbour Wire Ltd. All rights reserved. No part of this site may be "
                "copied, stored or sent on without the written leave of the publisher, whatever "
                "the means or the purpose of doing so."
            ),
            "copyright notice",
        ),
        (
            (
                "© Provided by Harbour Wire Ferries/Millbrook The ferry company said on Tuesday "
                "that its new boat would enter service in the spring, once the crew has finished "
                "its training on the crossing to the island and the pier has been repaired."
            ),
            None,
        ),
    ],
)
def test_a_long_line_after_a_credit_is_a_copyright_notice_only_if_it_names_rights(
    line: str, reason: str | None
) -> None:
    assert boilerplate_reason(line) == reason


def test_the_next_column_glued_after_the_first_line_is_cut_off() -> None:
    """A dump that kept a two-column layout: the headline, a wide gap, the sidebar's line."""
    first = "New Ferry Enters Service in Millbrook" + " " * 40 + "Follow us online"
    text = f"{first}\n{' ' * 77}Contact\n\n{_COPY_BODY}\n"
    assert parse_article(text).headline == "New Ferry Enters Service in Millbrook"


@pytest.mark.parametrize(
    "first",
    [
        "Boats To The Island" + " " * 12 + "Departs" + " " * 12 + "Arrives",  # a table's row
        "Ferry News" + " " * 20 + "Follow us online",  # too short to tell
    ],
)
def test_a_first_line_with_other_gaps_is_not_cut_as_two_columns(first: str) -> None:
    text = f"{first}\n\n{_COPY_BODY}\n"
    headline = parse_article(text).headline
    assert headline not in ("Boats To The Island", "Ferry News")
