"""What each rule name of the engine means, in a sentence for the tooltip and status bar.

The engine names the rule behind every decision (``Why.label_rule`` and the others); a
name such as ``next-indent-deficit`` says little to a person checking a page, so the
window adds one of these sentences, translated like every visible string.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

LABEL_RULES = {
    "short-first-line": QT_TRANSLATE_NOOP("rules.label", "a narrow first title line over a much wider one: the kicker"),
    "deck-tail": QT_TRANSLATE_NOOP("rules.label", "the wrapped end of the deck above"),
    "head-tail": QT_TRANSLATE_NOOP("rules.label", "the wrapped end of the subheading above"),
    "lone-tail": QT_TRANSLATE_NOOP("rules.label", "a few characters without punctuation set apart between paragraphs: the wrapped end of a subheading printed elsewhere"),
    "body": QT_TRANSLATE_NOOP("rules.label", "running text"),
    "kicker-by-style": QT_TRANSLATE_NOOP("rules.label", "a narrow plain line over a headline that is whole without it: the kicker"),
    "title-group": QT_TRANSLATE_NOOP("rules.label", "one or two title lines set apart by blank lines: a headline"),
    "title-group-kicker": QT_TRANSLATE_NOOP("rules.label", "a narrow title line set apart right over a headline: its kicker"),
    "kicker-set-apart": QT_TRANSLATE_NOOP("rules.label", "a series tag or narrow title line set apart, the next line but page furniture a headline: its kicker"),
    "wrapped-head": QT_TRANSLATE_NOOP("rules.label", "a head-shaped line whose short unpunctuated tail follows: a subheading"),
    "head-as-headline": QT_TRANSLATE_NOOP("rules.label", "a title line over a deck or byline, or right after a header or a closing credit: a headline"),
    "credit": QT_TRANSLATE_NOOP("rules.label", "a photo credit (……供图, ……摄)"),
    "dash-deck": QT_TRANSLATE_NOOP("rules.label", "a deck opening with a dash"),
    "furniture": QT_TRANSLATE_NOOP("rules.label", "page furniture: running head, date, page number or jump line"),
    "head-shape": QT_TRANSLATE_NOOP("rules.label", "shaped like a head: four characters, a comma, a phrase"),
    "jump-from": QT_TRANSLATE_NOOP("rules.label", "a jump line back (上接第1版): the part goes on from that page"),
    "jump-on": QT_TRANSLATE_NOOP("rules.label", "a jump line (下转第2版): the part goes on on that page"),
    "md-heading": QT_TRANSLATE_NOOP("rules.label", "a Markdown heading (# or **bold**)"),
    "md-line-after-headline": QT_TRANSLATE_NOOP("rules.label", "the line after a Markdown headline: its deck"),
    "md-line-before-headline": QT_TRANSLATE_NOOP("rules.label", "the line before a Markdown headline: its kicker"),
    "md-short-unpunctuated": QT_TRANSLATE_NOOP("rules.label", "a short line without final punctuation between paragraphs"),
    "names": QT_TRANSLATE_NOOP("rules.label", "names of reporters or authors"),
    "next-is-first-line": QT_TRANSLATE_NOOP("rules.label", "after a paragraph's end, and the next line lost its indent"),
    "next-starts-frame": QT_TRANSLATE_NOOP("rules.label", "after a paragraph's end, before a new text frame"),
    "numbered-or-run-in": QT_TRANSLATE_NOOP("rules.label", "a numbered head, or one ending in a dash"),
    "second-line-deck": QT_TRANSLATE_NOOP("rules.label", "a last headline line much wider than the headline's widest row above it: the deck"),
    "series-tag": QT_TRANSLATE_NOOP("rules.label", "a series tag above the headline"),
    "short-on-flush-page": QT_TRANSLATE_NOOP("rules.label", "short after a paragraph's end, on a page whose first lines are full"),
    "tracked-after-a-headline": QT_TRANSLATE_NOOP("rules.label", "a letter-spaced headline right under the story before's headline: the next story's"),
    "headline-row-after-a-headline": QT_TRANSLATE_NOOP("rules.label", "a headline row that the rows above could not have wrapped into (wider than a full row, under a wrap's last row, or a whole headline of its own): the next story's"),
    "title-in-cluster": QT_TRANSLATE_NOOP("rules.label", "a title-shaped line in a header block"),
    "unindented-before-indent": QT_TRANSLATE_NOOP("rules.label", "not indented, before an indented paragraph"),
    "width-off-column": QT_TRANSLATE_NOOP("rules.label", "after a paragraph's end, much shorter or wider than the column"),
    "repeated-headline": QT_TRANSLATE_NOOP("rules.label", "a short headline repeated above a jump line back"),
    "person": QT_TRANSLATE_NOOP("rules.label", "decided by a person"),
}

BREAK_RULES = {
    "open-before-block": QT_TRANSLATE_NOOP("rules.break", "a sentence cut by a header printed inside the column: the paragraph goes on after it"),
    "next-is-credit": QT_TRANSLATE_NOOP("rules.break", "the next line is the paragraph's credit in brackets: the paragraph goes on"),
    "head-tail": QT_TRANSLATE_NOOP("rules.break", "a subheading that goes on in the next line"),
    "block": QT_TRANSLATE_NOOP("rules.break", "a block of one line kind ends at its line"),
    "credit": QT_TRANSLATE_NOOP("rules.break", "ends with a credit in brackets"),
    "final-punct": QT_TRANSLATE_NOOP("rules.break", "ends a sentence (no column to measure it against)"),
    "full-final-flush-starts": QT_TRANSLATE_NOOP("rules.break", "a full line ending a sentence, on a page whose first lines are full"),
    "full-first-line": QT_TRANSLATE_NOOP("rules.break", "a paragraph's first line: a sentence ending on it ends the paragraph only if the next line starts one"),
    "full-line": QT_TRANSLATE_NOOP("rules.break", "a full line: the paragraph goes on"),
    "goes-on-before": QT_TRANSLATE_NOOP("rules.break", "an open column foot whose paragraph went on in a piece printed before it"),
    "goes-on-at": QT_TRANSLATE_NOOP("rules.break", "an open column foot whose paragraph goes on in a piece printed before it (linked there)"),
    "piece-after": QT_TRANSLATE_NOOP("rules.break", "the next line of its story opens the rest of a paragraph printed further down: this paragraph ends"),
    "group-goes-on": QT_TRANSLATE_NOOP("rules.break", "a full line ending a sentence before its text group's short last line: the paragraph goes on"),
    "letter-spaced": QT_TRANSLATE_NOOP("rules.break", "a justified (letter-spaced) line never ends a paragraph"),
    "md-line": QT_TRANSLATE_NOOP("rules.break", "ends a sentence, on a page of one paragraph per line"),
    "md-stray-break": QT_TRANSLATE_NOOP("rules.break", "a stray break inside a paragraph"),
    "next-indent": QT_TRANSLATE_NOOP("rules.break", "the next line is indented"),
    "next-indent-deficit": QT_TRANSLATE_NOOP("rules.break", "ends a sentence, and the next line lost its indent"),
    "next-indent-deficit-squeezed": QT_TRANSLATE_NOOP("rules.break", "ends a sentence, and the next line lost its indent (its last mark squeezed in)"),
    "next-new-frame": QT_TRANSLATE_NOOP("rules.break", "the next line starts a new text frame"),
    "next-starts-closed": QT_TRANSLATE_NOOP("rules.break", "the next line continues this one (it opens with a mark or a word's end)"),
    "open-end": QT_TRANSLATE_NOOP("rules.break", "ends without final punctuation: the paragraph goes on"),
    "page-end": QT_TRANSLATE_NOOP("rules.break", "the page ends"),
    "short-final": QT_TRANSLATE_NOOP("rules.break", "a short last line ending a sentence"),
    "short-final-cell": QT_TRANSLATE_NOOP("rules.break", "ends a sentence a cell short of the column, though the next line's first glyph would have fitted"),
    "person": QT_TRANSLATE_NOOP("rules.break", "decided by a person"),
}
BEFORE = QT_TRANSLATE_NOOP("rules.break", "the next line is a %1")

ARTICLE_RULES = {
    "attached-header": QT_TRANSLATE_NOOP("rules.article", "a header, with the body that shares its words"),
    "caption-content": QT_TRANSLATE_NOOP("rules.article", "a caption, with the article that shares its words"),
    "column-flow": QT_TRANSLATE_NOOP("rules.article", "text going on a paragraph printed elsewhere in the column, with that paragraph's article"),
    "furniture": QT_TRANSLATE_NOOP("rules.article", "page furniture, with the text around it"),
    "header-content": QT_TRANSLATE_NOOP("rules.article", "body text, under the header whose words it shares"),
    "header-none": QT_TRANSLATE_NOOP("rules.article", "body text that no header claims"),
    "fits-its-column": QT_TRANSLATE_NOOP("rules.article", "a paragraph where two stories set to different widths meet, with the story whose column its lines fit"),
    "cut-where-widths-step": QT_TRANSLATE_NOOP("rules.article", "a run of two stories set to different widths, parted where its lines' widths step"),
    "inside-article": QT_TRANSLATE_NOOP("rules.article", "a caption inside its article's text"),
    "header-to-headless": QT_TRANSLATE_NOOP("rules.article", "a header left without a body, with the first article after it that has no headline"),
    "byline-to-headline": QT_TRANSLATE_NOOP("rules.article", "a byline printed apart from its headline, with the body under it: with the page's one headline that has no byline"),
    "headline-to-byline": QT_TRANSLATE_NOOP("rules.article", "a headline printed apart from its byline, over another story's column: with the page's one byline that has no headline"),
    "headline-to-deck": QT_TRANSLATE_NOOP("rules.article", "a headline printed apart from its deck: with the page's one deck naming the same place, whose article has no headline"),
    "header-stack": QT_TRANSLATE_NOOP("rules.article", "header lines printed right over the header that took the body under them: with that body's article"),
    "headers-read-across": QT_TRANSLATE_NOOP("rules.article", "two stories' headers read across line by line: each story's lines go with the article after them that carries that story on"),
    "read-across-second-body": QT_TRANSLATE_NOOP("rules.article", "two stories' headers read across over one run holding both bodies: the story not ending the header, with the run from the last paragraph opening after a closed piece"),
    "lone-header": QT_TRANSLATE_NOOP("rules.article", "a header without a body"),
    "step-part-to-lone-header": QT_TRANSLATE_NOOP("rules.article", "one run under a header steps into another story at another measure: the part over the step, with the byline set apart over it, goes to the header before it left without a body"),
    "foot-header-to-headless-body": QT_TRANSLATE_NOOP("rules.article", "a header printed at the foot of another story's body, with a body under it that has no headline: with that body"),
    "page": QT_TRANSLATE_NOOP("rules.article", "the whole page is one article"),
    "person": QT_TRANSLATE_NOOP("rules.article", "decided by a person"),
}

_TABLES = {"label": ("rules.label", LABEL_RULES), "break": ("rules.break", BREAK_RULES),
           "article": ("rules.article", ARTICLE_RULES)}


def rule_text(kind: str, rule: str) -> str:
    """The sentence for ``rule`` of a ``kind`` of decision ("label", "break", "article"),
    translated; "" for a name with none (an older session's rule)."""
    context, table = _TABLES[kind]
    text = table.get(rule)
    if text is not None:
        return QCoreApplication.translate(context, text)
    if kind == "break" and rule.startswith("before-"):
        label = QCoreApplication.translate("labels", rule[len("before-"):])
        return QCoreApplication.translate("rules.break", BEFORE).replace("%1", label)
    return ""


def rule_name(kind: str, rule: str) -> str:
    """The rule as the status bar names it: the engine's own name in the English interface
    (its sentence follows in the tooltip); in another language, the translated sentence,
    where an English name such as "open-end" would say nothing."""
    meaning = rule_text(kind, rule)
    context, table = _TABLES[kind]
    english = table.get(rule)
    if english is None and kind == "break" and rule.startswith("before-"):
        english = BEFORE.replace("%1", rule[len("before-"):])
    return meaning if meaning and english is not None and meaning != english else rule
