"""Generate a corpus of awkward input files for the decoder (and for trying the app).

    python tests/data/make_awkward.py [FOLDER] [--big]

FOLDER defaults to ``tests/data/awkward/`` (git-ignored).  ``--big`` adds a 20 MB
single-line file and a file of one million short lines.

``make_all(folder, big=False)`` writes the files and returns ``{file name: expectation}``,
where an expectation is either ``{"ok": True, "lines": N, "contains": "some text"}``
(optionally with ``"encoding"``: the codec the decoder must report, and ``"warning"``: a
piece of the one-line warning it must give) or
``{"ok": False, "error_contains": "binary"}`` (a piece of the DecodeError message).  The
same mapping is written to ``FOLDER/expected.json``.  Everything is deterministic.
"""

from __future__ import annotations

import argparse
import codecs
import gzip
import io
import json
import random
import struct
import sys
import zipfile
import zlib
from pathlib import Path

DEFAULT_FOLDER = Path(__file__).resolve().parent / "awkward"

# simplified Chinese, all inside GBK and GB2312
LINES = [
    "溆浦县家庭教育示范基地建设纪实",
    "“葱是跟妈妈一起种下的。”课间午休，学生正在校园南面的菜地浇水。",
    "近年来，全县 37 所中小学幼儿园被确定为全国家庭教育示范基地创建校。",
    "家庭教育注重方法，学着放手并且尊重孩子，培养良好的习惯。",
    "从 2016 年开始，家庭教育文化节已成功举办多届，每届惠及全县 10 多万家长。",
]
# traditional Chinese that Big5 and Big5-HKSCS encode alike
BIG5_LINES = [
    "臺灣的報紙今天刊登了一篇關於教育的文章。",
    "學生們在校園裡種菜，家長們都很滿意。",
    "這是繁體中文的測試，請檢查每一行是否正確。",
]
# Korean headlines and a sentence, all inside EUC-KR; GB18030 reads their bytes cleanly too
KOREAN_LINES = [
    "서울 아파트값 석 달째 상승",
    "대통령 신년 기자회견 열려",
    "시장은 새로운 도서관 건립 계획을 발표했다.",
]
# Japanese headlines (the first without kana) and a sentence, all inside EUC-JP
JAPANESE_LINES = [
    "東京都知事選挙、投票率過去最低",
    "大阪万博開幕まで一年",
    "台風の影響で沖縄に大雨が降った。",
]
# characters GB18030 encodes in four bytes: U+20000, U+2A6A5, U+1F600, U+00E9
GB4_LINE = "生僻字𠀀与𪚥，表情😀，法语é。"


def _text(lines: list[str], end: str = "\n", final: bool = True) -> str:
    return end.join(lines) + (end if final else "")


def _ok(lines: int, contains: str, encoding: str | None = None, warning: str | None = None) -> dict:
    exp: dict = {"ok": True, "lines": lines, "contains": contains}
    if encoding is not None:
        exp["encoding"] = encoding
    if warning is not None:
        exp["warning"] = warning
    return exp


def _err(fragment: str) -> dict:
    return {"ok": False, "error_contains": fragment}


def _png() -> bytes:
    """A real 2x2 RGB PNG image."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    raw = b"".join(b"\x00" + b"\xff\x00\x00\x00\xff\x00" for _ in range(2))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("page.txt", _text(LINES))
    return buf.getvalue()


def build(big: bool = False) -> dict[str, tuple[bytes, dict]]:
    """{file name: (bytes, expectation)} without touching the disk."""
    rnd = random.Random(20240607)
    text = _text(LINES)
    n = len(LINES)
    files: dict[str, tuple[bytes, dict]] = {}

    files["empty.txt"] = (b"", _ok(0, "", "utf-8"))
    files["blank_only.txt"] = (b"\n\n   \n\t\n\r\n", _ok(5, "   ", "utf-8"))
    files["ascii.txt"] = (b"Page 7\nEditor: Li Lei\n", _ok(2, "Editor", "utf-8"))
    files["utf8.txt"] = (text.encode("utf-8"), _ok(n, LINES[1], "utf-8"))
    files["utf8_bom.txt"] = (codecs.BOM_UTF8 + text.encode("utf-8"), _ok(n, LINES[0], "utf-8-sig"))
    gb4 = _text(LINES[:3] + [GB4_LINE] + LINES[3:])
    files["gb18030_4byte.txt"] = (gb4.encode("gb18030"), _ok(n + 1, GB4_LINE, "gb18030"))
    files["gbk.txt"] = (text.encode("gbk"), _ok(n, LINES[2], "gb18030"))
    files["big5.txt"] = (_text(BIG5_LINES).encode("big5"), _ok(len(BIG5_LINES), BIG5_LINES[0], "big5hkscs"))
    # legacy CJK encodings that GB18030 also reads: told apart, or refused when too short to tell
    files["euckr.txt"] = (_text(KOREAN_LINES).encode("euc_kr"), _ok(len(KOREAN_LINES), KOREAN_LINES[2], "cp949"))
    files["eucjp.txt"] = (_text(JAPANESE_LINES).encode("euc_jp"), _ok(len(JAPANESE_LINES), JAPANESE_LINES[0], "euc_jp"))
    files["euckr_one_word.txt"] = ("시장은\n".encode("euc_kr"), _ok(1, "시장은", "cp949", "read as EUC-KR (cp949)"))
    files["euckr_too_short.txt"] = ("정부는\n".encode("euc_kr"), _err("--encoding cp949"))
    for codec, bom in (("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE)):
        tag = codec.replace("-", "")[:7]  # utf16le / utf16be
        files[f"{tag}_bom.txt"] = (bom + text.encode(codec), _ok(n, LINES[3], codec))
        files[f"{tag}_nobom.txt"] = (text.encode(codec), _ok(n, LINES[3], codec))
    files["utf32le_bom.txt"] = (codecs.BOM_UTF32_LE + text.encode("utf-32-le"), _ok(n, LINES[4], "utf-32-le"))
    files["cr_only.txt"] = (_text(LINES, "\r").encode("utf-8"), _ok(n, LINES[1], "utf-8"))
    files["crlf_gbk.txt"] = (_text(LINES, "\r\n").encode("gbk"), _ok(n, LINES[1], "gb18030"))
    mixed = LINES[0] + "\r\n" + LINES[1] + "\n" + LINES[2] + "\r" + LINES[3] + "\r\n\n" + LINES[4]
    files["mixed_line_ends.txt"] = (mixed.encode("utf-8"), _ok(6, LINES[4], "utf-8"))
    seps = [
        "竖向制表\x0b之后",
        "换页\x0c之后",
        "下一行\x85之后",
        "行分隔\u2028与段分隔\u2029之后",
        "文件\x1c组\x1d记录\x1e分隔",
    ]
    files["separators_inside_lines.txt"] = (_text(seps).encode("utf-8"), _ok(len(seps), "行分隔\u2028与", "utf-8"))
    emoji = ["表情👍🏽与一家人👨‍👩‍👧", "组合音标 e\u0301 与 a\u0308", "国旗🇨🇳，变体选择符☺\ufe0f"]
    files["emoji_combining.txt"] = (_text(emoji).encode("utf-8"), _ok(3, "e\u0301", "utf-8"))
    html = [
        "<!DOCTYPE html><html><head><script>alert('第7版');</script></head>",
        "<body><p>正文&nbsp;内容 &lt;b&gt;</p><!-- 注释 -->",
        "<?php echo '溆浦'; ?></body></html>",
    ]
    files["html_script.txt"] = (_text(html).encode("utf-8"), _ok(3, "<script>", "utf-8"))
    files["ansi_escapes.txt"] = ("\x1b[1m标题\x1b[0m\n正文\n".encode("utf-8"), _ok(2, "标题", "utf-8"))

    # things that are not text, or not one encoding
    files["nul_bytes.txt"] = (("第一行 text\x00 more\n" + text).encode("utf-8"), _err("binary"))
    head, tail = _text(LINES[:2] * 3), _text(LINES[2:] * 3)
    stretch = head.encode("utf-8")
    files["utf8_with_gbk_stretch.txt"] = (
        stretch + LINES[3].encode("gbk") + b"\n" + tail.encode("utf-8"),
        _err(f"offset {len(stretch)}"),
    )
    cut = text.encode("utf-8").rstrip(b"\n")[:-1]
    files["utf8_truncated.txt"] = (cut, _err(f"offset {len(cut) - 2}"))
    files["utf16le_odd_length.txt"] = (text.encode("utf-16-le") + b"!", _err("odd number of bytes"))
    noise = bytearray(rnd.randbytes(4096))
    noise[100] = 0
    files["random.bin"] = (bytes(noise), _err("binary"))
    files["controls.bin"] = (bytes(rnd.randrange(1, 9) for _ in range(512)), _err("binary"))
    files["image.png"] = (_png(), _err("PNG"))
    files["document.pdf"] = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", _err("PDF"))
    files["archive.zip"] = (_zip(), _err("ZIP"))
    files["page.txt.gz"] = (gzip.compress(text.encode("utf-8"), mtime=0), _err("gzip"))

    if big:
        unit = "中文报纸正文测试，"
        reps = 20 * 1024 * 1024 // len(unit.encode("utf-8")) + 1
        files["big_single_line.txt"] = ((unit * reps).encode("utf-8"), _ok(1, unit, "utf-8"))
        files["million_lines.txt"] = (
            "".join(f"第{i % 10}行\n" for i in range(1_000_000)).encode("utf-8"),
            _ok(1_000_000, "第9行", "utf-8"),
        )
    return files


def make_all(folder: str | Path = DEFAULT_FOLDER, big: bool = False) -> dict[str, dict]:
    """Write the corpus into *folder*; return {file name: expectation}."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    expected: dict[str, dict] = {}
    for name, (data, exp) in build(big).items():
        (folder / name).write_bytes(data)
        expected[name] = exp
    (folder / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return expected


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Write awkward input files for the decoder.")
    ap.add_argument("folder", nargs="?", default=str(DEFAULT_FOLDER), help="where to write (default: %(default)s)")
    ap.add_argument("--big", action="store_true", help="also a 20 MB single line and one million short lines")
    args = ap.parse_args(argv)
    expected = make_all(args.folder, big=args.big)
    ok = sum(1 for e in expected.values() if e["ok"])
    print(f"{len(expected)} files in {args.folder} ({ok} text, {len(expected) - ok} to be refused)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
