"""Small dialogs: go to line, the article picker, the page's number, find, the cheat sheet.

They are opened with ``open()`` (window-modal, not blocking), report through signals, and
take plain keys: type, Enter, Esc.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QRadioButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QHeaderView, QAbstractItemView)

from app.commands import parse_goto, pick_articles
from app.folio import parse_number

from .plain import plain


def _tr(context, s):
    return QCoreApplication.translate(context, s)


# parse_goto's messages, shown translated in the go-to dialog, for the translation tools to find
GOTO_ERRORS = (
    QT_TRANSLATE_NOOP("commands", "type a line number N or a range N-M"),
    QT_TRANSLATE_NOOP("commands", "line numbers start at 1"),
)


class GotoDialog(QDialog):
    """``N`` goes to source line N; ``N-M`` selects lines N to M."""
    chosen = Signal(int, int)

    def __init__(self, parent=None, last_line=0):
        super().__init__(parent)
        self.setObjectName("gotoDialog")
        self.setWindowTitle(self.tr("Go to line"))
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Line N, or lines N-M (1–%1):").replace("%1", str(last_line))))
        self.edit = QLineEdit(self)
        self.edit.setObjectName("gotoEdit")
        lay.addWidget(self.edit)
        self.error = plain(QLabel("", self))
        self.error.setStyleSheet("color: #c92a2a")
        lay.addWidget(self.error)
        self.edit.returnPressed.connect(self._accept)

    def _accept(self):
        try:
            a, b = parse_goto(self.edit.text())
        except ValueError as e:
            self.error.setText(_tr("commands", str(e)))
            return
        self.accept()
        self.chosen.emit(a, b)


class PageNumberDialog(QDialog):
    """The page's number as printed ("2", "A2", "第七版"); empty: the number read from the
    page stands again. Enter accepts, Esc leaves it as it was."""
    chosen = Signal(object)     # the number's plain text ("7", "A2"), or None

    def __init__(self, parent, corrected, read):
        """``corrected``: a person's number of the page, if any; ``read``: the number the page
        prints or its file name holds, if any."""
        super().__init__(parent)
        self.setObjectName("pageNumberDialog")
        self.setWindowTitle(QCoreApplication.translate("PageNumberDialog", "Page number"))
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(QCoreApplication.translate("PageNumberDialog", "The page's number as printed (2, A2, 第七版):")))
        self.edit = QLineEdit(corrected or read or "", self)
        self.edit.setObjectName("pageNumberEdit")
        self.edit.selectAll()
        lay.addWidget(self.edit)
        if read:
            own = QCoreApplication.translate("PageNumberDialog", "Empty: the number the page gives, %1.").replace("%1", read)
        else:
            own = QCoreApplication.translate("PageNumberDialog", "Empty: the page gives no number.")
        lay.addWidget(plain(QLabel(own, self)))
        self.error = plain(QLabel("", self))
        self.error.setObjectName("pageNumberError")
        self.error.setStyleSheet("color: #c92a2a")
        lay.addWidget(self.error)
        self.edit.returnPressed.connect(self._accept)

    def _accept(self):
        typed = self.edit.text().strip()
        found = parse_number(typed) if typed else None
        if typed and found is None:
            self.error.setText(QCoreApplication.translate(
                "PageNumberDialog", "“%1” is not a page number: type it as printed, as 2, A2 or 第七版.")
                .replace("%1", typed[:20]))
            return
        self.accept()
        self.chosen.emit(None if found is None else found.text())


class ArticlePicker(QDialog):
    """Pick the article to move lines to: an exact number wins, else words of a headline;
    "New article" is always a choice."""
    chosen = Signal(object)     # article id, or None for a new article

    NEW = -1

    def __init__(self, parent, choices, ids, new_choice=True, title=None):
        """``choices``: (number, title) pairs in order; ``ids``: number -> what is chosen
        (an article id); ``new_choice``: "New article" is a choice."""
        super().__init__(parent)
        self.setObjectName("articlePicker")
        self.setWindowTitle(title or self.tr("Move to article"))
        self.choices, self.ids, self.new_choice = choices, ids, new_choice
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Article number or words of its headline, then Enter:")))
        self.edit = QLineEdit(self)
        self.edit.setObjectName("pickerEdit")
        lay.addWidget(self.edit)
        self.list = QListWidget(self)
        self.list.setObjectName("pickerList")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        lay.addWidget(self.list)
        self.resize(520, 360)
        self.edit.textChanged.connect(self._filter)
        self.edit.returnPressed.connect(self._accept)
        self.list.itemActivated.connect(lambda *_: self._accept())
        self.edit.installEventFilter(self)
        self._filter("")

    def _filter(self, text):
        self.list.clear()
        for number, title in pick_articles(self.choices, text):
            it = QListWidgetItem(f"{number}  {title}")
            it.setData(Qt.ItemDataRole.UserRole, number)
            self.list.addItem(it)
        if self.new_choice:
            new = QListWidgetItem(self.tr("New article"))
            new.setData(Qt.ItemDataRole.UserRole, self.NEW)
            self.list.addItem(new)
        self.list.setCurrentRow(0)

    def eventFilter(self, obj, event):
        if obj is self.edit and event.type() == event.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            self.list.setCurrentRow(max(0, min(self.list.count() - 1, self.list.currentRow() + step)))
            return True
        return super().eventFilter(obj, event)

    def _accept(self):
        it = self.list.currentItem()
        if it is None:
            return
        number = it.data(Qt.ItemDataRole.UserRole)
        self.accept()
        self.chosen.emit(None if number == self.NEW else self.ids[number])


class FindDialog(QDialog):
    """Find in the raw lines or in the clean text; Enter finds the next match."""
    find_requested = Signal(str, str, int)     # text, "raw" or "clean", step

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("findDialog")
        self.setWindowTitle(self.tr("Find"))
        self.setModal(False)
        lay = QVBoxLayout(self)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("findEdit")
        self.edit.setPlaceholderText(self.tr("Text to find (spaces between characters are ignored)"))
        lay.addWidget(self.edit)
        row = QHBoxLayout()
        self.raw = QRadioButton(self.tr("Raw lines"), self)
        self.clean = QRadioButton(self.tr("Clean text"), self)
        self.raw.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.raw)
        group.addButton(self.clean)
        row.addWidget(self.raw)
        row.addWidget(self.clean)
        row.addStretch()
        lay.addLayout(row)
        self.status = plain(QLabel("", self))
        lay.addWidget(self.status)
        buttons = QDialogButtonBox(self)
        self.prev_button = buttons.addButton(self.tr("Previous"), QDialogButtonBox.ButtonRole.ActionRole)
        self.next_button = buttons.addButton(self.tr("Next"), QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.close)
        for b in buttons.buttons():
            b.setAutoDefault(False)     # Enter is the line's (find next), not a button's too
        lay.addWidget(buttons)
        self.next_button.clicked.connect(lambda: self.find(1))
        self.prev_button.clicked.connect(lambda: self.find(-1))
        self.edit.returnPressed.connect(lambda: self.find(1))

    def scope(self):
        return "clean" if self.clean.isChecked() else "raw"

    def find(self, step=1):
        if self.edit.text().strip():
            self.find_requested.emit(self.edit.text(), self.scope(), step)

    def report(self, found: bool):
        self.status.setText("" if found else self.tr("Not found"))


class CheatSheet(QDialog):
    """Every action and its keys, from the keymap in effect."""

    def __init__(self, parent, rows, legend=None):
        """``rows``: (group, action text, keys text) in order; ``legend``: a widget shown
        beside them (what the marks of the raw lines mean)."""
        super().__init__(parent)
        self.setObjectName("cheatSheet")
        self.setWindowTitle(self.tr("Keys"))
        lay = QVBoxLayout(self)
        table = QTableWidget(len(rows), 3, self)
        table.setObjectName("cheatTable")
        table.setHorizontalHeaderLabels([self.tr("Group"), self.tr("Action"), self.tr("Keys")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        # compact rows, so the whole sheet fits on a screen without scrolling
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 4)
        bold = QFont(self.font())
        bold.setBold(True)
        previous = None
        for i, (group, text, keys) in enumerate(rows):
            for j, v in enumerate((group, text, keys)):
                item = QTableWidgetItem(v)
                if j == 0:
                    # the group named once, where it begins (the text stays for searching)
                    item.setFont(bold)
                    if group == previous:
                        item.setForeground(Qt.GlobalColor.transparent)
                table.setItem(i, j, item)
            previous = group
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnToContents(0)
        table.resizeColumnToContents(2)
        if legend is None:
            lay.addWidget(table)
        else:
            side = QHBoxLayout()
            side.addWidget(table, 3)
            side.addWidget(legend, 2, Qt.AlignmentFlag.AlignTop)
            lay.addLayout(side)
            self.legend = legend
        lay.addWidget(QLabel(self.tr("Single-letter keys work while the raw lines pane has focus.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.table = table
        want = table.horizontalHeader().height() + len(rows) * table.verticalHeader().defaultSectionSize() + 100
        screen = parent.screen().availableGeometry().height() if parent is not None and parent.screen() else 900
        self.resize(680 if legend is None else 1180, min(max(want, 640 if legend else 0), int(screen * 0.9)))


def keys_text(keys) -> str:
    """Key texts for display in the platform's native spelling, each once: two keys may
    read alike in a language (Return and Enter are both 回车)."""
    shown = (QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
    return ", ".join(dict.fromkeys(shown))
