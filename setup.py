"""Only what pyproject.toml cannot say: resources/ and translations/ sit at the top of the
repository but ship inside the packages, so code finds them with importlib.resources (in a
wheel, an editable install and the frozen build alike)."""

from setuptools import find_namespace_packages, find_packages, setup

# Data folders are namespace packages of their own; naming them keeps setuptools from
# guessing (and warning) about what to ship.
RESOURCE_FOLDERS = [f"recorder.resources.{name}"
                    for name in find_namespace_packages(where="resources")]

setup(
    packages=[*find_packages(include=["recorder", "recorder.*", "ui", "ui.*"]),
              "recorder.resources", *RESOURCE_FOLDERS, "ui.translations"],
    package_dir={"recorder.resources": "resources", "ui.translations": "translations"},
)
