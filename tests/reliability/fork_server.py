"""A fork server for the crash runs: one process imports the app once, then forks a child for
each run, which the test kills with SIGKILL. Forking skips a fresh interpreter and imports
(most of a run's cost), so hundreds of kills fit in CI's budget.

Protocol, one JSON line per request on stdin, one line per answer on stdout:
  {"do": "run", ...}  -> the child's pid (the child runs crash_ops.run with the request)
  {"do": "reap", "pid": N} -> the child's wait status
The server holds no vault, thread or connection of its own, so each child starts clean.
"""

from __future__ import annotations

import json
import os
import sys
import traceback


def main() -> None:
    from . import crash_ops  # imports the core once, before any fork

    for line in sys.stdin:
        request = json.loads(line)
        if request["do"] == "run":
            pid = os.fork()
            if pid == 0:
                _child(crash_ops.run, request)
            print(pid, flush=True)
        elif request["do"] == "reap":
            _, status = os.waitpid(request["pid"], 0)
            print(status, flush=True)


def _child(run: object, request: dict[str, object]) -> None:
    """Run one crash run's loop in the forked child; it ends only by being killed, or with
    its error written to the run's error file."""
    code = 1
    try:
        err = os.open(str(request["errors"]), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.dup2(err, 1)  # the server's stdout is the protocol: never write to it
        os.dup2(err, 2)
        sys.stdin.close()
        run(request)  # type: ignore[operator]
        code = 0
    except BaseException:
        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


if __name__ == "__main__":
    main()
