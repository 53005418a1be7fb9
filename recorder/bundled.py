"""Files that ship inside the package (vocabularies, consent templates, demo data, schemas).

They are found with importlib.resources, never relative to the executable, so the same call
works in a wheel, an editable install and the frozen build.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable


def resource(relative: str) -> Traversable:
    """A file or folder below the repository's resources/ folder, e.g. "consent/bodies.json"."""
    return resources.files(f"{__package__}.resources").joinpath(relative)
