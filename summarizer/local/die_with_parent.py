"""Run a command that dies with the process that started it: ``python THIS_FILE PPID -- ARGV``.

The local model server is stopped on exit, on errors, on Ctrl-C and on SIGTERM; but a
parent killed with SIGKILL runs no code at all. On Linux this wrapper asks the kernel to
send the command SIGKILL when its parent goes (``PR_SET_PDEATHSIG``, which survives the
exec), then becomes the command. Elsewhere it only execs. SIGKILL, not SIGTERM: on SIGTERM
the server first finishes the answer in progress (measured: ~20 s more of full CPU), for
a client that no longer exists.

The signal follows the *thread* that started the process: LocalServer is meant to be
entered on the thread that outlives the server (the main thread, in the CLI).
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys

_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def main(args: list[str]) -> None:
    if len(args) < 3 or args[1] != "--":
        sys.exit("usage: python die_with_parent.py PARENT_PID -- COMMAND...")
    parent, argv = int(args[0]), args[2:]
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            sys.exit(f"prctl(PR_SET_PDEATHSIG) failed: {os.strerror(ctypes.get_errno())}")
        if os.getppid() != parent:  # the parent died before the request took effect
            sys.exit("the parent process is gone")
    os.execvp(argv[0], argv)


if __name__ == "__main__":
    main(sys.argv[1:])
