"""Which of many lines hold a given string, found in their joined text.

On a page of a million lines a test per line per string is what costs; one C-speed scan
of the joined text, then a lookup per line that holds it, is cheap for strings few lines
hold (a rare mark, a role word, a tab)."""
from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate, repeat
from operator import add


class LineIndex:
    """
    >>> ix = LineIndex(["第5版", "正文", "版面", "a\\tb"])
    >>> ix.containing("版"), ix.containing("\\t"), ix.containing("无")
    ([0, 2], [3], [])
    """

    def __init__(self, texts, lengths=None):
        self.texts = texts
        self._lengths = lengths     # each text's, where the caller has them
        self._joined = None

    def _join(self):
        if self._joined is None:
            self._joined = "\n".join(self.texts)
            lengths = self._lengths if self._lengths is not None else map(len, self.texts)
            self._starts = list(accumulate(map(add, lengths, repeat(1)), initial=0))
        return self._joined, self._starts

    def containing(self, needle):
        """Positions of the texts containing ``needle`` (which holds no newline)."""
        text, starts = self._join()
        out = []
        find = text.find
        at = find(needle)
        while at >= 0:
            k = bisect_right(starts, at) - 1
            out.append(k)
            at = find(needle, starts[k + 1])
        return out

    def matched(self, pattern):
        """Positions of the texts in which a match of the compiled ``pattern`` over their
        joined text (each text followed by a newline but the last) ends, each once.

        >>> import re
        >>> LineIndex(["时，落实", "他", "x，"]).matched(re.compile("\\n.，"))
        [2]
        """
        text, starts = self._join()
        out = []
        for m in pattern.finditer(text):
            k = bisect_right(starts, m.end() - 1) - 1
            if not out or out[-1] != k:
                out.append(k)
        return out
