"""The control characters of a UTF-8 page are looked for in its bytes, not counted in its
text: wherever the bytes say there are none, the text's count is none (strict or lenient
reading), and a strict reading without any is seen so."""
from hypothesis import given, settings
from hypothesis import strategies as st

from app.decoding.textstats import controls, utf8_without_controls

# bytes near the edges: controls, the C1 range after 0xC2 (NEL allowed), CJK, stray bytes
_PIECES = st.sampled_from([b"a", b"\n", b"\t", b"\x1b", b"\x00", b"\x07", b"\x7f", b"\xc2", b"\xc2\x85",
                           b"\xc2\x80", b"\xc2\x9f", b"\xc2\xb7", b"\xc2\xa0", "中".encode(), b"\x80", b"\xe4"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=20), st.sampled_from(["strict", "replace", "ignore", "backslashreplace"]))
def test_bytes_without_control_bytes_read_as_text_without_controls(pieces, errors):
    data = b"".join(pieces)
    try:
        text = data.decode("utf-8", errors)
    except UnicodeDecodeError:
        return
    if utf8_without_controls(data):
        assert controls(text) == 0
    elif errors == "strict":
        assert controls(text) > 0
