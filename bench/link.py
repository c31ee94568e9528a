"""Linking speed: `link_entities` over a synthetic corpus, beside a baseline.

Generates N documents (default 100,000) of 20 entities each, drawn from a
pool of N actors, places and persons that each have four spellings (a
usual Latin one, two rarer vowel variants, an Arabic-script form; some
have a table or gazetteer id). Four draws in five follow a heavy-tailed
(Pareto) popularity, one in five is uniform over the pool (the long tail);
every tenth document carries an alias hint. Then times:

  baseline  group the items by their exact key in a dict (what any linker does)
  link      marsad.link.link_entities

and prints items/s for both, their ratio, the entity count and peak memory.

    python bench/link.py [--docs 100000] [--per-doc 20] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import resource
import time
from collections import defaultdict

from marsad.config import LinkConfig
from marsad.link import link_entities, load_link_resources
from marsad.records import EntityType, LinkHint, LinkItem

CONSONANTS = "bdfjklmnrstz"
VOWELS = "aeiou"
ARABIC = dict(zip(CONSONANTS, "بدفجكلمنرستز", strict=True))
SPELLING_WEIGHTS = (70, 10, 5, 15)  # the usual Latin spelling, two rarer ones, Arabic
TYPES: tuple[EntityType, ...] = ("actor", "place", "person")


def make_word(rng: random.Random) -> list[str]:
    """A word as a list of consonants (its skeleton)."""
    return [rng.choice(CONSONANTS) for _ in range(rng.randint(2, 4))]


def spell_latin(word: list[str], rng: random.Random) -> str:
    return "".join(c + rng.choice(VOWELS) for c in word).capitalize()


def spell_arabic(word: list[str]) -> str:
    return "ا".join(ARABIC[c] for c in word)


def make_pool(rng: random.Random, size: int) -> list[tuple[EntityType, str, list[str]]]:
    """Entities: type, key (strong or grammar), spellings."""
    pool: list[tuple[EntityType, str, list[str]]] = []
    for number in range(size):
        entity_type = TYPES[number % 3]
        words = [make_word(rng) for _ in range(rng.randint(2, 3))]
        spellings = [" ".join(spell_latin(w, rng) for w in words) for _ in range(3)]
        spellings.append(" ".join(spell_arabic(w) for w in words))
        if entity_type == "place" and number % 2:
            key = f"place:gn:{number}"
        elif entity_type == "actor" and number % 5 == 0:
            key = f"actor:a{number}"
        else:
            key = ""
        pool.append((entity_type, key, spellings))
    return pool


def make_corpus(docs: int, per_doc: int, seed: int) -> tuple[list[LinkItem], list[LinkHint]]:
    rng = random.Random(seed)
    pool = make_pool(rng, max(1000, docs))
    items: list[LinkItem] = []
    hints: list[LinkHint] = []
    for document in range(docs):
        for local in range(per_doc):
            pick = rng.randrange(len(pool)) if local % 5 == 0 else int(rng.paretovariate(0.9) * 5)
            entity_type, key, spellings = pool[pick % len(pool)]
            name = rng.choices(spellings, SPELLING_WEIGHTS)[0]
            grammar = key or f"{entity_type}:{name.lower()}"
            items.append(LinkItem(document, f"e{local}", entity_type, name, (name,), grammar))
        if document % 10 == 0:
            hints.append(LinkHint(document, "alias", "e0", "e1"))
    return items, hints


def group_by_key(items: list[LinkItem]) -> int:
    groups: dict[str, list[LinkItem]] = defaultdict(list)
    for item in items:
        groups[item.key].append(item)
    return len(groups)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--per-doc", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    config = LinkConfig()
    resources = load_link_resources(config)
    items, hints = make_corpus(args.docs, args.per_doc, args.seed)
    started = time.perf_counter()
    group_by_key(items)
    baseline = time.perf_counter() - started
    started = time.perf_counter()
    linking = link_entities(items, hints, resources, config)
    took = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"items      {len(items):>12,}  ({args.docs:,} documents)")
    print(f"baseline   {len(items) / baseline:>12,.0f} items/s  {baseline:7.2f} s")
    print(f"link       {len(items) / took:>12,.0f} items/s  {took:7.2f} s")
    print(f"ratio      {took / baseline:>12.1f} x baseline")
    print(f"entities   {len(linking.entities):>12,}")
    print(f"peak RSS   {peak:>12,.0f} MB")


if __name__ == "__main__":
    main()
