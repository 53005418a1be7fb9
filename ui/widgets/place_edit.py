"""Where something happened: a name, the governorate (from the list or typed), and, when known,
coordinates with how far off they may be. Impossible coordinates are pointed out here and never
stored."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from testimony_recorder.recorder import vocabulary
from testimony_recorder.recorder.model.incident import Place

from .editable_combo import editable_combo

# Decimal separators and minus signs people may type, mapped to what float() reads.
_NUMBER_SIGNS = str.maketrans({"\u066b": ".", ",": ".", "\u2212": "-", "\u066c": ""})
MAX_PRECISION_M = 1_000_000


def _number(text: str) -> float | None:
    """A typed decimal number (Arabic-Indic digits too), or None if it is not one."""
    try:
        value = float(text.strip().translate(_NUMBER_SIGNS))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


class PlaceEdit(QWidget):
    # Something was typed (save soon).
    edited = Signal()
    # Something was picked from a list (save now).
    chosen = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Name of the place"))
        self.name.setPlaceholderText(self.tr("e.g. the checkpoint at the town entrance"))
        self.name.setMaxLength(300)
        self.area, line = editable_combo(self, self.tr("Governorate or area (choose or type)"),
                                         100, self.tr("Choose from the list or type"))
        self.area.addItem("", "")
        for term in vocabulary.terms("areas"):
            self.area.addItem(term.label(language), term.code)
        self.latitude = self._coordinate(self.tr("Latitude, in decimal degrees (-90 to 90)"),
                                         self.tr("Latitude"))
        self.longitude = self._coordinate(
            self.tr("Longitude, in decimal degrees (-180 to 180)"), self.tr("Longitude"))
        self.precision = QSpinBox(self)
        self.precision.setAccessibleName(self.tr("How far off the coordinates may be, in "
                                                 "metres"))
        self.precision.setRange(0, MAX_PRECISION_M)
        self.precision.setSingleStep(100)
        self.precision.setSpecialValueText(self.tr("precision not known"))
        self.precision.setPrefix(self.tr("within "))
        self.precision.setSuffix(self.tr(" m"))
        self.problem = QLabel(self)
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)
        self.problem.hide()

        self.name.textEdited.connect(self._edited)
        self.area.activated.connect(self._chosen)
        line.textEdited.connect(self._edited)
        self.precision.valueChanged.connect(self._edited)

        coordinates = QHBoxLayout()
        coordinates.addWidget(self.latitude)
        coordinates.addWidget(self.longitude)
        coordinates.addWidget(self.precision)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Governorate"), self.area)
        form.addRow(self.tr("Coordinates"), coordinates)
        form.addRow(self.problem)
        self.setFocusProxy(self.name)

    def _coordinate(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(24)
        # Coordinates are numbers: they read left to right in every language.
        edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        edit.textEdited.connect(self._edited)
        return edit

    # -- showing --------------------------------------------------------------------------------
    def set_value(self, place: Place | None) -> None:
        place = place or Place()
        self.name.setText(place.name)
        index = self.area.findData(place.area) if place.area else 0
        if index >= 0:
            self.area.setCurrentIndex(index)
        else:
            self.area.setCurrentIndex(0)
            self.area.setEditText(place.area)
        self.latitude.setText("" if place.latitude is None else repr(place.latitude))
        self.longitude.setText("" if place.longitude is None else repr(place.longitude))
        self.precision.blockSignals(True)
        self.precision.setValue(place.precision_m or 0)
        self.precision.blockSignals(False)
        self._check()

    # -- reading --------------------------------------------------------------------------------
    def area_value(self) -> str:
        """The vocabulary code when the text names a listed area, otherwise the text itself."""
        text = " ".join(self.area.currentText().split())
        index = self.area.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            index = self.area.findData(text.upper())
        return str(self.area.itemData(index)) if index > 0 else text

    def value(self) -> tuple[Place | None, str | None]:
        """The place (None when nothing is entered), or None and what to fix."""
        lat_text, lon_text = self.latitude.text().strip(), self.longitude.text().strip()
        latitude, longitude = _number(lat_text), _number(lon_text)
        if lat_text and (latitude is None or not -90 <= latitude <= 90):
            return None, self.tr("The latitude must be a number between -90 and 90 "
                                 "(for example 36.2). It was not saved.")
        if lon_text and (longitude is None or not -180 <= longitude <= 180):
            return None, self.tr("The longitude must be a number between -180 and 180 "
                                 "(for example 37.15). It was not saved.")
        if (latitude is None) != (longitude is None):
            return None, self.tr("Give both the latitude and the longitude, or neither.")
        place = Place(name=self.name.text().strip(), area=self.area_value(),
                      latitude=latitude, longitude=longitude,
                      precision_m=(self.precision.value() or None) if latitude is not None
                      else None)
        if not (place.name or place.area or place.latitude is not None):
            return None, None
        return place, None

    def _check(self) -> None:
        _, problem = self.value()
        self.problem.setText(problem or "")
        self.problem.setVisible(bool(problem))

    def _edited(self) -> None:
        self._check()
        self.edited.emit()

    def _chosen(self) -> None:
        self._check()
        self.chosen.emit()
