"""The one way a key file is accepted: its owner reads out (or shows) the fingerprint, the
person types it, and the core compares (recorder.trusting, recorder.archive.devices.enrol).

Trusting a contact's key and enrolling an interviewer's device differ only in the words, an
extra choice or two, and the core call; this dialog holds the rest. A refusal ("NOT trusted")
is a security warning: the dialog grows to show all of it, never clips it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QWidget,
)

from testimony_recorder.recorder.keys import bundle as bundle_mod
from testimony_recorder.recorder.vault import Vault

from ..i18n import isolate
from ..messages import describe
from ..session import Session
from ..tasks import Job

# Key files are small; a larger file is not read further (it fails to parse instead).
MAX_KEY_FILE = 1_000_000


def role_name(role: str) -> str:
    """A key's role in the person's language (an unknown role is shown as it came)."""
    return {"coordinator": QCoreApplication.translate("FingerprintCheck", "coordinator"),
            "interviewer": QCoreApplication.translate("FingerprintCheck", "interviewer"),
            }.get(role, role)


def key_heading(bundle: bundle_mod.KeyBundle) -> str:
    """Whose key this says it is; the organisation only when the file names one."""
    translate = QCoreApplication.translate
    text = (translate("FingerprintCheck", "Key of %1 (%2) at %3") if bundle.organisation
            else translate("FingerprintCheck", "Key of %1 (%2)"))
    return (text.replace("%1", isolate(bundle.name)).replace("%2", isolate(role_name(
        bundle.role))).replace("%3", isolate(bundle.organisation)))


class FingerprintCheckDialog(QDialog):
    """Subclasses add their rows with `form.insertRow(row_before_message(), ...)` and call
    `act` with the core call to make once the person confirms."""

    def __init__(self, session: Session, path: Path, *, title: str, explain: str,
                 typed_name: str, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.session = session
        self.path = path
        self.raw = b""
        self.who = QLabel(self)
        self.who.setObjectName("title")
        self.who.setWordWrap(True)
        self.who.setTextFormat(Qt.TextFormat.PlainText)
        explanation = QLabel(explain, self)
        explanation.setWordWrap(True)
        # A comfortable reading width; the layout's minimum (SetMinimumSize below) follows it.
        explanation.setMinimumWidth(explanation.fontMetrics().horizontalAdvance("x" * 80))
        self.typed = QLineEdit(self)
        self.typed.setAccessibleName(typed_name)
        self.typed.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.message = QLabel(self)
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(action)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout(self)
        # Wrapped labels take the width they are given and the height they need.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.form.addRow(self.who)
        self.form.addRow(explanation)
        self.form.addRow(self.tr("Fingerprint"), self.typed)
        self.form.addRow(self.message)
        self.form.addRow(self.buttons)
        self.buttons.setEnabled(False)

        # Read once the subclass has added its rows (a synchronous runner answers at once).
        QTimer.singleShot(0, self, self._read_key_file)

    def _read_key_file(self) -> None:
        path = self.path

        def read(vault: Vault, job: Job) -> tuple[bytes, bundle_mod.KeyBundle, Any]:
            with path.open("rb") as f:
                raw = f.read(MAX_KEY_FILE)
            return raw, bundle_mod.parse(raw, path.name), self.read_more(vault)

        self.session.runner.run(read, owner=self, done=self._read, failed=self.failed)

    def row_before_message(self) -> int:
        return self.form.rowCount() - 2

    def read_more(self, vault: Vault) -> Any:
        """Anything else the dialog shows, read with the key file (on the vault's thread)."""
        return None

    def show_more(self, more: Any) -> None:
        """Show what `read_more` returned (on the GUI thread)."""

    def confirm(self) -> None:
        raise NotImplementedError

    def _read(self, result: tuple[bytes, bundle_mod.KeyBundle, Any]) -> None:
        self.raw, bundle, more = result
        self.who.setText(key_heading(bundle))
        self.show_more(more)
        self.buttons.setEnabled(True)
        self.typed.setFocus()
        self.fit()

    def act(self, work: Callable[[Vault, Job], Any], done: Callable[[Any], None]) -> None:
        """Run the core call; a refusal is shown in full in the dialog."""
        self.message.clear()
        self.session.runner.run(work, owner=self, done=done, failed=self.failed)

    def failed(self, error: BaseException) -> None:
        self.message.setText(describe(error))
        self.buttons.setEnabled(bool(self.raw))
        self.fit()

    def fit(self) -> None:
        """Grow (never shrink) to the height the wrapped texts need at the current width."""
        self.form.activate()
        needed = (self.form.totalHeightForWidth(self.width()) if self.form.hasHeightForWidth()
                  else self.form.totalSizeHint().height())
        if needed > self.height():
            self.resize(self.width(), needed)
