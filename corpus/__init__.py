"""The bundled transcripts, installed as package data (`importlib.resources.files("quidit.corpus")`)."""
