"""Lessons: guided steps with goals checked from a session's own numbers.

``lesson.py`` reads the lesson format (one TOML file, docs/lessons.md) into a ``Lesson``;
``settings.py`` turns a step's ``train``-style settings into a ``TrainConfig``; ``goals.py``
parses a goal, a condition in Playground's formula language over the metric names;
``metrics.py`` computes those metrics from a session's weights and points;
``grading.py`` checks a saved session against a lesson and plays a lesson's answers
headless. The built-in lessons are the TOML files in ``builtin/``. No Qt: the command line
(``playground lessons``, ``playground lesson check``) and the window share all of it.
"""
