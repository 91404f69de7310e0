"""What a page or a session file contains can never act: no markup is interpreted, no
request is made, no headline chooses where a file goes, nothing in a session is evaluated,
and sizes are bounded before anything is read."""
import ast
import http.server
import json
import os
import subprocess
import sys
import threading
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT
from app.corpus import build_corpus
from app.corpus_check import check_corpus
from app.lines import split_lines
from app.document import Source
from app.filenames import MAX_BYTES, safe_filename
from app.operations import EditText, SetLabel, SetParagraphEnd, start_article
from app.session import load_session, save_session
from app.suggest import open_document

RESERVED = {"con", "prn", "aux", "nul"} | {f"{d}{i}" for d in ("com", "lpt") for i in range(10)}


def run(*args, cwd=None, timeout=120):
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], cwd=cwd or ROOT,
                          capture_output=True, text=True, encoding="utf-8", timeout=timeout,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)))


# ---- file names from headlines ---------------------------------------------------------------
awkward_text = st.lists(st.one_of(
    st.sampled_from(list("./\\:*?\"<>| \t\n\r\x00\x0b\x0c\x85\u2028\u2029\u202e\u200d\ufeff") + ["..", "CON", "nul", "COM1", "lpt9"]),
    st.characters(),
    st.text(st.sampled_from("中文的一是在不了有和人这上们来到时大地为子"), min_size=1, max_size=40),
), max_size=60).map("".join)


@settings(max_examples=int(500 * float(os.environ.get("ZHENGWEN_FUZZ_SCALE", "1"))), deadline=None)
@given(text=awkward_text, max_len=st.integers(1, 120))
def test_any_text_gives_one_harmless_file_name(text, max_len, tmp_path_factory):
    name = safe_filename(text, "article", max_len=max_len)
    assert name and name not in (".", "..") and ".." not in name
    assert not set(name) & set("/\\:*?\"<>|\x00")
    assert all(unicodedata.category(ch)[0] != "C" and unicodedata.category(ch) not in ("Zl", "Zp") for ch in name)
    assert name == name.strip() and not name.startswith(".") and not name.endswith(".")
    assert len(name) <= max(max_len, len("article")) and len(name.encode("utf-8")) <= MAX_BYTES
    assert name.split(".")[0].strip().lower() not in RESERVED
    assert unicodedata.is_normalized("NFC", name)
    folder = tmp_path_factory.getbasetemp() / "names"
    folder.mkdir(exist_ok=True)
    path = folder / f"99-{name}.jsonl"          # the longest name --split makes
    path.write_text("x", encoding="utf-8")      # the file system takes it...
    assert path.resolve().parent == folder.resolve()   # ...inside the folder
    path.unlink()


HOSTILE_HEADLINES = ["../../etc/passwd", "CON", "a/b\\c", "中" * 300, ".", "\x00\x1b[31m红色\u202e", "nul.txt",
                     "正常的标题"]


@pytest.fixture
def hostile_session(tmp_path):
    """A session whose articles are headed by the names a file system fears most."""
    lines = []
    for h in HOSTILE_HEADLINES:
        lines += ["标题占位", "正文第一段，内容。", ""]
    text = "\n".join(lines) + "\n"
    doc = open_document(Source("hostile.txt", text, path="hostile.txt"), split_lines(text))
    for k, h in enumerate(HOSTILE_HEADLINES):
        row = 3 * k
        if k:
            op = start_article(doc, row)
            if op is not None:
                doc.do(op)
        doc.do(SetLabel(row, row + 1, "headline"))
        doc.do(SetLabel(row + 1, row + 2, "paragraph"))
        if "\x00" in h:
            doc.edited[row] = h     # no edit brings a NUL (EditText refuses it); a session file can
        else:
            doc.do(EditText(row, h))
    path = tmp_path / "hostile.json"
    save_session(doc, path)
    return path, text


@pytest.mark.parametrize("fmt", ["json", "md"])
def test_export_split_keeps_every_file_inside_the_folder(hostile_session, tmp_path, fmt):
    path, text = hostile_session
    out = tmp_path / "out"
    res = run("export", path, "-o", out, "--split", "--format", fmt, cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == len(HOSTILE_HEADLINES)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hostile.json", "out"]  # nothing escaped
    for k, name in enumerate(names, 1):
        assert name.startswith(f"{k:02d}-") and name.endswith("." + fmt)
        assert len(name.encode("utf-8")) <= 255
    assert names[0] == f"01-etc_passwd.{fmt}" and names[1] == f"02-_CON.{fmt}"
    assert names[-1] == f"08-正常的标题.{fmt}" and names[4] == f"05-article.{fmt}"
    if fmt == "json":   # the files together are the whole corpus's articles, one each
        whole = build_corpus(load_session(path))
        assert check_corpus(whole, split_lines(text)) == []
        parts = [json.loads((out / name).read_text(encoding="utf-8")) for name in names]
        assert [a for p in parts for a in p["articles"]] == whole["articles"]
        assert all(p["source"] == whole["source"] for p in parts)


def test_reflow_split_writes_one_file_per_article(sample_path, tmp_path):
    out = tmp_path / "arts"
    res = run("reflow", sample_path, "-o", out, "--split", "--format", "jsonl")
    assert res.returncode == 0, res.stderr
    whole = json.loads(run("reflow", sample_path, "-o", "-").stdout)
    files = sorted(out.iterdir())
    assert len(files) == len(whole["articles"]) > 1
    for f, art in zip(files, whole["articles"]):
        row = json.loads(f.read_text(encoding="utf-8"))
        assert row["id"] == art["id"] and row["blocks"] == art["blocks"]
        assert f.name == f"{art['id']:02d}-{safe_filename(art['headline'] or '', 'article')}.jsonl"


def test_split_needs_a_folder(sample_path, tmp_path):
    (tmp_path / "file.json").write_text("{}")
    for out in ("-", tmp_path / "file.json"):
        res = run("reflow", sample_path, "-o", out, "--split")
        assert res.returncode == 2 and "--split needs" in res.stderr and "Traceback" not in res.stderr


# ---- sessions: read as data, bounded -------------------------------------------------------
def _calls(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            if isinstance(f, ast.Name):          # re.compile and the like are fine
                yield f.id


def test_no_engine_module_can_evaluate_what_it_reads():
    """No eval/exec/compile, no pickle, marshal, shelve or YAML anywhere in the engine."""
    for path in sorted((ROOT / "app").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        assert not {"eval", "exec", "compile", "__import__"} & set(_calls(tree)), path
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                mods = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                assert not {m.split(".")[0] for m in mods} & {"pickle", "marshal", "shelve", "yaml", "dill"}, path


def test_code_in_a_session_stays_text(tmp_path):
    payload = "__import__('os').system('touch PWNED'); {{7*7}} ${7*7} <script>alert(1)</script>"
    text = "标题\n正文。\n"
    doc = open_document(Source("p.txt", text), split_lines(text))
    doc.do(EditText(1, payload))
    doc.settings["fold_half_width"] = False   # keep the export byte-exact for the comparison
    path = tmp_path / "s.json"
    save_session(doc, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["settings"]["__class__"] = "os.system"         # unknown keys are inert data
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    loaded = load_session(path)
    assert loaded.current_text(1) == payload
    res = run("export", path, "-o", tmp_path / "out.txt", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert payload in (tmp_path / "out.txt").read_text(encoding="utf-8")
    assert not (tmp_path / "PWNED").exists() and not (ROOT / "PWNED").exists()


def test_oversized_inputs_are_refused_before_being_read(tmp_path):
    """Sparse files: a 1 GiB+ 'session' and a 600 MB 'page' cost no disk and no memory."""
    big_session, big_page = tmp_path / "big.json", tmp_path / "big.txt"
    with open(big_session, "wb") as f:
        f.write(b'{"format":"zhengwen-session",')
        f.truncate((1 << 30) + 10)
    with open(big_page, "wb") as f:
        f.truncate(600 * 1024 * 1024)
    res = run("export", big_session, "-o", tmp_path / "o.json", timeout=60)
    assert res.returncode == 2 and "too large for a session" in res.stderr, res.stderr
    res = run("reflow", big_page, "-o", tmp_path / "o.json", timeout=60)
    assert res.returncode == 2 and "too large" in res.stderr, res.stderr
    assert not (tmp_path / "o.json").exists()


# ---- the preview -------------------------------------------------------------------------------
class _Counter(http.server.BaseHTTPRequestHandler):
    hits: list = []

    def do_GET(self):  # noqa: N802 - the http.server name
        self.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def log_message(self, *a):
        pass


@pytest.fixture
def http_counter():
    _Counter.hits = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Counter)
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    yield server.server_address[1], _Counter.hits
    server.shutdown()
    server.server_close()


def hostile_page(port):
    return [
        "<h1>大标题</h1>",
        f"正文<img src=http://127.0.0.1:{port}/img.png>之后，还有内容。",
        f'<script src="http://127.0.0.1:{port}/x.js"></script><script>document.write("坏")</script>',
        f'<a href="http://127.0.0.1:{port}/link">链接</a> &amp; &lt;b&gt; <style>*{{color:red}}</style>',
        f'<link rel=stylesheet href="http://127.0.0.1:{port}/s.css"><iframe src="file:///etc/passwd"></iframe>',
    ]


@pytest.mark.gui
def test_the_preview_shows_markup_as_text_and_fetches_nothing(qtbot, http_counter):
    from widgets.qt_compat import shore_up_none
    shore_up_none()
    from app.article_index import ArticleIndex
    from widgets.preview import Preview
    port, hits = http_counter
    lines = hostile_page(port)
    text = "\n".join(lines) + "\n"
    doc = open_document(Source("evil.txt", text), split_lines(text))
    doc.settings["fold_half_width"] = False
    for r in range(len(doc)):             # each line its own paragraph, exactly as written
        doc.do(SetLabel(r, r + 1, "paragraph"))
        doc.do(EditText(r, lines[r]))
        doc.do(SetParagraphEnd(r, True))
    preview = Preview()
    qtbot.addWidget(preview)
    preview.set_document(doc, ArticleIndex(doc))
    preview.resize(800, 600)
    preview.show()
    qtbot.waitExposed(preview)
    qtbot.wait(300)                       # time for any request a resource would have made
    shown = preview.toPlainText()
    for line in lines:
        assert line in shown
    html = preview.toHtml()
    assert "<img" not in html.replace("&lt;img", "") and "<script" not in html.replace("&lt;script", "")
    assert "href=" not in html.replace("href=&quot;", "").replace("&lt;a href=", "").replace("&lt;link rel=stylesheet href=", "")
    assert hits == []
    import urllib.request
    urllib.request.urlopen(f"http://127.0.0.1:{port}/probe", timeout=5).close()
    assert hits == ["/probe"]             # the counter was listening all along
