"""Finding the article in a whole web page, from the text alone.

Text dumped from a page (by an HTML-to-text tool, a browser's ``innerText``, a crawl) holds
menus, teasers, footers and comments around the story. Text keeps no DOM, but it keeps enough:

1. Each line gets a score: prose (long, ending like a sentence, dense in function words of
   its language, or in a script written without spaces) scores its length; furniture (list
   bullets, short lines, lines repeated elsewhere in the page) scores below zero.
2. The *core* of the body is the run of lines with the largest total score (the maximum-sum
   subarray, as in boilerpipe's and jusText's densest-block ideas), cut short where a
   comments section opens.
3. The *header* is searched for above the core: the headline is a title-shaped line not far
   above it, preferably one that matches the page's ``<title>`` (which html-text writes as
   the first line), and the byline and date lines lie between the two.

Documents that do not look like pages (few short, list-like lines) are left whole, so clean
articles and wire copy parse as before. Everything is one pass over the lines plus constant
work per line.

The parts, one module each: :mod:`~newsparse.region.lines` (a line's score),
:mod:`~newsparse.region.gate` (is it a page?), :mod:`~newsparse.region.header` (the headline
and its header), :mod:`~newsparse.region.ends` (where the story ends),
:mod:`~newsparse.region.boxes` (boxes of other stories inside it),
:mod:`~newsparse.region.markers` (the patterns of the lines that mark those parts) and
:mod:`~newsparse.region.article`, which puts them together.
"""

from newsparse.region.article import Region, find_article
from newsparse.region.boxes import find_boxes, is_author_box_heading, is_box_heading
from newsparse.region.ends import opens_other_stories, opens_what_follows

__all__ = [
    "Region",
    "find_article",
    "find_boxes",
    "is_author_box_heading",
    "is_box_heading",
    "opens_other_stories",
    "opens_what_follows",
]
