"""The four text extractors the pages are read with, each called the ordinary way, returning
the text exactly as the tool gives it (line ends included: pdfium's are CRLF).

  pdftotext  poppler's pdftotext in its default (reading order) mode
  raw        pdftotext -raw: content-stream order
  pdfminer   pdfminer.six's extract_text with its default layout parameters
  pdfium     pypdfium2: the page's text page, get_text_range()
"""
import importlib.util
import shutil
import subprocess
from pathlib import Path

FONT_FILE = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

EXTRACTORS = ("pdftotext", "raw", "pdfminer", "pdfium")


def missing():
    """What is not installed, in words a person can act on (empty when all are there)."""
    out = []
    if shutil.which("pdftotext") is None:
        out.append("pdftotext (apt-get install poppler-utils)")
    for module, package in (("pdfminer", "pdfminer.six"), ("pypdfium2", "pypdfium2")):
        if importlib.util.find_spec(module) is None:
            out.append(f"{package} (pip install -e '.[pdf]')")
    if not Path(FONT_FILE).exists():
        out.append("the CJK font (apt-get install fonts-wqy-microhei)")
    return out


def _pdftotext(path, *flags):
    proc = subprocess.run(["pdftotext", *flags, "-enc", "UTF-8", str(path), "-"],
                          capture_output=True, check=True)
    return proc.stdout.decode("utf-8")


def extract(path, tool):
    if tool == "pdftotext":
        return _pdftotext(path)
    if tool == "raw":
        return _pdftotext(path, "-raw")
    if tool == "pdfminer":
        from pdfminer.high_level import extract_text
        return extract_text(str(path))
    if tool == "pdfium":
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(str(path))
        try:
            texts = []
            for i in range(len(doc)):
                page = doc[i]
                textpage = page.get_textpage()
                texts.append(textpage.get_text_range())
                textpage.close()
                page.close()
            return "\r\n".join(texts)
        finally:
            doc.close()
    raise ValueError(f"unknown extractor {tool!r}; one of {', '.join(EXTRACTORS)}")
