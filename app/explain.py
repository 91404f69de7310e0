"""The per-line table of ``reflow --explain``: what the engine decided and why."""
from __future__ import annotations

from .document import Document


def explain_rows(doc: Document):
    """(line, label, article number, paragraph end, rule, confidence, text) per non-blank row."""
    order = {a: i + 1 for i, a in enumerate(doc.article_order())}
    for r in range(len(doc)):
        lab = doc.label[r]
        if lab is None:
            continue
        w = doc.why[r]
        rule = f"{w.label_rule}/{w.break_rule}/{w.article_rule}" if w else "person"
        conf = w.confidence() if w else 1.0
        yield doc.src[r], lab, order.get(doc.article[r], 0), doc.para_end[r], rule, conf, doc.current_text(r)


def explain_table(doc: Document) -> str:
    out = [f"# {doc.source.name}  encoding={doc.source.encoding} ({doc.source.confidence:.2f})",
           f"{'line':>6}  {'label':<10} {'art':>3} {'end':<3} {'conf':>4}  {'rule':<40} text"]
    for line, lab, art, end, rule, conf, text in explain_rows(doc):
        out.append(f"{line:>6}  {lab:<10} {art:>3} {'¶' if end else '':<3} {conf:4.2f}  {rule:<40} {text.strip()[:40]}")
    return "\n".join(out) + "\n"
