"""The sha256 of the raw bytes, computed beside the decoding."""

from __future__ import annotations

import hashlib
import threading


class Digest:
    """The sha256 of ``data``, computed in a thread while the bytes are decoded (hashlib
    lets go of the interpreter for long data, so a long page hashes beside the decoding
    instead of before it).

    >>> Digest(b"abc").hexdigest()[:16]
    'ba7816bf8f01cfea'
    """

    THREAD_MIN = 1 << 20

    def __init__(self, data: bytes):
        self._hex = self._thread = None
        if len(data) < self.THREAD_MIN:
            self._hex = hashlib.sha256(data).hexdigest()
            return
        box = self._box = []
        self._thread = threading.Thread(target=lambda: box.append(hashlib.sha256(data).hexdigest()), daemon=True)
        self._thread.start()

    def hexdigest(self) -> str:
        if self._hex is None:
            self._thread.join()
            self._hex = self._box[0]
        return self._hex
