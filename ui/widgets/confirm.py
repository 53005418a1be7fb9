"""A question before an action that cannot be taken back, with the action named on its button.

Cancel is the default, so Enter never deletes or exports by accident. The text is plain text:
it may hold a file name from outside.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget | None, title: str, text: str, action: str, *,
        warning: bool = True) -> bool:
    """True when the person chose `action`; False for Cancel or closing the box."""
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    chosen = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole if warning
                           else QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("Confirm", "Cancel"))
    box.exec()
    return box.clickedButton() is chosen
