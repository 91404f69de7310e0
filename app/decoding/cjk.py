"""Which legacy CJK encoding: weighing the clean readings of the same bytes.

GB18030 decodes the bytes of nearly any EUC-KR, EUC-JP or Big5 text without an error, and
the characters it reads are hanzi, so neither a clean decoding nor the kind of characters
read tells the encodings apart.  Where the lead bytes fall does.  In EUC-KR every Hangul
syllable has a lead byte in B0-C8, which in GB2312 is the first 62% of the common hanzi;
Chinese text has only half its characters there.  EUC-JP and GB2312 put kana in the same
two rows (A4, A5), where Chinese text has none and Japanese text a third of its characters.
Big5 puts its commonest hanzi in A4-AF (GB2312's kana and symbols) and half its second
bytes below A1 (GB2312 has none there).  Shift_JIS puts kana and common kanji on leads
81-9F, GBK's rarest characters.

So each candidate language is a distribution of its characters over seven bands of lead
bytes, and a share of second bytes below A1; a reading's likelihood is the product over the
multibyte characters of a sample, weighed with a prior that says this is a tool for Chinese
pages and with chardet's opinion.  The GB18030 reading is also weighed by how many of its
hanzi are common ones: Chinese text is mostly the same few hundred, the hanzi GB18030 reads
from other encodings' bytes are anything.  The winner's share of the total is its
confidence.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections import Counter

from .textstats import SAMPLE_CHARS

# a multibyte character, aligned when scanning from the start of the input (GB18030's
# four-byte form included); its first two bytes are what the bands look at
_RE_MULTIBYTE = re.compile(rb"[\x81-\xfe](?:[\x30-\x39][\x81-\xfe][\x30-\x39]|[\x40-\x7e\x80-\xfe])")

# bands of the lead byte: 81-A0, A1-A3, A4-A5, A6-AF, B0-C8, C9-D7, D8-FE
_BAND_STARTS = (0x81, 0xA1, 0xA4, 0xA6, 0xB0, 0xC9, 0xD8)

# P(band of the lead byte) for the language written in each codec, then P(second byte below
# A1).  Measured on the 66 baseline pages (GB18030; and Big5, with the characters Big5
# lacks left out) and on a few dozen Korean and Japanese newspaper sentences, rounded; a
# band a language never uses keeps a small floor, so that one stray character weighs
# against a reading without ruling it out.
#                 81-A0  A1-A3  A4-A5  A6-AF  B0-C8  C9-D7  D8-FE   low 2nd
_MODEL = {
    "gb18030":   ((0.002, 0.12, 0.001, 0.002, 0.50, 0.37, 0.003), 0.002),
    "big5hkscs": ((0.003, 0.13, 0.21, 0.34, 0.28, 0.03, 0.01), 0.48),
    "cp949":     ((0.005, 0.03, 0.003, 0.003, 0.95, 0.004, 0.005), 0.005),
    "euc_jp":    ((0.003, 0.06, 0.43, 0.003, 0.42, 0.08, 0.005), 0.001),
    "cp932":     ((0.84, 0.002, 0.002, 0.002, 0.002, 0.002, 0.15), 0.35),
}
# how often each arrives at a tool for Chinese newspaper pages, before looking at the bytes
_PRIOR = {"gb18030": 0.90, "big5hkscs": 0.05, "cp949": 0.02, "euc_jp": 0.015, "cp932": 0.015}

#: The codecs weighed against each other, most expected first.
CODECS = tuple(_PRIOR)

#: People's names of the codecs, for messages.
LABELS = {
    "gb18030": "GB18030",
    "big5hkscs": "Big5-HKSCS",
    "cp949": "EUC-KR (cp949)",
    "euc_jp": "EUC-JP",
    "cp932": "Shift_JIS (cp932)",
}

# chardet's names of the same encodings, after normalize_encoding_name
_FAMILY = {
    "gb18030": "gb18030",
    "big5hkscs": "big5hkscs",
    "cp950": "big5hkscs",
    "cp949": "cp949",
    "euc_jp": "euc_jp",
    "euc_jis_2004": "euc_jp",
    "euc_jisx0213": "euc_jp",
    "cp932": "cp932",
    "shift_jis": "cp932",
    "shift_jis_2004": "cp932",
    "shift_jisx0213": "cp932",
}

# The 500 hanzi found on the most of 58 baseline newspaper pages (the dev pages left out),
# commonest first: 84% of the hanzi of the dev pages, 8-18% of those GB18030 reads from
# Big5, EUC-JP or EUC-KR bytes.  A GB18030 reading's hanzi weigh for it when common and
# against it when not (four to one either way).
_COMMON_HANZI = frozenset(
    "的务动服学化业建医成为区人一市行力理新生家体基等有年和组实中心能点分提织作层在工以员到机发群治下上活"
    "升展推平同全与开出级时联通委解合大台金关高地进长题对会更度入共重来不管用让民强三专设过局公现效位就转"
    "送信期传将色领门域持深从导支制个社线变享药政经日面式及之乡创精优续村加道方性项定培兴次室资形向小主品"
    "参城余相先型验感模准事评每内月造源子已紧统举单何坚团本利应决求供水间息受速示案惠际格态选处标达快需满"
    "根整沉运临党部文习银企书好了如起宣外于自果站结盖把促激规课职电注获微近带清场批表头红广价识监身亮牵县"
    "流办融是网后系至情训可得步聚构目多破走特查收技其前落难星责困养意总打路智采汇良济频院卫交立约众者省诊"
    "率密问协庭积名策患践记第今指励安保条探集反急五护镇具被着足里施考措南任还投启也教湖师环他风永比便知覆"
    "找代引法断警暖青看班讲功江十堂显督跟值空真荐触育产车量这们报属白张由正原龙周认程围充补阵助绿赋园接窗"
    "李维返两二纳负针迅介突律片绕滋划四奖疗司完质计队随议科口直善仅例往当核依取泛校元节增街论要抓伴别慧累"
    "放响综视筹扩并类陈图干思想丰炼降号压己数拓典硕测郴州截容守链老检所脑住锻察物些档固脚络撑季迹航美德剖"
)
_LOG_COMMON, _LOG_RARE = math.log(0.8 / 0.2), math.log(0.2 / 0.8)

#: Stands for "none of the weighed encodings" (Latin-1 or KOI8-R read two bytes at a time,
#: say): each character has a flat 1/28, below what a weighed language gives its usual
#: characters (real CJK text beats it within a character or two) and far above what they
#: give the pairs of letters of a single-byte text.
OTHER = "other"
_PRIOR_OTHER = 0.05
_LOG_OTHER = math.log(1 / 28)


def _band(lead: int) -> int:
    return bisect.bisect_right(_BAND_STARTS, lead) - 1


def _log_tables() -> dict[str, list[list[float]]]:
    """log P(band, second byte low?) per codec: ``[band][low]``."""
    tables = {}
    for codec, (bands, low) in _MODEL.items():
        total = sum(bands)
        tables[codec] = [[math.log(p / total * (1 - low)), math.log(p / total * low)] for p in bands]
    return tables


_LOG = _log_tables()


def family(codec: str | None) -> str | None:
    """The weighed codec that stands for chardet's *codec*, or None.

    >>> family("shift_jis"), family("cp949"), family("iso8859-1")
    ('cp932', 'cp949', None)
    """
    return _FAMILY.get(codec) if codec else None


def character_counts(sample: bytes) -> Counter:
    """{(band, second byte below A1): count} over the multibyte characters of *sample*.

    >>> sorted(character_counts("中文".encode("gbk")).items())
    [((5, False), 2)]
    >>> sorted(character_counts("한국".encode("euc_kr")).items())
    [((4, False), 2)]
    """
    pairs = Counter(m[:2] for m in _RE_MULTIBYTE.findall(sample))
    counts: Counter = Counter()
    for pair, n in pairs.items():
        counts[_band(pair[0]), pair[1] < 0xA1] += n
    return counts


@functools.cache
def _hanzi():
    """Compiled when a reading is first weighed, not at import: most pages are UTF-8."""
    return re.compile("[\u4e00-\u9fff]")


def hanzi_counts(text: str) -> tuple[int, int]:
    """(common hanzi, all hanzi) of a GB18030 reading's sample.

    >>> hanzi_counts("记者报道：家庭教育"), hanzi_counts("츠晃 훗")
    ((8, 8), (0, 1))
    """
    hanzi = _hanzi().findall(text[:SAMPLE_CHARS])
    return sum(1 for ch in hanzi if ch in _COMMON_HANZI), len(hanzi)


def log_likelihood(codec: str, counts: Counter) -> float:
    """log P(the characters' bands | the language written in *codec*)."""
    table = _LOG[codec]
    return sum(n * table[band][low] for (band, low), n in counts.items())


def weigh(
    counts: Counter, codecs: list[str], guess: tuple[str, float] | None, hanzi: tuple[int, int] = (0, 0)
) -> list[tuple[str, float]]:
    """[(codec, probability)] of the candidate *codecs* and :data:`OTHER`, likeliest first.

    *guess* is chardet's (codec, confidence): its codec's odds grow by up to ten times.
    *hanzi* is :func:`hanzi_counts` of the GB18030 reading.

    >>> data = "오늘 서울의 날씨는 맑고 따뜻합니다.".encode("euc_kr")
    >>> counts, hanzi = character_counts(data), hanzi_counts(data.decode("gb18030"))
    >>> [(c, round(p, 3)) for c, p in weigh(counts, ["gb18030", "cp949"], None, hanzi)]
    [('cp949', 1.0), ('gb18030', 0.0), ('other', 0.0)]
    """
    voted = family(guess[0]) if guess else None
    n = sum(counts.values())
    scores = {OTHER: math.log(_PRIOR_OTHER) + n * _LOG_OTHER}
    for codec in codecs:
        score = math.log(_PRIOR[codec]) + log_likelihood(codec, counts)
        if codec == voted:
            score += math.log(1 + 9 * max(0.0, min(1.0, guess[1])))
        if codec == "gb18030":
            common, read = hanzi
            score += common * _LOG_COMMON + (read - common) * _LOG_RARE
        scores[codec] = score
    top = max(scores.values())
    weights = {c: math.exp(s - top) for c, s in scores.items()}
    total = sum(weights.values())
    return sorted(((c, w / total) for c, w in weights.items()), key=lambda cw: -cw[1])
