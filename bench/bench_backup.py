"""Backup and restore throughput, next to `tar | age -e` and `age -d | tar -x` on the same
vault folder.

Run on demand: python bench/bench_backup.py [--size-mib 512] [--files 16] [--repeat 2]

Setup (not timed): a vault with a few interviews and `--files` media files adding up to the
size, ingested into the encrypted media store (so the folder holds what a backup copies: the
key slots, both databases and the encrypted media).

Timed, best of `--repeat`, in this process:
  backup    testimony's backup: snapshot the open database, tar, hash every file, age-encrypt
            to the recovery key's backup identity, fsync, record it in the vault
                       vs  tar -c of the (closed) vault folder piped into age -e to the same
                           recipient (written to a file, not fsynced)
  restore   read back, check every hash and the HMAC, write a staging folder, fsync, rename
                       vs  age -d piped into tar -x
  check     read back and check without writing anything
MB/s counts the vault folder's bytes.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from common import make_wav

ROOT = Path(__file__).resolve().parents[1]
MIB = 1 << 20
PASSPHRASE = "bench passphrase, not secret"  # noqa: S105 - a throwaway benchmark vault


def setup(base: Path, size: int, files: int) -> str:
    from testimony_recorder.recorder import demo, kdf, unlock
    from testimony_recorder.recorder.media import ingest
    from testimony_recorder.recorder.store import interviews

    vault, recovery = unlock.create(base / "vault", PASSPHRASE, owner="bench",
                                   kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    with vault:
        demo.fill(vault)
        interview = interviews.start_new(vault)
        for n in range(files):
            wav = base / f"take-{n}.wav"
            make_wav(wav, size // files)  # random samples: nothing compresses
            ingest.ingest_file(vault, interview.id, wav)
            wav.unlink()
    return recovery


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def best(repeat: int, run: Callable[[int], None]) -> float:
    times = []
    for n in range(repeat):
        start = time.perf_counter()
        run(n)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size-mib", type=int, default=512)
    parser.add_argument("--files", type=int, default=16)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    age, tar = shutil.which("age"), shutil.which("tar")
    if age is None or tar is None:
        print("bench_backup needs the age and tar binaries")
        return 1
    sys.path.insert(0, str(ROOT))
    from testimony_recorder.recorder import recovery_key, unlock
    from testimony_recorder.recorder.backup import reader, restore, writer

    with tempfile.TemporaryDirectory(prefix="bench-backup-") as tmp:
        base = Path(tmp)
        print(f"Setting up a vault with {args.size_mib} MiB of media in {args.files} files ...")
        recovery = setup(base, args.size_mib * MIB, args.files)
        vault_dir = base / "vault"
        size = folder_size(vault_dir)
        identity = recovery_key.backup_identity(recovery_key.parse(recovery))
        key_file = base / "key.txt"
        key_file.write_text(identity.to_string() + "\n")
        recipient = identity.recipient().to_string()

        def ours_backup(n: int) -> None:
            with unlock.unlock(vault_dir, PASSPHRASE) as vault:
                writer.make(vault, base / f"ours-{n}.age")

        def tar_age(n: int) -> None:
            with open(base / f"theirs-{n}.age", "wb") as out:
                packer = subprocess.Popen([tar, "-c", "-C", str(vault_dir), "."],
                                          stdout=subprocess.PIPE)
                subprocess.run([age, "-e", "-r", recipient], stdin=packer.stdout, stdout=out,
                               check=True)
                packer.wait()

        def ours_restore(n: int) -> None:
            restore.restore([base / "ours-0.age"], base / f"restored-{n}", recovery)

        def ours_check(n: int) -> None:
            reader.read(base / "ours-0.age", recovery)

        def age_untar(n: int) -> None:
            target = base / f"untarred-{n}"
            target.mkdir()
            opener = subprocess.Popen([age, "-d", "-i", str(key_file), str(base / "theirs-0.age")],
                                      stdout=subprocess.PIPE)
            subprocess.run([tar, "-x", "-C", str(target)], stdin=opener.stdout, check=True)
            opener.wait()

        rows = [("backup", best(args.repeat, ours_backup), best(args.repeat, tar_age)),
                ("restore", best(args.repeat, ours_restore), best(args.repeat, age_untar)),
                ("check", best(args.repeat, ours_check), None)]
        mb = size / 1e6
        print(f"vault folder: {mb:.0f} MB; best of {args.repeat}")
        print(f"{'':8} {'testimony':>18} {'tar + age':>18}   ratio")
        for name, ours, theirs in rows:
            other = f"{theirs:6.2f} s {mb / theirs:6.0f} MB/s" if theirs else f"{'-':>18}"
            ratio = f"{ours / theirs:5.2f}x" if theirs else ""
            print(f"{name:8} {ours:6.2f} s {mb / ours:6.0f} MB/s {other}   {ratio}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
