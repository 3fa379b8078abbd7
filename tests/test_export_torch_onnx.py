"""``playground export --to pytorch`` and ``--to onnx``: round trips against
``playground predict`` to 1e-5 for every case of ``export_cases`` (networks with dropout,
normalisations and skips too, in evaluation mode). They need the optional
packages: the ``test`` extra installs onnx and onnxruntime, the ``torch`` extra PyTorch's CPU
build (not in ``test``, so a newcomer's install stays small; CI installs it, see
docs/testing.md). A package that is not installed skips its tests, saying so; one that is
installed but fails to import is an error, never a silent skip."""

from __future__ import annotations

import importlib
import importlib.util
import json

import numpy as np
import pytest

from playground import cli
from playground.data.weights_file import save_weights
from playground.exporters import export_model
from tests.export_cases import CASE_IDS, OPTION_IDS, expected, load_module, models, points

TOL = 1e-5


@pytest.fixture(scope="module")
def torch():
    if importlib.util.find_spec("torch") is None:
        pytest.skip("PyTorch is not installed: the PyTorch round trip needs its CPU build, "
                    "pip install -e '.[torch]' (see docs/testing.md)")
    return importlib.import_module("torch")  # installed but broken: an error, not a skip


@pytest.fixture(scope="module")
def ort():
    pytest.importorskip("onnx", reason="onnx is not installed (pip install -e '.[onnx]')")
    return pytest.importorskip("onnxruntime", reason="onnxruntime is not installed "
                               "(pip install -e '.[onnx]')")


@pytest.mark.parametrize("case_id", CASE_IDS)
def test_pytorch_module_matches_predict(torch, tmp_path, case_id):
    path = tmp_path / f"torch_{case_id.replace('-', '_')}.py"
    export_model(models(case_id), "pytorch", path)
    module = load_module(path)
    xy = points(case_id)
    want = expected(models(case_id), xy)
    got = module.predict(xy)
    assert isinstance(got, np.ndarray) and got.shape == want.shape
    np.testing.assert_allclose(got, want, rtol=0, atol=TOL)
    model = module.build_model()
    assert isinstance(model, torch.nn.Module) and not model.training
    with torch.no_grad():  # the module itself takes raw coordinates
        out = model(torch.tensor(xy, dtype=torch.float64)).numpy()
    np.testing.assert_allclose(out, want, rtol=0, atol=TOL)
    buffers = dict(model.named_buffers())
    np.testing.assert_array_equal(buffers["input_mean"].numpy(), models(case_id).meta[
        "input_mean"])


def test_pytorch_module_runs_in_float32(torch, tmp_path):
    path = tmp_path / "torch32.py"
    export_model(models("softmax-gelu-silu-hinge"), "pytorch", path)
    model = load_module(path).build_model().float()
    xy = points("softmax-gelu-silu-hinge")[:60]
    with torch.no_grad():
        out = model(torch.tensor(xy, dtype=torch.float32)).numpy()
    np.testing.assert_allclose(out, expected(models("softmax-gelu-silu-hinge"), xy), atol=1e-4)


@pytest.mark.parametrize("case_id", OPTION_IDS)
def test_pytorch_options_are_torch_modules_holding_the_files_arrays(torch, tmp_path, case_id):
    """BatchNorm1d with the running statistics, LayerNorm with gamma and beta (eps 1e-5),
    Dropout with the rate, each under PyTorch's own state_dict names; the module is in
    evaluation mode, and its state_dict loads into a fresh module."""
    path = tmp_path / f"torch_{case_id.replace('-', '_')}.py"
    export_model(models(case_id), "pytorch", path)
    module = load_module(path)
    model = module.build_model()
    wf = models(case_id)
    state = model.state_dict()
    blocks = list(model.hidden)
    assert len(blocks) == len(wf.weights) - 1
    for h, block in enumerate(blocks):
        kind = wf.options.norm_of(h)
        norm = wf.norms[h] if wf.norms else None
        want = {"none": torch.nn.Identity, "layer": torch.nn.LayerNorm,
                "batch": torch.nn.BatchNorm1d}[kind]
        assert type(block.norm) is want and not block.training
        assert block.dropout.p == wf.options.rate(h) and block.skip == wf.options.skips(h)
        np.testing.assert_array_equal(state[f"hidden.{h}.linear.weight"].numpy(),
                                      wf.weights[h].T)
        if norm is None:
            continue
        assert block.norm.eps == 1e-5
        np.testing.assert_array_equal(state[f"hidden.{h}.norm.weight"].numpy(), norm.gamma)
        np.testing.assert_array_equal(state[f"hidden.{h}.norm.bias"].numpy(), norm.beta)
        if kind == "batch":
            np.testing.assert_array_equal(state[f"hidden.{h}.norm.running_mean"].numpy(),
                                          norm.running_mean)
            np.testing.assert_array_equal(state[f"hidden.{h}.norm.running_var"].numpy(),
                                          norm.running_var)
    fresh = module.PlaygroundNet().double()
    fresh.load_state_dict(state)  # strict: the names and shapes are PyTorch's
    xy = torch.tensor(points(case_id), dtype=torch.float64)
    with torch.no_grad():
        np.testing.assert_array_equal(fresh.eval()(xy).numpy(), model(xy).numpy())


def test_pytorch_train_mode_is_training_not_playgrounds_prediction(torch, tmp_path):
    """Evaluation mode is what matches predict: in train mode dropout drops and batch norm
    normalises by the batch (and moves its running statistics), so the outputs move."""
    path = tmp_path / "torch_train.py"
    export_model(models("all-options-softmax"), "pytorch", path)
    model = load_module(path).build_model()
    xy = torch.tensor(points("all-options-softmax"), dtype=torch.float64)
    want = expected(models("all-options-softmax"), points("all-options-softmax"))
    torch.manual_seed(0)
    with torch.no_grad():
        evaluated = model(xy).numpy()
        trained = model.train()(xy).numpy()
    np.testing.assert_allclose(evaluated, want, rtol=0, atol=TOL)
    assert np.abs(trained - want).max() > 1e-3


def test_pytorch_options_run_in_float32(torch, tmp_path):
    path = tmp_path / "torch32_options.py"
    export_model(models("all-options-binary"), "pytorch", path)
    model = load_module(path).build_model().float()
    xy = points("all-options-binary")[:60]
    with torch.no_grad():
        out = model(torch.tensor(xy, dtype=torch.float32)).numpy()
    np.testing.assert_allclose(out, expected(models("all-options-binary"), xy), atol=1e-4)


def test_the_pytorch_file_imports_torch_and_numpy_alone(tmp_path):
    import ast

    path = tmp_path / "m.py"
    export_model(models("binary-tanh-relu-ce"), "pytorch", path)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    imported |= {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert imported == {"numpy", "torch"}


@pytest.mark.parametrize("case_id", CASE_IDS)
def test_onnx_model_matches_predict(ort, tmp_path, case_id):
    path = tmp_path / "model.onnx"
    export_model(models(case_id), "onnx", path)
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    (inp,) = session.get_inputs()
    (out,) = session.get_outputs()
    assert inp.name == "coords" and inp.type == "tensor(double)"
    task = models(case_id).meta["task"]
    assert out.name == ("probabilities" if task != "regression" else "values")
    xy = points(case_id)
    (got,) = session.run(None, {"coords": xy})
    want = expected(models(case_id), xy)
    assert got.shape == want.shape
    np.testing.assert_allclose(got, want, rtol=0, atol=TOL)


def test_onnx_options_are_the_evaluation_formula_in_float64(ort, tmp_path):
    """No dropout node; batch norm's running statistics and both norms' scale and shift are
    float64 constants; layer norm averages over each point's units; the model checks at
    opset 17."""
    import onnx
    from onnx import numpy_helper

    path = tmp_path / "options.onnx"
    export_model(models("all-options-softmax"), "onnx", path)
    proto = onnx.load(str(path))
    onnx.checker.check_model(proto, full_check=True)
    ops = [node.op_type for node in proto.graph.node]
    assert "Dropout" not in ops and "BatchNormalization" not in ops
    assert ops.count("ReduceMean") == 2  # one layer norm: its mean and its variance
    constants = {init.name.rsplit("_", 1)[0]: numpy_helper.to_array(init)
                 for init in proto.graph.initializer}
    norm = models("all-options-softmax").norms[0]
    assert norm is not None and norm.running_mean is not None and norm.running_var is not None
    np.testing.assert_array_equal(constants["running_mean0"], norm.running_mean)
    np.testing.assert_array_equal(constants["running_std0"],
                                  np.sqrt(norm.running_var + 1e-5))
    assert {"gamma0", "beta0", "gamma1", "beta1"} <= set(constants)
    assert not {"gamma2", "running_mean1"} & set(constants)
    assert all(a.dtype == np.float64 for k, a in constants.items() if k != "split"
               and k != "axes")


def test_onnx_metadata_and_the_command(ort, tmp_path):
    import onnx

    model = tmp_path / "model.npz"
    save_weights(model, models("formulas-softmax-tanh"))
    out = tmp_path / "model.onnx"
    assert cli.main(["export", str(model), "--to", "onnx", "--out", str(out)]) == 0
    proto = onnx.load(str(out))
    onnx.checker.check_model(proto, full_check=True)
    props = {p.key: p.value for p in proto.metadata_props}
    assert props["task"] == "classification"
    assert json.loads(props["classes"]) == models("formulas-softmax-tanh").meta["classes"]
    assert json.loads(props["features"]) == models("formulas-softmax-tanh").meta["features"]
    assert proto.producer_name == "playground" and proto.opset_import[0].version == 17
    assert "3 classes" in proto.doc_string
