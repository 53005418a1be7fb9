"""Backups opened decades on with the real `age` and `tar` and the recovery key on paper
(docs/backup.md, including its stand-alone program), and made and restored on the command
line; a backup forged with the vault's public recipient is refused."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from pathlib import Path

import pytest

from testimony_recorder.recorder import custody, kdf, unlock
from testimony_recorder.recorder.backup import reader, writer
from testimony_recorder.recorder.backup.errors import BackupDamaged
from testimony_recorder.recorder.keyslots import KeySlots
from testimony_recorder.recorder.vault import SLOTS_NAME

from .cli_helpers import init_vault, run_cli
from .conftest import PASSPHRASE, REPO
from .test_packets_interop import tool


def doc_program() -> str:
    """The Python program docs/backup.md gives for deriving the key without the app."""
    text = (REPO / "docs" / "backup.md").read_text("utf-8")
    block = re.search(r"```python\n(.*?)\n\s*```", text, re.S)
    assert block is not None
    return "\n".join(line[3:] for line in block.group(1).splitlines())


def age_decrypt(identity: Path, path: Path) -> bytes:
    return subprocess.run([tool("age"), "-d", "-i", str(identity), str(path)],
                          capture_output=True, check=True).stdout


@pytest.fixture
def backed_up(tmp_path: Path) -> tuple[Path, str]:
    vault, recovery = unlock.create(tmp_path / "v", PASSPHRASE, owner="Interviewer 7",
                                   kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    from testimony_recorder.recorder import demo

    with vault:
        demo.fill(vault)
        path = writer.make(vault, tmp_path / "backup.age").path
    return path, recovery


def test_age_and_tar_open_it_with_the_recovery_key_alone(tmp_path: Path,
                                                        backed_up: tuple[Path, str]) -> None:
    path, recovery = backed_up
    program = tmp_path / "derive.py"
    program.write_text(doc_program())
    made = subprocess.run([sys.executable, str(program)], input=recovery + "\n",
                          capture_output=True, text=True, check=True).stdout
    key = tmp_path / "backup-key.txt"
    key.write_text(made)
    from_app = run_cli(tmp_path / "v", "backup", "identity",
                       TESTIMONY_RECOVERY_KEY=recovery).stdout
    assert made.strip() in from_app  # the documented program and the app agree
    out = tmp_path / "out"
    out.mkdir()
    subprocess.run([tool("tar"), "-x", "-C", str(out)], input=age_decrypt(key, path),
                   check=True)
    names = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert names[:2] == ["backup-info.json", "backup-manifest.json"]
    assert {"keyslots.json", "vault.db", "spare.db"} <= set(names)
    assert (out / "keyslots.json").read_bytes() == (tmp_path / "v" / SLOTS_NAME).read_bytes()
    for name in ("backup-info.json", "backup-manifest.json"):
        (out / name).unlink()
    with unlock.unlock(out, PASSPHRASE) as opened:  # the unpacked folder is the vault
        assert custody.verify(opened.conn).ok


def test_a_forged_backup_is_refused(tmp_path: Path, backed_up: tuple[Path, str]) -> None:
    """Whoever holds the laptop knows the (public) recipient: they can make an age file the
    recovery key opens, but not one whose manifest the vault key authenticates."""
    path, recovery = backed_up
    key = tmp_path / "key.txt"
    key.write_text(run_cli(tmp_path / "v", "backup", "identity",
                           TESTIMONY_RECOVERY_KEY=recovery).stdout)
    out = tmp_path / "out"
    out.mkdir()
    subprocess.run([tool("tar"), "-x", "-C", str(out)], input=age_decrypt(key, path),
                   check=True)
    db = out / "vault.db"
    data = bytearray(db.read_bytes())
    genuine = hashlib.sha256(data).hexdigest()
    data[5000] ^= 0xFF  # planted content, and a manifest that lists its hash
    db.write_bytes(bytes(data))
    manifest = (out / "backup-manifest.json").read_text()
    assert genuine in manifest
    (out / "backup-manifest.json").write_text(
        manifest.replace(genuine, hashlib.sha256(data).hexdigest()))
    order = ["backup-info.json", "keyslots.json", "vault.db", "spare.db"]
    order += sorted(str(p.relative_to(out)) for p in (out / "media").iterdir())
    order.append("backup-manifest.json")
    plain = subprocess.run([tool("tar"), "-c", "--format=ustar", "-C", str(out), *order],
                           capture_output=True, check=True).stdout
    slots = KeySlots.load(tmp_path / "v" / SLOTS_NAME)
    recipient = slots.backup_recipient()
    assert recipient is not None
    forged = tmp_path / "forged.age"
    subprocess.run([tool("age"), "-e", "-r", recipient, "-o", str(forged)], input=plain,
                   check=True)
    with pytest.raises(BackupDamaged) as info:
        reader.read(forged, recovery)
    assert "authentication code" in info.value.message


def test_command_line_backup_check_restore(tmp_path: Path) -> None:
    recovery = init_vault(tmp_path / "v", tmp_path)
    assert run_cli(tmp_path / "v", "interview", "add", "--json",
                   str(REPO / "docs" / "examples" / "interview.json")).returncode == 0
    assert run_cli(tmp_path / "v", "backup").returncode == 2  # no -o
    made = run_cli(tmp_path / "v", "backup", "-o", str(tmp_path / "b.age"))
    assert made.returncode == 0, made.stderr
    checked = run_cli(tmp_path / "v", "backup", "check", str(tmp_path / "b.age"),
                      TESTIMONY_RECOVERY_KEY=recovery)
    assert checked.returncode == 0 and "intact" in checked.stdout, checked.stderr
    refused = run_cli(tmp_path / "v", "restore", str(tmp_path / "b.age"), "--vault",
                      str(tmp_path / "v"), TESTIMONY_RECOVERY_KEY=recovery)
    assert refused.returncode == 1 and "already exists" in refused.stderr
    restored = run_cli(tmp_path / "elsewhere", "restore", str(tmp_path / "b.age"), "--vault",
                       str(tmp_path / "r"), TESTIMONY_RECOVERY_KEY=recovery)
    assert restored.returncode == 0, restored.stderr
    audit = run_cli(tmp_path / "r", "audit", "verify")
    assert audit.returncode == 0 and "intact" in audit.stdout, audit.stderr
    listed = run_cli(tmp_path / "r", "interview", "list")
    assert "(1 of 1)" in listed.stdout
