"""Command line: ``python -m app`` (also installed as ``zhengwen``).

    zhengwen reflow PAGE|FOLDER... [--files-from LIST|-] -o OUT [--format json|jsonl|md|txt]
                    [--glob PATTERN] [--explain] [--split]
    zhengwen reflow FOLDER|PAGE... -o corpus.jsonl|corpus.json|OUTDIR/ [--jobs N] [--shard I/N]
                    [--dask ADDRESS] [--force]      many pages: docs/batch.md
    zhengwen export SESSION|FOLDER... [--files-from LIST|-] -o OUT [--format …] [--split]
    zhengwen export PAGES_FOLDER -o corpus.jsonl|corpus.json|OUTDIR/ [--status done]
    zhengwen review PAGE [--encoding NAME]       line numbers in review order, with confidence
    zhengwen [FILE|SESSION] [--session PATH] [--lang zh_CN|en]      the window

OUT is a file for one input, a folder (a name ending with ``/``, or one that exists) for one
file per input named by its path relative to the inputs' common folder, or ``-`` (stdout).
No output is ever written over an input, and nothing is written before every target is
checked (:mod:`app.outputs`). Errors are one or two plain lines on stderr: exit 2 for bad
input, 1 for a failure of ours.
A file name in them is escaped when it holds a line end or a control character
(:func:`app.filenames.shown_name`), so a name can never add a line of its own.
"""
from __future__ import annotations

import argparse
import gc
import os
import signal
import sys
from pathlib import Path

from .errors import UserError
from .filenames import escape_controls, shown_name, with_shown_name
from .outputs import Target

EXIT_BAD_INPUT, EXIT_INTERNAL = 2, 1


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        # argparse quotes what was typed as it is: a newline in an argument would end the line
        raise UserError(f"{self.prog}: {escape_controls(message)}\n{self.format_usage().strip()}")


_SPLIT_HELP = ("one file per article, named NN-<headline>.<ext>, in the -o folder (one folder per "
               "input when there are several); the folder is replaced as a whole")
_OUTPUT_HELP = ("a file (one input), a folder (a name ending with /, or an existing folder: one file "
                "per input), or - for stdout")


def _input_options(p, what, glob):
    p.add_argument("--files-from", metavar="LIST",
                   help=f"read the {what} from LIST, one path a line (- : stdin; an argument - does the same)")
    p.add_argument("--glob", metavar="PATTERN", help=f"which files of a folder to read (default {glob})")


def _reflow_parser():
    p = _Parser(prog="zhengwen reflow", description="Clean broken page text into the reflow corpus.")
    p.add_argument("inputs", nargs="*", metavar="PAGE", help="page files and folders of pages (read recursively)")
    _input_options(p, "pages", "*.txt")
    p.add_argument("-o", "--output", help=_OUTPUT_HELP)
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
    g = p.add_argument_group("many pages (a folder, or several inputs, into one file or a folder)")
    g.add_argument("--jobs", type=int, metavar="N", help="processes to run pages in (default: the cores this "
                   "process may use)")
    g.add_argument("--shard", metavar="I/N", help="only every N-th page from the I-th (0 <= I < N), in sorted "
                   "order: one slice of a run shared by N machines")
    g.add_argument("--dask", metavar="ADDRESS", help="run the shards on the Dask cluster at ADDRESS "
                   "(pip install 'zhengwen[cluster]'; -o must be a folder the workers see)")
    g.add_argument("--force", action="store_true", help="make every shard again, even those an earlier run finished; "
                   "replace a .txt output file that exists")
    g.add_argument("--shard-pages", type=int, default=None, metavar="N",
                   help="pages in a shard of -o FOLDER/ (default 100)")


def _export_parser():
    p = _Parser(prog="zhengwen export", description="Export saved sessions.")
    p.add_argument("inputs", nargs="*", metavar="SESSION", help="session files and folders of them")
    _input_options(p, "sessions", "*.json")
    p.add_argument("-o", "--output", required=True, help=_OUTPUT_HELP)
    p.add_argument("--format", choices=("json", "jsonl", "md", "txt"), default=None)
    p.add_argument("--split", action="store_true", help=_SPLIT_HELP)
    p.add_argument("--status", choices=("new", "in progress", "done"),
                   help="with a folder of pages: only the pages with this status")
    p.add_argument("--force", action="store_true", help="replace a .txt output file that exists")
    return p


def _review_parser():
    p = _Parser(prog="zhengwen review",
                description="Print a page's source line numbers in the order N visits them in the window "
                            "(least confident first), a line each, with the confidence as a second field.")
    p.add_argument("input", metavar="PAGE")
    p.add_argument("--encoding", help="force this encoding instead of detecting one")
    return p


def _window_parser():
    p = _Parser(prog="zhengwen", description="Open the annotation window. Subcommands: reflow, export, review.")
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


def _parse(parser, argv):
    a = parser.parse_args(argv)
    if not a.inputs and not a.files_from:
        parser.error("give at least one input (a file or a folder), or --files-from LIST")
    return a


def _plan(a, fmt, glob, shards=False):
    """The inputs and each one's target, every check made before anything is written; the
    targets are None when the inputs go into one file (:func:`_write_corpus_set`), and
    empty when they go into shards (``shards``: the command may write them; app/batch.py
    checks a shard folder's own files, as no page names a file there)."""
    from .export import EXTENSIONS
    from .inputs import collect
    from .outputs import check, plan
    out_folder = _check_output(a)
    # never read back what this command writes (a rerun into a folder inside the inputs)
    exclude = [a.output] if out_folder else []
    inputs = collect(a.inputs, files_from=a.files_from, glob=a.glob or glob, exclude=exclude)
    # several inputs into one file: that file may be none of them either
    lists = _lists_read(a)
    if shards and out_folder and fmt == "jsonl" and _runs_many(a, inputs):
        return inputs, []
    targets = plan(inputs, a.output, EXTENSIONS[fmt], a.split, inputs.is_set)
    if targets is None:     # the one file (stdout lands on no file)
        targets_checked = [] if a.output == "-" else [Target(i, Path(a.output)) for i in inputs]
    else:
        targets_checked = targets
    check(targets_checked, a.split, lists)
    return inputs, targets


def _lists_read(a) -> list[str]:
    """The file of inputs (``--files-from``) the command reads, which it may not write over."""
    return [a.files_from] if a.files_from not in (None, "-") else []


def _runs_many(a, inputs) -> bool:
    """Does ``reflow`` write these inputs as a batch (app/batch.py), not a page at a time?"""
    return inputs.is_set and not a.split and not a.explain and a.output != "-"


def _check_output(a) -> bool:
    """The checks of ``-o`` that need no listing of the inputs (made before a pool starts,
    so that a refused run does not wait for its workers); is it a folder?"""
    from .outputs import check_length, is_folder_name
    if a.output in (None, "-"):
        return False
    out_folder = bool(a.split or is_folder_name(a.output) or os.path.isdir(a.output))
    check_length(Path(a.output))
    if not out_folder:
        _check_not_a_page(a.output, a.force)
    return out_folder


def _check_not_a_page(output, force):
    """A ``.txt`` file that exists is what pages are: one output file replaces it only with
    ``--force`` (the page beside the input, typed by a slip, would be lost; a text output of
    an earlier run cannot be told from a page)."""
    if Path(output).suffix.lower() == ".txt" and os.path.isfile(output) and not force:
        raise UserError(f"{shown_name(output)} exists, and a .txt file may be a page: it is not replaced "
                        "(choose another -o, or give --force to replace it)")


def _early_pool(a):
    """With ``--jobs N`` (N > 1) the workers start before the pages are listed, so their
    start (a process importing the engine) overlaps the listing and the checks; without it
    the number of processes waits for the number of pages."""
    many = a.files_from or "-" in a.inputs or len(a.inputs) > 1 or any(os.path.isdir(i) for i in a.inputs)
    if many and a.jobs is not None and a.jobs > 1 and not a.dask and not a.explain and a.output not in (None, "-"):
        from .batch import start_pool
        return start_pool(a.jobs)
    return None


def _write_corpus_set(a, inputs, fmt, pool=None):
    """The one corpus of many pages (../shared/corpus-format.md, "A corpus of many pages"):
    several inputs into the one file ``a.output``, every check already made (app/batch.py)."""
    if fmt not in ("jsonl", "json"):
        raise UserError(f"{shown_name(a.output)}: --format {fmt} of several inputs writes a file per input: "
                        f"end -o with / (e.g. -o {shown_name(Path(a.output).stem)}/)")
    if hasattr(a, "jobs"):
        return _write_many(a, fmt, inputs, None, pool)
    return _export_sessions_set(a, inputs, fmt)


def _write_corpus(corpus, fmt, target, split):
    """The corpus to ``target``, or with ``split`` each article to its own file in the
    folder ``target``, which is replaced as a whole (old articles never stay beside new)."""
    from .export import EXTENSIONS, render
    if not split:
        _emit(render(corpus, fmt), target)
        return
    from .filenames import safe_filename
    from .atomic import write_text
    from .outputs import FolderWrite
    arts = corpus["articles"]
    width = max(2, len(str(len(arts))))
    try:
        folder = FolderWrite(target)
        try:
            for art in arts:
                # headlines come from the page: never let one choose the folder or the device
                name = f"{art['id']:0{width}d}-{safe_filename(art.get('headline') or '', 'article')}"
                write_text(folder.tmp / (name + EXTENSIONS[fmt]), render(dict(corpus, articles=[art], dropped=[]), fmt))
            folder.commit()
        except BaseException:
            folder.discard()
            raise
    except OSError as e:
        raise _cannot_write(target, e) from None


def _cannot_write(target, e: OSError) -> UserError:
    # making the folders of a path that goes through a file says "File exists"
    why = "a folder of its path is a file" if isinstance(e, (FileExistsError, NotADirectoryError)) else e.strerror or e
    return UserError(f"{shown_name(target)}: cannot write: {why}")


def _emit(text, target):
    from .atomic import write_text
    if target is None:
        sys.stdout.write(text)
    else:
        try:
            write_text(target, text)
        except OSError as e:
            raise _cannot_write(target, e) from None


def _warn(message):
    print(f"zhengwen: {message}", file=sys.stderr)


def _one_input(inputs, message) -> int:
    """A bad input among several is said and the run goes on; alone, it ends the run."""
    if not inputs.is_set:
        raise UserError(message)
    _warn(message)
    return 1


def cmd_reflow(argv):
    a = _parse(_reflow_parser(), argv)
    if a.errors == "replace" and not a.encoding:
        raise UserError("--errors replace needs --encoding NAME")
    fmt = _format_for(a.output, a.format)
    if a.explain and not a.output:      # only the tables: nothing is written
        from .inputs import collect
        inputs = collect(a.inputs, a.files_from, a.glob or "*.txt")
        targets = [Target(i, None) for i in inputs]
    else:
        _check_output(a)
        pool = _early_pool(a)
        try:
            inputs, targets = _plan(a, fmt, "*.txt", shards=True)
            if targets is None:
                return _write_corpus_set(a, inputs, fmt, pool)
            if _runs_many(a, inputs):
                return _write_many(a, fmt, inputs, targets, pool)
        finally:
            if pool is not None:
                from .batch import close_pool
                close_pool(pool)
    # the engine is imported here, not above: a run of many pages imports it in each worker
    from .corpus import build_corpus
    from .loader import load_page, page_document, read_page
    failures = 0
    for t in targets:
        try:
            if a.explain:
                from .explain import explain_table
                doc = load_page(t.input.path, a.encoding, a.errors, not a.keep_half_width, warn=_warn)
                sys.stdout.write(explain_table(doc))
                if not a.output:
                    continue
            # with --explain the page was read above, and its warning given there
            src, lines = read_page(t.input.path, a.encoding, a.errors, warn=None if a.explain else _warn)
        except UserError as e:
            failures += _one_input(inputs, str(e))
            continue
        doc = page_document(src, lines, not a.keep_half_width, explain=False)
        _write_corpus(build_corpus(doc), fmt, t.path, a.split)
    return EXIT_BAD_INPUT if failures else 0


def cmd_export(argv):
    a = _parse(_export_parser(), argv)
    from .corpus import build_corpus
    from .folder_export import session_page_warning
    from .session import SessionError, load_session
    fmt = _format_for(a.output, a.format)
    if _is_workspace(a):
        return _export_folder(a, fmt)
    if a.status:
        raise UserError("--status chooses pages of a folder of pages (zhengwen export FOLDER -o …)")
    inputs, targets = _plan(a, fmt, "*.json")
    if targets is None:
        return _write_corpus_set(a, inputs, fmt)
    failures = 0
    for t in targets:
        try:
            doc = load_session(t.input.path)
        except SessionError as e:
            failures += _one_input(inputs, with_shown_name(str(e), t.input.path))
            continue
        changed = session_page_warning(t.input.path, doc)
        if changed:
            _warn(changed)
        _write_corpus(build_corpus(doc), fmt, t.path, a.split)
    return EXIT_BAD_INPUT if failures else 0


def cmd_review(argv):
    a = _review_parser().parse_args(argv)
    from .loader import load_page
    from .review import review_rows
    doc = load_page(a.input, a.encoding, warn=_warn)
    sys.stdout.write("".join(f"{line}\t{conf:.4f}\n" for line, conf in review_rows(doc)))
    return 0


# ---- many pages (app/batch.py, app/folder_export.py) ------------------------------------
class _Reporter:
    """Progress on stderr when it is a terminal (tqdm), and the pages that failed or were
    read with a warning: the first few said, the rest counted in the summary.
    ``every_warning``: each warning is said, beyond the first few (an export's, of pages
    that changed since a person's saved work: few, and each needs looking at)."""
    SHOWN = 20

    def __init__(self, every_warning=False):
        self.bar, self.said, self.every_warning = None, 0, every_warning
        self.tty = sys.stderr.isatty()      # asked once: a page's progress costs no system call

    def progress(self, done, total):
        if self.bar is None and self.tty:
            from tqdm import tqdm
            self.bar = tqdm(total=total, unit="page", file=sys.stderr, dynamic_ncols=True, leave=False)
        if self.bar is not None:
            self.bar.update(done - self.bar.n)

    def notice(self, result):
        if self.every_warning and result.error is None:
            self.write(f"zhengwen: {result.warning}")
            return
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


def _errors_beside(output):
    """Where a run into one file lists the pages that failed (beside it); None on stdout,
    where they are said on stderr only."""
    from .batch import errors_path
    return None if output == "-" else errors_path(Path(output))


def _finish(summary, errors_file) -> int:
    """The summary line, said at the end of every run of many pages; the exit code."""
    _warn(summary.line())
    if summary.removed:
        from .batch import plural
        _warn(f"removed {plural(summary.removed, 'file')} an earlier run wrote here "
              "that this run does not write (pages no longer given, or another format)")
    if summary.interrupted:
        return 130
    if summary.failed:
        if errors_file is not None:
            _warn(f"the pages that failed and why: {shown_name(errors_file)}")
        else:       # the corpus went to stdout: no errors file beside it
            _warn(f"the pages that failed are named above (the first {_Reporter.SHOWN}); "
                  "-o FILE lists them all beside the file")
        return EXIT_INTERNAL if any(internal for _, _, internal in summary.failed) else EXIT_BAD_INPUT
    return 0


def _check_many(a, layout) -> None:
    if a.dask and layout != "shards":
        raise UserError("--dask writes shards: give -o a folder (ending with /) and --format jsonl")
    for flag, value in (("--jobs", a.jobs), ("--shard-pages", a.shard_pages)):
        if value is not None and value < 1:
            raise UserError(f"{flag} must be at least 1")


def _slice(pages, shard):
    from .batch import take_slice
    if not shard:
        return pages
    try:
        i, n = (int(x) for x in shard.split("/"))
        return take_slice(pages, i, n)
    except ValueError:
        raise UserError(f"--shard {shown_name(shard)}: give I/N with 0 <= I < N, e.g. 0/4") from None


def _write_many(a, fmt, inputs, targets, pool=None):
    """``reflow`` of a set of pages: into one file (``targets`` None), or into a folder of
    shards (JSONL) or of a file per page (named as :mod:`app.outputs` planned them, for
    the whole set before any --shard slice), resumable (app/batch.py)."""
    from . import batch
    layout = "file" if targets is None else "shards" if fmt == "jsonl" else "pages"
    _check_many(a, layout)
    names = None
    if layout == "pages":
        out = Path(a.output)
        names = {t.input.rel: t.path.relative_to(out).as_posix() for t in targets}
    pages = _slice([(str(i.path), i.rel) for i in inputs], a.shard)
    piece = {"shards": "records", "pages": fmt}.get(layout, "records" if fmt == "jsonl" else "entry")
    opts = batch.Options(piece, a.encoding, a.errors, not a.keep_half_width)
    # a pool pays for its start (each process imports the engine) from a few dozen pages on
    jobs = a.jobs or max(1, min(batch.usable_cores(), len(pages) // 16))
    report = _Reporter()
    try:
        if layout == "file":
            summary = batch.run_into_file(pages, a.output, fmt, opts, jobs=jobs, progress=report.progress,
                                          notice=report.notice, pool=pool)
            errors_file = _errors_beside(a.output)
        else:
            summary = batch.run_into_folder(pages, a.output, layout, opts, jobs=jobs, force=a.force,
                                            part=a.shard or "0/1", dask=a.dask, progress=report.progress,
                                            names=names, notice=report.notice,
                                            shard_pages=a.shard_pages or batch.SHARD_PAGES, inputs=inputs.root,
                                            pool=pool, reads=_lists_read(a))
            errors_file = Path(a.output) / batch.ERRORS
    finally:
        report.close()
    return _finish(summary, errors_file)


def _is_workspace(a) -> bool:
    """``export FOLDER`` of a folder of pages (not of session files): the corpus of the
    workspace, each page's session found where the window keeps it."""
    if a.files_from or a.glob or len(a.inputs) != 1 or not os.path.isdir(a.inputs[0]):
        return False
    from .workspace import scan
    return bool(scan(a.inputs[0]))


def _export_folder(a, fmt):
    """``export FOLDER``: every page of the folder, its session or its suggestions."""
    from .folder_export import export_folder, is_folder_output
    from .outputs import check_length
    if a.split:
        raise UserError("--split exports one page; a folder exports to one corpus or a folder of pages")
    folder_out = is_folder_output(a.output, fmt)
    if not folder_out and fmt not in ("jsonl", "json"):
        raise UserError(f"--format {fmt} of a folder writes a file per page: give -o a folder (ending with /)")
    check_length(Path(a.output))
    report = _Reporter(every_warning=True)
    try:
        summary = export_folder(a.inputs[0], a.output, fmt, a.status, report.progress, report.notice)
    finally:
        report.close()
    if folder_out:
        return _finish(summary, Path(a.output) / "errors.jsonl")
    return _finish(summary, _errors_beside(a.output))


def _export_sessions_set(a, inputs, fmt):
    """Several session files into one corpus file, each as a page of the set."""
    from .batch import CorpusWriter, Summary, write_corpus_stream, write_errors
    from .folder_export import session_results
    summary = Summary(pages=len(inputs))
    report = _Reporter(every_warning=True)
    writer = CorpusWriter(a.output, fmt)
    try:
        pieces = session_results([(str(i.path), i.rel) for i in inputs], "records" if fmt == "jsonl" else "entry")
        write_corpus_stream(pieces, writer, summary, report.progress, len(inputs), report.notice)
        writer.commit()
    except BaseException:
        writer.discard()
        raise
    finally:
        report.close()
    errors_file = _errors_beside(a.output)
    if errors_file is not None:
        write_errors(errors_file, summary.failed)
    return _finish(summary, errors_file)


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


class Terminated(BaseException):
    """SIGTERM, raised where the process is, so that a write in progress removes its
    temporary file as it does on Ctrl+C (app/atomic.py discards on any exception)."""


def _on_sigterm(signum, frame):
    raise Terminated


def _run_command(command, argv):
    try:
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    except ValueError:      # not the main thread (a caller's): its own signals are its own
        previous = None
    try:
        return command(argv)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def run():
    """The program's entry point (``zhengwen``, ``python -m app``)."""
    code = main()
    # the work is done and said: a Ctrl+C from here on would only cut the interpreter's exit
    # short (a pool's threads joined, its pipes and semaphores closed), with a traceback
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.argv[1:2] in (["reflow"], ["export"], ["review"]):
        # what the command leaves is freed with the process: the collector's last pass over
        # it (a twentieth of a one-page run) is spared; the window's objects get theirs
        gc.freeze()
    sys.exit(code)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    try:
        if argv and argv[0] == "reflow":
            return _run_command(cmd_reflow, argv[1:])
        if argv and argv[0] == "export":
            return _run_command(cmd_export, argv[1:])
        if argv and argv[0] == "review":
            return cmd_review(argv[1:])
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
    except Terminated:
        return 128 + signal.SIGTERM
    except BrokenPipeError:
        return 0
    except MemoryError:
        print("zhengwen: out of memory", file=sys.stderr)
        return EXIT_INTERNAL
    except Exception as e:  # noqa: BLE001 - the promise is: never a traceback
        print(f"zhengwen: internal error: {type(e).__name__}: {escape_controls(str(e))}", file=sys.stderr)
        print("zhengwen: please report this with the input file", file=sys.stderr)
        return EXIT_INTERNAL
