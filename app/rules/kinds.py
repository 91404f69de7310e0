"""Line kinds recognisable from the text alone: page furniture, bylines, captions, decks,
kickers, Markdown headings and the title shape. Each rule is a small predicate;
:func:`kind_of` puts them together, :func:`line_kinds` runs them over a page, and the
later stages decide with the neighbours.
"""
from itertools import compress, count, repeat
from operator import is_

from .chars import FINAL_END, HAN, NO_LINE_START, SHAPE, SOFT_END, han_shape
from .lazy import LazyPattern
from .lines import ends_final, holds_two_han, md_heading, sentence_end_inside, title_like
from .names import split_names, trailing_credit
from .profile import DEFAULT
from .shaped import ShapedPattern
from .text import spaced_shape

# ---- page furniture -------------------------------------------------------------------
_DATE = r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
_FURNITURE = LazyPattern(
    r"^(?:"
    rf".{{0,16}}{_DATE}.{{0,20}}"                                  # running head with a date
    r"|.{0,12}第\s*[0-9０-９一二三四五六七八九十]+\s*版.{0,16}"     # page / section head
    r"|[-—－–\s]*[0-9０-９]{1,3}[-—－–\s]*"                          # page number
    r"|[（(]?\s*(?:下|上)?(?:转|接|紧接|转自|接上)第?\s*[0-9０-９一二三四五六七八九十]+\s*版.{0,8}?[）)]?"
    r"|.{0,6}(?:责任编辑|版式编辑|美术编辑|本版编辑|责任校对|图片编辑|版面设计|校对)\s*[：:].*"
    r")$")
_SECTION = ShapedPattern(f"^[{HAN}]{{2,6}}(?:新闻|经济|要闻|视点|专刊|周刊|副刊|评论|理论|文化|体育|国际|"
                       f"社会|时政|民生|教育|财经|法治|综合|专版|观察|聚焦|纵深|特刊|专题|天下|广角)$"
                       f"|^(?:要闻|综合|评论|理论|副刊|专版|特刊|专题|经济|民生|文化|时政|体育|国际|社会|教育|财经|法治)$")
_SPACE = LazyPattern(r"[ \t\u3000]+")
_DATE_RE = LazyPattern(_DATE)
_HEAD_REST = LazyPattern(r"(?:.{0,10}报|.{0,10}刊)?(?:星期[一二三四五六日天]|周[一二三四五六日])?(?:第\s*\S{1,3}\s*版)?.{0,8}")
_CLAUSE_MARK = LazyPattern(r"[，。；：！？]")
_SENTENCE_MARK = LazyPattern(r"[，。；！？]")


def is_furniture(t, profile=DEFAULT):
    """Running heads, page numbers, jump lines and editor credits: never article text.

    >>> is_furniture("2025年11月18日  星期二  第5版"), is_furniture("湘江日报  2025年12月3日  星期三")
    (True, True)
    >>> is_furniture("第7版  县域经济"), is_furniture("- 7 -"), is_furniture("（下转第3版）")
    (True, True, True)
    >>> is_furniture("责任编辑：周敏  版式编辑：刘洋")
    True
    >>> is_furniture("截至12月20日，全区电子健康档案建档率92.37%；")
    False
    >>> is_furniture("2023年，阳光贵金属获评国家级专精特新“小巨人”企业后，银行第一时间匹配")
    False
    """
    if len(t) > profile.furniture_max_chars:
        return False
    if not _FURNITURE.match(t):
        return False
    if _DATE_RE.search(t):
        # a running head is a date with a weekday, a paper's name or a page, not a sentence
        rest = _SPACE.sub("", _DATE_RE.sub("", t))
        return bool(_HEAD_REST.fullmatch(rest)) and not _CLAUSE_MARK.search(rest)
    return not _SENTENCE_MARK.search(t)


_PAGE_HEAD = ShapedPattern(f"^(?:[{HAN}]{{2,6}}\\s+)?(?:[A-H]\\s*[0-9]{{1,2}}|[0-9]{{1,2}}\\s*版)(?:\\s+[{HAN}]{{2,6}})?$")


def _page_head(t):
    """A page's number with or without its section name, printed at its top ("要闻  2版",
    "A2  要闻"): another form of the running head.

    >>> _page_head("要闻  2版"), _page_head("A2  要闻"), _page_head("民生 B12"), _page_head("G4高速")
    (True, True, True, False)
    """
    return bool(_PAGE_HEAD.match(t))


def names_section(t):
    """Does the furniture line ``t`` print the page's section name, alone or at its end
    ("湘江日报 2025年1月6日 星期一 第3版 文化")? A page prints its section name once; a
    line of that shape under it is the first story's kicker ("县域经济观察").

    >>> names_section("湘 江 日 报 2025年1月6日 星期一 第3版 文化"), names_section("县域经济")
    (True, True)
    >>> names_section("湘江日报 2025年1月6日 星期一"), names_section("- 3 -")
    (False, False)
    """
    return is_section_name(t.split()[-1]) if t.split() else False


def is_section_name(t):
    """A page's section name printed at its top ("综合新闻", "县域经济").

    >>> is_section_name("综合新闻"), is_section_name("县域经济"), is_section_name("“十四五”北湖答卷⑥")
    (True, True, False)
    """
    return bool(_SECTION.match(t))


# ---- decks and kickers ----------------------------------------------------------------
# one dash and a word is a wrapped "郴州—惠州" in running text, not a deck
_DECK = LazyPattern(r"^(?:——|──|--|－－|—\s)\s*\S")


def is_deck(t):
    """A subtitle line starts with a dash.

    >>> is_deck("——郴州市北湖区探索新就业群体服务管理新路径"), is_deck("—— 纪实")
    (True, True)
    >>> is_deck("……这些点滴关怀"), is_deck("—惠州两地中医药产业")
    (False, False)
    """
    return bool(_DECK.match(t)) and holds_two_han(t)


_KICKER = ShapedPattern(r"[①-⑳㉑-㉟]\s*$|[（(][0-9一二三四五六七八九十]{1,3}[）)]\s*$|之[一二三四五六七八九十]{1,3}\s*$"
                      f"|^[{HAN}]{{2,8}}·[{HAN}]{{1,4}}篇$"
                      r"|^[【\[].{2,14}[】\]]$|^“[^”]{1,10}”.{0,10}[0-9一二三四五六七八九十①-⑳]\s*$")


def is_kicker(t, profile=DEFAULT):
    """A series tag above a headline.

    >>> is_kicker("“十四五”北湖答卷⑥"), is_kicker("【聚焦两会】"), is_kicker("守护“健康荷塘”")
    (True, True, False)
    >>> is_kicker("奋进新征程·攸县篇"), is_kicker("书香郴州·阅读")
    (True, False)
    >>> is_kicker("“优质服务基层行”成果明显。3")     # a sentence ends inside: running text
    False
    >>> is_kicker("“综合窗口”和“高效办成一")    # a quote left open: a column cut running text
    False
    """
    return (len(t) <= profile.kicker_max_chars and bool(_KICKER.search(t)) and holds_two_han(t)
            and not sentence_end_inside(t) and quotes_closed(t))


def quotes_closed(t):
    """Does every quote ``t`` opens close in it? A tag is whole; a line of running text
    cut by the column may leave one open.

    >>> quotes_closed("“十四五”北湖答卷⑥"), quotes_closed("“综合窗口”和“高效办成一")
    (True, False)
    """
    return t.count("“") == t.count("”") and t.count("‘") == t.count("’")


# ---- bylines ----------------------------------------------------------------------------
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季"
    "裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦"
    "戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻"
    "苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练"
    "廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿"
    "鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由")
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "端木")
_COMPOUND_SET = frozenset(COMPOUND_SURNAMES)
_ROLE_WORD = LazyPattern(r"记者|通讯员|实习生|文/图|文／图|图/文|摄影|编辑|撰文")
_BYLINE_CHARS = LazyPattern(f"^[{SHAPE}·\\s/／：:（）()、，,]+$")     # over the ideographs' shape
# What a byline's first character can be: a surname, a role word's first character, or a
# separator that split_names drops. Any other, and its first name is no name.
_NAME_START = frozenset(SURNAMES | {s[0] for s in COMPOUND_SURNAMES} | set("本记通实特见文图摄整报")
                        | set("（()）:：,，、；;/／"))


def looks_like_name(n):
    """
    >>> looks_like_name("周红波"), looks_like_name("曾铮"), looks_like_name("奋发有为"), looks_like_name("欧阳修")
    (True, True, False, True)
    """
    if n[:2] in _COMPOUND_SET:      # n.startswith(COMPOUND_SURNAMES): each is two glyphs
        return 3 <= len(n) <= 4
    return 2 <= len(n) <= 3 and n[0] in SURNAMES


def is_byline(t, profile=DEFAULT):
    """Names of writers, padded to three cells, with or without role words.

    >>> is_byline("肖 畅 周红波"), is_byline("曾玉玺 莫 钢 黄冰璐 邹 露"), is_byline("本报记者 张三")
    (True, True, True)
    >>> is_byline("擦亮品牌 奋发有为"), is_byline("李永亮 何卫健"), is_byline("（杨 晨 蒋 虹）")
    (False, True, True)
    >>> is_byline("周红波"), is_byline("本报记者 周红波")
    (False, True)
    """
    if len(t) > profile.byline_max_chars or t[:1] not in _NAME_START and not t[:1].isspace() and "/" not in t and "／" not in t:
        return False
    # a line of two spaces or more was shaped when its page was read (letter-spacing)
    if not _BYLINE_CHARS.match(spaced_shape(t) if t.count(" ") > 1 else han_shape(t)):
        return False
    names = split_names(t, byline_chars=True)
    if not names or not all(looks_like_name(n) for n in names):
        return False
    has_role = bool(_ROLE_WORD.search(t))
    return len(names) >= 2 or has_role


# ---- captions ---------------------------------------------------------------------------
_CAPTION = ShapedPattern(
    r"[（(][^（）()]{0,30}(?:供图|摄|提供|供稿|资料图片|图片来源|翻拍)[^（）()]{0,10}[）)]\s*$"
    f"|(?:记者|通讯员|本报)\\s*(?:[{HAN}]\\s*){{2,4}}\\s*摄\\s*$"
    r"|资料图片\s*$|^(?:图为|上图|下图|左图|右图|图①|图片)[：:，]")


def is_caption(t):
    """A photo caption ends in its credit.

    >>> is_caption("芙蓉学校学生开展体操活动。 （由溆浦县委宣传部供图）")
    True
    >>> is_caption("中国邮政储蓄银行白银特色永兴支行。(图片由邮储银行郴州市分行提供)")
    True
    >>> is_caption("村民在田间劳作。记者 王 明 摄"), is_caption("在关注学生学习成绩的同时，")
    (True, False)
    """
    return bool(_CAPTION.search(t))


# ---- the kind of a line -----------------------------------------------------------------
# Kinds: 'noise' (page furniture), 'deck', 'byline', 'caption', 'kicker', 'mdh1' and 'mdh3'
# (Markdown headings of a headline's and a section head's level), 'title' (shaped like a
# headline or a head: no final mark, no line-start mark) and 'body'.
# Every character str.isspace() holds up to U+3000, written out (a test recomputes it).
SPACES_TO_3000 = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
                  "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_FURN_FIRST = frozenset("-—－–0123456789０１２３４５６７８９" + SPACES_TO_3000)
# what the furniture rule looks for besides its words (版, 编辑, 校对): a date (:func:`_dated`)
# or a line of dashes, digits and spaces alone
_FURN_ONLY = LazyPattern(r"[\s\-—－–0-9０-９]+")
_CAPTION_END = frozenset("）)摄片")
_KICKER_END = frozenset("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳)）】]一二三四五六七八九十0123456789篇")
_KICKER_FIRST = frozenset("【[“")
# where a kicker can end besides _KICKER_END: every alternative of _KICKER ends in one of
# those or in ㉑-㉟, then spaces (so a line of a kicker's first and length that ends in none
# of these is no kicker, and only a kicker's test would be asked of it)
_KICKER_RARE_END = frozenset("㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟" + SPACES_TO_3000)
_NOT_TITLE_END = FINAL_END | SOFT_END
# What else each of _KICKER_END's ends needs for an alternative of _KICKER to end there
# (its end, then only spaces, is the line's last character): a circled number nothing
# (①-⑳), a closing bracket its opening (（一）, but those are a caption's ends too and
# sent for it), 】 or ] a line opening with 【 or [, 篇 an interpunct (…·攸县篇), a numeral
# 之 (系列之三) or a line opening with “ (“十四五”答卷三), a digit that line too.
_KICKER_CIRCLED = frozenset("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")
_KICKER_NUMERAL = frozenset("一二三四五六七八九十")


def _kicker_may_end(t, first, last):
    """Could :func:`is_kicker` take the line ``t`` as short as a kicker whose ``last``
    character is one of ``_KICKER_END``, by what its alternative ending there needs
    besides? Most such lines are running text cut after a number (“门诊7802”)."""
    if last in _KICKER_CIRCLED or last in "）)":
        return True
    if last in _KICKER_NUMERAL:
        return first == "“" or "之" in t
    if last in "】]":
        return first in "【["
    if last == "篇":
        return "·" in t
    return first == "“"     # a digit


def kind_of(t, ls, top=False, profile=DEFAULT):
    """The kind of one line by its text alone (``ls``: it is letter-spaced; ``top``: only
    page furniture came before it, among the first lines): furniture first, then what its
    marks say, then its shape.

    >>> kind_of("——郴州市北湖区探索新就业群体服务管理新路径", False), kind_of("肖 畅 周红波", True)
    ('deck', 'byline')
    >>> kind_of("新时代催生新业态，新群体带", False), kind_of("来新课题。", False)
    ('title', 'body')
    >>> kind_of("综合新闻", False, top=True), kind_of("综合新闻", False)
    ('noise', 'title')
    """
    # the furniture rule runs only on short lines with a word or a shape it looks for (the
    # words by `in`: one expression for all of them is tried at every character)
    if len(t) <= profile.furniture_max_chars and (
            "版" in t or "编辑" in t or "校对" in t or ("年" in t and _dated(t))
            or (t[0] in _FURN_FIRST and _FURN_ONLY.fullmatch(t))) and is_furniture(t, profile):
        return "noise"
    if top and (is_section_name(t) or _page_head(t)):
        return "noise"
    kd = _marked_kind(t, profile)
    if kd is not None:
        return kd
    return "title" if title_shaped(t, ls, profile) else "body"


def _marked_kind(t, profile):
    """The kind the line's marks say, or None: a Markdown heading ('mdh1' or 'mdh3'), a
    dash ('deck'), a photo credit ('caption'), names ('byline'), a series tag ('kicker').
    Each predicate runs only on lines whose first or last character, length or words it
    could accept."""
    first, last, n = t[0], t[-1], len(t)
    md = md_heading(t) if first in "#*" else None
    if md:
        return "mdh1" if md[0] <= profile.md_headline_level else "mdh3"
    if first in "—-─－" and is_deck(t):
        return "deck"
    if (last in _CAPTION_END or first in "图上下左右") and is_caption(t):
        return "caption"
    if (n <= profile.byline_max_chars and last not in _NOT_TITLE_END
            and (" " in t or "记者" in t or "通讯员" in t) and is_byline(t, profile)):
        return "byline"
    if n <= profile.kicker_max_chars and (last in _KICKER_END or first in _KICKER_FIRST) and is_kicker(t, profile):
        return "kicker"
    return None


def title_shaped(t, ls, profile=DEFAULT):
    """Is the line shaped like a headline or a head (``ls``: it is letter-spaced): no
    final or soft mark at its end and not letter-spaced; a long line starting no closed
    clause and ending no sentence, a short one :func:`.lines.title_like`. A paragraph's last
    sentence with its credit ("……再升级。（杨晨 蒋虹）") ends in a bracket, not in a full
    stop, and is still no title.

    >>> title_shaped("新时代催生新业态，新群体带", False), title_shaped("再升级。（杨晨 蒋虹）", False)
    (True, False)
    """
    n, last = len(t), t[-1]
    if last in _NOT_TITLE_END or ls:
        return False
    if not (n >= profile.title_min_chars and t[0] not in NO_LINE_START and not ends_final(t)
            or n < profile.title_min_chars and title_like(t)):
        return False
    return not (last in "）)" and trailing_credit(t) is not None)


# Lines only the title shape can take: no first or last character that another rule of
# kind_of looks for on a line of its length, no space where a byline could start (but on a
# line ending in a final or soft mark, where no byline ends) and no word that any other
# rule looks for.
_FIRST_ANY_LENGTH = frozenset("#*—-─－图上下左右")   # Markdown, a deck's dash, a caption's word
# (_KICKER_FIRST only on lines as short as a kicker, _FURN_FIRST as furniture)
_RULE_FIRST = _FIRST_ANY_LENGTH | _KICKER_FIRST | _FURN_FIRST
_RULE_LAST = _CAPTION_END | _KICKER_END
_RULE_WORDS = ("版", "编辑", "校对", "记者", "通讯员")
# and a year's 年 between digits (a date, :func:`_dated`): most lines that hold 年 are
# running text ("2023年，", "今年")
_DATE_HINT = LazyPattern(r"\d\s*年\s*\d")
_YEAR_THEN_DIGIT = LazyPattern(r"年\s*\d")
# the same over a page's lines joined by newlines, none crossed: the lines :func:`_dated`
# may take (most of a page's lines holding 年 have no digit after it)
_YEAR_THEN_DIGIT_IN_LINE = LazyPattern(r"年[^\S\n]*\d")


def _dated(t):
    """Does ``t`` hold a year's 年 between digits? Asked first of 年 and a digit after it:
    an expression opening with a literal is tried only where the literal stands, one
    opening with a class at every character, and most lines holding 年 have no digit after
    it ("2023年，", "今年")."""
    return _YEAR_THEN_DIGIT.search(t) is not None and _DATE_HINT.search(t) is not None


def _may_be_byline(t, first, n, bmax):
    """Could :func:`is_byline` take the line ``t`` (``first``: its first character, ``n``:
    its length)? Its length and first character, asked before the shape."""
    return n <= bmax and (first in _NAME_START or first.isspace() or "/" in t or "／" in t)


def _named_last(pg, k, profile=DEFAULT):
    """On a page drawn in order (no blank line anywhere), does a running head drawn last
    (among the page's last lines, after line k) name the page's section? A page prints its
    section name once, so a line of that shape at the top ("县域经济观察") is the first
    story's kicker."""
    n = len(pg.text)
    if not pg.tight or not all(pg.tight[1:]):
        return False
    return any(kind_of(pg.text[r], pg.letter_spaced[r], profile=profile) == "noise" and names_section(pg.text[r])
               for r in range(max(k + 1, n - profile.last_lines), n))


def line_kinds(pg, profile=DEFAULT):
    """:func:`kind_of` of every line of the :class:`~.page.Page` ``pg``: the title shape
    decided for whole columns at once, the other rules run on the few lines they could
    apply to (a page's first lines each, for its section name)."""
    text, ls = pg.text, pg.letter_spaced
    kinds = _shaped_kinds(pg, profile)
    ruled = _ruled_lines(pg, kinds)
    for k in compress(count(), ls):
        kinds[k] = "body"
    for k in _kinds_at_top(pg, kinds, ruled, profile):
        ruled.discard(k)
    for k in ruled:
        kinds[k] = kind_of(text[k], ls[k], profile=profile)
    return kinds


def _shaped_kinds(pg, profile):
    """Each line's kind by the title shape, or None where a rule of :func:`kind_of` other
    than the shape may decide it, by one of three tests on its first character f, last
    character la, length n and whether it holds a space (one pass over the columns for
    both, as most lines fail the three at once):
    - f: a Markdown mark, a deck's dash or a caption's word at any length, a kicker's
      opening bracket on a line as short as a kicker that ends where only the kicker's test
      looks (``_KICKER_RARE_END``; its other ends are la's), a furniture dash or digit on a
      line as short as furniture that ends in one too (``_FURN_ONLY``, what kind_of then
      asks, holds every character) (``f in _RULE_FIRST`` first: most lines fail it at once);
    - la: a caption's closing at any length, a kicker's on a line as short as a kicker
      where the kicker's alternative ending there could match (:func:`_kicker_may_end`);
    - a space, on a line whose last character is no final or soft mark: where the page
      still reads it as ending final (``ends_final``: the column and the line's own text
      may disagree, a closing quote ending what the line before ends) or where a byline
      could start it (:func:`_may_be_byline`).
    Letter-spaced lines outside these are body (the title shape says so)."""
    long = profile.title_min_chars
    bmax, kmax, fmax = profile.byline_max_chars, profile.kicker_max_chars, profile.furniture_max_chars
    return [
        None if ((f in _RULE_FIRST and (f in _FIRST_ANY_LENGTH
                                        or (n <= kmax and f in _KICKER_FIRST and la in _KICKER_RARE_END)
                                        or (n <= fmax and f in _FURN_FIRST and la in _FURN_FIRST)))
                 or (la in _RULE_LAST and (la in _CAPTION_END or n <= kmax and _kicker_may_end(x, f, la)))
                 or (s and la not in _NOT_TITLE_END and (e or _may_be_byline(x, f, n, bmax))))
        else "title" if (la not in _NOT_TITLE_END and not e
                         and (f not in NO_LINE_START if n >= long else title_like(x)))
        else "body"
        for x, f, la, s, e, n in zip(pg.text, pg.first, pg.last, pg.has_space, pg.ends_final, pg.length)]


def _ruled_lines(pg, kinds):
    """The lines k whose kind a rule of :func:`kind_of` other than the title shape may
    decide: those :func:`_shaped_kinds` left None, and those holding a word some rule looks
    for, or a date."""
    ruled = set(compress(count(), map(is_, kinds, repeat(None))))
    for w in _RULE_WORDS:
        ruled.update(pg.lines_with(w))
    ruled.update(k for k in pg.lines_matching(_YEAR_THEN_DIGIT_IN_LINE) if _dated(pg.text[k]))
    return ruled


def _kinds_at_top(pg, kinds, ruled, profile):
    """Set :func:`kind_of` of the page's first lines in ``kinds`` (the first that is not
    noise may be the page's section name, unless it was printed already); returns them.
    A line asked without ``top`` and outside ``ruled`` keeps the kind it has, which is
    what :func:`kind_of` says of it, as of every line outside."""
    text, ls = pg.text, pg.letter_spaced
    seen_text = 0
    named = False     # the page printed its section name already
    top_lines = range(min(profile.top_lines, len(text)))
    for k in top_lines:
        top = seen_text == 0 and not named and not (is_section_name(text[k]) and _named_last(pg, k, profile))
        if top or k in ruled:
            kinds[k] = kind_of(text[k], ls[k], top=top, profile=profile)
        kd = kinds[k]
        seen_text += kd != "noise"
        named = named or kd == "noise" and names_section(text[k])
    return top_lines
