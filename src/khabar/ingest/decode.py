"""Bytes to text: encoding detection and decoding.

The decoded text keeps the code points exactly as written (only line endings become ``\n``), so
character offsets cite the original: NFC would rewrite precomposed nukta letters such as ``ज़``
(U+095B, a composition exclusion) into two code points and shift every later offset. NFC and
Devanagari folding are applied where text is *compared*: the search index, queries and matching
keys (``khabar.lang.normalise``), each with an offset map back to this text.

UTF-8 is tried first (almost all Hindi news is UTF-8). A text with a few bad bytes (a crawl that
spliced two encodings) is kept with the bad bytes replaced and a warning, rather than re-decoded
wholesale by a guesser that would turn every Devanagari letter into mojibake. Only text that is
mostly not UTF-8 goes to charset-normalizer.

A byte-order mark decides outright (UTF-32 before UTF-16: the UTF-32 LE mark starts with the
UTF-16 LE one), so UTF-16 Hindi is never read as UTF-8 with replacements. Among the single-byte
Latin code pages the guesser cannot tell apart on short texts (French read as cp1250 turns "à"
into "ŕ"), Windows-1252 wins whenever it decodes the bytes: it is the superset of Latin-1 that
Western news sites emit, and the Central European pages are the rarer kind.
"""

from __future__ import annotations

import contextlib
import hashlib
from dataclasses import dataclass, field

from charset_normalizer import from_bytes

from ..errors import E, KhabarError

# Control bytes other than \t \n \r \f make a file binary when they exceed this share of the
# first 8 KB (PDFs, images and archives run far above it; real text is at 0).
_BINARY_CONTROL_RATIO = 0.02
# The control bytes that count against a text (all below 32 but tab, newline, form feed and
# carriage return): deleted with ``bytes.translate`` to count them, in C. Counting them with a
# Python loop over the 8 KB head, twice per file read (the sniff and the decoder), took
# 0.8 ms a file in the main process of ingest (round sc28, issue 16).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
# Byte-order marks in the order they must be tested (longest first where one prefixes another).
BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)
# Code pages charset-normalizer may answer for Latin-script text; cp1252 is preferred among them.
_LATIN_SINGLE_BYTE = frozenset({
    "cp1250", "cp1252", "cp1254", "cp1257", "latin_1", "iso8859_2", "iso8859_3", "iso8859_4",
    "iso8859_9", "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16",
    "mac_latin2", "mac_roman", "mac_iceland", "mac_turkish", "cp850", "cp852", "cp437",
})


@dataclass
class Decoded:
    text: str
    encoding: str
    sha256: str
    warnings: list[str] = field(default_factory=list)


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if not head or bom_encoding(head) is not None:
        return False
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls / len(head) > _BINARY_CONTROL_RATIO


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``data`` declares, if any."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding
    return None


def decode_bytes(data: bytes, where: str = "", max_bad_ratio: float = 0.01) -> Decoded:
    """Decode ``data`` to text, or raise a one-line :class:`KhabarError`."""
    digest = hashlib.sha256(data).hexdigest()
    if not data.strip():
        raise KhabarError(E.E002, where=where)
    if looks_binary(data):
        raise KhabarError(E.E003, where=where, detail="control or NUL bytes")
    warnings: list[str] = []
    marked = bom_encoding(data)
    if marked is not None and marked != "utf-8":
        bom = next(b for b, enc in BOMS if enc == marked)
        try:
            text = data[len(bom):].decode(marked)
        except UnicodeDecodeError as exc:
            raise KhabarError(E.E004, where=where, detail=f"bad {marked} at byte {exc.start}") from None
        if not text.strip():
            raise KhabarError(E.E002, where=where)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        return Decoded(text=text, encoding=marked, sha256=digest, warnings=warnings)
    if marked == "utf-8":
        data = data[3:]
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError as exc:
        replaced = data.decode("utf-8", errors="replace")
        bad = replaced.count("\ufffd")
        if bad / max(len(replaced), 1) <= max_bad_ratio:
            text, encoding = replaced, "utf-8"
            warnings.append(
                f"{bad} invalid UTF-8 byte sequence(s) replaced (first at byte {exc.start})"
            )
        else:
            best = from_bytes(data).best()
            if best is None:
                raise KhabarError(E.E004, where=where, detail="no encoding fits") from None
            text, encoding = str(best), best.encoding
            if encoding in _LATIN_SINGLE_BYTE:
                with contextlib.suppress(UnicodeDecodeError):  # undefined in cp1252: keep guess
                    text, encoding = data.decode("cp1252"), "cp1252"
            warnings.append(f"decoded as {encoding} (not UTF-8)")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Decoded(text=text, encoding=encoding, sha256=digest, warnings=warnings)
