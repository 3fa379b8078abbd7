"""``playground lessons`` and ``playground lesson check``: the list, and grading passing,
failing, corrupt, foreign and non-session files, a folder of them, and the grade sheet."""

import csv
import json

import pytest

from playground import cli
from playground.lessons.lesson import builtin_lessons
from tests.lessons.helpers import write_lesson
from tests.test_cli import run


def _lines(text):
    return [json.loads(line) for line in text.splitlines()]


def test_lessons_lists_the_built_in_ones(capsys):
    assert cli.main(["lessons"]) == 0
    rows = _lines(capsys.readouterr().out)
    assert rows == [{"id": lesson.id, "title": lesson.title, "steps": len(lesson.steps)}
                    for lesson in builtin_lessons()]


@pytest.fixture(scope="module")
def submissions(tmp_path_factory):
    """A folder of submissions for xor-smallest: one passing (the answer of both goals), one
    failing, one corrupt, one of another task, one of another data set, one not a session."""
    folder = tmp_path_factory.mktemp("submissions")
    common = ["--dataset", "xor", "--n-points", "500", "--noise", "0", "--epochs", "300"]
    for name, args in [
        ("a-pass", [*common, "--layers", "", "--features", "x1,x2,x1x2"]),
        ("b-fail", [*common, "--layers", "8,8"]),
        ("d-regression", ["--dataset", "plane", "--epochs", "3"]),
        ("e-circle", ["--dataset", "circle", "--epochs", "3"]),
    ]:
        proc = run("train", *args, "--session", str(folder / f"{name}.pgsession"))
        assert proc.returncode == 0, proc.stderr
    good = (folder / "a-pass.pgsession").read_bytes()
    (folder / "c-corrupt.pgsession").write_bytes(good[: len(good) // 2])
    (folder / "f-notes.txt").write_text("my answer is 42\n")
    return folder


def test_check_grades_each_session_and_never_crashes(submissions, capsys):
    assert cli.main(["lesson", "check", "xor-smallest", str(submissions)]) == 1
    rows = {r["session"].rsplit("/", 1)[-1]: r for r in _lines(capsys.readouterr().out)}
    assert list(rows) == ["a-pass.pgsession", "b-fail.pgsession", "c-corrupt.pgsession",
                          "d-regression.pgsession", "e-circle.pgsession", "f-notes.txt"]
    for r in rows.values():
        assert r["lesson"] == "xor-smallest"
    good = rows["a-pass.pgsession"]
    assert good["passed"] is True and "error" not in good
    assert [(g["step"], g["met"]) for g in good["goals"]] == [(2, True), (3, True)]
    assert good["goals"][0]["goal"] == "test_accuracy >= 0.95 and hidden_units <= 4"
    assert good["goals"][1]["values"]["hidden_units"] == 0
    assert good["goals"][1]["values"]["test_accuracy"] >= 0.95
    bad = rows["b-fail.pgsession"]
    assert bad["passed"] is False and [g["met"] for g in bad["goals"]] == [False, False]
    assert bad["goals"][0]["values"]["hidden_units"] == 16
    assert "damaged or not a session" in rows["c-corrupt.pgsession"]["error"]
    assert "regression" in rows["d-regression.pgsession"]["error"]
    assert "'circle'" in rows["e-circle.pgsession"]["error"]
    assert "not a Playground session" in rows["f-notes.txt"]["error"]
    for name in ("c-corrupt.pgsession", "d-regression.pgsession", "f-notes.txt"):
        assert rows[name]["passed"] is False and rows[name]["goals"] == []


def test_exit_code_is_zero_only_when_all_passed(submissions, capsys):
    good = str(submissions / "a-pass.pgsession")
    assert cli.main(["lesson", "check", "xor-smallest", good]) == 0
    assert cli.main(["lesson", "check", "xor-smallest", good,
                     str(submissions / "b-fail.pgsession")]) == 1
    # one step's goal alone: the big network meets none; 8,8 fails step 2 only by its size
    assert cli.main(["lesson", "check", "xor-smallest", "--step", "2",
                     str(submissions / "b-fail.pgsession")]) == 1
    out = _lines(capsys.readouterr().out)
    assert [g["step"] for g in out[-1]["goals"]] == [2]
    assert cli.main(["lesson", "check", "xor-smallest", "--step", "1", good]) == 2
    assert "has goals at steps 2, 3" in capsys.readouterr().err


def test_csv_writes_a_grade_sheet(submissions, tmp_path, capsys):
    sheet = tmp_path / "grades.csv"
    assert cli.main(["lesson", "check", "xor-smallest", str(submissions),
                     "--csv", str(sheet)]) == 1
    capsys.readouterr()
    with sheet.open(newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 6
    by_name = {r["session"].rsplit("/", 1)[-1]: r for r in rows}
    step2 = "step 2: test_accuracy >= 0.95 and hidden_units <= 4"
    step3 = "step 3: test_accuracy >= 0.95 and hidden_units == 0"
    assert list(rows[0]) == ["session", "lesson", "passed", "goals_met", step2, step3, "error"]
    a, b, c = (by_name[n] for n in ("a-pass.pgsession", "b-fail.pgsession",
                                   "c-corrupt.pgsession"))
    assert (a["passed"], a["goals_met"], a[step2], a[step3], a["error"]) == (
        "1", "2/2", "1", "1", "")
    assert (b["passed"], b["goals_met"], b[step2], b[step3]) == ("0", "0/2", "0", "0")
    assert c["passed"] == "0" and c[step2] == "" and "damaged" in c["error"]
    # the sheet is never written over a submission
    target = submissions / "b-fail.pgsession"
    before = target.read_bytes()
    assert cli.main(["lesson", "check", "xor-smallest", str(target), "--csv",
                     str(target)]) == 2
    assert target.read_bytes() == before and "--csv" in capsys.readouterr().err


def test_a_lesson_file_is_checked_too(tmp_path, capsys):
    lesson = write_lesson(tmp_path)
    session = tmp_path / "s.pgsession"
    assert cli.main(["train", "--dataset", "gauss", "--n-points", "120", "--seed", "3",
                     "--layers", "2", "--activation", "relu", "--epochs", "20",
                     "--session", str(session)]) == 0
    capsys.readouterr()
    assert cli.main(["lesson", "check", str(lesson), str(session)]) == 0
    (row,) = _lines(capsys.readouterr().out)
    assert row["lesson"] == "tiny" and row["passed"] is True


def test_a_bad_lesson_is_one_error_line(tmp_path):
    bad = write_lesson(tmp_path, 'id = "x"\ntitle = "X"\n[start]\ndataset = "xor"\n'
                                 '[[steps]]\ntext = "t"\ngoal = "accuracy > 1"\nanswer = {}\n')
    proc = run("lesson", "check", str(bad), str(bad))
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.startswith(f"playground: error: {bad}: step 1: goal 'accuracy > 1'")
    assert "unknown name 'accuracy'" in proc.stderr and len(proc.stderr.splitlines()) == 1
    proc = run("lesson", "check", "no-such-lesson", str(bad))
    assert proc.returncode == 2 and "xor-smallest" in proc.stderr
