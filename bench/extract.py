"""Extraction speed: the full default pipeline against a read-and-normalise baseline.

Builds the bench corpus of bench/ingest.py (documents recombined from the
paragraphs of examples/), then runs, each in its own process:

  baseline  read every file, decode it and normalise its text (marsad.text)
  pipeline  `marsad --db TMP ingest DIR --quiet`: read, normalise, extract,
            store, then link the knowledge base

and prints, for each, documents/s and MB/s on the wall clock, MB/s per core
(bytes over the process's CPU seconds, user + system) and the process's
peak resident memory. The pipeline also runs on a smaller prefix of the same
corpus (``--small``, 2,000 documents by default) to show whether its memory
grows with the corpus.

    python bench/extract.py [--docs 10000] [--small 2000] [--seed 7] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ingest import MARSAD, build_corpus

BASELINE = """
import sys
from pathlib import Path
from charset_normalizer import from_bytes
from marsad.config import TextConfig
from marsad.text import load_text_resources, normalise_text
resources = load_text_resources(TextConfig())
total = 0
for path in sorted(Path(sys.argv[1]).rglob("*.txt")):
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = str(from_bytes(data).best())
    total += len(normalise_text(text, (), resources).normalised)
print(total)
"""


@dataclass(frozen=True)
class Run:
    """What one process cost: wall and CPU seconds, peak resident memory."""

    wall: float
    cpu: float
    peak_mib: float


def run(argv: list[str]) -> Run:
    """Run a command to the end; its own wall time, CPU time and peak memory."""
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):  # 1: some items failed
        sys.exit(f"bench: {argv[0]} exited with {os.waitstatus_to_exitcode(status)}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def report(label: str, docs: int, size: int, result: Run) -> None:
    print(
        f"{label:<16} {docs / result.wall:8.1f} docs/s {size / result.wall / 1e6:6.2f} MB/s "
        f"{size / result.cpu / 1e6:6.2f} MB/s/core {result.wall:7.1f} s wall "
        f"{result.cpu:7.1f} s cpu   peak {result.peak_mib:6.1f} MiB"
    )


def ingest(corpus: Path, scratch: Path, name: str) -> Run:
    db = scratch / f"{name}.db"
    return run([str(MARSAD), "--db", str(db), "ingest", str(corpus), "--quiet"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--small", type=int, default=2_000, help="0 skips the memory check")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="build the corpus here and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="marsad-bench-") as tmp:
        scratch = Path(tmp)
        corpus = args.keep or scratch / "corpus"
        size = build_corpus(corpus, args.docs, args.seed)
        print(f"corpus: {args.docs} documents, {size / 1e6:.1f} MB in {corpus}")
        baseline = run([sys.executable, "-c", BASELINE, str(corpus)])
        report("baseline", args.docs, size, baseline)
        full = ingest(corpus, scratch, "full")
        report("pipeline", args.docs, size, full)
        print(
            f"ratio            the pipeline takes {full.cpu / baseline.cpu:.1f}x "
            "the baseline's CPU time"
        )
        if 0 < args.small < args.docs:
            # The same seed draws the same first documents: a prefix of the corpus.
            small_corpus = scratch / "small"
            small_size = build_corpus(small_corpus, args.small, args.seed)
            small = ingest(small_corpus, scratch, "small")
            report(f"pipeline {args.small}", args.small, small_size, small)
            print(
                f"memory           peak {small.peak_mib:.0f} MiB at {args.small} documents, "
                f"{full.peak_mib:.0f} MiB at {args.docs} "
                f"({full.peak_mib / small.peak_mib:.2f}x for {args.docs / args.small:.0f}x "
                "the documents)"
            )


if __name__ == "__main__":
    main()
