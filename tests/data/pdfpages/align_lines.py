"""Align the lines an extractor wrote to the lines we printed.

Whitespace aside, an extractor gives back every printed glyph exactly once, but in its own
order and with its own line breaks: a printed line may come out whole, merged with others
on one line (a footer and its folio), or cut into pieces at the ends of extracted lines (a
running head in five). So each extracted line is read as a row of segments, each segment a
run of one printed line, such that every printed line is used up exactly, in order.

The search tries every reading and keeps what the gold needs from each: which printed
blocks each extracted line holds. If two readings disagree on that, the page is ambiguous
and :class:`Unaligned` is raised, as it is when no reading exists (a glyph lost, doubled or
changed). Nothing is guessed.

Pure Python, no Qt: the printed lines come in as (glyphs, block) pairs.
"""
import re
from collections import Counter, defaultdict

NODE_BUDGET = 300_000


class Unaligned(Exception):
    """The extracted text cannot be tied to the printed blocks in one way only."""


def split_lines(text):
    r"""Lines the way corpus-format.md counts them: only \r\n, \n and \r end a line, and a
    final line end starts no extra line.

    >>> split_lines("a\r\nb\n\x0c")
    ['a', 'b', '\x0c']
    >>> split_lines("a\n")
    ['a']
    """
    if not text:
        return []
    lines = re.split(r"\r\n|\n|\r", text)
    if lines[-1] == "":
        lines.pop()
    return lines


def squeeze(line):
    """The glyphs of a line: all whitespace out (extractors add and drop spaces freely)."""
    return "".join(line.split())


def align(raw_lines, printed):
    """For each extracted line, the segments ``(printed index, start, end)`` it is made of
    (empty for a blank line).

    >>> align(["新业态", "新群体 带来", "- 7 -  校对"], [("新业态", 0), ("新群体带来", 1), ("校对", 2), ("-7-", 2)])
    [[(0, 0, 3)], [(1, 0, 5)], [(3, 0, 3), (2, 0, 2)]]

    A printed line cut in two, and two printed lines that read alike but belong to
    different blocks (which of them is which cannot be told):

    >>> align(["湘江", "日报", "新"], [("湘江日报", 0), ("新", 1)])
    [[(0, 0, 2)], [(0, 2, 4)], [(1, 0, 1)]]
    >>> align(["好。", "好。"], [("好。", 0), ("好。", 1)])
    Traceback (most recent call last):
    ...
    align_lines.Unaligned: ambiguous: two readings give line 1 ('好。') different blocks
    """
    keys = [squeeze(t) for t in raw_lines]
    got, want = Counter("".join(keys)), Counter("".join(p for p, _ in printed))
    if got != want:
        lost = "".join(sorted((want - got).elements()))[:20]
        extra = "".join(sorted((got - want).elements()))[:20]
        raise Unaligned(f"glyphs differ: lost {lost!r}, added {extra!r}")
    return _Search(keys, printed).run()


class _Search:
    def __init__(self, keys, printed):
        self.keys = keys
        self.text = [p for p, _ in printed]
        self.group = [g for _, g in printed]
        self.off = [0] * len(printed)
        self.by_char = defaultdict(set)           # first unused glyph -> printed lines
        for k, t in enumerate(self.text):
            if t:
                self.by_char[t[0]].add(k)
        self.nodes = 0

    def _move(self, p, new):
        t, old = self.text[p], self.off[p]
        if old < len(t):
            self.by_char[t[old]].discard(p)
        if new < len(t):
            self.by_char[t[new]].add(p)
        self.off[p] = new

    def candidates(self, rest, at_start, last):
        """Segments that can start ``rest``: the whole unused part of a printed line, or its
        beginning when ``rest`` ends first. A line already cut may only go on at the start of
        an extracted line. Interchangeable lines (same block, same unused text) count once."""
        out, seen = [], set()
        for p in self.by_char.get(rest[0], ()):
            off, t = self.off[p], self.text[p]
            if off and not at_start:
                continue
            rem = t[off:]
            if rest.startswith(rem):
                n = len(rem)
            elif rem.startswith(rest):
                n = len(rest)
            else:
                continue
            key = (self.group[p], rem, off > 0)
            if key in seen:
                continue
            seen.add(key)
            out.append((n != len(rem), -n, abs(p - last - 1), p, n))
        out.sort()
        return [(p, n) for *_, p, n in out]

    def run(self):
        """Depth-first over the choices, each decision a frame (where in which line, the
        candidates, how many tried); the choice a frame has taken is on top of ``chosen``."""
        keys = self.keys
        todo = [j for j, k in enumerate(keys) if k]
        chosen, stack = [], []
        first = signature = None
        pos, i, last = 0, 0, -1
        deepest = (0, 0)
        while True:
            deepest = max(deepest, (pos, i))
            if pos == len(todo):
                sig = self._signature(chosen)
                if first is None:
                    first, signature = list(chosen), sig
                elif sig != signature:
                    j = min(j for j in sig if sig[j] != signature.get(j))
                    raise Unaligned(f"ambiguous: two readings give line {j + 1} ({keys[j][:12]!r}) "
                                    "different blocks")
            else:
                stack.append([pos, i, self.candidates(keys[todo[pos]][i:], i == 0, last), 0])
            while True:                       # take the next untried choice, backing up as needed
                if not stack:
                    if first is None:
                        j = todo[min(deepest[0], len(todo) - 1)]
                        raise Unaligned(f"no reading: line {j + 1} ({keys[j][:12]!r}) matches no printed text "
                                        f"from glyph {deepest[1] + 1} on")
                    return self._segments(first)
                frame = stack[-1]
                spos, si, cands, k = frame
                if k > 0:
                    _, p, a, _ = chosen.pop()
                    self._move(p, a)
                if k == len(cands):
                    stack.pop()
                    continue
                p, n = cands[k]
                frame[3] = k + 1
                a = self.off[p]
                self._move(p, a + n)
                j = todo[spos]
                chosen.append((j, p, a, a + n))
                pos, i, last = spos, si + n, p
                if i == len(keys[j]):
                    pos, i = pos + 1, 0
                break
            self.nodes += 1
            if self.nodes > NODE_BUDGET:
                raise Unaligned("too many readings to check (search budget spent)")

    def _signature(self, chosen):
        sig = defaultdict(set)
        for j, p, _, _ in chosen:
            sig[j].add(self.group[p])
        return {j: frozenset(g) for j, g in sig.items()}

    def _segments(self, chosen):
        out = [[] for _ in self.keys]
        for j, p, a, b in chosen:
            out[j].append((p, a, b))
        return out
