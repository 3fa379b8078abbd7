"""The step-through's words and numbers for a hidden layer with a normalisation, dropout or a
skip (``engine.explain.LayerExtras``): what the forward page adds after ``z`` (the
normalisation's μ, σ², x̂, γ, β and y, the point's dropout mask and its scale 1/(1 − p), the
skip's addition) and what the backward page writes for the error on its way back (through
the skip, the dropout mask, the activation and the normalisation, and the gradients of γ and
β). Widget-free; the words go through ``ui.i18n`` (context ``StepThroughView``), the formulas
stay as they are.
"""

from __future__ import annotations

import numpy as np

from playground.engine.explain import LayerExtras, LayerStep
from playground.engine.layers import NORM_EPS
from playground.ui.i18n import translate
from playground.ui.views.step_format import (
    MAX_NEURONS,
    and_list,
    bold,
    esc,
    factor,
    lines,
    muted,
    num,
    para,
    sym,
    table,
    weighted_sum,
)

MAX_MASK = 24  # the mask shows at most this many units


def _unit_names(units: np.ndarray) -> str:
    return and_list([str(int(u) + 1) for u in units])


# --- forward --------------------------------------------------------------------------------
def forward_intro(e: LayerExtras, ell: int, units: int) -> list[str]:
    """Paragraphs about what the layer does after ``z``: its normalisation, dropout, skip."""
    out: list[str] = []
    rule = (f"{sym('y', ell)}<sub><i>j</i></sub> = {sym('γ')}<sub><i>j</i></sub>·"
            f"({sym('z', ell)}<sub><i>j</i></sub> − μ) / √(σ² + ε) + "
            f"{sym('β')}<sub><i>j</i></sub>")  # untranslated: formula
    if e.norm == "layer" and e.mean is not None and e.var is not None:
        out.append(para(translate(
            "StepThroughView", "<b>Layer norm.</b> Before the activation, the layer's %n "
            "values <i>z</i> are normalised by the point's own mean μ and variance σ² over "
            "the layer's units, then scaled and shifted by the learned γ and β: {rule} "
            "(ε = {eps}). Here μ = {mean} and σ² = {var}, so √(σ² + ε) = {std}.",
            n=units).format(rule=rule, eps=num(NORM_EPS), mean=bold(num(float(e.mean[0]))),
                            var=bold(num(float(e.var[0]))),
                            std=num(float(np.sqrt(e.var[0] + NORM_EPS))))))
    elif e.norm == "batch":
        out.append(para(translate(
            "StepThroughView", "<b>Batch norm.</b> Before the activation, each neuron's "
            "<i>z</i> is normalised by a mean μ and variance σ², then scaled and shifted by "
            "the learned γ and β: {rule} (ε = {eps}). In a training step μ and σ² are the "
            "batch's, so they depend on the other points drawn with this one; one point alone "
            "has no batch, so this step uses the running mean and variance as constants, as "
            "in evaluation. Its gradients are those of this fixed normalisation (in training "
            "the batch's statistics add terms of their own).").format(
                rule=rule.replace("μ", "μ<sub><i>j</i></sub>").replace(
                    "σ²", "σ<sub><i>j</i></sub>²"), eps=num(NORM_EPS))))
    if e.mask is not None:
        dropped = np.flatnonzero(e.mask == 0)
        kept = np.flatnonzero(e.mask != 0)
        shown = ", ".join(str(int(m)) for m in e.mask[:MAX_MASK])
        if len(e.mask) > MAX_MASK:
            shown += ", …"
        mask = f"{sym('m', ell)} = ({shown})"
        if len(dropped):
            which = translate("StepThroughView", "Dropped in this step (output 0): "
                              "{dropped}; kept: {kept}.").format(
                dropped=bold(_neurons(dropped)),
                kept=_neurons(kept) if len(kept) else translate("StepThroughView", "none"))
        else:
            which = translate("StepThroughView", "No neuron is dropped in this step.")
        out.append(para(translate(
            "StepThroughView", "<b>Dropout</b> ({rate}): in a training step each neuron is "
            "dropped with probability <i>p</i> and the ones kept are scaled by 1/(1 − "
            "<i>p</i>) = {scale}, so the layer's expected output stays what evaluation sees "
            "(evaluation, the heatmap and exports drop nothing). The trainer draws a fresh "
            "mask for every point of every step; the mask shown is one drawn the same way "
            "for this point, from the run's seed and the epoch:").format(
                rate=f"<i>p</i> = {num(e.rate)}", scale=bold(num(e.scale)))
            + "<br>" + mask + "<br>" + which))
    if e.skip:
        out.append(para(translate(
            "StepThroughView", "<b>Skip.</b> The layer's input is added to its output: "
            "{rule}, so the signal (and, going back, the error) can pass the layer "
            "unchanged.").format(
                rule=(f"{sym('a', ell)} = {_h_term(e, ell, None)} + "
                      f"{sym('a', ell - 1)}"))))
    return out


def _neurons(units: np.ndarray) -> str:
    """``neuron 2`` or ``neurons 1, 3 and 4``."""
    if len(units) == 1:
        return translate("StepThroughView", "neuron {number}").format(number=int(units[0]) + 1)
    return translate("StepThroughView", "neurons {list}").format(list=_unit_names(units))


def _h_term(e: LayerExtras, ell: int, j: int | None) -> str:
    """``h`` or ``h·m/(1 − p)``, symbolic."""
    h = sym("h", ell) if j is None else sym("h", ell, j)
    if e.mask is None:
        return h
    m = sym("m", ell) if j is None else sym("m", ell, j)
    return f"{h}·{m}/(1 − <i>p</i>)"


def forward_neuron(step: LayerStep, e: LayerExtras, ell: int, j: int,
                   act_text: str) -> list[str]:
    """The lines after ``z_j``: normalised, activated, dropped or scaled, skipped. ``act_text``
    is ``f(y_j) = h_j`` with the numbers."""
    out: list[str] = []
    if e.norm != "none" and e.xhat is not None and e.gamma is not None and e.beta is not None:
        assert e.mean is not None and e.var is not None
        k = j if e.norm == "batch" else 0
        out.append(f"{sym('x̂', ell, j)} = ({num(step.z[j])} − {factor(float(e.mean[k]))}) / "
                   f"√({num(float(e.var[k]))} + ε) = {num(e.xhat[j])}")
        out.append(f"{sym('y', ell, j)} = {num(e.gamma[j])}·{factor(e.xhat[j])} + "
                   f"{factor(e.beta[j])} = {bold(num(e.y[j]))}")
    plain = e.mask is None and not e.skip
    h = sym("a", ell, j) if plain else sym("h", ell, j)
    out.append(f"{h} = {act_text}")
    if plain:
        return out
    terms, values = [], []
    if e.mask is not None:
        terms.append(_h_term(e, ell, j))
        values.append(f"{num(e.h[j])}·{int(e.mask[j])}·{num(e.scale)}")
    else:
        terms.append(sym("h", ell, j))
        values.append(num(e.h[j]))
    if e.skip:
        terms.append(sym("a", ell - 1, j))
        values.append(factor(step.a_in[j]))
    note = ""
    if e.mask is not None and e.mask[j] == 0:
        note = " " + muted(translate("StepThroughView", "(dropped)"))
    out.append(f"{sym('a', ell, j)} = {' + '.join(terms)} = {' + '.join(values)} = "
               f"{bold(num(step.a[j]))}{note}")
    return out


def activation_input(e: LayerExtras | None) -> str:
    """The activation's argument's symbol: ``y`` after a normalisation, else ``z``."""
    return "y" if e is not None and e.norm != "none" else "z"


# --- backward -------------------------------------------------------------------------------
def hidden_delta(step: LayerStep, nxt: LayerStep, e: LayerExtras, ell: int,
                 slope_text: list[tuple[str, str]]) -> list[str]:
    """The backward page's δ of a hidden layer with extras: ``∂L/∂a`` (with the next layer's
    skip), through dropout, the activation and the normalisation. ``slope_text`` per shown
    neuron: ``f′(y_j)`` with the numbers and its relation."""
    da = f"∂<i>L</i>/∂{sym('a', ell)}"
    w_next, d_next = sym("w", ell + 1), sym("δ", ell + 1)
    steps = [f"{da}<sub><i>j</i></sub> = Σ<sub><i>k</i></sub> {w_next}"  # untranslated: formula
             f"<sub><i>jk</i></sub>·{d_next}<sub><i>k</i></sub>"]
    if e.skip_in is not None:
        steps[0] += f" + ∂<i>L</i>/∂{sym('a', ell + 1)}<sub><i>j</i></sub>"
    words = [translate("StepThroughView", "The error comes back to the layer's output "
                       "through the next layer's weights: {rule}.").format(rule=steps[0])]
    if e.skip_in is not None:
        words.append(translate("StepThroughView", "The next layer's skip adds its own "
                               "∂<i>L</i>/∂<i>a</i> unchanged: the error passes the layer "
                               "on a path without weights or slopes."))
    if e.mask is not None:
        words.append(translate("StepThroughView", "Dropout sends it back through the same "
                               "mask and scale, {rule}: a dropped neuron gets no error and its "
                               "weights in get no gradient from this point.").format(
            rule=(f"∂<i>L</i>/∂{sym('h', ell)}<sub><i>j</i></sub> = {da}<sub><i>j</i></sub>·"
                  f"{sym('m', ell)}<sub><i>j</i></sub>·{num(e.scale)}")))
    arg = activation_input(e)
    dh = f"∂<i>L</i>/∂{sym('h', ell)}<sub><i>j</i></sub>" if e.mask is not None else \
        f"{da}<sub><i>j</i></sub>"
    words.append(translate("StepThroughView", "The activation's slope: {rule}.").format(
        rule=(f"∂<i>L</i>/∂{sym(arg, ell)}<sub><i>j</i></sub> = <i>f</i> ′("
              f"{sym(arg, ell)}<sub><i>j</i></sub>)·{dh}")))
    if e.norm == "batch":
        words.append(translate("StepThroughView", "Batch norm with its statistics held "
                               "constant is a scale per neuron: {rule}.").format(
            rule=(f"{sym('δ', ell)}<sub><i>j</i></sub> = ∂<i>L</i>/∂{sym('y', ell)}"
                  f"<sub><i>j</i></sub>·{sym('γ')}<sub><i>j</i></sub> / √(σ"
                  f"<sub><i>j</i></sub>² + ε)")))
    elif e.norm == "layer":
        words.append(translate("StepThroughView", "Layer norm's mean and variance depend on "
                               "every <i>z</i> of the layer, so each δ takes all of them: "
                               "{rule}, with {g} (the means are over the layer's "
                               "neurons).").format(
            rule=(f"{sym('δ', ell)}<sub><i>j</i></sub> = (<i>g</i><sub><i>j</i></sub> − "
                  f"mean(<i>g</i>) − {sym('x̂', ell)}<sub><i>j</i></sub>·mean(<i>g</i>·"
                  f"{sym('x̂', ell)})) / √(σ² + ε)"),  # untranslated: formula
            g=(f"<i>g</i><sub><i>j</i></sub> = ∂<i>L</i>/∂{sym('y', ell)}<sub><i>j</i>"
               f"</sub>·{sym('γ')}<sub><i>j</i></sub>")))
    rows: list[str] = []
    fan_out = len(step.z)
    assert step.back is not None
    for j in range(min(fan_out, MAX_NEURONS)):
        back, rel = weighted_sum(nxt.w[j, :], nxt.delta, result=step.back[j])
        line = f"∂<i>L</i>/∂{sym('a', ell, j)} = {back}"
        if e.skip_in is not None:
            line += f" + {factor(e.skip_in[j])}"
        rows.append(f"{line} {rel} {num(e.da[j])}")
        if e.mask is not None:
            note = f" {muted(translate('StepThroughView', '(dropped)'))}" if e.mask[j] == 0 \
                else ""
            rows.append(f"∂<i>L</i>/∂{sym('h', ell, j)} = {factor(e.da[j])}·{int(e.mask[j])}·"
                        f"{num(e.scale)} = {num(e.dh[j])}{note}")
        slope, srel = slope_text[j]
        name = sym("δ", ell, j) if e.norm == "none" else f"∂<i>L</i>/∂{sym('y', ell, j)}"
        value = bold(num(step.delta[j])) if e.norm == "none" else num(e.dy[j])
        rows.append(f"{name} = {slope}·{factor(e.dh[j])} {srel} {value}")
        if e.norm == "batch" and e.gamma is not None and e.var is not None:
            rows.append(f"{sym('δ', ell, j)} = {factor(e.dy[j])}·{num(e.gamma[j])} / "
                        f"√({num(float(e.var[j]))} + ε) = {bold(num(step.delta[j]))}")
        elif e.norm == "layer":
            rows.append(f"{sym('δ', ell, j)} = {bold(num(step.delta[j]))}")
    body = [para(" ".join(words)), para(lines(rows))]
    if fan_out > MAX_NEURONS:
        body.append(para(muted(translate("StepThroughView", "… and %n more neurons, the same "
                                         "way.", n=fan_out - MAX_NEURONS))))
    return body


def norm_gradients(e: LayerExtras, ell: int) -> list[str]:
    """The gradients of γ and β of a normalised layer, a table."""
    if e.dgamma is None or e.dbeta is None or e.xhat is None:
        return []
    intro = translate("StepThroughView", "The learned scale and shift are parameters too: "
                      "{gamma_rule} and {beta_rule}.").format(
        gamma_rule=(f"∂<i>L</i>/∂{sym('γ')}<sub><i>j</i></sub> = ∂<i>L</i>/∂"
                    f"{sym('y', ell)}<sub><i>j</i></sub>·{sym('x̂', ell)}<sub><i>j</i></sub>"),
        beta_rule=(f"∂<i>L</i>/∂{sym('β')}<sub><i>j</i></sub> = ∂<i>L</i>/∂"
                   f"{sym('y', ell)}<sub><i>j</i></sub>"))
    cols = range(min(len(e.dgamma), MAX_NEURONS))
    header = ["", *(str(j + 1) for j in cols)]
    rows = [[sym("x̂", ell), *(num(e.xhat[j]) for j in cols)],
            [f"∂<i>L</i>/∂{sym('γ')}", *(num(e.dgamma[j]) for j in cols)],
            [f"∂<i>L</i>/∂{sym('β')}", *(num(e.dbeta[j]) for j in cols)]]
    return [para(intro), table(rows, header)]


def norm_param_name(norm_layers: list[tuple[int, int]], index: int) -> str:
    """The name of flat index ``index`` past the dense blocks: ``γ[ℓ]_j`` or ``β[ℓ]_j``.
    ``norm_layers``: (hidden layer, units) of each normalised layer, in order."""
    for h, units in norm_layers:
        if index < units:
            return sym("γ", h + 1, index)
        if index < 2 * units:
            return sym("β", h + 1, index - units)
        index -= 2 * units
    return esc(f"#{index}")
