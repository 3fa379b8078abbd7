"""The coach: plain-language hints from numbers the training process already computes.

Each rule is a small function from a ``Situation`` (what the snapshots of one run carried: the
configuration, the latest metrics, every loss history row so far, the latest diagnostics
``Inspection`` when one was asked for, and the loop's stop message) to an optional ``Advice``.
``Coach`` gathers the snapshots of a run into a situation, runs the rules, and remembers which
rules the user dismissed (quiet until the next run: a reset or new weights re-arms them).

The rules that need the inside of the network (dead, saturated units; gradient norms) read the
``Inspection``; the window asks for it at a low rate while the coach is on. The others read the
history rows every snapshot carries.

An ``Advice`` is a sentence template, written in English and marked for translation
(``translate_noop("Coach", ...)``), with its values by name: ``text`` is the English sentence
(the command line, the notebook), and the window shows the template in its language with the
same values (``ui.coach.advice_text``). Where the English varies (a clause that may be left
out, a singular) each case is a whole sentence of its own, so that a translator never has to
build a sentence from pieces.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np

from playground.texts import translate_noop
from playground.training.config import TrainConfig
from playground.training.protocol import (
    DIAGNOSTIC_COLUMNS,
    HISTORY_COLUMNS,
    Inspection,
    Snapshot,
)
from playground.training.trainer import Metrics

DEAD_SHARE = 0.5  # more than this share of a ReLU layer's units dead: "most"
SATURATED_SHARE = 0.5  # more than half of a tanh/sigmoid layer's outputs flat, not learnt yet
GRADIENT_RATIO = 1000.0  # first vs last layer gradient norm, either way
PLATEAU_EPOCHS = 200  # the loss moved less than PLATEAU_CHANGE over this many epochs
PLATEAU_CHANGE = 0.01
GOOD_ACCURACY = 0.9  # a classifier below this on its training points has not learnt yet
OVERFIT_ACCURACY_GAP = 0.1  # train accuracy this much above test accuracy
OVERFIT_LOSS_FACTOR = 2.0  # or test loss this many times the train loss (and it rose)
SMALL_UNITS = 4  # at most this many hidden units in all: a small network
SMALL_EPOCHS = 500  # trained this long and still below GOOD_ACCURACY - 0.1
DIVERGED_PREFIX = "training diverged"  # how the trainer's divergence guard words it
# the divergence guard's reasons (training.trainer), read to say them in the window's language
_DIVERGED_IN = re.compile(r"training diverged in epoch (\d+): (.*)\Z")
_DIVERGED_BY = re.compile(
    r"training diverged by epoch (\d+): the training loss is (.+), up from (\S+)\Z")

_COL = {name: i for i, name in enumerate(HISTORY_COLUMNS)}
_DIAG = {name: i for i, name in enumerate(DIAGNOSTIC_COLUMNS)}


NUMBER = "number"  # a number written as Python writes it ("0.3", "1e-06", "80")
ACTIVATION = "activation"  # an activation's registry name ("tanh")
TEXT = "text"  # text that stays as it is (a message the coach does not know)


class Value(NamedTuple):
    """One value of an advice: its placeholder's name, how the English sentence writes it,
    and what it is (``NUMBER``, ``ACTIVATION`` or ``TEXT``: the window writes a number with
    its language's decimal point and an activation by its label)."""

    name: str
    text: str
    kind: str = NUMBER


@dataclass(frozen=True)
class Advice:
    """One hint: the rule that gave it (its name in ``RULES``), the sentence's template
    (English, marked ``translate_noop("Coach", ...)``, with ``{name}`` placeholders) and
    its values."""

    rule: str
    template: str
    values: tuple[Value, ...] = ()

    @property
    def text(self) -> str:
        """The sentence in English."""
        return self.template.format(**{v.name: v.text for v in self.values})


def _advice(rule: str, template: str, **values: str | Value) -> Advice:
    """An ``Advice``; a plain string value is a number."""
    return Advice(rule, template, tuple(
        v if isinstance(v, Value) else Value(name, v) for name, v in values.items()))


@dataclass(frozen=True, eq=False)
class Situation:
    """What the coach looks at: one run so far.

    history : ``(m, len(HISTORY_COLUMNS))`` every history row since the run started.
    inspection : the latest diagnostics (None when none were computed this run).
    message, stopped : the latest snapshot's (the divergence guard's message has
        ``stopped`` None).
    """

    config: TrainConfig
    metrics: Metrics | None = None
    history: np.ndarray = field(default_factory=lambda: np.empty((0, len(HISTORY_COLUMNS))))
    inspection: Inspection | None = None
    message: str | None = None
    stopped: str | None = None


def _g(x: float) -> str:
    """A number as a person writes it: 3 significant digits."""
    return f"{x:.3g}"


def _pct(x: float) -> str:
    """A share as a percentage, without the sign (the sentence has it)."""
    return f"{100 * x:.0f}"


def _column(s: Situation, name: str) -> np.ndarray:
    return s.history[:, _COL[name]] if s.history.size else np.empty(0)


def _hidden(s: Situation) -> list[tuple[int, str, int]]:
    """``(layer number from 1, activation, units)`` of each hidden layer."""
    return [(i + 1, a, n) for i, (n, a) in
            enumerate(zip(s.config.hidden_layers, s.config.activations))]


def _diag(s: Situation, layer: int, name: str) -> float:
    """Diagnostic ``name`` of weight layer ``layer`` (0-based); NaN when unknown."""
    ins = s.inspection
    if ins is None or layer >= ins.layers.shape[0]:
        return math.nan
    return float(ins.layers[layer, _DIAG[name]])


# --- the rules ---------------------------------------------------------------------------------
def dead_relu(s: Situation) -> Advice | None:
    """Most ReLU units of a hidden layer output 0 on every training point."""
    for number, activation, units in _hidden(s):
        if activation != "relu":
            continue
        share = _diag(s, number - 1, "dead_fraction")
        if math.isfinite(share) and share > DEAD_SHARE:
            return _advice("dead_relu", translate_noop(
                "Coach", "{dead} of {units} units in layer {layer} output 0 everywhere (dead "
                "ReLUs: they no longer learn): try a lower learning rate (now {lr}) or leaky "
                "ReLU."), dead=str(round(share * units)), units=str(units), layer=str(number),
                lr=_g(s.config.learning_rate))
    return None


def saturated(s: Situation) -> Advice | None:
    """A tanh or sigmoid layer sits in its flat range on most points before it has learnt."""
    if _learnt(s):
        return None
    for number, activation, _units in _hidden(s):
        if activation not in ("tanh", "sigmoid"):
            continue
        share = _diag(s, number - 1, "saturated_fraction")
        if math.isfinite(share) and share > SATURATED_SHARE:
            return _advice("saturated", translate_noop(
                "Coach", "Layer {layer}'s {activation} units are saturated (flat) on "
                "{share}% of their outputs, so little gradient passes through them: try a "
                "lower learning rate (now {lr}), smaller initial weights, or ReLU."),
                layer=str(number), activation=Value("activation", activation, ACTIVATION),
                share=_pct(share), lr=_g(s.config.learning_rate))
    return None


def gradients(s: Situation) -> Advice | None:
    """The gradient at the first layer is tiny (vanishing) or huge (exploding) next to the
    output layer's."""
    ins = s.inspection
    if ins is None or ins.layers.shape[0] < 3:  # needs two hidden layers at least
        return None
    last = ins.layers.shape[0] - 1
    first_norm, last_norm = _diag(s, 0, "grad_norm"), _diag(s, last, "grad_norm")
    if not (math.isfinite(first_norm) and math.isfinite(last_norm)):
        return None
    if last_norm > 0 and first_norm * GRADIENT_RATIO < last_norm:
        ratio = last_norm / first_norm if first_norm > 0 else math.inf
        # (two hidden layers at least: "layers" is a plural in every language)
        if not s.config.skip:  # skips are the remedy the network does not use yet
            return _advice("vanishing_gradients", translate_noop(
                "Coach", "Vanishing gradients: the gradient at layer 1 is {first}, {ratio} "
                "times smaller than at the output layer ({last}), so the first layers barely "
                "learn. With {layers} hidden layers of {activation}, try skips (the hidden "
                "layers' Options), ReLU, fewer layers, or another initialisation."),
                first=_g(first_norm), ratio=_g(ratio), last=_g(last_norm),
                layers=str(len(s.config.hidden_layers)),
                activation=Value("activation", s.config.activations[0], ACTIVATION))
        return _advice("vanishing_gradients", translate_noop(
            "Coach", "Vanishing gradients: the gradient at layer 1 is {first}, {ratio} times "
            "smaller than at the output layer ({last}), so the first layers barely learn. "
            "With {layers} hidden layers of {activation}, try ReLU, fewer layers, or another "
            "initialisation."), first=_g(first_norm), ratio=_g(ratio), last=_g(last_norm),
            layers=str(len(s.config.hidden_layers)),
            activation=Value("activation", s.config.activations[0], ACTIVATION))
    if first_norm > 0 and last_norm * GRADIENT_RATIO < first_norm:
        ratio = first_norm / last_norm if last_norm > 0 else math.inf
        return _advice("exploding_gradients", translate_noop(
            "Coach", "Exploding gradients: the gradient at layer 1 is {first}, {ratio} times "
            "larger than at the output layer ({last}): try a lower learning rate (now {lr}), "
            "smaller initial weights, or fewer layers."), first=_g(first_norm),
            ratio=_g(ratio), last=_g(last_norm), lr=_g(s.config.learning_rate))
    return None


def divergence(s: Situation) -> Advice | None:
    """The divergence guard stopped training, or the loss blew up far above where it started."""
    lr = s.config.learning_rate
    rates = {"lr": _g(lr), "safer": _g(lr / 10)}
    if s.message and s.message.startswith(DIVERGED_PREFIX) and s.stopped is None:
        return _guard_fired(s.message.split(";", 1)[0], rates)
    loss = _column(s, "train_loss")
    finite = loss[np.isfinite(loss)]
    if finite.size >= 2:
        start, now = float(finite[0]), float(finite[-1])
        if now > 1.0 and now > 10.0 * start:
            return _advice("divergence", translate_noop(
                "Coach", "The training loss rose from {start} to {now}: training is diverging "
                "at learning rate {lr}; a tenth of it, {safer}, would have been safer."),
                start=_g(start), now=_g(now), **rates)
    return None


def _guard_fired(what: str, rates: dict[str, str]) -> Advice:
    """The divergence guard's reason ``what`` (its message up to the ``;``) as advice: each
    reason the trainer gives is a sentence of its own; one it does not know is quoted."""
    if m := _DIVERGED_IN.match(what):
        epoch, why = m.groups()
        if why == "a weight became infinite or NaN":
            return _advice("divergence", translate_noop(
                "Coach", "Training diverged in epoch {epoch}: a weight became infinite or NaN "
                "(learning rate {lr}): each step overshot and the loss blew up; a tenth of "
                "it, {safer}, would have been safer."), epoch=epoch, **rates)
        if why == "the gradient became infinite or NaN":
            return _advice("divergence", translate_noop(
                "Coach", "Training diverged in epoch {epoch}: the gradient became infinite or "
                "NaN (learning rate {lr}): each step overshot and the loss blew up; a tenth "
                "of it, {safer}, would have been safer."), epoch=epoch, **rates)
    if m := _DIVERGED_BY.match(what):
        epoch, loss, start = m.groups()
        if loss == "not a number":
            return _advice("divergence", translate_noop(
                "Coach", "Training diverged by epoch {epoch}: the training loss is not a "
                "number, up from {start} (learning rate {lr}): each step overshot and the loss "
                "blew up; a tenth of it, {safer}, would have been safer."), epoch=epoch,
                start=start, **rates)
        return _advice("divergence", translate_noop(
            "Coach", "Training diverged by epoch {epoch}: the training loss is {loss}, up from "
            "{start} (learning rate {lr}): each step overshot and the loss blew up; a tenth of "
            "it, {safer}, would have been safer."), epoch=epoch, loss=loss, start=start,
            **rates)
    return _advice("divergence", translate_noop(
        "Coach", "{what} (learning rate {lr}): each step overshot and the loss blew up; a "
        "tenth of it, {safer}, would have been safer."),
        what=Value("what", f"{what[0].upper()}{what[1:]}", TEXT), **rates)


def _learnt(s: Situation) -> bool:
    """Whether the run has done well enough that a flat loss is just the end of training."""
    m = s.metrics
    if m is None:
        return False
    if m.train_accuracy is not None:
        return m.train_accuracy >= GOOD_ACCURACY
    loss = _column(s, "train_loss")
    finite = loss[np.isfinite(loss)]
    return finite.size > 0 and m.train_loss <= 0.1 * float(finite[0])


def _flat_over(s: Situation, epochs: int) -> tuple[float, float] | None:
    """``(old, now)`` training losses ``epochs`` apart at the end of the history when they
    differ by less than ``PLATEAU_CHANGE`` (relative); None otherwise or when too short."""
    epoch, loss = _column(s, "epoch"), _column(s, "train_loss")
    ok = np.isfinite(loss)
    epoch, loss = epoch[ok], loss[ok]
    if epoch.size < 2 or epoch[-1] - epoch[0] < epochs:
        return None
    old = float(loss[np.searchsorted(epoch, epoch[-1] - epochs, side="right") - 1])
    now = float(loss[-1])
    if abs(old - now) <= PLATEAU_CHANGE * max(abs(old), 1e-12):
        return old, now
    return None


def plateau(s: Situation) -> Advice | None:
    """The training loss has not moved for many epochs while it is still high."""
    flat = _flat_over(s, PLATEAU_EPOCHS)
    if flat is None or _learnt(s) or s.metrics is None:
        return None
    m = s.metrics
    values = {"loss": _g(flat[1]), "epochs": str(PLATEAU_EPOCHS),
              "lr": _g(s.config.learning_rate)}
    if m.train_accuracy is None:
        return _advice("plateau", translate_noop(
            "Coach", "The training loss has stayed at {loss} for the last {epochs} epochs: "
            "training is stuck. Try a higher learning rate (now {lr}), new weights (Reset), or "
            "another activation."), **values)
    return _advice("plateau", translate_noop(
        "Coach", "The training loss has stayed at {loss} (train accuracy {accuracy}%) for the "
        "last {epochs} epochs: training is stuck. Try a higher learning rate (now {lr}), new "
        "weights (Reset), or another activation."), accuracy=_pct(m.train_accuracy), **values)


def overfitting(s: Situation) -> Advice | None:
    """The network does much better on its training points than on the test points (a
    classifier: train accuracy 10 points above test; a regression: test loss twice the train
    loss), and the test loss has risen by a tenth from its best."""
    m = s.metrics
    if m is None or m.test_loss is None or not math.isfinite(m.test_loss):
        return None
    test = _column(s, "test_loss")
    finite = test[np.isfinite(test)]
    rose = finite.size > 0 and m.test_loss > 1.1 * float(finite.min())
    by_accuracy = (m.train_accuracy is not None and m.test_accuracy is not None
                   and m.train_accuracy - m.test_accuracy >= OVERFIT_ACCURACY_GAP)
    # a classifier by what a user sees (accuracy); a regression by its losses
    by_loss = (m.train_accuracy is None
               and m.test_loss > OVERFIT_LOSS_FACTOR * max(m.train_loss, 1e-12))
    if not (rose and (by_accuracy or by_loss)):
        return None
    values = {"train": _g(m.train_loss), "test": _g(m.test_loss),
              "best": _g(float(finite.min()))}
    if m.train_accuracy is None or m.test_accuracy is None:
        return _advice("overfitting", translate_noop(
            "Coach", "Overfitting: train loss {train} but test loss {test}, up from its best "
            "{best}. The network learns the training points by heart: try dropout, L2 "
            "regularisation, fewer units, more points, or stopping earlier (Stop rules ▸ "
            "patience)."), **values)
    return _advice("overfitting", translate_noop(
        "Coach", "Overfitting: train loss {train} but test loss {test}, up from its best "
        "{best}; accuracy {train_accuracy}% vs {test_accuracy}%. The network learns the "
        "training points by heart: try dropout, L2 regularisation, fewer units, more points, "
        "or stopping earlier (Stop rules ▸ patience)."), train_accuracy=_pct(m.train_accuracy),
        test_accuracy=_pct(m.test_accuracy), **values)


def too_small(s: Situation) -> Advice | None:
    """A classifier with few hidden units stays far from learning its training points."""
    m = s.metrics
    units = sum(s.config.hidden_layers)
    if (m is None or m.train_accuracy is None or units > SMALL_UNITS
            or m.epoch < SMALL_EPOCHS or m.train_accuracy >= GOOD_ACCURACY - 0.1):
        return None
    if _flat_over(s, PLATEAU_EPOCHS) is None:
        return None
    values = {"epochs": str(m.epoch), "accuracy": _pct(m.train_accuracy), "units": str(units)}
    if units == 1:
        return _advice("too_small", translate_noop(
            "Coach", "After {epochs} epochs the training accuracy is {accuracy}% with only "
            "{units} hidden unit: the network may be too small for this data. Try more units "
            "or another hidden layer."), **values)
    return _advice("too_small", translate_noop(
        "Coach", "After {epochs} epochs the training accuracy is {accuracy}% with only {units} "
        "hidden units: the network may be too small for this data. Try more units or another "
        "hidden layer."), **values)


# in priority order: the first that speaks is the one shown first
RULES: dict[str, Callable[[Situation], Advice | None]] = {
    "divergence": divergence,
    "dead_relu": dead_relu,
    "gradients": gradients,
    "too_small": too_small,
    "saturated": saturated,
    "overfitting": overfitting,
    "plateau": plateau,
}
RULE_NAMES = ("divergence", "dead_relu", "vanishing_gradients", "exploding_gradients",
              "too_small", "saturated", "overfitting", "plateau")  # what ``Advice.rule`` says


def advise(s: Situation) -> list[Advice]:
    """Every rule's advice for ``s``, in priority order."""
    out = []
    for rule in RULES.values():
        advice = rule(s)
        if advice is not None:
            out.append(advice)
    return out


class Coach:
    """Follows one run through its snapshots and says what the rules say.

    ``observe`` takes each live snapshot; a snapshot with ``reset`` (new weights, a new
    configuration) starts a new run: the history is dropped and dismissed rules are re-armed.
    """

    def __init__(self) -> None:
        self.dismissed: set[str] = set()
        # the run's history rows, in a buffer that doubles when full (a snapshot adds a few)
        self._rows = np.empty((256, len(HISTORY_COLUMNS)))
        self._count = 0
        self._situation: Situation | None = None

    def rearm(self) -> None:
        """A new run: forget its history and what was dismissed."""
        self.dismissed.clear()
        self._count = 0
        self._situation = None

    def dismiss(self, rule: str) -> None:
        """Keep ``rule`` quiet for the rest of this run."""
        self.dismissed.add(rule)

    def observe(self, snap: Snapshot) -> None:
        """Take one snapshot of the run (``advice`` says what the rules make of it)."""
        if snap.reset:
            self.rearm()
        previous = self._situation
        self._append(np.asarray(snap.history, np.float64).reshape(-1, len(HISTORY_COLUMNS)))
        history = self._rows[:self._count]
        inspection = snap.inspection or (previous.inspection if previous else None)
        # the loop says why it stopped in one snapshot only: keep it until play resumes
        message, stopped = snap.message, snap.stopped
        if message is None and not snap.playing and previous is not None:
            message, stopped = previous.message, previous.stopped
        self._situation = Situation(snap.config, snap.metrics or (
            previous.metrics if previous else None), history, inspection, message, stopped)

    @property
    def history(self) -> np.ndarray:
        """The run's history rows so far (``HISTORY_COLUMNS``), oldest first."""
        return self._rows[:self._count]

    def _append(self, rows: np.ndarray) -> None:
        end = self._count + len(rows)
        if end > len(self._rows):
            grown = np.empty((max(end, 2 * len(self._rows)), len(HISTORY_COLUMNS)))
            grown[:self._count] = self._rows[:self._count]
            self._rows = grown
        self._rows[self._count:end] = rows
        self._count = end

    def advice(self) -> list[Advice]:
        """What the rules say about the run so far, dismissed rules left out."""
        if self._situation is None:
            return []
        return [a for a in advise(self._situation) if a.rule not in self.dismissed]
