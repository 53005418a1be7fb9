"""Run mypy on the package as it installs: testimony_recorder.{recorder,ui,cli}.

The repository's folders (recorder/, ui/, cli/) are mapped under one package name when
installed, and mypy cannot follow the editable install's import hook. So this builds the same
tree from symbolic links in a temporary folder and checks that.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGE = "testimony_recorder"
FOLDERS = ("recorder", "ui", "cli")


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="typecheck-") as tmp:
        package = Path(tmp) / PACKAGE
        package.mkdir()
        for folder in FOLDERS:
            (package / folder).symlink_to(REPO / folder, target_is_directory=True)
        env = dict(os.environ, MYPYPATH=tmp)
        args = [arg for folder in FOLDERS for arg in ("-p", f"{PACKAGE}.{folder}")]
        return subprocess.call([sys.executable, "-m", "mypy", "--namespace-packages",
                                "--explicit-package-bases", *args, *sys.argv[1:]],
                               cwd=REPO, env=env)


if __name__ == "__main__":
    sys.exit(main())
