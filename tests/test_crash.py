"""Kill -9 in the middle of a bulk add, again and again: the vault still opens, the custody
chain holds, and every interview whose add returned is there."""

from __future__ import annotations

import random
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from testimony_recorder.recorder import custody, unlock
from testimony_recorder.recorder.store import interviews

from .cli_helpers import init_vault
from .conftest import PASSPHRASE, REPO

ADDER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from testimony_recorder.recorder.model.bundle import Bundle
    from testimony_recorder.recorder.model.testimony import Testimony
    from testimony_recorder.recorder.store import bundles
    from testimony_recorder.recorder.unlock import unlock
    vault = unlock(Path(sys.argv[1]), sys.argv[2]).vault
    n = 0
    while True:
        n += 1
        text = ("bulk narrative %d " % n) * 120
        interview_id = bundles.add(vault, Bundle(testimonies=[Testimony(narrative=text)]))
        print(interview_id, flush=True)  # printed only once the add has returned
""")


def test_kill_during_bulk_add(tmp_path: Path) -> None:
    path = tmp_path / "vault"
    init_vault(path)
    rng = random.Random(1234)
    returned: list[str] = []
    for _ in range(6):
        proc = subprocess.Popen([sys.executable, "-c", ADDER, str(path), PASSPHRASE],
                                stdout=subprocess.PIPE, text=True, cwd=REPO)
        time.sleep(rng.uniform(0.8, 2.0))
        proc.kill()  # SIGKILL
        out, _ = proc.communicate()
        returned += out.split()
    assert len(returned) > 10
    with unlock.unlock(path, PASSPHRASE) as vault:
        assert vault.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert custody.verify(vault.conn).ok
        for interview_id in returned:
            interviews.get_interview(vault.conn, interview_id)
