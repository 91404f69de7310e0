"""Lay out a newspaper page and print it as a PDF with Qt.

The page: a running head of five pieces over a rule, 3-5 columns of unequal width, bands of
articles (one to three side by side, each headline across its own columns, sometimes with
the first column running up beside the headline), photo boxes with captions in a column,
a footer and a folio on one baseline. Body text is wrapped here with QFontMetricsF (our own
line breaking, with the Chinese rules for punctuation at line ends), justified by spreading
the glyphs, and every glyph is drawn at a position we chose: so we know which text is on
which printed line, and in which order the lines went into the PDF's content stream (the
order ``pdftotext -raw`` and pdfium follow).

Coordinates are in points and the PDF is written at 72 dots an inch, so the text matrices
are plain (pdfium's line finding misreads text whose matrix scales it); font sizes are whole
points, which Qt measures without rounding. A body line is one text run, justified by Qt's
letter spacing; a tracked headline is drawn glyph by glyph.
"""
import math
import os
import re
from dataclasses import dataclass, field

from page_material import Block, PageWords, make_article, make_furniture
from run_extractors import FONT_FILE
PAGE_W, PAGE_H, MARGIN = 842.0, 1191.0, 40.0
BODY_SIZES = [10, 10, 11]
CAPTION, SUBHEAD, KICKER, SUBTITLE, BYLINE, HEAD_SMALL, FOOTER, FOLIO = 9, 12, 12, 13, 10, 10, 9, 10
NO_START = set("，。、；：？！”’）》」』】…%,.;:?!)")
NO_END = set("“‘（《「『【(-")   # a hyphen at a line end is taken for hyphenation and dropped by extractors
UNIT = re.compile(r"[A-Za-z0-9.%]+| +|——|……|.", re.S)


@dataclass
class Line:
    """One printed line: the glyphs in drawing order and where each one went."""
    text: str          # the glyphs, no spaces
    block: int         # index into Page.blocks
    size: float
    xs: list           # x of each glyph (points)
    y: float           # baseline
    runs: list = None  # [(x, text)] drawn in one go each, None: glyph by glyph
    spacing: float = 0.0   # letter spacing of the runs


@dataclass
class Page:
    blocks: list = field(default_factory=list)     # (article index or None, Block)
    articles: list = field(default_factory=list)   # page_material.Article, in band order
    lines: list = field(default_factory=list)      # Line, in drawing order
    boxes: list = field(default_factory=list)      # grey photo boxes (x, y, w, h)
    rules: list = field(default_factory=list)      # (x1, y1, x2, y2)

    def block(self, article, blk):
        self.blocks.append((article, blk))
        return len(self.blocks) - 1


class Fonts:
    """Glyph advances for the one embedded CJK font, cached per size."""

    def __init__(self):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QFontDatabase
        from PySide6.QtWidgets import QApplication
        # a QApplication, not a QGuiApplication: in one pytest run the window tests come
        # later and need a widget application, and there can be only one per process
        self.app = QApplication.instance() or QApplication([])
        fid = QFontDatabase.addApplicationFont(FONT_FILE)
        families = QFontDatabase.applicationFontFamilies(fid)
        if not families:
            raise SystemExit(f"cannot load {FONT_FILE} (apt-get install fonts-wqy-microhei)")
        self.family = families[0]
        self._fonts, self._adv = {}, {}

    def font(self, size):
        from PySide6.QtGui import QFont, QFontMetricsF
        key = int(size)
        assert key == size, "font sizes are whole points"
        if key not in self._fonts:
            f = QFont(self.family)
            f.setPixelSize(key)
            f.setKerning(False)
            self._fonts[key] = (f, QFontMetricsF(f))
        return self._fonts[key]

    def adv(self, text, size):
        key = (text, size)
        if key not in self._adv:
            self._adv[key] = self.font(size)[1].horizontalAdvance(text)
        return self._adv[key]

    def missing(self, text):
        fm = self.font(10)[1]
        return sorted({c for c in text if not c.isspace() and not fm.inFont(c)})


# --------------------------------------------------------------------------- line breaking

def units(text):
    """Pieces that never break inside: a Latin/digit run, a run of spaces, a doubled dash or
    ellipsis, any other single character.

    >>> units("共83.90%，“HELLO 小孩”——好")
    ['共', '83.90%', '，', '“', 'HELLO', ' ', '小', '孩', '”', '——', '好']
    """
    return UNIT.findall(text)


def break_lines(us, widths, first_cap, cap, widow=False):
    """Greedy breaking of units into lines no wider than their cap. A line may not start with
    closing punctuation nor end with an opening mark: the unit before moves down with it,
    and the line above is stretched. (Squeezing the mark onto the line instead made
    pdftotext read such a line as one with the next column's: pages it could not align.)"""
    lines, i, n = [], 0, len(us)
    while i < n:
        while i < n and us[i].isspace():
            i += 1
        if i >= n:
            break
        limit = first_cap if not lines else cap
        j, w = i, 0.0
        while j < n and (j == i or w + widths[j] <= limit + 0.01):
            w += widths[j]
            j += 1
        if j < n:
            while j - 1 > i and us[j][0] in NO_START:
                j -= 1
            while j - 1 > i and us[j - 1][-1] in NO_END:
                j -= 1
        line = us[i:j]
        while line and line[-1].isspace():
            line.pop()
        lines.append(line)
        i = j
    if widow:
        no_widow(lines)
    return lines


def no_widow(lines):
    """A paragraph does not end on a line of one or two glyphs: units come down from the line
    above (which is then stretched), never leaving it to end on an opening mark nor the last
    line to start with closing punctuation.

    >>> rows = [list("一二三四五六七八"), list("九。")]
    >>> no_widow(rows); ["".join(r) for r in rows]
    ['一二三四五六七', '八九。']
    """
    if len(lines) < 2:
        return
    prev, last = lines[-2], lines[-1]
    glyphs = sum(len(u) for u in last if not u.isspace())
    while len(prev) > 4 and (glyphs < 3 or last[0][0] in NO_START or prev[-1][-1] in NO_END
                             or prev[-1].isspace()):
        u = prev.pop()
        if not u.isspace():
            last.insert(0, u)
            glyphs += len(u)


def place(line_units, fonts, size, x0, cap, justify):
    """A line as runs of glyphs between its spaces (a space is a gap, never a glyph): the
    glyphs, their x positions, the runs and the letter spacing that makes the line fill
    ``cap`` when ``justify`` (spread over every gap, as Qt adds it after each character;
    negative when a squeezed-in punctuation mark made the line too long).
    Returns (glyphs, xs, runs, spacing)."""
    shown = "".join(line_units)
    natural = sum(fonts.adv(c, size) for c in shown)
    extra = (cap - natural) / (len(shown) - 1) if justify and len(shown) > 1 else 0.0
    glyphs, xs, runs, x = [], [], [], x0
    for c in shown:
        if not c.isspace():
            glyphs.append(c)
            xs.append(x)
        x += fonts.adv(c, size) + extra
    for m in re.finditer(r"\S+", shown):
        k = sum(not c.isspace() for c in shown[:m.start()])
        runs.append((xs[k], m.group()))
    return "".join(glyphs), xs, runs, extra


def set_text(text, fonts, size, cap, indent=0.0, justify=True, widow=False):
    """Wrap ``text`` at ``cap`` points; returns (glyphs, xs relative to the column) per line.
    Every line but the last is justified."""
    us = units(text)
    widths = [fonts.adv(u, size) for u in us]
    rows = break_lines(us, widths, cap - indent, cap, widow)
    out = []
    for k, row in enumerate(rows):
        x0 = indent if k == 0 else 0.0
        last = k == len(rows) - 1
        out.append(place(row, fonts, size, x0, cap - x0, justify and not last))
    return out


def tracked(text, fonts, size, rng, spread):
    """A letter-spaced headline: glyphs pushed apart by about ``spread`` of an em each, not
    evenly (hand-tracked headlines rarely are); a space in the text is a wide gap."""
    glyphs, xs, x = [], [], 0.0
    for u in units(text):
        if u.isspace():
            x += size * 0.9
            continue
        for c in u:
            glyphs.append(c)
            xs.append(x)
            x += fonts.adv(c, size) + size * spread * rng.uniform(0.4, 1.6)
    return "".join(glyphs), xs, x - size * spread


# --------------------------------------------------------------------------- the page

@dataclass
class Column:
    x: float
    w: float


def grid(rng, size):
    """3-5 columns of unequal widths, each a whole number of characters plus a little slack
    (so some lines need no stretching and some do)."""
    n = rng.choice([3, 4, 4, 5, 5])
    gutter = rng.uniform(12, 18)
    room = PAGE_W - 2 * MARGIN - (n - 1) * gutter
    weights = [rng.uniform(0.8, 1.25) for _ in range(n)]
    widths = []
    for wt in weights:
        w = room * wt / sum(weights)
        chars = int(w // size)
        widths.append(chars * size + rng.choice([0.0, 0.0, 0.2, 0.45]) * size)
    spare = room - sum(widths)
    gutter += spare / (n - 1)
    cols, x = [], MARGIN
    for w in widths:
        cols.append(Column(x, w))
        x += w + gutter
    return cols


SPANS = {3: [[3], [2, 1], [1, 2], [3]], 4: [[4], [2, 2], [3, 1], [1, 3], [4]],
         5: [[5], [3, 2], [2, 3], [2, 2, 1], [4, 1], [1, 4]]}


def at(piece, block, size, dx, y):
    """A Line from a placed piece (glyphs, xs, runs, spacing), moved right by ``dx``."""
    glyphs, xs, runs, spacing = piece
    return Line(glyphs, block, size, [dx + x for x in xs], y, [(dx + x, t) for x, t in runs], spacing)


def phrases(row, text):
    """A headline row of two phrases ("以文化人 以文润城") as two printed pieces: an extractor
    may put the right one first, and each piece keeps its glyphs in order."""
    out, k = [], 0
    for word in text.split():
        n = len(word)
        runs = None if row.runs is None else [(row.xs[k], word)]
        out.append(Line(row.text[k:k + n], row.block, row.size, row.xs[k:k + n], row.y, runs, row.spacing))
        k += n
    return out


class Composer:
    """Places one page's furniture and articles; collects Lines in drawing groups."""

    def __init__(self, rng, fonts, paras):
        self.rng, self.fonts = rng, fonts
        self.words = PageWords(rng, paras)
        self.page = Page()
        self.groups = []                  # lists of Lines, each drawn as a unit
        self.size = rng.choice(BODY_SIZES)
        self.leading = self.size * rng.uniform(1.3, 1.5)
        self.cols = grid(rng, self.size)

    def run(self, text, size, x, y, block):
        """One unjustified line starting at ``x``."""
        return at(place(units(text), self.fonts, size, 0.0, 0.0, False), block, size, x, y)

    def width(self, text, size):
        return self.fonts.adv(text, size)

    # ---- furniture
    def furniture(self):
        """The running head (five pieces over a rule) and the footer with the folio on one
        baseline under a rule."""
        rng, f = self.rng, make_furniture(self.rng)
        blk = self.page.block(None, Block("noise", "  ".join(f.head)))
        y = MARGIN + 24
        big = rng.choice([22, 24, 26])
        if rng.random() < 0.5:
            glyphs, xs, width = tracked(f.head[0], self.fonts, big, rng, 0.35)
            group = [Line(glyphs, blk, big, [MARGIN + x for x in xs], y)]
        else:
            group = [self.run(f.head[0], big, MARGIN, y, blk)]
            width = self.width(f.head[0], big)
        x = MARGIN + width + rng.uniform(24, 48)
        for piece in f.head[1:3]:
            group.append(self.run(piece, HEAD_SMALL, x, y, blk))
            x += self.width(piece, HEAD_SMALL) + rng.uniform(14, 30)
        right = PAGE_W - MARGIN
        sec_w = self.width(f.head[4], HEAD_SMALL)
        page_x = right - sec_w - rng.uniform(16, 30) - self.width(f.head[3], HEAD_SMALL)
        group.append(self.run(f.head[3], HEAD_SMALL, page_x, y, blk))
        group.append(self.run(f.head[4], HEAD_SMALL, right - sec_w, y, blk))
        self.groups.append(group)
        self.page.rules.append((MARGIN, y + 8, PAGE_W - MARGIN, y + 8))
        self.top = y + 24

        foot_y = PAGE_H - MARGIN + 4
        self.bottom = foot_y - 22
        self.page.rules.append((MARGIN, self.bottom + 8, PAGE_W - MARGIN, self.bottom + 8))
        footer = self.run(f.footer, FOOTER, MARGIN, foot_y, self.page.block(None, Block("noise", f.footer)))
        fw = self.width(f.folio, FOLIO)
        fx = (PAGE_W - fw) / 2 if rng.random() < 0.5 else PAGE_W - MARGIN - fw
        if fx < MARGIN + self.width(f.footer, FOOTER) + 30:
            fx = PAGE_W - MARGIN - fw
        folio = self.run(f.folio, FOLIO, fx, foot_y, self.page.block(None, Block("noise", f.folio)))
        self.groups.append([footer, folio])

    # ---- articles
    def bands(self):
        rng = self.rng
        y = self.top
        while self.bottom - y > 140:
            spans = rng.choice(SPANS[len(self.cols)])
            room = self.bottom - y
            height = min(room, rng.uniform(240, 560))
            if room - height < 140:
                height = room
            used, c = 0.0, 0
            for k in spans:
                cols = self.cols[c:c + k]
                c += k
                used = max(used, self.article(cols, y, height))
            if used <= 0:
                break
            y += used + 12
            self.page.rules.append((MARGIN, y - 6, PAGE_W - MARGIN, y - 6))

    def article(self, cols, top, height):
        """Lay one article into ``cols`` from ``top``; leaves out its photo or last
        paragraphs until it fits in ``height``. Returns the height used (0 when nothing
        fitted)."""
        rng = self.rng
        chars_per_line = sum(int(c.w // self.size) for c in cols)
        lines_per_col = height / self.leading
        size = max(30, int(chars_per_line * lines_per_col * rng.uniform(0.45, 0.7)))
        art = make_article(self.words, size)
        style = dict(lead=len(cols) >= 3 and rng.random() < 0.3, head_first=rng.random() < 0.5,
                     photo_at=rng.random(), centred=rng.random() < 0.6, byline_centred=rng.random() < 0.5,
                     head_size=rng.choice([20, 22, 24, 26, 28]), split=rng.random() < 0.6,
                     spread=rng.uniform(0.25, 0.7) if art.tracked else 0.0, tracking_seed=rng.random(),
                     box_h=rng.uniform(70, 140), caption_at=rng.random())
        while True:
            snapshot = (len(self.page.blocks), len(self.page.boxes))
            result = self.try_article(art, cols, top, height, style)
            if result is not None:
                return result
            del self.page.blocks[snapshot[0]:]
            del self.page.boxes[snapshot[1]:]
            if art.caption is not None and rng.random() < 0.5:
                art.caption = None
            elif sum(1 for b in art.body if b.kind == "paragraph") > 1:
                art.body.pop()
                while art.body and art.body[-1].kind == "subheading":
                    art.body.pop()
            else:
                return 0.0

    def header(self, art, ai, x0, width, top, st):
        """Kicker, headline (one or two rows, maybe tracked), subtitle, byline across
        ``width`` from ``x0``; returns the Lines and the height they take."""
        import random
        fonts, page = self.fonts, self.page
        lines, y = [], top

        def centre(w):
            return x0 + max(0.0, (width - w) / 2) if st["centred"] else x0

        if art.kicker:
            b = page.block(ai, Block("kicker", art.kicker))
            y += KICKER * 1.2
            lines.append(self.run(art.kicker, KICKER, centre(self.width(art.kicker, KICKER)), y, b))
            y += 4
        hb = page.block(ai, Block("headline", art.headline_text))
        hsize, spread = st["head_size"], st["spread"]
        rows = art.headline if st["split"] or len(art.headline) == 1 else [" ".join(art.headline)]

        def fits(s):
            return all(len(r.replace(" ", "")) * s * (1 + spread * 1.6) + (s if " " in r else 0) <= width
                       for r in rows)
        while hsize > 16 and not fits(hsize):
            hsize -= 2
        if not fits(hsize):     # one narrow column: the headline wraps
            per = max(4, int(width // (hsize * (1 + spread * 1.6))))
            rows = [r[k:k + per].strip() for r in rows for k in range(0, len(r), per)]
        jitter = random.Random(st["tracking_seed"])    # the same on every try of this article
        for r in rows:
            y += hsize * 1.15
            if spread:
                g, xs, w = tracked(r, fonts, hsize, jitter, spread)
                x = centre(w)
                row = Line(g, hb, hsize, [x + v for v in xs], y)
            else:
                row = self.run(r, hsize, centre(self.width(r, hsize)), y, hb)
            lines.extend(phrases(row, r))
        y += hsize * 0.35
        if art.subtitle:
            b = page.block(ai, Block("subtitle", art.subtitle, "——" + art.subtitle))
            for piece in set_text("——" + art.subtitle, fonts, SUBTITLE, width, justify=False):
                y += SUBTITLE * 1.4
                w = piece[1][-1] + SUBTITLE - piece[1][0]
                lines.append(at(piece, b, SUBTITLE, centre(w), y))
        if art.byline:
            b = page.block(ai, art.byline)
            y += 8 + BYLINE * 1.3
            w = self.width(art.byline.printed, BYLINE)
            lines.append(self.run(art.byline.printed, BYLINE, centre(w) if st["byline_centred"] else x0, y, b))
        return lines, y - top + 12

    def try_article(self, art, cols, top, height, st):
        fonts, page = self.fonts, self.page
        ai = len(page.articles)
        head_cols = cols[1:] if st["lead"] else cols
        hx, hw = head_cols[0].x, head_cols[-1].x + head_cols[-1].w - head_cols[0].x
        header, header_h = self.header(art, ai, hx, hw, top, st)

        # the body as a stream of items: ("line", (piece, block, size), height) or a photo
        width = min(c.w for c in cols)
        items = []
        body_blocks = [(page.block(ai, blk), blk) for blk in art.body_blocks()]
        photo = None
        if art.caption is not None:
            cb = page.block(ai, art.caption)
            cap_lines = set_text(art.caption.printed, fonts, CAPTION, width, justify=True)
            photo = ("photo", (st["box_h"], cb, cap_lines), st["box_h"] + 6 + len(cap_lines) * CAPTION * 1.4 + 8)
        photo_at = int(st["photo_at"] * (len(body_blocks) + 1))
        for k, (b, blk) in enumerate(body_blocks):
            if photo and k == photo_at:
                items.append(photo)
            if blk.kind == "subheading":
                rows = set_text(blk.printed, fonts, SUBHEAD, width, justify=False)
                for r, piece in enumerate(rows):
                    items.append(("line", (piece, b, SUBHEAD), SUBHEAD * 1.5 + (self.leading * 0.5 if r == 0 else 0)))
            else:
                for piece in set_text(blk.printed, fonts, self.size, width, indent=2 * self.size,
                                      widow=True):
                    items.append(("line", (piece, b, self.size), self.leading))
        if photo and photo_at >= len(body_blocks):
            items.append(photo)

        # fill the columns: the lead column (if any) starts at the top, the others under the header
        starts = [top if (st["lead"] and i == 0) else top + header_h for i in range(len(cols))]
        total = sum(h for _, _, h in items)
        col_h = max(self.leading, total / len(cols))
        while True:
            placed = self.fill(items, cols, starts, col_h)
            if placed is not None:
                break
            col_h += self.leading
            if col_h > height:
                return None
        body, used = placed
        if used - top > height + 0.01:
            return None
        page.articles.append(art)
        caption = [ln for ln in body if page.blocks[ln.block][1].kind == "caption"]
        body = [ln for ln in body if page.blocks[ln.block][1].kind != "caption"]
        parts = [header, body] if st["head_first"] else [body, header]
        if caption:
            parts.insert(int(st["caption_at"] * 3), caption)
        self.groups.append([ln for part in parts for ln in part])
        return used - top

    def fill(self, items, cols, starts, col_h):
        """Put the items down the columns; None when they do not fit in ``col_h``."""
        out, c = [], 0
        y = starts[0]
        bottom = max(starts) + col_h
        maxy = 0.0
        for kind, data, h in items:
            if y + h > bottom + 0.01 and y > starts[c]:
                c += 1
                if c >= len(cols):
                    return None
                y = starts[c]
            if y + h > bottom + 0.01:
                return None
            col = cols[c]
            if kind == "line":
                piece, b, size = data
                y += h
                if size == self.size:       # body lines sit on the page's baseline grid
                    y = self.top + math.ceil((y - self.top) / self.leading - 1e-6) * self.leading
                    if y > bottom + 0.01:
                        return None
                out.append(at(piece, b, size, col.x, y))
            else:
                box_h, cb, cap_lines = data
                self.page.boxes.append((col.x, y + 4, col.w, box_h))
                yy = y + 4 + box_h + 2
                for piece in cap_lines:
                    yy += CAPTION * 1.4
                    out.append(at(piece, cb, CAPTION, col.x, yy))
                y += h
            maxy = max(maxy, y)
        return out, maxy

    def compose(self):
        self.furniture()
        self.bands()
        rng, groups = self.rng, self.groups
        furniture, articles = groups[:2], groups[2:]
        if rng.random() < 0.4:
            rng.shuffle(articles)
        order = furniture + articles if rng.random() < 0.5 else articles + furniture
        self.page.lines = [ln for g in order for ln in g]
        return self.page


def compose_page(rng, fonts, paras):
    return Composer(rng, fonts, paras).compose()


def write_pdf(page, path, fonts):
    """Print the page: the rules and photo boxes first, then every line in drawing order,
    a justified run with its letter spacing, a tracked line one glyph at a time."""
    from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF
    from PySide6.QtGui import QColor, QFont, QPageSize, QPainter, QPdfWriter, QPen
    writer = QPdfWriter(str(path))
    writer.setResolution(72)
    writer.setPageSize(QPageSize(QSizeF(PAGE_W, PAGE_H), QPageSize.Point))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setCreator("zhengwen tests/data/pdfpages")
    painter = QPainter(writer)
    try:
        painter.setPen(QPen(QColor(90, 90, 90), 0.6))
        for x1, y1, x2, y2 in page.rules:
            painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))
        for x, y, w, h in page.boxes:
            painter.fillRect(QRectF(x, y, w, h), QColor(200, 200, 200))
        painter.setPen(QColor(0, 0, 0))
        for ln in page.lines:
            font = fonts.font(ln.size)[0]
            if ln.runs is None:
                painter.setFont(font)
                for c, x in zip(ln.text, ln.xs):
                    painter.drawText(QPointF(x, ln.y), c)
            else:
                spaced = QFont(font)
                spaced.setLetterSpacing(QFont.AbsoluteSpacing, ln.spacing)
                painter.setFont(spaced)
                for x, t in ln.runs:
                    painter.drawText(QPointF(x, ln.y), t)
    finally:
        painter.end()
