"""The index manifest: what an index was built from, and the rules for when it is stale or unusable.

One record for both stores (the `files` folder keeps it as manifest.json, Milvus in the collection's
description). Every error names the command that repairs the index.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from quidit.errors import IndexStoreError

FORMAT_VERSION = 5  # 4: passages carry start_s/end_s (page may be null); participants carry honorific/labels; 5: passages carry genre
REBUILD = "run `quidit index --rebuild` to rebuild it"

INGEST_RULES = "(quidit reading rules)"  # corpus_files' entry for the ingest code's hash; no transcript is named so


@dataclass(frozen=True)
class EncoderInfo:
    """The two facts that decide whether vectors can be mixed (other keys of older manifests are ignored)."""

    model_id: str
    dim: int


@dataclass(frozen=True)
class Manifest:
    format_version: int
    encoder: EncoderInfo
    chunking: dict
    corpus_files: dict[str, str]  # source file name -> SHA-256: a changed corpus makes the index stale
    files: dict[str, str] = field(default_factory=dict)  # index file -> SHA-256 (files store only)

    # --- reading and writing ------------------------------------------------------
    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, text: str, where: str, rebuild: str = REBUILD) -> "Manifest":
        """Parse and type-check; any damage is one IndexStoreError line naming `where` and the repair."""
        try:
            d = json.loads(text)
        except (json.JSONDecodeError, UnicodeDecodeError, TypeError):
            raise IndexStoreError(f"{where}: manifest is corrupt (not JSON); {rebuild}") from None
        if not isinstance(d, dict):
            raise IndexStoreError(f"{where}: manifest is not a JSON object; {rebuild}")
        version = d.get("format_version")
        if not isinstance(version, int) or isinstance(version, bool):
            raise IndexStoreError(f"{where}: manifest field 'format_version' should be an integer; {rebuild}")
        if version > FORMAT_VERSION:  # before the other fields: a newer quidit may have changed them
            raise IndexStoreError(f"{where}: index built by a newer quidit (format {version}, this one reads {FORMAT_VERSION}); "
                                  f"upgrade quidit, or {rebuild}")

        def typed(name: str, kind: type, values: type | None = None):
            v = d.get(name, {} if name == "files" else None)
            if not isinstance(v, kind) or (values and not all(isinstance(x, values) for x in v.values())):
                raise IndexStoreError(f"{where}: manifest field {name!r} should be a JSON "
                                      f"{'object' if kind is dict else kind.__name__}; {rebuild}")
            return v

        enc = typed("encoder", dict)
        try:
            encoder = EncoderInfo(str(enc["model_id"]), int(enc["dim"]))
        except (KeyError, TypeError, ValueError):
            raise IndexStoreError(f"{where}: manifest field 'encoder' needs model_id and dim; {rebuild}") from None
        return cls(version, encoder, typed("chunking", dict), typed("corpus_files", dict, str), typed("files", dict, str))

    # --- the rules -----------------------------------------------------------------
    def refuse_other_encoder(self, where: str, model_id: str, dim: int, rebuild: str = REBUILD) -> None:
        """Vectors of two models never mix: an index of another model is an error, not a silent rebuild."""
        if self.encoder.model_id != model_id or self.encoder.dim != dim:
            raise IndexStoreError(f"{where}: built with {self.encoder.model_id} (dim {self.encoder.dim}), "
                                  f"not {model_id} (dim {dim}); {rebuild}")

    def stale_reason(self, chunking: dict, corpus_files: dict[str, str]) -> str | None:
        """Why the index must be rebuilt or refreshed, or None when it is current."""
        if self.format_version < FORMAT_VERSION:
            return f"index format {self.format_version} is older than {FORMAT_VERSION}"
        if self.chunking != chunking:
            return "chunking changed"
        if self.corpus_files != corpus_files:
            changed = {k for k in self.corpus_files.keys() | corpus_files.keys() if self.corpus_files.get(k) != corpus_files.get(k)}
            return "quidit's reading rules changed" if changed == {INGEST_RULES} else "corpus changed"
        return None

    def reusable_for(self, model_id: str, chunking: dict) -> bool:
        """Can a refresh reuse this index's vectors (same model, same passages boundaries)?"""
        return self.format_version == FORMAT_VERSION and self.encoder.model_id == model_id and self.chunking == chunking
