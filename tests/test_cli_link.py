"""``playground train --link URL``: what a TensorFlow Playground link describes, trained
headless; options given besides override the link's; ``gui URL`` takes a link."""

import json

from playground.cli import build_parser, main
from playground.data.datasets import make_dataset
from playground.session.dataset import DatasetSettings
from playground.session.file import load_session
from playground.session.tfplayground import read_link

LINK = ("https://playground.tensorflow.org/#activation=relu&batchSize=5&dataset=xor&"
        "learningRate=0.1&regularizationRate=0.001&regularization=L2&noise=10&"
        "networkShape=6,3&seed=0.01234&percTrainData=70&x=true&y=true&xTimesY=true&"
        "cosX=true&showTestData=true&problem_hide=true&dataset_hide=true&noise_hide=true&"
        "percTrainData_hide=true&colour=red")


def train(capsys, *args):
    code = main(["train", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_train_link_is_the_links_session(tmp_path, capsys):
    path = tmp_path / "run.pgsession"
    code, out, err = train(capsys, "--link", LINK, "--epochs", "3", "--session", str(path))
    assert code == 0, err
    assert json.loads(out)["epoch"] == 3
    assert err.count("note:") == 1 and "tanh output with squared error" in err
    assert "warning: --link: unknown key 'colour'" in err
    s = load_session(path)
    link = read_link(LINK)
    assert s.config == link.config
    assert DatasetSettings.from_dict(s.dataset) == link.dataset
    assert s.points.equals(make_dataset("tf_xor", 500, 0.1, seed=1234, train_ratio=0.7))
    assert s.view["show_test"] is True and s.view["classroom"]["hidden"] == ["data"]


def test_options_given_override_the_link(tmp_path, capsys):
    path = tmp_path / "run.pgsession"
    code, _, err = train(capsys, "--lr", "0.02", "--link", LINK, "--layers", "4",
                         "--seed", "9", "--noise", "0.3", "--train-ratio", "0.5",
                         "--optimizer", "adam", "--epochs", "1", "--session", str(path))
    assert code == 0, err
    s, link = load_session(path), read_link(LINK)
    assert s.config == link.config.replace(learning_rate=0.02, hidden_layers=(4,),
                                           activations=("relu",), seed=9, optimizer="adam")
    assert DatasetSettings.from_dict(s.dataset) == link.dataset.copy(noise=0.3, seed=9,
                                                                     train_ratio=0.5)


def test_another_data_set_replaces_the_links(tmp_path, capsys):
    path = tmp_path / "run.pgsession"
    code, _, err = train(capsys, "--link", LINK, "--dataset", "moons", "--epochs", "1",
                         "--session", str(path))
    assert code == 0, err
    s = load_session(path)
    assert s.dataset["name"] == "moons" and len(s.points) == 500  # train's own count
    assert s.config.features == read_link(LINK).config.features


def test_not_a_link_is_one_line(capsys):
    code, out, err = train(capsys, "--link", "https://example.com/#dataset=xor")
    assert code == 2 and out == ""
    assert err.strip().count("\n") == 0 and "not a TensorFlow Playground link" in err


def test_without_a_link_the_defaults_stay(tmp_path, capsys):
    path = tmp_path / "run.pgsession"
    code, _, err = train(capsys, "--epochs", "1", "--session", str(path))
    assert code == 0, err
    s = load_session(path)
    assert s.config.seed == 0 and s.dataset["train_ratio"] == 0.5 and "note" not in err


def test_gui_takes_a_link_as_its_file():
    args = build_parser().parse_args(["gui", LINK])
    assert args.files == [LINK]
