"""Command line: ``python -m app`` (also installed as ``zhengwen``).

    zhengwen reflow INPUT... -o OUT [--format json|jsonl|md|txt] [--explain] [--split]
    zhengwen reflow DIR|INPUT... -o OUT.jsonl|OUT.json|OUTDIR/ [--format …] [--jobs N]
                    [--shard I/N] [--dask ADDRESS] [--force]     many pages: docs/batch.md
    zhengwen export SESSION... -o OUT --format json|jsonl|md|txt [--split]
    zhengwen export DIR -o corpus.jsonl|corpus.json|FOLDER/ [--format …] [--status done]
    zhengwen [FILE|SESSION] [--session PATH] [--lang zh_CN|en]      the window

Errors are one or two plain lines on stderr: exit 2 for bad input, 1 for a failure of ours.
A file name in them is escaped when it holds a line end or a control character
(:func:`app.filenames.shown_name`), so a name can never add a line of its own.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .filenames import escape_controls, shown_name, with_shown_name
from .loader import UserError

EXIT_BAD_INPUT, EXIT_INTERNAL = 2, 1


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        # argparse quotes what was typed as it is: a newline in an argument would end the line
        raise UserError(f"{self.prog}: {escape_controls(message)}\n{self.format_usage().strip()}")


_SPLIT_HELP = "one file per article, named NN-<headline>.<ext>, in the -o folder"


def _reflow_parser():
    p = _Parser(prog="zhengwen reflow", description="Clean broken page text into the reflow corpus.")
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("-o", "--output", help="output file (one input) or folder (several); '-' for stdout")
    p.add_argument("--format", choices=("json", "jsonl", "md", "txt"), default=None)
    p.add_argument("--encoding", help="force this encoding instead of detecting one")
    p.add_argument("--errors", choices=("strict", "replace"), default="strict",
                   help="with --encoding: replace undecodable bytes instead of stopping")
    p.add_argument("--explain", action="store_true", help="print why each line got its decisions")
    p.add_argument("--keep-half-width", action="store_true",
                   help="do not fold half-width ,:;?!() to full width inside Chinese text")
    p.add_argument("--split", action="store_true", help=_SPLIT_HELP)
    _batch_options(p)
    return p


def _batch_options(p):
    g = p.add_argument_group("many pages (a folder, or several inputs)")
    g.add_argument("--jobs", type=int, metavar="N", help="processes to run pages in (default: the cores this "
                   "process may use)")
    g.add_argument("--shard", metavar="I/N", help="only every N-th page from the I-th (0 <= I < N), in sorted "
                   "order: one slice of a run shared by N machines")
    g.add_argument("--dask", metavar="ADDRESS", help="run the shards on the Dask cluster at ADDRESS "
                   "(pip install 'zhengwen[cluster]'; -o must be a folder the workers see)")
    g.add_argument("--force", action="store_true", help="make every shard again, even those an earlier run finished")
    g.add_argument("--shard-pages", type=int, default=None, metavar="N",
                   help="pages in a shard of -o FOLDER/ (default 100)")


def _export_parser():
    p = _Parser(prog="zhengwen export", description="Export saved sessions.")
    p.add_argument("sessions", nargs="+", metavar="SESSION")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--format", choices=("json", "jsonl", "md", "txt"), default=None)
    p.add_argument("--split", action="store_true", help=_SPLIT_HELP)
    p.add_argument("--status", choices=("new", "in progress", "done"),
                   help="with a folder: only the pages with this status")
    return p


def _window_parser():
    p = _Parser(prog="zhengwen", description="Open the annotation window. Subcommands: reflow, export.")
    p.add_argument("file", nargs="?", help="a page, a folder of pages, or a saved session")
    p.add_argument("--session", help="a session file to keep this page's work in, instead of its own")
    p.add_argument("--lang", choices=("zh_CN", "en"), help="interface language (default: system)")
    p.add_argument("--encoding")
    return p


def _format_for(output, fmt):
    if fmt:
        return fmt
    suffix = Path(output).suffix.lower().lstrip(".") if output and output != "-" else ""
    return {"json": "json", "jsonl": "jsonl", "md": "md", "markdown": "md", "txt": "txt"}.get(suffix, "json")


def _targets(inputs, output, fmt, split=False):
    """(input, output path or None for stdout) pairs; with ``split`` the paths are folders."""
    from .export import EXTENSIONS
    if split:
        return _split_targets(inputs, output)
    if output in (None, "-"):
        if len(inputs) > 1 and output is None:
            raise UserError("several inputs need -o FOLDER")
        return [(i, None) for i in inputs]
    out = Path(output)
    if len(inputs) > 1 or out.is_dir():
        if out.exists() and not out.is_dir():
            raise UserError(f"{shown_name(out)}: several inputs need -o to name a folder, not a file")
        stems = [Path(i).stem for i in inputs]
        dupes = {s for s in stems if stems.count(s) > 1}
        pairs = []
        for k, i in enumerate(inputs):
            stem = stems[k] if stems[k] not in dupes else f"{stems[k]}-{k + 1}"
            pairs.append((i, out / (stem + EXTENSIONS[fmt])))
        return pairs
    return [(inputs[0], out)]


def _split_targets(inputs, output):
    from .filenames import safe_filename
    if output in (None, "-"):
        raise UserError("--split needs -o FOLDER")
    out = Path(output)
    if out.exists() and not out.is_dir():
        raise UserError(f"{shown_name(out)}: --split needs -o to name a folder, not a file")
    if len(inputs) == 1:
        return [(inputs[0], out)]
    names = [safe_filename(Path(i).stem, "page") for i in inputs]
    return [(i, out / (n if names.count(n) == 1 else f"{n}-{k + 1}")) for k, (i, n) in enumerate(zip(inputs, names))]


def _write_corpus(corpus, fmt, target, split):
    """The corpus to ``target``, or with ``split`` each article to its own file in it."""
    from .export import EXTENSIONS, render
    if not split:
        _emit(render(corpus, fmt), target)
        return
    from .filenames import safe_filename
    arts = corpus["articles"]
    width = max(2, len(str(len(arts))))
    for art in arts:
        # headlines come from the page: never let one choose the folder or the device
        name = f"{art['id']:0{width}d}-{safe_filename(art.get('headline') or '', 'article')}"
        _emit(render(dict(corpus, articles=[art], dropped=[]), fmt), target / (name + EXTENSIONS[fmt]))


def _emit(text, target):
    from .atomic import write_text
    if target is None:
        sys.stdout.write(text)
    else:
        try:
            write_text(target, text)
        except OSError as e:
            raise UserError(f"{shown_name(target)}: cannot write: {e.strerror or e}") from None


def _warn(message):
    print(f"zhengwen: {message}", file=sys.stderr)


def cmd_reflow(argv):
    a = _reflow_parser().parse_args(argv)
    if a.errors == "replace" and not a.encoding:
        raise UserError("--errors replace needs --encoding NAME")
    from .corpus import build_corpus
    from .loader import load_page, page_document, read_page
    fmt = _format_for(a.output, a.format)
    if a.explain:
        from .explain import explain_table
        for path in a.inputs:
            doc = load_page(path, a.encoding, a.errors, not a.keep_half_width, warn=_warn)
            sys.stdout.write(explain_table(doc))
        if not a.output:
            return 0
    if _is_many(a.inputs, a.split or a.explain):
        return _write_many(a, fmt)
    failures = 0
    for path, target in _targets(a.inputs, a.output, fmt, a.split):
        try:
            # with --explain the page was read above, and its warning given there
            src, lines = read_page(path, a.encoding, a.errors, warn=None if a.explain else _warn)
        except UserError as e:
            if len(a.inputs) == 1:
                raise
            print(f"zhengwen: {e}", file=sys.stderr)
            failures += 1
            continue
        doc = page_document(src, lines, not a.keep_half_width, explain=False)
        _write_corpus(build_corpus(doc), fmt, target, a.split)
    return EXIT_BAD_INPUT if failures else 0


def cmd_export(argv):
    a = _export_parser().parse_args(argv)
    from .corpus import build_corpus
    from .session import SessionError, load_session
    fmt = _format_for(a.output, a.format)
    if len(a.sessions) == 1 and Path(a.sessions[0]).is_dir():
        return _export_folder(a, fmt)
    for path, target in _targets(a.sessions, a.output, fmt, a.split):
        try:
            doc = load_session(path)
        except SessionError as e:
            raise UserError(with_shown_name(str(e), path)) from None
        _write_corpus(build_corpus(doc), fmt, target, a.split)
    return 0


# ---- many pages (app/batch.py, app/folder_export.py) ------------------------------------
def _is_many(inputs, one_by_one) -> bool:
    """A folder, or several pages: the corpus of a set (``one_by_one``: --split and
    --explain keep each page to itself)."""
    return not one_by_one and (len(inputs) > 1 or any(Path(i).is_dir() for i in inputs))


def _gather(paths, exclude=None, pattern="*.txt") -> list[tuple[str, str]]:
    """``(path, page)`` of the pages named, in natural order of ``page``, their path
    relative to the folder the arguments share. A stand-in for app/inputs.py (branch cli),
    which the lead merges in its place."""
    import os
    from .workspace import natural_key, scan
    found = []
    for p in paths:
        found += [str(e.path) for e in scan(p, pattern)] if os.path.isdir(p) else [p]
    root = os.path.commonpath([os.path.abspath(p if os.path.isdir(p) else os.path.dirname(p) or ".") for p in paths])
    skip = os.path.abspath(exclude) + os.sep if exclude else None
    pages = {}
    for f in map(os.path.abspath, found):
        if not (skip and f.startswith(skip)):
            pages.setdefault(os.path.relpath(f, root).replace(os.sep, "/"), f)
    return sorted(((f, rel) for rel, f in pages.items()), key=lambda pr: natural_key(pr[1]))


def _layout(output, fmt) -> str:
    """``file`` (one corpus), ``shards`` (a folder of JSONL parts) or ``pages`` (a folder
    with a file per page), from what -o names."""
    if output is None:
        raise UserError("several pages need -o: a file (corpus.jsonl, corpus.json), a folder/ or -")
    folder = output != "-" and (output.endswith(("/", "\\")) or Path(output).is_dir() or not Path(output).suffix)
    if folder:
        return "shards" if fmt == "jsonl" else "pages"
    if fmt not in ("jsonl", "json"):
        raise UserError(f"--format {fmt} of many pages writes a file per page: give -o a folder (ending with /)")
    return "file"


class _Reporter:
    """Progress on stderr when it is a terminal (tqdm), and the pages that failed or were
    read with a warning: the first few said, the rest counted in the summary."""
    SHOWN = 20

    def __init__(self):
        self.bar, self.said = None, 0

    def progress(self, done, total):
        if self.bar is None and sys.stderr.isatty():
            from tqdm import tqdm
            self.bar = tqdm(total=total, unit="page", file=sys.stderr, dynamic_ncols=True, leave=False)
        if self.bar is not None:
            self.bar.update(done - self.bar.n)

    def notice(self, result):
        self.said += 1
        if self.said <= self.SHOWN:
            text = result.error or result.warning
            if result.internal:         # the page's own messages name it; ours may not
                text = f"{shown_name(result.page)}: {text}"
            self.write(f"zhengwen: {text}")

    def write(self, text):
        if self.bar is not None:
            self.bar.write(text, file=sys.stderr)
        else:
            print(text, file=sys.stderr)

    def close(self):
        if self.bar is not None:
            self.bar.close()


def _finish(summary, errors_file) -> int:
    _warn(summary.line())
    if summary.failed:
        _warn(f"the pages that failed and why: {shown_name(errors_file)}")
        return EXIT_INTERNAL if any(internal for _, _, internal in summary.failed) else EXIT_BAD_INPUT
    return 0


def _no_pages(inputs) -> str:
    folders = [i for i in inputs if Path(i).is_dir()]
    return f"{shown_name(folders[0])}: is a folder with no page (*.txt) in it" if folders else "no pages given"


def _check_many(a, layout) -> None:
    if a.dask and layout == "file":
        raise UserError("--dask writes shards: give -o a folder (ending with /)")
    for flag, value in (("--jobs", a.jobs), ("--shard-pages", a.shard_pages)):
        if value is not None and value < 1:
            raise UserError(f"{flag} must be at least 1")


def _file_names(pages, layout, fmt):
    """Each page's file in a folder of page files, given for the whole set before any
    --shard slice is taken, so every slice names its pages alike."""
    if layout != "pages":
        return None
    from .corpus_set import page_file_names
    try:
        return page_file_names([p for _, p in pages], fmt)
    except ValueError as e:
        raise UserError(escape_controls(str(e))) from None


def _slice(pages, shard):
    from .batch import take_slice
    if not shard:
        return pages
    try:
        i, n = (int(x) for x in shard.split("/"))
        return take_slice(pages, i, n)
    except ValueError:
        raise UserError(f"--shard {shown_name(shard)}: give I/N with 0 <= I < N, e.g. 0/4") from None


def _write_many(a, fmt):
    """``reflow`` of a folder or several pages: the one corpus of the set, or a folder of
    shards or page files, resumable (app/batch.py)."""
    from . import batch
    layout = _layout(a.output, fmt)
    _check_many(a, layout)
    pages = _gather(a.inputs, exclude=a.output if layout != "file" else None)
    if not pages:
        raise UserError(_no_pages(a.inputs))
    names = _file_names(pages, layout, fmt)
    pages = _slice(pages, a.shard)
    piece = {"shards": "records", "pages": fmt}.get(layout, "records" if fmt == "jsonl" else "entry")
    opts = batch.Options(piece, a.encoding, a.errors, not a.keep_half_width)
    # a pool pays for its start (each process imports the engine) from a few dozen pages on
    jobs = a.jobs or max(1, min(batch.usable_cores(), len(pages) // 16))
    report = _Reporter()
    try:
        if layout == "file":
            summary = batch.run_into_file(pages, a.output, fmt, opts, jobs=jobs, progress=report.progress,
                                          notice=report.notice)
            errors_file = batch.errors_path(Path(a.output))
        else:
            summary = batch.run_into_folder(pages, a.output, layout, opts, jobs=jobs, force=a.force,
                                            part=a.shard or "0/1", dask=a.dask, progress=report.progress,
                                            names=names, notice=report.notice,
                                            shard_pages=a.shard_pages or batch.SHARD_PAGES)
            errors_file = Path(a.output) / batch.ERRORS
    finally:
        report.close()
    if summary.interrupted:
        _warn(summary.line())
        return 130
    return _finish(summary, errors_file)


def _export_folder(a, fmt):
    """``export DIR``: every page of the folder, its session or its suggestions."""
    from .batch import errors_path
    from .folder_export import export_folder, is_folder_output
    if a.split:
        raise UserError("--split exports one page; a folder exports to one corpus or a folder of pages")
    folder_out = is_folder_output(a.output, fmt)
    if not folder_out and fmt not in ("jsonl", "json"):
        raise UserError(f"--format {fmt} of a folder writes a file per page: give -o a folder (ending with /)")
    from .folder_export import folder_pages
    if not folder_pages(a.sessions[0]):
        raise UserError(_no_pages(a.sessions))
    report = _Reporter()
    try:
        summary = export_folder(a.sessions[0], a.output, fmt, a.status, report.progress, report.notice)
    finally:
        report.close()
    return _finish(summary, Path(a.output) / "errors.jsonl" if folder_out else errors_path(Path(a.output)))


def _check_display(env=None):
    """Qt aborts the process when it finds no screen; say so plainly instead.

    >>> _check_display({"DISPLAY": ":0"}) is None
    True
    >>> try:
    ...     _check_display({})
    ... except UserError as e:
    ...     print(str(e).splitlines()[0])
    no display to open the window on (DISPLAY is not set).
    """
    import os
    env = os.environ if env is None else env
    if not sys.platform.startswith("linux"):
        return None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY") or env.get("QT_QPA_PLATFORM"):
        return None
    raise UserError("no display to open the window on (DISPLAY is not set).\n"
                    "Run it under xvfb-run, or use `zhengwen reflow PAGE -o OUT` without a window.")


def cmd_window(argv):
    a = _window_parser().parse_args(argv)
    if a.file and not Path(a.file).exists():
        raise UserError(f"{shown_name(a.file)}: no such file or folder")
    if a.session and Path(a.file or "").is_dir():
        raise UserError("--session names one page's session: it cannot go with a folder")
    _check_display()
    from widgets.run import run_window  # the one crossing from the engine into Qt
    return run_window(a.file, session=a.session, lang=a.lang, encoding=a.encoding)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    try:
        if argv and argv[0] == "reflow":
            return cmd_reflow(argv[1:])
        if argv and argv[0] == "export":
            return cmd_export(argv[1:])
        if argv and argv[0] in ("-h", "--help"):
            print(__doc__.strip())
            return 0
        return cmd_window(argv)
    except UserError as e:
        msg = str(e)
        print(msg if msg.startswith("zhengwen") else f"zhengwen: {msg}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except MemoryError:
        print("zhengwen: out of memory", file=sys.stderr)
        return EXIT_INTERNAL
    except Exception as e:  # noqa: BLE001 - the promise is: never a traceback
        print(f"zhengwen: internal error: {type(e).__name__}: {escape_controls(str(e))}", file=sys.stderr)
        print("zhengwen: please report this with the input file", file=sys.stderr)
        return EXIT_INTERNAL
