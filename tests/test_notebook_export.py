"""The notebook a session exports (``api.notebook``): valid nbformat 4 JSON, the API call with
the session's settings, the points embedded (or beside it) when no preset makes them, and code
cells that run."""

import importlib.util
import json

import numpy as np
import pytest

from playground.api.notebook import (
    EMBED_LIMIT,
    notebook_for,
    points_file_for,
    session_arguments,
    write_notebook,
)
from playground.data.points import PointSet
from playground.errors import PlaygroundError
from playground.session.dataset import DatasetSettings
from playground.session.model import fit_config
from playground.training.config import TrainConfig

HAS_SESSION = importlib.util.find_spec("playground.api.session") is not None


def sources(nb, kind="code"):
    return ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == kind]


def check_nbformat4(nb):
    """The nbformat 4.5 schema's required keys and types (what Jupyter checks on opening)."""
    assert set(nb) == {"cells", "metadata", "nbformat", "nbformat_minor"}
    assert nb["nbformat"] == 4 and nb["nbformat_minor"] == 5
    assert nb["metadata"]["kernelspec"] == {"display_name": "Python 3", "language": "python",
                                            "name": "python3"}
    ids = set()
    for cell in nb["cells"]:
        assert cell["cell_type"] in ("markdown", "code")
        assert isinstance(cell["metadata"], dict)
        assert isinstance(cell["source"], list) and all(isinstance(s, str)
                                                        for s in cell["source"])
        assert all(s.endswith("\n") for s in cell["source"][:-1])
        assert isinstance(cell["id"], str) and 1 <= len(cell["id"]) <= 64
        ids.add(cell["id"])
        if cell["cell_type"] == "code":
            assert set(cell) == {"cell_type", "id", "metadata", "source", "outputs",
                                 "execution_count"}
            assert cell["outputs"] == [] and cell["execution_count"] is None
        else:
            assert set(cell) == {"cell_type", "id", "metadata", "source"}
    assert len(ids) == len(nb["cells"])
    json.dumps(nb)  # plain JSON


def edited(points, n=5):
    """``points`` with its first ``n`` points moved: no preset makes them."""
    coords = points.coords.copy()
    coords[:n, 0] += 0.25  # along x1: a 1-D set stays on its line
    return PointSet(coords, points.values, points.is_train, points.task, points.n_classes)


def data_cell_namespace(nb):
    """Runs the cell that builds X and y (no API needed)."""
    cell = next(s for s in sources(nb) if "X, y =" in s)
    ns = {}
    exec(compile(cell, "<data cell>", "exec"), ns)
    return ns


def test_a_preset_is_named_not_embedded_with_the_settings_a_reader_changes():
    dataset = DatasetSettings(name="spiral", n=200, noise=0.2, seed=4)
    config = TrainConfig(hidden_layers=(8, 8), activations=("relu", "relu"), optimizer="adam",
                         learning_rate=0.01, l2=0.001, schedule="cosine", seed=4)
    nb = notebook_for(config, dataset.generate(), dataset, epochs=7)
    check_nbformat4(nb)
    code = "\n".join(sources(nb))
    assert "X, y =" not in code and "points=(X, y)" not in code
    call = next(s for s in sources(nb) if "pg.Session(" in s)
    for text in ("dataset='spiral'", "n_points=200", "noise=0.2", "layers=[8, 8]",
                 "activation='relu'", "optimizer='adam'", "lr=0.01", "batch_size=10",
                 "seed=4", "l2=0.001", "schedule='cosine'"):
        assert text in call
    assert "l1=" not in call and "momentum=" not in call  # defaults stay out
    assert "epochs = 7" in code and "live=True" in code
    prose = "\n".join(sources(nb, "markdown"))
    assert "Two interleaved spiral arms" in prose and "Adam" in prose and "ReLU" in prose


def test_settings_the_api_names_otherwise_and_mixed_activations():
    config = TrainConfig(task="classification", n_classes=3, hidden_layers=(4, 3),
                         activations=("tanh", "relu"), batch_size=None, frozen=((0, 1),))
    args = session_arguments(config, DatasetSettings(name="blobs", n_classes=3), True)
    assert args["classes"] == 3 and args["layers"] == [4, 3]
    assert args["activation"] == ["tanh", "relu"] and "activations" not in args
    assert args["batch_size"] is None and args["frozen"] == [[0, 1]]
    assert "hidden_layers" not in args and "learning_rate" not in args


@pytest.mark.parametrize("dataset, why", [
    (DatasetSettings(), "edited"),
    (DatasetSettings(source_file="/data/people.csv"), "imported"),
    (DatasetSettings(formula="x1 * x2 > 0"), "a formula's"),
])
def test_points_no_preset_makes_are_embedded_exactly(dataset, why):
    points = DatasetSettings().generate()
    if why == "edited":
        points = edited(points)
    nb = notebook_for(TrainConfig(), points, dataset, epochs=3)
    check_nbformat4(nb)
    call = next(s for s in sources(nb) if "pg.Session(" in s)
    assert "points=(X, y)" in call and "dataset=" not in call
    ns = data_cell_namespace(nb)
    assert np.array_equal(ns["X"], points.coords) and np.array_equal(ns["y"], points.values)
    assert ns["y"].dtype.kind == "i"


def test_a_preset_drawn_with_another_seed_than_the_networks_names_its_seed():
    dataset = DatasetSettings(seed=3)
    call = next(s for s in sources(notebook_for(TrainConfig(seed=1), dataset.generate(), dataset))
                if "pg.Session(" in s)
    assert "dataset='spiral'" in call and "data_seed=3" in call and "seed=1" in call


def test_one_d_points_are_embedded_as_x_alone():
    dataset = DatasetSettings(name="sine", n=40)
    points = edited(dataset.generate())
    ns = data_cell_namespace(notebook_for(fit_config(TrainConfig(), points, 1), points,
                                          dataset, epochs=3))
    assert np.array_equal(ns["X"], points.coords[:, 0]) and np.array_equal(ns["y"],
                                                                            points.values)


def test_regression_and_multilabel_points_are_embedded_with_their_values():
    for name in ("plane", "tutorial_001"):
        dataset = DatasetSettings(name=name, n=60)
        points = edited(dataset.generate())
        nb = notebook_for(fit_config(TrainConfig(), points), points, dataset, epochs=3)
        check_nbformat4(nb)
        assert "task=" in next(s for s in sources(nb) if "pg.Session(" in s)
        ns = data_cell_namespace(nb)
        assert np.array_equal(ns["X"], points.coords)
        assert np.array_equal(ns["y"], points.values)


def test_many_points_go_to_a_csv_beside_the_notebook(tmp_path, monkeypatch):
    dataset = DatasetSettings(n=EMBED_LIMIT + 1)
    points = edited(dataset.generate())
    with pytest.raises(PlaygroundError, match="too many"):
        notebook_for(TrainConfig(), points, dataset)
    path = tmp_path / "run.ipynb"
    written = write_notebook(path, TrainConfig(), points, dataset, epochs=2)
    assert written == [path, points_file_for(path)] == [path, tmp_path / "run_points.csv"]
    nb = json.loads(path.read_text(encoding="utf-8"))
    check_nbformat4(nb)
    assert "run_points.csv" in "".join(sources(nb)) and len(path.read_bytes()) < 20_000
    monkeypatch.chdir(tmp_path)  # the notebook runs where it lies
    ns = data_cell_namespace(nb)
    assert np.array_equal(ns["X"], points.coords) and np.array_equal(ns["y"], points.values)


def test_a_notebook_that_cannot_be_written_is_an_error_and_nothing_is_left(tmp_path):
    with pytest.raises(PlaygroundError):
        write_notebook(tmp_path / "missing" / "x.ipynb", TrainConfig(),
                       DatasetSettings().generate(), DatasetSettings())
    with pytest.raises(PlaygroundError, match="epochs"):
        notebook_for(TrainConfig(), DatasetSettings().generate(), epochs=0)


def run_code_cells(nb):
    ns = {"__name__": "__notebook__"}
    exec(compile("\n".join(sources(nb)), "<notebook>", "exec"), ns)
    return ns


@pytest.mark.skipif(not HAS_SESSION, reason="pg.Session comes with playground.api.session")
@pytest.mark.parametrize("case", ["preset", "preset, data seed", "edited", "1-D edited",
                                  "many points"])
def test_the_exported_notebook_runs_and_trains_the_same_session(tmp_path, monkeypatch, case):
    import playground as pg

    dataset = {"preset, data seed": DatasetSettings(name="xor", n=120, noise=0.1, seed=7),
               "1-D edited": DatasetSettings(name="sine", n=60, seed=2),
               "many points": DatasetSettings(name="moons", n=EMBED_LIMIT + 10, seed=2),
               }.get(case, DatasetSettings(name="xor", n=120, noise=0.1, seed=2))
    points = dataset.generate() if case.startswith("preset") else edited(dataset.generate())
    config = fit_config(TrainConfig(hidden_layers=(5, 3), activations=("relu", "tanh"),
                                    optimizer="adam", learning_rate=0.02, l2=0.001, seed=2),
                        points, dataset.dims)
    path = tmp_path / "run.ipynb"
    write_notebook(path, config, points, dataset, epochs=4)
    monkeypatch.chdir(tmp_path)
    ns = run_code_cells(json.loads(path.read_text(encoding="utf-8")))
    s = ns["s"]
    assert isinstance(s, pg.Session) and ns["metrics"]["epoch"] == 4
    assert s.config == config  # every setting, as the window had it
    x, y = s.points  # the same points (the split of edited ones is drawn again)
    assert np.array_equal(x, points.coords) and np.array_equal(y, points.values)
    assert s.picture(size=64).startswith(b"\x89PNG")


def test_train_writes_the_runs_notebook(tmp_path, capsys):
    from playground import cli

    path = tmp_path / "xor.ipynb"
    assert cli.main(["train", "--dataset", "xor", "--epochs", "3", "--lr", "0.1",
                     "--seed", "5", "--notebook", str(path)]) == 0
    nb = json.loads(path.read_text(encoding="utf-8"))
    check_nbformat4(nb)
    call = next(s for s in sources(nb) if "pg.Session(" in s)
    assert "dataset='xor'" in call and "lr=0.1" in call and "seed=5" in call
    assert "epochs = 3" in "".join(sources(nb))
    assert cli.main(["train", "--repeat", "2", "--notebook", str(tmp_path / "r.ipynb")]) == 2
    assert "--notebook does not apply with --repeat" in capsys.readouterr().err
