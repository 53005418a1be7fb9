"""The witness confirms their answers: signing, making a mark, saying it aloud, or (for a form
signed on paper) the interviewer attaching the scan."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder.consent.artefacts import MAX_ARTEFACT, FileArtefact

from ..i18n import isolate
from . import style
from .signature_pad import SignaturePad
from .text_page import paragraph
from .verbal_panel import VerbalPanel


class ConfirmPage(QWidget):
    method_chosen = Signal(str)
    # A Signature (drawn) or FileArtefact (scan), or None when cleared.
    proof_changed = Signal(object)

    def __init__(self, methods: tuple[str, ...], verbal: VerbalPanel | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._methods = methods
        self.verbal = verbal
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 16, 64, 8)
        self.title = paragraph("", style.TITLE_PX, self, bold=True)
        self.text = paragraph("", style.BODY_PX, self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)

        row = QHBoxLayout()
        self._group = QButtonGroup(self)
        self.method_buttons: dict[str, QPushButton] = {}
        for method in ("signature", "mark", "verbal", "paper"):
            button = QPushButton(self)
            button.setObjectName(f"method_{method}")
            button.setCheckable(True)
            button.setProperty("method", True)
            button.setEnabled(method in methods)
            if method == "verbal" and method not in methods:
                button.setToolTip(self.tr("Recording a spoken consent needs a microphone: "
                                          "connect one, then open witness mode again."))
            button.clicked.connect(lambda _=False, m=method: self._choose(m))
            self._group.addButton(button)
            self.method_buttons[method] = button
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

        self.instructions = paragraph("", style.BODY_PX, self)
        layout.addWidget(self.instructions)
        self._stack = QStackedWidget(self)
        pad_box = QWidget()
        pad_column = QVBoxLayout(pad_box)
        pad_column.setContentsMargins(0, 0, 0, 0)
        self.pad = SignaturePad(pad_box)
        self.pad.changed.connect(self._drawn)
        self.clear = QPushButton(pad_box)
        self.clear.setObjectName("clear")
        self.clear.clicked.connect(self.pad.clear)
        pad_column.addWidget(self.pad, 1)
        clear_row = QHBoxLayout()
        clear_row.addWidget(self.clear)
        clear_row.addStretch(1)
        pad_column.addLayout(clear_row)
        paper_box = QWidget()
        paper_column = QVBoxLayout(paper_box)
        self.attach = QPushButton(self.tr("Attach the scan of the signed form..."), paper_box)
        self.attach.setObjectName("attach_scan")
        self.attach.clicked.connect(self._pick_scan)
        self.scan_label = QLabel(paper_box)
        style.set_px(self.scan_label, style.SMALL_PX + 2)
        paper_column.addWidget(self.attach, 0, Qt.AlignmentFlag.AlignLeading)
        paper_column.addWidget(self.scan_label)
        paper_column.addStretch(1)
        self._stack.addWidget(QWidget())
        self._stack.addWidget(pad_box)
        self._stack.addWidget(paper_box)
        if verbal is not None:
            self._stack.addWidget(verbal)
            verbal.proof_changed.connect(self.proof_changed)
        layout.addWidget(self._stack, 1)
        self._ui: dict[str, str] = {}

    def show_confirm(self, ui: dict[str, str], method: str | None) -> None:
        self._ui = ui
        self.title.setText(ui["confirm_title"])
        self.text.setText(ui["confirm_text"])
        self.clear.setText(ui["clear"])
        for name, button in self.method_buttons.items():
            button.setText(ui[f"method_{name}"])
            button.setChecked(name == method)
        self._show_method(method)

    def _show_method(self, method: str | None) -> None:
        keys = {"signature": "sign_here", "mark": "mark_here", "verbal": "verbal_text",
                "paper": "paper_text"}
        self.instructions.setText(self._ui.get(keys.get(method or "", ""), ""))
        pages = {"signature": 1, "mark": 1, "paper": 2, "verbal": 3 if self.verbal else 0}
        self._stack.setCurrentIndex(pages.get(method or "", 0))

    def _choose(self, method: str) -> None:
        self.method_chosen.emit(method)  # first: clearing below reports an empty proof
        self.pad.clear()
        self.scan_label.clear()
        if self.verbal is not None and method != "verbal":
            self.verbal.discard_take()
        self._show_method(method)

    def _drawn(self) -> None:
        self.proof_changed.emit(None if self.pad.is_empty() else self.pad.signature())

    def _pick_scan(self) -> None:
        # Qt's own dialog, not the platform's: it stays inside this modal window.
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Scan of the signed consent form"), str(Path.home()),
            self.tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"),
            options=QFileDialog.Option.DontUseNativeDialog)
        if name:
            self.attach_scan(Path(name))

    def attach_scan(self, path: Path) -> None:
        try:
            if path.stat().st_size > MAX_ARTEFACT:
                raise OSError(self.tr("the file is too large"))
            data = path.read_bytes()
        except OSError as exc:
            self.scan_label.setText(self.tr("Cannot read %1: %2").replace("%1", isolate(path.name))
                                    .replace("%2", str(exc.strerror or exc)))
            self.proof_changed.emit(None)
            return
        self.scan_label.setText(self.tr("Attached: %1").replace("%1", isolate(path.name)))
        self.proof_changed.emit(FileArtefact(data, path.name))
