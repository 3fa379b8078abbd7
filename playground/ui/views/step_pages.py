"""The pages of the step-through mode: one training step for one point, as rich text.

``step_situation.make_situation`` gathers what a step needs (the weights, the optimizer's
state, the point) and runs ``engine.explain`` on it; ``build_steps`` turns that into pages:
the input, the forward pass layer by layer, the loss, the backward pass from the output back
to the first layer (``step_backward``) and the optimizer's update (``step_update``). Each page
says which neurons and links of the network diagram it is about (``Highlight``). Widget-free;
the words go through ``ui.i18n`` (context ``StepThroughView``), the formulas stay as they are.
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np

from playground.data.features import feature_label
from playground.data.scaling import parse_input_scaling
from playground.engine.activations import ACTIVATIONS
from playground.engine.losses import LOSSES
from playground.ui.i18n import translate
from playground.ui.views import step_layers
from playground.ui.views.step_backward import backward_step
from playground.ui.views.step_format import (
    INDENT,
    MAX_NEURONS,
    activation_value,
    agree,
    and_list,
    bold,
    esc,
    factor,
    formula,
    input_sym,
    lines,
    log,
    muted,
    num,
    para,
    sym,
    symbolic_sum,
    table,
    weighted_sum,
)
from playground.ui.views.step_situation import (
    Highlight,
    Step,
    StepSituation,
    class_label,
    column,
    layer_name,
    links_into,
    point_text,
)
from playground.ui.views.step_update import update_step


# --- the pages ------------------------------------------------------------------------------
def build_steps(s: StepSituation) -> list[Step]:
    n = len(s.explanation.layers)
    steps = [input_step(s)]
    steps += [forward_step(s, layer) for layer in range(n)]
    steps.append(loss_step(s))
    steps += [backward_step(s, layer) for layer in range(n - 1, -1, -1)]
    steps.append(update_step(s))
    return steps


def input_step(s: StepSituation) -> Step:
    coords = range(1 if s.dims == 1 else len(s.coords))  # every input of a wider table
    intro, norm = _scaling_lines(s, coords)
    rows = [[input_sym(1, i), esc(feature_label(f)),
             bold(num(v))] for i, (f, v) in enumerate(zip(s.config.features,
                                                             s.explanation.features))]
    body = [
        para(point_text(s) + "."),
        para(intro),
        para(lines(norm)),
        para(translate("StepThroughView", "The network's inputs are the input features, "
                       "computed from {names} (x₁ below means u₁):").format(
                           names=_scaled_names(len(coords)))),
        table(rows, [translate("StepThroughView", "input"),
                     translate("StepThroughView", "feature"),
                     translate("StepThroughView", "value")]),
    ]
    sizes = s.config.layer_sizes
    return Step("input", translate("StepThroughView", "the input"), "".join(body),
                Highlight(neurons=column(sizes, 0)))


def _scaled_names(n: int) -> str:
    """``u₁``, ``u₁ and u₂``, ``u₁, u₂ and u₃``..."""
    names = [sym("u", None, c) for c in range(n)]
    return and_list(names)


def _scaling_lines(s: StepSituation, coords: range) -> tuple[str, list[str]]:
    """What the input scaling (``data.scaling``) does, and each raw coordinate, the scaling
    and the scaled value the network is given (the normaliser's, as the network computes
    it)."""
    scaling = parse_input_scaling(s.config.input_scaling)
    mean, std = s.normalizer.mean, s.normalizer.std
    named = esc(scaling.text)
    k = scaling.text.partition(":")[2]
    out = []
    for c in coords:
        x, u = s.coords[c], (s.coords[c] - mean[c]) / std[c]
        if scaling.kind == "none":
            rhs = num(x)
        elif scaling.kind == "scale":
            rhs = f"{k} · {factor(x)}"
        elif scaling.factor == 1.0:
            rhs = f"({num(x)} − {factor(mean[c])}) / {num(std[c])}"
        else:  # the normaliser's std is the points' std divided by K
            rhs = f"{k} · ({num(x)} − {factor(mean[c])}) / {num(std[c] * scaling.factor)}"
        out.append(f"{sym('u', None, c)} = {rhs} = {bold(num(u))}")
    if scaling.kind == "none":
        intro = translate("StepThroughView", "Input scaling <b>{scaling}</b>: the network is "
                          "given the raw coordinates as they are, <i>u</i> = <i>x</i>:")
    elif scaling.kind == "scale":
        intro = translate("StepThroughView", "Input scaling <b>{scaling}</b>: the raw "
                          "coordinates times {k}, <i>u</i> = {k} · <i>x</i>:")
    elif scaling.factor == 1.0:
        intro = translate("StepThroughView", "Input scaling <b>{scaling}</b>: first the "
                          "coordinates are z-scored with the training points' mean μ and "
                          "standard deviation σ, <i>u</i> = (<i>x</i> − μ) / σ:")
    else:
        intro = translate("StepThroughView", "Input scaling <b>{scaling}</b>: first the "
                          "coordinates are z-scored with the training points' mean μ and "
                          "standard deviation σ, then multiplied by {k}, <i>u</i> = {k} · "
                          "(<i>x</i> − μ) / σ:")
    return intro.format(scaling=named, k=k), out


def forward_step(s: StepSituation, layer: int) -> Step:
    expl, cfg = s.explanation, s.config
    step = expl.layers[layer]
    out = layer == len(expl.layers) - 1
    ell = layer + 1
    fan_in, fan_out = step.w.shape
    name = layer_name(cfg, layer)
    act = ACTIVATIONS.get(step.activation)
    label = translate("Activations", act.label) if act is not None else step.activation
    z = f"{sym('z', ell)}<sub><i>j</i></sub>"
    rule = (f"{z} = Σ<sub><i>i</i></sub> {sym('w', ell)}<sub><i>ij</i></sub>·"
            f"{'<i>x</i>' if ell == 1 else sym('a', ell - 1)}<sub><i>i</i></sub> + "
            f"{sym('b', ell)}<sub><i>j</i></sub>")  # untranslated: formula
    # English says "its 1 input" / "its 2 inputs" without a catalogue of its own: a source for
    # each, both plurals for the languages that have more forms
    if out and fan_in == 1:
        intro = translate("StepThroughView", "Each neuron <i>j</i> of the output layer adds up "
                          "its %n input, each times its weight, plus its bias: {rule}.", n=fan_in)
    elif out:
        intro = translate("StepThroughView", "Each neuron <i>j</i> of the output layer adds up "
                          "its %n inputs, each times its weight, plus its bias: {rule}.",
                          n=fan_in)
    elif fan_in == 1:
        intro = translate("StepThroughView", "Each neuron <i>j</i> of hidden layer {layer} adds "
                          "up its %n input, each times its weight, plus its bias: {rule}.",
                          n=fan_in)
    else:
        intro = translate("StepThroughView", "Each neuron <i>j</i> of hidden layer {layer} adds "
                          "up its %n inputs, each times its weight, plus its bias: {rule}.",
                          n=fan_in)
    intro = intro.format(layer=ell, rule=rule)
    e = step.extras
    if not out:
        act_formula = formula(step.activation, label)
        if step_layers.activation_input(e) == "y":  # the activation of the normalised y
            act_formula = act_formula.replace("<i>z</i>", "<i>y</i>")
        if e is not None and (e.mask is not None or e.skip):  # h, before dropout and skip
            intro += " " + translate("StepThroughView", "Then its activation, {name}: "
                                     "<i>h</i> = {formula}.").format(
                                         name=esc(label), formula=act_formula)
        else:
            intro += " " + translate("StepThroughView", "Then its activation, {name}: "
                                     "<i>a</i> = {formula}.").format(
                                         name=esc(label), formula=act_formula)
    extra_intro = [] if e is None else step_layers.forward_intro(e, ell, fan_out)
    blocks = []
    for j in range(min(fan_out, MAX_NEURONS)):
        terms, rel = weighted_sum(step.w[:, j], step.a_in, step.b[j], result=step.z[j])
        numbers = f"{terms} {rel} {bold(num(step.z[j]))}"
        block = [f"{sym('z', ell, j)} = {symbolic_sum(ell, j, fan_in)}",
                 f"{INDENT}= {numbers}"] if j == 0 else [f"{sym('z', ell, j)} = {numbers}"]
        if not out and e is not None:
            a_text = activation_value(step.activation, label, e.y[j], e.h[j])
            block += step_layers.forward_neuron(step, e, ell, j, a_text)
        elif not out:
            a_text = activation_value(step.activation, label, step.z[j], step.a[j])
            block.append(f"{sym('a', ell, j)} = {a_text}")
        blocks.append(para(lines(block)))
    body = [para(intro), *extra_intro, *blocks]
    if fan_out > MAX_NEURONS:
        body.append(para(muted(more_neurons(fan_out - MAX_NEURONS))))
    if out:
        body.append(_head_text(s))
    sizes = cfg.layer_sizes
    hl = Highlight(neurons=column(sizes, ell), links=links_into(sizes, layer))
    return Step("forward", translate("StepThroughView", "forward, {layer}").format(layer=name),
                "".join(body), hl, layer)


def more_neurons(n: int) -> str:
    """``… and 4 more neurons, the same way.``"""
    return translate("StepThroughView", "… and %n more neurons, the same way.", n=n)


def _head_text(s: StepSituation) -> str:
    """The head: sigmoid probability, softmax probabilities or the value itself."""
    expl = s.explanation
    z, p = expl.logits, expl.output
    ell = len(expl.layers)
    if expl.head == "sigmoid":
        digits, rel = agree(lambda p0: 1 - p0, 1 - p[0], p[0])
        shown = num(p[0], digits)
        return para(translate(
            "StepThroughView", "The output is the sigmoid of <i>z</i>, the probability of "
            "{positive}: {formula}. So {other}.").format(
                positive=class_label(s, 1),
                formula=(f"<i>p</i> = σ({num(z[0])}) = 1 / (1 + <i>e</i><sup>{num(-z[0])}"
                         f"</sup>) = {bold(shown)}"),
                other=(f"p({class_label(s, 0)}) = 1 − <i>p</i> = 1 − {shown} {rel} "
                       f"{num(1 - p[0])}")))
    if expl.head == "softmax":
        e = np.exp(z - z.max())
        rows = [[sym("p", None, k), f"<i>e</i><sup>{num(z[k])}</sup> / Σ", bold(num(p[k])),
                 class_label(s, k)] for k in range(len(z))]
        rule = (f"{sym('p')}<sub><i>k</i></sub> = <i>e</i><sup>{sym('z', ell)}"
                f"<sub><i>k</i></sub></sup> / Σ<sub><i>i</i></sub> <i>e</i><sup>"
                f"{sym('z', ell)}<sub><i>i</i></sub></sup>")
        return (para(translate("StepThroughView", "The softmax turns the %n outputs into "
                               "probabilities: {rule} (here Σ = {total}):", n=len(z)).format(
                                   rule=rule, total=num(float(np.exp(z.max()) * e.sum()))))
                + table(rows))
    return para(translate("StepThroughView", "The output layer is linear: the prediction is "
                          "{formula}.").format(formula=f"ŷ = <i>z</i> = {bold(num(p[0]))}"))


def loss_step(s: StepSituation) -> Step:
    expl = s.explanation
    loss = LOSSES.get(expl.loss_name)
    label = translate("Losses", loss.label) if loss is not None else expl.loss_name
    body = [para(translate("StepThroughView", "The loss says how wrong the output is for this "
                           "point ({loss}):").format(loss=esc(label))),
            para("{} {} {}".format(*_loss_formula(s), bold(num(expl.loss))))]
    penalty = [f"λ₁ = {num(s.config.l1)} (L1)" for _ in [0] if s.config.l1]
    penalty += [f"λ₂ = {num(s.config.l2)} (L2)" for _ in [0] if s.config.l2]
    note = translate("StepThroughView", "Training reports the mean of this over its points.")
    if penalty:
        note += " " + translate("StepThroughView", "The weight penalties ({penalties}) are not "
                                "part of it; they join the gradient in the update.").format(
                                    penalties=", ".join(penalty))
    body.append(para(muted(note)))
    sizes = s.config.layer_sizes
    hl = Highlight(neurons=column(sizes, len(sizes) - 1))
    return Step("loss", translate("StepThroughView", "the loss"), "".join(body), hl)


def _loss_formula(s: StepSituation) -> tuple[str, str]:
    """The loss with the numbers in it, and "=" or "≈" to write before its value (``agree``:
    a probability within rounding of 1 is shown with the digits −log p needs)."""
    expl = s.explanation
    t, p, z, loss = expl.target, expl.output, expl.logits, float(expl.loss)
    k = len(p)
    name = expl.loss_name
    if name == "cross_entropy":
        if expl.head == "sigmoid":
            general = translate("StepThroughView", "{formula}; here <i>t</i> = {t}, so").format(
                formula=("<i>L</i> = −[<i>t</i>·log <i>p</i> + "  # untranslated: formula
                         "(1 − <i>t</i>)·log(1 − <i>p</i>)]"),
                t=int(t[0])) + "<br><i>L</i>"
            if t[0] == 1:
                digits, rel = agree(lambda p0: -log(p0), loss, p[0])
                return (f"{general} = −log <i>p</i> = "  # untranslated: formula
                        f"−log({num(p[0], digits)})"), rel
            digits, rel = agree(lambda p0: -log(1 - p0), loss, p[0])
            return (f"{general} = −log(1 − <i>p</i>) = "  # untranslated: formula
                    f"−log(1 − {num(p[0], digits)})"), rel
        y = int(np.argmax(t))
        digits, rel = agree(lambda py: -log(py), loss, p[y])
        p_y = sym("p", None, y)
        return translate("StepThroughView", "{loss} (the probability of the true class) = "
                         "{value}").format(loss=f"<i>L</i> = −log {p_y}",  # untranslated: formula
                                           value=f"−log({num(p[y], digits)})"), rel
    if name == "mse":
        pairs = [float(v) for i in range(k) for v in (p[i], t[i])]
        digits, rel = agree(lambda *v: sum((v[i] - v[i + 1]) ** 2 for i in range(0, 2 * k, 2))
                            / k, loss, *pairs)
        terms = " + ".join(f"({num(p[i], digits)} − {num(t[i], digits)})²" for i in range(k))
        if k == 1:
            return f"<i>L</i> = (ŷ − <i>t</i>)² = {terms}", rel
        return (f"<i>L</i> = (1/{k})·Σ<sub><i>k</i></sub> ({sym('p')}<sub><i>k</i></sub> − "
                f"{sym('t')}<sub><i>k</i></sub>)² = (1/{k})·[{terms}]"), rel
    if name == "hinge":
        if k == 1:
            y = 2 * t[0] - 1
            digits, rel = agree(lambda zz: max(0, 1 - Fraction(float(y)) * zz), loss, z[0])
            return translate("StepThroughView", "with <i>y</i> = {y} (the class as ±1): "
                             "{formula}").format(
                y=num(y),
                formula=(f"<i>L</i> = max(0, 1 − <i>y</i>·<i>z</i>) = "  # untranslated: formula
                         f"max(0, 1 − {factor(y)}·{factor(z[0], digits)})")), rel
        y = int(np.argmax(t))
        terms = " + ".join(f"max(0, 1 − {factor(z[y])} + {factor(z[i])})"  # untranslated: formula
                           for i in range(k) if i != y)
        return (f"<i>L</i> = (1/{k})·Σ<sub><i>k</i> ≠ <i>y</i></sub> max(0, 1 − "
                f"{sym('z')}<sub><i>y</i></sub> + {sym('z')}<sub><i>k</i></sub>) = "
                f"(1/{k})·[{terms}]"), "="  # untranslated: formula
    if name == "mae":
        digits, rel = agree(lambda p0, t0: abs(p0 - t0), loss, p[0], t[0])
        return f"<i>L</i> = |ŷ − <i>t</i>| = |{num(p[0], digits)} − {factor(t[0], digits)}|", rel
    if name == "huber":
        r = p[0] - t[0]
        case = "½·<i>r</i>²" if abs(r) <= 1 else "|<i>r</i>| − ½"
        return translate("StepThroughView", "with <i>r</i> = ŷ − <i>t</i> = {r}: <i>L</i> = "
                         "½·<i>r</i>² if |<i>r</i>| ≤ 1, else |<i>r</i>| − ½; here {case}").format(
                             r=num(r), case=case), "="
    return f"<i>L</i> = {esc(name)}(ŷ, <i>t</i>)", "="
