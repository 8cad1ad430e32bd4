"""quidit — who said what: cited, speaker-attributed answers over conference transcripts.

This package holds what every layer shares (settings, errors) and the CLI on top.
"""
__version__ = "0.1.0"
