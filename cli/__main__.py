"""`python -m testimony_recorder.cli`, and the frozen build's entry script (build.spec): an
absolute import, because PyInstaller runs this file as a top-level script. Both run it as
__main__; a tool that imports every module (tests/test_messages.py) must not start the app."""

from testimony_recorder.cli.main import run

if __name__ == "__main__":
    run()
