"""Reader for token-annotated XML: ``<DOCUMENT><P><W> शब्द </W>…</P>…</DOCUMENT>``.

The Hindi disaster-event corpus (FIRE-style, ``events/hindi-disaster``) stores each article as
one XML file whose words sit in ``<W>`` elements, wrapped in annotation elements (``<PLACE-ARG>``,
``<NATURAL_EVENT>``, ``<LINK/>``) and grouped in ``<P>`` paragraphs. Read as plain text the markup
stays in the article and most files end with no text at all; read as HTML, lxml finds no page.
This reader rebuilds the text the annotators saw: the words of each paragraph joined by one space
(XML entities decoded, empty words dropped), one paragraph per line, blank lines between.

Older files open with an *embedded id* paragraph (``navbharat_2004_8_13_813123``,
``fullnews_id_4813989.utf8``): it is not article text, so it leaves the text and is kept in
``extra["embedded_id"]``. Metadata comes only from what the corpus states (the dev gold's README
lists the same rules): the date from ``navbharat_Y_M_D`` in the file name or embedded id, or from
a 14-digit ``yyyymmddhhmmss`` id in the file name; the outlet Navbharat Times from such a name,
Dainik Jagran from a ``jagran`` file name or a जागरण/जेएनएन credit in the first 250 characters.
``fullnews_…_date_D_M_YYYY`` names and batch suffixes (``_24_08_2018``) are not publication dates
(one file's name and embedded id disagree by eleven days), so they are not used.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import re
from pathlib import PurePath

from ..config import Config
from ..errors import E, KhabarError
from ..model import Article
from .decode import decode_bytes

# The sniff: an XML document whose root is DOCUMENT and that holds <W> tokens.
_ROOT = re.compile(rb"^\s*(?:<\?xml[^>]*\?>\s*)?<DOCUMENT\b")
_PARA = re.compile(r"<P\b[^>]*>(.*?)</P>", re.S)
_WORD = re.compile(r"<W>(.*?)</W>", re.S)
_EMBEDDED_ID = re.compile(r"^(?:navbharat_\d{4}_\d{1,2}_\d{1,2}_\d+|fullnews_id_\S+)$")
_NAVBHARAT_DATE = re.compile(r"navbharat_(\d{4})_(\d{1,2})_(\d{1,2})_\d+")
_NUMERIC_ID_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})\d{6}(?!\d)")
_JAGRAN_CREDIT = re.compile(r"जागरण|जेएनएन")
# How far into the text a credit line names the outlet (the dev gold's rule).
CREDIT_CHARS = 250


def is_token_xml(head: bytes) -> bool:
    """True for a ``<DOCUMENT>`` XML file holding ``<W>`` tokens (``head``: first bytes)."""
    body = head.lstrip(b"\xef\xbb\xbf")
    return bool(_ROOT.match(body)) and b"<W>" in body


def _paragraphs(xml: str) -> list[str]:
    """Words of each paragraph joined by one space; paragraphs without words are dropped."""
    chunks = _PARA.findall(xml) or [xml]
    out = []
    for chunk in chunks:
        words = (html.unescape(w).strip() for w in _WORD.findall(chunk))
        line = " ".join(w for w in words if w)
        if line:
            out.append(line)
    return out


def _date_from(name: str) -> str | None:
    for pattern in (_NAVBHARAT_DATE, _NUMERIC_ID_DATE):
        m = pattern.search(name)
        if m:
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
            except ValueError:
                continue
    return None


def read_token_xml(name: str, data: bytes, config: Config) -> Article:
    """The article of one token-XML file (``name``: its path); E018 when it holds no words."""
    decoded = decode_bytes(data, where=name, max_bad_ratio=config.max_bad_utf8_ratio)
    paragraphs = _paragraphs(decoded.text)
    embedded = paragraphs[0] if paragraphs and _EMBEDDED_ID.match(paragraphs[0]) else None
    if embedded:
        paragraphs = paragraphs[1:]
    if not paragraphs:
        raise KhabarError(E.E018, where=name, detail="no <W> words")
    text = "\n\n".join(paragraphs) + "\n"
    art = Article(
        id=hashlib.sha256(text.encode("utf-8")).hexdigest()[:16],
        text=text,
        source_path=name,
        source_kind="tokenxml",
        raw_sha256=decoded.sha256,
        encoding=decoded.encoding,
        warnings=list(decoded.warnings),
    )
    art.provenance["id"] = "content-hash"
    base = PurePath(name).name
    if embedded:
        art.extra["embedded_id"] = embedded
    for where, value in (("filename", base), ("embedded id", embedded or "")):
        date = _date_from(value)
        if date and not art.dct:
            art.set_meta("dct", date, where)
        if value.startswith("navbharat_") and not art.outlet:
            art.set_meta("outlet", "Navbharat Times", where)
    if not art.outlet and ("jagran" in base.lower() or _JAGRAN_CREDIT.search(text[:CREDIT_CHARS])):
        art.set_meta(
            "outlet", "Dainik Jagran", "filename" if "jagran" in base.lower() else "credit"
        )
    return art
