"""A long page reflowed on two cores: two halves, stitched where they agree.

The engine's decisions are local: a line's label, paragraph end and article follow from
the lines around it, a few hundred at most (column estimates per run of body lines,
headline blocks attached to the segments near them). So a page of ``CHUNK_MIN`` lines or
more is cut near its middle; a forked child computes the second half and this process the
first, each seeing ``OVERLAP`` lines past the cut. The stitch is a line where an article
starts, that no article of either half reaches across, and around which both halves
decided ``AGREE`` lines alike on each side (texts, labels, paragraph ends, article
boundaries). A page with no article starting near its middle (one long article: a book,
a million numbered lines) is not cut: the engine run on the lines there alone tells, first
(this process asks it while the child has already begun). Each side then writes the
corpus of its lines, the child numbering its articles on from the first half's: into the
output file itself when there is one (this process the file's start and its articles as
it encodes them, the child its articles at the offset it is then told), else through a
pipe. Where no such line is found, or anything goes wrong
(no fork, one core, a child that dies), :func:`reflow_json` answers ``None`` and the
caller computes the whole page in one process: the same corpus, only slower.

On pages of 200k and 80k lines (a real page repeated; generated pages of every kind
mixed) each half gave every line the decisions of the whole-page pass, and the corpus
is the same byte for byte; ``tests/test_chunked.py`` checks that on pages made to be cut.
"""
from __future__ import annotations

import json
import os
import signal
import struct
from bisect import bisect_left, bisect_right

from .atomic import AtomicFile
from .corpus import corpus_head, corpus_parts, group_rows
from .document import Document, Source
from .export import encode_items, to_json
from .forked import cores, one_core, reap
from .gc_pause import gc_paused
from .loader import page_document
from .suggest import suggest

CHUNK_MIN = 150_000   # lines; below, forking and stitching cost more than they save
OVERLAP = 4_000       # lines each half computes past the cut
AGREE = 500           # lines on each side of the stitch both halves must have decided alike
PROBE_MARGIN = 1_000  # lines of context on each side of the stretch probed for article starts


def reflow_json(src: Source, lines: list[str], fold_half_width=True, *, out=None, keep=None,
                min_lines=CHUNK_MIN, overlap=OVERLAP, agree=AGREE) -> bytes | bool | None:
    """The corpus of the page as :func:`app.export.to_json` writes it (UTF-8), computed in
    two halves; ``None`` when the page is too short, there is one core, or no stitch holds.
    With ``out`` (a path) the file is written there atomically, each half writing its own
    part of it, and the answer is ``True``. ``keep``: a list that takes this half's
    document and articles instead of freeing them on the way (freeing half a million
    rows' objects takes a tenth of a second; a command line about to exit need not)."""
    n = len(lines)
    if n < max(min_lines, 4 * overlap) or not hasattr(os, "fork") or cores() < 2:
        return None
    reap_exited(block=False)
    cut = cut_line(n, overlap)
    a_hi, b_lo = cut + overlap, cut - overlap
    region = (b_lo + 1, a_hi)          # the source lines both halves compute
    try:
        # made before the fork: the child writes its part through the same descriptor
        sink = AtomicFile(out) if out is not None else None
    except OSError:
        return None
    try:
        up_r, up_w = os.pipe()         # child -> parent
        down_r, down_w = os.pipe()     # parent -> child
    except OSError:
        if sink:
            sink.discard()
        return None
    try:
        pid = os.fork()
    except OSError:
        for fd in (up_r, up_w, down_r, down_w):
            os.close(fd)
        if sink:
            sink.discard()
        return None
    if pid == 0:   # the child: the second half; it leaves without running anything of the parent's
        code = 1
        try:
            os.close(up_r)
            os.close(down_w)
            with one_core(), gc_paused():
                _second_half(src, lines, b_lo, n, fold_half_width, region, sink, up_w, down_r)
            code = 0
        finally:
            os._exit(code)
    os.close(up_w)
    os.close(down_r)
    done = False
    try:
        with one_core(), gc_paused():
            # asked here, while the child already computes: the answer is nearly always yes
            if not _articles_start_near(lines, cut, overlap // 2):
                return None
            doc = _half(src, lines, 0, a_hi, fold_half_width)
            grouped = group_rows(doc)
            mine = _summary(doc, grouped, region)
            stitch = _stitch(mine, _receive(up_r), cut + 1, overlap // 2, agree)
            if stitch is None:
                _send(down_w, None)
                return None
            # the child numbers on from our articles: told first, so both sides write at once
            first = sum(1 for rows in grouped[0].values() if doc.src[rows[0]] < stitch) + 1
            _send(down_w, {"stitch": stitch, "first_id": first})
            arts, dropped = corpus_parts(doc, lambda s: s < stitch, 1, grouped)
            head = corpus_head(doc)
            head["source"]["lines"] = n
            if sink is not None and arts:
                # our articles are written while the child still encodes its own
                at = _write_articles(sink, head, arts)
                if keep is not None:
                    keep.append(arts)
                arts = None
            else:
                at, arts = None, encode_items(arts)
            dropped = encode_items(dropped)
        theirs = _receive(up_r)
        if theirs["lines"] != n:
            raise ValueError("the halves count the page's lines differently")
        size = theirs["size"]
        runs = [_MARK_A] if at is not None or arts else []
        # the child's articles go where its mark is: after ours, before the dropped entries
        text = to_json(head, {"articles": runs + [_MARK_B] if size else runs,
                              "dropped": [dropped, theirs["dropped"]]}).encode("utf-8")
        pre, text = text.split(_MARK_A.encode("utf-8")) if runs else (b"", text)
        mid, post = text.split(_MARK_B.encode("utf-8")) if size else (text, b"")
        if sink is None:
            _send(down_w, None)
            data = b"".join([pre, arts.encode("utf-8") if runs else b"", mid, _read(up_r) if size else b"", post])
        else:
            if at is None:       # none of ours: the file starts with the child's part
                sink.pwrite(pre, 0)
                at = len(pre)
            _send(down_w, {"at": at + len(mid)})
            sink.pwrite(mid, at)
            sink.pwrite(post, at + len(mid) + size)
            # given to the caller, or freed while the child writes (not after the file is done)
            if keep is not None:
                keep += [doc, grouped]
            del doc, grouped
            if _receive(up_r) != "written":
                raise ValueError("the other half did not write its part")
            sink.commit()
            sink, data = None, True
        done = True
        return data
    except (OSError, EOFError, ValueError, KeyError, TypeError):
        return None     # a child that died or said something else: the caller computes it all
    finally:
        for fd in (up_r, down_w):
            try:
                os.close(fd)
            except OSError:
                pass
        if sink is not None:
            sink.discard()
        if not done:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
            reap(pid)
        else:
            _reap_later(pid)


_EXITING = []   # children that sent everything and are still leaving


def _reap_later(pid):
    """A child that did its part takes tens of milliseconds to leave (its half a page
    of memory returned to the system): the answer does not wait for it. It is reaped by
    the next :func:`reap_exited`, and is never left running: it only exits."""
    _EXITING.append(pid)
    reap_exited(block=False)


def reap_exited(block=True) -> None:
    """Reap the children of earlier calls that have left (``block``: wait for all)."""
    for pid in list(_EXITING):
        try:
            got, _ = os.waitpid(pid, 0 if block else os.WNOHANG)
        except ChildProcessError:
            got = pid
        if got == pid:
            _EXITING.remove(pid)


# json.dumps writes control characters as escapes: raw ones are nowhere else in the text
_MARK_A, _MARK_B = "\x00", "\x01"
WRITE_EVERY = 2000    # articles encoded and written at a time


def _write_articles(sink, head, arts) -> int:
    """Write the file's start and our articles; the offset where they end."""
    pre = to_json(head, {"articles": [_MARK_A], "dropped": []}).encode("utf-8").split(_MARK_A.encode("utf-8"))[0]
    sink.pwrite(pre, 0)
    at = len(pre)
    for i in range(0, len(arts), WRITE_EVERY):
        piece = (",\n" if i else "") + encode_items(arts[i:i + WRITE_EVERY])
        data = piece.encode("utf-8")
        sink.pwrite(data, at)
        at += len(data)
    return at


def _second_half(src, lines, lo, n, fold, region, sink, up, down):
    """The child's part: its half, its summary, then (told the stitch) its articles,
    written into the output file at the place it is told, or sent back."""
    doc = _half(src, lines, lo, n, fold)
    grouped = group_rows(doc)
    _send(up, _summary(doc, grouped, region))
    plan = _receive(down)
    if plan is None:
        return
    stitch = plan["stitch"]
    arts, dropped = corpus_parts(doc, lambda s: s >= stitch, plan["first_id"], grouped)
    body = encode_items(arts).encode("utf-8")
    _send(up, {"lines": doc.src[-1], "size": len(body), "dropped": encode_items(dropped)})
    where = _receive(down)
    if where is None:
        _write(up, body)
    else:
        sink.pwrite(body, where["at"])
        _send(up, "written")


def cut_line(n, overlap=OVERLAP) -> int:
    """Where a page of ``n`` lines is cut. This process first asks whether an article
    starts near the cut (the engine run on the 2 * (reach + PROBE_MARGIN) lines there),
    then computes the first half: it takes half that many lines fewer, so the halves end
    together."""
    return n // 2 - (overlap // 2 + PROBE_MARGIN) // 2


def _articles_start_near(lines, cut, reach) -> bool:
    """Does an article start within ``reach`` lines of the cut, by the engine run on the
    lines around it alone (tens of milliseconds)? A page that is one long article there
    has no stitch: the halves would be computed for nothing, and then the whole page."""
    lo = max(0, cut - reach - PROBE_MARGIN)
    sugg = suggest(lines[lo:cut + reach + PROBE_MARGIN], explain=False)
    arts = [a for a, lab in zip(sugg.article, sugg.label) if lab is not None and lab != "noise"]
    return len(set(arts)) > 1


def _half(src: Source, lines, lo, hi, fold) -> Document:
    """The document of lines [lo, hi), citing the page's line numbers."""
    doc = page_document(src, lines[lo:hi], fold, explain=False)
    if lo:
        doc.src = [s + lo for s in doc.src]
    return doc


def _summary(doc: Document, grouped, region) -> dict:
    """What the stitch is chosen from: the rows of the region's source lines, and the
    first and last source line of each article there."""
    lo, hi = region
    src, label, article = doc.src, doc.label, doc.article
    a, b = bisect_left(src, lo), bisect_right(src, hi)
    rows = [[src[r], doc.current_text(r), label[r], doc.para_end[r], article[r]] for r in range(a, b)]
    groups = grouped[0]
    here = {row[4] for row in rows if row[4] in groups}
    return {"rows": rows, "spans": [[src[groups[x][0]], src[groups[x][-1]]] for x in here]}


def _stitch(mine: dict, theirs: dict, middle: int, reach: int, agree: int) -> int | None:
    """The source line the second half starts at: an article's first line within
    ``reach`` of ``middle``, closest first, that passes the checks of the module doc."""
    rows_a, rows_b = mine["rows"], theirs["rows"]
    text = [r for r in rows_a if r[2] is not None and r[2] != "noise"]
    starts = [r[0] for p, r in zip([None] + text, text)
              if p is None or (p[4] != r[4] and p[0] != r[0])]
    for s in sorted((s for s in starts if abs(s - middle) <= reach), key=lambda s: (abs(s - middle), s)):
        if _straddled(mine["spans"], s) or _straddled(theirs["spans"], s):
            continue
        if _alike(_window(rows_a, s, agree), _window(rows_b, s, agree)):
            return s
    return None


def _straddled(spans, s) -> bool:
    return any(a < s <= b for a, b in spans)


def _window(rows, s, agree):
    return [r for r in rows if s - agree <= r[0] < s + agree]


def _alike(a, b) -> bool:
    """The same rows decided the same way, the articles the same up to their ids."""
    if len(a) != len(b) or any(x[:4] != y[:4] for x, y in zip(a, b)):
        return False
    there, back = {}, {}
    for x, y in zip(a, b):
        if x[2] is None or x[2] == "noise":
            continue
        if there.setdefault(x[4], y[4]) != y[4] or back.setdefault(y[4], x[4]) != x[4]:
            return False
    return True


# ---- the pipes: a length, then that many bytes --------------------------------------------
def _write(fd, data: bytes):
    view = memoryview(struct.pack("<Q", len(data)) + data)
    while view:
        view = view[os.write(fd, view):]


def _read(fd) -> bytes:
    head = _exactly(fd, 8)
    return _exactly(fd, struct.unpack("<Q", head)[0])


def _exactly(fd, n) -> bytes:
    parts, got = [], 0
    while got < n:
        chunk = os.read(fd, min(n - got, 1 << 20))
        if not chunk:
            raise EOFError("the other half stopped")
        parts.append(chunk)
        got += len(chunk)
    return b"".join(parts)


def _send(fd, value):
    _write(fd, json.dumps(value, ensure_ascii=False).encode("utf-8"))


def _receive(fd):
    return json.loads(_read(fd).decode("utf-8"))
