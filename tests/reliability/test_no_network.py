"""No network: every command of the whole workflow ran under `strace -f -e trace=socket,connect`.
No socket may be opened but the AF_UNIX ones listed here, each for a reason:

- `record` only: `socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0)` and a `connect` of it to
  `$XDG_RUNTIME_DIR/pulse/native`, the local PulseAudio server's socket, through which the
  microphone is reached. Qt Multimedia's PulseAudio backend opens two such connections (seen:
  two socket/connect pairs per recording), one for its server context and one for the capture
  stream. Nothing else is ever opened: no AF_INET, AF_INET6 or AF_NETLINK socket, in any
  command.
"""

from __future__ import annotations

import re

from .tally import count
from .workflow import Workspace, strace_calls

#: What an allowed call may look like: AF_UNIX sockets, and connects to PulseAudio's socket.
ALLOWED_SOCKET = re.compile(r"socket\(AF_UNIX,")
ALLOWED_CONNECT = re.compile(r'connect\(\d+, \{sa_family=AF_UNIX, sun_path="[^"]*/pulse/native"')


def test_no_socket_but_pulseaudio(traced_workflow: tuple[Workspace, dict]) -> None:
    ws, _ = traced_workflow
    allowed = 0
    for command, log in zip(ws.ran, ws.logs, strict=True):
        calls = strace_calls([log])
        for call in calls:
            ok = ALLOWED_SOCKET.search(call) or ALLOWED_CONNECT.search(call)
            assert ok and command.startswith("record"), f"{command}: {call}"
            allowed += 1
    count("no network", commands_traced=len(ws.logs), sockets_other_than_unix=0,
          pulseaudio_unix_calls=allowed)
