"""A folder of pages exported as one corpus: ``zhengwen export DIR -o corpus.jsonl``.

Every page of the workspace (:func:`app.workspace.scan`) gives its saved session where it
has one (:mod:`app.store` says where; a session of Zhengwen 0.1 in ``sessions/`` of the
folder the command runs from is used when it was made from the page's bytes, as the window
does) and the engine's suggestions where it has none. Its ``page_status`` is the session's
(``in progress``/``done``) or ``new``; its ``page_sha256`` that of the bytes its corpus was
made from (a session made before the page changed keeps its own, and the page is named
in a warning: the saved work is what the window opens unless the person starts afresh).

:func:`export_folder` is what the window calls, from a worker thread.
"""
from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from . import messages as msg
from .batch import CorpusWriter, PageResult, Progress, Summary, errors_path, failure, piece_data, write_errors
from .messages import say

FILE_FORMATS = ("jsonl", "json")        # the one corpus of the folder in one file
PAGE_FORMATS = ("json", "md", "txt", "jsonl")   # one file per page in a folder


def page_corpus(path) -> tuple[dict, str, str]:
    """The corpus of the page at ``path``, its status and the sha256 of the bytes it was
    made from: from its saved session, else from the engine."""
    from .corpus import build_corpus
    doc, status, sha, _ = page_work(path)
    return build_corpus(doc), status, sha


def page_work(path):
    """The document of the page at ``path`` (its saved session, else the engine's
    suggestions), its status, the sha256 of the bytes it was made from, and whether the
    page changed since that session was saved (its session is still used: the window
    resumes it too, unless the person chooses to start afresh)."""
    from . import store
    from .loader import looks_like_session, page_document, read_page
    from .session import load_session
    session = store.session_path(path)
    if not session.exists():
        legacy = store.legacy_session_path(path)
        session = legacy if legacy.is_file() and looks_like_session(legacy) else None
    if session is not None:
        doc = load_session(session)
        now = _sha256(path)
        if session.name == store.SESSION_NAME or doc.source.sha256 == now:
            changed = now is not None and now != doc.source.sha256
            return doc, "done" if doc.done else "in progress", doc.source.sha256, changed
    src, lines = read_page(path)
    return page_document(src, lines, explain=False), "new", src.sha256, False


def changed_page_warning(page: str) -> str:
    """What is said of a page of a folder exported from a session made before it changed."""
    from .filenames import shown_name
    return str(say(msg.PAGE_CHANGED_EXPORTED, shown_name(page)))


def session_page_warning(session, doc) -> str | None:
    """What is said when the page a session file was made from changed since (``None``:
    it did not, or it is not at hand to tell)."""
    from .filenames import shown_name
    page = doc.source.path
    if not page or not os.path.isfile(page) or _sha256(page) in (None, doc.source.sha256):
        return None
    return str(say(msg.SESSION_PAGE_CHANGED, shown_name(session), shown_name(page)))


def _sha256(path) -> str | None:
    from .pagework import file_sha256
    try:
        return file_sha256(path)
    except OSError:
        return None


def export_page(path, page: str, piece: str) -> PageResult:
    try:
        corpus, status, sha = page_corpus(path)
        return PageResult(page, piece_data(corpus, page, status, sha, piece), len(corpus["articles"]), sha)
    except Exception as e:  # noqa: BLE001 - one page's failure is reported, the export goes on
        return _page_failure(page, e)


def _page_failure(page, e) -> PageResult:
    from .session import SessionError
    if isinstance(e, SessionError):
        from .errors import UserError
        e = UserError(str(e))       # a damaged session is the page's failure, not ours
    return failure(page, e)


def joined_results(pages, piece: str, progress: Progress | None = None, spill_dir=None,
                   left_out=None) -> Iterator[PageResult]:
    """The pages' pieces with each article that goes on on another page made one, in the
    page where it starts (:func:`app.links.join_continuations`). Every page is read once
    (``progress`` is told as they are). Only the pages a join can touch are kept until all
    are read (a jump line, a person's link, or named by one); every other page's piece
    waits in a temporary file in ``spill_dir``, so memory does not grow with the folder.
    ``left_out``: the folder's pages not exported (``(path, page)``); a page whose part
    goes on to or comes from one of them carries a warning saying so."""
    from .links import join_continuations, named_pages, page_number, takes_part
    held, numbers, spilled, failed, warnings = {}, {}, {}, {}, {}
    with tempfile.TemporaryFile(dir=spill_dir) as spill:
        for done, (path, page) in enumerate(pages, 1):
            try:
                entry, changed = _entry_and_change(path, page, widths=False)
            except Exception as e:  # noqa: BLE001 - one page's failure is reported, the export goes on
                failed[page] = _page_failure(page, e)
            else:
                if changed:
                    warnings[page] = changed_page_warning(page)
                numbers[page] = page_number(entry)
                if takes_part(entry):
                    held[page] = entry
                else:
                    spilled[page] = _spill(spill, entry, piece)
            if progress:
                progress(done, len(pages))
        order = {page: i for i, (_, page) in enumerate(pages)}
        path_of = {page: path for path, page in pages}
        for page in sorted(named_pages(held.values(), numbers) - held.keys(), key=order.__getitem__):
            try:
                held[page] = _entry(path_of[page], page)     # named by a jump: read again to join
            except Exception as e:  # noqa: BLE001 - the page changed since: said, its piece kept
                warnings[page] = str(say(msg.REREAD_FAILED, page, e))
        joined = {e["page"]: e for e in join_continuations(sorted(held.values(), key=lambda e: order[e["page"]]))}
        cut = _parts_cut(joined.values(), numbers, left_out) if left_out else {}
        for _, page in pages:
            if page in failed:
                yield failed[page]
            elif page in joined:
                e = joined[page]
                yield PageResult(page, piece_data(e["corpus"], page, e["page_status"], e["page_sha256"], piece),
                                 len(e["corpus"]["articles"]), e["page_sha256"],
                                 warning=_warning(page, warnings.get(page), cut.get(page)))
            else:
                at, size, articles, sha = spilled[page]
                spill.seek(at)
                yield PageResult(page, spill.read(size), articles, sha, warning=warnings.get(page))


def _warning(page: str, changed: str | None, cut: list[str] | None) -> str | None:
    """What is said of a joined page: that it changed since its session, that a part of it
    goes on to a page left out, or both."""
    said = [changed] if changed else []
    if cut:
        said.append(str(say(msg.PART_LEFT_OUT, page, ", ".join(cut))))
    return "\n".join(said) or None


def _parts_cut(entries, numbers, left_out) -> dict[str, list[str]]:
    """:func:`app.links.parts_cut`, reading the left-out pages' numbers only when some part
    was left unjoined (a person's correction from the session's summary, else the page's)."""
    from .folio import parse_number
    from .links import loose_ends, parts_cut
    from .workspace import page_facts, page_status
    loose = loose_ends(entries)
    if not loose:
        return {}
    numbers_out = {}
    for path, page in left_out:
        corrected = page_status(path).number
        numbers_out[page] = parse_number(corrected) if corrected else page_facts(path, page)[1]
    return parts_cut(loose, numbers, numbers_out)


def _entry(path, page, widths=True) -> dict:
    """A page's entry of the corpus set, with what the links read (its number, a person's
    links) and its lines' widths, by which the join reads column changes
    (:func:`app.part_ends.free_quiet_ends`): always with ``widths``, else only on a page with a
    jump line or a person's link (a page that only a jump names is read again)."""
    return _entry_and_change(path, page, widths)[0]


def _entry_and_change(path, page, widths=True) -> tuple[dict, bool]:
    """:func:`_entry`, and whether the page changed since its session was saved."""
    from .corpus import build_corpus
    from .lines import split_lines
    from .links import entry_extras, takes_part
    from .rules.block_columns import line_widths
    from .corpus_set import check_page
    check_page(page)        # a name the corpus cannot hold fails here, as the page's own failure
    doc, status, sha, changed = page_work(path)
    entry = {"page": page, "page_status": status, "page_sha256": sha, "corpus": build_corpus(doc),
             **entry_extras(doc, page)}
    if widths or takes_part(entry):
        entry["widths"] = line_widths(split_lines(doc.source.text))
    return entry, changed


def _spill(spill, entry, piece) -> tuple[int, int, int, str]:
    """Write a page's piece at the end of ``spill``: (offset, size, articles, sha256)."""
    data = piece_data(entry["corpus"], entry["page"], entry["page_status"], entry["page_sha256"], piece)
    spill.seek(0, os.SEEK_END)
    at = spill.tell()
    spill.write(data)
    return at, len(data), len(entry["corpus"]["articles"]), entry["page_sha256"]


def session_result(path, page: str, piece: str) -> PageResult:
    """A saved session as a page of a set (``page``: its name in the set)."""
    from .corpus import build_corpus
    from .filenames import with_shown_name
    from .errors import UserError
    from .session import SessionError, load_session
    try:
        doc = load_session(path)
    except SessionError as e:
        return failure(page, UserError(with_shown_name(str(e), path)))
    corpus = build_corpus(doc)
    status = "done" if doc.done else "in progress"
    return PageResult(page, piece_data(corpus, page, status, doc.source.sha256, piece), len(corpus["articles"]),
                      doc.source.sha256, warning=session_page_warning(path, doc))


def session_results(sessions, piece: str) -> Iterator[PageResult]:
    for path, page in sessions:
        yield session_result(path, page, piece)


def folder_pages(root, status: str | None = None) -> tuple[list, list]:
    """``(path, page)`` of the folder's pages in natural order; with ``status``, only the
    pages whose session says so (read from its summary line, no session parsed), and
    second those it leaves out."""
    from .workspace import page_status, scan
    entries = [(str(e.path), e.rel) for e in scan(root)]
    if status is None:
        return entries, []
    kept = {path for path, _ in entries if page_status(path).status == status}
    return [e for e in entries if e[0] in kept], [e for e in entries if e[0] not in kept]


def export_results(pages, piece: str) -> Iterator[PageResult]:
    for path, page in pages:
        yield export_page(path, page, piece)


def is_folder_output(out, fmt: str) -> bool:
    """A folder of page files: a name ending with ``/``, an existing folder, or a format
    that has no one-file form (Markdown, text)."""
    text = str(out)
    return text.endswith(("/", "\\")) or Path(out).is_dir() or fmt not in FILE_FORMATS


def export_folder(root, out, fmt: str, status: str | None = None, progress: Progress | None = None,
                  notice=None) -> Summary:
    """Every page of the folder ``root`` into ``out``: one file (``jsonl``: one article a
    line; ``json``: the set's document) or a folder with a file per page (``md``, ``txt``,
    ``json``, ``jsonl``). ``status``: only the pages with that status. ``progress`` is
    called with (pages done, pages in all). Failures are listed in an errors file beside
    the output (in the folder for a folder) and in the summary; the export goes on."""
    started = time.monotonic()
    pages, left_out = folder_pages(root, status)
    summary = Summary(pages=len(pages))
    if is_folder_output(out, fmt):
        _export_to_folder(pages, Path(out), fmt, summary, progress, notice)
        write_errors(Path(out) / "errors.jsonl", summary.failed)
        summary.written.append(Path(out))
    else:
        piece = "records" if fmt == "jsonl" else "entry"
        writer = CorpusWriter(out, fmt)
        from .batch import write_corpus_stream
        try:
            write_corpus_stream(joined_results(pages, piece, progress, _spill_dir(out), left_out), writer, summary, None,
                                len(pages), notice)
            writer.commit()
        except BaseException:
            writer.discard()
            raise
        if str(out) != "-":     # on stdout the failures are said on stderr only
            write_errors(errors_path(Path(out)), summary.failed)
            summary.written.append(Path(out))
    summary.seconds = time.monotonic() - started
    return summary


def _export_to_folder(pages, folder: Path, fmt: str, summary: Summary, progress, notice) -> None:
    from .atomic import write_bytes
    from .corpus_set import page_file_names
    names = page_file_names([page for _, page in pages], fmt)
    piece = "records" if fmt == "jsonl" else fmt
    for done, r in enumerate(joined_results(pages, piece, spill_dir=_spill_dir(folder)), 1):
        if r.error is None:
            write_bytes(folder / names[r.page], r.data)
            summary.articles += r.articles
        else:
            summary.failed.append((r.page, r.error, r.internal))
        if notice and (r.error or r.warning):
            notice(r)
        if progress:
            progress(done, len(pages))


def _spill_dir(out) -> str | None:
    """Where the pages wait for the join: beside the output (the system's temporary folder
    may be a small one in memory), else the system's."""
    parent = os.path.dirname(os.path.abspath(out)) if str(out) != "-" else ""
    return parent if os.path.isdir(parent) else None
