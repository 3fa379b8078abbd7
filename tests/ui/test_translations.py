"""The window's translation catalogue (ui/i18n_catalog.py) and the shipped translations."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from playground.ui import i18n_catalog as catalog


def _write(tmp_path: Path, name: str, code: str) -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(code), encoding="utf-8")
    return path


@pytest.fixture
def own_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The tool pointed at a folder of its own (the shipped catalogues stay untouched)."""
    folder = tmp_path / "translations"
    monkeypatch.setattr(catalog, "TRANSLATIONS_DIR", folder)
    return folder


SAMPLE = """
    from playground.ui.i18n import translate, translate_noop
    TITLES = [translate_noop("MainWindow", "&File")]

    def f(n, label):
        label.setText(translate("Canvas", "Saved {path}").format(path="p"))
        label.setToolTip(translate("Canvas", "%n point(s)", n=n))
        return translate("Canvas", "Open", "verb"), translate("MainWindow", TITLES[0])
"""


def test_extract_finds_marked_text_with_context_plural_and_disambiguation(tmp_path):
    found = catalog.extract([_write(tmp_path, "a.py", SAMPLE)])
    keys = {(k.context, k.source, k.comment): m.numerus for k, m in found.items()}
    assert keys == {("MainWindow", "&File", ""): False, ("Canvas", "Saved {path}", ""): False,
                    ("Canvas", "%n point(s)", ""): True, ("Canvas", "Open", "verb"): False}


def test_unmarked_reports_shown_text_and_honours_the_exemption(tmp_path):
    path = _write(tmp_path, "b.py", """
        def f(label, n, log):
            label.setText("Training stopped")
            label.setToolTip(f"Epoch {n}")
            label.setObjectName("canvas")
            label.setStyleSheet("font-weight: bold")  # untranslated: a style sheet
            log.info("not for people %s", n)
            label.setLabel("bottom", "epoch")
            label.setText(f'<span style="color:{n}; font-weight:bold">{n}</span>')
            label.setText(f"<b>Loss</b> {n}")
            if n < 0:
                raise ValueError(f"n must not be negative (got {n})")
            return "Ctrl+S"
    """)
    rows = catalog.unmarked([path])
    assert [(r.line, r.text) for r in rows] == [(3, "Training stopped"), (4, "Epoch {x}"),
                                                (8, "epoch"), (10, "<b>Loss</b> {x}")]


def test_update_keeps_translations_and_fill_checks_placeholders(tmp_path, own_catalogue):
    source = _write(tmp_path, "a.py", SAMPLE)
    catalog.update(["de"], [source])
    assert all(not m.finished for m in catalog.read_ts(catalog.ts_path("de")).values())
    table = {"Canvas": {"Saved {path}": "{path} gespeichert",
                        "%n point(s)": ["%n Punkt", "%n Punkte"],
                        "Open": "Öffnen"},
             "MainWindow": {"&File": "&Datei"}}
    assert catalog.fill("de", table) == []
    bad = catalog.fill("de", {"Canvas": {"Saved {path}": "Gespeichert: {pfad}"}})
    assert len(bad) == 1 and "{pfad}" in bad[0]
    catalog.update(["de"], [source])  # again: what was translated stays
    messages = catalog.read_ts(catalog.ts_path("de"))
    assert all(m.finished for m in messages.values())
    assert messages[catalog.Key("Canvas", "Saved {path}")].translation == "{path} gespeichert"
    assert catalog.qm_path("de").stat().st_size > 0


def test_a_compiled_catalogue_translates_plurals_and_text(tmp_path, own_catalogue, qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    source = _write(tmp_path, "a.py", SAMPLE)
    catalog.update(["de"], [source])
    catalog.fill("de", {"Canvas": {"%n point(s)": ["%n Punkt", "%n Punkte"],
                                   "Saved {path}": "{path} gespeichert"}})
    translator = QTranslator()
    assert translator.load(str(catalog.qm_path("de")))
    QCoreApplication.installTranslator(translator)
    try:
        from playground.ui.i18n import translate
        assert translate("Canvas", "%n point(s)", n=1) == "1 Punkt"
        assert translate("Canvas", "%n point(s)", n=3) == "3 Punkte"
        assert translate("Canvas", "Saved {path}").format(path="a.csv") == "a.csv gespeichert"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_english_holds_only_the_plural_forms_and_writes_them_itself(tmp_path, own_catalogue):
    source = _write(tmp_path, "a.py", SAMPLE)
    messages = catalog.update(["en"], [source])["en"]
    assert [(k.source, m.translation, m.finished) for k, m in messages.items()] == [
        ("%n point(s)", ["%n point", "%n points"], True)]


def test_the_fill_file_is_json_with_a_list_for_plurals(tmp_path, own_catalogue):
    source = _write(tmp_path, "a.py", SAMPLE)
    catalog.update(["es"], [source])
    wrong = catalog.fill("es", {"Canvas": {"%n point(s)": "%n puntos"}})
    assert wrong and "plural" in wrong[0]
    table = tmp_path / "es.json"
    table.write_text(json.dumps({"Canvas": {"Open": "Abrir"}}), encoding="utf-8")
    assert catalog._main(["fill", "es", str(table)]) == 0


def test_the_registries_labels_are_in_the_catalogue():
    from playground.data.datasets import DATASETS
    from playground.engine.activations import ACTIVATIONS

    keys = set(catalog.extract_all())
    assert catalog.Key("Presets", DATASETS["spiral"].label) in keys
    assert catalog.Key("Presets", DATASETS["spiral"].description) in keys
    assert catalog.Key("Activations", ACTIVATIONS["linear"].label) in keys


# --- the shipped catalogues ---------------------------------------------------------------


def test_every_string_shown_in_the_window_is_marked_for_translation():
    rows = catalog.unmarked()
    assert not rows, "text not marked for translation (ui/i18n.py):\n" + "\n".join(
        map(str, rows))


@pytest.mark.parametrize("code", sorted(catalog.CATALOGUES))
def test_the_catalogue_is_current_and_complete(code):
    shipped = catalog.read_ts(catalog.ts_path(code))
    extracted = catalog.catalogue_messages(code, catalog.extract_all())
    assert set(shipped) == set(extracted), (
        "the .ts is not current: run python -m playground.ui.i18n_catalog update\n"
        f"missing: {sorted(k.source for k in set(extracted) - set(shipped))[:20]}\n"
        f"left over: {sorted(k.source for k in set(shipped) - set(extracted))[:20]}")
    unfinished = [f"{m.key.context}: {m.key.source!r}" for m in shipped.values()
                  if not m.finished]
    assert not unfinished, f"{len(unfinished)} unfinished:\n" + "\n".join(unfinished[:40])
    wrong = [f"{m.key.context}: {p}" for m in shipped.values() for p in catalog.problems(m)]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("code", sorted(catalog.CATALOGUES))
def test_the_shipped_qm_is_compiled_from_the_ts(code, tmp_path):
    fresh = tmp_path / f"{code}.qm"
    catalog.compile_catalogue(catalog.ts_path(code), fresh)
    assert catalog.qm_path(code).read_bytes() == fresh.read_bytes(), (
        "the .qm is older than its .ts: run python -m playground.ui.i18n_catalog compile")
