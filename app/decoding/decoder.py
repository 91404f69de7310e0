"""Bytes -> text: the order of evidence, strongest first (see the package docstring)."""

from __future__ import annotations

from .. import messages as msg
from ..messages import say
from .binary import refuse_binary_bytes, refuse_binary_text
from .detect import chardet_guess, detect, failures, furthest, undecodable
from .digest import Digest
from .forced import decode_forced
from .result import Decoded, DecodeError, Reading, replaced_confidence, strict
from .textstats import utf8_without_controls
from .utf8 import looks_utf8, mixed_error
from .wide import by_bom, sniff_wide

#: Error handlers accepted by :func:`decode_bytes` / :func:`read_source`.
ERROR_HANDLERS = ("strict", "replace", "ignore", "backslashreplace")


def decode_bytes(data: bytes, name: str = "<input>", encoding: str | None = None, errors: str = "strict") -> Decoded:
    """Decode *data* (the contents of file *name*) to text; see the package docstring.

    *encoding* forces a codec (any name :func:`codecs.lookup` knows); *errors* is
    ``'strict'`` (the default: raise :class:`DecodeError` with the offset of the first bad
    byte), or ``'replace'``/``'ignore'``/``'backslashreplace'``: substitute bad bytes
    instead.  Without *encoding*, a lenient *errors* applies only when detection finds no
    clean reading (the best guess is then decoded leniently, with a confidence below 0.5);
    binary data is refused either way.
    """
    data = bytes(data)
    sha = Digest(data)
    if errors not in ERROR_HANDLERS:
        raise DecodeError(
            say(msg.UNKNOWN_ERRORS, name, repr(errors), ", ".join(ERROR_HANDLERS)),
            name=name,
            reason="errors",
        )
    if encoding is not None:
        text, used, bom = decode_forced(data, name, encoding, errors)
        return Decoded(text, used, 1.0, bom, sha.hexdigest())
    if not data:
        return Decoded("", "utf-8", 1.0, False, sha.hexdigest())
    bom = by_bom(data, name, errors)
    if bom is not None:
        refuse_binary_text(bom[0], name)
        return Decoded(*bom, True, sha.hexdigest())
    # UTF-32 / UTF-16 without a BOM, from the pattern of NUL bytes
    wide = sniff_wide(data, name)
    if wide is not None:
        refuse_binary_text(wide[0], name)
        return Decoded(*wide, False, sha.hexdigest())
    refuse_binary_bytes(data, name)
    # no NUL byte now, so no NUL character in a reading of an ASCII-based codec
    text, codec, confidence, warning = _without_bom_or_nul(data, name, errors)
    if not (codec == "utf-8" and utf8_without_controls(data)):     # nearly every page: nothing to count
        refuse_binary_text(text, name, nul_free=True)
    return Decoded(text, codec, confidence, False, sha.hexdigest(), warning)


def _without_bom_or_nul(data: bytes, name: str, errors: str) -> Reading:
    """The reading of *data*, which has no BOM and no NUL byte."""
    text, utf8_error = strict(data, "utf-8")
    if text is not None:
        return Reading(text, "utf-8", 1.0)
    if looks_utf8(data, utf8_error.start):
        # a UTF-8 file with a stretch in another encoding: never guess past it
        if errors == "strict":
            raise mixed_error(data, name, utf8_error)
        text = data.decode("utf-8", errors)
        return Reading(text, "utf-8", replaced_confidence(text))
    # the detector, checked strictly against the whole input
    guess = chardet_guess(data)
    notes: list = []   # app.messages.Message: a hint for the error
    found = detect(data, name, guess, notes)
    if found is not None:
        return found
    # nothing decoded cleanly: report the candidate that got furthest
    tried = failures(data, utf8_error, guess)
    if errors == "strict":
        raise undecodable(data, name, tried, notes)
    codec = furthest(tried)[0]
    text = data.decode(codec, errors)
    return Reading(text, codec, replaced_confidence(text))
