"""Writers for the cleaned corpus: JSON, JSONL, Markdown, plain text.

Each takes the corpus dict of :func:`app.corpus.build_corpus` and returns a string; files
are written atomically by :func:`app.atomic.write_text`.
"""
from __future__ import annotations

import json
import re

FORMATS = ("json", "jsonl", "md", "txt")
EXTENSIONS = {"json": ".json", "jsonl": ".jsonl", "md": ".md", "txt": ".txt"}


# The corpus is built fresh of dicts, lists and strings and holds no cycle: the check for
# one would cost a sixth of the encoding of a million-line page.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)
_dumps = _ENCODER.encode


def encode_items(items: list) -> str:
    """Articles or dropped entries as :func:`to_json` writes them: one per line."""
    return ",\n".join(map(_dumps, items))


def to_json(corpus: dict, encoded: dict | None = None) -> str:
    """Compact JSON with one article (and one dropped line) per line: ``indent`` would send
    a million-line page through the pure-Python encoder, and a line per article still
    diffs well. Deterministic: key order is the corpus's. ``encoded`` gives "articles" and
    "dropped" as runs already encoded (each a :func:`encode_items` text), in place of the
    corpus's own lists. The text is joined once: a million-line page's is 35 MB."""
    encoded = encoded or {}
    out = []
    for key, value in corpus.items():
        runs = encoded.get(key)
        if runs is None and key in ("articles", "dropped") and isinstance(value, list):
            runs = [encode_items(value)]
        out += [",\n" if out else "{\n", _dumps(key), ":"]
        runs = [r for r in runs if r] if runs is not None else None
        if runs is None:
            out.append(_dumps(value))
        elif runs:
            out.append("[\n")
            for i, run in enumerate(runs):
                out += [",\n", run] if i else [run]
            out.append("\n]")
        else:
            out.append("[]")
    out.append("\n}\n")
    return "".join(out)


def to_jsonl(corpus: dict) -> str:
    """One article per line, each carrying the page's ``source`` so it stands alone."""
    out = []
    for art in corpus["articles"]:
        row = dict(art)
        row["source"] = corpus["source"]
        out.append(json.dumps(row, ensure_ascii=False))
    return "\n".join(out) + ("\n" if out else "")


def to_markdown(corpus: dict) -> str:
    """Headline as ``#``, kicker and subtitle around it, bylines, ``###`` subheadings;
    ``---`` between articles. An article without a headline has no heading: a made-up
    one ("# (4)") would read as the article's title.

    >>> c = {"articles": [{"id": 1, "kicker": None, "headline": "标题", "subtitle": "副题",
    ...       "bylines": ["肖畅"], "blocks": [{"type": "headline", "text": "标题"},
    ...       {"type": "subtitle", "text": "副题"}, {"type": "byline", "text": "肖畅"},
    ...       {"type": "paragraph", "text": "正文。"}]}]}
    >>> print(to_markdown(c))
    # 标题
    <BLANKLINE>
    **——副题**
    <BLANKLINE>
    *肖畅*
    <BLANKLINE>
    正文。
    <BLANKLINE>
    """
    parts = []
    for art in corpus["articles"]:
        if parts:
            parts.append("---")
        for b in art["blocks"]:
            t, text = b["type"], _md_escape(b["text"])
            if t == "kicker":
                parts.append(f"*{text}*")
            elif t == "headline":
                parts.append(f"# {text}")
            elif t == "subtitle":
                parts.append(f"**——{text}**")
            elif t == "byline":
                parts.append(f"*{text}*")
            elif t == "subheading":
                parts.append(f"### {text}")
            elif t == "caption":
                parts.append(f"> {text}")
            else:
                parts.append(text)
    return "\n\n".join(parts) + "\n" if parts else ""


# CommonMark's line ends; NUL, which a reader replaces or chokes on
_BREAKS = re.compile(r"\r\n|[\r\n]")
# what starts a heading, quote, list, rule, fence, HTML block, table or link definition
_BLOCK_START = re.compile(r"[#>*+\-=_`~<|\[]|\d{1,9}(?=[.)])")
# what is markup inside a line: escapes, emphasis, code, links, HTML, entities, strikeout
_INLINE = re.compile(r"[\\`*_\[\]<>&~]")


def _one_line(text):
    """A block's text on one line, with no NUL: whatever a session or a person put in, a
    block cannot end early in the file and start another of its own making."""
    return _BREAKS.sub(" ", text).replace("\x00", "\ufffd")


def _md_escape(text):
    r"""A block's text as Markdown that reads as the text itself: whatever it starts with,
    the block stays what the writer made it (a heading, a paragraph, a caption's quote),
    and markup inside it shows as written.

    >>> [_md_escape(t) for t in ("# 假标题", "```python", "> 引", "- 一", "<div>", "[a]: http://x")]
    ['\\# 假标题', '\\`\\`\\`python', '\\> 引', '\\- 一', '\\<div\\>', '\\[a\\]: http://x']
    >>> [_md_escape(t) for t in ("1. 第一", "2024年3月", "    代码", "a*b*c &amp; <b>", "标题 #")]
    ['1\\. 第一', '2024年3月', '代码', 'a\\*b\\*c \\&amp; \\<b\\>', '标题 \\#']
    >>> _md_escape("第一行\n\n# 假标题\r\n```\x00")
    '第一行  # 假标题 \\`\\`\\`\ufffd'
    """
    # leading spaces are dropped by a Markdown reader anyway; four would make a code block
    text = _INLINE.sub(r"\\\g<0>", _one_line(text)).lstrip(" \t")
    m = _BLOCK_START.match(text)
    if m:
        # a digit run is a list number only with the "." or ")" after it: escape that one
        at = m.end() if m.group().isdigit() else 0
        if text[at:at + 1] != "\\":
            text = text[:at] + "\\" + text[at:]
    if text.endswith("#"):
        text = text[:-1] + "\\#"        # a heading's closing "#" would be dropped
    return text


def to_text(corpus: dict) -> str:
    """Plain text: articles separated by a blank line and a rule, blocks by blank lines
    (a block's text on one line, so none can pose as the rule)."""
    arts = []
    for art in corpus["articles"]:
        arts.append("\n\n".join(_one_line(b["text"]) for b in art["blocks"] if b["text"]))
    return ("\n\n" + "=" * 20 + "\n\n").join(arts) + ("\n" if arts else "")


WRITERS = {"json": to_json, "jsonl": to_jsonl, "md": to_markdown, "txt": to_text}


def render(corpus: dict, fmt: str) -> str:
    if fmt not in WRITERS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return WRITERS[fmt](corpus)
