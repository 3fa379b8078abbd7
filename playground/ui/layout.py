"""Small layout helpers shared by the window's parts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QMenu,
    QScrollArea,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from playground.ui.i18n import translate


def fill(target: QMenu | QToolBar, actions: list[QAction | None]) -> None:
    """Add ``actions`` to a menu or tool bar; None is a separator."""
    for action in actions:
        if action is None:
            target.addSeparator()
        else:
            target.addAction(action)


def available_rect(window: QWidget) -> QRect:
    """The part of ``window``'s screen that windows may use (without panels and docks)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(window: QWidget, size: QSize | None = None) -> None:
    """Give ``window`` ``size`` (default: its current size), or less, so that it and its frame
    lie inside the screen's available geometry; move it inside when it sticks out. Call it
    before showing (the frame is then guessed from the platform's last one) and again once
    shown (the window manager's frame is known). A window not shown yet is taken to be framed
    as its parent window is."""
    area = available_rect(window)
    extra = _frame_extra(window)
    parent = window.parentWidget()
    if extra.isEmpty() and parent is not None:  # not mapped yet: framed as its parent is
        extra = _frame_extra(parent.window())
    want = size if size is not None else window.size()
    fitted = fitted_size(want, area.size(), extra, window.minimumSize())
    if fitted != window.size():
        window.resize(fitted)
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.x()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.y()), area.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(max(x, area.x()), max(y, area.y()))


def fitted_size(want: QSize, available: QSize, frame_extra: QSize, minimum: QSize) -> QSize:
    """The size a window that wants ``want`` gets on a screen of ``available`` size when its
    frame (title bar, borders) adds ``frame_extra``: never larger than the room the frame
    leaves, nor smaller than ``minimum``."""
    room = QSize(available.width() - frame_extra.width(),
                 available.height() - frame_extra.height())
    return want.boundedTo(room).expandedTo(minimum)


class ScreenFit(QObject):
    """Fits a top-level window to its screen again once the window manager has framed it.

    Before a window is first shown its frame is unknown (``fit_to_screen`` counts none), and
    on X11 it is still unknown just after ``show``: the window manager adds its title bar a
    moment later, which would push a window made as tall as the screen past its bottom edge
    (the status bar off screen). The first move or resize that comes with a known frame fits
    the window again to the size it had when shown; after that the user's sizes stand.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._wanted: QSize | None = None
        window.installEventFilter(self)

    def shown(self) -> None:
        """The program shows the window (call from its ``showEvent``)."""
        window = self._window
        self._wanted = window.size()
        fit_to_screen(window)  # a saved size may not fit
        QTimer.singleShot(0, self.check)

    def check(self) -> None:
        """Fit again if the frame is known now (and the window not maximised)."""
        window, wanted = self._window, self._wanted
        if wanted is None or _frame_extra(window).isEmpty():
            return
        self._wanted = None  # once: the user's sizes stand after this
        if not (window.isMaximized() or window.isFullScreen()):
            fit_to_screen(window, wanted)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if obj is self._window and event.type() in (QEvent.Type.Move, QEvent.Type.Resize):
            self.check()
        return False


def _frame_extra(window: QWidget) -> QSize:
    """How much wider and taller the window's frame is than the window."""
    frame, inner = window.frameGeometry(), window.geometry()
    return QSize(frame.width() - inner.width(), frame.height() - inner.height())


def side_column(content: QWidget) -> QScrollArea:
    """A vertically scrolling column exactly as wide as its content needs."""
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    # not a tab stop of its own: Tab goes to its controls, and it scrolls to the one focused
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setMinimumWidth(content.minimumSizeHint().width()
                         + area.verticalScrollBar().sizeHint().width() + 4)
    return area


class PanelArea(QScrollArea):
    """A settings panel above a view that takes the rest of the column: as tall as the
    panel wants (never taller, nor above half the column), and scrolling, in either
    direction, when the column is narrower or lower than the panel needs (large text on a
    projector), so the panel never widens the window."""

    MIN_WIDTH = 200
    MIN_HEIGHT = 60
    MAX_SHARE = 0.5  # of its column's height at most: the view below keeps the rest

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a tab stop: its controls are
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        content.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if obj is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the panel's height changed (a section folded)
        return super().eventFilter(obj, event)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint().expandedTo(content.minimumSizeHint())
        if self.width() < content.minimumSizeHint().width():  # a horizontal scroll bar too
            hint.setHeight(hint.height() + self.horizontalScrollBar().sizeHint().height())
        column = self.parentWidget()
        if column is not None and column.height() > 0:  # large text: scroll, leave the view
            hint.setHeight(min(hint.height(), max(self.MIN_HEIGHT,
                                                  int(column.height() * self.MAX_SHARE))))
        return hint

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        content = self.widget()
        want = content.minimumSizeHint() if content is not None else QSize()
        return QSize(min(want.width(), self.MIN_WIDTH), min(want.height(), self.MIN_HEIGHT))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.updateGeometry()  # whether a horizontal scroll bar needs room changed


class Fold(QWidget):
    """A titled section that folds away (advanced settings), closed at first.

    Written here rather than taken from superqt's ``QCollapsible``: importing superqt costs
    ~0.25 s at launch (its package imports every widget, and qtpy loads QtOpenGL), a sixth of
    the whole launch budget, for a button that shows and hides a box.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setText(title)
        self.toggle.setToolTip(translate("Fold", "Show or hide the settings under: {title}")
                               .format(title=title.replace("&", "")))
        self.toggle.toggled.connect(self.set_expanded)
        self._content = QWidget()
        self._content_layout = QVBoxLayout(self._content)
        self._content_layout.setContentsMargins(0, 0, 0, 0)
        self._content.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toggle)
        layout.addWidget(self._content)

    def addWidget(self, widget: QWidget) -> None:  # noqa: N802 (Qt naming)
        self._content_layout.addWidget(widget)

    def isExpanded(self) -> bool:  # noqa: N802 (Qt naming)
        return self.toggle.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        if self.toggle.isChecked() != expanded:
            self.toggle.setChecked(expanded)  # re-enters through toggled
            return
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self._content.setVisible(expanded)

    def expand(self) -> None:
        self.set_expanded(True)
