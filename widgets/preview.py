"""The live preview: the cleaned articles as a reader sees them.

The preview shows a window of the articles around the one being worked on (about thirty,
the reader's few screens either way), each in its own QTextFrame of one QTextDocument.
Moving the cursor, or scrolling the preview near either end of the window, slides it
along the page. A change re-renders only the shown articles it touched, and renumbers the
shown headings: the cost of a key press stays that of a few articles whatever the size of
the page (every edit of a QTextDocument lays out again all that follows it, so a document
holding a whole 100k-line page made each one cost tens of milliseconds).

Text goes in through QTextCursor.insertText, never through an HTML parser, so no markup
in a page is ever interpreted, and loadResource answers nothing for any URL.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (QBrush, QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor,
                           QTextDocument, QTextFormat, QTextFrameFormat, QTextOption)
from PySide6.QtWidgets import QTextEdit

from app.corpus import build_article_of_rows
from app.links import continuation_notes

WINDOW = 30        # articles shown at once
BEFORE = 8         # of them, before the one the cursor is in
EDGE = 3           # an article this close to an end of the window slides it
CHUNK = 8          # articles added at a time while the reader scrolls past an end
RENUMBER_PAUSE = 250   # ms without changes before the headings off screen are renumbered


class SafeTextDocument(QTextDocument):
    def loadResource(self, type_, url):  # noqa: N802 - Qt's name
        return None


class Preview(QTextEdit):
    rows_clicked = Signal(list)     # document rows of the clicked block

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("preview")
        # how a page of the folder a part goes on to is named in its note (the window
        # names it by its number); None: by its path
        self.page_name = None
        self.linked_in = None       # () -> {line: page}: the lines other pages' parts go on to
        self._linked_in = {}
        self.page_missing = None    # name -> True when no page of the folder goes by it
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse |
                                     Qt.TextInteractionFlag.TextSelectableByKeyboard)
        qdoc = SafeTextDocument(self)
        qdoc.setUndoRedoEnabled(False)
        qdoc.setDocumentMargin(12)
        opt = QTextOption()
        opt.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        qdoc.setDefaultTextOption(opt)
        self.setDocument(qdoc)
        self.qdoc = qdoc
        self.doc = None
        self.articles = None
        self._order: list[int] = []              # every article id, in reading order
        self._numbers: dict[int, int] = {}       # article id -> its number
        self._shown: list[int] = []              # the run of the order the document holds
        self._shown_numbers: dict[int, int] = {}  # article id -> the number its heading shows
        self._frames: dict[int, object] = {}     # article id -> QTextFrame
        self._blocks: dict[int, tuple] = {}      # block user state -> (article id, lines, split_of)
        self._keys: dict[int, list[int]] = {}    # article id -> its block keys
        self._next_key = 1
        self._patches = 0                        # articles patched rather than rewritten
        self._rendered: dict[int, list] = {}     # article id -> the items shown
        self._sliding = False
        self._highlighted = None                 # the block of the raw pane's cursor
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._stale: set[int] = set()            # shown articles whose heading shows an old number
        self._renumber_timer = QTimer(self)
        self._renumber_timer.setSingleShot(True)
        self._renumber_timer.setInterval(RENUMBER_PAUSE)
        self._renumber_timer.timeout.connect(self._renumber_rest)
        self._formats()

    def loadResource(self, type_, url):  # noqa: N802 - no remote (or local) resource, ever
        return None

    # ---- formats -------------------------------------------------------------------
    def _formats(self):
        base = QFont(self.font())
        size = max(base.pointSizeF(), 10.5)

        def char(scale=1.0, bold=False, italic=False, color="#212529"):
            f = QTextCharFormat()
            f.setFontPointSize(size * scale)
            f.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
            f.setFontItalic(italic)
            f.setForeground(QBrush(QColor(color)))
            return f

        def block(top=0, bottom=6, indent=0.0, left=0.0, align=Qt.AlignmentFlag.AlignLeft):
            b = QTextBlockFormat()
            b.setTopMargin(top)
            b.setBottomMargin(bottom)
            b.setTextIndent(indent)
            b.setLeftMargin(left)
            b.setAlignment(align)
            b.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            return b

        em = size * 1.35
        self.fmt = {
            "heading": (block(0, 6), char(0.75, bold=True, color="#868e96")),
            "kicker": (block(0, 2), char(0.95, color="#6741d9")),
            "headline": (block(0, 4), char(1.7, bold=True, color="#111111")),
            "subtitle": (block(0, 6), char(1.15, color="#495057")),
            "byline": (block(0, 8), char(0.9, italic=True, color="#2b8a3e")),
            "subheading": (block(6, 4), char(1.1, bold=True, color="#343a40")),
            "paragraph": (block(0, 6, indent=2 * em), char()),
            "caption": (block(4, 8, left=12), char(0.85, italic=True, color="#0b7285")),
            "continued": (block(2, 6, align=Qt.AlignmentFlag.AlignRight), char(0.8, italic=True, color="#868e96")),
        }
        ff = QTextFrameFormat()
        ff.setBorder(1)
        ff.setBorderBrush(QBrush(QColor("#dee2e6")))
        ff.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        ff.setPadding(12)
        ff.setMargin(6)
        ff.setBackground(QBrush(QColor("#ffffff")))
        self.frame_format = ff

    # ---- building --------------------------------------------------------------------
    def set_document(self, doc, articles):
        self.doc, self.articles = doc, articles
        # other pages' links into this one change only while those pages are in view
        self._linked_in = self.linked_in() if self.linked_in is not None else {}
        self.rebuild()

    def rebuild(self):
        self._highlighted = None    # its block goes with the text
        self.qdoc.clear()
        self._frames.clear()
        self._blocks.clear()
        self._keys.clear()
        self._rendered.clear()
        self._shown = []
        self._shown_numbers = {}
        self._order, self._numbers = [], {}
        if self.doc is None:
            return
        self._set_order(list(self.articles.order()))
        self._sync(self._order[:WINDOW])

    def _set_order(self, order):
        self._order = order
        self._numbers = {a: i + 1 for i, a in enumerate(order)}

    def shown_range(self) -> tuple[int, int]:
        """Numbers of the first and last articles the preview holds now (0, 0 if none)."""
        if not self._shown:
            return 0, 0
        return self._numbers[self._shown[0]], self._numbers[self._shown[-1]]

    def _items(self, aid, number):
        rows = self.articles.rows(aid)
        art = build_article_of_rows(self.doc, rows, number)
        items = [("heading", self._heading(number, len(rows)), (), ())]
        items += [(b["type"], b["text"], tuple(b["lines"]), tuple(b.get("split_of", ())))
                  for b in art["blocks"]]
        if len(items) == 1:
            items.append(("caption", QCoreApplication.translate("Preview", "(no text: every line is noise)"), (), ()))
        came, goes = continuation_notes(self.doc, rows, self.page_name, self._linked_in)
        if came:
            items.insert(1, ("continued", "◂ " + QCoreApplication.translate("Preview", "continued from page %1")
                             .replace("%1", self._pages_noted(came)), (), ()))
        if goes:
            items.append(("continued", QCoreApplication.translate("Preview", "continued on page %1")
                          .replace("%1", self._pages_noted(goes)) + " ▸", (), ()))
        return items

    def _pages_noted(self, pages) -> str:
        """The pages a part's notes name; one the folder has no page of is said to be
        missing (the export cannot join the part there)."""
        missing = self.page_missing
        return ", ".join(p + (QCoreApplication.translate("Preview", " (no such page in this folder)")
                              if missing is not None and missing(p) else "") for p in pages)

    def _fill(self, cur, aid, number, items=None):
        """Write article ``aid`` into the (empty) frame the cursor is in."""
        for k in self._keys.pop(aid, []):
            self._blocks.pop(k, None)
        items = items if items is not None else self._items(aid, number)
        self._rendered[aid] = items
        self._shown_numbers[aid] = number
        self._keys[aid] = self._write(cur, aid, items, first=True)

    def _patch(self, aid, old, items) -> bool:
        """Rewrite only the blocks of article ``aid`` that differ between ``old`` and
        ``items`` (its heading, and the run between the blocks that stayed at either
        end): Qt shapes the text of every block written again, and a key changes one or
        two paragraphs of an article of dozens. False when the frame does not hold one
        block per item (then the caller writes the whole article)."""
        frame = self._frames[aid]
        end = frame.lastPosition()
        blocks, b = [], self.qdoc.findBlock(frame.firstPosition())
        while b.isValid() and b.position() <= end:
            blocks.append(b)
            b = b.next()
        if len(blocks) != len(old) or not old or not items:
            return False
        keys = self._keys[aid]
        cur = QTextCursor(self.qdoc)
        if old[0] != items[0]:      # the heading: "Article n · m lines"
            h = blocks[0]
            cur.setPosition(h.position())
            cur.setPosition(h.position() + h.length() - 1, QTextCursor.MoveMode.KeepAnchor)
            cur.insertText(items[0][1], self.fmt["heading"][1])
        n = min(len(old), len(items))
        p = 1
        while p < n and old[p] == items[p]:
            p += 1
        q = 0
        while q < n - p and old[-1 - q] == items[-1 - q]:
            q += 1
        gone, come = (p, len(old) - q), items[p:len(items) - q]
        if gone[0] < gone[1]:
            first, last = blocks[gone[0]], blocks[gone[1] - 1]
            stop = last.position() + last.length() - 1
            if come:
                cur.setPosition(first.position())
            else:   # nothing takes their place: the break before them goes too
                prev = blocks[gone[0] - 1]
                cur.setPosition(prev.position() + prev.length() - 1)
            cur.setPosition(stop, QTextCursor.MoveMode.KeepAnchor)
            cur.removeSelectedText()
            for k in keys[gone[0]:gone[1]]:
                self._blocks.pop(k, None)
            if come:
                new_keys = self._write(cur, aid, come, first=True)
            else:
                # the block left standing takes the user state of the last one removed
                # (its format stays its own): give it back its key
                cur.block().setUserState(keys[gone[0] - 1])
                new_keys = []
        else:
            prev = blocks[p - 1]
            cur.setPosition(prev.position() + prev.length() - 1)
            new_keys = self._write(cur, aid, come, first=False)
        keys[gone[0]:gone[1]] = new_keys
        self._rendered[aid] = items
        self._patches += 1
        return True

    def _write(self, cur, aid, items, first):
        """Write ``items`` at the cursor, the first into the (empty) block it is in when
        ``first``, each after a new block break otherwise; their block keys."""
        keys = []
        for kind, text, lines, split_of in items:
            bf, cf = self.fmt.get(kind, self.fmt["paragraph"])
            if first:
                cur.setBlockFormat(bf)
                cur.setBlockCharFormat(cf)
                first = False
            else:
                cur.insertBlock(bf, cf)
            cur.insertText(text, cf)
            key = self._next_key
            self._next_key += 1
            self._blocks[key] = (aid, kind, lines, split_of)
            keys.append(key)
            cur.block().setUserState(key)
        return keys

    def _heading(self, number, nlines):
        return QCoreApplication.translate("Preview", "Article %1 · %2 lines").replace("%1", str(number)).replace("%2", str(nlines))

    def _refill(self, aid, number):
        items = self._items(aid, number)
        old = self._rendered.get(aid)
        if items == old:
            return      # the change left this article as the reader sees it
        if old is not None and self._patch(aid, old, items):
            self._shown_numbers[aid] = number    # the heading was written with it
            return
        frame = self._frames[aid]
        cur = QTextCursor(self.qdoc)
        cur.setPosition(frame.firstPosition())
        cur.setPosition(frame.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
        cur.removeSelectedText()
        self._fill(cur, aid, number, items)

    def _remove_frame(self, aid):
        frame = self._frames.pop(aid)
        cur = QTextCursor(self.qdoc)
        cur.setPosition(frame.firstPosition() - 1)
        cur.setPosition(frame.lastPosition() + 1, QTextCursor.MoveMode.KeepAnchor)
        cur.removeSelectedText()
        for k in self._keys.pop(aid, []):
            self._blocks.pop(k, None)
        self._rendered.pop(aid, None)
        self._shown_numbers.pop(aid, None)

    def _insert_frame_after(self, prev_aid, aid, number):
        cur = QTextCursor(self.qdoc)
        if prev_aid is None:
            cur.setPosition(0)
        else:
            cur.setPosition(self._frames[prev_aid].lastPosition() + 1)
        frame = cur.insertFrame(self.frame_format)
        self._frames[aid] = frame
        self._fill(cur, aid, number)

    def _renumber(self, aid, number):
        frame = self._frames[aid]
        block = self.qdoc.findBlock(frame.firstPosition())
        cur = QTextCursor(self.qdoc)
        cur.setPosition(block.position())
        cur.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        text = self._heading(number, len(self.articles.rows(aid)))
        cur.insertText(text, self.fmt["heading"][1])
        self._shown_numbers[aid] = number
        items = self._rendered.get(aid)
        if items:
            self._rendered[aid] = [("heading", text, (), ())] + items[1:]

    def _sync(self, target, touched=()):
        """Make the shown articles ``target`` (a run of the order), re-rendering those of
        ``touched`` that stay, in one edit of the QTextDocument; what the reader looks at
        stays where it is on the screen."""
        old = self._shown
        new_set, old_set = set(target), set(old)
        removed, added = old_set - new_set, new_set - old_set
        kept_new = [a for a in target if a not in added]
        if [a for a in old if a not in removed] != kept_new:
            # articles changed places: the ones outside the longest run still in order are
            # taken out and put back where they now belong
            where = {a: i for i, a in enumerate(old)}
            moved = set(kept_new) - _longest_increasing(kept_new, where)
            removed |= moved
            added |= moved
        if not removed and not added and not (touched and new_set & set(touched)) and all(
                self._shown_numbers.get(a) == self._numbers[a] for a in target):
            return
        anchor = self._anchor()
        self._sliding = True    # the edits move the scroll bar: that is no reader scrolling
        try:
            self._edit(target, removed, added, touched)
        finally:
            self._sliding = False
        self._restore(anchor)
        self._renumber_visible()

    def _edit(self, target, removed, added, touched):
        # one edit block per article: Qt lays out again the whole span one block covers,
        # so a block holding an edit near the top and one at the bottom of the window would
        # lay out every article between them
        numbers = self._numbers
        cur = QTextCursor(self.qdoc)
        for aid in removed:
            cur.beginEditBlock()
            self._remove_frame(aid)
            cur.endEditBlock()
        prev = None
        for aid in target:
            if aid in added:
                cur.beginEditBlock()
                self._insert_frame_after(prev, aid, numbers[aid])
                cur.endEditBlock()
            elif aid in touched:
                cur.beginEditBlock()
                self._refill(aid, numbers[aid])
                if self._shown_numbers.get(aid) != numbers[aid]:
                    self._renumber(aid, numbers[aid])
                cur.endEditBlock()
            elif self._shown_numbers.get(aid) != numbers[aid]:
                self._stale.add(aid)
            prev = aid
        self._shown = list(target)
        self._stale &= set(target)

    def _renumber_visible(self):
        """Correct the numbers of the headings on screen now; the others when the reader
        pauses. Each heading edited re-lays its whole article out, so an article inserted
        near the top of the window would otherwise cost twenty articles' layout at once."""
        if not self._stale:
            return
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        layout = self.qdoc.documentLayout()
        shown = self._shown
        # frames stand in order down the page: find the first one reaching the screen by
        # bisection (asking a frame where it is costs tens of microseconds)
        lo, hi = 0, len(shown)
        while lo < hi:
            mid = (lo + hi) // 2
            if layout.frameBoundingRect(self._frames[shown[mid]]).bottom() < top:
                lo = mid + 1
            else:
                hi = mid
        now = []
        for aid in shown[lo:]:
            if layout.frameBoundingRect(self._frames[aid]).top() > bottom:
                break
            if aid in self._stale:
                now.append(aid)
        self._renumber_these(now)
        if self._stale:
            self._renumber_timer.start()

    def _renumber_rest(self):
        self._renumber_these(list(self._stale))

    def _renumber_these(self, aids):
        cur = QTextCursor(self.qdoc)
        for aid in aids:
            self._stale.discard(aid)
            if aid in self._frames:
                cur.beginEditBlock()
                self._renumber(aid, self._numbers[aid])
                cur.endEditBlock()

    def _anchor(self):
        """(article, its frame's top on the screen) of the article at the top of the view:
        found by hit-testing the view, which is laid out already, rather than by asking
        every frame where it is (that lays out all of them)."""
        if not self._shown:
            return None
        aid = self._article_at(self.cursorForPosition(QPoint(0, 0)).position())
        if aid not in self._frames:
            return None
        r = self.qdoc.documentLayout().frameBoundingRect(self._frames[aid])
        return aid, r.top() - self.verticalScrollBar().value()

    def _restore(self, anchor):
        if anchor is None or anchor[0] not in self._frames:
            return
        r = self.qdoc.documentLayout().frameBoundingRect(self._frames[anchor[0]])
        self._sliding = True
        try:
            self.verticalScrollBar().setValue(int(r.top() - anchor[1]))
        finally:
            self._sliding = False

    def _window_at(self, i):
        """The run of the order to show for article number i + 1 in view."""
        lo = max(0, min(i - BEFORE, len(self._order) - WINDOW))
        return self._order[lo:lo + WINDOW]

    def _ensure_shown(self, aid):
        """Slide the window so article ``aid`` is in it, not at its very edge."""
        i = self._numbers.get(aid)
        if i is None or not self._shown:
            return
        i -= 1
        lo = self._numbers[self._shown[0]] - 1
        hi = self._numbers[self._shown[-1]]
        if lo <= i < hi and (i - lo >= EDGE or lo == 0) and (hi - i > EDGE or hi == len(self._order)):
            return
        self._sync(self._window_at(i))

    def _scrolled(self, value):
        """Near an end of the window, show the next articles that way."""
        if self._sliding or not self._shown or self.doc is None:
            return
        bar = self.verticalScrollBar()
        page = self.viewport().height()
        lo = self._numbers[self._shown[0]] - 1
        hi = self._numbers[self._shown[-1]]
        if value <= page and lo > 0:
            lo2 = max(0, lo - CHUNK)
            self._sync(self._order[lo2:min(hi, lo2 + WINDOW + CHUNK)])
        elif value >= bar.maximum() - page and hi < len(self._order):
            hi2 = min(len(self._order), hi + CHUNK)
            self._sync(self._order[max(lo, hi2 - WINDOW - CHUNK):hi2])
        else:
            self._renumber_visible()

    def on_change(self, touched: set[int]):
        """Re-render the shown articles ``touched`` names (ids from ArticleIndex.update)."""
        if self.doc is None:
            return
        old_first = self._shown[0] if self._shown else None
        self._set_order(list(self.articles.order()))
        n = len(self._order)
        if old_first in self._numbers:
            lo = self._numbers[old_first] - 1
        else:
            kept = [a for a in self._shown if a in self._numbers]
            lo = self._numbers[kept[0]] - 1 if kept else 0
        lo = max(0, min(lo, n - max(1, len(self._shown))))
        self._sync(self._order[lo:lo + max(WINDOW, len(self._shown))], touched)

    def settle(self):
        """Finish deferred work now (tests and searches want the final text)."""
        self._renumber_timer.stop()
        self._renumber_rest()

    # ---- sync with the raw pane ----------------------------------------------------------
    def block_rows(self, block) -> list[int]:
        info = self._blocks.get(block.userState())
        if info is None:
            return []
        aid, kind, lines, split_of = info
        rows = self.articles.rows(aid)
        if kind == "heading":
            return list(rows)
        src = self.doc.src
        lines, split_of = set(lines), set(split_of)
        out = []
        for r in rows:
            n = src[r]
            piece = r > 0 and src[r - 1] == n
            if (n in split_of and piece) or (n in lines and not piece):
                out.append(r)
        return out

    def block_for_row(self, row):
        """The preview block showing document row ``row`` (None for noise or blank rows)."""
        doc = self.doc
        if doc is None or not (0 <= row < len(doc)):
            return None
        if doc.label[row] is None:
            row = doc.next_nonblank(row, -1)
            if row is None:
                return None
        self._highlight_article = doc.article[row]
        self._ensure_shown(doc.article[row])
        frame = self._frames.get(doc.article[row])
        if frame is None:
            return None
        n = doc.src[row]
        piece = row > 0 and doc.src[row - 1] == n
        block = self.qdoc.findBlock(frame.firstPosition())
        heading = block
        end = frame.lastPosition()
        while block.isValid() and block.position() <= end:
            info = self._blocks.get(block.userState())
            if info is not None:
                lines, split_of = info[2], info[3]
                if (piece and n in split_of) or (not piece and n in lines):
                    return block
            block = block.next()
        return heading

    def highlight_row(self, row):
        block = self.block_for_row(row)
        sel = []
        if block is not None:
            at = QTextCursor(block)
            es = QTextEdit.ExtraSelection()
            es.cursor = at
            es.format.setBackground(QBrush(QColor("#fff3bf")))
            es.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            sel.append(es)
            if self.textCursor().block() != block:
                self.setTextCursor(at)
            self.reveal(block)
        self.setExtraSelections(sel)
        self._highlighted = block

    def reveal(self, block, again=False):
        """Bring ``block`` into view when it is out of sight (``again``: whether or not):
        with its article from the top (headline, byline) when both fit on the screen,
        else a quarter down the view with the text before it, not at the very edge."""
        layout = self.qdoc.documentLayout()
        bar = self.verticalScrollBar()
        height = self.viewport().height()
        r = layout.blockBoundingRect(block)
        if not again and r.top() >= bar.value() and r.bottom() <= bar.value() + height:
            return
        info = self._blocks.get(block.userState())
        frame = self._frames.get(info[0]) if info else None
        top = layout.frameBoundingRect(frame).top() - 6 if frame is not None else r.top()
        bar.setValue(int(top if r.bottom() - top <= height else r.top() - height // 4))

    def resizeEvent(self, event):  # noqa: N802 - Qt's name
        # the text wraps anew at another width, so what was on screen moved: the cursor's
        # article is brought back (at launch, and after a drag of the splitter)
        super().resizeEvent(event)
        block = self._highlighted
        if block is not None and block.isValid() and self.isVisible():
            self.reveal(block, again=True)

    def highlighted_text(self) -> str:
        b = self._highlighted
        return b.text() if b is not None and b.isValid() else ""

    def mouseReleaseEvent(self, event):
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            block = self.cursorForPosition(event.position().toPoint()).block()
            rows = self.block_rows(block)
            if rows:
                self.rows_clicked.emit(rows)

    def find_clean(self, text, step, select) -> bool:
        """Find ``text`` in the clean text after (``step`` < 0: before) the caret, wrapping
        round the whole page, not only the shown articles; ``select(rows)`` is called with
        the raw rows of the block found."""
        if not text or not self._order:
            return False
        flags = QTextDocument.FindFlag(0) if step > 0 else QTextDocument.FindFlag.FindBackward
        here = self._article_at(self.textCursor().position())
        c = self.qdoc.find(text, self.textCursor(), flags)
        if not c.isNull() and self._article_at(c.position()) == here:
            return self._found(c, select)
        # the other articles in turn, the one the search started in last
        want = text.casefold()
        n = len(self._order)
        i = self._numbers.get(here, 1) - 1
        for j in range(1, n + 1):
            aid = self._order[(i + j * (1 if step > 0 else -1)) % n]
            if not any(want in t.casefold() for _, t, _, _ in self._items(aid, self._numbers[aid])[1:]):
                continue
            self._ensure_shown(aid)
            frame = self._frames[aid]
            start = QTextCursor(self.qdoc)
            start.setPosition(frame.firstPosition() if step > 0 else frame.lastPosition())
            c = self.qdoc.find(text, start, flags)
            if not c.isNull():
                return self._found(c, select)
        return False

    def _found(self, c, select):
        self.setTextCursor(c)
        rows = self.block_rows(c.block())
        if rows:
            select(rows)
        return True

    def _article_at(self, position):
        """The shown article at a document position (between two frames: the next one)."""
        info = self._blocks.get(self.qdoc.findBlock(position).userState())
        if info:
            return info[0]
        for aid in self._shown:
            if self._frames[aid].lastPosition() >= position:
                return aid
        return self._shown[-1] if self._shown else None

    def blocks(self) -> list[tuple[str, str]]:
        """(kind, text) of every block shown, in reading order; kind "heading" heads an
        article."""
        self.settle()
        out, b = [], self.qdoc.begin()
        while b.isValid():
            info = self._blocks.get(b.userState())
            if info is not None:
                out.append((info[1], b.text()))
            b = b.next()
        return out

    def plain_text(self) -> str:
        self.settle()
        return self.qdoc.toPlainText()


def _longest_increasing(seq, key) -> set:
    """The longest subsequence of ``seq`` whose ``key`` values increase (patience sort)."""
    from bisect import bisect_left
    tails, tails_at, prev = [], [], {}
    for x in seq:
        k = key[x]
        i = bisect_left(tails, k)
        prev[x] = tails_at[i - 1] if i else None
        if i == len(tails):
            tails.append(k)
            tails_at.append(x)
        else:
            tails[i] = k
            tails_at[i] = x
    out, x = set(), tails_at[-1] if tails_at else None
    while x is not None:
        out.add(x)
        x = prev[x]
    return out
