"""`python -m testimony_recorder.cli`, and the frozen build's entry script (build.spec): an
absolute import, because PyInstaller runs this file as a top-level script."""

from testimony_recorder.cli.main import run

run()
