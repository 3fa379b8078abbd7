"""The lesson format: a valid file read in full, and every kind of mistake refused with a
ConfigError naming the file, the step and the problem."""

import pytest

from playground.errors import ConfigError
from playground.lessons.lesson import HIDEABLE, LOCKABLE, load_lesson
from playground.lessons.settings import apply_settings, parse_settings
from playground.training.config import TrainConfig
from tests.lessons.helpers import VALID, write_lesson


def test_a_valid_lesson_is_read_in_full(tmp_path):
    lesson = load_lesson(write_lesson(tmp_path))
    assert (lesson.id, lesson.title, lesson.epochs) == ("tiny", "A tiny lesson", 20)
    assert [s.number for s in lesson.steps] == [1, 2]
    first, second = lesson.steps
    assert first.goal is None and first.answer is None and first.text == "Press **Play**."
    assert second.goal is not None and second.goal.text == (
        "test_accuracy >= 0.9 and hidden_units <= 3")
    assert second.goal.variables == ("test_accuracy", "hidden_units")
    assert second.hints == ("Two blobs need one line.", "Any small network will do.")
    assert lesson.goals == (second,)
    start = lesson.start()
    assert start.dataset.name == "gauss" and len(start.points) == 120
    assert start.config.hidden_layers == (3,) and start.config.activations == ("relu",)
    assert start.config.seed == 3 and start.config.task == "classification"
    (entered1, answered1), (entered2, answered2) = lesson.configs()
    assert entered1 == answered1 == start.config
    assert entered2.learning_rate == 0.1 and entered2.hidden_layers == (3,)
    assert answered2.hidden_layers == (2,) and answered2.activations == ("relu",)
    assert answered2.learning_rate == 0.1


def test_points_from_a_csv_next_to_the_lesson(tmp_path):
    rows = ["x1,x2,target"] + [f"{i / 10},{-i / 10},{i / 20}" for i in range(40)]
    (tmp_path / "pts.csv").write_text("\n".join(rows) + "\n")
    text = VALID.replace('dataset = "gauss"\nn_points = 120', 'points = "pts.csv"').replace(
        'goal = "test_accuracy >= 0.9 and hidden_units <= 3"', 'goal = "r2 >= 0.5"')
    lesson = load_lesson(write_lesson(tmp_path, text))
    start = lesson.start()
    assert start.points.task == "regression" and len(start.points) == 40
    assert start.config.task == "regression" and start.config.loss == "mse"
    assert lesson.points_file == str(tmp_path / "pts.csv")


def test_the_coach_is_off_unless_the_lesson_turns_it_on(tmp_path):
    assert load_lesson(write_lesson(tmp_path)).coach is False
    on = write_lesson(tmp_path, VALID.replace("seed = 3", "seed = 3\ncoach = true", 1))
    assert load_lesson(on).coach is True


def _bad(tmp_path, old, new):
    assert old in VALID, old
    path = write_lesson(tmp_path, VALID.replace(old, new, 1))
    with pytest.raises(ConfigError) as info:
        load_lesson(path)
    message = str(info.value)
    assert message.startswith(str(path)), message  # the file is named first
    return message


@pytest.mark.parametrize("old,new,expected", [
    ('id = "tiny"', 'id = "Tiny Lesson"', "'id' must be lower-case"),
    ('title = "A tiny lesson"', 'title = ""', "'title' must be text"),
    ("epochs = 20", "epochs = 0", "'epochs' must be a whole number from 1"),
    ("epochs = 20", "epoch = 20", "unknown key 'epoch'"),
    ('dataset = "gauss"', 'dataset = "gaus"', "unknown data set 'gaus'"),
    ('dataset = "gauss"', 'dataset = "gauss"\npoints = "a.csv"', "either dataset"),
    ("n_points = 120", "n_points = 0", "n_points must be a whole number from 1"),
    ("seed = 3", "seed = 3\nnoise = 2.0", "noise must be between 0 and 1"),
    ("seed = 3", 'seed = 3\nlocks = ["diagram"]', "locks: unknown name 'diagram'"),
    ("seed = 3", 'seed = 3\nhidden = ["everything"]', "hidden: unknown name 'everything'"),
    ("seed = 3", 'seed = 3\ncoach = "yes"', "[start] coach must be true or false"),
    ('activation = "relu"', 'activation = "rellu"', "[start] settings"),
    ("layers = [3]", "layers = [3]\nwidth = 4", "unknown setting 'width'"),
])
def test_mistakes_in_the_start_are_refused(tmp_path, old, new, expected):
    assert expected in _bad(tmp_path, old, new)


@pytest.mark.parametrize("old,new,expected", [
    ('text = "Reach the target."', 'text = ""', "step 2: 'text' must be text"),
    ("settings = { lr = 0.1 }", "settings = { lr = -1.0 }", "step 2: settings: "),
    ("settings = { lr = 0.1 }", 'settings = { layers = "a,b" }', "step 2: settings: layers"),
    ('goal = "test_accuracy >= 0.9 and hidden_units <= 3"', 'goal = "test_acc >= 0.9"',
     "step 2: goal 'test_acc >= 0.9' at column 1: unknown name 'test_acc'"),
    ('goal = "test_accuracy >= 0.9 and hidden_units <= 3"', 'goal = "test_loss"',
     "step 2: goal 'test_loss' is not a condition"),
    ('goal = "test_accuracy >= 0.9 and hidden_units <= 3"', 'goal = "test_loss <= 0.2 +"',
     "step 2: goal 'test_loss <= 0.2 +'"),
    ('goal = "test_accuracy >= 0.9 and hidden_units <= 3"',
     'goal = "__import__(\'os\') == 0"', "step 2: goal"),
    ('hints = ["Two blobs need one line.", "Any small network will do."]', 'hints = "one"',
     "step 2: hints must be a list of texts"),
    ("answer = { layers = [2] }", "answer = { layers = [0] }", "step 2: answer: "),
    ("answer = { layers = [2] }", "", "step 2 has a goal but no answer"),
    ("answer = { layers = [2] }", "answer = { layers = [2] }\nscore = 3",
     "step 2: unknown key 'score'"),
])
def test_mistakes_in_a_step_name_the_step(tmp_path, old, new, expected):
    assert expected in _bad(tmp_path, old, new)


def test_files_that_are_not_lessons_are_refused(tmp_path):
    for name, data, expected in [
        ("broken.toml", b'id = "x\n', "not valid TOML"),
        ("latin.toml", b"title = \"caf\xe9\"\n", "UTF-8"),
        ("empty.toml", b"", "'id' must be"),
        ("nosteps.toml", b'id = "a"\ntitle = "A"\n[start]\ndataset = "xor"\n',
         "at least one [[steps]]"),
    ]:
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(ConfigError) as info:
            load_lesson(path)
        assert str(path) in str(info.value) and expected in str(info.value), info.value
    with pytest.raises(ConfigError, match="missing.toml"):
        load_lesson(tmp_path / "missing.toml")
    with pytest.raises(ConfigError, match="the data: .*no_such.csv"):
        load_lesson(write_lesson(tmp_path, VALID.replace(
            'dataset = "gauss"\nn_points = 120', 'points = "no_such.csv"')))


def test_settings_are_train_options():
    changes = parse_settings({"layers": "4,4", "activation": "relu", "lr": 1,
                              "batch-size": "all", "features": "x1,x2,min(x1, x2)",
                              "shuffle": False, "input_scaling": "none"})
    config = apply_settings(TrainConfig(), changes)
    assert config.hidden_layers == (4, 4) and config.activations == ("relu", "relu")
    assert config.learning_rate == 1.0 and config.batch_size is None
    assert config.features == ("x1", "x2", "min(x1, x2)") and config.shuffle is False
    assert config.input_scaling == "none"
    # new layers keep the activations when the count fits, else repeat the first
    assert apply_settings(config, {"hidden_layers": (2, 2)}).activations == ("relu", "relu")
    assert apply_settings(config, {"hidden_layers": (2,)}).activations == ("relu",)
    with pytest.raises(ConfigError, match="batch_size must be a whole number or \"all\""):
        parse_settings({"batch_size": "half"})
    with pytest.raises(ConfigError, match="unknown setting 'learning_rate'"):
        parse_settings({"learning_rate": 0.1})


def test_classroom_names_are_the_windows():
    from playground.ui.classroom import FIXABLE, SECTIONS
    assert set(HIDEABLE) == set(SECTIONS) and set(LOCKABLE) == set(FIXABLE)
