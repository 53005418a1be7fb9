"""The body of a preview page (the packet's and the case export's): a busy bar while the core
works the preview out, the tree of what goes, what stays and why, and a message under it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QLabel,
    QProgressBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


def preview_parts(page: QWidget, tree_name: str,
                  first_column: str) -> tuple[QProgressBar, QTreeWidget, QLabel]:
    """Lay the parts out in `page` and return them (busy bar, tree, message)."""
    translate = QCoreApplication.translate
    busy = QProgressBar(page)
    busy.setRange(0, 0)
    busy.setAccessibleName(translate("PreviewParts", "Preparing the preview"))
    tree = QTreeWidget(page)
    tree.setAccessibleName(tree_name)
    tree.setHeaderLabels([first_column, translate("PreviewParts", "What happens"),
                          translate("PreviewParts", "Why")])
    tree.setWordWrap(True)
    message = QLabel(page)
    message.setWordWrap(True)
    message.setTextFormat(Qt.TextFormat.PlainText)
    layout = QVBoxLayout(page)
    layout.addWidget(busy)
    layout.addWidget(tree, 1)
    layout.addWidget(message)
    return busy, tree, message


def add_row(tree: QTreeWidget, parent: QTreeWidgetItem | None, first: str, second: str,
            third: str) -> QTreeWidgetItem:
    """A row of what, what happens, and why (in full in its tooltip: reasons run long)."""
    item = QTreeWidgetItem([first, second, third])
    item.setToolTip(2, third)
    if parent is None:
        tree.addTopLevelItem(item)
    else:
        parent.addChild(item)
    return item
