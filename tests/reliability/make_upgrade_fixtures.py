"""Make the upgrade fixtures: one small vault per earlier schema version, each written by the
code of the commit where that version was the newest (git archive of that commit, run from a
temporary folder with its own `python -m recorder.cli.main`). Run it again only to add a
version; the vaults are committed under upgrade_fixtures/vN/.

    .venv/bin/python tests/reliability/make_upgrade_fixtures.py [VERSION ...]

The passphrase is FIXTURE_PASSPHRASE below: these vaults are test material only (fictional
data, the cheap test KDF), never to be used for anything else.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent / "upgrade_fixtures"
FIXTURE_PASSPHRASE = "upgrade fixture passphrase, test only"

#: Schema version -> the commit whose code wrote it (where that migration was the newest).
COMMITS = {1: "313a1fc", 2: "47464e8", 3: "1796fe6", 4: "56168ed", 5: "32e2e02",
           6: "25c9061", 7: "1a02d91", 9: "b37c3cd",
           10: "6309d42", 11: "f4aabbf", 12: "38baa45", 13: "3c03b22"}
#: Versions no commit's code ever wrote as its newest: schema 8 (persons' gender and age
#: group) landed in the same merge as schema 9, so no vault was ever left at 8. The sample
#: data of tests/migration_data.py upgrades from it instead.
NEVER_NEWEST = frozenset({8})
#: From this version on the code installs as testimony_recorder.{recorder,ui,cli}.
ONE_PACKAGE_FROM = 5
#: From this version on a vault is opened by recorder.unlock, no longer by Vault.unlock.
UNLOCK_STEP_FROM = 6

#: Run in the old code's folder: attach a photo through its own core API (schema 2 has the
#: media store but no command for it yet).
ATTACH = """
import sys
from pathlib import Path
from PREFIXrecorder.media import ingest
OPEN
with OPENER(Path(sys.argv[1]), sys.argv[2]) as vault:
    ingest.ingest_file(vault, sys.argv[3], Path(sys.argv[4]))
"""


def old_code(commit: str, into: Path, version: int) -> Path:
    """The commit's code in `into`; returns the folder to put on PYTHONPATH."""
    archive = subprocess.run(["git", "archive", commit], cwd=REPO, capture_output=True,
                             check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    if version >= ONE_PACKAGE_FROM:  # the folders as setup.py installs them, from links
        package = into / "site" / "testimony_recorder"
        package.mkdir(parents=True)
        for folder in ("recorder", "ui", "cli"):
            (package / folder).symlink_to(into / folder, target_is_directory=True)
        (into / "recorder" / "resources").symlink_to(into / "resources")
        (into / "ui" / "translations").symlink_to(into / "translations")
        return into / "site"
    # Their setup.py shipped these top-level folders inside the packages; from source, links
    # put them where the code looks.
    for package, folder in (("recorder/resources", "resources"), ("ui/translations",
                                                                  "translations")):
        if (into / folder).is_dir() and not (into / package).exists():
            (into / package).symlink_to(into / folder, target_is_directory=True)
    return into


def make(version: int, commit: str, out: Path) -> None:
    with tempfile.TemporaryDirectory(prefix=f"tr-v{version}-") as tmp:
        code, vault = Path(tmp) / "code", Path(tmp) / "vault"
        path = old_code(commit, code, version)
        prefix = "testimony_recorder." if version >= ONE_PACKAGE_FROM else ""
        env = {**os.environ, "PYTHONPATH": str(path), "TESTIMONY_PASSPHRASE": FIXTURE_PASSPHRASE,
               "TESTIMONY_NEW_PASSPHRASE": FIXTURE_PASSPHRASE}

        cli_module = "cli.main" if version >= ONE_PACKAGE_FROM else "recorder.cli.main"

        def cli(*args: str) -> str:
            done = subprocess.run([sys.executable, "-m", f"{prefix}{cli_module}", "--vault",
                                   str(vault), *args], cwd=code, env=env, capture_output=True,
                                  text=True, check=False)
            if done.returncode:
                raise SystemExit(f"v{version} {args}: {done.stderr}")
            return done.stdout

        cli("init", "--owner", f"Fixture interviewer v{version}", "--weak-kdf-for-tests")
        examples = code / "docs" / "examples"
        interview = cli("interview", "add", "--json", str(examples / "interview.json")).strip()
        photo = REPO.parent / "shared" / "media" / "photo_gps.jpg"
        if version >= 2:
            opens = (("from PREFIXrecorder import unlock", "unlock.unlock")
                     if version >= UNLOCK_STEP_FROM
                     else ("from PREFIXrecorder.vault import Vault", "Vault.unlock"))
            attach = ATTACH.replace("OPENER", opens[1]).replace("OPEN", opens[0])
            subprocess.run([sys.executable, "-c", attach.replace("PREFIX", prefix), str(vault),
                            FIXTURE_PASSPHRASE, interview, str(photo)], cwd=code, env=env,
                           check=True)
        if version >= 3:
            cli("consent", "record", interview, "--json", str(examples / "consent.json"))
        cli("interview", "finalize", interview)
        (vault / "vault.lock").unlink(missing_ok=True)
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(vault, out)
        (out / "interview_id").write_text(interview + "\n")


def main() -> None:
    wanted = {int(v) for v in sys.argv[1:]} or set(COMMITS)
    for version, commit in COMMITS.items():
        if version not in wanted:
            continue
        make(version, commit, HERE / f"v{version}")
        names = sorted(p.name for p in (HERE / f"v{version}").iterdir())
        print(f"v{version} from {commit}: {names}")


if __name__ == "__main__":
    main()
