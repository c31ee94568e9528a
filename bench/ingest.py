"""Ingest speed: `marsad ingest` against a read-and-decode baseline.

Builds a corpus of N documents (default 10,000) by recombining the
paragraphs of the example corpus, then runs, each in its own process:

  baseline  read every file and decode it (what any ingest must do)
  ingest    `marsad --db TMP ingest DIR --quiet`

and prints documents/s, MB/s and peak memory for both, and their ratio.

    python bench/ingest.py [--docs 10000] [--seed 7] [--keep DIR]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
MARSAD = Path(sys.executable).with_name("marsad")

BASELINE = """
import sys
from pathlib import Path
from charset_normalizer import from_bytes
total = 0
for path in sorted(Path(sys.argv[1]).rglob("*.txt")):
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = str(from_bytes(data).best())
    total += len(text)
print(total)
"""


def example_paragraphs() -> list[str]:
    """Paragraphs of every text in the example corpus."""
    texts: list[str] = []
    for path in sorted(EXAMPLES.rglob("*")):
        name = path.name
        if name.endswith(".meta.json") or name == "README.md" or not path.is_file():
            continue
        data = gzip.decompress(path.read_bytes()) if name.endswith(".gz") else path.read_bytes()
        if name.endswith(".jsonl"):
            for line in data.decode("utf-8").splitlines():
                if line.strip():
                    texts.append(json.loads(line).get("text", ""))
        elif name.endswith((".txt", ".txt.gz")):
            try:
                texts.append(data.decode("utf-8"))
            except UnicodeDecodeError:
                texts.append(data.decode("cp1256"))
    return [p.strip() for t in texts for p in t.split("\n") if len(p.strip()) > 30]


def build_corpus(target: Path, count: int, seed: int) -> int:
    """Write `count` recombined documents under `target`; return total bytes."""
    rng = random.Random(seed)
    paragraphs = example_paragraphs()
    if not paragraphs:
        sys.exit("bench: no example paragraphs found under examples/")
    total = 0
    for i in range(count):
        folder = target / f"{i // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        chosen = rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(3, 8)))
        body = f"Report {i}\n\n" + "\n\n".join(chosen) + "\n"
        data = body.encode("utf-8")
        (folder / f"doc{i:05d}.txt").write_bytes(data)
        total += len(data)
    return total


def run(argv: list[str]) -> tuple[float, int]:
    """Run a command; return wall seconds and the peak RSS (KiB) of children so far."""
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    return elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss


def report(label: str, docs: int, size: int, seconds: float, peak_kib: int) -> None:
    print(
        f"{label:<9} {docs / seconds:10.1f} docs/s {size / seconds / 1e6:8.2f} MB/s "
        f"{seconds:8.1f} s   peak {peak_kib / 1024:7.1f} MiB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="build the corpus here and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.keep or Path(tmp) / "corpus"
        size = build_corpus(corpus, args.docs, args.seed)
        print(f"corpus: {args.docs} documents, {size / 1e6:.1f} MB in {corpus}")
        base_s, base_peak = run([sys.executable, "-c", BASELINE, str(corpus)])
        # ru_maxrss of children is a running maximum: ingest runs second and
        # uses more memory than the baseline, so its figure is its own peak.
        ing_s, ing_peak = run([str(MARSAD), "--db", str(Path(tmp) / "bench.db"), "ingest",
                               str(corpus), "--quiet"])  # fmt: skip
    report("baseline", args.docs, size, base_s, base_peak)
    report("ingest", args.docs, size, ing_s, ing_peak)
    print(f"ratio     ingest takes {ing_s / base_s:.1f}x the baseline's time")


if __name__ == "__main__":
    main()
