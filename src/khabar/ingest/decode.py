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
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from charset_normalizer import from_bytes

from ..errors import E, KhabarError

# Control bytes other than \t \n \r \f make a file binary when they exceed this share of the
# first 8 KB (PDFs, images and archives run far above it; real text is at 0).
_BINARY_CONTROL_RATIO = 0.02
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


@dataclass
class Decoded:
    text: str
    encoding: str
    sha256: str
    warnings: list[str] = field(default_factory=list)


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if not head or head.startswith(_BOMS):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(head) > _BINARY_CONTROL_RATIO


def decode_bytes(data: bytes, where: str = "", max_bad_ratio: float = 0.01) -> Decoded:
    """Decode ``data`` to text, or raise a one-line :class:`KhabarError`."""
    digest = hashlib.sha256(data).hexdigest()
    if not data.strip():
        raise KhabarError(E.E002, where=where)
    if looks_binary(data):
        raise KhabarError(E.E003, where=where, detail="control or NUL bytes")
    warnings: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
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
            warnings.append(f"decoded as {encoding} (not UTF-8)")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Decoded(text=text, encoding=encoding, sha256=digest, warnings=warnings)
