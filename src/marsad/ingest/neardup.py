"""Near-duplicate (syndicated copy) detection: MinHash LSH over word shingles.

The caller gives a normalised string (the text stage's key, say); its word
shingles of ``config.shingle_words`` words are hashed into a MinHash of
``config.minhash_permutations`` values with a fixed seed, so a signature
computed today matches one stored last year. A signature is the MinHash
values as little-endian ``uint64`` bytes; an empty signature means "too short
to have a shingle" and never matches.
"""

from __future__ import annotations

import numpy as np
from datasketch import MinHash, MinHashLSH

from marsad.config import IngestConfig

_SEED = 1
_SCHEME = "affine64"
_DTYPE = np.dtype("<u8")


class NearDuplicateIndex:
    """An in-memory LSH index of document signatures.

    >>> index = NearDuplicateIndex(IngestConfig())
    >>> sig = index.signature("one two three four five six")
    >>> index.add(1, sig)
    >>> index.find(sig)
    (1, 1.0)
    """

    def __init__(self, config: IngestConfig) -> None:
        self._permutations = config.minhash_permutations
        self._shingle_words = config.shingle_words
        self._threshold = config.near_duplicate_threshold
        self._lsh = MinHashLSH(threshold=self._threshold, num_perm=self._permutations)
        self._signatures: dict[int, MinHash] = {}
        # Drawn once from the fixed seed (as every MinHash would draw them again).
        self._permutation_params = MinHash(
            num_perm=self._permutations, seed=_SEED, scheme=_SCHEME
        ).permutations

    def signature(self, text: str) -> bytes:
        """The MinHash of ``text``'s word shingles as bytes; ``b""`` when too short."""
        words = text.split()
        size = self._shingle_words
        if len(words) < size:
            return b""
        shingles = {
            " ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)
        }
        minhash = MinHash(
            num_perm=self._permutations,
            seed=_SEED,
            scheme=_SCHEME,
            permutations=self._permutation_params,
        )
        minhash.update_batch(sorted(shingles))
        return np.asarray(minhash.hashvalues, dtype=_DTYPE).tobytes()

    def add(self, doc_id: int, signature: bytes) -> None:
        """Index a document's signature; an empty signature is not indexed."""
        minhash = self._minhash(signature)
        if minhash is None or doc_id in self._signatures:
            return
        self._lsh.insert(doc_id, minhash)
        self._signatures[doc_id] = minhash

    def find(self, signature: bytes) -> tuple[int, float] | None:
        """The most similar indexed document at or above the threshold, and its Jaccard estimate.

        Ties go to the lowest id. ``None`` when nothing is similar enough or
        the signature is empty.
        """
        minhash = self._minhash(signature)
        if minhash is None:
            return None
        scored = [
            (float(minhash.jaccard(self._signatures[key])), int(key))
            for key in self._lsh.query(minhash)
        ]
        scored = [(score, key) for score, key in scored if score >= self._threshold]
        if not scored:
            return None
        score, key = min(scored, key=lambda item: (-item[0], item[1]))
        return key, score

    def __len__(self) -> int:
        return len(self._signatures)

    def _minhash(self, signature: bytes) -> MinHash | None:
        if not signature:
            return None
        expected = self._permutations * _DTYPE.itemsize
        if len(signature) != expected:
            raise ValueError(
                f"signature of {len(signature)} bytes; this index expects {expected} "
                f"({self._permutations} permutations): recompute it with the same config"
            )
        values = np.frombuffer(signature, dtype=_DTYPE).astype(np.uint64)
        return MinHash(
            seed=_SEED, hashvalues=values, scheme=_SCHEME, permutations=self._permutation_params
        )
