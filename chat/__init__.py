"""Chat: compose cited, speaker-attributed answers; Gradio window and CLI use the same functions."""
