"""Read a transcript file as text, refusing what is not text."""
from __future__ import annotations

import codecs
from pathlib import Path

from quidit.errors import InputError

ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")


def _utf16(data: bytes) -> str | None:
    """UTF-16 by its byte-order mark, or without one by the zero high bytes of Latin text
    (Word and Windows tools save "Unicode text" this way). Other text never has that many NULs."""
    if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return "utf-16"
    sample = data[:8192]
    half = len(sample) // 2
    if half < 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > 0.3 * half and even < 0.02 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.02 * half:
        return "utf-16-be"
    return None


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Return (text, encoding used): UTF-16 (by BOM or NUL pattern), else UTF-8, cp1252, latin-1.
    Raise InputError for empty or binary data."""
    if not data.strip():
        raise InputError(f"{name}: file is empty; put the transcript text in it or remove it from the corpus folder")
    utf16 = _utf16(data)
    if utf16:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError as e:
            raise InputError(f"{name}: looks like {utf16.upper()} but is damaged at byte {e.start}; "
                             "re-save it as UTF-8") from None
        if not text.strip("\ufeff \t\r\n"):
            raise InputError(f"{name}: file is empty; put the transcript text in it or remove it from the corpus folder")
        head = text[:4096]
        if sum(1 for c in head if c < " " and c not in "\t\n\f\r") > len(head) * 0.05:
            raise InputError(f"{name}: looks binary, not text; export the transcript as a .txt file (UTF-8)")
        return text.lstrip("\ufeff"), utf16
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if b"\x00" in sample or controls > len(sample) * 0.05:
        raise InputError(f"{name}: looks binary, not text; export the transcript as a .txt file (UTF-8)")
    for enc in ENCODINGS:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        return text, ("utf-8" if enc == "utf-8-sig" else enc)
    raise InputError(f"{name}: cannot decode as UTF-8, cp1252 or latin-1; re-save it as UTF-8")  # pragma: no cover


def read_transcript(path: Path) -> tuple[str, str]:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror}); check the path and permissions") from None
    return decode(data, path.name)
