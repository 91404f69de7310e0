"""Command line: ``python -m app`` (also installed as ``zhengwen``).

    zhengwen reflow PAGE|FOLDER... [--files-from LIST|-] -o OUT [--format json|jsonl|md|txt]
                    [--glob PATTERN] [--explain] [--split]
    zhengwen export SESSION|FOLDER... [--files-from LIST|-] -o OUT [--format …] [--split]
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
    return p


def _export_parser():
    p = _Parser(prog="zhengwen export", description="Export saved sessions.")
    p.add_argument("inputs", nargs="*", metavar="SESSION", help="session files and folders of them")
    _input_options(p, "sessions", "*.json")
    p.add_argument("-o", "--output", required=True, help=_OUTPUT_HELP)
    p.add_argument("--format", choices=("json", "jsonl", "md", "txt"), default=None)
    p.add_argument("--split", action="store_true", help=_SPLIT_HELP)
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


def _parse(parser, argv):
    a = parser.parse_args(argv)
    if not a.inputs and not a.files_from:
        parser.error("give at least one input (a file or a folder), or --files-from LIST")
    return a


def _plan(a, fmt, glob):
    """The inputs and each one's target, every check made before anything is written; the
    targets are None when the inputs go into one file (:func:`_write_corpus_set`)."""
    from .export import EXTENSIONS
    from .inputs import collect
    from .outputs import check, check_length, is_folder_name, plan
    out_folder = a.output not in (None, "-") and (a.split or is_folder_name(a.output) or os.path.isdir(a.output))
    # never read back what this command writes (a rerun into a folder inside the inputs)
    exclude = [a.output] if out_folder else []
    inputs = collect(a.inputs, files_from=a.files_from, glob=a.glob or glob, exclude=exclude)
    if a.output not in (None, "-"):
        check_length(Path(a.output))
    targets = plan(inputs, a.output, EXTENSIONS[fmt], a.split, inputs.is_set)
    # several inputs into one file: that file may be none of them either
    lists = [a.files_from] if a.files_from not in (None, "-") else []
    check(targets if targets is not None else [Target(i, Path(a.output)) for i in inputs], a.split, lists)
    return inputs, targets


def _write_corpus_set(a, inputs, fmt):
    """The hook for the one corpus of many pages (../shared/corpus-format.md, "A corpus of many
    pages"): several inputs into the one file ``a.output``, every check already made. Until
    it is written, refused before anything is written."""
    raise UserError(f"{shown_name(a.output)}: several inputs into one file is not supported yet: "
                    f"end -o with / to write one file per input into a folder (e.g. -o {shown_name(Path(a.output).stem)}/)")


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
    from .corpus import build_corpus
    from .loader import load_page, page_document, read_page
    fmt = _format_for(a.output, a.format)
    if a.explain and not a.output:      # only the tables: nothing is written
        from .inputs import collect
        inputs = collect(a.inputs, a.files_from, a.glob or "*.txt")
        targets = [Target(i, None) for i in inputs]
    else:
        inputs, targets = _plan(a, fmt, "*.txt")
        if targets is None:
            return _write_corpus_set(a, inputs, fmt)
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
    from .session import SessionError, load_session
    fmt = _format_for(a.output, a.format)
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
        _write_corpus(build_corpus(doc), fmt, t.path, a.split)
    return EXIT_BAD_INPUT if failures else 0


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


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    try:
        if argv and argv[0] == "reflow":
            return _run_command(cmd_reflow, argv[1:])
        if argv and argv[0] == "export":
            return _run_command(cmd_export, argv[1:])
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
