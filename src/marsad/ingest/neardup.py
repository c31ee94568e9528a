"""Near-duplicate (syndicated copy) detection: MinHash LSH over word shingles.

The caller gives a normalised string (the text stage's key, say); its word
shingles of ``config.shingle_words`` words are hashed into a MinHash of
``config.minhash_permutations`` values with a fixed seed, so a signature
computed today matches one stored last year. A signature is the MinHash
values as little-endian ``uint64`` bytes; an empty signature means "too short
to have a shingle" and never matches.

LSH cuts a signature into bands (their number and width chosen by datasketch
for the threshold); two documents are candidates when one band is equal, and
a candidate is a near-duplicate when the share of equal values (the Jaccard
estimate) reaches the threshold. :meth:`NearDuplicateIndex.bands` gives each
band as a 64-bit key (a BLAKE2b digest of the band number and values: two
different bands share a key once in 2^64), so the bands of a whole corpus
can live in the store instead of in memory; :class:`NearDuplicateIndex`
itself also keeps them in memory.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

import numpy as np

from marsad.config import IngestConfig

_SEED = 1
_SCHEME = "affine64"
_DTYPE = np.dtype("<u8")


class NearDuplicateIndex:
    """Signatures, band keys and an in-memory LSH index of documents.

    >>> index = NearDuplicateIndex(IngestConfig())
    >>> sig = index.signature("one two three four five six")
    >>> index.add(1, sig)
    >>> index.find(sig)
    (1, 1.0)
    """

    def __init__(self, config: IngestConfig) -> None:
        # Imported here: datasketch brings scipy.integrate, half a second that every
        # command importing the pipeline would pay otherwise.
        from datasketch import MinHash, MinHashLSH

        self._minhash: Any = MinHash
        self._permutations = config.minhash_permutations
        self._shingle_words = config.shingle_words
        self._threshold = config.near_duplicate_threshold
        lsh = MinHashLSH(threshold=self._threshold, num_perm=self._permutations)
        width = _DTYPE.itemsize
        self._ranges = [(start * width, end * width) for start, end in lsh.hashranges]
        # Band keys hash the layout in: bands cut for another threshold never meet.
        self.layout = f"{lsh.b}x{lsh.r}/{self._permutations}"
        # Drawn once from the fixed seed (as every MinHash would draw them again).
        self._permutation_params = MinHash(
            num_perm=self._permutations, seed=_SEED, scheme=_SCHEME
        ).permutations
        self._salt = self.layout.encode("ascii")
        self._buckets: dict[int, list[int]] = {}
        self._signatures: dict[int, bytes] = {}

    def signature(self, text: str) -> bytes:
        """The MinHash of ``text``'s word shingles as bytes; ``b""`` when too short."""
        words = text.split()
        size = self._shingle_words
        if len(words) < size:
            return b""
        shingles = {
            " ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)
        }
        minhash = self._minhash(
            num_perm=self._permutations,
            seed=_SEED,
            scheme=_SCHEME,
            permutations=self._permutation_params,
        )
        minhash.update_batch(sorted(shingles))
        return np.asarray(minhash.hashvalues, dtype=_DTYPE).tobytes()

    def bands(self, signature: bytes) -> tuple[int, ...]:
        """The LSH band keys of ``signature`` (none for an empty one), as signed 64-bit ints."""
        if not self._checked(signature):
            return ()
        return tuple(
            int.from_bytes(
                hashlib.blake2b(
                    signature[start:end],
                    digest_size=8,
                    salt=band.to_bytes(4, "little"),
                    person=self._salt,
                ).digest(),
                "little",
                signed=True,
            )
            for band, (start, end) in enumerate(self._ranges)
        )

    def similarity(self, first: bytes, second: bytes) -> float:
        """The Jaccard estimate of two signatures: the share of equal values."""
        a, b = np.frombuffer(first, dtype=_DTYPE), np.frombuffer(second, dtype=_DTYPE)
        return float(np.count_nonzero(a == b)) / float(self._permutations)

    def best_match(
        self, signature: bytes, candidates: Iterable[tuple[int, bytes]]
    ) -> tuple[int, float] | None:
        """The candidate most similar to ``signature`` at or above the threshold.

        Ties go to the lowest id; ``None`` when none is similar enough.
        """
        if not self._checked(signature):
            return None
        scored = [
            (self.similarity(signature, other), doc_id)
            for doc_id, other in candidates
            if self._checked(other)
        ]
        scored = [(score, doc_id) for score, doc_id in scored if score >= self._threshold]
        if not scored:
            return None
        score, doc_id = min(scored, key=lambda item: (-item[0], item[1]))
        return doc_id, score

    def add(self, doc_id: int, signature: bytes) -> None:
        """Index a document's signature in memory; an empty signature is not indexed."""
        if not self._checked(signature) or doc_id in self._signatures:
            return
        for key in self.bands(signature):
            self._buckets.setdefault(key, []).append(doc_id)
        self._signatures[doc_id] = signature

    def find(self, signature: bytes) -> tuple[int, float] | None:
        """The most similar document indexed in memory at or above the threshold, and
        its Jaccard estimate. Ties go to the lowest id. ``None`` when nothing is similar
        enough or the signature is empty.
        """
        found = {doc_id for key in self.bands(signature) for doc_id in self._buckets.get(key, ())}
        return self.best_match(signature, ((i, self._signatures[i]) for i in sorted(found)))

    def __len__(self) -> int:
        return len(self._signatures)

    def _checked(self, signature: bytes) -> bool:
        """Whether ``signature`` is non-empty; raises for one of another size."""
        if not signature:
            return False
        expected = self._permutations * _DTYPE.itemsize
        if len(signature) != expected:
            raise ValueError(
                f"signature of {len(signature)} bytes; this index expects {expected} "
                f"({self._permutations} permutations): recompute it with the same config"
            )
        return True
