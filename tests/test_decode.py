"""app.decoding: bytes -> text with an encoding report; app.lines: editor-style line splitting."""

from __future__ import annotations

import codecs
import dataclasses
import gzip
import hashlib
import importlib.util
import json
import os
import random
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.decoding import (
    DecodeError,
    Decoded,
    SourceError,
    decode_bytes,
    normalize_encoding_name,
    read_source,
)
from app.lines import split_lines

from conftest import OUR_PAGES, SAMPLE
MAKE_AWKWARD = Path(__file__).resolve().parent / "data" / "make_awkward.py"


def reference_lines(text: str) -> list[str]:
    """split_lines written the slow, obvious way."""
    if not text:
        return []
    lines = re.split(r"\r\n|\r|\n", text)
    return lines[:-1] if lines[-1] == "" else lines


def assert_plain_message(err: DecodeError, name: str) -> None:
    """One or two plain lines naming the file; nothing that looks like a traceback."""
    msg = str(err)
    assert msg.startswith(f"{name}: ")
    assert 1 <= len(msg.splitlines()) <= 2
    for junk in ("Traceback", 'File "', "UnicodeDecodeError", "codec can't", "Error:", "\\x"):
        assert junk not in msg


@pytest.fixture(scope="module")
def page() -> str:
    return SAMPLE.read_bytes().decode("utf-8")


# --------------------------------------------------------------------------- one page, many encodings

BOM8, BOM16LE, BOM16BE = codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE
BOM32LE, BOM32BE = codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE


def crlf(t: str) -> str:
    return t.replace("\n", "\r\n")


def cr(t: str) -> str:
    return t.replace("\n", "\r")


# id: (make bytes from the page, expected encoding, bom, confidence is 1.0)
PAGE_VARIANTS = {
    "utf-8": (lambda t: t.encode("utf-8"), "utf-8", False, True),
    "utf-8 BOM": (lambda t: BOM8 + t.encode("utf-8"), "utf-8-sig", True, True),
    "gb18030": (lambda t: t.encode("gb18030"), "gb18030", False, False),
    "gbk": (lambda t: t.encode("gbk"), "gb18030", False, False),
    "utf-16-le BOM": (lambda t: BOM16LE + t.encode("utf-16-le"), "utf-16-le", True, True),
    "utf-16-be BOM": (lambda t: BOM16BE + t.encode("utf-16-be"), "utf-16-be", True, True),
    "utf-16-le no BOM": (lambda t: t.encode("utf-16-le"), "utf-16-le", False, True),
    "utf-16-be no BOM": (lambda t: t.encode("utf-16-be"), "utf-16-be", False, True),
    "utf-32-le BOM": (lambda t: BOM32LE + t.encode("utf-32-le"), "utf-32-le", True, True),
    "utf-32-be BOM": (lambda t: BOM32BE + t.encode("utf-32-be"), "utf-32-be", True, True),
    "utf-8 CR only": (lambda t: cr(t).encode("utf-8"), "utf-8", False, True),
    "utf-8 CRLF": (lambda t: crlf(t).encode("utf-8"), "utf-8", False, True),
    "gb18030 CRLF": (lambda t: crlf(t).encode("gb18030"), "gb18030", False, False),
    "utf-16-le BOM CR only": (lambda t: BOM16LE + cr(t).encode("utf-16-le"), "utf-16-le", True, True),
}


@pytest.mark.parametrize("variant", list(PAGE_VARIANTS))
def test_the_page_decodes_to_the_same_lines_in_every_encoding(page, variant):
    make, encoding, bom, sure = PAGE_VARIANTS[variant]
    data = make(page)
    got = decode_bytes(data, name="page.txt")
    assert got.encoding == encoding
    assert got.bom is bom
    assert got.sha256 == hashlib.sha256(data).hexdigest()
    if sure:
        assert got.confidence == 1.0
    else:
        assert 0.0 < got.confidence <= 1.0
    assert not got.text.startswith("\ufeff")
    assert split_lines(got.text) == reference_lines(page)
    assert got.text.replace("\r\n", "\n").replace("\r", "\n") == page


@pytest.mark.parametrize("variant", ["utf-8 CRLF", "utf-8 CR only"])
def test_line_ends_are_left_untouched(page, variant):
    make = PAGE_VARIANTS[variant][0]
    data = make(page)
    assert decode_bytes(data).text == data.decode("utf-8")


def test_read_source_reads_the_page_like_decode_bytes(page, tmp_path):
    path = tmp_path / "page.txt"
    path.write_bytes(page.encode("gb18030"))
    assert read_source(path) == decode_bytes(path.read_bytes(), name=str(path))
    assert read_source(str(path)).text == page


# --------------------------------------------------------------------------- other Chinese encodings

TRADITIONAL = "臺灣的報紙今天刊登了一篇關於教育的文章。\n學生們在校園裡種菜，家長們都很滿意。\n這是繁體中文的測試。\n"
GB_4BYTE = "生僻字𠀀与𪚥，欧元符号€，表情😀。\n湖南日报社区新闻版面，记者报道家庭教育。\n第二行正文内容。\n"


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        (TRADITIONAL, "big5", "big5hkscs"),
        (TRADITIONAL * 5, "big5", "big5hkscs"),
        (GB_4BYTE, "gb18030", "gb18030"),
        (GB_4BYTE * 5, "gb18030", "gb18030"),
        ("第七版\n要闻\n", "gbk", "gb18030"),
        ("中", "gb2312", "gb18030"),
    ],
    ids=["big5", "big5 long", "gb18030 4-byte", "gb18030 4-byte long", "gbk short", "gb2312 one char"],
)
def test_legacy_chinese_round_trips(text, codec, expected):
    data = text.encode(codec)
    got = decode_bytes(data)
    assert (got.text, got.encoding, got.bom) == (text, expected, False)


def test_gb18030_sample_really_has_four_byte_sequences():
    data = GB_4BYTE.encode("gb18030")
    assert "𠀀".encode("gb18030") == b"\x95\x32\x82\x36" and b"\x95\x32\x82\x36" in data
    assert "😀".encode("gb18030") in data and len("😀".encode("gb18030")) == 4


@pytest.mark.parametrize(
    ("data", "encoding"),
    [(b"", "utf-8"), (b"plain ascii\n", "utf-8"), ("中文".encode("utf-8"), "utf-8"), (BOM8, "utf-8-sig")],
    ids=["empty", "ascii", "utf-8", "bom only"],
)
def test_trivial_inputs(data, encoding):
    got = decode_bytes(data)
    assert got.encoding == encoding and got.confidence == 1.0
    assert got.text == data.decode("utf-8-sig")


def test_empty_input():
    assert decode_bytes(b"") == Decoded("", "utf-8", 1.0, False, hashlib.sha256(b"").hexdigest())


def test_decoded_is_frozen():
    got = decode_bytes(b"x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        got.text = "y"  # type: ignore[misc]


# --------------------------------------------------------------------------- Chinese, Korean or Japanese?

# GB18030 reads the bytes of these cleanly, as common hanzi: headlines and sentences of
# Korean and Japanese news (the first Japanese one has no kana at all)
KOREAN = [
    "서울 아파트값 석 달째 상승",
    "대통령 신년 기자회견 열려",
    "올해 경제성장률 이 퍼센트대 전망",
    "한강 공원에 벚꽃 축제 개막",
    "국회 본회의 예산안 통과",
    "기상청 주말 전국에 비 예보",
    "부산 국제영화제가 오늘 개막했다.",
    "오늘 서울의 날씨는 맑고 따뜻합니다.",
    "전국 곳곳에서 축제가 열려 많은 사람들이 모였다.",
    "정부는 내년 예산안을 국회에 제출했다. 교육과 복지 분야의 지출이 크게 늘었으며, 국방 예산도 소폭 "
    "증가했다. 야당은 재정 적자가 우려된다며 반대 입장을 밝혔다. 국회는 다음 달까지 심사를 마칠 예정이다.",
]
JAPANESE = [
    "東京都知事選挙、投票率過去最低",
    "首相、来月訪米へ",
    "大阪万博開幕まで一年",
    "政府、少子化対策を発表",
    "新幹線が大雪で運転見合わせ",
    "台風の影響で沖縄に大雨が降った。",
    "日本銀行は政策金利を据え置くことを決めた。",
    "この新聞は地域社会のニュースを伝える日刊紙です。今朝、市長が新しい図書館の建設計画を発表しました。"
    "住民たちは大いに歓迎しました。",
]
CJK_CASES = (
    [(t, "euc_kr", "cp949") for t in KOREAN]
    + [(t, "euc_jp", "euc_jp") for t in JAPANESE]
    + [(t, "shift_jis", "cp932") for t in JAPANESE]
)


@pytest.mark.parametrize(("text", "codec", "expected"), CJK_CASES, ids=[f"{c}-{i}" for i, (_, c, _) in enumerate(CJK_CASES)])
def test_korean_and_japanese_are_not_read_as_chinese(text, codec, expected):
    data = (text + "\n").encode(codec)
    got = decode_bytes(data, name="page.txt")
    assert (got.text, got.encoding) == (text + "\n", expected)


def _never_silently_wrong(text: str, codec: str, expected: str) -> None:
    """*text* read right (with or without a warning), read wrong only with a warning, or
    refused as ambiguous with *expected* among the encodings named."""
    try:
        got = decode_bytes(text.encode(codec), name="page.txt")
    except DecodeError as err:
        assert err.reason == "ambiguous" and expected in err.candidates, (text, str(err))
        assert f"--encoding {expected}" in str(err)
        assert_plain_message(err, "page.txt")
        return
    if got.text != text:
        assert got.warning is not None, (text, got.encoding)
    if got.warning is not None:
        assert got.warning.startswith("page.txt: read as ") and "--encoding" in got.warning
        assert f"confidence {got.confidence:.2f}" in got.warning and "\n" not in got.warning


@pytest.mark.parametrize("text", KOREAN, ids=[f"ko-{i}" for i in range(len(KOREAN))])
def test_no_start_of_a_korean_text_is_silent_mojibake(text):
    for n in range(1, len(text) + 1):
        _never_silently_wrong(text[:n], "euc_kr", "cp949")


@pytest.mark.parametrize("text", JAPANESE, ids=[f"ja-{i}" for i in range(len(JAPANESE))])
def test_no_start_of_a_japanese_text_with_kana_is_silent_mojibake(text):
    # a few kanji without kana are a valid Chinese text in GB18030 (a known limit)
    for n in range(1, len(text) + 1):
        if re.search("[\u3040-\u30ff]", text[:n]):
            _never_silently_wrong(text[:n], "euc_jp", "euc_jp")


def _pieces(paths):
    """From each page: its first line of 12 characters or more, its first 200 characters,
    and the whole page."""
    pieces = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        line = next(line for line in text.splitlines() if len(line.strip()) >= 12)
        pieces += [(f"{path.stem} line", line + "\n"), (f"{path.stem} 200", text[:200]), (f"{path.stem} page", text)]
    return pieces


CHINESE_CODECS = [("gbk", "gb18030"), ("gb18030", "gb18030"), ("big5", "big5hkscs")]


@pytest.mark.parametrize(("codec", "expected"), CHINESE_CODECS)
def test_chinese_pages_still_decode_without_a_word(codec, expected):
    check_decodes_without_a_word(_pieces(OUR_PAGES), codec, expected)


def check_decodes_without_a_word(pieces, codec, expected):
    for label, text in pieces:
        # Big5 lacks many simplified characters: those are left out of its pages
        data = text.encode(codec, "ignore")
        got = decode_bytes(data, name="page.txt")
        assert (got.encoding, got.warning) == (expected, None), label
        assert got.text == data.decode(expected) and got.confidence >= 0.99, label


def test_a_refusal_names_the_candidates_and_how_to_force_one():
    with pytest.raises(DecodeError) as info:
        decode_bytes("정부는\n".encode("euc_kr"), name="page.txt")
    err = info.value
    assert err.reason == "ambiguous" and set(err.candidates) >= {"cp949", "gb18030"}
    assert "EUC-KR" in str(err) and "GB18030" in str(err) and "--encoding cp949" in str(err)
    assert_plain_message(err, "page.txt")
    assert decode_bytes("정부는\n".encode("euc_kr"), encoding="cp949").text == "정부는\n"


def test_a_likely_reading_comes_with_a_warning():
    got = decode_bytes("시장은\n".encode("euc_kr"), name="page.txt")
    assert (got.text, got.encoding) == ("시장은\n", "cp949")
    assert 0.9 <= got.confidence < 0.99
    assert got.warning == (
        f"page.txt: read as EUC-KR (cp949) with confidence {got.confidence:.2f}; it could be GB18030 or "
        "EUC-JP. If the text looks wrong, use --encoding NAME to force one."
    )


# --------------------------------------------------------------------------- refusing binary data

PNG_HEAD = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x02\x00\x00\x00\x02\x08\x02\x00\x00\x00"
BINARIES = {
    "png": (PNG_HEAD + random.Random(1).randbytes(200), "PNG"),
    "png without NUL": (b"\x89PNG\r\n\x1a\n" + b"junk" * 10, "PNG"),
    "random with NULs": (bytes(random.Random(2).randrange(256) for _ in range(2048)) + b"\x00", "binary"),
    "pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF"),
    "jpeg": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x01" * 40, "JPEG"),
    "gif": (b"GIF89a\x01\x00\x01\x00" + b"\x00" * 20, "GIF"),
    "webp": (b"RIFF\x24\x00\x00\x00WEBPVP8 " + b"\x00" * 20, "WEBP"),
    "zip": (b"PK\x03\x04\x14\x00\x00\x00" + b"\x00" * 30, "ZIP"),
    "gzip": (gzip.compress(b"hello", mtime=0), "gzip"),
    "elf": (b"\x7fELF\x02\x01\x01" + b"\x00" * 40, "ELF"),
    "utf-8 with a NUL": ("第一行\n第二\x00行\n".encode("utf-8"), "binary"),
    "ascii with a NUL": (b"hello world\x00", "binary"),
    "control characters": (bytes(range(1, 9)) * 30, "binary"),
}


@pytest.mark.parametrize("kind", list(BINARIES))
def test_binary_input_is_refused_plainly(kind):
    data, fragment = BINARIES[kind]
    with pytest.raises(DecodeError) as info:
        decode_bytes(data, name="scan.bin")
    err = info.value
    assert err.reason == "binary"
    assert fragment in str(err) and "not text" in str(err)
    assert_plain_message(err, "scan.bin")


def test_a_known_binary_is_refused_even_when_an_encoding_is_forced():
    with pytest.raises(DecodeError, match="PNG"):
        decode_bytes(PNG_HEAD, name="x.png", encoding="latin-1", errors="replace")


def test_forcing_an_encoding_accepts_nul_characters():
    assert decode_bytes(b"a\x00b", encoding="utf-8").text == "a\x00b"


# --------------------------------------------------------------------------- no silent mojibake

UTF8_PART = "湖南日报社区新闻版面，记者报道家庭教育。\n" * 4
GBK_PART = "这一段是国标编码的文字。\n"


@pytest.mark.parametrize(
    ("before", "after"),
    [(UTF8_PART, UTF8_PART), (UTF8_PART * 50, ""), ("短", UTF8_PART * 3), (UTF8_PART, "")],
    ids=["middle", "end of a long file", "near the start", "end"],
)
def test_utf8_with_a_gbk_stretch_is_an_error_with_the_offset(before, after):
    head = before.encode("utf-8")
    data = head + GBK_PART.encode("gbk") + after.encode("utf-8")
    with pytest.raises(DecodeError) as info:
        decode_bytes(data, name="page.txt")
    err = info.value
    assert err.offset == len(head)
    assert f"offset {len(head)}" in str(err)
    assert_plain_message(err, "page.txt")


def test_a_mixture_decodes_with_replacement_when_asked():
    data = UTF8_PART.encode() + GBK_PART.encode("gbk") + UTF8_PART.encode()
    got = decode_bytes(data, errors="replace")
    assert got.encoding == "utf-8" and got.confidence < 0.5
    assert got.text.startswith(UTF8_PART) and got.text.endswith(UTF8_PART) and "\ufffd" in got.text


@pytest.mark.parametrize(
    ("data", "offset"),
    [
        ("中文内容的报纸".encode("gbk") * 20 + b"\xff" + "中文".encode("gbk"), 280),
        ("湖南日报".encode("utf-8") * 3 + "日".encode("utf-8")[:2], 36),
        (b"\xff\xfe" + "ab".encode("utf-16-le") + b"c", 6),
    ],
    ids=["gb18030 with a bad byte", "utf-8 cut short", "utf-16 BOM odd length"],
)
def test_undecodable_bytes_are_reported_with_their_offset(data, offset):
    with pytest.raises(DecodeError) as info:
        decode_bytes(data, name="page.txt")
    assert info.value.offset == offset
    assert f"offset {offset}" in str(info.value)
    assert_plain_message(info.value, "page.txt")


def test_latin_guess_for_high_bit_data_is_not_accepted():
    data = ("Привет мир, это тест. " * 20).encode("koi8-r")
    with pytest.raises(DecodeError, match="cannot decode"):
        decode_bytes(data, name="ru.txt")
    assert decode_bytes(data, encoding="koi8-r").text.startswith("Привет мир")


def test_mostly_ascii_latin1_still_decodes():
    text = "Le café est très bon, naïve façade.\n" * 10
    got = decode_bytes(text.encode("latin-1"))
    assert got.text == text and got.confidence < 1.0


# --------------------------------------------------------------------------- forcing an encoding

@pytest.mark.parametrize(
    ("data", "encoding", "errors", "text", "used"),
    [
        (b"abc\xffdef", "utf-8", "replace", "abc\ufffddef", "utf-8"),
        (b"abc\xffdef", "UTF8", "ignore", "abcdef", "utf-8"),
        ("中文".encode("gbk") + b"\xff", "GBK", "replace", "中文\ufffd", "gbk"),
        ("中文".encode("gb18030"), "gb18030", "strict", "中文", "gb18030"),
        (b"caf\xe9", "latin1", "strict", "café", "iso8859-1"),
        (BOM8 + b"abc", "utf-8", "strict", "abc", "utf-8-sig"),
        ("abc".encode("utf-16"), "utf-16", "strict", "abc", "utf-16-le"),
        (BOM16LE + "abc".encode("utf-16-le"), "utf-16-le", "strict", "abc", "utf-16-le"),
    ],
)
def test_forced_encoding(data, encoding, errors, text, used):
    got = decode_bytes(data, encoding=encoding, errors=errors)
    assert (got.text, got.encoding, got.confidence) == (text, used, 1.0)


def test_forced_encoding_that_fails_reports_the_offset():
    with pytest.raises(DecodeError) as info:
        decode_bytes("中文".encode("utf-8") + b"\xff!", name="a.txt", encoding="utf-8")
    assert info.value.offset == 6 and "offset 6" in str(info.value)
    assert "--errors replace" in str(info.value)
    assert_plain_message(info.value, "a.txt")


@pytest.mark.parametrize("name", ["no-such-codec", "", "base64", "rot13", "utf-9"])
def test_unknown_encoding_name_is_a_clear_error(name):
    with pytest.raises(DecodeError) as info:
        decode_bytes(b"abc", name="a.txt", encoding=name)
    assert info.value.reason == "encoding"
    assert repr(name) in str(info.value)
    assert_plain_message(info.value, "a.txt")


def test_unknown_error_handler_is_a_clear_error():
    with pytest.raises(DecodeError, match="xmlcharrefreplace"):
        decode_bytes(b"abc", name="a.txt", errors="xmlcharrefreplace")


# --------------------------------------------------------------------------- encoding names

@pytest.mark.parametrize(
    ("name", "codec"),
    [
        ("GB2312", "gb18030"),
        ("GBK", "gb18030"),
        ("gb18030", "gb18030"),
        ("EUC-CN", "gb18030"),
        ("Big5", "big5hkscs"),
        ("ascii", "utf-8"),
        ("utf-8", "utf-8"),
        ("UTF-16LE", "utf-16-le"),
        ("ISO-8859-1", "iso8859-1"),
        ("windows-1252", "cp1252"),
        ("Windows-1251", "cp1251"),
        ("KOI8-R", "koi8-r"),
        ("SHIFT_JIS", "shift_jis"),
        ("EUC-KR", "cp949"),
        ("MacRoman", "mac-roman"),
        ("EUC-TW", None),
        (None, None),
        ("", None),
    ],
)
def test_normalize_encoding_name(name, codec):
    assert normalize_encoding_name(name) == codec


# --------------------------------------------------------------------------- split_lines

@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("", []),
        ("\n", [""]),
        ("\r\n", [""]),
        ("\r", [""]),
        ("a", ["a"]),
        ("a\nb", ["a", "b"]),
        ("a\nb\n", ["a", "b"]),
        ("a\n\n", ["a", ""]),
        ("a\r\nb\rc\nd", ["a", "b", "c", "d"]),
        ("\r\r\n", ["", ""]),
        ("\n\r", ["", ""]),
        ("a\x0bb\x0cc", ["a\x0bb\x0cc"]),
        ("a\x85b\u2028c\u2029d", ["a\x85b\u2028c\u2029d"]),
        ("a\x1cb\x1dc\x1ed\n", ["a\x1cb\x1dc\x1ed"]),
        ("一\u2028二\n三\x0c四\r\n", ["一\u2028二", "三\x0c四"]),
        ("  \n\t\n", ["  ", "\t"]),
    ],
)
def test_split_lines(text, lines):
    assert split_lines(text) == lines


@given(st.text(alphabet=["a", "中", " ", "\r", "\n", "\x0b", "\x0c", "\x85", "\u2028", "\u2029", "\x1e"]))
def test_split_lines_matches_the_reference(text):
    assert split_lines(text) == reference_lines(text)


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
def test_split_lines_counts_a_million_lines(end):
    # its speed is printed by tests/perf/bench_reflow.py (decode+split stage), not asserted
    text = end.join(f"第{i % 100}行" for i in range(1_000_000)) + end
    lines = split_lines(text)
    assert len(lines) == 1_000_000 and lines[-1] == "第99行"


# --------------------------------------------------------------------------- read_source

def test_read_source_missing_path(tmp_path):
    path = tmp_path / "nope.txt"
    with pytest.raises(SourceError) as info:
        read_source(path)
    assert info.value.reason == "missing" and isinstance(info.value, DecodeError)
    assert "no such file" in str(info.value)
    assert_plain_message(info.value, str(path))


def test_read_source_missing_parent_folder(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(SourceError, match="no such file"):
        read_source(tmp_path / "file" / "child.txt")


def test_read_source_directory(tmp_path):
    with pytest.raises(SourceError) as info:
        read_source(tmp_path)
    assert info.value.reason == "directory" and "folder" in str(info.value)
    assert_plain_message(info.value, str(tmp_path))


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read anything")
def test_read_source_unreadable(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("机密", encoding="utf-8")
    path.chmod(0)
    try:
        with pytest.raises(SourceError) as info:
            read_source(path)
        assert info.value.reason == "permission" and "permission" in str(info.value)
        assert_plain_message(info.value, str(path))
    finally:
        path.chmod(0o600)


def test_read_source_too_large(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 2048)
    with pytest.raises(SourceError) as info:
        read_source(path, max_bytes=1024)
    assert info.value.reason == "too-large" and "too large" in str(info.value)
    assert read_source(path, max_bytes=2048).text == "x" * 2048


def test_read_source_not_a_regular_file(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(SourceError, match="not a regular file"):
        read_source(fifo)


def test_read_source_empty_file_and_forced_encoding(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert read_source(empty).text == "" and read_source(empty).encoding == "utf-8"
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"ok\xff")
    assert read_source(bad, encoding="utf-8", errors="replace").text == "ok\ufffd"


# --------------------------------------------------------------------------- the awkward corpus

def _load_make_awkward():
    spec = importlib.util.spec_from_file_location("make_awkward", MAKE_AWKWARD)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_awkward_corpus_meets_every_expectation(tmp_path):
    expected = _load_make_awkward().make_all(tmp_path)
    assert len(expected) >= 25 and any(e["ok"] for e in expected.values()) and not all(e["ok"] for e in expected.values())
    assert not (tmp_path / "big_single_line.txt").exists()
    problems = []
    for name, exp in expected.items():
        path = tmp_path / name
        for how, run in (("read_source", lambda: read_source(path)), ("decode_bytes", lambda: decode_bytes(path.read_bytes(), name=name))):
            try:
                got = run()
            except DecodeError as err:
                if exp["ok"]:
                    problems.append(f"{how} {name}: unexpected error {err}")
                elif exp["error_contains"] not in str(err):
                    problems.append(f"{how} {name}: {exp['error_contains']!r} not in {str(err)!r}")
                elif not 1 <= len(str(err).splitlines()) <= 2 or "Traceback" in str(err):
                    problems.append(f"{how} {name}: message not plain: {str(err)!r}")
                continue
            if not exp["ok"]:
                problems.append(f"{how} {name}: decoded as {got.encoding}, expected an error")
                continue
            lines = split_lines(got.text)
            if len(lines) != exp["lines"]:
                problems.append(f"{how} {name}: {len(lines)} lines, expected {exp['lines']}")
            if exp["contains"] not in got.text:
                problems.append(f"{how} {name}: {exp['contains']!r} missing")
            if "encoding" in exp and got.encoding != exp["encoding"]:
                problems.append(f"{how} {name}: encoding {got.encoding}, expected {exp['encoding']}")
            want = exp.get("warning")
            if (want is None) != (got.warning is None) or (want and want not in got.warning):
                problems.append(f"{how} {name}: warning {got.warning!r}, expected {exp.get('warning')!r}")
    assert problems == []


def test_read_at_most_reads_a_pipe_and_stops_at_the_limit():
    # a pipe's size is 0 to fstat: the read goes on in pieces, and stops at the limit
    from app.decoding.read import read_at_most
    r, w = os.pipe()
    os.write(w, b"x" * 5000)
    os.close(w)
    with os.fdopen(r, "rb") as fh:
        assert read_at_most(fh, 4097) == b"x" * 4097


def test_read_at_most_reads_past_the_size_it_was_told(tmp_path, monkeypatch):
    # a file that grows after its size was taken is read on to the limit
    from app.decoding import read as reading
    path = tmp_path / "growing.txt"
    path.write_bytes(b"a" * 10)
    real_fstat = os.fstat
    with open(path, "rb") as fh, open(path, "ab") as grow:
        def fstat_then_grow(fd):
            seen = real_fstat(fd)
            grow.write(b"b" * 3000)
            grow.flush()
            return seen
        monkeypatch.setattr(reading.os, "fstat", fstat_then_grow)
        assert reading.read_at_most(fh, 1 << 20) == b"a" * 10 + b"b" * 3000
    monkeypatch.undo()
    with open(path, "rb") as fh:
        assert reading.read_at_most(fh, 2000) == b"a" * 10 + b"b" * 1990


def test_a_page_and_a_session_read_under_an_address_space_limit(tmp_path):
    # Some clusters run jobs under `ulimit -v`: reading a page of a few kilobytes must not
    # reserve the size limit (512 MiB for a page, 1 GiB for a session) first.
    import subprocess
    import sys
    pytest.importorskip("resource", reason="no address-space limits on this system")
    root, sample = Path(__file__).resolve().parents[1], SAMPLE
    code = f"""
import resource, sys
sys.path.insert(0, {str(root)!r})
from app.cli import main
from app.loader import load_page
from app.session import read_session, save_session
resource.setrlimit(resource.RLIMIT_AS, (450 << 20, 450 << 20))
doc = load_page({str(sample)!r})
save_session(doc, {str(tmp_path / 'page.zw.json')!r})
print(len(read_session({str(tmp_path / 'page.zw.json')!r})[0].text))
try:
    main(["reflow", {str(sample)!r}, "-o", {str(tmp_path / 'out.json')!r}])
except SystemExit as e:
    sys.exit(e.code)
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout.split()[0]) > 800
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["articles"]
