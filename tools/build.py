"""Build the frozen app (build.spec) into dist/, with an archive and SHA-256 sums to check it by.

    python tools/build.py [--dist DIR] [--work DIR]
                             (./dev build runs it; needs the `build` extra: PyInstaller)

Steps: install the package, not editable, into WORK/pkg (PyInstaller cannot follow the
editable install's import hook); run PyInstaller on build.spec; write SHA256SUMS inside the
folder (every file, to check a copy) and an archive with its own SHA256SUMS next to it (to
check what came on a memory stick against the sum published over another channel). Runs the
same on Linux, macOS and Windows; the archive is a .zip on Windows, a .tar.gz elsewhere.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_NAME = "TestimonyRecorder"  # as in build.spec
SUMS = "SHA256SUMS"
OS_NAMES = {"linux": "linux", "darwin": "macos", "win32": "windows"}


def install_package(work: Path) -> Path:
    # setuptools builds in the repository's build/lib: a stale one could ship files removed
    # since, so it goes first.
    shutil.rmtree(ROOT / "build" / "lib", ignore_errors=True)
    shutil.rmtree(work / "pkg", ignore_errors=True)
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                    "--target", str(work / "pkg"), str(ROOT)], check=True)
    return work / "pkg"


def freeze(pkg: Path, work: Path, dist: Path) -> Path:
    shutil.rmtree(dist, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work / "pyinstaller"),
                    str(ROOT / "build.spec")], check=True, cwd=ROOT,
                   env={**os.environ, "TESTIMONY_BUILD_PKG": str(pkg)})
    bundle = dist / f"{APP_NAME}.app"  # macOS: the app bundle is what people install
    return bundle if bundle.is_dir() else dist / APP_NAME


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def write_sums(folder: Path, files: list[Path]) -> Path:
    """A SHA256SUMS file in the format `sha256sum -c` and `shasum -a 256 -c` read."""
    lines = [f"{sha256(f)}  {f.relative_to(folder).as_posix()}\n" for f in sorted(files)]
    out = folder / SUMS
    out.write_text("".join(lines), encoding="utf-8", newline="\n")
    return out


def version(pkg: Path) -> str:
    sys.path.insert(0, str(pkg))
    from testimony_recorder.recorder import __version__

    return __version__


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="where the app folder and the archive go (emptied first)")
    parser.add_argument("--work", type=Path, default=ROOT / "build",
                        help="PyInstaller's work folder")
    args = parser.parse_args()
    dist, work = args.dist.resolve(), args.work.resolve()
    pkg = install_package(work)
    app = freeze(pkg, work, dist)
    write_sums(app, [p for p in app.rglob("*") if p.is_file() and not p.is_symlink()])
    name = (f"{APP_NAME}-{version(pkg)}-{OS_NAMES.get(sys.platform, sys.platform)}-"
            f"{platform.machine().lower()}")
    archive = Path(shutil.make_archive(str(dist / name), "zip" if sys.platform == "win32"
                                       else "gztar", root_dir=dist, base_dir=app.name))
    write_sums(dist, [archive])
    print(f"Built {app}\n      {archive}\n      {dist / SUMS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
