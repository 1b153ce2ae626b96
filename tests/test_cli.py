"""The newsparse command: parse and explain, errors and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsparse import from_dict
from newsparse.cli import main

ARTICLE = (
    "Ferry returns\n\nBy Ana Lima\n\nOSLO (NTB) - The ferry sailed at dawn.\n\nAdvertisement\n"
)


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "ferry.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_parse_prints_the_article_as_json(
    article_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`parse FILE` prints one JSON object that loads back into an Article."""
    assert main(["parse", str(article_file)]) == 0
    data = json.loads(capsys.readouterr().out)
    article = from_dict(data)
    assert article.headline == "Ferry returns"
    assert article.dateline is not None
    assert article.dateline.place == "OSLO"
    assert data["segments"]


def test_parse_several_files_as_jsonl(
    article_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--jsonl` prints one record per line, in input order."""
    assert main(["parse", "--jsonl", "--no-segments", str(article_file), str(article_file)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert all("segments" not in json.loads(line) for line in lines)


def test_parse_several_files_as_a_list(
    article_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --jsonl, several files give a JSON list."""
    assert main(["parse", str(article_file), str(article_file)]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2


def test_missing_file_is_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A missing file is reported by name on stderr with exit code 1."""
    assert main(["parse", str(tmp_path / "nope.txt")]) == 1
    assert "nope.txt: no such file" in capsys.readouterr().err


def test_undecodable_file_is_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Bytes that are not UTF-8 are reported with their offset, exit code 1."""
    path = tmp_path / "latin.txt"
    path.write_bytes(b"Caf\xe9 reopens\n")
    assert main(["parse", str(path)]) == 1
    assert "offset 3" in capsys.readouterr().err


def test_encoding_option_decodes_other_encodings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--encoding cp1252` reads a Windows-1252 file."""
    path = tmp_path / "latin.txt"
    path.write_bytes(b"Caf\xe9 reopens\n\nThe caf\xe9 reopened today.\n")
    assert main(["parse", "--encoding", "cp1252", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["headline"] == "Café reopens"


def test_good_files_still_print_when_one_is_missing(
    article_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One bad input does not stop the others; it is null in its place; the exit code is 1."""
    assert main(["parse", "--jsonl", str(tmp_path / "nope.txt"), str(article_file)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert json.loads(lines[0]) is None
    assert json.loads(lines[1])["headline"] == "Ferry returns"
    assert main(["parse", str(article_file), str(tmp_path / "nope.txt")]) == 1
    assert json.loads(capsys.readouterr().out)[1] is None


def test_explain_shows_each_line_with_label(
    article_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`explain` prints every line with its label and detector; a shared line gets two rows."""
    assert main(["explain", str(article_file)]) == 0
    out = [row for row in capsys.readouterr().out.splitlines() if not row.startswith("#")]
    assert out[0].split()[0] == "line"
    assert out[1].split()[:3] == ["1", "headline", "headline"]
    rows = [line.split()[:2] for line in out[1:]]
    assert ["5", "dateline"] in rows
    assert ["5", "paragraph"] in rows
    assert ["7", "boilerplate"] in rows


def test_explain_json_lists_segments(
    article_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`explain --json` prints the segments with offsets that tile the file."""
    assert main(["explain", "--json", str(article_file)]) == 0
    segments = json.loads(capsys.readouterr().out)
    assert segments[0]["start"] == 0
    assert segments[-1]["end"] == len(ARTICLE)


def test_usage_error_is_exit_2() -> None:
    """A missing sub-command is a usage error, exit code 2."""
    with pytest.raises(SystemExit) as exit_info:
        main([])
    assert exit_info.value.code == 2


def test_python_dash_m_reads_stdin() -> None:
    """`python -m newsparse parse -` reads the article from standard input."""
    result = subprocess.run(
        [sys.executable, "-m", "newsparse", "parse", "--no-segments", "-"],
        input=ARTICLE.encode(),
        capture_output=True,
        check=True,
    )
    assert json.loads(result.stdout)["authors"][0]["name"] == "Ana Lima"
