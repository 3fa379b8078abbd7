"""Where a learner is in a lesson, as saved with a session (``lessons/state.py``)."""

from __future__ import annotations

import json

import pytest

from playground.errors import ConfigError
from playground.lessons.lesson import BUILTIN, builtin_ids, load_lesson
from playground.lessons.state import LessonState, lesson_state

LESSON = '''
id = "mine"
title = "Mine"
[start]
dataset = "xor"
n_points = 50
[[steps]]
text = "One."
[[steps]]
text = "Two."
goal = "epoch >= 1"
answer = {}
'''


def test_a_builtin_lesson_is_named_by_id_and_comes_back():
    lesson_id = builtin_ids()[0]
    state = LessonState.of(load_lesson(BUILTIN / f"{lesson_id}.toml")).at(2).with_met(2)
    data = json.loads(json.dumps(state.to_dict()))
    assert "text" not in data  # a built-in lesson is not copied into the session
    back = lesson_state({"lesson": data})
    assert back == state and back.step == 2 and back.met == (2,)
    assert back.lesson().id == lesson_id


def test_a_lesson_file_travels_with_the_session(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text(LESSON, "utf-8")
    state = LessonState.of(load_lesson(path))
    assert not state.builtin and state.text == LESSON
    path.unlink()  # the file moved away: the session still has the lesson
    back = lesson_state({"lesson": json.loads(json.dumps(state.to_dict()))})
    assert back is not None and back.lesson().id == "mine"
    assert len(back.lesson().steps) == 2


@pytest.mark.parametrize("data", [None, 3, {}, {"id": "x"}, {"id": "x", "builtin": "yes"},
                                  {"id": "x", "builtin": True, "step": 0},
                                  {"id": "x", "builtin": True, "met": ["1"]},
                                  {"id": "x", "builtin": False}])
def test_a_missing_or_damaged_state_is_none(data):
    assert lesson_state({"lesson": data}) is None
    assert lesson_state({}) is None


def test_a_builtin_lesson_that_is_gone_says_so():
    state = LessonState("no-such-lesson", True)
    with pytest.raises(ConfigError, match="no-such-lesson"):
        state.lesson()
