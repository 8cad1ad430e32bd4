"""Index: embeddings in FAISS plus French BM25, stored as a folder of plain files."""
