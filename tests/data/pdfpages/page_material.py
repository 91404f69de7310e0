"""The words of a made-up newspaper page: new articles built from the sentences of the dev and
held-out golds, with headlines, subtitles, kickers, bylines, captions and page furniture of
our own, so the engine meets recombined text and header lines it was never tuned on.

Everything is drawn from a ``random.Random`` passed in, so a seed fixes the page. No Qt here:
the typesetter (page_typeset.py) decides where the words go.
"""
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SOURCES = sorted((ROOT.parent / "shared" / "eval" / "dev").glob("*.gold.json")) + \
    [ROOT / "tests" / "heldout" / "real000.gold.json"]

PLACES = ["湘潭", "株洲", "衡阳", "邵阳", "岳阳", "常德", "益阳", "永州", "怀化", "娄底", "吉首", "浏阳",
          "醴陵", "韶山", "汨罗", "宁乡", "攸县", "茶陵", "桃江", "安化", "沅陵", "新化", "涟源", "祁阳",
          "道县", "江永", "汝城", "桂东", "炎陵", "临澧", "石门", "慈利", "平江", "华容", "湘阴", "双峰"]
SINGLE_HEADLINES = [
    "{p}小城走出智能制造新势力", "{p}：老街区焕发新活力", "{p}让群众办事“一次不用跑”",
    "{p}千亩油茶挂满“致富果”", "“小积分”撬动{p}乡村大治理", "{p}：数字赋能让田间地头更“聪明”",
    "{p}以“绣花功夫”推进城市更新", "{p}打造县域经济“新引擎”", "{p}蹚出产业振兴新路子",
    "{p}：一条路带富一方人", "家门口的“幸福食堂”开进{p}", "{p}织密基层治理“一张网”",
    "{p}校园足球踢出精气神", "{p}非遗技艺走进新课堂", "{p}：冬修水利正当时",
    "{p}跑出项目建设“加速度”", "{p}：小小竹篮编出大产业", "{p}夜间经济点亮城乡烟火气",
    "{p}为企业纾困解难出实招", "{p}“银发族”乐享智慧生活", "{p}：湘江岸边护鸟人",
    "{p}村级集体经济实现“破零”", "{p}把调解室搬到田埂上", "{p}农文旅融合激活乡村一池春水",
]
COUPLETS = [
    ("聚力实体经济", "跑出发展加速度"), ("守护绿水青山", "共绘生态画卷"), ("擦亮民生底色", "提升幸福成色"),
    ("稳住基本盘", "激活新动能"), ("党建引领聚合力", "基层治理添活力"), ("小切口解难题", "大民生见真情"),
    ("深耕沃土", "厚植根基"), ("练好内功", "走稳外贸路"), ("点燃创新引擎", "赋能产业升级"),
    ("以文化人", "以文润城"), ("奋楫争先", "勇立潮头"), ("向新而行", "向质而进"),
]
SUBTITLES = [
    "{p}推进基层治理现代化纪实", "{p}持续优化营商环境侧记", "{p}探索乡村振兴新路径",
    "{p}以党建引领产业发展", "{p}县域经济高质量发展观察", "{p}全力办好民生实事",
    "{p}做好“土特产”文章", "{p}推动文旅深度融合发展纪实", "{p}医共体建设一线见闻",
    "{p}打造创新创业“强磁场”", "{p}用心用情守护“一老一小”", "{p}交通建设跑出加速度",
]
KICKERS = ["“十四五”{p}答卷{n}", "县域经济观察", "奋进新征程·{p}篇", "聚焦乡村振兴", "基层一线",
           "新春走基层", "高质量发展调研行{n}", "民生实事进行时"]
CIRCLED = "①②③④⑤⑥⑦⑧⑨"
SUBHEADINGS = [
    "抓实产业，鼓起群众“钱袋子”", "优化服务，跑出审批加速度", "补齐短板，筑牢民生保障网",
    "创新机制，激活治理新动能", "聚焦需求，办好身边小事", "科技赋能，老产业焕发新生机",
    "人才回流，乡村振兴有了“领头雁”", "精准施策，破解融资难题", "守正创新，让文化活起来",
    "多方联动，织密安全防护网", "因地制宜，走好特色发展路", "久久为功，擦亮生态名片",
]
SCENES = ["工人在生产线上忙碌", "村民在田间采摘油茶果", "游客在古街参观游览", "学生在操场开展体育活动",
          "志愿者为社区老人测量血压", "货车在物流园区装卸货物", "医护人员为村民义诊", "无人机在稻田上空作业",
          "技术人员调试智能设备", "群众在政务服务大厅办理业务"]
CREDITS = ["{p}县委宣传部供图", "{p}融媒体中心供图", "{p}文旅广电局供图", "受访单位供图", "资料图片",
           "{p}农业农村局提供", "图片由{p}县委宣传部提供"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢"
GIVEN = "明华建国志强文杰俊磊晓燕丽敏静婷伟芳军勇涛斌超红霞平刚辉鑫宇浩然梓涵思远雨欣子轩一凡嘉怡睿博佳琪诗琳"
SECTIONS = ["县域经济", "综合新闻", "要闻", "市州新闻", "经济", "民生", "乡村振兴", "文化"]
WEEKDAYS = "一二三四五六日"
SENTENCE_END = re.compile(r"(?<=[。！？])(?![”’）])|(?<=[。！？][”’）])")
CREDIT = re.compile(r"（[^（），。]{2,16}）$")


@dataclass
class Block:
    """One block of text as the gold names it; ``printed`` is the text as drawn, when that
    differs from the clean ``text`` (a subtitle's leading dash, padded names)."""
    kind: str
    text: str
    printed: str = ""

    def __post_init__(self):
        self.printed = self.printed or self.text


@dataclass
class Article:
    headline: list            # the phrases of the headline; the gold joins them with a space
    kicker: str = None
    subtitle: str = None
    byline: Block = None
    names: list = field(default_factory=list)
    body: list = field(default_factory=list)       # Blocks: paragraph, subheading
    caption: Block = None                          # printed under a photo box
    tracked: bool = False                          # headline letter-spaced
    credit: str = ""                               # "（杨晨 蒋虹）" closing the last paragraph

    def body_blocks(self):
        """The body as printed: the credit, if any, closes the last paragraph (whatever
        paragraphs the typesetter had to leave out)."""
        if not self.credit:
            return list(self.body)
        last = max(k for k, b in enumerate(self.body) if b.kind == "paragraph")
        closing = Block("paragraph", self.body[last].text + self.credit)
        return self.body[:last] + [closing] + self.body[last + 1:]

    @property
    def headline_text(self):
        return " ".join(self.headline) if self.headline else None


@dataclass
class Furniture:
    head: list        # running head pieces, left to right
    footer: str
    folio: str


def load_sentences(sources=SOURCES):
    """Sentences of every paragraph of the source golds, each paragraph as a list (so a run of
    its sentences can be kept together), without in-paragraph credits."""
    paras, seen = [], set()
    for path in sources:
        if not path.exists():
            continue
        for art in json.loads(path.read_text(encoding="utf-8"))["articles"]:
            for b in art["blocks"]:
                if b["type"] != "paragraph" or b["text"] in seen:
                    continue
                seen.add(b["text"])
                sents = [s for s in split_sentences(CREDIT.sub("", b["text"])) if s[-1] in "。！？”’）"]
                if sents:
                    paras.append(sents)
    if not paras:
        raise SystemExit("no source golds found (shared/eval/dev or tests/heldout)")
    return paras


def split_sentences(text):
    """
    >>> split_sentences("他说：“好。”我们走。还有")
    ['他说：“好。”', '我们走。', '还有']
    """
    return [s for s in SENTENCE_END.split(text) if s]


def name(rng):
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2])))


def pad(n):
    """Two-character names are printed with a space inside, as in the real pages ("肖 畅")."""
    return n[0] + " " + n[1] if len(n) == 2 else n


def make_byline(rng):
    """The byline as printed and the names the gold lists."""
    names = [name(rng) for _ in range(rng.choice([1, 2, 2, 3]))]
    form = rng.randrange(4)
    if form == 0:
        printed = "本报记者 " + " ".join(names)
    elif form == 1 and len(names) > 1:
        printed = "本报记者 " + names[0] + " 通讯员 " + " ".join(names[1:])
    elif form == 2:
        printed = "通讯员 " + " ".join(names)
    else:
        printed = "  ".join(pad(n) if rng.random() < 0.5 else n for n in names)
    clean = " ".join(names) if form == 3 else re.sub(r"\s+", " ", printed)
    return Block("byline", clean, printed), names


class PageWords:
    """What one page may still use. Every sentence, headline, subheading and place goes on a
    page at most once: two blocks printing the same text could not be told apart in the
    extracted text, and a real page does not repeat itself either."""

    def __init__(self, rng, paras):
        self.rng = rng
        self.paras = paras
        self.used = set()

    def pick(self, items):
        fresh = [x for x in items if x not in self.used]
        x = self.rng.choice(fresh or items)
        self.used.add(x)
        return x

    def paragraph(self, target):
        """Sentences until about ``target`` characters: a run from one source paragraph half
        the time, otherwise drawn from anywhere (recombined across articles). Empty when
        the page has used every sentence."""
        rng = self.rng
        if rng.random() < 0.5:
            src = rng.choice(self.paras)
            start = rng.randrange(len(src))
            sents = src[start:]
        else:
            sents = [rng.choice(rng.choice(self.paras)) for _ in range(8)]
        out = ""
        for s in sents:
            if s in self.used:
                continue
            if out and len(out) + len(s) > target * 1.3:
                break
            self.used.add(s)
            out += s
            if len(out) >= target:
                break
        return out


def make_article(words, size):
    """An article of about ``size`` characters of body."""
    rng = words.rng
    p = words.pick(PLACES)
    if rng.random() < 0.3:
        headline = list(words.pick(COUPLETS))
    else:
        headline = [words.pick(SINGLE_HEADLINES).format(p=p)]
    art = Article(headline=headline, tracked=rng.random() < 0.3)
    if rng.random() < 0.25:
        art.kicker = words.pick(KICKERS).format(p=p, n=rng.choice(CIRCLED))
    if rng.random() < 0.5:
        art.subtitle = words.pick(SUBTITLES).format(p=p)
    credit_in_text = rng.random() < 0.15
    if not credit_in_text:
        art.byline, art.names = make_byline(rng)
    total, since_sub, tries = 0, 0, 0
    while total < size and tries < 50:
        tries += 1
        text = words.paragraph(rng.choice([25, 60, 90, 120, 160, 220]))
        if not text:
            continue
        if since_sub >= 3 and rng.random() < 0.25 and total < size * 0.8:
            art.body.append(Block("subheading", words.pick(SUBHEADINGS)))
            since_sub = 0
        art.body.append(Block("paragraph", text))
        total += len(text)
        since_sub += 1
    if credit_in_text and art.body:
        art.names = [name(rng) for _ in range(rng.choice([1, 2]))]
        art.credit = "（" + " ".join(art.names) + "）"
    if rng.random() < 0.35:
        scene = words.pick(SCENES)
        who = name(rng)
        if rng.random() < 0.5:
            art.caption = Block("caption", f"图为{p}{scene}。本报记者 {who} 摄")
        else:
            art.caption = Block("caption", f"{p}{scene}。（{words.pick(CREDITS).format(p=p)}）")
    return art


def make_furniture(rng):
    day = rng.randint(1, 28)
    page = rng.randint(2, 12)
    head = ["湘江日报", f"2025年{rng.randint(1, 12)}月{day}日", "星期" + rng.choice(WEEKDAYS),
            f"第{page}版", rng.choice(SECTIONS)]
    footer = "  ".join(f"{role}：{name(rng)[:rng.choice([2, 3])]}" for role in ("责任编辑", "版式编辑", "校对"))
    return Furniture(head=head, footer=footer, folio=f"- {page} -")
