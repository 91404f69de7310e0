"""Many pages through the engine: in order, on every core, resumable, on a cluster.

The pages come as ``(path, page)`` pairs, ``page`` being the name in the set (the path
relative to the folder, ``/``-separated), already in their final order. Where they go:

- ``file``: the one corpus of all pages in one file (JSONL, one article a line, or the
  JSON set; :mod:`app.corpus_set`), or stdout. A file is written beside its place and put
  there when the run ends, so a killed run leaves the old file or none, never half.
- ``shards``: a folder of ``part-00000.jsonl``, ``part-00001.jsonl``, ... of
  :data:`SHARD_PAGES` pages each (the corpus is all of them in name order);
- ``pages``: a folder with one file per page (``--format json|md|txt``), named by the page
  (:func:`app.corpus_set.page_file_names`).

A folder is written a shard at a time: each part file atomically (one fsync), then a line
of ``manifest.jsonl`` saying which pages it holds, their sha256, size and time, and the
engine that made it. A rerun reads the manifest and does again only the shards that are
missing or whose pages changed (a page whose size and time are still those recorded is
not read again); a killed run leaves whole shards only. Pages that fail are written to
``errors.jsonl`` with the reason, and the run goes on.

Locally the pages run in a process pool (``--jobs``; "spawn", which every platform has),
a few pages per task, and come back in order, so the output is the same bytes whatever
the number of processes. On a Dask cluster (``--dask``) each shard is one task that writes
its own part file.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import asdict, dataclass, field, replace
from itertools import chain, islice
from pathlib import Path

SHARD_PAGES = 100
MANIFEST, ERRORS = "manifest.jsonl", "errors.jsonl"
MANIFEST_FORMAT, MANIFEST_VERSION = "zhengwen-batch-manifest", 1
LAYOUTS = ("file", "shards", "pages")
# what makes a page's output: a change to any of these may change it (see engine_version)
ENGINE_SOURCES = ("decoding", "rules", "corpus.py", "corpus_set.py", "document.py", "export.py",
                  "line_text.py", "lines.py", "loader.py", "operations.py", "suggest.py")

Progress = Callable[[int, int], None]     # (pages done, pages in all)


@dataclass(frozen=True)
class Options:
    """How every page is made. ``piece`` is what a page gives: ``records`` (its lines of
    the JSONL corpus), ``entry`` (its page of the JSON set) or ``json``/``md``/``txt`` (its
    own file)."""
    piece: str = "records"
    encoding: str | None = None
    errors: str = "strict"
    fold_half_width: bool = True
    join: bool = False      # the pages make one corpus file: articles continued on another page are joined


@dataclass
class PageResult:
    page: str
    data: bytes = b""     # the page's piece of the output, UTF-8 (made where the page ran)
    articles: int = 0
    sha256: str | None = None
    stat: tuple[int, int] | None = None    # size and mtime_ns, taken before the page was read
    error: str | None = None
    internal: bool = False                 # the failure is ours, not the page's
    warning: str | None = None
    # with Options.join (app/set_join.py): the page's number, and its corpus-set entry when
    # it holds a jump line
    number: object = None
    entry: dict | None = None


@dataclass
class Summary:
    pages: int = 0          # pages in the run (done now or found done)
    articles: int = 0
    failed: list = field(default_factory=list)     # (page, reason, internal)
    skipped: int = 0        # pages of shards found done and not redone
    seconds: float = 0.0
    written: list = field(default_factory=list)    # what the run wrote (files or the folder)
    kept: int = 0           # pages whose output is on disk (found done, or written now)
    interrupted: bool = False
    removed: int = 0        # files of an earlier run into the folder that this run does not write

    def line(self) -> str:
        """The one line said at the end of every run.

        >>> Summary(1000, 8123, [("a", "x", False)], 300, 12.34).line()
        '1000 pages, 8123 articles, 1 failed, 12.3 s (300 pages already done)'
        >>> Summary(1000, 50, [], 0, 2.0, kept=200, interrupted=True).line()
        'interrupted: 200 of 1000 pages written, 50 articles, 0 failed, 2.0 s; the same command goes on from there'
        >>> Summary(1, 1, [], 0, 0.1).line()
        '1 page, 1 article, 0 failed, 0.1 s'
        """
        if self.interrupted:
            more = "; the same command goes on from there" if self.kept else ""
            return (f"interrupted: {self.kept} of {plural(self.pages, 'page')} written, {plural(self.articles, 'article')}, "
                    f"{len(self.failed)} failed, {self.seconds:.1f} s{more}")
        extra = f" ({plural(self.skipped, 'page')} already done)" if self.skipped else ""
        return (f"{plural(self.pages, 'page')}, {plural(self.articles, 'article')}, {len(self.failed)} failed, "
                f"{self.seconds:.1f} s{extra}")

    def add(self, entry: dict) -> None:
        self.articles += entry["articles"]
        self.failed += [tuple(f) for f in entry["failed"]]
        self.kept += len(entry["pages"])


def plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


# ---- one page ---------------------------------------------------------------------------
def piece_data(corpus: dict, page: str, status: str, sha256: str, piece: str) -> bytes:
    """A page's piece of the output (``records``: its JSONL lines, ``entry``: its entry of
    a JSON corpus, else its own file in that format), UTF-8 as it is written."""
    from . import corpus_set
    if piece == "records":
        text = corpus_set.jsonl_text(corpus, page, status, sha256)
    elif piece == "entry":
        text = corpus_set.entry_text(corpus_set.page_entry(corpus, page, status, sha256))
    else:
        text = corpus_set.page_file_text(corpus, piece)
    return text.encode("utf-8")


def _stat(path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def failure(page: str, e: BaseException, stat=None) -> PageResult:
    """A page that failed, with the reason said as the command line says it."""
    from .filenames import escape_controls
    from .errors import UserError
    if isinstance(e, UserError):
        return PageResult(page, stat=stat, error=str(e))
    return PageResult(page, stat=stat, error=f"internal error: {type(e).__name__}: {escape_controls(str(e))}",
                      internal=True)


def _made(path: str, opts: Options, warn=None):
    """A page read and through the engine: its source, lines and corpus."""
    from .corpus import build_corpus
    from .loader import page_document, read_page
    src, lines = read_page(path, opts.encoding, opts.errors, warn=warn)
    return src, lines, build_corpus(page_document(src, lines, opts.fold_half_width, explain=False))


def reflow_page(path: str, page: str, opts: Options) -> PageResult:
    """One page through the engine (its automatic suggestions: status ``new``); with
    ``opts.join``, its number too, and its corpus-set entry when it holds a jump line."""
    stat = _stat(path)
    warnings = []
    try:
        src, lines, corpus = _made(path, opts, warnings.append)
        data = piece_data(corpus, page, "new", src.sha256, opts.piece)
        entry = number = None
        if opts.join:
            from .set_join import join_entry
            entry, number = join_entry(corpus, page, src.sha256, lines)
    except Exception as e:  # noqa: BLE001 - one page's failure is reported, the run goes on
        return failure(page, e, stat)
    return PageResult(page, data, len(corpus["articles"]), src.sha256, stat,
                      warning=warnings[0] if warnings else None, number=number, entry=entry)


def join_entry_again(path: str, page: str, opts: Options) -> dict:
    """The corpus-set entry of a page a jump line names, read again to join it."""
    from .set_join import join_entry
    src, lines, corpus = _made(path, opts)
    return join_entry(corpus, page, src.sha256, lines, always=True)[0]


def reflow_pages(pages: list[tuple[str, str]], opts: Options) -> list[PageResult]:
    return [reflow_page(path, page, opts) for path, page in pages]


# ---- many pages, in order ---------------------------------------------------------------
def usable_cores() -> int:
    """The cores this process may run on (an affinity mask or a container's quota may
    allow fewer than the machine has)."""
    count = getattr(os, "process_cpu_count", None)     # Python 3.13
    if count is not None:
        return count() or 1
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:
        return os.cpu_count() or 1


def _start_worker() -> None:
    """Each worker imports the engine once, before its first page; Ctrl+C is the parent's
    to handle (it stops giving out pages and lets the pages under way finish)."""
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import importlib
    for name in ("corpus", "corpus_set", "loader", "suggest", "rules.pipeline"):
        importlib.import_module(f"{__package__}.{name}")
    # what is left at the end goes to the collector's permanent generation, as the command
    # line's own process does (cli.run): the interpreter's last passes over every module's
    # objects cost a worker some 27 M instructions, and it exits anyway
    import atexit
    import gc
    atexit.register(gc.freeze)


def chunked(items: list, size: int) -> Iterator[list]:
    """
    >>> list(chunked([1, 2, 3, 4, 5], 2))
    [[1, 2], [3, 4], [5]]
    """
    for at in range(0, len(items), size):
        yield items[at:at + size]


TASK_PAGES = 16     # pages a task at most: the pool spends about a millisecond of the parent's CPU a task


def task_size(left: int, jobs: int) -> int:
    """Pages in the next task when ``left`` pages are not yet given out: enough that the
    parent spends little on each task it hands out and takes back (on two cores its time
    is taken from the workers'), and a quarter of a process's share of what is left, so
    the tasks shrink to a page at the end and the processes finish together (the last
    task is a page, not sixteen, while the others wait).

    >>> task_size(1000, 2), task_size(100, 2), task_size(10, 2), task_size(3, 4)
    (16, 13, 2, 1)
    """
    return max(1, min(TASK_PAGES, -(-left // (jobs * 4))))


def guided_tasks(items: list, jobs: int) -> Iterator[list]:
    """``items`` cut into tasks of :func:`task_size` pages, in their order.

    >>> [len(t) for t in guided_tasks(list(range(40)), 2)]
    [5, 5, 4, 4, 3, 3, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1]
    """
    at = 0
    while at < len(items):
        size = task_size(len(items) - at, jobs)
        yield items[at:at + size]
        at += size


def _ready() -> None:
    """A task that only makes a worker start (and import the engine)."""


def start_pool(jobs: int):
    """A pool of ``jobs`` processes, started now: each imports the engine while the caller
    goes on (listing the pages, checking the outputs). Started with "spawn", so nothing
    depends on ``fork``. The caller shuts it down (:func:`close_pool`)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"), initializer=_start_worker)
    # the pool makes a process at each of these submits (none is idle yet); each starts with
    # Ctrl+C ignored, a disposition ``exec`` keeps: a worker's import cut by the terminal's
    # Ctrl+C would print a traceback of its own. The parent's Ctrl+C is off for those few
    # milliseconds; its worker's initializer keeps it off for good.
    with interrupts_ignored():
        for _ in range(jobs):
            pool.submit(_ready)
    return pool


def close_pool(pool) -> None:
    """Shut ``pool`` down, the pages under way finished and the rest cancelled. A Ctrl+C
    meanwhile is raised once it is done: inside the pool's finalizers (they unlink its
    semaphores) it would print a traceback and leave the resource tracker a name already
    gone."""
    with interrupts_deferred():
        pool.shutdown(wait=True, cancel_futures=True)


@contextmanager
def interrupts_ignored():
    """SIGINT ignored in the block (in the main thread; elsewhere signals are not ours)."""
    import signal
    with _sigint_handled_by(signal.SIG_IGN):
        yield


@contextmanager
def interrupts_deferred():
    """A Ctrl+C in the block is noted, and raised as KeyboardInterrupt when the block ends
    (in the main thread; elsewhere signals are not ours)."""
    import signal
    pressed = []
    with _sigint_handled_by(lambda *_: pressed.append(True)) as previous:
        yield
    if pressed and previous is not signal.SIG_IGN:
        raise KeyboardInterrupt


@contextmanager
def _sigint_handled_by(handler):
    """SIGINT given to ``handler`` in the block, the previous handler back after it; gives
    the previous one (None off the main thread, where nothing is changed)."""
    import signal
    try:
        previous = signal.signal(signal.SIGINT, handler)
    except ValueError:
        previous = None
    try:
        yield previous
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


def results_in_order(pages: list[tuple[str, str]], opts: Options, jobs: int = 1, pool=None) -> Iterator[PageResult]:
    """Each page's result, in the order of ``pages``. With ``jobs`` > 1 the pages run in
    a pool of that many processes (``pool``, when the caller started it: :func:`start_pool`),
    a bounded number of tasks ahead of the one awaited: enough that a long page at the head
    keeps no process waiting, few enough that memory does not grow with the number of pages."""
    if jobs <= 1 or len(pages) <= 1:
        for path, page in pages:
            yield reflow_page(path, page, opts)
        return
    tasks = guided_tasks(pages, jobs)
    own = pool is None
    pool = start_pool(jobs) if own else pool
    try:
        pending = deque(pool.submit(reflow_pages, t, opts) for t in islice(tasks, jobs * 16))
        while pending:
            results = pending.popleft().result()
            for t in islice(tasks, 1):
                pending.append(pool.submit(reflow_pages, t, opts))
            yield from results
    finally:
        if own:
            close_pool(pool)


# ---- shards and the manifest ------------------------------------------------------------
@dataclass(frozen=True)
class Shard:
    index: int
    pages: tuple            # ((path, page), ...)

    def name(self, layout: str) -> str:
        """
        >>> Shard(7, ()).name("shards"), Shard(7, ()).name("pages")
        ('part-00007.jsonl', 'pages-00007')
        """
        return f"part-{self.index:05d}.jsonl" if layout == "shards" else f"pages-{self.index:05d}"


def plan_shards(pages: list[tuple[str, str]], size: int = SHARD_PAGES) -> list[Shard]:
    """The pages cut into shards of ``size`` in their order.

    >>> [len(s.pages) for s in plan_shards([("p", str(i)) for i in range(250)])]
    [100, 100, 50]
    """
    return [Shard(i, tuple(c)) for i, c in enumerate(chunked(pages, size))]


def take_slice(pages: list, i: int, n: int) -> list:
    """Every ``n``-th page from the ``i``-th (``--shard I/N``): the slices 0/N … N-1/N
    hold every page once, whatever machine computes them.

    >>> take_slice(list("abcdefg"), 1, 3)
    ['b', 'e']
    """
    if not (n >= 1 and 0 <= i < n):
        raise ValueError(f"slice {i}/{n}: I must be from 0 to N-1")
    return pages[i::n]


def engine_version() -> str:
    """A digest of the engine's source: a rerun with another engine makes every page
    again. (Not the package's version: asking importlib.metadata for it costs more than
    the digest, and the digest changes whenever the version's code does.)"""
    root = Path(__file__).parent
    h = hashlib.sha256()
    for name in ENGINE_SOURCES:
        p = root / name
        for f in sorted(p.rglob("*.py")) if p.is_dir() else [p]:
            h.update(f.relative_to(root).as_posix().encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def manifest_header(opts: Options, layout: str, part: str, shard_pages: int, inputs: str | None = None) -> dict:
    """``inputs``: the folder the pages' names are relative to (absolute), which tells a
    rerun from a run over other pages into the same folder."""
    return {"format": MANIFEST_FORMAT, "version": MANIFEST_VERSION, "engine": engine_version(),
            "layout": layout, "options": asdict(opts), "shard_pages": shard_pages, "slice": part,
            "inputs": inputs}


def read_manifest(folder: Path) -> tuple[dict | None, dict[str, dict]]:
    """The header and the last entry of each shard; a line cut short by a killed run (or
    anything that does not read as an entry) is left out."""
    try:
        f = open(folder / MANIFEST, encoding="utf-8")
    except OSError:
        return None, {}
    header, entries = None, {}
    with f:
        for n, line in enumerate(f):
            try:
                obj = json.loads(line)
            except ValueError:
                continue
            if n == 0:
                header = obj if isinstance(obj, dict) and obj.get("format") == MANIFEST_FORMAT else None
                if header is None:
                    return None, {}
            elif isinstance(obj, dict) and isinstance(obj.get("shard"), str):
                entries[obj["shard"]] = obj
    return header, entries


def _line(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n"


def shard_entry(name: str, results: list[PageResult], files: list) -> dict:
    ok = [r for r in results if r.error is None]
    return {"shard": name,
            "pages": [[r.page, r.sha256, *(r.stat or (None, None))] for r in results],
            "articles": sum(r.articles for r in ok),
            "failed": [[r.page, r.error, r.internal] for r in results if r.error is not None],
            "files": files}


def page_unchanged(path: str, recorded: list) -> bool:
    """Is the page at ``path`` still the one recorded ``[page, sha256, size, mtime_ns]``?
    Its bytes are read only when its size or time moved (a copy, a touch)."""
    _, sha, size, mtime = recorded
    if sha is None:
        return False            # it failed to be read: try again
    if _stat(path) == (size, mtime):
        return True
    from .pagework import file_sha256
    try:
        return file_sha256(path) == sha
    except OSError:
        return False


def shard_done(folder: Path, shard: Shard, entry: dict | None) -> bool:
    """Was ``shard`` written by an earlier run from the pages it holds now?"""
    if entry is None or [p[0] for p in entry["pages"]] != [page for _, page in shard.pages]:
        return False
    if entry["failed"]:
        return False            # a failed page is tried again (it may have been fixed)
    for name, size in entry["files"]:
        try:
            if os.stat(folder / name).st_size != size:
                return False
        except OSError:
            return False
    return all(page_unchanged(path, rec) for (path, _), rec in zip(shard.pages, entry["pages"]))


def write_shard(folder: Path, shard: Shard, results: list[PageResult], layout: str,
                names: dict[str, str] | None = None) -> dict:
    """Write one shard's output (its part file, or its pages' files), each file atomically;
    return its manifest entry."""
    from .atomic import write_bytes
    files = []
    if layout == "shards":
        data = b"".join(r.data for r in results if r.error is None)
        write_bytes(folder / shard.name(layout), data)
        files.append([shard.name(layout), len(data)])
    else:
        for r in results:
            if r.error is None:
                data = r.data
                write_bytes(folder / names[r.page], data)
                files.append([names[r.page], len(data)])
    return shard_entry(shard.name(layout), results, files)


def run_shard(folder: str, shard: Shard, layout: str, opts: Options, names: dict | None = None) -> dict:
    """One shard made and written where it runs (a cluster's task)."""
    return write_shard(Path(folder), shard, reflow_pages(list(shard.pages), opts), layout, names)


# ---- a folder ---------------------------------------------------------------------------
@dataclass
class FolderRun:
    """A run into a folder: which shards to make, and the manifest being written."""
    folder: Path
    layout: str
    header: dict
    todo: list[Shard]
    names: dict | None
    summary: Summary
    _manifest: object = None
    _last: str = ""             # the shard of the manifest's last line
    _in_order: bool = True      # its lines are in shard order

    def start(self, done_entries: list[dict]) -> None:
        """Rewrite the manifest with the shards found done (dropping older lines), then
        keep it open to add a line per shard made."""
        from .atomic import write_text
        self.folder.mkdir(parents=True, exist_ok=True)
        write_text(self.folder / MANIFEST, "".join(map(_line, [self.header, *done_entries])))
        self._manifest = open(self.folder / MANIFEST, "a", encoding="utf-8")
        self._last = done_entries[-1]["shard"] if done_entries else ""

    def record(self, entry: dict) -> None:
        """A shard is on disk: say so. No fsync: a line lost to a power cut only makes its
        shard be done again, and a line whose file did not reach the disk is caught by the
        size check of :func:`shard_done`."""
        self._manifest.write(_line(entry))
        self._manifest.flush()
        self.summary.add(entry)
        self._in_order = self._in_order and entry["shard"] > self._last
        self._last = entry["shard"]

    def put_in_order(self) -> None:
        """After a whole run, the manifest's lines in shard order (a cluster finishes
        shards in any order, a rerun adds the changed ones last): the folder is then the
        same bytes however it was made."""
        from .atomic import write_text
        self.close()
        if not self._in_order:
            header, entries = read_manifest(self.folder)
            write_text(self.folder / MANIFEST, "".join(map(_line, [header, *(entries[k] for k in sorted(entries))])))

    def close(self) -> None:
        if self._manifest is not None:
            self._manifest.close()
            self._manifest = None


def prepare_folder(folder: Path, shards: list[Shard], layout: str, header: dict, force: bool,
                   names: dict | None, summary: Summary, reads=()) -> FolderRun:
    """Which shards of ``shards`` must be made; refuses a folder holding another slice's
    output (``--shard``), or the output of pages read from another folder, unless ``force``,
    and a folder where the run would write over one of its pages or of the files in ``reads``."""
    pages = (path for s in shards for path, _ in s.pages)
    refuse_writing_on_an_input(folder, chain(reads, pages), own_files(shards, layout))
    old_header, entries = read_manifest(folder)
    _refuse_another_run(folder, old_header, entries, header, force, {p for sh in shards for _, p in sh.pages})
    same = not force and old_header is not None and all(old_header.get(k) == header[k] for k in
                                          ("engine", "layout", "options", "shard_pages", "version"))
    done, todo = [], []
    for shard in shards:
        entry = entries.get(shard.name(layout)) if same else None
        if entry is not None and shard_done(folder, shard, entry):
            done.append(entry)
            summary.add(entry)
            summary.skipped += len(shard.pages)
        else:
            todo.append(shard)
    summary.removed = _remove_stale(folder, entries, {s.name(layout) for s in shards}, layout, names, shards)
    if names:
        remove_temp_files(folder, names.values())
    run = FolderRun(folder, layout, header, todo, names, summary)
    run.start(done)
    return run


def refuse_writing_on_an_input(folder: Path, paths: Iterable, own: Iterable[str]) -> None:
    """Refuse, even with ``--force``, a run one of whose own files (``own``: the part files,
    the manifest, the errors file, named in ``folder``) is already there as one of ``paths``
    (what it reads: its pages, a list of them) by any name: a page given as a file is read
    from anywhere, even from the output folder. ``paths`` are looked at only when the
    folder holds one of those files (a rerun), so a first run stats nothing."""
    from .errors import UserError
    from .filenames import shown_name
    from .outputs import file_identity
    there = {}
    for name in own:
        key = file_identity(folder / name)
        if key is not None:
            there[key] = name
    if not there:
        return
    for path in paths:
        name = there.get(file_identity(path))
        if name is not None:
            raise UserError(f"{shown_name(folder / name)}: the output would replace the input "
                            f"{shown_name(path)}: choose another -o")


def own_files(shards: list[Shard], layout: str) -> list[str]:
    """The files a run writes in its folder under names of its own (pages' files aside)."""
    return [MANIFEST, ERRORS] + ([s.name(layout) for s in shards] if layout == "shards" else [])


def _refuse_another_run(folder: Path, old_header: dict | None, entries: dict, header: dict, force: bool,
                        given: set) -> None:
    """A rerun goes on from what the folder holds and removes what it no longer writes; a
    run over other pages (another slice, another folder of pages, pages none of which the
    folder's output is of: ``given`` this run's) would remove the first run's outputs, so
    it is refused unless ``force``."""
    from .errors import UserError
    from .filenames import shown_name
    if force or old_header is None:
        return
    if old_header.get("slice") != header["slice"]:
        raise UserError(f"this folder holds slice {old_header.get('slice')} of a run, not {header['slice']}: "
                        "give each slice a folder of its own (or --force to replace it)")
    old = old_header.get("inputs")
    recorded = {rec[0] for e in entries.values() for rec in e.get("pages", ()) if rec}
    if entries and old is not None and old != header["inputs"]:
        raise UserError(f"{shown_name(folder)} holds the output of {len(recorded)} pages read from {shown_name(old)}, "
                        f"not from {shown_name(header['inputs'])}: give this run a folder of its own "
                        "(or --force to replace that output)")
    if recorded and recorded.isdisjoint(given):
        raise UserError(f"{shown_name(folder)} holds the output of {len(recorded)} pages, none of them among these: "
                        "give this run a folder of its own (or --force to replace that output)")


def _remove_stale(folder: Path, entries: dict, keep: set, layout: str, names=None, shards=()) -> int:
    """The files an earlier run recorded in the manifest that this run does not write (a
    larger run's part files, the pages of another format, pages no longer given), and
    temporary files of writes a killed run left. A file is removed only while it has the
    size recorded (so one a person put there since is left alone) and is no input of this
    run; folders emptied by it go too. Returns how many were removed."""
    removed = 0
    writes = set(keep) if layout == "shards" else set((names or {}).values())
    stale = [(f, size) for entry in entries.values() for f, size in entry.get("files", [])
             if isinstance(f, str) and f not in writes and _inside(f)]
    if stale:
        inputs = None
        for f, size in stale:
            path = folder / f
            try:
                st = os.stat(path)
            except OSError:
                continue
            if inputs is None:      # only when there is something to remove
                from .outputs import file_identity
                inputs = {file_identity(path) for s in shards for path, _ in s.pages}
            if st.st_size == size and (st.st_dev, st.st_ino) not in inputs:
                try:
                    os.unlink(path)
                except OSError:
                    continue
                removed += 1
                _remove_empty_folders(folder, path.parent)
    remove_temp_files(folder, [*keep, MANIFEST, ERRORS])
    return removed


def _inside(rel: str) -> bool:
    """A name a run may have written: relative, below the folder, not the run's own files.

    >>> [_inside(n) for n in ("a.md", "x/a.md", "../a.md", "/etc/a", "manifest.jsonl", "")]
    [True, True, False, False, False, False]
    """
    parts = rel.split("/")
    return bool(rel) and not rel.startswith("/") and ".." not in parts and "" not in parts \
        and rel not in (MANIFEST, ERRORS)


def _remove_empty_folders(top: Path, where: Path) -> None:
    while where != top and top in where.parents:
        try:
            os.rmdir(where)         # only an empty one
        except OSError:
            return
        where = where.parent


def remove_temp_files(folder: Path, names) -> None:
    """The temporary files (:mod:`app.atomic`) that writes of ``names`` (paths relative
    to ``folder``) left when they were killed; each folder is listed once, however many
    names it holds."""
    from .atomic import temp_prefix
    prefixes: dict[str, set] = {}
    for name in names:
        where, _, base = name.rpartition("/")
        prefixes.setdefault(where, set()).add(temp_prefix(base))
    for where, ours in prefixes.items():
        try:
            found = os.listdir(folder / where if where else folder)
        except OSError:
            continue
        for name in found:
            if name.startswith(".") and name.endswith(".tmp") and any(
                    name[:i + 1] in ours for i, c in enumerate(name) if c == "~"):
                try:
                    os.unlink(folder / where / name if where else folder / name)
                except OSError:
                    pass


def write_errors(path: Path, failed: list) -> None:
    """The failed pages, one a line with the reason (none: the file is removed)."""
    from .atomic import write_text
    if path.exists() and not _is_errors_list(path):
        from .errors import UserError
        from .filenames import shown_name
        raise UserError(f"{shown_name(path)}: exists and is no list of failed pages of Zhengwen; "
                        "it is left as it is (move it to have the failures listed there)")
    if failed:
        write_text(path, "".join(_line({"page": p, "error": e, "internal": i}) for p, e, i in failed))
    else:
        try:
            os.unlink(path)
        except FileNotFoundError:
            pass


def _is_errors_list(path: Path) -> bool:
    """Was ``path`` written by :func:`write_errors` (so it may be replaced or removed)?"""
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                entry = json.loads(line)
                if not (isinstance(entry, dict) and {"page", "error"} <= entry.keys()):
                    return False
    except (OSError, ValueError):
        return False
    return True


def run_folder_local(run: FolderRun, opts: Options, jobs: int, progress: Progress | None, total: int,
                     notice=None, pool=None) -> None:
    """Make the shards to do, a process pool over their pages, writing each shard as its
    last page comes back."""
    pages = [p for s in run.todo for p in s.pages]
    done = run.summary.skipped
    shards = iter(run.todo)
    shard, results = next(shards, None), []
    with closing(results_in_order(pages, opts, jobs, pool)) as stream:
        for r in stream:
            results.append(r)
            done += 1
            if notice and (r.error or r.warning):
                notice(r)
            if len(results) == len(shard.pages):
                run.record(write_shard(run.folder, shard, results, run.layout, run.names))
                shard, results = next(shards, None), []
            if progress:
                progress(done, total)


def run_folder_dask(run: FolderRun, opts: Options, address: str, progress: Progress | None, total: int,
                    notice=None) -> None:
    """Each shard a task of the Dask cluster at ``address``, writing its own part file
    (the folder must be one the workers see at the same path); a bounded number of tasks
    are in the scheduler at a time."""
    try:
        from distributed import Client, as_completed
    except ImportError:
        from .errors import UserError
        raise UserError("--dask needs the cluster extra: pip install 'zhengwen[cluster]'") from None
    folder = str(run.folder.absolute())
    done = run.summary.skipped
    with Client(address) as client:
        window = max(4, 4 * sum(client.nthreads().values()))
        shards = iter(run.todo)

        def submit(shard):
            names = {p: run.names[p] for _, p in shard.pages} if run.names else None
            return client.submit(run_shard, folder, shard, run.layout, opts, names, pure=False)

        flow = as_completed([submit(s) for s in islice(shards, window)])
        try:
            for fut in flow:
                entry = fut.result()
                run.record(entry)
                done += len(entry["pages"])
                for page, error, internal in entry["failed"] if notice else ():
                    notice(PageResult(page, error=error, internal=internal))
                for s in islice(shards, 1):
                    flow.add(submit(s))
                if progress:
                    progress(done, total)
        except BaseException:
            client.cancel(list(flow.futures))
            raise


def run_into_folder(pages: list[tuple[str, str]], folder, layout: str, opts: Options, *, jobs: int = 1,
                    force: bool = False, part: str = "0/1", dask: str | None = None,
                    progress: Progress | None = None, names: dict | None = None,
                    shard_pages: int = SHARD_PAGES, notice=None, inputs: str | None = None, pool=None,
                    reads=()) -> Summary:
    """``pages`` into ``folder`` (``shards`` or ``pages``), doing again only what an
    earlier run left undone. ``names``: each page's file name (``pages`` layout);
    ``notice``: called with each page's result that failed or has a warning; ``inputs``: the
    folder the pages' names are relative to; ``reads``: other files the run read (the list
    of its pages), which it must not write over either."""
    started = time.monotonic()
    folder = Path(folder)
    summary = Summary(pages=len(pages))
    header = manifest_header(opts, layout, part, shard_pages, inputs)
    run = prepare_folder(folder, plan_shards(pages, shard_pages), layout, header, force, names, summary, reads)
    try:
        if progress:
            progress(summary.skipped, len(pages))
        if dask:
            run_folder_dask(run, opts, dask, progress, len(pages), notice)
        else:
            run_folder_local(run, opts, jobs, progress, len(pages), notice, pool)
        run.put_in_order()
    except KeyboardInterrupt:
        summary.interrupted = True      # the shards written are whole and recorded: said, not lost
    finally:
        run.close()
    summary.failed.sort()
    write_errors(folder / ERRORS, summary.failed)
    summary.seconds = time.monotonic() - started
    summary.written.append(folder)
    return summary


# ---- one file ---------------------------------------------------------------------------
class CorpusWriter:
    """The one corpus of many pages, a page at a time, to a file (put in place by
    :meth:`commit`) or to a stream (stdout)."""

    def __init__(self, target, fmt: str):
        self.fmt, self.first = fmt, True
        if str(target) == "-":
            target = sys.stdout
        if hasattr(target, "write"):
            self.stream, self.file = target, None
        else:
            from .atomic import AtomicFile
            self.file = AtomicFile(target)
            self.stream = None
        if fmt == "json":
            from .corpus_set import SET_HEAD
            self._put(SET_HEAD.encode("utf-8"))

    def _put(self, data: bytes) -> None:
        if self.file is not None:
            self.file.write(data)
        else:
            self.stream.write(data.decode("utf-8"))

    def add(self, data: bytes) -> None:
        """One page's piece (UTF-8)."""
        from .corpus_set import SET_SEPARATOR
        if self.fmt == "json" and not self.first:
            self._put(SET_SEPARATOR.encode("utf-8"))
        self.first = False
        self._put(data)

    def commit(self) -> None:
        if self.fmt == "json":
            from .corpus_set import SET_TAIL
            self._put(b"]}\n" if self.first else SET_TAIL.encode("utf-8"))
        if self.file is not None:
            self.file.commit()
        else:
            self.stream.flush()

    def discard(self) -> None:
        if self.file is not None:
            self.file.discard()


def errors_path(out: Path) -> Path:
    """Where a one-file run lists its failures: beside the file.

    >>> errors_path(Path("out/corpus.jsonl")).as_posix()
    'out/corpus.errors.jsonl'
    >>> errors_path(Path("2024.12.02.jsonl")).as_posix()
    '2024.12.02.errors.jsonl'
    """
    return out.with_name(f"{out.stem or out.name}.errors.jsonl")


def write_corpus_stream(results: Iterable[PageResult], writer: CorpusWriter, summary: Summary,
                        progress: Progress | None = None, total: int = 0,
                        notice: Callable[[PageResult], None] | None = None) -> None:
    """Each page's piece into ``writer``, in order; failures and warnings passed on."""
    for done, r in enumerate(results, 1):
        if r.error is None:
            if r.data or writer.fmt == "json":
                writer.add(r.data)
            summary.articles += r.articles
        else:
            summary.failed.append((r.page, r.error, r.internal))

        if notice and (r.error or r.warning):
            notice(r)
        if progress:
            progress(done, total)


def _told(results: Iterable[PageResult], progress: Progress | None, total: int) -> Iterator[PageResult]:
    for done, r in enumerate(results, 1):
        if progress:
            progress(done, total)
        yield r


def run_into_file(pages: list[tuple[str, str]], out, fmt: str, opts: Options, *, jobs: int = 1,
                  progress: Progress | None = None, notice=None, pool=None) -> Summary:
    """``pages`` as one corpus (``fmt`` jsonl or json) in the file ``out`` (``"-"``: stdout)."""
    started = time.monotonic()
    summary = Summary(pages=len(pages))
    to_stdout = str(out) == "-"
    if not to_stdout:
        from .atomic import temp_files_of
        for tmp in temp_files_of(out):     # left by a killed run
            try:
                os.unlink(tmp)
            except OSError:
                pass
    writer = CorpusWriter(out, fmt)
    opts = replace(opts, join=True)
    path_of = dict((page, path) for path, page in pages)
    try:
        with closing(results_in_order(pages, opts, jobs, pool)) as stream:
            from .set_join import join_in_folders
            # progress counts the pages as they come back: the join holds a folder's pages
            joined = join_in_folders(_told(stream, progress, len(pages)), opts.piece,
                                     lambda page: join_entry_again(path_of[page], page, opts),
                                     None if to_stdout else Path(out).resolve().parent)
            write_corpus_stream(joined, writer, summary, None, 0, notice)
        writer.commit()
    except KeyboardInterrupt:
        writer.discard()            # the file is whole or not there: an earlier one stays
        summary.interrupted, summary.articles, summary.failed = True, 0, []
        summary.seconds = time.monotonic() - started
        return summary
    except BaseException:
        writer.discard()
        raise
    summary.kept = len(pages)
    if not to_stdout:
        summary.written.append(Path(out))
        write_errors(errors_path(Path(out)), summary.failed)
    summary.seconds = time.monotonic() - started
    return summary
