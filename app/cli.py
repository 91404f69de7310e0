"""Command line: ``python -m app`` (also installed as ``zhengwen``).

    zhengwen reflow INPUT... -o OUT [--format json|jsonl|md|txt] [--explain] [--split]
    zhengwen export SESSION... -o OUT --format json|jsonl|md|txt [--split]
    zhengwen review PAGE [--encoding NAME]       line numbers in review order, with confidence
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
    return p


def _export_parser():
    p = _Parser(prog="zhengwen export", description="Export saved sessions.")
    p.add_argument("sessions", nargs="+", metavar="SESSION")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--format", choices=("json", "jsonl", "md", "txt"), default=None)
    p.add_argument("--split", action="store_true", help=_SPLIT_HELP)
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
    for path, target in _targets(a.sessions, a.output, fmt, a.split):
        try:
            doc = load_session(path)
        except SessionError as e:
            raise UserError(with_shown_name(str(e), path)) from None
        _write_corpus(build_corpus(doc), fmt, target, a.split)
    return 0


def cmd_review(argv):
    a = _review_parser().parse_args(argv)
    from .loader import load_page
    from .review import review_rows
    doc = load_page(a.input, a.encoding, warn=_warn)
    sys.stdout.write("".join(f"{line}\t{conf:.4f}\n" for line, conf in review_rows(doc)))
    return 0


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
    except BrokenPipeError:
        return 0
    except MemoryError:
        print("zhengwen: out of memory", file=sys.stderr)
        return EXIT_INTERNAL
    except Exception as e:  # noqa: BLE001 - the promise is: never a traceback
        print(f"zhengwen: internal error: {type(e).__name__}: {escape_controls(str(e))}", file=sys.stderr)
        print("zhengwen: please report this with the input file", file=sys.stderr)
        return EXIT_INTERNAL
