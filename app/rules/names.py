"""Person names in bylines and credits."""
import re

from .chars import HAN, SHAPE, han_shape
from .lazy import LazyPattern
from .shaped import ShapedPattern

ROLE_WORDS = ("本报记者", "本报通讯员", "记者", "通讯员", "实习生", "特约记者", "见习记者",
              "文/图", "文／图", "图/文", "图／文", "文", "图", "摄影", "摄", "整理", "报道")
# a role of one glyph ("文 郑睿", "……摄") only as a word of its own: inside a name it is
# the name's ("余文", "文静"), and so is one right after a lone glyph, the two a name
# padded to three cells ("徐 文 高诗凡": a role follows a whole name, never half of one),
# but for a photo credit's last word, a role after a padded name too ("王 刚 摄"; 文 is
# a name's last glyph as often: "邓 文")
_END_ROLES = "摄图"
_ROLE_RE = ShapedPattern("|".join(
    re.escape(w) if len(w) > 1
    else f"(?<![{HAN}])(?:(?<!^[{HAN}] )(?<![\\s（(][{HAN}] ){w}|{w}(?=\\s*$))(?![{HAN}])" if w in _END_ROLES
    else f"(?<![{HAN}])(?<!^[{HAN}] )(?<![\\s（(][{HAN}] ){w}(?![{HAN}])"
    for w in sorted(ROLE_WORDS, key=len, reverse=True)))
_CREDIT = ShapedPattern(f"[（(]\\s*((?:[{HAN}]\\s*){{1,}}[{HAN}])\\s*[）)]\\s*$")


# Every match of the role expression holds one of the role words as written: a line without
# any is left as it is, without the translation to its shape.
_ROLE_HINT = LazyPattern("|".join(map(re.escape, sorted(ROLE_WORDS, key=len, reverse=True))))
_SEPARATOR = LazyPattern(r"[（()）:：,，、；;]")     # what split_names reads as a space
_HAN_TOKEN = LazyPattern(f"^[{SHAPE}·]+$")     # over the ideographs' shape


def _han_token(t):
    """Ideographs and interpuncts only (a name, or a transcribed one: "阿卜杜拉·艾力").

    >>> _han_token("周红波"), _han_token("阿卜杜拉·艾力"), _han_token("A组"), _han_token("")
    (True, True, False, False)
    """
    return bool(_HAN_TOKEN.match(han_shape(t)))


def split_names(text, byline_chars=False):
    """Names in a byline, with the layout padding of two-character names undone.
    ``byline_chars``: ``text`` holds nothing but ideographs, interpuncts, spaces, slashes and
    the separators (the shape :func:`.kinds.is_byline` asks for), so that a word is a name's
    unless it holds a slash, without shaping each word.

    >>> split_names("肖 畅 周红波")
    ['肖畅', '周红波']
    >>> split_names("曾玉玺 莫 钢 黄冰璐 邹 露")
    ['曾玉玺', '莫钢', '黄冰璐', '邹露']
    >>> split_names("本报记者 张三 通讯员 李 四")
    ['张三', '李四']
    >>> split_names("（杨 晨 蒋 虹）")
    ['杨晨', '蒋虹']
    >>> split_names("（曹刚子 余文）"), split_names("（韩华 文 郑睿）"), split_names("徐 文 高诗凡")
    (['曹刚子', '余文'], ['韩华', '郑睿'], ['徐文', '高诗凡'])
    >>> split_names("本报记者 王 刚 摄"), split_names("（王 刚 摄）"), split_names("杜 嘉 黄博丽 邓 文")
    (['王刚'], ['王刚'], ['杜嘉', '黄博丽', '邓文'])
    """
    text = _SEPARATOR.sub(" ", text)
    if _ROLE_HINT.search(text):
        text = _ROLE_RE.sub(" ", text)
    if byline_chars:
        tokens = [t for t in text.split() if "/" not in t and "／" not in t]
    else:
        tokens = [t for t in text.split() if _han_token(t)]
    names, i = [], 0
    while i < len(tokens):
        t = tokens[i]
        if len(t) == 1 and i + 1 < len(tokens) and len(tokens[i + 1]) == 1:
            names.append(t + tokens[i + 1])
            i += 2
            continue
        names.append(t)
        i += 1
    return names


_BRACKETS = "（()）【】《》“”\"'"


def unpad_names(text):
    """Undo the padding of two-character names in a byline, keeping every other character.

    Pairs of single ideographs standing alone are one padded name; everything else (role
    words, three-character names, brackets) stays as printed, one space apart.

    >>> unpad_names("肖 畅 周红波")
    '肖畅 周红波'
    >>> unpad_names("本报记者 易 鑫  通讯员 彭丽丽")
    '本报记者 易鑫 通讯员 彭丽丽'
    >>> unpad_names("（杨 晨 蒋 虹）")
    '（杨晨 蒋虹）'
    """
    tokens = text.split()
    out, i = [], 0

    def single(t):
        core = t.strip(_BRACKETS)
        return len(core) == 1 and _han_token(core)

    while i < len(tokens):
        t = tokens[i]
        if single(t) and i + 1 < len(tokens) and single(tokens[i + 1]):
            out.append(t + tokens[i + 1])
            i += 2
            continue
        out.append(t)
        i += 1
    return " ".join(out)


def trailing_credit(text):
    """The offset where a bracketed credit of names ends a paragraph line, or None.

    >>> s = "再升级。 （杨 晨 蒋 虹）"
    >>> s[trailing_credit(s):]
    '（杨 晨 蒋 虹）'
    >>> trailing_credit("这是（一个）例子。") is None
    True
    >>> trailing_credit("习体会。（周燕）"), trailing_credit("见下文。（上图）")
    (4, None)
    """
    m = _CREDIT.search(text)
    if not m or m.start() == 0:
        return None
    names = split_names(text[m.start():m.end()])
    if not names or any(not 2 <= len(n) <= 4 for n in names):
        return None
    if len(names) == 1 and len(names[0]) == 2:
        # two glyphs in brackets are a name only with a surname first ("（周燕）", not "（上图）")
        from .kinds import looks_like_name   # kinds reads names: imported here, not at the top
        if not looks_like_name(names[0]):
            return None
    head = text[:m.start()].rstrip()
    if not head or head[-1] not in "。！？”…":
        return None
    return m.start()


def ends_in_credit(texts, k):
    """Does line k of ``texts`` end in a bracketed credit of names, on its own or with its
    opening bracket on the line before, where a narrow column cut it ("……局面。（罗" /
    "宇志 苏斌）")?

    >>> ends_in_credit(["再升级。（杨晨 蒋虹）"], 0), ends_in_credit(["良好学习局面。（罗", "宇志 苏斌）"], 1)
    (True, True)
    >>> ends_in_credit(["这是（一个", "例子）"], 1), ends_in_credit(["……的风采。", "（董霞婷）"], 1)
    (False, True)
    >>> ends_in_credit(["必固其根本。（王宇", "何俊嘉）"], 1)    # cut at the space between two names
    True
    """
    t = texts[k]
    if t[-1] not in "）)":
        return False
    if trailing_credit(t) is not None:
        return True
    if not k:
        return False
    if t[0] in "（(":
        return lone_credit(texts[k - 1], t)
    if "（" in t or "(" in t:
        return False
    prev = texts[k - 1]
    at = trailing_credit(prev + t)
    if at is None:
        at = trailing_credit(prev + " " + t)    # the column cut at the space between names
    return at is not None and at < len(prev)


def lone_credit(prev, t):
    """Is ``t`` a bracketed credit of names alone on its line, closing the sentence the
    line before, ``prev``, ends ("……的风采。" / "（董霞婷）")?

    >>> lone_credit("向上生长的风采。", "（董霞婷）"), lone_credit("向上生长的", "（董霞婷）")
    (True, False)
    """
    return t[:1] in ("（", "(") and trailing_credit(prev + t) == len(prev)
