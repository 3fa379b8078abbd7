"""The window's settings file follows PLAYGROUND_HOME, so separate homes never share the last
configuration (and the README documents where it is)."""

from pathlib import Path

from playground.training.config import TrainConfig
from playground.ui.controllers.settings import app_settings, restored_config, save_state

README = Path(__file__).resolve().parents[2] / "README.md"


def test_settings_live_under_playground_home(tmp_path, monkeypatch):
    monkeypatch.delenv("PLAYGROUND_NO_SETTINGS")
    default = TrainConfig()
    homes = [tmp_path / "a", tmp_path / "b"]
    monkeypatch.setenv("PLAYGROUND_HOME", str(homes[0]))
    first = app_settings()
    assert Path(first.fileName()) == homes[0] / "settings.ini"
    save_state(first, {}, default.replace(learning_rate=0.123))
    assert restored_config(app_settings(), default).learning_rate == 0.123
    monkeypatch.setenv("PLAYGROUND_HOME", str(homes[1]))
    assert Path(app_settings().fileName()) == homes[1] / "settings.ini"
    assert restored_config(app_settings(), default) == default  # nothing leaked across


def test_without_a_home_the_settings_are_qts_per_user_file(tmp_path, monkeypatch):
    monkeypatch.delenv("PLAYGROUND_NO_SETTINGS")
    monkeypatch.delenv("PLAYGROUND_HOME", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    name = Path(app_settings().fileName())
    assert name.name == "Playground.conf" and name.parent.name == "Playground"


def test_the_readme_says_where_the_settings_are():
    text = README.read_text(encoding="utf-8")
    assert "Playground.conf" in text and "settings.ini" in text
