"""TensorFlow Playground has no dropout, normalisation or skips: a link written from a session
that has them says what it leaves out, and a link read in gives a network without them."""

from playground.session.dataset import DatasetSettings
from playground.session.tfplayground import read_link, write_link
from playground.training.config import TrainConfig

SETTINGS = DatasetSettings("tf_circle", 500, 0.0, 1, 0.5)
PLAIN = TrainConfig(hidden_layers=(4, 4), activations=("tanh", "tanh"), optimizer="sgd",
                    momentum=0.0, init="uniform", input_scaling="none", batch_size=10, seed=1)


def test_a_link_says_which_options_it_drops():
    _, misfits = write_link(SETTINGS, PLAIN)
    assert misfits == []
    config = PLAIN.replace(dropout=(0.2, 0.2), norm=("batch", "none"), skip=(False, True))
    url, misfits = write_link(SETTINGS, config)
    assert misfits == ["dropout (TensorFlow Playground has none)",
                       "layer or batch normalisation (TensorFlow Playground has none)",
                       "skip connections (TensorFlow Playground has none)"]
    assert url == write_link(SETTINGS, PLAIN)[0]  # the rest of the link is the plain one's
    back = read_link(url).config
    assert (back.dropout, back.norm, back.skip) == ((), (), ())
    assert back.hidden_layers == (4, 4)


def test_each_option_alone_is_named():
    for changes, phrase in (({"dropout": (0.0, 0.3)}, "dropout"),
                            ({"norm": ("layer", "layer")}, "normalisation"),
                            ({"skip": (False, True)}, "skip connections")):
        (misfit,) = write_link(SETTINGS, PLAIN.replace(**changes))[1]
        assert phrase in misfit
