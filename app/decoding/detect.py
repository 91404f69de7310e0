"""Finding the encoding of bytes that are neither Unicode with a BOM nor UTF-8.

chardet's guess on the first 64 KiB is upgraded to the superset codec (GB2312/GBK ->
GB18030, Big5 -> Big5-HKSCS) and checked by decoding the *whole* input strictly.  The
legacy CJK encodings read each other's bytes cleanly, so their clean readings are weighed
against each other (``cjk.py``): a clear winner is used, a likely one with a warning that
names it and its confidence, and a close call is refused with the candidates named.  A
Latin guess for mostly high-bit bytes is refused unless chardet is sure.
"""

from __future__ import annotations

import codecs

from .. import messages as msg
from ..messages import say
from . import cjk
from .names import is_cjk_codec, is_multibyte, normalize_encoding_name
from .result import DecodeError, Reading, cut_short, pretty, strict, where
from .textstats import SAMPLE_BYTES, controls, high_bytes
from .wide import utf16_by_density

#: A weighed reading this likely is used without a word, one this likely with a warning;
#: below, the input is refused with the candidates named.
SURE, LIKELY = 0.99, 0.90
_WORTH_NAMING = 0.02  # a rival less likely than this goes unmentioned


def chardet_guess(data: bytes) -> tuple[str, float] | None:
    """(codec, confidence) proposed by chardet for a sample of *data*, or None."""
    import chardet  # here, not at the top: a UTF-8 page, nearly every page, never needs it

    try:
        res = chardet.detect(data[:SAMPLE_BYTES])
    except Exception:  # pragma: no cover - a detector bug must not hide the file
        return None
    codec = normalize_encoding_name(res.get("encoding"))
    if codec is None:
        return None
    return codec, float(res.get("confidence") or 0.0)


class _Readings:
    """The clean readings of one input, each decoded once.

    A reading is clean when the bytes decode strictly and the text has no control
    characters.  ``of_sample`` looks at the first 64 KiB only (a character cut at its end
    is no fault): the weighing needs no more, and only the readings it could choose are
    then decoded whole.
    """

    def __init__(self, data: bytes):
        self.data = data
        self.sample = data[:SAMPLE_BYTES]
        self._whole: dict[str, str | None] = {}
        self._of_sample: dict[str, str] = {}

    def whole(self, codec: str) -> str | None:
        if codec not in self._whole:
            text, _ = strict(self.data, codec)
            self._whole[codec] = text if text is not None and not controls(text) else None
        return self._whole[codec]

    def of_sample(self, codec: str) -> str | None:
        if len(self.data) <= SAMPLE_BYTES:
            return self.whole(codec)
        if codec not in self._of_sample:
            try:
                text = codecs.getincrementaldecoder(codec)().decode(self.sample, final=False)
            except UnicodeDecodeError:
                text = None
            self._of_sample[codec] = text if text is not None and not controls(text) else None
        return self._of_sample[codec]


def detect(data: bytes, name: str, guess: tuple[str, float] | None, notes: list) -> Reading | None:
    """The reading of *data* the evidence supports, or None when nothing decodes cleanly.

    *guess* is chardet's (codec, confidence).  Raises a :class:`DecodeError` (reason
    ``'ambiguous'``) when several CJK encodings read the bytes and none clearly wins.
    Appends to *notes* a hint for the error message when a guess was turned down.
    """
    codec, conf = guess if guess is not None else (None, 0.0)
    if codec == "utf-8":
        return None  # the detector saw UTF-8 but the whole input is not: corrupt UTF-8
    readings = _Readings(data)
    if codec is not None and codec.startswith(("gb", "big5", "cp950", "utf")) and conf >= 0.5:
        # a confident Chinese or UTF-16/32 guess: used if clean, reported if not
        text = readings.whole(codec)
        if text is None:
            return None
        if codec.startswith("utf"):
            return Reading(text, codec, conf)
    weighed = _weigh_cjk(readings, name, guess)
    if weighed is not None:
        return weighed
    # BOM-less UTF-16 of pure CJK text (no NUL bytes to go by): a strict test
    wide = utf16_by_density(data)
    if wide is not None:
        return Reading(*wide)
    if codec is None:
        return None
    if is_cjk_codec(codec) and cjk.family(codec) is None:
        # one not weighed (ISO-2022, HZ, Johab): used if clean, with a warning unless sure
        text = readings.whole(codec)
        if text is None:
            return None
        return Reading(text, codec, conf, None if conf >= SURE else _likely_warning(name, codec, conf, []))
    if is_multibyte(codec):
        return None
    return _single_byte(readings, codec, conf, notes)


def _weigh_cjk(readings: _Readings, name: str, guess: tuple[str, float] | None) -> Reading | None:
    """The legacy CJK reading that wins the weighing (see ``cjk.py``), or None when no
    clean reading beats "none of them"."""
    # Big5 and Shift_JIS take ASCII letters as second bytes, so the "ès" of a Latin-1 "très"
    # is one of their characters: they are weighed only when the input looks CJK at all
    sample = readings.sample
    dense = high_bytes(sample) > 0.3 * len(sample) or (guess is not None and is_cjk_codec(guess[0]))
    candidates = [
        c for c in cjk.CODECS if (dense or c not in ("big5hkscs", "cp932")) and readings.of_sample(c) is not None
    ]
    counts = cjk.character_counts(sample)
    hanzi = cjk.hanzi_counts(readings.of_sample("gb18030") or "")
    while candidates:
        ranked = [(c, round(p, 2)) for c, p in cjk.weigh(counts, candidates, guess, hanzi)]
        best, p = ranked[0]
        if best == cjk.OTHER:
            return None
        # the whole input must read cleanly too: the winner's, and its rivals' when they count
        rivals = [c for c, q in ranked[1:] if c != cjk.OTHER and q > 0] if p < SURE else []
        failed = [c for c in [best, *rivals] if readings.whole(c) is None]
        if not failed:
            return _verdict(name, readings.whole(best), ranked)
        candidates = [c for c in candidates if c not in failed]
    return None


def _verdict(name: str, text: str, ranked: list[tuple[str, float]]) -> Reading:
    """The winner of the weighing: used, used with a warning, or the input refused."""
    best, p = ranked[0]
    if p >= SURE:
        return Reading(text, best, SURE)
    rivals = [(c, q) for c, q in ranked[1:] if c != cjk.OTHER and q >= _WORTH_NAMING]
    if p >= LIKELY:
        return Reading(text, best, p, _likely_warning(name, best, p, [c for c, _ in rivals]))
    raise _ambiguous(name, [(best, p), *rivals])


def _single_byte(readings: _Readings, codec: str, conf: float, notes: list) -> Reading | None:
    """A single-byte guess: not for mostly-high-bit data unless the detector is sure."""
    text = readings.whole(codec)
    if text is None:
        return None
    high_share = high_bytes(readings.sample) / len(readings.sample)
    if high_share > 0.3 and conf < 0.8:
        if conf >= 0.2:
            notes.append(say(msg.MIGHT_BE, codec, f"{conf:.2f}"))
        return None
    return Reading(text, codec, conf)


def _label(codec: str) -> str:
    return cjk.LABELS.get(codec, pretty(codec))


def _likely_warning(name: str, codec: str, p: float, others: list[str]) -> str:
    """One line: the encoding used, its confidence, the others it could be, how to force one."""
    could = f"; it could be {' or '.join(_label(c) for c in others)}" if others else ""
    return (
        f"{name}: read as {_label(codec)} with confidence {p:.2f}{could}. "
        f"If the text looks wrong, use --encoding NAME to force one."
    )


def _ambiguous(name: str, ranked: list[tuple[str, float]]) -> DecodeError:
    """Two plain lines: the encodings the bytes could be, likeliest first, and how to force one."""
    listed = ", ".join(f"{_label(c)} ({p:.2f})" for c, p in ranked)
    force = " or ".join(f"--encoding {c}" for c, _ in ranked)
    return DecodeError(
        say(msg.AMBIGUOUS, name, listed, force),
        name=name,
        reason="ambiguous",
        candidates=tuple(c for c, _ in ranked),
    )


def failures(
    data: bytes, utf8_error: UnicodeDecodeError, guess: tuple[str, float] | None
) -> list[tuple[str, UnicodeDecodeError]]:
    """(codec, error) of each candidate that fails on *data*: UTF-8, GB18030 and a multibyte guess."""
    found = [("utf-8", utf8_error)]
    candidates = ["gb18030"]
    if guess is not None and is_multibyte(guess[0]) and guess[0] not in ("gb18030", "utf-8"):
        candidates.append(guess[0])
    for codec in candidates:
        _, exc = strict(data, codec)
        if exc is not None:
            found.append((codec, exc))
    return found


def furthest(found: list[tuple[str, UnicodeDecodeError]]) -> tuple[str, UnicodeDecodeError]:
    """The failed candidate that got furthest into the bytes."""
    return max(found, key=lambda f: f[1].start)


def undecodable(data: bytes, name: str, found: list[tuple[str, UnicodeDecodeError]], notes: list) -> DecodeError:
    """The error when nothing decoded cleanly: the candidates tried and where the best one failed."""
    best_codec, best_exc = furthest(found)
    tried = " or ".join(dict.fromkeys(pretty(c) for c, _ in found))
    at = where(data, best_exc.start, best_codec, truncated=cut_short(best_exc))
    second = notes[0] if notes else say(msg.ENCODING_HINT)
    return DecodeError(
        say(msg.UNDECODABLE_AS, name, tried, at, pretty(best_codec), second) if len(found) > 1
        else say(msg.UNDECODABLE, name, tried, at, second),
        name=name,
        offset=best_exc.start,
        encoding=best_codec,
    )
