"""Query speed: profile, claims and search latency on a large store.

Builds (or reuses) a store of N documents (default 100,000) recombined from
the example corpus, as bench/ingest.py does, then times in one process:

  profile   find the entity by name + its whole profile
  claims    the claims ledger of the entity
  search    full-text sentence search of one or two words

over entity names drawn from the store (the most documented ones and a
random sample), and prints p50 / p95 / max in milliseconds.

    python bench/query.py [--docs 100000] [--db PATH (kept; reused if present)] [--runs 200]
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ingest import MARSAD, build_corpus

from marsad import pipeline, query
from marsad.config import load_config
from marsad.store import Store
from marsad.text import load_text_resources


def build_store(db: Path, docs: int, seed: int) -> None:
    """Ingest a recombined corpus of ``docs`` documents into ``db``."""
    with tempfile.TemporaryDirectory(prefix="marsad-bench-") as folder:
        size = build_corpus(Path(folder), docs, seed)
        print(f"corpus    {docs} documents, {size / 1e6:.1f} MB; ingesting (this takes a while)")
        start = time.perf_counter()
        subprocess.run([str(MARSAD), "--db", str(db), "ingest", folder, "--quiet"], check=False)
        print(f"ingest    {time.perf_counter() - start:.0f} s")


def timed(label: str, calls: list[Callable[[], object]]) -> None:
    """Run every call once and print latency percentiles."""
    times: list[float] = []
    for call in calls:
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    print(
        f"{label:<9} n={len(times):<5} p50 {statistics.median(times):7.1f} ms   "
        f"p95 {p95:7.1f} ms   max {times[-1]:7.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="marsad-bench-db-") as scratch:
        db = args.db or Path(scratch) / "bench.db"
        if not db.exists():
            build_store(db, args.docs, args.seed)
        config = load_config()
        stances = query.load_stances(config.extract.outlets_table)
        words = load_text_resources(config.text)
        rng = random.Random(args.seed)
        with Store.open(db) as store:
            print(f"store     {len(store.documents())} documents")
            top, total = store.entities(None, None, 0, 40)
            sample, _ = store.entities(None, None, rng.randrange(max(1, total - 40)), 40)
            names = [e.names[0]["name"] if e.names else e.canonical for e in top + sample]
            picks = [rng.choice(names) for _ in range(args.runs)]
            print(f"entities  {total} in the knowledge base; {len(set(picks))} names queried")

            def profile(name: str) -> object:
                return query.build_profile(store, query.find_entity(store, name), stances)

            def claims(name: str) -> object:
                return query.claims_about(store, query.find_entity(store, name), stances)

            def search(name: str) -> object:
                return pipeline.search(store, " ".join(name.split()[:2]), words)

            timed("profile", [lambda n=n: profile(n) for n in picks])
            timed("claims", [lambda n=n: claims(n) for n in picks])
            timed("search", [lambda n=n: search(n) for n in picks])


if __name__ == "__main__":
    main()
