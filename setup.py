"""Only what pyproject.toml cannot say: resources/ and translations/ sit at the top of the
repository but ship inside the packages, so code finds them with importlib.resources (in a
wheel, an editable install and the frozen build alike)."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["recorder", "recorder.*", "ui", "ui.*"]),
              "recorder.resources", "ui.translations"],
    package_dir={"recorder.resources": "resources", "ui.translations": "translations"},
)
