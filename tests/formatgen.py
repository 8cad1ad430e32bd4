"""Write speaker turns in each transcript format (for property tests): the words go in, the readers must give them back."""
import io
import json


def ts(s: float, sep: str = ".") -> str:
    ms = int(round(s * 1000))
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}{sep}{ms % 1000:03d}"


def vtt_voice(turns):
    out, t = ["WEBVTT", ""], 0.0
    for name, words in turns:
        out += [f"{ts(t)} --> {ts(t + 2)}", f"<v {name}>{' '.join(words)}</v>", ""]
        t += 2
    return "\n".join(out).encode()


def vtt_zoom(turns):
    out, t = ["WEBVTT", ""], 0.0
    for i, (name, words) in enumerate(turns, 1):
        out += [str(i), f"{ts(t)} --> {ts(t + 2)}", f"{name}: {' '.join(words)}", ""]
        t += 2
    return "\n".join(out).encode()


def srt_prefix(turns):
    out, t = [], 0.0
    for i, (name, words) in enumerate(turns, 1):
        half = len(words) // 2  # the second half is an unprefixed cue: it continues the speaker
        out += [str(2 * i - 1), f"{ts(t, ',')} --> {ts(t + 1, ',')}", f"{name}: {' '.join(words[:half])}".rstrip(), ""]
        out += [str(2 * i), f"{ts(t + 1, ',')} --> {ts(t + 2, ',')}", " ".join(words[half:]) or "", ""]
        t += 2
    return "\n".join(out).encode()


def whisperx(turns):
    return json.dumps({"segments": [{"start": 2.0 * i, "end": 2.0 * i + 2, "text": " " + " ".join(w), "speaker": n}
                                    for i, (n, w) in enumerate(turns)]}).encode()


def assemblyai(turns):
    return json.dumps({"utterances": [{"start": 2000 * i, "end": 2000 * i + 2000, "text": " ".join(w), "speaker": n}
                                      for i, (n, w) in enumerate(turns)]}).encode()


def docx_teams(turns):
    import docx

    d = docx.Document()
    for i, (name, words) in enumerate(turns):
        d.add_paragraph(f"{name}   0:{i // 60:02d}:{i % 60:02d}")
        d.add_paragraph(" ".join(words))
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _pdf_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_lines(pages: list[list[str]]) -> bytes:
    """A minimal PDF with a text layer: one Helvetica line per string, pages as given."""
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", None, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for lines in pages:
        body = "BT /F1 10 Tf 50 780 Td 12 TL " + " ".join(f"({_pdf_escape(x)}) Tj T*" for x in lines) + " ET"
        stream = body.encode("latin-1")
        objs.append(f"<< /Length {len(stream)} >>\nstream\n{body}\nendstream")
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents {len(objs)} 0 R >>")
        kids.append(len(objs))
    objs[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
    out, offsets = b"%PDF-1.4\n", []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def pdf_script(turns, per_line: int = 7, per_page: int = 30):
    lines = []
    for name, words in turns:
        chunks = [words[i:i + per_line] for i in range(0, len(words), per_line)] or [[]]
        lines.append(f"{name}: {' '.join(chunks[0])}".rstrip())
        lines += [" ".join(c) for c in chunks[1:]]
    return pdf_lines([lines[i:i + per_page] for i in range(0, len(lines), per_page)])
