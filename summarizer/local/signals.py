"""SIGTERM as a normal exit, so `with` and `finally` blocks clean up.

Python dies on SIGTERM without unwinding: a local server would be orphaned and a model
download would leave its temporary files. `kill PID`, a job manager or a script's `trap`
all send SIGTERM.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType

__all__ = ["sigterm_as_exit"]


@contextlib.contextmanager
def sigterm_as_exit() -> Iterator[None]:
    """Inside the block, SIGTERM raises SystemExit(143).

    Nothing is changed off the main thread (Python allows handlers only there) or when the
    application already has its own SIGTERM handler.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.getsignal(signal.SIGTERM)
    if previous is not signal.SIG_DFL:
        yield
        return
    signal.signal(signal.SIGTERM, _raise_exit)
    try:
        yield
    finally:
        with contextlib.suppress(ValueError, TypeError):
            signal.signal(signal.SIGTERM, previous)


def _raise_exit(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)
