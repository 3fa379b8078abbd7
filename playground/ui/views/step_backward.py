"""The backward pages of the step-through mode: each layer's ``δ = ∂L/∂z`` with the chain rule
written out, then its gradients ``∂L/∂w = a·δ`` and ``∂L/∂b = δ``. Widget-free; the words go
through ``ui.i18n`` (context ``StepThroughView``), the formulas stay as they are.

The output layer's δ depends on the loss and its head (for cross-entropy with its own head the
chain rule collapses to ``p − t``); a hidden layer's is ``f′(z_j) · Σ_k w_jk·δ_k``, the error
of the next layer sent back through the weights that carried the signal forward.
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np

from playground.engine.activations import ACTIVATIONS
from playground.ui.i18n import translate
from playground.ui.views import step_layers
from playground.ui.views.step_format import (
    MAX_NEURONS,
    agree,
    bold,
    esc,
    factor,
    input_sym,
    lines,
    muted,
    num,
    para,
    slope_rule,
    slope_value,
    sym,
    table,
    weighted_sum,
)
from playground.ui.views.step_situation import (
    Highlight,
    Step,
    StepSituation,
    column,
    layer_name,
    links_into,
)

MAX_CELLS = 8  # the gradient table shows at most this many rows and columns


def backward_step(s: StepSituation, layer: int) -> Step:
    expl, cfg = s.explanation, s.config
    last = len(expl.layers) - 1
    ell = layer + 1
    name = layer_name(cfg, layer)
    if layer == last:
        body = [para(translate("StepThroughView", "Backpropagation starts at the output with "
                               "δ = ∂<i>L</i>/∂<i>z</i>: how much the loss changes when the "
                               "output neuron's <i>z</i> moves.")),
                para(lines(_output_delta(s)))]
    else:
        body = _hidden_delta(s, layer)
    body += _gradients(s, layer)
    extras = expl.layers[layer].extras
    if extras is not None:
        body += step_layers.norm_gradients(extras, ell)
    sizes = cfg.layer_sizes
    links = links_into(sizes, layer)
    if layer < last:
        links |= links_into(sizes, layer + 1)
    hl = Highlight(neurons=column(sizes, ell), links=links)
    return Step("backward", translate("StepThroughView", "backward, {layer}").format(layer=name),
                "".join(body), hl, layer)


def _delta(ell: int, k: int | None = None) -> str:
    return sym("δ", ell) if k is None else sym("δ", ell, k)


def _output_delta(s: StepSituation) -> list[str]:
    expl = s.explanation
    out = expl.layers[-1]
    t, p, z, d = expl.target, expl.output, expl.logits, out.delta
    ell, k, name, head = len(expl.layers), len(p), expl.loss_name, expl.head
    delta = _delta(ell)
    if name == "cross_entropy" and head == "sigmoid":
        digits, rel = agree(lambda p0: p0 - t[0], d[0], p[0])
        return [
            f"{delta} = ∂<i>L</i>/∂<i>p</i> · ∂<i>p</i>/∂<i>z</i> = "
            f"(<i>p</i> − <i>t</i>)/(<i>p</i>(1 − <i>p</i>)) · <i>p</i>(1 − <i>p</i>) = "
            f"<i>p</i> − <i>t</i>",
            muted(translate("StepThroughView", "the sigmoid's slope cancels against the log's")),
            f"{delta} = {num(p[0], digits)} − {num(t[0])} {rel} {bold(num(d[0]))}"]
    if name == "cross_entropy":
        return [translate("StepThroughView", "with its softmax head, cross-entropy gives "
                          "{formula}:").format(
                              formula=(f"{delta}<sub><i>k</i></sub> = {sym('p')}<sub><i>k</i>"
                                       f"</sub> − {sym('t')}<sub><i>k</i></sub>")),
                *(_difference(_delta(ell, j), p[j], t[j], d[j]) for j in range(k))]
    if name == "mse" and head == "linear":
        digits, rel = agree(lambda p0, t0: 2 * (p0 - t0), d[0], p[0], t[0])
        return [f"{delta} = ∂<i>L</i>/∂ŷ · ∂ŷ/∂<i>z</i> = 2(ŷ − <i>t</i>) · 1 = "
                f"2·({num(p[0], digits)} − {factor(t[0], digits)}) {rel} {bold(num(d[0]))}"]
    if name == "mse" and head == "sigmoid":
        digits, rel = agree(lambda p0, t0: 2 * (p0 - t0) * p0 * (1 - p0), d[0], p[0], t[0])
        pd = num(p[0], digits)
        return [f"{delta} = ∂<i>L</i>/∂<i>p</i> · ∂<i>p</i>/∂<i>z</i> = "
                f"2(<i>p</i> − <i>t</i>) · <i>p</i>(1 − <i>p</i>)",
                f"{delta} = 2·({pd} − {num(t[0], digits)}) · {pd}·(1 − {pd}) {rel} "
                f"{bold(num(d[0]))}"]
    if name == "mse":
        g = 2.0 / k * (p - t)
        total = float(np.dot(g, p))
        by_p = (f"∂<i>L</i>/∂{sym('p')}<sub><i>k</i></sub> = (2/{k})({sym('p')}<sub><i>k</i>"
                f"</sub> − {sym('t')}<sub><i>k</i></sub>)")
        by_z = (f"{delta}<sub><i>k</i></sub> = {sym('p')}<sub><i>k</i></sub>·(∂<i>L</i>/∂"
                f"{sym('p')}<sub><i>k</i></sub> − Σ<sub><i>i</i></sub> ∂<i>L</i>/∂"
                f"{sym('p')}<sub><i>i</i></sub>·{sym('p')}<sub><i>i</i></sub>)")
        return [translate("StepThroughView", "{gradient}, and through the softmax {delta}; "
                          "here the sum is {total}:").format(gradient=by_p, delta=by_z,
                                                             total=num(total)),
                *(f"{_delta(ell, j)} = {num(p[j])}·({num(g[j])} − {factor(total)}) = "
                  f"{bold(num(d[j]))}" for j in range(k))]
    if name == "hinge" and k == 1:
        y = 2 * t[0] - 1
        margin = 1 - y * z[0]
        why = (translate("StepThroughView", "the margin 1 − <i>y</i>·<i>z</i> = {margin} is "
                         "&gt; 0, so {delta} = −<i>y</i>") if margin > 0 else
               translate("StepThroughView", "the margin 1 − <i>y</i>·<i>z</i> = {margin} is ≤ 0 "
                         "(far enough on the right side), so {delta} = 0")).format(
                             margin=num(margin), delta=delta)
        return [f"{why} = {bold(num(d[0]))}"]
    if name == "hinge":
        y = int(np.argmax(t))
        out_lines = [translate(
            "StepThroughView", "each wrong class <i>k</i> whose margin {margin} is &gt; 0 adds "
            "1/{k} to its {delta} and takes 1/{k} from the true class's:").format(
                margin=f"1 − {sym('z')}<sub><i>y</i></sub> + {sym('z')}<sub><i>k</i></sub>",
                k=k, delta=f"{delta}<sub><i>k</i></sub>")]
        for j in range(k):
            margin = 1 - z[y] + z[j]
            note = (translate("StepThroughView", "the true class") if j == y else
                    translate("StepThroughView", "margin {margin} &gt; 0").format(
                        margin=num(margin)) if margin > 0 else
                    translate("StepThroughView", "margin {margin} ≤ 0").format(
                        margin=num(margin)))
            out_lines.append(f"{_delta(ell, j)} = {bold(num(d[j]))} {muted(f'({note})')}")
        return out_lines
    if name == "mae":
        return [f"{delta} = sign(ŷ − <i>t</i>) = sign({num(p[0])} − {factor(t[0])}) = "
                f"{bold(num(d[0]))}"]  # untranslated: formula
    if name == "huber":
        r = p[0] - t[0]
        return [translate("StepThroughView", "{delta} = <i>r</i> if |<i>r</i>| ≤ 1, else "
                          "sign(<i>r</i>); with <i>r</i> = {r}: {delta} = {value}").format(
                              delta=delta, r=num(r), value=bold(num(d[0])))]
    return [f"{_delta(ell, j)} = {bold(num(d[j]))}" for j in range(k)]


def _difference(delta: str, p: float, t: float, d: float) -> str:
    """``δ = p − t = d``, ``p`` with the digits it takes to make it true."""
    digits, rel = agree(lambda p0: p0 - Fraction(float(t)), d, p)
    return f"{delta} = {num(p, digits)} − {num(t)} {rel} {bold(num(d))}"


def _hidden_delta(s: StepSituation, layer: int) -> list[str]:
    expl = s.explanation
    step, nxt = expl.layers[layer], expl.layers[layer + 1]
    assert step.slope is not None and step.back is not None
    ell = layer + 1
    act = ACTIVATIONS.get(step.activation)
    label = translate("Activations", act.label) if act is not None else step.activation
    e = step.extras
    if e is not None:
        shown = range(min(len(step.z), MAX_NEURONS))
        slopes = [slope_value(step.activation, label, e.y[j], e.h[j], step.slope[j])
                  for j in shown]
        arg = f"<i>{step_layers.activation_input(e)}</i>"
        rule_text = slope_rule(step.activation, label).replace("<i>a</i>", "<i>h</i>")
        intro = f"{esc(label)}′({arg}) = {rule_text.replace('<i>z</i>', arg)}."
        return [*step_layers.hidden_delta(step, nxt, e, ell, slopes), para(muted(intro))]
    rule = (f"{_delta(ell)}<sub><i>j</i></sub> = <i>f</i> ′({sym('z', ell)}"
            f"<sub><i>j</i></sub>) · Σ<sub><i>k</i></sub> {sym('w', ell + 1)}<sub><i>jk</i>"
            f"</sub>·{_delta(ell + 1)}<sub><i>k</i></sub>")  # untranslated: formula
    intro = translate("StepThroughView", "The chain rule sends the error back through the "
                      "weights that carried the signal forward: {rule}, where {slope} = "
                      "{slope_rule}.").format(rule=rule, slope=f"{esc(label)}′(<i>z</i>)",
                                              slope_rule=slope_rule(step.activation, label))
    rows = []
    fan_out = len(step.z)
    for j in range(min(fan_out, MAX_NEURONS)):
        slope, by_slope = slope_value(step.activation, label, step.z[j], step.a[j],
                                      step.slope[j])
        back, by_sum = weighted_sum(nxt.w[j, :], nxt.delta, result=step.back[j])
        rel = "≈" if "≈" in (by_slope, by_sum) else "="
        rows.append(f"{_delta(ell, j)} = {slope}·({back}) {rel} {factor(step.slope[j])}·"
                    f"{factor(step.back[j])} = {bold(num(step.delta[j]))}")
    body = [para(intro), para(lines(rows))]
    if fan_out > MAX_NEURONS:
        body.append(para(muted(translate("StepThroughView", "… and %n more neurons, the same "
                                         "way.", n=fan_out - MAX_NEURONS))))
    return body


def _gradients(s: StepSituation, layer: int) -> list[str]:
    step = s.explanation.layers[layer]
    ell = layer + 1
    fan_in, fan_out = step.dW.shape
    i, j = np.unravel_index(int(np.argmax(np.abs(step.dW))), step.dW.shape)
    a_sym = "<i>x</i>" if ell == 1 else sym("a", ell - 1)
    intro = translate("StepThroughView", "Each weight's gradient is its input times the "
                      "neuron's δ, {weight_rule}, and each bias's is the δ itself, {bias_rule}. "
                      "The largest: {largest}.").format(
        weight_rule=(f"∂<i>L</i>/∂{sym('w', ell)}<sub><i>ij</i></sub> = {a_sym}<sub><i>i</i>"
                     f"</sub>·{_delta(ell)}<sub><i>j</i></sub>"),  # untranslated: formula
        bias_rule=(f"∂<i>L</i>/∂{sym('b', ell)}<sub><i>j</i></sub> = {_delta(ell)}"
                   f"<sub><i>j</i></sub>"),
        largest=(f"∂<i>L</i>/∂{sym('w', ell, int(i), int(j))} = {input_sym(ell, int(i))}·"
                 f"{_delta(ell, int(j))} = {factor(step.a_in[i])}·{factor(step.delta[j])} = "
                 f"{bold(num(step.dW[i, j]))}"))
    cols = range(min(fan_out, MAX_CELLS))
    more_cols = fan_out > MAX_CELLS
    # the δs head the columns, their values under them (narrower than "δ = value" cells)
    header = ["", *(_delta(ell, c) for c in cols)]
    rows = [["", *(muted(num(step.delta[c])) for c in cols)]]
    for r in range(min(fan_in, MAX_CELLS)):
        rows.append([f"{input_sym(ell, r)} = {num(step.a_in[r])}",
                     *(num(step.dW[r, c]) for c in cols)])
    if fan_in > MAX_CELLS:
        rows.append([muted(translate("StepThroughView", "… %n more", n=fan_in - MAX_CELLS)),
                     *("…" for _ in cols)])
    rows.append([translate("StepThroughView", "bias ({symbol})").format(symbol=sym("b", ell)),
                 *(num(step.db[c]) for c in cols)])
    if more_cols:
        header.append(muted(translate("StepThroughView", "… %n more", n=fan_out - MAX_CELLS)))
        rows = [[*row, "…"] for row in rows]
    return [para(intro), table(rows, header)]
