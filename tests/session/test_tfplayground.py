"""TensorFlow Playground links (session/tfplayground.py): each key read into the session's
settings, bad keys and values reported and never raised, the reverse link, round trips."""

import numpy as np
import pytest

from playground.data.datasets import make_dataset
from playground.session.dataset import DatasetSettings
from playground.session.file import load_session, save_session
from playground.session.tfplayground import (
    NOTE,
    LinkError,
    is_link,
    read_link,
    write_link,
)
from playground.training.config import DEFAULT_CONFIG, TrainConfig
from playground.ui.classroom import SECTIONS

TF = "https://playground.tensorflow.org/#"
ALL_OFF = ("x=false&y=false&xTimesY=false&xSquared=false&ySquared=false&cosX=false&"
           "sinX=false&cosY=false&sinY=false")


def fields(link):
    """The settings a link gives, as one flat dict to compare field by field."""
    c, d = link.config, link.dataset
    return {"dataset": d.name, "n": d.n, "noise": d.noise, "seed": d.seed,
            "train_ratio": d.train_ratio, "task": c.task, "n_classes": c.n_classes,
            "features": c.features, "hidden_layers": c.hidden_layers,
            "activations": c.activations, "loss": c.loss, "optimizer": c.optimizer,
            "momentum": c.momentum, "learning_rate": c.learning_rate,
            "batch_size": c.batch_size, "l1": c.l1, "l2": c.l2, "init": c.init,
            "input_scaling": c.input_scaling, "config_seed": c.seed,
            "show_test": link.view["show_test"], "discretize": link.view["discretize"],
            "hidden": (link.view["classroom"] or {}).get("hidden", [])}


BASE = {"dataset": "tf_circle", "n": 500, "noise": 0.0, "seed": 0, "train_ratio": 0.5,
        "task": "classification", "n_classes": 2, "features": ("x1", "x2"),
        "hidden_layers": (4, 2), "activations": ("tanh", "tanh"), "loss": "cross_entropy",
        "optimizer": "sgd", "momentum": 0.0, "learning_rate": 0.03, "batch_size": 10,
        "l1": 0.0, "l2": 0.0, "init": "uniform", "input_scaling": "none", "config_seed": 0,
        "show_test": False, "discretize": False, "hidden": []}

# (link, the fields that differ from TensorFlow Playground's defaults, warnings expected)
COURSE_LINKS = [
    # TensorFlow Playground's own default page, as it writes it
    (TF + "activation=tanh&batchSize=10&dataset=circle&regDataset=reg-plane&"
     "learningRate=0.03&regularizationRate=0&noise=0&networkShape=4,2&seed=0.34506&"
     "showTestData=false&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&"
     "xSquared=false&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false&"
     "collectStats=false&problem=classification&initZero=false&hideText=false",
     {"seed": 34506, "config_seed": 34506}, 0),
    # a feature-cross exercise: xor, no hidden layer, a linear model on x1·x2
    (TF + "activation=linear&batchSize=10&dataset=xor&regDataset=reg-plane&"
     "learningRate=0.03&regularizationRate=0&noise=0&networkShape=&seed=0.71383&"
     "showTestData=false&discretize=false&percTrainData=50&x=false&y=false&xTimesY=true&"
     "xSquared=false&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false&"
     "collectStats=false&problem=classification&initZero=false&hideText=false&"
     "problem_hide=true&dataset_hide=true&noise_hide=true&percTrainData_hide=true",
     {"dataset": "tf_xor", "hidden_layers": (), "activations": (), "features": ("x1x2",),
      "seed": 71383, "config_seed": 71383, "hidden": ["data"]}, 0),
    # the spiral with every feature and a deep ReLU net, test points shown, discretised
    (TF + "activation=relu&batchSize=10&dataset=spiral&regDataset=reg-plane&"
     "learningRate=0.01&regularizationRate=0&noise=10&networkShape=8,8,6,4&seed=0.10000&"
     "showTestData=true&discretize=true&percTrainData=80&x=true&y=true&xTimesY=true&"
     "xSquared=true&ySquared=true&cosX=true&sinX=true&cosY=true&sinY=true&"
     "collectStats=false&problem=classification&initZero=false&hideText=false",
     {"dataset": "tf_spiral", "noise": 0.1, "train_ratio": 0.8, "seed": 10000,
      "config_seed": 10000, "learning_rate": 0.01, "hidden_layers": (8, 8, 6, 4),
      "activations": ("relu",) * 4, "show_test": True, "discretize": True,
      "features": ("x1", "x2", "x1_sq", "x2_sq", "x1x2", "sin_x1", "sin_x2", "cos(x1)",
                   "cos(x2)")}, 0),
    # overfitting and L2: gauss with noise, a small training share
    (TF + "activation=tanh&regularization=L2&batchSize=10&dataset=gauss&"
     "learningRate=0.03&regularizationRate=0.03&noise=35&networkShape=8,8&seed=0.00042&"
     "percTrainData=10&x=true&y=true&xSquared=true&ySquared=true&problem=classification",
     {"dataset": "tf_gauss", "noise": 0.35, "train_ratio": 0.1, "seed": 42,
      "config_seed": 42, "l2": 0.03, "hidden_layers": (8, 8),
      "features": ("x1", "x2", "x1_sq", "x2_sq")}, 0),
    # L1 sparsity on a regression set
    (TF + "activation=linear&regularization=L1&batchSize=30&regDataset=reg-gauss&"
     "learningRate=0.1&regularizationRate=0.001&noise=5&networkShape=3&seed=0.5&"
     "problem=regression&sinX=true&sinY=true",
     {"dataset": "tf_reg_gauss", "n": 1200, "noise": 0.05, "task": "regression",
      "n_classes": 0, "loss": "mse", "seed": 50000, "config_seed": 50000, "l1": 0.001,
      "learning_rate": 0.1, "batch_size": 30, "hidden_layers": (3,),
      "activations": ("linear",), "features": ("x1", "x2", "sin_x1", "sin_x2")}, 0),
    # the plane regression with the training settings hidden
    (TF + "problem=regression&regDataset=reg-plane&networkShape=&activation=sigmoid&"
     "learningRate_hide=true&regularization_hide=true&regularizationRate_hide=true&"
     "batchSize_hide=true&activation_hide=true&numHiddenLayers_hide=true",
     {"dataset": "tf_reg_plane", "n": 1200, "task": "regression", "n_classes": 0,
      "loss": "mse", "hidden_layers": (), "activations": (), "hidden": ["training", "network"]},
     0),
    # keys in another order, repeated defaults, sigmoid
    (TF + "seed=0.99999&x=true&problem=classification&networkShape=2&dataset=circle&"
     "y=true&activation=sigmoid&percTrainData=90&noise=50",
     {"seed": 99999, "config_seed": 99999, "train_ratio": 0.9, "noise": 0.5,
      "hidden_layers": (2,), "activations": ("sigmoid",)}, 0),
    # unknown keys from another version of the page, and a tutorial
    (TF + "dataset=xor&networkShape=4&foo=1&learningRate=0.3&tutorial=dropout&colour=blue",
     {"dataset": "tf_xor", "hidden_layers": (4,), "activations": ("tanh",),
      "learning_rate": 0.3}, 3),
    # no fragment at all: TensorFlow Playground's default page
    ("https://playground.tensorflow.org/", {}, 0),
    # http and www, a trailing &, upper-case host
    ("http://www.Playground.TensorFlow.org/#dataset=gauss&batchSize=1&",
     {"dataset": "tf_gauss", "batch_size": 1}, 0),
    # hidden controls Playground cannot hide alone
    (TF + "dataset=circle&showTestData_hide=true&playButton_hide=true&noise_hide=true",
     {"hidden": ["data"]}, 3),
]


@pytest.mark.parametrize("url,changes,n_warnings", COURSE_LINKS)
def test_course_links_field_by_field(url, changes, n_warnings):
    link = read_link(url)
    assert fields(link) == {**BASE, **changes}
    assert len(link.warnings) == n_warnings, link.warnings
    assert link.note == NOTE and "tanh output with squared error" in NOTE
    assert set(fields(link)["hidden"]) <= set(SECTIONS)


def test_link_session_has_the_generated_points_and_saves(tmp_path):
    link = read_link(COURSE_LINKS[3][0])
    session = link.session()
    expected = make_dataset("tf_gauss", 500, 0.35, seed=42, train_ratio=0.1)
    assert session.points.equals(expected)
    assert session.config == link.config and session.view["show_test"] is False
    save_session(tmp_path / "a.pgsession", session)
    again = load_session(tmp_path / "a.pgsession")
    assert DatasetSettings.from_dict(again.dataset) == link.dataset
    assert again.config == link.config and again.view == session.view


@pytest.mark.parametrize("text", [
    "https://example.com/#dataset=circle", "playground.tensorflow.org/#dataset=xor",
    "ftp://playground.tensorflow.org/#x=true", "", "not a link at all", "http://[::1",
])
def test_not_a_link_is_one_error(text):
    assert not is_link(text)
    with pytest.raises(LinkError, match="not a TensorFlow Playground link"):
        read_link(text)


@pytest.mark.parametrize("pair,where,kept", [
    ("activation=swish", "activation", ("activations", ("tanh", "tanh"))),
    ("dataset=moons", "dataset", ("dataset", "tf_circle")),
    ("problem=clustering", "problem", ("task", "classification")),
    ("regularization=L3&regularizationRate=0.1", "regularization", ("l2", 0.0)),
    ("regularization=L2&regularizationRate=lots", "regularizationRate", ("l2", 0.0)),
    ("regularization=L2&regularizationRate=-1", "regularizationRate", ("l2", 0.0)),
    ("learningRate=abc", "learningRate", ("learning_rate", 0.03)),
    ("learningRate=0", "learningRate", ("learning_rate", 0.03)),
    ("learningRate=NaN", "learningRate", ("learning_rate", 0.03)),
    ("batchSize=2.5", "batchSize", ("batch_size", 10)),
    ("batchSize=0", "batchSize", ("batch_size", 10)),
    ("percTrainData=150", "percTrainData", ("train_ratio", 0.5)),
    ("networkShape=4,x", "networkShape", ("hidden_layers", (4, 2))),
    ("networkShape=0", "networkShape", ("hidden_layers", (4, 2))),
    ("networkShape=1,1,1,1,1,1,1,1,1", "networkShape", ("hidden_layers", (4, 2))),
    ("noise=loud", "noise", ("noise", 0.0)),
    ("noise=95", "noise", ("noise", 0.5)),  # as TensorFlow Playground: above 80 is 50
    ("noise=-3", "noise", ("noise", 0.0)),
    ("seed=apple", "seed", ("seed", None)),
    ("x=yes", "x", ("features", ("x1", "x2"))),  # anything but false is true
    (ALL_OFF, "no input feature", ("features", ("x1", "x2"))),
    ("initZero=true", "initZero", ("init", "uniform")),
    ("dataset=xor&dataset=gauss", "twice", ("dataset", "tf_gauss")),
    ("%zz=1&=&&bar", "%zz", ("dataset", "tf_circle")),
])
def test_bad_keys_and_values_are_reported_not_raised(pair, where, kept):
    link = read_link(TF + pair)
    assert any(where in w for w in link.warnings), link.warnings
    name, value = kept
    got = fields(link)[name]
    if value is None:  # a hashed seed: some seed, the same every time
        assert got == fields(read_link(TF + pair))[name]
    else:
        assert got == value


def test_reading_never_raises_on_noise():
    rng = np.random.default_rng(0)
    keys = ["activation", "dataset", "noise", "networkShape", "seed", "batchSize", "x",
            "learningRate", "percTrainData", "regularizationRate", "problem", "noise_hide"]
    alphabet = list("0123456789.,-=&%eE abcxyzLtrue")
    for _ in range(300):
        parts = [f"{rng.choice(keys)}={''.join(rng.choice(alphabet, rng.integers(0, 8)))}"
                 for _ in range(rng.integers(0, 6))]
        link = read_link(TF + "&".join(parts))
        assert isinstance(link.config, TrainConfig)


@pytest.mark.parametrize("url", [u for u, _, n in COURSE_LINKS if n == 0])
def test_link_session_link_round_trip(url):
    link = read_link(url)
    back, misfits = write_link(link.dataset, link.config, link.view)
    assert misfits == []
    again = read_link(back)
    assert fields(again) == fields(link) and again.warnings == ()
    assert write_link(again.dataset, again.config, again.view)[0] == back


def test_copy_as_link_names_what_does_not_fit():
    settings = DatasetSettings("spiral_k", 300, 0.123, 123456, 0.55, n_classes=3)
    config = DEFAULT_CONFIG.replace(task="classification", n_classes=3,
                                    features=("x1", "x2", "x1x2", "min(x1, x2)"),
                                    hidden_layers=(16, 4, 4, 4, 4, 4, 4),
                                    activations=("relu", "gelu") + ("relu",) * 5,
                                    seed=123456, batch_size=None)
    url, misfits = write_link(settings, config, {"classroom": {"hidden": ["diagram"]}})
    text = " | ".join(misfits)
    for phrase in ("Spiral (K arms)", "3 classes", "seed 123456", "full-batch", "adam",
                   "different activations", "16,4,4,4,4,4,4", "'min(x1, x2)'",
                   "glorot_uniform", "input scaling standard", "diagram"):
        assert phrase in text, phrase
    assert "x1x2" not in text  # the cross is TensorFlow Playground's xTimesY
    assert is_link(url) and read_link(url).config.features == ("x1", "x2", "x1x2")


def test_session_link_session_round_trip():
    link = read_link(COURSE_LINKS[2][0])
    settings = link.dataset.copy(noise=0.25, train_ratio=0.6, seed=7)
    config = link.config.replace(learning_rate=0.003, l1=0.01, batch_size=5, seed=7,
                                 hidden_layers=(3, 5), activations=("sigmoid", "sigmoid"))
    view = {"show_test": True, "discretize": False,
            "classroom": {"hidden": ["data", "network"], "fixed": []}}
    url, misfits = write_link(settings, config, view)
    assert misfits == []
    again = read_link(url)
    assert again.dataset == settings and again.config == config and again.warnings == ()
    assert again.view["classroom"]["hidden"] == ["data", "network"]
