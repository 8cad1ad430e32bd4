"""Evals: measure retrieval, answers and attribution through the public functions users call."""
