"""``playground export --to numpy``: the generated file predicts what ``playground predict``
predicts (to 1e-12, and the same CSV text when run as a script), needs NumPy alone, and
reads like a tutorial. Also the export registry and the ``export`` command's errors."""

from __future__ import annotations

import ast
import dataclasses
import subprocess
import sys

import numpy as np
import pytest

from playground import cli
from playground.cli.predict import predictions_csv
from playground.data.features import FEATURES
from playground.data.points_csv import write_points_csv
from playground.data.weights_file import save_weights
from playground.engine.activations import ACTIVATIONS
from playground.engine.losses import HEADS, LOSSES
from playground.errors import ConfigError
from playground.exporters import FORMATS, export_model
from playground.exporters.numpy_code import ACTIVATION_CODE
from playground.exporters.onnx_graph import ACTIVATION_NODES
from playground.exporters.torch_code import ACTIVATION_MODULES
from tests.export_cases import (
    BY_ID,
    CASE_IDS,
    CASES,
    OPTION_IDS,
    expected,
    load_module,
    models,
    points,
)


def test_the_cases_cover_every_activation_feature_head_and_loss():
    assert {a for c in CASES for a in c.config["activations"]} == set(ACTIVATIONS)
    assert {f for c in CASES for f in c.config["features"]} >= set(FEATURES)
    assert {c.config["loss"] for c in CASES} == set(LOSSES)
    assert {models(c.id).meta["activations"][-1] for c in CASES} == set(HEADS)
    assert any(c.one_d for c in CASES)


@pytest.mark.parametrize("table", [ACTIVATION_CODE, ACTIVATION_MODULES, ACTIVATION_NODES])
def test_every_format_knows_every_activation(table):
    assert set(ACTIVATIONS) <= set(table)


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """Each case's weights file and NumPy export, written through ``export_model``."""
    folder = tmp_path_factory.mktemp("numpy_export")
    out = {}
    for case in CASES:
        path = folder / f"{case.id.replace('-', '_')}.py"
        export_model(models(case.id), "numpy", path)
        out[case.id] = path
    return out


@pytest.mark.parametrize("case_id", CASE_IDS)
def test_predict_matches_playground_predict(exported, case_id):
    module = load_module(exported[case_id])
    xy = points(case_id)
    got = module.predict(xy)
    want = expected(models(case_id), xy)
    assert got.shape == want.shape and got.dtype == np.float64
    np.testing.assert_allclose(got, want, rtol=0, atol=1e-12)
    np.testing.assert_allclose(module.predict(xy.tolist()[:3]), want[:3], rtol=0, atol=1e-12)
    if models(case_id).meta["task"] == "classification":
        np.testing.assert_allclose(got.sum(axis=1), 1.0, atol=1e-12)


def _csv_for(tmp_path, case_id, one_d_file: bool):
    xy = points(case_id)
    path = tmp_path / "points.csv"
    if one_d_file:
        write_points_csv(path, xy, np.zeros(len(xy)), "regression", dims=1)
    else:
        write_points_csv(path, xy, np.arange(len(xy)) % 2, "classification")
    return path, xy


def _same_csv(got: str, want: str, exact: bool) -> None:
    if exact:
        assert got == want
        return
    got_rows = [row.split(",") for row in got.splitlines()]
    want_rows = [row.split(",") for row in want.splitlines()]
    assert got_rows[0] == want_rows[0] and len(got_rows) == len(want_rows)
    np.testing.assert_allclose(np.array(got_rows[1:], float), np.array(want_rows[1:], float),
                               rtol=0, atol=1e-12)


@pytest.mark.parametrize("case_id", CASE_IDS)
def test_run_as_a_script_it_prints_what_predict_prints(exported, tmp_path, case_id):
    case = BY_ID[case_id]
    # a formula's constant power (x1**2) is a NumPy fast path in the generated code but not in
    # Formula.evaluate, and predict runs a network with options through the engine's
    # evaluation pass: the last bit may differ, so those compare as numbers (to 1e-12)
    exact = not any("**" in f for f in case.config["features"]) and not case.options
    for one_d_file in (False, True) if case.one_d else (False,):
        csv, xy = _csv_for(tmp_path, case_id, one_d_file)
        proc = subprocess.run([sys.executable, "-I", str(exported[case_id]), str(csv)],
                              capture_output=True, text=True, timeout=60, cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
        with np.errstate(all="ignore"):
            want = predictions_csv(models(case_id), xy, 1 if one_d_file else 2)
        _same_csv(proc.stdout, want, exact)


def test_the_command_line_end_to_end(tmp_path):
    """``playground export`` then the file, against ``playground predict`` itself."""
    model = tmp_path / "model.npz"
    save_weights(model, models("softmax-gelu-silu-hinge"))
    code = tmp_path / "classifier.py"
    run = [sys.executable, "-m", "playground"]
    done = subprocess.run([*run, "export", str(model), "--to", "numpy", "--out", str(code)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout == done.stderr == ""
    csv, _ = _csv_for(tmp_path, "softmax-gelu-silu-hinge", False)
    want = subprocess.run([*run, "predict", str(model), str(csv)], capture_output=True,
                          text=True, timeout=60, check=True).stdout
    got = subprocess.run([sys.executable, str(code), str(csv)], capture_output=True, text=True,
                         timeout=60, check=True).stdout
    assert got == want and want.startswith("x1,x2,prediction,p0,p1,p2\n")
    bad = subprocess.run([sys.executable, str(code)], capture_output=True, text=True, timeout=60)
    assert bad.returncode != 0 and "usage" in bad.stderr


def test_the_file_needs_numpy_alone_and_reads_like_a_tutorial(exported):
    source = exported["binary-tanh-relu-ce"].read_text(encoding="utf-8")
    tree = ast.parse(source)
    imported = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    imported |= {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert imported == {"sys", "numpy"}
    functions = [n.name for n in tree.body if isinstance(n, ast.FunctionDef)]
    assert functions == ["features", "tanh", "relu", "sigmoid", "predict", "read_points",
                         "predictions_csv"]
    assert all(ast.get_docstring(n) for n in tree.body if isinstance(n, ast.FunctionDef))
    doc = ast.get_docstring(tree)
    assert doc is not None and "2 classes" in doc and "4 inputs -> 6 tanh -> 5 relu" in doc
    for step in ("Step 1: the inputs", "Step 2: the activations", "Step 3: what the network",
                 "Step 4: the forward pass", "Step 5: from the command line"):
        assert step in source
    assert "a = tanh(a @ W0 + b0)" in source and "W2 = np.array([" in source
    assert max(len(line) for line in source.splitlines()) <= 99


def test_the_options_read_as_evaluation_computes_them(exported):
    """Batch norm with its running statistics as constants, layer norm per point, the skip's
    add written out; dropout named but never applied; NumPy alone."""
    source = exported["all-options-softmax"].read_text(encoding="utf-8")
    tree = ast.parse(source)
    imported = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert imported == {"sys", "numpy"}
    functions = [n.name for n in tree.body if isinstance(n, ast.FunctionDef)]
    assert functions[functions.index("softmax") + 1:functions.index("predict")] == [
        "batch_norm", "layer_norm"]
    assert all(ast.get_docstring(n) for n in tree.body if isinstance(n, ast.FunctionDef))
    assert "Step 2: the activations and normalisations" in source
    for line in ("z = batch_norm(z, MEAN0, VAR0, GAMMA0, BETA0)",
                 "z = layer_norm(z, GAMMA1, BETA1)", "a = tanh(z) + a",
                 "a = silu(a @ W2 + b2) + a", "EPS = 1e-05",
                 "# hidden layer 1: (n, 6), batch norm; dropout 0.1 in training, none here"):
        assert line in source
    assert "GAMMA2" not in source and "MEAN1" not in source
    doc = ast.get_docstring(tree)
    assert doc is not None and "6 leaky_relu (batch norm, dropout 0.1 in training)" in doc
    assert "dropout drops nothing" in doc
    assert max(len(line) for line in source.splitlines()) <= 99


@pytest.mark.parametrize("case_id", OPTION_IDS)
def test_the_options_constants_are_the_files(exported, case_id):
    """Each normalised layer's scale, shift and running statistics read back exactly (float32
    ones widened), and only a normalised layer has them."""
    module = load_module(exported[case_id])
    wf = models(case_id)
    for h, kind in enumerate(wf.options.norm):
        state = wf.norms[h] if wf.norms else None
        assert (state is None) == (kind == "none")
        names = {"GAMMA": "gamma", "BETA": "beta", "MEAN": "running_mean",
                 "VAR": "running_var"}
        for const, field in names.items():
            value = None if state is None else getattr(state, field)
            if value is None:
                assert not hasattr(module, f"{const}{h}")
            else:
                assert np.array_equal(getattr(module, f"{const}{h}"), value.astype(np.float64))


def test_a_network_without_its_normalisation_state_is_refused(tmp_path):
    """A weights file whose meta names a normalisation but holds no state for it (made
    without ``norms=``) would export a different network: refused, nothing written."""
    wf = dataclasses.replace(models("all-options-binary"), norms=())
    for fmt in (name for name, f in FORMATS.items() if f.missing() is None):
        out = tmp_path / f"m{FORMATS[fmt].suffix}"
        with pytest.raises(ConfigError, match="hidden layer 1 has layer norm but the weights "
                                              "file holds no matching normalisation state"):
            export_model(wf, fmt, out)
        assert not out.exists()


def test_weights_are_written_exactly(exported):
    module = load_module(exported["float32-relu-ce"])
    wf = models("float32-relu-ce")
    for i, (w, b) in enumerate(zip(wf.weights, wf.biases)):
        assert w.dtype == np.float32
        assert np.array_equal(getattr(module, f"W{i}"), w.astype(np.float64))
        assert np.array_equal(getattr(module, f"b{i}"), b.astype(np.float64))


def test_class_names_with_quotes_and_backslashes_stay_in_the_docstring(exported):
    module = load_module(exported["binary-elu-leaky-mse"])
    assert """'inside "ring"', 'out\\\\side'""" in module.__doc__


# --- the registry and the command's errors ----------------------------------------------------
def test_formats():
    assert list(FORMATS) == ["numpy", "pytorch", "onnx"]
    assert [f.suffix for f in FORMATS.values()] == [".py", ".py", ".onnx"]
    with pytest.raises(ConfigError, match="unknown export format 'keras'"):
        export_model(models("float32-relu-ce"), "keras", "x.h5")


def test_a_missing_onnx_package_is_named_with_its_install_command(tmp_path, monkeypatch, capsys):
    import playground.exporters.formats as formats

    real = formats.importlib.util.find_spec
    monkeypatch.setattr(formats.importlib.util, "find_spec",
                        lambda name, *a: None if name == "onnx" else real(name, *a))
    message = "exporting to ONNX needs the onnx package: pip install -e '.[onnx]'"
    with pytest.raises(ConfigError) as err:
        export_model(models("float32-relu-ce"), "onnx", tmp_path / "m.onnx")
    assert str(err.value) == message
    model = tmp_path / "m.npz"
    save_weights(model, models("float32-relu-ce"))
    assert cli.main(["export", str(model), "--to", "onnx", "--out", str(tmp_path / "m.onnx")]) == 2
    assert capsys.readouterr().err == f"playground: error: {message}\n"
    assert not (tmp_path / "m.onnx").exists()


@pytest.mark.parametrize("args,message", [
    (["--to", "keras", "--out", "m.py"], "unknown export format 'keras' (choose from numpy, "
                                         "pytorch, onnx)"),
    (["--to", "numpy", "--out", "m.onnx"], "--out for --to numpy must end in .py, got m.onnx"),
    (["--to", "onnx", "--out", "m.py"], "--out for --to onnx must end in .onnx, got m.py"),
    (["--to", "numpy", "--out", "nowhere/m.py"], "cannot write nowhere/m.py: no such folder"),
])
def test_export_errors_are_one_line(tmp_path, monkeypatch, capsys, args, message):
    monkeypatch.chdir(tmp_path)
    save_weights(tmp_path / "model.npz", models("float32-relu-ce"))
    assert cli.main(["export", "model.npz", *args]) == 2
    assert capsys.readouterr().err == f"playground: error: {message}\n"


def test_export_refuses_a_missing_model_and_needs_to_and_out(tmp_path, capsys):
    out = tmp_path / "m.py"
    assert cli.main(["export", str(tmp_path / "none.npz"), "--to", "numpy", "--out",
                     str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("playground: error: ") and err.count("\n") == 1 and "none.npz" in err
    assert cli.main(["export", str(tmp_path / "none.npz"), "--out", str(out)]) == 2
    assert "--to" in capsys.readouterr().err
    assert not out.exists()
