"""The ``newsparse`` command.

``newsparse parse FILE... | -``   print each article as JSON (``--jsonl``: one per line); an
                                  input that cannot be read gives ``null`` in its place
``newsparse explain FILE | -``     print each line with its label and the detector behind it

Exit codes: 0 success, 1 an input could not be read or decoded, 2 bad usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from newsparse._version import __version__
from newsparse.document import Document
from newsparse.label import read_document
from newsparse.models import Article, Segment
from newsparse.parse import parse_article
from newsparse.serialize import to_dict
from newsparse.textio import DecodeError, decode

REASON_WIDTH = 48
EXIT_OK = 0
EXIT_INPUT = 1


class InputError(Exception):
    """An input file could not be read or decoded."""


def _read(source: str, encoding: str | None) -> str:
    try:
        data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{source}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{source}: is a directory") from None
    except OSError as error:
        raise InputError(f"{source}: cannot read: {error.strerror or error}") from None
    try:
        return decode(data, encoding)
    except DecodeError as error:
        raise InputError(f"{source}: {error}") from None


def _record(article: Article, *, segments: bool) -> dict[str, Any]:
    data = to_dict(article)
    if not segments:
        del data["segments"]
    return data


def _parse(args: argparse.Namespace, out: TextIO) -> int:
    status = EXIT_OK
    records: list[dict[str, Any] | None] = []
    for source in args.files:
        record: dict[str, Any] | None
        try:
            text = _read(source, args.encoding)
        except InputError as error:
            print(f"newsparse: {error}", file=sys.stderr)
            status = EXIT_INPUT
            record = None
        else:
            record = _record(parse_article(text), segments=not args.no_segments)
        if args.jsonl:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            records.append(record)
    if not args.jsonl and (len(args.files) > 1 or records[0] is not None):
        document: Any = records[0] if len(args.files) == 1 else records
        out.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    return status


def explain_lines(text: str, segments: Sequence[Segment]) -> list[str]:
    """One row per line piece: line number, label, detector, reason, and the text.

    A line that two segments share (a dateline and the sentence after it) gets a row for each.
    """
    rows = []
    line_number = 1
    for segment in segments:
        piece_start = segment.start
        for part in text[segment.start : segment.end].splitlines(keepends=True) or [""]:
            shown = part.rstrip("\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029")
            rows.append(
                f"{line_number:>5}  {segment.label:<11} {segment.detector:<11} "
                f"{segment.reason:<{REASON_WIDTH}} | {shown}"
            )
            if len(shown) != len(part):
                line_number += 1
            piece_start += len(part)
    return rows


def explain_summary(text: str) -> list[str]:
    r"""What the parse decided about the text as a whole, one ``#`` row each.

    The language it read the text in, whether it took the text for a whole page and why,
    where the article lies in it, and which line the page analysis chose as the headline.

    >>> for row in explain_summary("Dam opens\n\nBy Ana Lima\n\nThe dam opened on Monday.\n"):
    ...     print(row)
    # language: not told (too few words)
    # not a page: too few short lines, or no sign of a site (menu, notice, account link)
    """
    doc = Document.from_text(text)
    language, region = read_document(doc)
    rows = [f"# language: {language or 'not told (too few words)'}", f"# {region.reason}"]
    if region.is_page:

        def number(index: int) -> int:
            return len(text[: doc.lines[index].start].splitlines()) + 1

        rows.append(
            f"# the article: lines {number(region.start)} to {number(region.end - 1)}"
            + (
                f", headline on line {number(region.headline)}"
                if region.headline is not None
                else ""
            )
        )
    return rows


def _explain(args: argparse.Namespace, out: TextIO) -> int:
    try:
        text = _read(args.file, args.encoding)
    except InputError as error:
        print(f"newsparse: {error}", file=sys.stderr)
        return EXIT_INPUT
    segments = parse_article(text).segments
    if args.json:
        data = [to_dict_segment(segment) for segment in segments]
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        for row in explain_summary(text):
            out.write(row + "\n")
        out.write(
            f"{'line':>5}  {'label':<11} {'detector':<11} {'reason':<{REASON_WIDTH}} | text\n"
        )
        for row in explain_lines(text, segments):
            out.write(row + "\n")
    return EXIT_OK


def to_dict_segment(segment: Segment) -> dict[str, Any]:
    """A segment as plain data."""
    return {
        "start": segment.start,
        "end": segment.end,
        "label": segment.label,
        "detector": segment.detector,
        "reason": segment.reason,
    }


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``newsparse`` command."""
    parser = argparse.ArgumentParser(
        prog="newsparse", description="Parse the plain text of news articles."
    )
    parser.add_argument("--version", action="version", version=f"newsparse {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    parse = commands.add_parser("parse", help="print articles as JSON")
    parse.add_argument("files", nargs="+", metavar="FILE", help="text files, or - for stdin")
    parse.add_argument("--jsonl", action="store_true", help="one JSON record per line")
    parse.add_argument("--no-segments", action="store_true", help="leave out the segments")
    parse.add_argument("--encoding", help="the files' encoding (default: BOM, then UTF-8)")
    parse.set_defaults(run=_parse)

    explain = commands.add_parser("explain", help="show what each line was taken for")
    explain.add_argument("file", metavar="FILE", help="a text file, or - for stdin")
    explain.add_argument("--json", action="store_true", help="the segments as JSON")
    explain.add_argument("--encoding", help="the file's encoding (default: BOM, then UTF-8)")
    explain.set_defaults(run=_explain)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit code."""
    args = build_parser().parse_args(argv)
    out = sys.stdout
    try:
        status: int = args.run(args, out)
    except BrokenPipeError:  # `newsparse parse ... | head`
        sys.stderr.close()
        return EXIT_OK
    return status
