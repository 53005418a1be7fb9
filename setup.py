"""Only what pyproject.toml cannot say: the repository's folders install under one distinct
name, testimony_recorder (recorder/ the core, ui/ the desktop app, cli/ the command line), so
that no generic top-level name such as `ui` lands in site-packages. resources/ and
translations/ sit at the top of the repository but ship inside the packages, so code finds them
with importlib.resources (in a wheel, an editable install and the frozen build alike)."""

from setuptools import find_namespace_packages, find_packages, setup

NAME = "testimony_recorder"
#: Repository folder -> installed package.
FOLDERS = {"recorder": f"{NAME}.recorder", "ui": f"{NAME}.ui", "cli": f"{NAME}.cli",
           "resources": f"{NAME}.recorder.resources", "translations": f"{NAME}.ui.translations"}


def packages_in(folder: str, package: str) -> list[str]:
    # Data folders are namespace packages of their own; naming them keeps setuptools from
    # guessing (and warning) about what to ship.
    finder = find_namespace_packages if folder in ("resources", "translations") else find_packages
    return [package, *(f"{package}.{sub}" for sub in finder(where=folder))]


setup(
    packages=[p for folder, package in FOLDERS.items() for p in packages_in(folder, package)],
    package_dir={package: folder for folder, package in FOLDERS.items()},
)
