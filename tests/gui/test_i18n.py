"""The interface in Simplified Chinese and in English, and the catalogue kept in step with
the code: every visible string found in app/ and widgets/ has a finished translation, the
compiled .qm says what the .ts says, and placeholders survive translation."""
import ast
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from .gui_keys import CTRL, K, goto, key, put

from widgets.i18n import I18N_DIR, choose_language, install_translator
from widgets.undo import op_text

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
TS = I18N_DIR / "zhengwen_zh_CN.ts"
QM = I18N_DIR / "zhengwen_zh_CN.qm"
TS_EN = I18N_DIR / "zhengwen_en.ts"        # the English plural forms only
SOURCES = sorted([*ROOT.glob("app/*.py"), *ROOT.glob("app/rules/*.py"), *ROOT.glob("widgets/*.py")])
PLACEHOLDER = re.compile(r"%(?:\d+|n)")


def messages(ts_path, forms=False):
    """{(context, source): (translation, type)} of a .ts file, vanished/obsolete ones left out;
    with ``forms`` the translation is a tuple of its forms (one, or a plural message's)."""
    out = {}
    for ctx in ET.parse(ts_path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            t = m.find("translation")
            if t.get("type") in ("vanished", "obsolete"):
                continue
            texts = tuple(f.text or "" for f in t.iter("numerusform")) if m.get("numerus") == "yes" \
                else (t.text or "",)
            out[(name, m.findtext("source"))] = (texts if forms else texts[0], t.get("type"))
    return out


@pytest.fixture
def lang(qapp):
    """lang(code) installs that interface language; English comes back afterwards."""
    yield lambda code: install_translator(qapp, code)
    install_translator(qapp, "en")


# ---- the window in each language ---------------------------------------------------------
def test_chinese_menus_actions_status_bar_and_undo_names(qtbot, lang, open_window, page):
    assert lang("zh_CN") == "zh_CN"
    win = open_window(page)
    assert [a.text() for a in win.menuBar().actions()] == [
        "文件(&F)", "编辑(&E)", "标注(&L)", "文章(&A)", "转到(&G)", "视图(&V)", "帮助(&H)"]
    q = win.acts.qactions
    assert [q[a].text() for a in ("label.kicker", "label.headline", "label.subtitle", "label.byline",
                                  "label.subheading", "label.paragraph", "label.caption")] == \
        ["引题", "标题", "副题", "署名", "小标题", "正文段落", "图片说明"]
    assert (q["confirm"].text(), q["file.export"].text(), q["file.save"].text()) == \
        ("确认并转到下一处未确认行", "导出…", "保存会话")
    assert win.dock.windowTitle() == "文章"
    put(win, 0)
    st = {k: lab.text() for k, lab in win.status.items()}
    assert st["position"] == "第 1 行"
    assert re.fullmatch(r"第 1 篇，共 \d+ 篇", st["article"])
    assert st["modified"] == "已保存" and st["confirmed"].startswith("已确认 ")
    assert st["why"].startswith("第 1 行：")

    key(qtbot, win, K.Key_H)                      # a real key: label the row a headline
    assert win.status["modified"].text() == "未保存"
    assert q["undo"].text() == "撤销 标为标题"
    assert win.status["why"].text().startswith("第 1 行：标题（已确认）")
    key(qtbot, win, K.Key_Z, CTRL)
    assert q["redo"].text() == "重做 标为标题"


def test_chinese_messages_built_at_run_time(qtbot, lang, open_window, page):
    lang("zh_CN")
    win = open_window(page)
    dlg = goto(qtbot, win, "abc")                 # a go-to error from app.commands
    assert dlg.error.text() == "请输入行号 N 或行范围 N-M"
    assert dlg.windowTitle() == "转到行"
    qtbot.keyClick(dlg.edit, K.Key_Escape)
    assert op_text("Move to article 12") == "移到第 12 篇文章"
    assert op_text("Move to new article") == "移到新文章"
    win.doc.saved_revision = win.doc.revision


def test_qt_standard_buttons_are_chinese_too(qapp, lang):
    lang("zh_CN")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    texts = [b.text() for b in box.buttons()]
    box.deleteLater()
    assert any("保存" in t for t in texts) and any("取消" in t for t in texts), texts


def test_english_window(qtbot, lang, open_window, page):
    assert lang("en") == "en"
    win = open_window(page)
    assert [a.text() for a in win.menuBar().actions()] == [
        "&File", "&Edit", "&Label", "&Article", "&Go", "&View", "&Help"]
    assert win.acts.qactions["label.headline"].text() == "Headline"
    put(win, 0)
    assert win.status["position"].text() == "line 1"
    assert win.status["modified"].text() == "saved"
    qtbot.keyClick(win.view, K.Key_H)
    assert win.acts.qactions["undo"].text() == "Undo Label headline"
    assert op_text("Move to article 12") == "Move to article 12"


@pytest.mark.parametrize("system, lang, expected", [
    ("zh_CN.UTF-8", None, "文件(&F)"), ("en_US.UTF-8", None, "&File"),
    ("zh_CN.UTF-8", "en", "&File"), ("en_US.UTF-8", "zh_CN", "文件(&F)")])
def test_a_fresh_process_takes_the_system_language_unless_told(system, lang, expected):
    # QLocale.system() is read once per process, so each case gets its own
    code = ("import sys; from PySide6.QtCore import QCoreApplication; from widgets.run import make_app; "
            f"make_app({lang!r}); sys.stdout.buffer.write(QCoreApplication.translate('menus', '&File').encode())")
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k not in ("LANG", "LANGUAGE")}
    env.update(LANG=system, LC_ALL=system, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, timeout=60)
    assert out.stdout.decode() == expected, out.stderr.decode()


def test_language_follows_the_system_unless_told():
    assert choose_language(None, "zh_CN") == "zh_CN"
    assert choose_language(None, "zh_SG") == "zh_CN"
    assert choose_language(None, "en_GB") == "en"
    assert choose_language(None, "C") == "en"
    assert choose_language("en", "zh_CN") == "en"
    assert choose_language("zh_CN", "fr_FR") == "zh_CN"
    with pytest.raises(ValueError):
        choose_language("fr")


# ---- the catalogue ------------------------------------------------------------------------
@pytest.mark.parametrize("ts", [TS, TS_EN], ids=["zh_CN", "en"])
def test_every_translation_is_finished_and_keeps_its_placeholders(ts):
    msgs = messages(ts, forms=True)
    assert len(msgs) > (100 if ts == TS else 0)
    unfinished = [k for k, (texts, typ) in msgs.items() if typ == "unfinished" or not all(t.strip() for t in texts)]
    assert not unfinished
    lost = [k for k, (texts, _) in msgs.items()
            if any(sorted(PLACEHOLDER.findall(k[1])) != sorted(PLACEHOLDER.findall(t)) for t in texts)]
    assert not lost
    # a menu title keeps a keyboard mnemonic
    assert all("&" in texts[0] for (ctx, _), (texts, _) in msgs.items() if ctx == "menus")


@pytest.mark.parametrize("ts", [TS, TS_EN], ids=["zh_CN", "en"])
def test_compiled_catalogue_says_what_the_source_says(ts):
    t = QTranslator()
    assert t.load(str(ts.with_suffix(".qm")))
    # a plural message: its forms for 1, 2 (Chinese has one form, English two)
    wrong = [(ctx, src) for (ctx, src), (texts, _) in messages(ts, forms=True).items()
             if tuple(dict.fromkeys(t.translate(ctx, src, None, n) for n in ((1, 2) if len(texts) > 1 else (-1,))))
             != texts]
    assert not wrong, f"{ts.with_suffix('.qm').name} is stale: run tools/update_translations.sh"


def test_catalogue_has_every_string_lupdate_finds_in_the_code(tmp_path):
    lupdate = shutil.which("pyside6-lupdate", path=str(ROOT / ".venv" / "bin")) or shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none", *map(str, SOURCES),
                    "-ts", str(fresh)], check=True, cwd=ROOT, timeout=120)
    in_code, shipped = set(messages(fresh)), set(messages(TS))
    assert in_code - shipped == set(), "new strings: run tools/update_translations.sh and translate them"
    assert shipped - in_code == set(), "strings gone from the code: run tools/update_translations.sh"
    plural = {k for k, (texts, _) in messages(fresh, forms=True).items() if len(texts) != 1 or "%n" in k[1]}
    assert plural and plural == set(messages(TS_EN)), "plural strings: run tools/update_translations.sh"


def _helper_contexts(tree):
    """Module-level helpers ``def f(s): return QCoreApplication.translate("CTX", s)`` (context
    fixed) or ``def f(ctx, s): return QCoreApplication.translate(ctx, s)`` (context first)."""
    out = {}
    for fn in tree.body:
        if not isinstance(fn, ast.FunctionDef) or len(fn.body) != 1 or not isinstance(fn.body[0], ast.Return):
            continue
        call = fn.body[0].value
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "translate" \
                and len(call.args) == 2:
            ctx = call.args[0]
            out[fn.name] = ctx.value if isinstance(ctx, ast.Constant) else None
    return out


def _helper_literals(tree):
    """(context, text) of every literal passed through a module's translation helper."""
    helpers = _helper_contexts(tree)
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in helpers):
            continue
        ctx = helpers[node.func.id]
        args = node.args if ctx is not None else node.args[1:]
        if ctx is None and node.args and isinstance(node.args[0], ast.Constant):
            ctx = node.args[0].value
        if ctx is not None and args and isinstance(args[0], ast.Constant) and isinstance(args[0].value, str):
            yield ctx, args[0].value


def test_the_helper_scan_sees_a_helper_call():
    sample = ast.parse('from PySide6.QtCore import QCoreApplication\n'
                       'def _tr(s):\n    return QCoreApplication.translate("Ctx", s)\n'
                       'x = _tr("hello")\n')
    assert list(_helper_literals(sample)) == [("Ctx", "hello")]


def test_literals_passed_through_translation_helpers_are_in_the_catalogue():
    # lupdate cannot see through a helper such as _tr(s); widgets/i18n.py lists them
    shipped = set(messages(TS))
    missing = [f"{path.name}: {ctx}: {text!r}" for path in SOURCES
               for ctx, text in _helper_literals(ast.parse(path.read_text(encoding="utf-8")))
               if (ctx, text) not in shipped]
    assert not missing, "add them to HELPER_MESSAGES in widgets/i18n.py, then run tools/update_translations.sh"


def test_every_rule_the_engine_names_is_explained_in_both_languages(lang):
    """Run the engine over the regression cases, the dev and held-out pages: each rule name
    it gives has a sentence, and the Chinese one differs from the English."""
    import json
    from app.decoding import read_source
    from app.lines import split_lines
    from app.suggest import suggest
    from widgets.rule_text import rule_text
    pages = [json.loads(p.read_text(encoding="utf-8"))["lines"] for p in sorted((ROOT / "tests" / "cases").glob("*.json"))]
    for p in sorted((ROOT.parent / "shared" / "eval" / "dev").glob("*.txt")) + sorted((ROOT / "tests" / "heldout").glob("*.txt")):
        pages.append(split_lines(read_source(p).text))
    seen = {("label", "person"), ("break", "person"), ("article", "person")}
    for lines in pages:
        for w in suggest(lines).why:
            if w is not None:
                seen |= {("label", w.label_rule), ("break", w.break_rule), ("article", w.article_rule)}
    assert len(seen) > 30
    english = {k: rule_text(*k) for k in seen}
    assert [k for k, v in english.items() if not v] == []
    lang("zh_CN")
    chinese = {k: rule_text(*k) for k in seen}
    assert [k for k in seen if not chinese[k] or chinese[k] == english[k]] == []
    assert rule_text("break", "before-headline") == "下一行是标题"
