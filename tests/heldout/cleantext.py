"""Gold-side text cleaning for the held-out pages, written apart from app/ so the gold does
not inherit the engine's mistakes (corpus-format.md: layout spaces go, meaningful ones stay)."""
import re

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
WIDE_PUNCT = "\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2014\u2026\u00b7\u2013\u2015\u2460-\u24ff"
WIDE = re.compile(f"[{HAN}{WIDE_PUNCT}]")
HALF_TO_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}


def _keep_space(left, right):
    # Latin words keep their space, and so does Latin next to CJK ("HELLO 小孩");
    # digits next to CJK, CJK next to CJK and anything next to wide punctuation lose it.
    if left.isascii() and right.isascii():
        return left.isalnum() and right.isalnum()
    lat = lambda c: c.isascii() and c.isalpha()
    return (lat(left) and WIDE.match(right) and not WIDE_PUNCT_RE.match(right)) or \
           (lat(right) and WIDE.match(left) and not WIDE_PUNCT_RE.match(left))


WIDE_PUNCT_RE = re.compile(f"[{WIDE_PUNCT}]")


def clean_line(text, keep_phrase_space=False):
    text = text.strip()
    if keep_phrase_space:
        return re.sub(r"\s+", " ", text)
    out = []
    for m in re.finditer(r"\s+|\S+", text):
        s = m.group()
        if not s.isspace():
            out.append(s)
            continue
        left = text[m.start() - 1]
        right = text[m.end()] if m.end() < len(text) else ""
        if right and _keep_space(left, right):
            out.append(" ")
    return "".join(out)


def join(lines):
    out = ""
    for t in lines:
        if out and out[-1].isascii() and out[-1].isalpha() and t[:1].isascii() and t[:1].isalpha():
            out += " "
        out += t
    return out


def fold(text):
    return "".join(HALF_TO_FULL.get(c, c) for c in text)
