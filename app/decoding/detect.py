"""Finding the encoding of bytes that are neither Unicode with a BOM nor UTF-8.

chardet's guess on the first 64 KiB is upgraded to the superset codec (GB2312/GBK ->
GB18030, Big5 -> Big5-HKSCS) and checked by decoding the *whole* input strictly.  This is
a tool for Chinese pages, so a clean GB18030 reading that looks like simplified Chinese
(mostly ideographs, mostly GB2312 level-1 characters) beats an unsure Big5, Japanese,
Korean or single-byte Latin guess, and a Latin guess for mostly high-bit bytes is refused
unless chardet is sure.
"""

from __future__ import annotations

from .names import is_cjk_codec, is_multibyte, normalize_encoding_name
from .result import HINT, DecodeError, cut_short, pretty, strict, where
from .textstats import RE_HIGH, SAMPLE_BYTES, controls, count, gb2312_share, mostly_cjk
from .wide import utf16_by_density


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


def detect(data: bytes, guess: tuple[str, float] | None, notes: list[str]) -> tuple[str, str, float] | None:
    """(text, codec, confidence) for the first clean candidate, or None.

    *guess* is chardet's (codec, confidence).  Appends to *notes* a hint for the error
    message when a guess was turned down.
    """
    codec, conf = guess if guess is not None else (None, 0.0)
    if codec == "utf-8":
        return None  # the detector saw UTF-8 but the whole input is not: corrupt UTF-8

    def reading(candidate: str) -> str | None:
        text, _ = strict(data, candidate)
        return text if text is not None and not controls(text) else None

    chinese = codec is not None and codec.startswith(("gb", "big5", "cp950", "utf"))
    cjk_guess = codec is not None and (chinese or is_cjk_codec(codec))
    # 1. a confident CJK (or UTF-16/32) guess that decodes cleanly; a confident Chinese
    #    one that does not is reported rather than second-guessed
    if cjk_guess and conf >= 0.5:
        text = reading(codec)
        if text is not None:
            return text, codec, conf
        if chinese:
            return None
    # 2. BOM-less UTF-16 of pure CJK text (no NUL bytes to go by): a strict test
    wide = utf16_by_density(data)
    if wide is not None:
        return wide
    # 3. the detector and this Chinese tool agree on GB18030
    if codec == "gb18030":
        text = reading(codec)
        if text is not None:
            return text, codec, conf
    # 4. a clean GB18030 reading of typical simplified-Chinese text beats an unsure Big5,
    #    Japanese or Korean guess (short GB2312 text is often taken for those, whose byte
    #    ranges it shares) and any single-byte Latin guess
    gb_text = reading("gb18030")
    gb_cjk = mostly_cjk(gb_text) if gb_text is not None else 0.0
    if gb_text is not None and gb_cjk >= 0.8 and gb2312_share(data, level1=True) >= 0.8:
        return gb_text, "gb18030", round(min(0.9, gb_cjk), 3)
    # 5. an unsure Big5 guess
    if chinese and codec != "gb18030":
        text = reading(codec)
        if text is not None:
            return text, codec, conf
    # 6. a clean GB18030 reading that is all GB2312 hanzi and symbols
    if gb_text is not None and gb_cjk >= 0.9 and gb2312_share(data, level1=False) >= 0.9:
        return gb_text, "gb18030", round(min(0.8, gb_cjk), 3)
    if codec is None or chinese:
        return None
    # 7. an unsure Japanese / Korean guess
    if cjk_guess:
        text = reading(codec)
        return (text, codec, conf) if text is not None else None
    if is_multibyte(codec):
        return None
    # 8. a single-byte guess: not for mostly-high-bit data unless the detector is sure
    text = reading(codec)
    if text is None:
        return None
    high_share = count(RE_HIGH, data[:SAMPLE_BYTES]) / min(len(data), SAMPLE_BYTES)
    if high_share > 0.3 and conf < 0.8:
        if conf >= 0.2:
            notes.append(f"It might be {codec} (detector confidence {conf:.2f}): use --encoding {codec}.")
        return None
    return text, codec, conf


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


def undecodable(data: bytes, name: str, found: list[tuple[str, UnicodeDecodeError]], notes: list[str]) -> DecodeError:
    """The error when nothing decoded cleanly: the candidates tried and where the best one failed."""
    best_codec, best_exc = furthest(found)
    tried = " or ".join(dict.fromkeys(pretty(c) for c, _ in found))
    return DecodeError(
        f"{name}: cannot decode as {tried}: "
        f"{where(data, best_exc.start, best_codec, truncated=cut_short(best_exc))}"
        + (f" as {pretty(best_codec)}" if len(found) > 1 else "")
        + "."
        + (f"\n{notes[0]}" if notes else f"\n{HINT}"),
        name=name,
        offset=best_exc.start,
        encoding=best_codec,
    )
