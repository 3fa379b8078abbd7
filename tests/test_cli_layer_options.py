"""``playground train --dropout/--norm/--skip``: one value for every hidden layer or one per
layer, bad values as one line on stderr with exit 2, and the options through ``--link``,
``--init``, ``--repeat``, ``--notebook``, ``compare`` and ``sweep``."""

from __future__ import annotations

import json

import pytest

from playground import cli
from playground.cli.compare import add_compare_command, entries_from_args, parse_variant
from playground.cli.options import build_parser
from playground.data.weights_file import load_weights
from playground.engine.layers import MAX_DROPOUT, NORMS
from playground.session.file import load_session
from playground.training.config import TrainConfig

BASE = ["--dataset", "circle", "--n-points", "80", "--noise", "0.1", "--seed", "3"]


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def trained_config(capsys, tmp_path, *args: str) -> TrainConfig:
    path = tmp_path / "run.pgsession"
    code, out, err = run_cli(capsys, "train", *BASE, "--epochs", "2", *args,
                             "--session", str(path))
    assert code == 0, err
    assert json.loads(out)["epoch"] == 2
    return load_session(path).config


@pytest.mark.parametrize("args,want", [
    (["--layers", "4,4,4", "--dropout", "0.2"], {"dropout": (0.2, 0.2, 0.2)}),
    (["--layers", "4,4,4", "--dropout", "0,0.2,0.5"], {"dropout": (0.0, 0.2, 0.5)}),
    (["--layers", "4,4", "--dropout", "0"], {"dropout": ()}),
    (["--layers", "4,4", "--norm", "batch"], {"norm": ("batch", "batch")}),
    (["--layers", "4,4", "--norm", "none,layer"], {"norm": ("none", "layer")}),
    (["--layers", "4,4", "--norm", "none"], {"norm": ()}),
    (["--layers", "4,4,4", "--skip"], {"skip": (False, True, True)}),
    (["--layers", "4,4,4", "--skip", "3"], {"skip": (False, False, True)}),
    (["--layers", "2,4,4,4", "--skip", "all"], {"skip": (False, False, True, True)}),
    (["--layers", "4,4", "--skip", "none"], {"skip": ()}),
    (["--layers", "4,4,4", "--skip", "--dropout", "0.1", "--norm", "layer",
      "--batch-size", "8"],
     {"skip": (False, True, True), "dropout": (0.1,) * 3, "norm": ("layer",) * 3}),
])
def test_the_options_reach_the_config_one_value_or_one_per_layer(capsys, tmp_path, args,
                                                                 want):
    config = trained_config(capsys, tmp_path, *args)
    for field, value in want.items():
        assert getattr(config, field) == value


def test_the_weights_files_config_shows_the_options(capsys, tmp_path):
    path = tmp_path / "m.npz"
    code, _, err = run_cli(capsys, "train", *BASE, "--layers", "4,4", "--dropout", "0.3",
                           "--skip", "--epochs", "1", "--out", str(path))
    assert code == 0, err
    stored = load_weights(path).meta["config"]
    assert stored["dropout"] == [0.3, 0.3] and stored["skip"] == [False, True]


@pytest.mark.parametrize("args,message", [
    (["--layers", "4,4", "--dropout", "0,0.2,0.2"],
     "--dropout needs one rate for every hidden layer or one per hidden layer: the network "
     "has 2 hidden layers (4,4), got 3 values"),
    (["--dropout", "0.95"], f"--dropout must be a rate from 0 to {MAX_DROPOUT:g} (got 0.95)"),
    (["--dropout", "-0.1"], "--dropout must be a rate from 0 to"),
    (["--dropout", "lots"], "--dropout must be a rate from 0 to"),
    (["--layers", "4,4", "--dropout", "0.1,nan"], "--dropout must be a rate from 0 to"),
    (["--layers", "", "--dropout", "0.2"], "--dropout applies to hidden layers"),
    (["--norm", "group"], "--norm: unknown normalisation 'group' (choose from none, layer, "
                          "batch)"),
    (["--layers", "4,4", "--norm", "layer,layer,layer"],
     "--norm needs one normalisation for every hidden layer or one per hidden layer"),
    (["--layers", "4,2", "--skip"], "--skip: no hidden layer can take a skip"),
    (["--layers", "", "--skip"], "--skip: no hidden layer can take a skip"),
    (["--layers", "4,2", "--skip", "2"],
     "--skip: hidden layer 2 cannot take a skip: a skip adds the previous hidden layer's "
     "output, so both need the same width (hidden layer 1 has 4 units, hidden layer 2 has 2)"),
    (["--layers", "4,4", "--skip", "1"], "--skip: hidden layer 1 cannot take a skip"),
    (["--layers", "4,4", "--skip", "3"], "--skip: there is no hidden layer 3"),
    (["--layers", "4,4", "--skip", "two"], "--skip takes 'all', 'none' or hidden-layer numbers"),
    (["--layers", "4,4", "--norm", "batch", "--batch-size", "1"],
     "batch norm needs at least 2 points per batch"),
])
def test_bad_values_are_one_line_and_exit_2(capsys, args, message):
    code, out, err = run_cli(capsys, "train", *BASE, "--epochs", "1", *args)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("playground: error: ")
    assert message in err


def test_the_help_reads_the_registries(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["train", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert f"from 0 to {MAX_DROPOUT:g}" in text
    for norm in NORMS.values():
        assert norm.name in text and norm.label.lower() in text


def test_a_link_with_the_options(capsys, tmp_path):
    link = ("https://playground.tensorflow.org/#activation=tanh&batchSize=10&dataset=circle&"
            "learningRate=0.03&networkShape=4,4&seed=0.00001&percTrainData=50")
    path = tmp_path / "run.pgsession"
    code, _, err = run_cli(capsys, "train", "--link", link, "--epochs", "1", "--dropout",
                           "0.2", "--skip", "--session", str(path))
    assert code == 0, err
    config = load_session(path).config
    assert config.hidden_layers == (4, 4) and config.learning_rate == 0.03
    assert config.dropout == (0.2, 0.2) and config.skip == (False, True)


def test_init_continues_a_network_with_dropout_and_skips(capsys, tmp_path):
    opts = ["--layers", "4,4", "--dropout", "0.2", "--skip", "--batch-size", "10"]
    first, second = tmp_path / "a.npz", tmp_path / "b.npz"
    assert run_cli(capsys, "train", *BASE, *opts, "--epochs", "3", "--out", str(first))[0] == 0
    code, out, err = run_cli(capsys, "train", *BASE, *opts, "--epochs", "2", "--init",
                             str(first), "--out", str(second))
    assert code == 0, err
    assert json.loads(out)["epoch"] == 5
    stored = load_weights(second).meta["config"]
    assert stored["dropout"] == [0.2, 0.2] and stored["skip"] == [False, True]


def test_repeat_with_the_options(capsys):
    code, out, err = run_cli(capsys, "train", *BASE, "--layers", "4,4", "--dropout", "0.2",
                             "--norm", "layer", "--skip", "--epochs", "2", "--repeat", "2")
    assert code == 0, err
    assert json.loads(out)["repeat"] == 2


def test_the_notebook_rebuilds_the_options(capsys, tmp_path, monkeypatch):
    path = tmp_path / "run.ipynb"
    session = tmp_path / "run.pgsession"
    code, _, err = run_cli(capsys, "train", *BASE, "--layers", "4,4,4", "--dropout", "0,0.2,0.2",
                           "--norm", "layer", "--skip", "--epochs", "1", "--notebook", str(path),
                           "--session", str(session))
    assert code == 0, err
    cells = ["".join(c["source"]) for c in json.loads(path.read_text())["cells"]
             if c["cell_type"] == "code"]
    call = next(c for c in cells if "pg.Session(" in c)
    assert "dropout=[0.0, 0.2, 0.2]" in call and "norm='layer'" in call and "skip=True" in call
    monkeypatch.chdir(tmp_path)
    ns: dict = {"__name__": "__notebook__"}
    exec(compile("\n".join(cells), "<notebook>", "exec"), ns)
    assert ns["s"].config == load_session(session).config


# --- compare and sweep ----------------------------------------------------------------------
def compare_args(*extra: str):
    parser = build_parser()
    add_compare_command(parser)
    return parser.parse_args(["compare", *BASE, "--layers", "4,4,4", "--epochs", "2", *extra])


@pytest.mark.parametrize("text,changes", [
    ("dropout=0.3", {"dropout": (0.3,) * 3}),
    ("norm=none,batch,batch", {"norm": ("none", "batch", "batch")}),
    ("skip", {"skip": (False, True, True)}),
    ("skip=3;dropout=0,0,0.5", {"skip": (False, False, True), "dropout": (0.0, 0.0, 0.5)}),
    ("layers=4,4", {"hidden_layers": (4, 4), "activations": ("tanh",) * 2}),
])
def test_compare_variants_take_the_options(text, changes):
    base = compare_args()
    points, (entry,) = entries_from_args(base)
    variant = parse_variant(text, 1, base, points, 2)
    assert variant.config == entry.config.replace(**changes)


def test_a_compare_variant_can_turn_the_bases_options_off():
    base = compare_args("--skip", "--dropout", "0.2")
    points, (entry,) = entries_from_args(base)
    assert entry.config.skip == (False, True, True)
    variant = parse_variant("skip=none;dropout=0", 1, base, points, 2)
    assert variant.config.skip == () and variant.config.dropout == ()


def test_a_bad_compare_variant_names_itself():
    from playground.errors import ConfigError

    base = compare_args()
    points, _ = entries_from_args(base)
    with pytest.raises(ConfigError, match=r"^--variant 'layers=4,2;skip': --skip: no hidden"):
        parse_variant("layers=4,2;skip", 1, base, points, 2)


def test_compare_trains_the_option_variants(capsys):
    code, out, err = run_cli(capsys, "compare", *BASE, "--layers", "4,4", "--epochs", "2",
                             "--variant", "dropout=0.3", "--variant", "skip;norm=layer",
                             "--json", "--jobs", "1")
    assert code == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["name"] for line in lines] == ["base", "dropout=0.3", "skip;norm=layer"]


def test_sweep_grids_over_the_options(capsys):
    code, out, err = run_cli(capsys, "sweep", *BASE, "--layers", "4,4", "--epochs", "2",
                             "--seeds", "1", "--workers", "1", "--json",
                             "--grid", "dropout=0,0.3;norm=none|none,batch")
    assert code == 0, err
    settings = [json.loads(line)["settings"] for line in out.splitlines()]
    assert settings == [{"dropout": d, "norm": n} for d in (0.0, 0.3)
                        for n in ("none", ["none", "batch"])]
    assert all(json.loads(line)["errors"] == 0 for line in out.splitlines())


def test_a_bad_grid_value_is_one_line(capsys):
    code, _, err = run_cli(capsys, "sweep", *BASE, "--layers", "4,4", "--epochs", "2",
                           "--grid", "dropout=0,1.5")
    assert code == 2 and err.count("\n") == 1
    assert "--grid: grid key 'dropout' must be a rate from 0 to 0.9 (got 1.5)" in err
