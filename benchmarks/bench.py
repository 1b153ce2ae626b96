"""Parsing speed: articles/s and MB/s over the shared corpus, against a str.splitlines() floor.

Usage (from the project root)::

    python benchmarks/bench.py                   # every .txt under ../shared/corpus
    python benchmarks/bench.py --runs 7 --corpus DIR

It reports the median of several runs, and a scaling check: the same texts joined into
documents 1, 4 and 16 times as long must take about the same time per megabyte (parsing is
linear in the input). Without the shared corpus it falls back to the project's own articles.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import newsparse

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def load(corpus: Path) -> list[str]:
    """The texts to parse: the corpus, or the project's examples and golden articles."""
    paths = sorted(corpus.rglob("*.txt")) if corpus.is_dir() else []
    if not paths:
        print(f"(no corpus at {corpus}; using the project's own articles)")
        paths = sorted((ROOT / "examples").glob("*.txt")) + sorted(
            (ROOT / "tests" / "golden").glob("*.txt")
        )
    return [path.read_text(encoding="utf-8") for path in paths]


def median_seconds(work: Callable[[], object], runs: int) -> float:
    """The median wall time of ``runs`` calls of ``work``."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def report(label: str, count: int, megabytes: float, seconds: float) -> None:
    """Print one row of figures."""
    print(
        f"{label:<28} {count / seconds:>10.0f} articles/s {megabytes / seconds:>8.2f} MB/s "
        f"({seconds:.3f} s median)"
    )


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    texts = load(args.corpus)
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    print(f"{len(texts)} texts, {megabytes:.1f} MB, median of {args.runs} runs")

    def parse_all() -> None:
        for text in texts:
            newsparse.parse_article(text)

    def split_all() -> None:
        for text in texts:
            text.splitlines()

    parse_all()  # warm up: imports, compiled patterns
    report("newsparse.parse_article", len(texts), megabytes, median_seconds(parse_all, args.runs))
    report("floor: str.splitlines()", len(texts), megabytes, median_seconds(split_all, args.runs))

    print("scaling (seconds per MB should stay flat):")
    sample = "\n\n".join(texts[:200])
    for factor in (1, 4, 16):
        document = "\n\n".join([sample] * factor)
        size = len(document.encode("utf-8")) / 1e6
        seconds = median_seconds(lambda document=document: newsparse.parse_article(document), 3)
        print(f"  x{factor:<3} {size:>7.2f} MB  {seconds / size:>7.3f} s/MB")


if __name__ == "__main__":
    main()
