"""How the chat server shares the machine between many questions (issue 12, "Load"); fast, no model."""
import threading
import time

import numpy as np
import pytest

from quidit.index.encoders import Coalescer


class SlowEngine:
    """Encodes a batch in `seconds`, one vector per text ([len(text)]); records batches and the most calls at once."""

    def __init__(self, seconds=0.05, fail_on=None):
        self.seconds, self.fail_on = seconds, fail_on
        self.batches, self.running, self.most = [], 0, 0
        self._lock = threading.Lock()

    def __call__(self, texts):
        with self._lock:
            self.running += 1
            self.most = max(self.most, self.running)
            self.batches.append(list(texts))
        time.sleep(self.seconds)
        with self._lock:
            self.running -= 1
        if self.fail_on in texts:
            raise ValueError("engine failed")
        return np.array([[float(len(t))] for t in texts])


def _ask_all(coalescer, texts):
    out, errors = {}, {}

    def ask(t):
        try:
            out[t] = coalescer(t)
        except ValueError as e:
            errors[t] = e

    threads = [threading.Thread(target=ask, args=(t,)) for t in texts]
    for th in threads:
        th.start()
        time.sleep(0.002)  # arrive in order, while the first calls are still running
    for th in threads:
        th.join(5)
    return out, errors


TEXTS = ["a" * n for n in range(1, 9)]


def test_coalescer_gives_each_caller_its_own_vector():
    out, errors = _ask_all(Coalescer(SlowEngine(), lanes=2), TEXTS)
    assert errors == {} and {t: float(v[0]) for t, v in out.items()} == {t: float(len(t)) for t in TEXTS}


def test_coalescer_batches_texts_that_wait_for_a_busy_engine():
    engine = SlowEngine()
    _ask_all(Coalescer(engine, lanes=2), TEXTS)
    assert len(engine.batches) < len(TEXTS) and sorted(t for b in engine.batches for t in b) == sorted(TEXTS)


def test_coalescer_never_runs_more_calls_than_lanes():
    engine = SlowEngine()
    _ask_all(Coalescer(engine, lanes=2), TEXTS)
    assert engine.most == 2


def test_coalescer_alone_is_a_plain_call():
    engine = SlowEngine(seconds=0)
    c = Coalescer(engine, lanes=2)
    assert [float(c(t)[0]) for t in TEXTS[:3]] == [1.0, 2.0, 3.0] and engine.batches == [[t] for t in TEXTS[:3]]


def test_coalescer_engine_error_reaches_that_batch_only_and_others_still_answer():
    engine = SlowEngine(fail_on="aaa")
    out, errors = _ask_all(Coalescer(engine, lanes=1), TEXTS)
    failed = next(b for b in engine.batches if "aaa" in b)
    assert set(errors) == set(failed) and set(out) == set(TEXTS) - set(failed)


@pytest.mark.parametrize("setting, expected", [("live_updates", False), ("default_concurrency_limit", 4)],
                         ids=["positions-sent-periodically-not-after-every-answer", "four-answers-at-a-time"])
def test_chat_queue_settings(setting, expected):
    import gradio as gr

    from quidit.chat.app import queue

    with gr.Blocks() as demo:
        gr.Textbox()
    queue(demo)
    assert getattr(demo._queue, setting) == expected
