"""Networks with dropout, normalisations and skips through the files: session files (exact
round trips, continuing bit for bit, older files), replay frames, weights files, the loss
landscape and the headless commands (predict, inspect, explain, replay)."""

from __future__ import annotations

import io
import json
import zipfile

import numpy as np
import pytest

from playground import cli
from playground.data.datasets import make_dataset
from playground.data.points_csv import write_points_csv
from playground.data.weights_file import load_weights, save_weights
from playground.engine.landscape import filter_normalized_directions
from playground.engine.layers import norms_equal
from playground.engine.losses import encode_targets, get_loss
from playground.engine.neurons import param_count
from playground.errors import FormatError
from playground.session.file import (
    PLAIN_SESSION_VERSION,
    SESSION_LIMITS,
    SESSION_VERSION,
    load_session,
    save_session,
    session_limits,
)
from playground.session.model import SessionModel
from playground.session.replay import Filmer, replay_arrays
from playground.training.config import TrainConfig
from playground.training.export import model_from_file, predict, weights_file
from playground.training.landscape import LandscapeRequest, landscape_job
from playground.training.protocol import ModelState, TrainerState
from playground.training.trainer import Trainer

POINTS = make_dataset("xor", 60, 0.1, seed=4)
# every option: dropout, batch norm, layer norm, skips (shuffle off: a resume is exact)
ALL = TrainConfig(task="classification", n_classes=2, loss="cross_entropy",
                  hidden_layers=(6, 6, 6), activations=("tanh", "relu", "tanh"),
                  dropout=(0.2, 0.0, 0.3), norm=("batch", "layer", "none"),
                  skip=(False, True, True), shuffle=False, batch_size=10, optimizer="adam",
                  learning_rate=0.02, seed=7)


def trained(config: TrainConfig = ALL, epochs: int = 3, film: Filmer | None = None) -> Trainer:
    t = Trainer(config, POINTS)
    for _ in range(epochs):
        t.run_epoch()
        if film is not None:
            film(t, t.evaluate(running=False))
    return t


def resumed(config: TrainConfig, state: ModelState) -> Trainer:
    """A trainer that continues from ``state``, as the training loop loads one."""
    t = Trainer(config, POINTS)
    if state.normalizer is not None:
        t.set_normalizer(state.normalizer)
    t.load_weights(list(state.weights), list(state.biases), state.epoch, state.norms)
    if state.optimizer_state:
        t.optimizer.load_state(dict(state.optimizer_state))
    return t


def assert_same_network(a: Trainer, b: Trainer) -> None:
    assert a.epoch == b.epoch
    np.testing.assert_array_equal(a.model.params, b.model.params)
    assert norms_equal(a.model.norm_state(), b.model.norm_state())


def saved(path, t: Trainer, replay=None):
    model = SessionModel(t.config, POINTS)
    if replay is not None:
        model.replay = replay
    model.record_state(TrainerState.of(t))
    save_session(path, model.to_session())
    return load_session(path)


# --- session files --------------------------------------------------------------------------
def test_a_saved_session_continues_bit_for_bit_as_the_uninterrupted_run(tmp_path):
    whole = trained(epochs=6)
    s = saved(tmp_path / "a.pgsession", trained(epochs=3))
    assert s.config == ALL and s.epoch == 3
    assert [None if n is None else n.kind for n in s.norms] == ["batch", "layer", None]
    assert s.norms[0].running_mean is not None and s.norms[1].running_mean is None
    # the optimizer's state covers the gammas and betas (they are parameters)
    assert s.optimizer_state["m"].shape == (param_count(ALL.layer_sizes, ALL.norm),)
    model = SessionModel(ALL, POINTS)
    model.load(s)
    assert model.weights is not None and norms_equal(model.weights.norms, s.norms)
    again = resumed(ALL, model.weights)
    for _ in range(3):
        again.run_epoch()
    assert_same_network(again, whole)


def test_the_file_holds_the_norm_arrays_and_a_plain_session_stays_version_3(tmp_path):
    s = saved(tmp_path / "a.pgsession", trained(epochs=1))
    with np.load(tmp_path / "a.pgsession") as npz:
        meta = json.loads(str(npz["meta"]))
        names = set(npz.files)
    assert meta["version"] == SESSION_VERSION == 4
    assert meta["config"]["norm"] == ["batch", "layer", "none"]
    assert {"gamma0", "beta0", "running_mean0", "running_var0", "gamma1", "beta1"} <= names
    assert not {"running_mean1", "gamma2"} & names
    np.testing.assert_array_equal(s.norms[0].running_var,
                                  trained(epochs=1).model.running_var[0])

    plain = ALL.replace(dropout=(), norm=(), skip=())
    saved(tmp_path / "p.pgsession", trained(plain, 1))
    with np.load(tmp_path / "p.pgsession") as npz:
        meta = json.loads(str(npz["meta"]))
        assert not any(k.startswith(("gamma", "beta", "running")) for k in npz.files)
    # what an older Playground wrote and reads: no option fields at all
    assert meta["version"] == PLAIN_SESSION_VERSION == 3
    assert not {"dropout", "norm", "skip"} & set(meta["config"])


def _old_layout(path, t: Trainer) -> None:
    """A session as Playground wrote it before dropout, normalisations and skips (session
    version 3): the config without those fields, the replay's params the dense blocks."""
    film = Filmer(epochs=2, resolution=8, neuron_resolution=4)
    film(t, t.evaluate(running=False))
    replay, replay_meta = replay_arrays(film.replay)
    config = t.config.to_dict()
    for key in ("dropout", "norm", "skip"):
        del config[key]
    meta = {"format": "playground-session", "version": 3, "task": "classification",
            "n_classes": 2, "class_names": ["class 1", "class 2"], "config": config,
            "epoch": t.epoch, "normalizer": {"mean": list(t.normalizer.mean),
                                             "std": list(t.normalizer.std)},
            "dataset": {}, "view": {}, "replay": replay_meta}
    arrays = {"coords": POINTS.coords, "values": POINTS.values, "is_train": POINTS.is_train,
              "history": np.zeros((0, 6)), "meta": np.array(json.dumps(meta))}
    for i, (w, b) in enumerate(zip(t.model.weights, t.model.biases)):
        arrays[f"W{i}"], arrays[f"b{i}"] = w, b
    arrays.update({f"opt_{k}": v for k, v in t.optimizer.state().items()})
    arrays.update(replay)
    with open(path, "wb") as f:
        np.savez(f, **arrays)


def test_an_older_session_opens_unchanged_and_continues(tmp_path):
    plain = ALL.replace(dropout=(), norm=(), skip=())
    old = tmp_path / "old.pgsession"
    _old_layout(old, trained(plain, 2))
    s = load_session(old)
    assert s.config == plain and s.norms == () and s.epoch == 2
    assert len(s.replay.frames) == 1 and s.replay.frames[0].norms == ()
    np.testing.assert_array_equal(s.replay.frames[0].params(), trained(plain, 2).model.params)
    again = resumed(plain, ModelState(s.weights, s.biases, s.epoch, s.optimizer_state,
                                      s.normalizer, s.norms))
    again.run_epoch()
    assert_same_network(again, trained(plain, 3))


def _rewrite(src, dst, drop=(), change=None):
    with zipfile.ZipFile(src) as z:
        members = {n: z.read(n) for n in z.namelist()}
    for name in drop:
        del members[f"{name}.npy"]
    if change is not None:
        name, value = change
        buf = io.BytesIO()
        np.save(buf, value)
        members[f"{name}.npy"] = buf.getvalue()
    with zipfile.ZipFile(dst, "w") as z:
        for n, data in members.items():
            z.writestr(n, data)


@pytest.mark.parametrize(("drop", "change", "message"), [
    (("gamma0",), None, "missing array 'gamma0'"),
    (("running_var0",), None, "missing array 'running_var0'"),
    ((), ("gamma1", np.ones(5)), "gamma1 must have shape (6,)"),
    ((), ("running_var0", -np.ones(6)), "negative variance"),
    ((), ("beta1", np.full(6, np.nan)), "NaN"),
    ((), ("gamma2", np.ones(6)), "unexpected array 'gamma2'"),
])
def test_damaged_norm_arrays_are_named(tmp_path, drop, change, message):
    saved(tmp_path / "a.pgsession", trained(epochs=1))
    bad = tmp_path / "bad.pgsession"
    _rewrite(tmp_path / "a.pgsession", bad, drop, change)
    with pytest.raises(FormatError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_session(bad)


def test_the_size_limits_cover_the_largest_normalised_network():
    from playground.limits import MAX_HIDDEN_LAYERS, MAX_UNITS
    plain_elements = session_limits().array_elements
    assert SESSION_LIMITS.unpacked_bytes > 0 and plain_elements > 0
    # the optimizer's largest state array covers the gammas and betas of every layer
    n = param_count((32, *(MAX_UNITS,) * MAX_HIDDEN_LAYERS, 10), ("batch",) * MAX_HIDDEN_LAYERS)
    assert SESSION_LIMITS.array_elements >= n
    assert SESSION_LIMITS.unpacked_bytes >= 3 * 8 * n


# --- replay ---------------------------------------------------------------------------------
def test_replay_frames_carry_the_norms_and_continue_from_here_is_exact(tmp_path):
    sgd = ALL.replace(optimizer="sgd", learning_rate=0.1)  # no optimizer state to miss
    film = Filmer(epochs=6, resolution=8, neuron_resolution=4)
    t = trained(sgd, 4, film)
    frames = film.replay.frames
    assert [f.epoch for f in frames] == [1, 2, 3, 4]
    # the frame's params are the engine's flat vector, gammas and betas included
    np.testing.assert_array_equal(frames[-1].params(), t.model.params)
    assert frames[-1].nbytes > sum(a.nbytes for a in (*frames[-1].weights,
                                                       *frames[-1].biases))
    s = saved(tmp_path / "r.pgsession", t, film.replay)
    back = s.replay.frames
    assert len(back) == 4
    for a, b in zip(frames, back):
        np.testing.assert_array_equal(a.params(), b.params())
        assert norms_equal(a.norms, b.norms)
    assert s.replay.nbytes == film.replay.nbytes
    # the landscape's trajectory: the same flat vectors as the network's parameters
    epochs, path = s.replay.trajectory()
    assert path.shape == (4, t.model.params.size)
    # "Continue from here" at epoch 2: the frame's weights and norms, then two epochs
    model = SessionModel(sgd, POINTS)
    model.load(s)
    frame = back[1]
    run = model.continued_run(ModelState(frame.weights, frame.biases, frame.epoch, {},
                                         s.replay.normalizer, frame.norms))
    model.restore_run(run)
    again = resumed(sgd, model.weights)
    for _ in range(2):
        again.run_epoch()
    assert_same_network(again, t)


def test_the_replay_command_draws_such_a_session(tmp_path, capsys):
    film = Filmer(epochs=3, resolution=8, neuron_resolution=4)
    session = tmp_path / "r.pgsession"
    saved(session, trained(ALL, 3, film), film.replay)
    gif = tmp_path / "r.gif"
    assert cli.main(["replay", str(session), "--out", str(gif), "--size", "64"]) == 0
    assert gif.read_bytes()[:6] in (b"GIF89a", b"GIF87a")


# --- weights files and the headless commands -----------------------------------------------
@pytest.fixture(scope="module")
def model_file(tmp_path_factory):
    folder = tmp_path_factory.mktemp("options")
    t = trained(epochs=4)
    path = folder / "net.npz"
    save_weights(path, weights_file(t.config, t.model.weights, t.model.biases, t.normalizer,
                                    t.epoch, norms=t.model.norm_state()))
    pts = folder / "points.csv"
    fresh = make_dataset("xor", 30, 0.1, seed=9)
    write_points_csv(pts, fresh.coords, fresh.values, "classification", 2)
    return t, path, pts, fresh


def test_a_weights_file_round_trips_and_predict_matches_the_trainer(model_file, tmp_path,
                                                                   capsys):
    t, path, pts, fresh = model_file
    wf = load_weights(path)
    assert wf.meta["version"] == 2 and wf.options == ALL.layer_options
    assert norms_equal(wf.norms, t.model.norm_state())
    again = resumed(ALL, ModelState(wf.weights, wf.biases, t.epoch, {}, t.normalizer, wf.norms))
    assert_same_network(again, t)
    out = tmp_path / "pred.csv"
    assert cli.main(["predict", str(path), str(pts), "--out", str(out)]) == 0
    rows = np.loadtxt(out, delimiter=",", skiprows=1)
    want = t.predict(fresh.coords)  # evaluation mode: no dropout, running statistics
    np.testing.assert_allclose(rows[:, 4], want[:, 1] if want.shape[1] == 2 else want[:, 0],
                               rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(predict(wf, fresh.coords)[:, 0], rows[:, 4], rtol=0, atol=0)


def test_inspect_names_each_layers_options_and_norm_arrays(model_file, capsys):
    t, path, pts, fresh = model_file
    capsys.readouterr()
    assert cli.main(["inspect", str(path), str(pts)]) == 0
    report = json.loads(capsys.readouterr().out)
    layers = report["layers"]
    assert [(la["dropout"], la["norm"], la["skip"]) for la in layers] == [
        (0.2, "batch", False), (0.0, "layer", True), (0.3, "none", True)]
    assert layers[0]["norm_arrays"] == {"gamma": [6], "beta": [6], "running_mean": [6],
                                        "running_var": [6]}
    assert layers[1]["norm_arrays"] == {"gamma": [6], "beta": [6]}
    assert "norm_arrays" not in layers[2]
    probs = predict(load_weights(path), fresh.coords)
    p1 = probs[:, 0]
    labels = fresh.values.astype(int)
    loss = -np.mean(np.where(labels == 1, np.log(p1), np.log(1 - p1)))
    assert report["loss"] == pytest.approx(loss, rel=1e-9)


def test_explain_gives_the_gradients_of_gamma_and_beta(model_file, capsys):
    t, path, pts, fresh = model_file
    capsys.readouterr()
    assert cli.main(["explain", str(path), "--point", "0.5,-1.2", "--label", "1"]) == 0
    grads = json.loads(capsys.readouterr().out)["gradients"]
    assert {"gamma0", "beta0", "gamma1", "beta1"} <= set(grads)
    assert "gamma2" not in grads
    # against central differences of the point's loss, evaluation mode (batch norm's
    # running statistics held), nothing dropped
    wf = load_weights(path)
    model = model_from_file(wf)
    from playground.data.features import make_features
    from playground.training.export import normalizer_from_file
    x = make_features(np.array([[0.5, -1.2]]), wf.meta["features"], normalizer_from_file(wf),
                      np.float64)
    t1 = encode_targets(np.array([1.0]), "classification", 2, np.float64)
    loss = get_loss("cross_entropy", "classification")

    def value() -> float:
        return float(loss.value(model.logits(x), t1, model.head))

    for name in ("gamma0", "beta0", "gamma1", "beta1"):
        h = int(name[-1])
        vec = (model.gamma if name.startswith("gamma") else model.beta)[h]
        numeric = []
        for j in range(len(vec)):
            keep = vec[j]
            vec[j] = keep + 1e-6
            up = value()
            vec[j] = keep - 1e-6
            down = value()
            vec[j] = keep
            numeric.append((up - down) / 2e-6)
        np.testing.assert_allclose(grads[name], numeric, rtol=1e-5, atol=1e-8)


def test_train_writes_the_norms_to_out_and_session_and_init_continues(tmp_path, monkeypatch,
                                                                      capsys):
    # the options' flags are another part's: the config they make is given here
    import playground.cli.train as train_cmd
    points = tmp_path / "xor.csv"
    write_points_csv(points, POINTS.coords, POINTS.values, "classification", 2)
    real = train_cmd.config_from_args
    monkeypatch.setattr(train_cmd, "config_from_args", lambda *a, **k: real(*a, **k).replace(
        dropout=ALL.dropout, norm=ALL.norm, skip=ALL.skip))
    out, session = tmp_path / "w.npz", tmp_path / "s.pgsession"
    base = ["train", "--data", str(points), "--layers", "6,6,6", "--batch-size", "10",
            "--seed", "3"]
    assert cli.main([*base, "--epochs", "4", "--out", str(out), "--session", str(session)]) == 0
    wf, s = load_weights(out), load_session(session)
    assert wf.options == ALL.layer_options and s.config.norm == ALL.norm
    assert norms_equal(wf.norms, s.norms) and len(wf.norms) == 3
    assert all(f.norms for f in s.replay.frames)
    # --init continues from them: 2 + 2 epochs are 4 epochs
    half = tmp_path / "half.npz"
    assert cli.main([*base, "--epochs", "2", "--out", str(half)]) == 0
    capsys.readouterr()
    more = tmp_path / "more.npz"
    assert cli.main([*base, "--epochs", "2", "--init", str(half), "--out", str(more)]) == 0
    assert load_weights(more).meta["epoch"] == 4


# --- the loss landscape ---------------------------------------------------------------------
def test_the_landscape_of_a_batch_norm_network(model_file):
    t, *_ = model_file
    state = ModelState(tuple(t.model.weights), tuple(t.model.biases), t.epoch, {},
                       t.normalizer, t.model.norm_state())
    result = landscape_job(LandscapeRequest(ALL, POINTS, state, resolution=5, span=0.5))
    assert result.centre_loss == pytest.approx(t.evaluate(running=False).train_loss, rel=1e-12)
    assert result.loss[2, 2] == result.centre_loss
    assert np.isfinite(result.loss).all() and result.loss.std() > 0
    # the directions leave the gammas and betas alone (as the biases), unless asked
    d1, d2 = filter_normalized_directions(t.model, np.random.default_rng(0))
    dense = param_count(ALL.layer_sizes)
    assert d1.size == t.model.params.size and not d1[dense:].any() and d1[:dense].any()
    with_biases = filter_normalized_directions(t.model, np.random.default_rng(0), biases=True)
    assert with_biases[0][dense:].any()
    # a cell beside the centre is the evaluation-mode loss of those parameters (float32)
    moved = resumed(ALL, state)
    moved.model.params[...] = t.model.params + result.alphas[3] * d1
    assert result.loss[3, 2] == pytest.approx(moved.evaluate(running=False).train_loss,
                                              rel=1e-4)


# --- docs/formats.md's NumPy snippet for a version-2 file ------------------------------------
def test_the_formats_docs_version_2_snippet_equals_predict(model_file, tmp_path):
    import re
    from pathlib import Path
    text = (Path(__file__).parents[2] / "docs" / "formats.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, flags=re.S)
    (first,) = [b for b in blocks if "allow_pickle=False" in b]
    (v2,) = [b for b in blocks if 'meta["norm"]' in b]
    t, path, _, _ = model_file
    # the layer options on every layer kind: batch and layer norm, a skip, dropout
    scope: dict = {}
    exec(first.replace('"model.npz"', repr(str(path))).split("\nfor i, name")[0],  # noqa: S102
         scope)
    exec(v2.replace("print(a)", ""), scope)  # noqa: S102 - the docs' own snippet
    xy = np.array([[1.0, -2.0]])
    np.testing.assert_allclose(scope["a"], predict(load_weights(path), xy), rtol=1e-10,
                               atol=1e-12)
    np.testing.assert_allclose(scope["a"], t.predict(xy), rtol=1e-10, atol=1e-12)


# --- the API ----------------------------------------------------------------------------------
def test_the_api_takes_the_options_and_its_sessions_keep_the_norms(tmp_path):
    import playground as pg
    s = pg.Session(dataset="xor", layers=(4, 4), activation="tanh", norm=("batch", "layer"),
                   skip=(False, True), dropout=(0.1, 0.1), batch_size=10)
    s.train(epochs=3)
    assert len(s.weights().norms) == 2 and s.weights().meta["version"] == 2
    path = tmp_path / "api.pgsession"
    s.save(path)
    back = pg.Session.load(path)
    xy = np.array([[1.0, -1.0], [0.5, 2.0]])
    np.testing.assert_array_equal(back.predict(xy), s.predict(xy))
    assert norms_equal(back.weights().norms, s.weights().norms)
