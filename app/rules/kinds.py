"""Line kinds recognisable from the text alone: page furniture, bylines, captions, decks,
kickers. Each rule is a small predicate; the pipeline decides with the neighbours.
"""
import re

from .chars import HAN
from .names import split_names
from .lines import han_count, sentence_end_inside

# ---- page furniture -------------------------------------------------------------------
_DATE = r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
_FURNITURE = re.compile(
    r"^(?:"
    rf".{{0,16}}{_DATE}.{{0,20}}"                                  # running head with a date
    r"|.{0,12}第\s*[0-9０-９一二三四五六七八九十]+\s*版.{0,16}"     # page / section head
    r"|[-—－–\s]*[0-9０-９]{1,3}[-—－–\s]*"                          # page number
    r"|[（(]?\s*(?:下|上)?(?:转|接|紧接|转自|接上)第?\s*[0-9０-９一二三四五六七八九十]+\s*版.{0,8}?[）)]?"
    r"|.{0,6}(?:责任编辑|版式编辑|美术编辑|本版编辑|责任校对|图片编辑|版面设计|校对)\s*[：:].*"
    r")$")
_SECTION = re.compile(f"^[{HAN}]{{2,6}}(?:新闻|经济|要闻|视点|专刊|周刊|副刊|评论|理论|文化|体育|国际|"
                      f"社会|时政|民生|教育|财经|法治|综合|专版|观察|聚焦|纵深|特刊|专题|天下|广角)$"
                      f"|^(?:要闻|综合|评论|理论|副刊|专版|特刊|专题)$")
_SPACE = re.compile(r"[ \t\u3000]+")


def is_furniture(t):
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
    if len(t) > 40:
        return False
    if not _FURNITURE.match(t):
        return False
    if re.search(_DATE, t):
        # a running head is a date with a weekday, a paper's name or a page, not a sentence
        rest = _SPACE.sub("", re.sub(_DATE, "", t))
        return bool(re.fullmatch(r"(?:.{0,10}报|.{0,10}刊)?(?:星期[一二三四五六日天]|周[一二三四五六日])?"
                                 r"(?:第\s*\S{1,3}\s*版)?.{0,8}", rest)) and not re.search(r"[，。；：！？]", rest)
    return not re.search(r"[，。；！？]", t)


def is_section_name(t):
    """A page's section name printed at its top ("综合新闻", "县域经济").

    >>> is_section_name("综合新闻"), is_section_name("县域经济"), is_section_name("“十四五”北湖答卷⑥")
    (True, True, False)
    """
    return bool(_SECTION.match(t))


# ---- decks and kickers ----------------------------------------------------------------
_DECK = re.compile(r"^(?:——|──|--|－－|—)\s*\S")


def is_deck(t):
    """A subtitle line starts with a dash.

    >>> is_deck("——郴州市北湖区探索新就业群体服务管理新路径"), is_deck("—— 纪实")
    (True, True)
    >>> is_deck("……这些点滴关怀")
    False
    """
    return bool(_DECK.match(t)) and han_count(t) >= 2


_KICKER = re.compile(r"[①-⑳㉑-㉟]\s*$|[（(][0-9一二三四五六七八九十]{1,3}[）)]\s*$|之[一二三四五六七八九十]{1,3}\s*$"
                     r"|^[【\[].{2,14}[】\]]$|^“[^”]{1,10}”.{0,10}[0-9一二三四五六七八九十①-⑳]\s*$")


def is_kicker(t):
    """A series tag above a headline.

    >>> is_kicker("“十四五”北湖答卷⑥"), is_kicker("【聚焦两会】"), is_kicker("守护“健康荷塘”")
    (True, True, False)
    >>> is_kicker("“优质服务基层行”成果明显。3")     # a sentence ends inside: running text
    False
    """
    return (len(t) <= 24 and bool(_KICKER.search(t)) and han_count(t) >= 2
            and not sentence_end_inside(t))


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
_BYLINE_CHARS = re.compile(f"^[{HAN}·\\s/／：:（）()、，,]+$")
# What a byline's first character can be: a surname, a role word's first character, or a
# separator that split_names drops. Any other, and its first name is no name.
_NAME_START = frozenset(SURNAMES | {s[0] for s in COMPOUND_SURNAMES} | set("本记通实特见文图摄整报")
                        | set("（()）:：,，、；;/／"))


def looks_like_name(n):
    """
    >>> looks_like_name("周红波"), looks_like_name("曾铮"), looks_like_name("奋发有为"), looks_like_name("欧阳修")
    (True, True, False, True)
    """
    if n.startswith(COMPOUND_SURNAMES):
        return 3 <= len(n) <= 4
    return 2 <= len(n) <= 3 and n[0] in SURNAMES


def is_byline(t):
    """Names of writers, padded to three cells, with or without role words.

    >>> is_byline("肖 畅 周红波"), is_byline("曾玉玺 莫 钢 黄冰璐 邹 露"), is_byline("本报记者 张三")
    (True, True, True)
    >>> is_byline("擦亮品牌 奋发有为"), is_byline("李永亮 何卫健"), is_byline("（杨 晨 蒋 虹）")
    (False, True, True)
    >>> is_byline("周红波"), is_byline("本报记者 周红波")
    (False, True)
    """
    if len(t) > 40 or t[:1] not in _NAME_START and not t[:1].isspace() and "/" not in t and "／" not in t:
        return False
    if not _BYLINE_CHARS.match(t):
        return False
    names = split_names(t)
    if not names or not all(looks_like_name(n) for n in names):
        return False
    has_role = bool(re.search(r"记者|通讯员|实习生|文/图|文／图|图/文|摄影|编辑|撰文", t))
    return len(names) >= 2 or has_role


# ---- captions ---------------------------------------------------------------------------
_CAPTION = re.compile(
    r"[（(][^（）()]{0,30}(?:供图|摄|提供|供稿|资料图片|图片来源|翻拍)[^（）()]{0,10}[）)]\s*$"
    r"|(?:记者|通讯员|本报)\s*(?:[\u4e00-\u9fff]\s*){2,4}\s*摄\s*$"
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
