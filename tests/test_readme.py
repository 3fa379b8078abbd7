"""The README's and the docs' promises: the NumPy snippet predicts like Playground, the test
commands are CI's, every command and option is in the CLI reference, every link leads
somewhere, and the figures and packages they name are the code's."""

import re
import tomllib
from pathlib import Path

import numpy as np
import pytest
from packaging.requirements import Requirement

from playground import cli
from playground.data.datasets import make_dataset
from playground.data.weights_file import load_weights, save_weights
from playground.training.config import TrainConfig
from playground.training.export import predict, weights_file
from playground.training.protocol import LoopOptions
from playground.training.trainer import Trainer

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = sorted((ROOT / "docs").glob("*.md"))
MARKDOWN = [ROOT / "README.md", ROOT / "ARCHITECTURE.md", *DOCS]
FORMATS = (ROOT / "docs" / "formats.md").read_text(encoding="utf-8")
CLI_DOC = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
TESTING_DOC = (ROOT / "docs" / "testing.md").read_text(encoding="utf-8")
FENCE = re.compile(r"^```.*?^```", flags=re.S | re.M)


def _snippet() -> str:
    everywhere = [b for md in MARKDOWN
                  for b in re.findall(r"```python\n(.*?)```", md.read_text(encoding="utf-8"),
                                      flags=re.S)
                  if "np.load" in b and "allow_pickle=False" in b]
    assert len(everywhere) == 1, "the docs should have exactly one NumPy prediction snippet"
    assert everywhere[0] in FORMATS, "the NumPy snippet belongs with the weights format"
    return everywhere[0]


def test_the_readme_is_short():
    assert len(README.splitlines()) <= 200, "the README is an overview: details go in docs/"


def test_snippet_is_about_ten_lines():
    lines = [ln for ln in _snippet().splitlines() if ln.strip()]
    assert len(lines) <= 14


@pytest.mark.parametrize("dataset,k,acts,features,loss", [
    ("spiral", 2, ("tanh", "relu"), ("x1", "x2", "x1x2", "sin_x1"), "cross_entropy"),
    ("blobs", 4, ("sin", "tanh"), ("x1", "x2", "x1_sq", "x2_sq", "sin_x2"), "cross_entropy"),
    ("sine", 0, ("relu", "linear"), ("x1", "x2"), "huber"),
])
def test_snippet_prediction_equals_predict(tmp_path, dataset, k, acts, features, loss):
    task = "regression" if k == 0 else "classification"
    points = make_dataset(dataset, n=80, noise=0.1, seed=2, train_ratio=0.8,
                          n_classes=k if dataset == "blobs" else None)
    cfg = TrainConfig(task=task, n_classes=k, features=features, hidden_layers=(6, 5),
                      activations=acts, loss=loss, optimizer="adam", learning_rate=0.01)
    tr = Trainer(cfg, points)
    for _ in range(5):
        tr.run_epoch()
    path = tmp_path / "model.npz"
    save_weights(path, weights_file(cfg, tr.model.weights, tr.model.biases, tr.normalizer,
                                    tr.epoch))
    xy = np.array([[1.0, -2.0]])
    code = _snippet().replace('"model.npz"', repr(str(path))).replace("print(a)", "")
    scope: dict = {}
    exec(code, scope)  # noqa: S102 - the docs' own snippet
    expected = predict(load_weights(path), xy)
    np.testing.assert_allclose(scope["a"], expected, rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(scope["a"], tr.predict(xy), rtol=1e-10, atol=1e-12)


def _sh_blocks(text: str) -> list[str]:
    return [c.strip() for c in re.findall(r"```sh\n(.*?)```", text, flags=re.S)]


def test_ci_runs_the_readme_test_command():
    commands = _sh_blocks(README)
    (test_cmd,) = [c for c in commands if "pytest" in c and "'.[test]'" in c]
    (torch_cmd,) = [c for c in commands if "pytest" in c and "'.[torch]'" in c]
    ci = (ROOT / ".ci" / "run").read_text()
    assert "set -euo pipefail" in ci
    # word for word, on a clean clone: the newcomer's command first, then the PyTorch round trip
    assert test_cmd in ci and torch_cmd in ci
    assert ci.index(test_cmd) < ci.index(torch_cmd)
    assert "python3 -m venv .venv" in test_cmd and "python3 -m venv" not in torch_cmd
    test_file = torch_cmd.split()[-1]
    assert (ROOT / test_file).is_file() and "torch" in test_file
    assert {test_cmd, torch_cmd} <= set(_sh_blocks(TESTING_DOC)), "docs/testing.md tells the same"
    launch_cmd = next(c for c in commands if "playground" in c and "pytest" not in c)
    assert "pip install -e ." in launch_cmd and launch_cmd.endswith("playground")


def test_the_test_install_has_no_pytorch_and_the_torch_extra_only_a_cpu_build():
    """PyPI's Linux torch is a multi-GB CUDA build: the newcomer's `test` extra must not pull
    it, and the `torch` extra CI installs must not either. A `+cpu` local version is never on
    PyPI, so pinning one installs only a CPU wheel on hand and fails at once anywhere else."""
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
        "optional-dependencies"]
    assert all(Requirement(r).name != "torch" for r in extras["test"])
    for extra in ("torch", "bench"):
        (torch,) = [Requirement(r) for r in extras[extra] if Requirement(r).name == "torch"]
        (spec,) = torch.specifier
        assert spec.operator == "==" and spec.version.endswith("+cpu"), (extra, str(spec))


def _help(capsys, *argv: str) -> str:
    assert cli.main([*argv, "--help"]) == 0
    return capsys.readouterr().out


def test_every_command_and_option_is_in_the_cli_reference(capsys):
    top = _help(capsys)
    commands = re.findall(r"^    ([a-z]+)\b", top, flags=re.M)
    assert {"train", "predict", "compare"} <= set(commands)
    for command in commands:
        assert re.search(rf"playground \[?{command}\b", CLI_DOC), command
        options = set(re.findall(r"(?<![\w-])--[a-z][a-z0-9-]*", _help(capsys, command)))
        missing = sorted(o for o in options - {"--help"}
                         if not re.search(re.escape(o) + r"(?![a-z0-9-])", CLI_DOC))
        assert not missing, f"docs/cli.md does not mention {command} {missing}"


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def _anchors(path: Path) -> set[str]:
    text = FENCE.sub("", path.read_text(encoding="utf-8"))
    return {_slug(h) for h in re.findall(r"^#{1,6} (.+)$", text, flags=re.M)}


def _links(path: Path) -> list[str]:
    text = FENCE.sub("", path.read_text(encoding="utf-8"))
    return re.findall(r"\]\(([^)\s]+)\)", text)


@pytest.mark.parametrize("path", MARKDOWN, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_relative_link_leads_somewhere(path):
    links = [link for link in _links(path) if not re.match(r"[a-z]+:", link)]
    broken = []
    for link in links:
        target, _, anchor = link.partition("#")
        file = (path.parent / target).resolve() if target else path
        if not file.exists():
            broken.append(link)
        elif anchor and (file.suffix != ".md" or anchor not in _anchors(file)):
            broken.append(link)
    assert not broken, f"{path.name}: {broken}"


def test_the_readme_leads_to_every_page_of_the_docs():
    linked = {(ROOT / link.partition("#")[0]).resolve() for link in _links(ROOT / "README.md")}
    assert DOCS and {p.resolve() for p in DOCS} <= linked
    assert (ROOT / "ARCHITECTURE.md").resolve() in linked


def test_the_stated_snapshot_rate_is_the_codes():
    """The window's training process sends at most ``LoopOptions().max_rate`` snapshots a
    second; the README and ARCHITECTURE.md say so in those words."""
    pattern = r"(?:snapshots|paces them)[^.]{0,120}?at most ~?(\d+)(?: times)?\s+a\s+second"
    for path in (ROOT / "README.md", ROOT / "ARCHITECTURE.md"):
        stated = re.findall(pattern, path.read_text(encoding="utf-8"))
        assert stated, f"{path.name} should say how many snapshots a second"
        assert {int(s) for s in stated} == {round(LoopOptions().max_rate)}, path.name


def test_the_readme_names_every_package():
    packages = sorted(p.parent.name for p in (ROOT / "playground").glob("*/__init__.py"))
    assert "pictures" in packages and "exporters" in packages
    missing = [p for p in packages if f"playground/{p}/" not in README]
    assert not missing, f"the README's How it is built leaves out {missing}"


def test_softplus_formula_is_the_stable_one():
    """The docs' softplus must not overflow: evaluated as written, it equals the engine's."""
    from playground.engine.activations import ACTIVATIONS

    match = re.search(r"softplus `([^`]*)`", FORMATS)
    assert match, "docs/formats.md should give the softplus formula"
    code = match.group(1).replace("|z|", "abs(z)")
    z = np.array([-1000.0, -30.0, -1.0, 0.0, 2.5, 30.0, 1000.0])
    names = {"max": np.maximum, "abs": np.abs, "exp": np.exp, "log1p": np.log1p, "z": z}
    with np.errstate(over="raise", invalid="raise"):  # an overflowing form fails here
        value = eval(code, {"__builtins__": {}}, names)  # noqa: S307 - the docs' own formula
    np.testing.assert_allclose(value, ACTIVATIONS["softplus"].forward(z, None), rtol=1e-15)
