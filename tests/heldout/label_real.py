"""Hand labels of the two real sample pages, written as block lists, and the code that turns
them into gold reflow-corpus files (real000.gold.json, real004.gold.json).

Each block is (article, type, first line, last line): it cites every non-blank line in that
range. Paragraph ends are the last line of each paragraph block. Text overrides fix what plain
cleaning cannot (doubled headline glyphs, name padding, an in-paragraph credit)."""
import hashlib
import json
from pathlib import Path

from cleantext import clean_line, fold, join

HERE = Path(__file__).parent

# ---- real000: 5 articles, every line followed by a blank line ---------------------------
# A1 溆浦 家校社协同育人 (body 1-205, headline block 416-419 printed after A2's)
# A2 溆浦 龙潭区域医共体 (body 207-409, headline block 411-414)
# A3 娄底税务 擦亮品牌 (body 421-653, headline block 655-658)
# A4 雨湖区税务局 文明创建 (660-820; no headline on the page)
# A5 洪江 政务服务“五心” (821-867, headline 869-870, credit inside 867)
def _paras(art, starts, end, subheads=()):
    """Paragraph blocks from their first lines; subheads are one-line subheadings."""
    marks = sorted(set(starts) | set(subheads))
    out = []
    for i, s in enumerate(marks):
        e = (marks[i + 1] - 2) if i + 1 < len(marks) else end
        out.append((art, "subheading" if s in subheads else "paragraph", s, e))
    return out


R000 = (
    [(1, "headline", 416, 417), (1, "byline", 419, 419)]
    + _paras(1, [1, 13, 31, 39, 49, 55, 79, 91, 105, 127, 139, 151, 159, 175, 195], 205,
             subheads=(29, 77, 137))
    + [(1, "caption", 872, 872)]
    + [(2, "headline", 411, 411), (2, "subtitle", 412, 412), (2, "byline", 414, 414)]
    + _paras(2, [207, 209, 219, 229, 237, 253, 263, 277, 289, 303, 319, 323, 333, 349, 361,
                 373, 385, 399], 409, subheads=(227, 317))
    + [(3, "headline", 655, 655), (3, "subtitle", 656, 656), (3, "byline", 658, 658)]
    + _paras(3, [421, 425, 445, 455, 473, 491, 511, 523, 545, 567, 581, 595, 605, 627, 643],
             653, subheads=(443, 509, 565))
    + _paras(4, [660, 672, 696, 708, 732, 754, 756, 770, 790, 802, 814], 820,
             subheads=(694, 752, 788))
    + [(5, "headline", 869, 870)]
    + _paras(5, [821, 825, 835, 841, 849, 857, 863], 867)
)
T000 = {  # line -> cleaned text where plain cleaning is not enough
    416: "“家校社”协同育人", 417: "“成长曲”共同谱就",
    414: "肖畅 周红波", 419: "易鑫 彭丽丽", 658: "曾玉玺 莫钢 黄冰璐 邹露",
    867: "再升级。（杨晨 蒋虹）",
    599: "“税惠赋能 助稳向好”座谈会，邀请该市具",  # a slogan's phrase space is meaningful
}
BYLINES000 = {1: ["易鑫", "彭丽丽"], 2: ["肖畅", "周红波"], 3: ["曾玉玺", "莫钢", "黄冰璐", "邹露"],
              5: ["杨晨", "蒋虹"]}

# ---- real004: Markdown-ish, one paragraph per line, some paragraphs broken in two --------
# B1 苏仙岭下读好书 3-35, B2 北湖 39-99, B3 银都 101-133 (caption 123 inside a paragraph),
# B4 廉洁文化 (only headline, deck and two paragraphs) 135-141, B5 荷塘 143-179
R004 = (
    [(1, "headline", 3, 3), (1, "subtitle", 5, 5), (1, "byline", 7, 7)]
    + _paras(1, [9, 13, 15, 19, 21, 25, 27, 29, 31, 33, 35], 35, subheads=(11, 23))
    + [(2, "kicker", 39, 39), (2, "headline", 41, 41), (2, "subtitle", 43, 43), (2, "byline", 45, 45)]
    + _paras(2, [47, 49, 51, 55, 57, 59, 61, 65, 67, 71, 73, 75, 77, 79, 83, 87, 89, 93, 95, 99], 99,
             subheads=(53, 69, 81, 85, 91, 97))
    + [(3, "headline", 101, 101), (3, "subtitle", 103, 103), (3, "byline", 105, 105)]
    + _paras(3, [107, 111, 113, 117, 119, 129, 131, 133], 133, subheads=(109, 115, 127))
    + [(3, "caption", 123, 123)]
    + [(4, "headline", 135, 135), (4, "subtitle", 137, 137)]
    + _paras(4, [139, 141], 141)
    + [(5, "headline", 143, 143), (5, "subtitle", 145, 145), (5, "byline", 147, 147)]
    + _paras(5, [149, 153, 155, 157, 159, 163, 167, 169, 171, 175, 177, 179], 179,
             subheads=(151, 161, 173))
)
T004 = {105: "邓华夫 陈润彦 曾铮"}
BYLINES004 = {1: ["陈淦璋", "龙江源"], 2: ["梁可庭", "刘奕辰"], 3: ["邓华夫", "陈润彦", "曾铮"],
              5: ["李永亮", "何卫健"]}
NOISE004 = []
HEADER = ("kicker", "headline", "subtitle", "byline")


def read_lines(path):
    text = Path(path).read_text(encoding="utf-8")
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def strip_md(t):
    t = t.strip()
    while t.startswith("#"):
        t = t[1:]
    t = t.strip()
    if t.startswith("**") and t.endswith("**"):
        t = t[2:-2]
    return t.strip()


def build(page, spec, overrides, bylines, noise=(), md=False, splits=()):
    raw = read_lines(HERE / page)
    arts = {}
    cited = set()
    # a caption printed inside a paragraph is cut out of it; the paragraph runs on across it
    inset = {n for _, kind, a, b in spec if kind == "caption" for n in range(a, b + 1)}
    for art, kind, a, b in spec:
        lines = [n for n in range(a, b + 1) if raw[n - 1].strip() and (kind == "caption" or n not in inset)]
        assert lines, (a, b)
        assert not cited & set(lines), (a, b, cited & set(lines))
        cited |= set(lines)
        parts = []
        for n in lines:
            if n in overrides:
                parts.append(overrides[n])
            else:
                t = strip_md(raw[n - 1]) if md else raw[n - 1]
                parts.append(clean_line(t, keep_phrase_space=kind in ("headline", "subtitle", "kicker")))
        text = " ".join(parts) if kind in HEADER else join(parts)
        if kind == "subtitle":
            text = text.lstrip("—").strip()
        text = fold(text)
        arts.setdefault(art, []).append({"type": kind, "text": text, "lines": lines})
    dropped = []
    for n in noise:
        dropped.append({"type": "noise", "text": raw[n - 1].strip(), "lines": [n]})
        cited.add(n)
    missing = [i for i, t in enumerate(raw, 1) if t.strip() and i not in cited]
    assert not missing, missing
    articles = []
    for aid in sorted(arts, key=lambda k: min(min(b["lines"]) for b in arts[k])):
        blocks = arts[aid]
        head = sorted([b for b in blocks if b["type"] in HEADER], key=lambda b: HEADER.index(b["type"]))
        body = sorted([b for b in blocks if b["type"] not in HEADER], key=lambda b: b["lines"][0])
        first = lambda k: next((b["text"] for b in head if b["type"] == k), None)
        articles.append({"id": len(articles) + 1, "kicker": first("kicker"), "headline": first("headline"),
                         "subtitle": first("subtitle"), "bylines": bylines.get(aid, []),
                         "blocks": head + body})
    gold = {"format": "reflow-corpus", "version": 1,
            "source": {"name": page, "sha256": hashlib.sha256((HERE / page).read_bytes()).hexdigest(),
                       "encoding": "utf-8", "lines": len(raw) - (1 if raw[-1] == "" else 0)},
            "articles": articles, "dropped": dropped}
    out = HERE / page.replace(".txt", ".gold.json")
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return gold


if __name__ == "__main__":
    build("real000.txt", R000, T000, BYLINES000)
    build("real004.txt", R004, T004, BYLINES004, md=True)
    print("ok")
