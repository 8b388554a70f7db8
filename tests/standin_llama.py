"""STAND-IN for `python -m llama_cpp.server` that crashes mid-run (test only).

    python tests/standin_llama.py --port P --cassettes DIR --ids A,B,C --crash-on B --signal SIGSEGV

A real process, started by LocalServer as llama.cpp's server would be. It answers
GET /v1/models, the warm-up request (a 2-token completion) with a HAND-WRITTEN "OK", and
every other request with the project's recorded answer to the same question
(tests/faultserver.py: real model output from cassettes/). On the first request about
the article named by --crash-on (or on the warm-up, with --crash-on warm-up) it kills
itself with --signal, as llama.cpp does when its build cannot decode on this CPU.
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import signal
import threading
import time
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

from faultserver import FaultServer, _handler, for_article, recorded_answers

WARM_UP_ANSWER = {  # HAND-WRITTEN: what llama.cpp answers to the warm-up
    "object": "chat.completion",
    "choices": [
        {"index": 0, "message": {"role": "assistant", "content": "OK"}, "finish_reason": "length"}
    ],
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--cassettes", type=Path, required=True)
    parser.add_argument("--ids", required=True)
    parser.add_argument("--crash-on", required=True, help="an article id, or warm-up")
    parser.add_argument("--signal", default="SIGSEGV")
    args = parser.parse_args()
    fault_server = FaultServer(recorded_answers(args.cassettes, args.ids.split(",")))
    about_victim = for_article(args.crash_on)

    def crash(why: str) -> None:
        print(f"stand-in: {why}: crashing with {args.signal} on purpose", flush=True)
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # no core file
        # To this thread: os.kill may be delivered to another thread while this one goes
        # on answering.
        signal.pthread_kill(threading.get_ident(), getattr(signal, args.signal))
        time.sleep(60)  # never reached

    class Handler(_handler(fault_server)):  # type: ignore[misc]
        def log_message(self, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            self._send(200, {"object": "list", "data": [{"id": "stand-in"}]})

        def do_POST(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            raw = self.rfile.read(length)
            body = json.loads(raw or b"{}")
            if body.get("max_tokens") == 2 and "response_format" not in body:
                print("stand-in: warm-up request", flush=True)
                if args.crash_on == "warm-up":
                    crash("warm-up")
                self._send(200, WARM_UP_ANSWER)
                return
            print(f"stand-in: request {len(fault_server.requests) + 1}", flush=True)
            if about_victim(body):
                crash(f"first request about {args.crash_on}")
            # The recorded answer, as faultserver serves it (it reads the body again).
            connection, self.rfile = self.rfile, io.BytesIO(raw)
            try:
                super().do_POST()
            finally:
                self.rfile = connection

        def _send(self, status: int, payload: dict[str, Any]) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    print("stand-in llama server starting", flush=True)
    ThreadingHTTPServer(("127.0.0.1", args.port), Handler).serve_forever()


if __name__ == "__main__":
    main()
