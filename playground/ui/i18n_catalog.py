"""The window's translation catalogue: what to translate, the ``.ts`` sources, the ``.qm`` files.

Run as ``python -m playground.ui.i18n_catalog COMMAND`` (docs/translating.md):

- ``update`` reads every ``translate(...)`` / ``translate_noop(...)`` call in the package
  (``ui.i18n``, ``playground.texts``) and rewrites ``ui/translations/playground_<code>.ts``
  for each language: new texts come in unfinished, translations of texts that are still
  there are kept, texts no longer in the code leave. Then it compiles each ``.ts`` into its
  ``.qm`` with Qt's ``lrelease``.
- ``todo LANG [--context CTX ...]`` lists the unfinished entries of a language.
- ``fill LANG FILE.json`` takes translations from ``{"Context": {"Source": "translation",
  "%n point(s)": ["%n Punkt", "%n Punkte"]}}`` (a list: the plural forms), then compiles;
  ``fill LANG OTHER.ts`` takes the finished entries of another version of a catalogue (two
  branches that each translated their part).
- ``unmarked [PATH ...]`` lists strings that look like text shown to people but are not
  marked for translation. A string that looks like text and is not shown (a style sheet, an
  object name) carries a trailing ``# untranslated: <why>`` comment on its line.
- ``compile`` compiles the ``.ts`` files only.

Lupdate, Qt's own extractor, reads Python too, but it does not see the plural argument of
``QCoreApplication.translate``, and it writes line numbers that change with every edit. The
catalogue is small XML; this module reads the code with ``ast`` and writes the ``.ts`` in
Qt Linguist's format (without line numbers, so that files merge), and leaves compiling to
``lrelease``, which ships with PySide6. No Qt is imported here.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

UI_DIR = Path(__file__).resolve().parent
TRANSLATIONS_DIR = UI_DIR / "translations"
PACKAGE_DIR = UI_DIR.parent
# the languages with a catalogue: code -> the language tag written in the .ts (lrelease reads
# its plural rules from it)
CATALOGUES: dict[str, str] = {"en": "en_US", "de": "de_DE", "es": "es_ES"}
# English is the source language: its catalogue holds only the plural forms ("%n point(s)" ->
# "1 point", "2 points"), which ``update`` writes itself from the "(s)" of the source
ONLY_PLURALS = frozenset({"en"})
MARKERS = {"translate", "translate_noop"}
EXEMPT_COMMENT = "# untranslated:"
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
MARKUP = re.compile(r"<[^<>]*>")  # a rich-text tag: its words are not text
STYLE_SHEET = re.compile(r"[a-z-]+\s*:\s*[^;:{}]+;")  # "font-weight: bold;"
# exceptions that report a programming error (never shown as such to a person)
PROGRAMMING_ERRORS = frozenset({"ValueError", "TypeError", "RuntimeError", "KeyError",
                                "IndexError", "AssertionError", "NotImplementedError",
                                "AttributeError", "LookupError"})
# single words that are names, not text, in any language
NAMES = frozenset({"Playground", "Adam", "NumPy", "PyTorch", "TensorFlow", "Qt", "Dask",
                   "Xavier", "He", "Nesterov", "Glorot"})


@dataclass(frozen=True)
class Key:
    """What identifies a message: its context, English source and disambiguation."""

    context: str
    source: str
    comment: str = ""


@dataclass
class Message:
    key: Key
    numerus: bool = False
    files: set[str] = field(default_factory=set)
    translation: str | list[str] | None = None  # None: not yet translated
    unfinished: bool = False  # marked so in its file (a draft a translator did not accept)

    @property
    def finished(self) -> bool:
        t = self.translation
        if t is None or self.unfinished:
            return False
        if isinstance(t, list):
            return bool(t) and all(form for form in t)
        return bool(t)


# ---------------------------------------------------------------------------------------------
# reading the code


def _marker_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name) and func.id in MARKERS:
        return func.id
    if isinstance(func, ast.Attribute) and func.attr in MARKERS:
        return func.attr
    return None


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _argument(call: ast.Call, index: int, name: str) -> ast.expr | None:
    if len(call.args) > index:
        return call.args[index]
    for kw in call.keywords:
        if kw.arg == name:
            return kw.value
    return None


def _python_files(paths: Iterable[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.py") if "translations" not in p.parts)
        elif path.suffix == ".py":
            yield path


def _relative(path: Path) -> str:
    try:
        return path.resolve().relative_to(PACKAGE_DIR.parent).as_posix()
    except ValueError:
        return path.as_posix()


def extract(paths: Iterable[Path] = (PACKAGE_DIR,)) -> dict[Key, Message]:
    """Every marked text in ``paths`` (files or folders; by default the whole package: the
    window shows texts marked below ``ui/`` too, ``playground.texts``) by key. A call whose
    context or source is not a literal looks up a text marked elsewhere and adds nothing."""
    found: dict[Key, Message] = {}
    for path in _python_files(paths):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            marker = _marker_name(node.func)
            if marker is None:
                continue
            context = _literal(_argument(node, 0, "context"))
            source = _literal(_argument(node, 1, "source"))
            if context is None or source is None:
                continue
            comment = _literal(_argument(node, 2, "disambiguation")) or ""
            numerus = marker == "translate" and _argument(node, 3, "n") is not None
            key = Key(context, source, comment)
            message = found.setdefault(key, Message(key))
            message.numerus = message.numerus or numerus
            message.files.add(_relative(path))
    return found


# The domain's registries: the labels (and descriptions) of what a menu offers. They are
# written once, in their registry below ui/, and read from there (not copied into the code of
# the window); the window shows them with ``translate(context, label)`` and the same context.
REGISTRY_CONTEXTS = ("Presets", "Tasks", "Activations", "Initializers", "BiasInits", "Losses",
                     "DTypes", "Optimizers", "Schedules", "Features", "Scaling", "ExportFormats",
                     "FileController", "Norms")


def registry_texts() -> dict[str, list[tuple[str, str]]]:
    """context -> (text, module) for every label of the domain's registries."""
    from playground.data.datasets import DATASETS
    from playground.data.features import FEATURES
    from playground.data.scaling import SCALING_KINDS
    from playground.engine.activations import ACTIVATIONS
    from playground.engine.init import BIAS_INITS, INITIALIZERS
    from playground.engine.layers import NORMS
    from playground.engine.losses import LOSSES, TASKS
    from playground.engine.model import DTYPES
    from playground.engine.optimizers import OPTIMIZERS
    from playground.engine.schedules import SCHEDULES
    from playground.exporters.formats import FORMATS

    def labels(table: dict, module: str) -> list[tuple[str, str]]:
        return [(v if isinstance(v, str) else v.label, module) for v in table.values()]

    presets = "playground/data/datasets.py"
    return {
        "Presets": [(spec.label, presets) for spec in DATASETS.values()]
        + [(spec.description, presets) for spec in DATASETS.values()],
        "Tasks": labels(TASKS, "playground/engine/losses.py"),
        "Activations": labels(ACTIVATIONS, "playground/engine/activations.py"),
        "Initializers": labels(INITIALIZERS, "playground/engine/init.py"),
        "BiasInits": labels(BIAS_INITS, "playground/engine/init.py"),
        "Losses": labels(LOSSES, "playground/engine/losses.py"),
        "DTypes": labels(DTYPES, "playground/engine/model.py"),
        "Optimizers": labels(OPTIMIZERS, "playground/engine/optimizers.py"),
        "Schedules": labels(SCHEDULES, "playground/engine/schedules.py"),
        "Features": labels(FEATURES, "playground/data/features.py"),
        "Scaling": labels(SCALING_KINDS, "playground/data/scaling.py"),
        "ExportFormats": labels(FORMATS, "playground/exporters/formats.py"),
        "Norms": labels(NORMS, "playground/engine/layers.py"),
        # a format's file filter, shown by the save dialog (``FileController``)
        "FileController": [(f.filter, "playground/exporters/formats.py")
                           for f in FORMATS.values()],
    }


def extract_all() -> dict[Key, Message]:
    """Everything the window translates: the marked text of the package and the labels of
    the domain's registries."""
    found = extract()
    for context, texts in registry_texts().items():
        for text, module in texts:
            message = found.setdefault(Key(context, text), Message(Key(context, text)))
            message.files.add(module)
    return found


# ---------------------------------------------------------------------------------------------
# finding text that is not marked


def _looks_like_text(text: str) -> bool:
    """Whether ``text`` reads as words for a person (rather than a key, a name, a number, a
    pattern or a shortcut)."""
    if STYLE_SHEET.search(text) and ". " not in text:
        return False
    stripped = PLACEHOLDER.sub("0", MARKUP.sub(" ", text)).strip()
    if not stripped or stripped.startswith(("#", "*.", "%")) and " " not in stripped:
        return False
    if re.fullmatch(r"((Ctrl|Shift|Alt|Meta)\+)*([A-Za-z0-9]|F\d+|[A-Z][a-z]+|[^\w\s])",
                    stripped):
        return False  # a key or a shortcut
    words = re.findall(r"[^\W\d_]{2,}", stripped)
    if not words:
        return False
    if " " in stripped and any(w.isalpha() and not w.isupper() for w in words):
        return True
    if len(words) == 1 and stripped == words[0]:
        word = words[0]
        if word in NAMES or word.isupper() or word.islower():
            return False
        return word[0].isupper() and word[1:].islower()  # "Epoch"; not "ReLU" or "tanh"
    return any(w[0].isupper() and w[1:].islower() and w not in NAMES for w in words) and \
        not re.fullmatch(r"[\w.\-/]+", stripped)


def _docstrings(tree: ast.Module) -> set[int]:
    ids: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and _literal(body[0].value) is not None:
                ids.add(id(body[0].value))
    return ids


def _programming_errors(tree: ast.Module) -> set[int]:
    """The nodes of ``raise ValueError(...)`` and ``assert ..., "..."`` messages."""
    ids: set[int] = set()
    for node in ast.walk(tree):
        message: ast.AST | None = None
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and \
                _call_name(node.exc) in PROGRAMMING_ERRORS:
            message = node.exc
        elif isinstance(node, ast.Assert):
            message = node.msg
        if message is not None:
            ids.update(id(inner) for inner in ast.walk(message))
    return ids


def _is_logging(call: ast.Call) -> bool:
    f = call.func
    if isinstance(f, ast.Attribute) and f.attr in {"debug", "info", "warning", "error",
                                                    "exception", "critical"}:
        owner = f.value
        if isinstance(owner, ast.Call):
            return _call_name(owner) == "getLogger"
        return isinstance(owner, ast.Name) and owner.id in {"log", "logger", "logging", "_log"}
    return False


# Qt calls whose string arguments are shown to people: name -> the first argument that is text
TEXT_CALLS: dict[str, int] = {
    "setText": 0, "setToolTip": 0, "setStatusTip": 0, "setWhatsThis": 0, "setWindowTitle": 0,
    "setPlaceholderText": 0, "setTitle": 0, "setSuffix": 0, "setPrefix": 0,
    "setSpecialValueText": 0, "setAccessibleName": 0, "setAccessibleDescription": 0,
    "setLabelText": 0, "showMessage": 0, "addItem": 0, "addItems": 0, "insertItem": 1,
    "setItemText": 1, "setTabText": 1, "addTab": 1, "setHorizontalHeaderLabels": 0,
    "setVerticalHeaderLabels": 0, "setLabel": 1, "addMenu": 0, "addRow": 0, "setHtml": 0,
    "QLabel": 0, "QPushButton": 0, "QToolButton": 0, "QCheckBox": 0, "QRadioButton": 0,
    "QGroupBox": 0, "QAction": 0, "QMenu": 0, "TextItem": 0, "LabelItem": 0,
    "information": 1, "warning": 1, "critical": 1, "question": 1, "getText": 1,
    "getOpenFileName": 1, "getSaveFileName": 1, "getExistingDirectory": 1,
}


def _call_name(call: ast.Call) -> str | None:
    f = call.func
    if isinstance(f, ast.Name):
        return f.id
    if isinstance(f, ast.Attribute):
        return f.attr
    return None


def _shown_strings(tree: ast.Module) -> set[int]:
    """The string arguments of calls that show them (``TEXT_CALLS``)."""
    ids: set[int] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        first = TEXT_CALLS.get(_call_name(node) or "")
        if first is None:
            continue
        for arg in node.args[first:]:
            items = arg.elts if isinstance(arg, (ast.List, ast.Tuple)) else [arg]
            for item in items:
                if isinstance(item, (ast.Constant, ast.JoinedStr)):
                    ids.add(id(item))
    return ids


@dataclass(frozen=True)
class Unmarked:
    path: str
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text!r}"


def unmarked(paths: Iterable[Path] = (UI_DIR,)) -> list[Unmarked]:
    """Strings in ``paths`` that look like text for people and are neither marked for
    translation nor exempted by an ``# untranslated:`` comment on their line (this tool, a
    developer's command, is not the window's text)."""
    found: list[Unmarked] = []
    for path in _python_files(paths):
        if path.resolve() == Path(__file__).resolve():
            continue
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        tree = ast.parse(source, filename=str(path))
        skip = _docstrings(tree) | _programming_errors(tree)
        shown = _shown_strings(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and (_marker_name(node.func) or _is_logging(node)):
                for inner in ast.walk(node):
                    skip.add(id(inner))
            elif isinstance(node, ast.JoinedStr):
                for inner in node.values:
                    skip.add(id(inner))
        for node in ast.walk(tree):
            if id(node) in skip:
                continue
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
            elif isinstance(node, ast.JoinedStr):
                text = "".join(_literal(v) or "{x}" for v in node.values)
            else:
                continue
            if not (_looks_like_text(text) or id(node) in shown and not STYLE_SHEET.search(text)
                    and re.search(r"[^\W\d_]{2,}", PLACEHOLDER.sub("0", MARKUP.sub(" ", text)))):
                continue
            first, last = node.lineno, getattr(node, "end_lineno", node.lineno) or node.lineno
            if any(EXEMPT_COMMENT in lines[i - 1] for i in range(first, last + 1)
                   if 0 < i <= len(lines)):
                continue
            found.append(Unmarked(_relative(path), node.lineno, text.strip()))
    return sorted(found, key=lambda u: (u.path, u.line))


# ---------------------------------------------------------------------------------------------
# the .ts files


def ts_path(code: str) -> Path:
    return TRANSLATIONS_DIR / f"playground_{code}.ts"


def qm_path(code: str) -> Path:
    return TRANSLATIONS_DIR / f"playground_{code}.qm"


def read_ts(path: Path) -> dict[Key, Message]:
    """The messages of a ``.ts`` file (vanished and obsolete ones left out)."""
    if not path.exists():
        return {}
    root = ET.parse(path).getroot()
    messages: dict[Key, Message] = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            source = m.findtext("source") or ""
            key = Key(name, source, m.findtext("comment") or "")
            t = m.find("translation")
            kind = t.get("type", "") if t is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            numerus = m.get("numerus") == "yes"
            translation: str | list[str] | None = None
            if t is not None and numerus:
                forms = [f.text or "" for f in t.iter("numerusform")]
                translation = forms if any(forms) else None
            elif t is not None:
                translation = t.text or None
            files = {loc.get("filename", "") for loc in m.iter("location")} - {""}
            messages[key] = Message(key, numerus, files, translation,
                                    unfinished=kind == "unfinished")
    return messages


def plural_count(code: str) -> int:
    """How many plural forms the catalogue of ``code`` has (German and Spanish: two)."""
    return 2


def merge(extracted: dict[Key, Message], existing: dict[Key, Message]) -> dict[Key, Message]:
    """The extracted messages with the translations ``existing`` has for them."""
    merged: dict[Key, Message] = {}
    for key, new in extracted.items():
        old = existing.get(key)
        message = Message(key, new.numerus, set(new.files))
        if old is not None and old.translation is not None:
            if isinstance(old.translation, list) == new.numerus:
                message.translation = old.translation
                message.unfinished = old.unfinished
        merged[key] = message
    return merged


def write_ts(path: Path, code: str, messages: dict[Key, Message]) -> None:
    """Write ``messages`` as a Qt Linguist file, contexts and messages in a stable order."""
    root = ET.Element("TS", version="2.1", language=CATALOGUES.get(code, code),
                      sourcelanguage="en")
    by_context: dict[str, list[Message]] = {}
    for message in messages.values():
        by_context.setdefault(message.key.context, []).append(message)
    for name in sorted(by_context):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = name
        for message in sorted(by_context[name], key=lambda m: (m.key.source, m.key.comment)):
            m = ET.SubElement(ctx, "message")
            if message.numerus:
                m.set("numerus", "yes")
            for filename in sorted(message.files):
                ET.SubElement(m, "location", filename=filename)
            ET.SubElement(m, "source").text = message.key.source
            if message.key.comment:
                ET.SubElement(m, "comment").text = message.key.comment
            t = ET.SubElement(m, "translation")
            if not message.finished:
                t.set("type", "unfinished")
            if message.numerus:
                forms = message.translation if isinstance(message.translation, list) else []
                forms = (forms + [""] * plural_count(code))[:max(len(forms),
                                                                  plural_count(code))]
                for form in forms:
                    ET.SubElement(t, "numerusform").text = form
            elif isinstance(message.translation, str):
                t.text = message.translation
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# checking translations


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def problems(message: Message) -> list[str]:
    """What is wrong with a translation: a placeholder lost or invented, a count without
    ``%n``, more than one mnemonic ``&``."""
    found: list[str] = []
    if message.translation is None:
        return found
    forms = message.translation if isinstance(message.translation, list) else \
        [message.translation]
    want = placeholders(message.key.source)
    for form in forms:
        if placeholders(form) != want:
            found.append(f"placeholders {placeholders(form)} instead of {want} in {form!r}")
        if len(re.findall(r"&(?!&)", form.replace("&&", ""))) > 1:
            found.append(f"more than one '&' in {form!r}")
        if "%n" in message.key.source and message.numerus and "%n" not in form \
                and form is not forms[0]:
            found.append(f"no %n in the plural {form!r}")
    if "&" in message.key.source.replace("&&", "") and not any(
            "&" in f.replace("&&", "") for f in forms):
        found.append(f"the mnemonic '&' is missing in {forms[0]!r}")
    return found


# ---------------------------------------------------------------------------------------------
# compiling


def lrelease() -> str:
    """Qt's ``lrelease`` (PySide6's ``pyside6-lrelease`` beside this Python, or on PATH)."""
    here = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "lrelease"):
        candidate = here / name
        if candidate.exists():
            return str(candidate)
        found = shutil.which(name)
        if found:
            return found
    raise RuntimeError("Qt's lrelease was not found (it comes with PySide6: pyside6-lrelease)")


def compile_catalogue(ts: Path, qm: Path) -> None:
    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)


def english_plurals(source: str) -> list[str]:
    """The English singular and plural of a source with "(s)" ("%n point(s)" -> "%n point",
    "%n points"); a source without one reads the same for every count (the code chose it so)."""
    if "(s)" not in source:
        return [source, source]
    return [source.replace("(s)", ""), source.replace("(s)", "s")]


def catalogue_messages(code: str, extracted: dict[Key, Message]) -> dict[Key, Message]:
    """What the catalogue of ``code`` holds of the extracted messages."""
    if code not in ONLY_PLURALS:
        return extracted
    return {k: m for k, m in extracted.items() if m.numerus}


def update(codes: Sequence[str] = tuple(CATALOGUES), paths: Iterable[Path] | None = None,
           compile_qm: bool = True) -> dict[str, dict[Key, Message]]:
    """Bring the catalogues of ``codes`` up to date with the code (``paths``: only the marked
    text there, for a test; by default the whole package and the registries)."""
    extracted = extract_all() if paths is None else extract(paths)
    result = {}
    for code in codes:
        merged = merge(catalogue_messages(code, extracted), read_ts(ts_path(code)))
        if code in ONLY_PLURALS:
            for message in merged.values():
                if message.translation is None:
                    message.translation = english_plurals(message.key.source)
        write_ts(ts_path(code), code, merged)
        if compile_qm:
            compile_catalogue(ts_path(code), qm_path(code))
        result[code] = merged
    return result


def fill(code: str, translations: dict[str, dict[str, str | list[str]]]) -> list[str]:
    """Put ``translations`` ({context: {source: text or plural forms}}) into the catalogue of
    ``code``; returns what could not be used."""
    messages = read_ts(ts_path(code))
    by_text: dict[tuple[str, str], list[Key]] = {}
    for key in messages:
        by_text.setdefault((key.context, key.source), []).append(key)
    complaints: list[str] = []
    for context, table in translations.items():
        for source, text in table.items():
            keys = by_text.get((context, source))
            if not keys:
                complaints.append(f"{context}: no message {source!r} (run update first?)")
                continue
            for key in keys:
                old = messages[key]
                if old.numerus != isinstance(text, list):
                    complaints.append(f"{context}: {source!r} needs "
                                      + ("a list of plural forms" if old.numerus
                                         else "one text, not a list"))
                    continue
                new = Message(key, old.numerus, old.files, text)
                wrong = problems(new)
                if wrong:
                    complaints.extend(f"{context}: {source!r}: {w}" for w in wrong)
                    continue
                messages[key] = new
    write_ts(ts_path(code), code, messages)
    compile_catalogue(ts_path(code), qm_path(code))
    return complaints


def translations_of(messages: dict[Key, Message]) -> dict[str, dict[str, str | list[str]]]:
    """The finished translations of ``messages`` as ``fill`` takes them."""
    table: dict[str, dict[str, str | list[str]]] = {}
    for m in messages.values():
        if m.finished and m.translation is not None:
            table.setdefault(m.key.context, {})[m.key.source] = m.translation
    return table


def _main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m playground.ui.i18n_catalog")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="extract, merge into the .ts files, compile")
    sub.add_parser("compile", help="compile the .ts files into .qm")
    todo = sub.add_parser("todo", help="list unfinished entries")
    todo.add_argument("language", choices=sorted(CATALOGUES))
    todo.add_argument("--context", action="append", default=[])
    fill_p = sub.add_parser("fill", help="take translations from a JSON file")
    fill_p.add_argument("language", choices=sorted(CATALOGUES))
    fill_p.add_argument("file", type=Path)
    un = sub.add_parser("unmarked", help="list text that is not marked for translation")
    un.add_argument("paths", nargs="*", type=Path)
    args = parser.parse_args(argv)
    if args.command == "update":
        for code, messages in update().items():
            open_ = sum(not m.finished for m in messages.values())
            print(f"{ts_path(code).name}: {len(messages)} messages, {open_} unfinished")
        return 0
    if args.command == "compile":
        for code in CATALOGUES:
            compile_catalogue(ts_path(code), qm_path(code))
        return 0
    if args.command == "todo":
        messages = read_ts(ts_path(args.language))
        rows = [m for m in messages.values() if not m.finished
                and (not args.context or m.key.context in args.context)]
        for m in sorted(rows, key=lambda m: (m.key.context, m.key.source)):
            plural = " [plural]" if m.numerus else ""
            print(f"{m.key.context}: {m.key.source!r}{plural}")
        return 1 if rows else 0
    if args.command == "fill":
        try:
            if args.file.suffix == ".ts":  # another version of a catalogue: its finished entries
                table = translations_of(read_ts(args.file))
            else:
                table = json.loads(args.file.read_text(encoding="utf-8"))
        except (OSError, ValueError, ET.ParseError) as e:
            print(f"cannot read {args.file}: {e}", file=sys.stderr)
            return 2
        complaints = fill(args.language, table)
        for c in complaints:
            print(c, file=sys.stderr)
        return 1 if complaints else 0
    rows_u = unmarked(args.paths or [UI_DIR])
    for row in rows_u:
        print(row)
    return 1 if rows_u else 0


if __name__ == "__main__":
    sys.exit(_main())
