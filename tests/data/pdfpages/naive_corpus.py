#!/usr/bin/env python3
"""The naive joiner (shared/perf/naive_reflow.py) as a reflow corpus, so evaluate.py can score
it beside the engine:

    python shared/eval/evaluate.py OUT/raw --cmd "python tests/data/pdfpages/naive_corpus.py {input} {output}"

It runs naive_reflow.py itself, then cites each of its paragraphs' source lines: the joiner
takes the non-blank lines in order and ends a paragraph after sentence-final punctuation,
so its k-th paragraph is the k-th such run of lines, all in one article, all paragraphs.
The texts are checked against the joiner's own output, so nothing here re-decides it.
"""
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from align_lines import split_lines  # noqa: E402

NAIVE = Path(__file__).resolve().parents[4] / "shared" / "perf" / "naive_reflow.py"


def naive_module():
    spec = importlib.util.spec_from_file_location("naive_reflow", NAIVE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def runs_of_lines(lines, end):
    """Line numbers (1-based) of each paragraph the joiner makes.

    >>> import re
    >>> runs_of_lines(["甲，", "", "乙。", "丙"], re.compile(r"[。]\\s*$"))
    [[1, 3], [4]]
    """
    paras, cur = [], []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        cur.append(n)
        if end.search(line):
            paras.append(cur)
            cur = []
    if cur:
        paras.append(cur)
    return paras


def main(src, dst):
    naive = naive_module()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "naive.txt"
        subprocess.run([sys.executable, str(NAIVE), src, str(out)], check=True)
        texts = out.read_text(encoding="utf-8").split("\n")
    with open(src, encoding="utf-8", newline="") as f:
        text = f.read()
    lines = text.splitlines()               # as the joiner reads them
    if len(lines) != len(split_lines(text)):    # then its line numbers would not be the page's
        raise SystemExit(f"{src}: a line break other than CR/LF; cannot cite the joiner's lines")
    paras = runs_of_lines(lines, naive.END)
    if len(paras) != len([t for t in texts if t]) and paras:
        raise SystemExit(f"{src}: {len(paras)} runs of lines but {len(texts)} paragraphs from the joiner")
    blocks = [{"type": "paragraph", "text": t, "lines": ns} for t, ns in zip(texts, paras)]
    corpus = {"format": "reflow-corpus", "version": 1, "source": {"name": Path(src).name, "lines": len(lines)},
              "articles": [{"id": 1, "kicker": None, "headline": None, "subtitle": None, "bylines": [],
                            "blocks": blocks}] if blocks else [],
              "dropped": []}
    Path(dst).write_text(json.dumps(corpus, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
