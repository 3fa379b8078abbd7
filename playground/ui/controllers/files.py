"""File menu work: sessions, points CSV, weights and images (autosave: ``recovery``).

Every ``*_path`` method takes an explicit path (tests call them directly); the menu actions
ask for the path with a file dialog first. A load error shows a dialog naming the problem and
leaves the current work untouched: files are read and validated completely before anything
in the window changes. Every save is atomic (see ``data.atomic``).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

import numpy as np
from PySide6.QtCore import QBuffer, QIODevice, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox, QWidget

from playground.api.notebook import DEFAULT_EPOCHS, write_notebook
from playground.api.notebook import MAX_EPOCHS as MAX_NOTEBOOK_EPOCHS
from playground.data.atomic import atomic_write_bytes
from playground.data.points import PointSet
from playground.data.points_csv import Task as CsvTask
from playground.data.points_csv import read_points_csv, write_points_csv
from playground.data.scaling import scaled_normalizer
from playground.data.weights_file import WeightsFile, load_weights, save_weights
from playground.errors import PlaygroundError
from playground.exporters import FORMATS, export_model
from playground.limits import MAX_COORD
from playground.pictures.colors import STANDARD, Palette
from playground.pictures.gif import write_gif, write_history_csv
from playground.session.dataset import DatasetSettings
from playground.session.dims import is_one_d
from playground.session.file import SESSION_SUFFIX, Session, load_session, save_session
from playground.session.tfplayground import is_link, read_link, write_link
from playground.training.config import DEFAULT_CONFIG
from playground.training.export import (
    check_compatible,
    input_scaling_of,
    normalizer_from_file,
    weights_file,
)
from playground.training.protocol import ModelState
from playground.ui.actions import ActionSpec, StatusReporter
from playground.ui.i18n import translate, translate_noop
from playground.ui.session import WindowSession

log = logging.getLogger("playground.files")
# file dialogs' filters: the words are translated (``translate("FileController", ...)``
# where a dialog shows them), the patterns stay
SESSION_FILTER = translate_noop("FileController", "Playground session (*.pgsession)")
CSV_FILTER = translate_noop("FileController", "Points CSV (*.csv)")
NPZ_FILTER = translate_noop("FileController", "Weights (*.npz)")
PNG_FILTER = translate_noop("FileController", "PNG image (*.png)")
GIF_FILTER = translate_noop("FileController", "Animated GIF (*.gif)")
NOTEBOOK_FILTER = translate_noop("FileController", "Jupyter notebook (*.ipynb)")

# The answer of the Save / Discard / Cancel question.
SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
# what comes after the question (``confirm_discard``)
NEXT_STEPS = ("close", "new", "open", "link", "lesson")


class ViewSettings(Protocol):
    """The window's view settings a session file carries (show test points, classroom …)."""

    def view_settings(self) -> dict[str, object]: ...

    def apply_view(self, view: dict[str, object]) -> None: ...


class Renderable(Protocol):
    def render_image(self, width: int, height: int) -> QImage: ...


class FileController(QObject):
    """Owns the current file name and the File menu's commands.

    sigPathChanged(str): the file the work belongs to changed ("" : none).
    """

    sigPathChanged = Signal(str)

    def __init__(self, session: WindowSession, status: StatusReporter, settings: QSettings,
                 view: ViewSettings, output: Callable[[], Renderable],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.status = status
        self.settings = settings
        self.view = view
        self.output = output  # the view that shows the output now (for PNG export)
        self.replay_palette: Palette = STANDARD  # View ▸ Colours, for the replay GIF
        self._parent = parent  # of the file dialogs
        self._path: str | None = None
        # replaceable in tests: (title, text) -> SAVE | DISCARD | CANCEL
        self.ask_save: Callable[[str, str], str] = self._ask_save_dialog
        # replaceable in tests: (title, text, details) -> None, a note that does not stop
        # the window (what a TensorFlow Playground link's session does differently, what
        # did not fit a copied link)
        self.tell: Callable[[str, str, str], None] = self._tell_dialog
        # replaceable in tests: the text typed in Open link's dialog (None: cancelled)
        self.ask_link: Callable[[], str | None] = self._ask_link_dialog

    @property
    def path(self) -> str | None:
        """The session file the work belongs to (None: untitled)."""
        return self._path

    @path.setter
    def path(self, path: str | None) -> None:
        self._path = path
        self.sigPathChanged.emit(path or "")

    # --- menu ---------------------------------------------------------------------------------
    def action_specs(self) -> list[ActionSpec]:
        """The File menu's commands (``MENUS`` of the window orders them)."""
        def save_to(file_filter: str, suffix: str,
                    action: Callable[[str], bool]) -> Callable[[], bool]:
            return lambda: self._dialog_save(file_filter, suffix, action)

        specs = [
            ActionSpec("file.new", translate("FileController", "&New"), self.new,
                       QKeySequence.StandardKey.New),
            ActionSpec("file.open", translate("FileController", "&Open session…"),
                       self.open_dialog, QKeySequence.StandardKey.Open),
            ActionSpec("file.open_link", translate("FileController", "Open lin&k…"),
                       self.open_link_dialog,
                       tip=translate("FileController",
                                     "Open a TensorFlow Playground link "
                                     "(https://playground.tensorflow.org/#...) as a new session")),
            ActionSpec("file.save", translate("FileController", "&Save session"), self.save,
                       QKeySequence.StandardKey.Save),
            ActionSpec("file.save_as", translate("FileController", "Save session &as…"),
                       self.save_as, "Ctrl+Shift+S"),
            ActionSpec("file.import_points", translate("FileController", "&Import points CSV…"),
                       lambda: self._dialog_open(CSV_FILTER, self.import_points)),
            ActionSpec("file.export_points", translate("FileController", "E&xport points CSV…"),
                       save_to(CSV_FILTER, ".csv", self.export_points)),
            ActionSpec("file.export_weights", translate("FileController", "Export &weights…"),
                       save_to(NPZ_FILTER, ".npz", self.export_weights), "Ctrl+E"),
            ActionSpec("file.import_weights", translate("FileController", "Import wei&ghts…"),
                       lambda: self._dialog_open(NPZ_FILTER, self.import_weights)),
            ActionSpec("file.export_image", translate("FileController", "Export image &PNG…"),
                       save_to(PNG_FILTER, ".png", self.export_image)),
            ActionSpec("file.export_replay", translate("FileController", "Export &replay GIF…"),
                       save_to(GIF_FILTER, ".gif", self.export_replay)),
            ActionSpec("file.export_history",
                       translate("FileController", "Export loss &history CSV…"),
                       save_to(CSV_FILTER, ".csv", self.export_history)),
            ActionSpec("file.export_notebook",
                       translate("FileController", "Export as no&tebook…"),
                       save_to(NOTEBOOK_FILTER, ".ipynb", self.export_notebook),
                       tip=translate("FileController",
                                     "A Jupyter notebook that rebuilds, trains and "
                                     "explains this session")),
        ]
        def export_as(to: str) -> Callable[[str], bool]:
            return lambda path: self.export_model(to, path)

        for name, fmt in FORMATS.items():
            specs.append(ActionSpec(
                f"file.export_model.{name}",
                translate("ExportFormats", fmt.label) + "…",
                save_to(fmt.filter, fmt.suffix, export_as(name)),
                tip=fmt.missing() or translate(
                    "FileController",
                    "The trained network as {format} ({suffix}), to run without Playground",
                ).format(format=translate("ExportFormats", fmt.label), suffix=fmt.suffix)))
        specs.append(ActionSpec(
            "edit.copy_link", translate("FileController", "Copy as &link"), self.copy_link,
            tip=translate("FileController", "Copy the session as a TensorFlow Playground link "
                                            "(says what does not fit)")))
        return specs

    def display_name(self) -> str:
        return Path(self.path).name if self.path else translate("FileController", "Untitled")

    # --- dialogs ------------------------------------------------------------------------------
    def _last_dir(self) -> str:
        value = self.settings.value("last_dir", "")
        return value if isinstance(value, str) and os.path.isdir(value) else str(Path.home())

    def _remember_dir(self, path: str) -> None:
        self.settings.setValue("last_dir", str(Path(path).parent))

    def _dialog_open(self, file_filter: str, action: Callable[[str], bool]) -> bool:
        path, _ = QFileDialog.getOpenFileName(self._parent, translate("FileController", "Open"),
                                              self._last_dir(),
                                              translate("FileController", file_filter))
        return bool(path) and action(path)

    def _dialog_save(self, file_filter: str, suffix: str, action: Callable[[str], bool]) -> bool:
        path, _ = QFileDialog.getSaveFileName(self._parent, translate("FileController", "Save"),
                                              self._last_dir(),
                                              translate("FileController", file_filter))
        if not path:
            return False
        if not path.lower().endswith(suffix):
            path += suffix
        return action(path)

    def _fail(self, what: str, exc: Exception) -> bool:
        log.warning("%s failed: %s", what, exc)
        self.status.warn(what, str(exc))
        return False

    def _ask_save_dialog(self, title: str, text: str) -> str:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self._parent)
        box.setStandardButtons(QMessageBox.StandardButton.Save
                               | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        return {QMessageBox.StandardButton.Save: SAVE,
                QMessageBox.StandardButton.Discard: DISCARD}.get(
                    QMessageBox.StandardButton(answer), CANCEL)

    def _tell_dialog(self, title: str, text: str, details: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text,
                          QMessageBox.StandardButton.Ok, self._parent)
        if details:
            box.setDetailedText(details)
        box.setModal(False)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()

    def _ask_link_dialog(self) -> str | None:
        clipboard = QApplication.clipboard().text().strip()
        text, ok = QInputDialog.getText(
            self._parent, translate("FileController", "Open link"),
            translate("FileController", "TensorFlow Playground link:"),
            text=clipboard if is_link(clipboard) else "https://playground.tensorflow.org/#")
        return text.strip() if ok and text.strip() else None

    def confirm_discard(self, next_step: str) -> bool:
        """Before closing/New/Open: ask Save / Discard / Cancel when there are unsaved changes.
        Returns True when it is fine to go on. ``next_step`` says what comes next, so that the
        question says it in one sentence: one of ``NEXT_STEPS`` ("close", "new", "open",
        "link", "lesson")."""
        if not self.session.document.modified:
            return True
        question = _questions().get(next_step) or translate(
            "FileController", "Save the changes to {name} first?")
        answer = self.ask_save(translate("FileController", "Unsaved changes"),
                               question.format(name=self.display_name()))
        if answer == SAVE:
            return self.save()
        return answer == DISCARD

    # --- sessions -----------------------------------------------------------------------------
    def new(self) -> bool:
        if not self.confirm_discard("new"):
            return False
        settings = DatasetSettings()
        self.session.document.reset_to(settings.generate(), DEFAULT_CONFIG, [], settings)
        self.path = None
        return True

    def open_dialog(self) -> bool:
        if not self.confirm_discard("open"):
            return False
        return self._dialog_open(SESSION_FILTER, lambda p: self.open_session(p, ask=False))

    def open_path(self, path: str) -> bool:
        """Open a file by its type: session, points CSV or weights; or a TensorFlow
        Playground link (``playground gui URL``)."""
        if is_link(path):
            return self.open_link(path)
        lower = path.lower()
        if lower.endswith(".csv"):
            return self.import_points(path)
        if lower.endswith(".npz"):
            return self.import_weights(path)
        return self.open_session(path)

    def open_session(self, path: str, ask: bool = True) -> bool:
        if ask and not self.confirm_discard("open"):
            return False
        try:
            with _busy():
                s = load_session(path)
        except PlaygroundError as exc:
            return self._fail(translate("FileController", "Open session"), exc)
        self.apply_session(s)
        self.path = path
        self._remember_dir(path)
        return True

    # --- TensorFlow Playground links ----------------------------------------------------------
    def open_link_dialog(self) -> bool:
        url = self.ask_link()
        return url is not None and self.open_link(url)

    def open_link(self, url: str, ask: bool = True) -> bool:
        """Replace the work by the session a TensorFlow Playground link describes (asking to
        save unsaved work first, as Open does); what Playground does differently and the
        link's warnings are told once."""
        try:
            link = read_link(url)
        except PlaygroundError as exc:
            return self._fail(translate("FileController", "Open link"), exc)
        if ask and not self.confirm_discard("link"):
            return False
        try:
            with _busy():
                s = link.session()
        except PlaygroundError as exc:
            return self._fail(translate("FileController", "Open link"), exc)
        self.apply_session(s)
        self.path = None
        text = link.note
        if link.warnings:
            text += "\n\n" + translate("FileController", "From the link:\n{warnings}").format(
                warnings="\n".join(f"• {w}" for w in link.warnings))
        self.tell(translate("FileController", "TensorFlow Playground link"), text, url)
        return True

    def current_link(self) -> tuple[str, list[str]]:
        """The session as a TensorFlow Playground link, and what does not fit one."""
        model = self.session.model
        return write_link(model.dataset, model.config, self.view.view_settings())

    def copy_link(self) -> bool:
        """Edit ▸ Copy as link: the link on the clipboard, and a note naming what did not
        fit (left at TensorFlow Playground's defaults)."""
        url, misfits = self.current_link()
        QApplication.clipboard().setText(url)
        if misfits:
            self.tell(translate("FileController", "Copy as link"),
                      translate("FileController",
                                "Copied a TensorFlow Playground link. These do not fit one and "
                                "are left at TensorFlow Playground's defaults:\n{misfits}").format(
                                    misfits="\n".join(f"• {m}" for m in misfits)), url)
        else:
            self.status.show_message(
                translate("FileController", "Copied the session as a TensorFlow Playground link"),
                5000)
        return True

    def apply_session(self, s: Session) -> None:
        """Replace the window's work by ``s`` (Open, recovery)."""
        self.session.model.load(s)
        self.session.document.after_load()
        self.view.apply_view(s.view)

    def fetch_trainer_state(self) -> bool:
        """Put the trainer's exact state (weights and optimizer state) in the model, waiting
        for it (``WindowSession.fetch_state``); without it, says so in the status bar."""
        if self.session.fetch_state():
            return True
        self.status.show_message(
            translate("FileController", "Saved the latest weights shown; the optimizer's state "
                                        "was not available"), 5000)
        return False

    def current_session(self) -> Session:
        """The window's work as a ``Session`` (the trainer's exact state included)."""
        self.fetch_trainer_state()
        return self.session.model.to_session(self.view.view_settings())

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self.save_session(self.path)

    def save_as(self) -> bool:
        return self._dialog_save(SESSION_FILTER, SESSION_SUFFIX, self.save_session)

    def save_session(self, path: str) -> bool:
        try:
            with _busy():  # a long run's replay takes a moment to compress
                save_session(path, self.current_session())
        except PlaygroundError as exc:
            return self._fail(translate("FileController", "Save session"), exc)
        self.path = path
        self._remember_dir(path)
        self.session.document.mark_saved()
        return True

    # --- points -------------------------------------------------------------------------------
    def import_points(self, path: str) -> bool:
        doc = self.session.document
        try:
            table = read_points_csv(path, max_coord=MAX_COORD)
            points = PointSet(table.coords, table.values,
                              np.ones(len(table.values), bool), table.task, table.n_classes)
            if len(points) > 1 and doc.dataset.train_ratio < 1:
                points = points.with_split(doc.dataset.train_ratio, doc.dataset.seed)
        except PlaygroundError as exc:
            return self._fail(translate("FileController", "Import points"), exc)
        doc.import_points(points, Path(path).name, table.dims, list(table.names) or None,
                          table.input_names if table.dims != 1 else ())
        self._remember_dir(path)
        return True

    def export_points(self, path: str) -> bool:
        doc = self.session.document
        p = doc.points
        dims = 1 if is_one_d(doc.model) and p.task == "regression" else 2  # 1-D: x,y
        try:
            task: CsvTask = ("multilabel" if p.task == "multilabel" else
                             "classification" if p.task == "classification" else "regression")
            write_points_csv(path, p.coords, p.values, task, dims,
                             doc.model.input_names if dims == 2 else None,
                             names=doc.class_names if p.task == "multilabel" else None)
        except PlaygroundError as exc:
            return self._fail(translate("FileController", "Export points"), exc)
        self._remember_dir(path)
        return True

    # --- weights ------------------------------------------------------------------------------
    def current_weights(self) -> WeightsFile:
        """The network shown (``WindowSession.shown_network``) as a weights file
        (``PlaygroundError``: none yet)."""
        model = self.session.model
        shown = self.session.shown_network()
        if shown is None:
            raise PlaygroundError(translate("FileController", "there are no weights yet; wait "
                                                              "for the network to appear"))
        config, state = shown
        # the names belong to the document, the weights to the network shown: right after a
        # class-count change they differ, and the weights' own count wins
        names: list[str] | None = model.class_names
        if len(model.class_names) != config.n_classes:
            names = None
        normalizer = state.normalizer or scaled_normalizer(config.input_scaling,
                                                           model.points.train()[0])
        return weights_file(config, state.weights, state.biases, normalizer, state.epoch,
                            names, model.input_names, state.norms)

    def export_weights(self, path: str) -> bool:
        try:
            save_weights(path, self.current_weights())
        except PlaygroundError as exc:
            return self._fail(translate("FileController", "Export weights"), exc)
        self._remember_dir(path)
        return True

    def export_model(self, to: str, path: str) -> bool:
        """The network as code or a graph to run elsewhere (``exporters``)."""
        try:
            export_model(self.current_weights(), to, path)
        except PlaygroundError as exc:
            return self._fail(translate("FileController", "Export model as {format}").format(
                format=translate("ExportFormats", FORMATS[to].label)), exc)
        self._remember_dir(path)
        return True

    def import_weights(self, path: str) -> bool:
        """Continue training from saved weights. The file's task and classes must match the
        points; its features and architecture are adopted, training settings are kept."""
        model = self.session.model
        doc = self.session.document
        try:
            wf = load_weights(path)
            meta = wf.meta
            if meta["task"] != doc.points.task:
                raise PlaygroundError(translate(
                    "FileController", "these weights are for {weights_task}, but the points are "
                                      "for {points_task}").format(
                                          weights_task=meta["task"], points_task=doc.points.task))
            if doc.points.task != "regression" and len(meta["classes"]) != \
                    doc.points.n_classes:
                raise PlaygroundError(translate(
                    "FileController", "these weights are for {weights} classes, but the points "
                                      "have {points}").format(
                                          weights=len(meta["classes"]),
                                          points=doc.points.n_classes))
            hidden = tuple(meta["layer_sizes"][1:-1])
            # the file's normalisations and skips are its architecture too; its dropout (a
            # version-2 file's) is how it was trained, a plain file's leaves the setting
            options = wf.options
            layer_options = {"norm": options.norm, "skip": options.skip}
            if "dropout" in meta:
                layer_options["dropout"] = options.dropout
            config = doc.config.replace(features=tuple(meta["features"]), hidden_layers=hidden,
                                        activations=tuple(meta["activations"][:-1]),
                                        input_scaling=input_scaling_of(wf), **layer_options)
            check_compatible(wf, config)
            normalizer = normalizer_from_file(wf)
        except (PlaygroundError, KeyError, TypeError) as exc:
            return self._fail(translate("FileController", "Import weights"), exc)
        doc.set_config(config)
        model.clear_history()
        model.replace_weights(ModelState(tuple(wf.weights), tuple(wf.biases),
                                           int(meta["epoch"]), {}, normalizer, wf.norms))
        self._remember_dir(path)
        return True

    # --- image --------------------------------------------------------------------------------
    def export_image(self, path: str, width: int = 1200, height: int = 1200) -> bool:
        image = self.output().render_image(width, height)
        buf = QBuffer()
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buf, "PNG"):  # type: ignore[call-overload]  # stubs: bytes; runtime: str
            return self._fail(translate("FileController", "Export image"),
                              PlaygroundError(translate("FileController",
                                                        "could not encode the image")))
        try:
            atomic_write_bytes(path, bytes(buf.data().data()))
        except PlaygroundError as exc:
            return self._fail(translate("FileController", "Export image"), exc)
        self._remember_dir(path)
        return True

    def export_replay(self, path: str, size: int = 480) -> bool:
        """The run's replay as an animated GIF (what ``playground replay`` writes)."""
        model = self.session.model
        try:
            write_gif(path, model.replay.frames, model.points, size, one_d=is_one_d(model),
                      palette=self.replay_palette)
        except PlaygroundError as exc:
            return self._fail(translate("FileController", "Export replay"), exc)
        self._remember_dir(path)
        return True

    def export_history(self, path: str) -> bool:
        """The loss history as CSV, one row per evaluation."""
        try:
            write_history_csv(path, self.session.model.history.rows())
        except PlaygroundError as exc:
            return self._fail(translate("FileController", "Export loss history"), exc)
        self._remember_dir(path)
        return True

    def export_notebook(self, path: str) -> bool:
        """A notebook that rebuilds the session with the API (``api.notebook``); it trains
        as many epochs as this session has (the notebook's default before any training)."""
        model = self.session.model
        doc = self.session.document
        epochs = model.epoch if model.epoch > 0 else DEFAULT_EPOCHS
        try:
            write_notebook(path, doc.config, doc.points, model.dataset,
                           epochs=min(epochs, MAX_NOTEBOOK_EPOCHS))
        except PlaygroundError as exc:
            return self._fail(translate("FileController", "Export as notebook"), exc)
        self._remember_dir(path)
        return True


def _questions() -> dict[str, str]:
    """``confirm_discard``'s question before each of ``NEXT_STEPS``, whole sentences."""
    return {
        "close": translate("FileController", "Save the changes to {name} before closing?"),
        "new": translate(
            "FileController", "Save the changes to {name} before starting a new session?"),
        "open": translate(
            "FileController", "Save the changes to {name} before opening another session?"),
        "link": translate(
            "FileController", "Save the changes to {name} before opening the link?"),
        "lesson": translate(
            "FileController", "Save the changes to {name} before opening a lesson?"),
    }


@contextmanager
def _busy() -> Iterator[None]:
    """The wait cursor while a large session is written or read."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
