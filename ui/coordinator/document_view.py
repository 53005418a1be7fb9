"""Looking at an image, a PDF or a text attachment inside the app, from memory only.

The bytes are decrypted on the vault's thread into memory (`load_for_viewing`, bounded like the
player's compressed audio) and decoded from there: a QImage from the bytes, a QPdfDocument
reading a QBuffer, text decoded as UTF-8. Nothing is written to disk, and `clear()` overwrites
the decrypted bytes before letting them go. The file came from a packet: text is shown as plain
text, and a PDF only as rendered pages (no links, no forms).
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QSize, Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QScrollArea, QStackedWidget, QWidget

from testimony_recorder.recorder.errors import RecorderError
from testimony_recorder.recorder.media import store
from testimony_recorder.recorder.model.attachment import Attachment
from testimony_recorder.recorder.vault import Vault

from ..audio.player import MAX_COMPRESSED
from ..widgets import layouts
from ..widgets.memory_file import MemoryFile

# Pages of a PDF rendered at once (a longer file says how many more there are).
MAX_PAGES = 30
# Width pages are rendered at, in pixels.
PAGE_WIDTH = 900


class TooLargeToView(RecorderError):
    code = "too_large_to_view"
    english = "{name} is too large to be shown inside the app."
    name: str


class CannotShow(RecorderError):
    code = "cannot_show_file"
    english = "{name} could not be shown: it is damaged or of a kind the app cannot show."
    name: str


def load_for_viewing(vault: Vault, attachment_id: str) -> bytes:
    """On the vault thread: the decrypted bytes of the attachment, in memory."""
    attachment = store.get_attachment(vault.conn, attachment_id)
    if attachment.size > MAX_COMPRESSED:
        raise TooLargeToView(attachment.filename)
    with store.open_attachment(vault, attachment_id) as reader:
        data = reader.read()
    if len(data) > MAX_COMPRESSED:
        raise TooLargeToView(attachment.filename)
    return data


def viewable(attachment: Attachment) -> bool:
    """Whether this view shows the attachment (audio and video have players of their own)."""
    return attachment.kind == "image" or attachment.media_type in (
        "application/pdf", "text/plain")


class DocumentView(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("The attachment's content"))
        self.memory = MemoryFile(self)
        self.pdf = QPdfDocument(self)
        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture = QPixmap()
        self.pages = QWidget(self)
        self.page_labels: list[QLabel] = []
        self.more = QLabel(self.pages)
        self.more.setTextFormat(Qt.TextFormat.PlainText)
        self.page_column = layouts.column(self.pages, self.more)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Text of the file"))
        for widget in (self._scrolled(self.image), self._scrolled(self.pages), self.text):
            self.addWidget(widget)

    def _scrolled(self, widget: QWidget) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setWidget(widget)
        return area

    def show_bytes(self, attachment: Attachment, data: bytes) -> None:
        """Show the decrypted file (raises CannotShow if it does not decode)."""
        self.clear()
        held = self.memory.hold(data)
        if attachment.kind == "image":
            image = QImage.fromData(held)
            if image.isNull():
                raise CannotShow(attachment.filename)
            self.picture = QPixmap.fromImage(image)
            self.setCurrentIndex(0)
            self._fit()
        elif attachment.media_type == "application/pdf":
            self._show_pdf(attachment)
        else:
            self.text.setPlainText(bytes(held.data()).decode("utf-8", errors="replace"))
            self.setCurrentWidget(self.text)

    def _show_pdf(self, attachment: Attachment) -> None:
        self.pdf.load(self.memory.device())
        if self.pdf.status() != QPdfDocument.Status.Ready or self.pdf.pageCount() < 1:
            self.clear()
            raise CannotShow(attachment.filename)
        count = self.pdf.pageCount()
        width = max(200, min(PAGE_WIDTH, self.width() - 30))  # the pane's width, less a scroll bar
        for page in range(min(count, MAX_PAGES)):
            points = self.pdf.pagePointSize(page)
            height = int(width * points.height() / max(1.0, points.width()))
            label = QLabel(self.pages)
            label.setPixmap(QPixmap.fromImage(self.pdf.render(page, QSize(width, height))))
            label.setAccessibleName(self.tr("Page %1").replace("%1", str(page + 1)))
            self.page_column.insertWidget(page, label)
            self.page_labels.append(label)
        self.more.setText(self.tr("%n more page(s) not shown.", "", count - MAX_PAGES)
                          if count > MAX_PAGES else "")
        self.setCurrentIndex(1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """The picture whole in the space there is, never larger than it is."""
        if self.picture.isNull():
            return
        room = self.size().shrunkBy(QMargins(4, 4, 4, 4))
        if (self.picture.width() <= room.width() and self.picture.height() <= room.height()):
            self.image.setPixmap(self.picture)
        else:
            self.image.setPixmap(self.picture.scaled(
                room, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))

    def clear(self) -> None:
        """Forget the file, overwriting its decrypted bytes first."""
        self.pdf.close()
        self.memory.wipe()
        self.image.clear()
        self.picture = QPixmap()
        self.text.clear()
        for label in self.page_labels:
            label.deleteLater()
        self.page_labels = []
        self.more.clear()
