"""The `milvus` store: passages, sentence vectors and the manifest in Milvus, through pymilvus' MilvusClient.

`milvus:PATH.db` is Milvus Lite (embedded, the `milvus-lite` package); `http://HOST:19530` a Milvus
standalone or cluster; the same client code serves both. Per corpus and encoder, three collections:

- `<base>_p` passages: dense vector, a BM25 sparse vector that Milvus' own BM25 function computes from
  quidit's normalised French text (lower-cased, accents folded, Snowball-stemmed, stop words removed, by
  index/lexical.py; Milvus Lite only has the standard analyzer, so normalising before storing makes Lite
  and a server agree), speaker and source as scalar fields for filter expressions, the passage as JSON;
- `<base>_s` the sentence vectors an answer quotes from, by passage;
- `<base>_m` the manifest and participants (Milvus wants a vector field in every collection: a 2-d zero).

Rows are keyed by a hash of their content, so writes are idempotent and a refresh only embeds and writes
what changed; an interrupted build resumes where it stopped. A model, chunking or format change rebuilds
the collections; a collection of another model or a newer quidit is refused.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from pathlib import Path

import numpy as np

from quidit.errors import IndexStoreError, InputError
from quidit.index.base import PassageFilter, Ranked
from quidit.index.embedding import Embedder
from quidit.index.encoders import Encoder
from quidit.index.lexical import tokenize
from quidit.index.manifest import FORMAT_VERSION, EncoderInfo, Manifest
from quidit.index.store import BuildReport, embed_text, passage_sentences, text_hash
from quidit.ingest.pipeline import Transcript
from quidit.ingest.records import Participant, Passage
from quidit.settings import Retriever, StoreSpec

log = logging.getLogger(__name__)
os.environ.setdefault("GRPC_VERBOSITY", "NONE")  # gRPC's C core logs keep-alive chatter with Milvus Lite to stderr
CONNECT_TIMEOUT = 5.0  # seconds; an unreachable URI must fail well within 10 s
RRF_K = 60  # the same constant as index/fusion.py
# Milvus scores BM25 with Robertson's (k1 + 1) numerator (k1 = 1.2, its default); bm25s, the file store's BM25,
# uses Lucene's formula without it. Dividing puts both stores' scores on one scale, which abstention reads (the
# calibration is fitted on the file store): on the bundled report's dev questions Milvus' raw top score was 2.26 times
# bm25s' at the median (2.20 to 2.65 from the 10th to the 90th percentile).
BM25_SCALE = 1 + 1.2
BATCH = 500
MAX_SENTENCES = 16_384  # Milvus' largest search limit; an answer scores the sentences of a handful of passages
BLOB_PART = 16_000  # characters per manifest/participants row (VARCHAR max 65,535 bytes)
VARCHAR = 65_535


def rebuild_hint(spec: StoreSpec) -> str:
    return f"run `quidit index --store {spec} --rebuild` to rebuild it"


def connect(spec: StoreSpec):
    """A MilvusClient for `spec`, or one line naming the URI and the fix (exit 2)."""
    try:
        from pymilvus import MilvusClient
    except ImportError:
        raise InputError(f"{spec}: the Milvus client is not installed; pip install 'quidit[milvus]', or use --store files") from None
    # after the import (pymilvus configures its loggers then): Milvus Lite has no AllocTimestamp, and the query
    # iterator logs that (a warning, and a traceback from Lite's in-process gRPC server) before falling back
    for name in ("pymilvus", "grpc._server"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    fix = "start Milvus there, or choose another store (--store files, milvus:PATH.db)"
    try:
        if spec.uri.startswith(("http://", "https://")):
            return MilvusClient(uri=spec.uri, timeout=CONNECT_TIMEOUT)
        path = Path(spec.uri)
        if not path.parent.is_dir():
            raise InputError(f"{spec}: folder {path.parent} does not exist; create it or give another milvus:PATH.db")
        return MilvusClient(str(path))
    except InputError:
        raise
    except Exception as e:  # pymilvus raises MilvusException or grpc errors: one line, not a traceback
        msg = str(getattr(e, "message", "") or e).splitlines()[0][:160]
        raise InputError(f"{spec}: Milvus does not answer ({msg}); {fix}") from None


def collection_base(corpus: Path, model_id: str) -> str:
    """One set of collections per corpus folder and encoder (Milvus names: letters, digits, underscores)."""
    key = hashlib.sha1(str(corpus.resolve()).encode()).hexdigest()[:10]
    mkey = hashlib.sha1(model_id.encode()).hexdigest()[:6]
    name = re.sub(r"\W+", "_", corpus.resolve().name or "corpus")[:40].strip("_") or "corpus"
    return f"quidit_{name}_{key}_{mkey}"


def normalise(text: str) -> str:
    """The text Milvus' BM25 function sees: quidit's French tokens joined by spaces (the standard analyzer
    only splits them again)."""
    return " ".join(tokenize(text))


def passage_key(p: Passage) -> str:
    return text_hash(json.dumps(p.to_dict(), ensure_ascii=False, sort_keys=True))


def _quoted(values) -> str:
    return "[" + ", ".join(json.dumps(v, ensure_ascii=False) for v in values) + "]"


def filter_expr(flt: PassageFilter | None) -> str:
    parts = []
    if flt and flt.speakers is not None:
        parts.append(f"speaker in {_quoted(sorted(flt.speakers))}")
    if flt and flt.sources is not None:
        parts.append(f"source in {_quoted(sorted(flt.sources))}")
    return " and ".join(parts)


# --- schema -----------------------------------------------------------------------------
def _create(client, base: str, dim: int) -> None:
    from pymilvus import DataType, Function, FunctionType

    s = client.create_schema(auto_id=False)
    s.add_field("pk", DataType.VARCHAR, is_primary=True, max_length=64)
    s.add_field("source", DataType.VARCHAR, max_length=2048)
    s.add_field("speaker", DataType.VARCHAR, max_length=2048)
    s.add_field("lexical", DataType.VARCHAR, max_length=VARCHAR, enable_analyzer=True)
    s.add_field("passage", DataType.JSON)
    s.add_field("dense", DataType.FLOAT_VECTOR, dim=dim)
    s.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
    s.add_function(Function(name="bm25", function_type=FunctionType.BM25, input_field_names=["lexical"],
                            output_field_names=["sparse"]))
    ip = client.prepare_index_params()
    ip.add_index("dense", index_type="AUTOINDEX", metric_type="IP")
    ip.add_index("sparse", index_type="SPARSE_INVERTED_INDEX", metric_type="BM25")
    client.create_collection(f"{base}_p", schema=s, index_params=ip, consistency_level="Strong")

    s = client.create_schema(auto_id=False)
    s.add_field("pk", DataType.VARCHAR, is_primary=True, max_length=64)
    s.add_field("ppk", DataType.VARCHAR, max_length=64)
    s.add_field("start", DataType.INT64)
    s.add_field("end", DataType.INT64)
    s.add_field("dense", DataType.FLOAT_VECTOR, dim=dim)
    ip = client.prepare_index_params()
    ip.add_index("dense", index_type="AUTOINDEX", metric_type="IP")
    client.create_collection(f"{base}_s", schema=s, index_params=ip, consistency_level="Strong")

    s = client.create_schema(auto_id=False)
    s.add_field("key", DataType.VARCHAR, is_primary=True, max_length=512)
    s.add_field("value", DataType.VARCHAR, max_length=VARCHAR)
    s.add_field("v", DataType.FLOAT_VECTOR, dim=2)
    ip = client.prepare_index_params()
    ip.add_index("v", index_type="FLAT", metric_type="L2")
    client.create_collection(f"{base}_m", schema=s, index_params=ip, consistency_level="Strong")


def _drop(client, base: str) -> None:
    for suffix in ("_p", "_s", "_m"):
        if client.has_collection(base + suffix):
            client.drop_collection(base + suffix)


def _write_blob(client, base: str, key: str, text: str) -> None:
    parts = [text[i:i + BLOB_PART] for i in range(0, len(text), BLOB_PART)] or [""]
    client.delete(f"{base}_m", filter=f'key like "{key}#%"')
    client.upsert(f"{base}_m", [{"key": f"{key}#{i:05d}", "value": part, "v": [0.0, 0.0]} for i, part in enumerate(parts)])


def _read_blob(client, base: str, key: str) -> str | None:
    rows = client.query(f"{base}_m", filter=f'key like "{key}#%"', output_fields=["key", "value"])
    if not rows:
        return None
    return "".join(r["value"] for r in sorted(rows, key=lambda r: r["key"]))


def _all(client, collection: str, fields: list[str], filter: str = "") -> list[dict]:
    it = client.query_iterator(collection, batch_size=2000, filter=filter, output_fields=fields)
    out: list[dict] = []
    try:
        while batch := it.next():
            out.extend(batch)
    finally:
        it.close()
    return out


def read_manifest(client, base: str, spec: StoreSpec) -> Manifest | None:
    if not client.has_collection(f"{base}_m"):
        return None
    client.load_collection(f"{base}_m")
    text = _read_blob(client, base, "manifest")
    if text is None:  # created but never completed: a build will finish it
        return None
    return Manifest.from_json(text, f"{spec} collection {base}", rebuild_hint(spec))


# --- building -----------------------------------------------------------------------------
def build(client, base: str, spec: StoreSpec, transcripts: list[Transcript], encoder: Encoder, chunking: dict,
          embedder: Embedder, corpus_files: dict[str, str], rebuild: bool = False) -> BuildReport:
    """Write what changed; `embedder` does the batching, worker processes and progress (announcing the total
    with progress(0, total) first, which may raise to refuse the build)."""
    manifest = None
    if not rebuild:
        try:
            manifest = read_manifest(client, base, spec)
        except IndexStoreError:
            manifest = None
    half_built = manifest is None and client.has_collection(f"{base}_p") and not rebuild
    fresh = rebuild or not (half_built or (manifest and manifest.reusable_for(encoder.model_id, chunking)))
    if fresh:
        _drop(client, base)
        _create(client, base, encoder.dim)
    for suffix in ("_p", "_s", "_m"):
        client.load_collection(base + suffix)
    if half_built:  # resume an interrupted build, unless it was of another model or chunking
        have = client.describe_collection(f"{base}_p")
        dims = [f.get("params", {}).get("dim") for f in have.get("fields", []) if f.get("name") == "dense"]
        if dims and int(dims[0]) != encoder.dim:
            _drop(client, base)
            _create(client, base, encoder.dim)
            fresh = True
    passages = [p for t in transcripts for p in t.passages]
    keys = [passage_key(p) for p in passages]
    existing = set() if fresh else {r["pk"] for r in _all(client, f"{base}_p", ["pk"])}
    new = [i for i, k in enumerate(keys) if k not in existing]
    sentences = [(i, a, b) for i in new for a, b in passage_sentences(passages[i].text)]
    total = embedder.plan([embed_text(passages[i]) for i in new] + [passages[i].text[a:b] for i, a, b in sentences], text_hash)
    if embedder.progress:
        embedder.progress(0, total)
    for s in range(0, len(new), BATCH):  # passages and their sentences batch by batch: a kill loses one batch at most
        chunk = new[s:s + BATCH]
        vecs = embedder([embed_text(passages[i]) for i in chunk], text_hash, "passages")
        rows = [{"pk": keys[i], "source": passages[i].source, "speaker": passages[i].speaker or "",
                 "lexical": normalise(embed_text(passages[i])), "passage": passages[i].to_dict(), "dense": v.tolist()}
                for i, v in zip(chunk, vecs)]
        in_chunk = set(chunk)
        sents = [(i, a, b) for i, a, b in sentences if i in in_chunk]
        svecs = embedder([passages[i].text[a:b] for i, a, b in sents], text_hash, "sentences")
        srows = [{"pk": text_hash(f"{keys[i]}:{a}:{b}"), "ppk": keys[i], "start": a, "end": b, "dense": v.tolist()}
                 for (i, a, b), v in zip(sents, svecs)]
        if srows:
            client.upsert(f"{base}_s", srows)
        client.upsert(f"{base}_p", rows)  # the passage last: present means complete
    gone = sorted(existing - set(keys))
    for s in range(0, len(gone), BATCH):
        chunk = _quoted(gone[s:s + BATCH])
        client.delete(f"{base}_s", filter=f"ppk in {chunk}")
        client.delete(f"{base}_p", filter=f"pk in {chunk}")
    participants = {t.source: [p.to_dict() for p in t.participants] for t in transcripts}
    _write_blob(client, base, "participants", json.dumps(participants, ensure_ascii=False))
    manifest = Manifest(FORMAT_VERSION, EncoderInfo(encoder.model_id, encoder.dim), chunking, corpus_files)
    _write_blob(client, base, "manifest", manifest.to_json())  # last: a complete index is one with a manifest
    return BuildReport(len(passages), len(new), len(passages) - len(new), fresh, embedder.seconds)


# --- reading and searching ----------------------------------------------------------------
class MilvusStore:
    """A loaded Milvus index: passage metadata in memory (for names and citations), search in Milvus."""

    kind = "milvus"

    def __init__(self, client, base: str, spec: StoreSpec, encoder: Encoder | None) -> None:
        manifest = read_manifest(client, base, spec)
        if manifest is None:
            raise IndexStoreError(f"{spec}: no index for this corpus in collection {base}; run `quidit index --store {spec}`")
        if encoder is not None:
            manifest.refuse_other_encoder(f"{spec} collection {base}", encoder.model_id, encoder.dim, rebuild_hint(spec))
        self.client, self.base, self.spec, self.manifest = client, base, spec, manifest
        self.location = f"{spec} (collections {base}_p/_s/_m)"
        for suffix in ("_p", "_s"):
            client.load_collection(base + suffix)
        rows = _all(client, f"{base}_p", ["pk", "passage"])
        rows.sort(key=lambda r: (r["passage"].get("source") or "", r["passage"].get("start") or 0, r["passage"].get("id") or ""))
        self.passages = [Passage.from_dict(r["passage"]) for r in rows]
        self._keys = [r["pk"] for r in rows]
        self._index_of = {k: i for i, k in enumerate(self._keys)}
        self._lexical = {}  # passage index -> normalised tokens, filled on demand to label single-retriever hits
        raw = json.loads(_read_blob(client, base, "participants") or "{}")
        self.participants = {src: [Participant(**p) for p in ps] for src, ps in raw.items()}

    def _hits(self, result) -> list[tuple[int, float]]:
        return [(self._index_of[h["pk"] if "pk" in h else h["id"]], float(h["distance"])) for h in result[0]
                if (h.get("pk") or h.get("id")) in self._index_of]

    def rank(self, qv: np.ndarray | None, query: str, retriever: Retriever, pool: int,
             flt: PassageFilter | None) -> list[Ranked]:
        from pymilvus import AnnSearchRequest, RRFRanker

        expr = filter_expr(flt)
        q = normalise(query)
        coll = f"{self.base}_p"
        dense = None if qv is None else AnnSearchRequest(data=[qv.astype(np.float32).tolist()], anns_field="dense",
                                                         param={"metric_type": "IP"}, limit=pool, expr=expr or None)
        lexical = AnnSearchRequest(data=[q], anns_field="sparse", param={"metric_type": "BM25"}, limit=pool,
                                   expr=expr or None) if q else None
        if retriever == Retriever.HYBRID and dense and lexical:
            res = self.client.hybrid_search(coll, [dense, lexical], ranker=RRFRanker(RRF_K), limit=pool, output_fields=["pk"])
            out = []
            for i, score in self._hits(res):
                both = score > 1.0 / (RRF_K + 1) + 1e-9  # one list alone scores at most 1/(k+1)
                found = {"dense", "bm25"} if both else {"bm25" if self._shares_term(i, q) else "dense"}
                out.append(Ranked(i, score, found))
            return out
        req, name = (dense, "dense") if retriever in (Retriever.DENSE, Retriever.HYBRID) else (lexical, "bm25")
        if req is None:
            return []
        res = self.client.search(coll, data=req.data, anns_field=req.anns_field, search_params=req.param, limit=pool,
                                 filter=expr, output_fields=["pk"])
        hits = self._hits(res)
        if name == "bm25":  # Milvus Lite reports BM25 as a negated distance; a server as a positive score
            hits = [(i, abs(s) / BM25_SCALE) for i, s in hits if s != 0]
        if retriever == Retriever.HYBRID:  # no query term survived normalisation: dense alone, scored like RRF
            return [Ranked(i, 1.0 / (RRF_K + r), {"dense"}, dense=s) for r, (i, s) in enumerate(hits, 1)]
        return [Ranked(i, s, {name}, **{name: s}) for i, s in hits]

    def passage_vectors(self) -> np.ndarray:
        """The dense vectors of all passages, in `passages` order (read once, for per-language centring)."""
        rows = _all(self.client, f"{self.base}_p", ["pk", "dense"])
        out = np.zeros((len(self.passages), len(rows[0]["dense"]) if rows else 0), np.float32)
        for r in rows:
            if r["pk"] in self._index_of:
                out[self._index_of[r["pk"]]] = r["dense"]
        return out

    def _shares_term(self, i: int, q: str) -> bool:
        """Label a hit found by one retriever only: without a query term in common, BM25 cannot have found it
        (Milvus' fused result does not say which list a passage came from; this is the inference)."""
        if i not in self._lexical:
            self._lexical[i] = set(normalise(embed_text(self.passages[i])).split())
        return bool(self._lexical[i] & set(q.split()))

    def sentence_scores(self, qv: np.ndarray, passage_indices: list[int]) -> list[tuple[float, int, int, int]]:
        """Milvus scores the stored sentences of these passages itself (a filtered search, no vectors sent back)."""
        keys = [self._keys[i] for i in passage_indices]
        if not keys:
            return []
        res = self.client.search(f"{self.base}_s", data=[qv.astype(np.float32).tolist()], anns_field="dense",
                                 search_params={"metric_type": "IP"}, limit=MAX_SENTENCES, filter=f"ppk in {_quoted(keys)}",
                                 output_fields=["ppk", "start", "end"])
        order = {k: n for n, k in enumerate(keys)}
        rows = sorted(res[0], key=lambda h: (order[h["entity"]["ppk"]], h["entity"]["start"]))
        return [(float(h["distance"]), self._index_of[h["entity"]["ppk"]], int(h["entity"]["start"]), int(h["entity"]["end"]))
                for h in rows]
