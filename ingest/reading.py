"""Read a transcript file as text, refusing what is not text."""
from __future__ import annotations

from pathlib import Path

from quidit.errors import InputError

ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Return (text, encoding used). Raise InputError for empty or binary data."""
    if not data.strip():
        raise InputError(f"{name}: file is empty; put the transcript text in it or remove it from the corpus folder")
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
