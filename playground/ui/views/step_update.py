"""The update page of the step-through mode: the optimizer in use, its rule, two parameters
worked through with every intermediate number (momentum's velocity, RMSprop's average of g²,
Adam's m, v and their bias corrections), and a table of the parameters that move most.
Widget-free; the words go through ``ui.i18n`` (context ``StepThroughView``), the formulas stay
as they are.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from playground.engine.explain import bias_corrections, training_gradient
from playground.engine.neurons import held_params, param_address, weight_mask
from playground.engine.optimizers import OPTIMIZERS
from playground.ui.i18n import translate
from playground.ui.views.step_format import (
    and_list,
    bold,
    esc,
    factor,
    lines,
    muted,
    num,
    para,
    squared,
    sym,
    table,
)
from playground.ui.views.step_layers import norm_param_name
from playground.ui.views.step_situation import Highlight, Step, StepSituation, links_into

MAX_ROWS = 12  # parameters in the table
W, G, ETA = "<i>w</i>", "<i>g</i>", "η"
M_HAT, V_HAT = "<i>m̂</i>", "<i>v̂</i>"
STATE_COLUMNS = {"momentum": ("v",), "rmsprop": ("s",), "adam": ("m", "v"), "adamw": ("m", "v")}


def rules(name: str, hyper: Mapping[str, object]) -> list[str]:
    """The optimizer's update rule, symbol by symbol."""
    if name == "momentum":
        last = f"{W} ← {W} − η·({G} + μ·<i>v</i>)" if hyper.get("nesterov") else \
            f"{W} ← {W} − η·<i>v</i>"
        return [f"<i>v</i> ← μ·<i>v</i> + {G}", last]
    if name == "rmsprop":
        return [f"<i>s</i> ← α·<i>s</i> + (1 − α)·{G}²", f"{W} ← {W} − η·{G} / (√<i>s</i> + ε)"]
    if name in ("adam", "adamw"):
        decay = muted(translate("StepThroughView", "(decoupled weight decay)"))
        first = [f"{W} ← {W}·(1 − η·λ) {decay}"] \
            if name == "adamw" and hyper.get("weight_decay") else []
        return [*first, f"<i>m</i> ← β₁·<i>m</i> + (1 − β₁)·{G}",
                f"<i>v</i> ← β₂·<i>v</i> + (1 − β₂)·{G}²",
                f"{M_HAT} = <i>m</i> / (1 − β₁<sup><i>t</i></sup>),&nbsp; {V_HAT} = <i>v</i> / "
                f"(1 − β₂<sup><i>t</i></sup>) "  # untranslated: formula
                f"{muted(translate('StepThroughView', '(bias correction)'))}",
                f"{W} ← {W} − η·{M_HAT} / (√{V_HAT} + ε)"]
    return [f"{W} ← {W} − η·{G}"]


def param_name(sizes: tuple[int, ...], index: int, norm: tuple[str, ...] = ()) -> str:
    """``w[ℓ]_ij``, ``b[ℓ]_j``, or a normalised layer's ``γ[ℓ]_j`` / ``β[ℓ]_j`` (past the
    dense blocks, ``norm`` the config's per-layer normalisations)."""
    dense = int(weight_mask(sizes).size)
    if index >= dense:
        normed = [(h, sizes[h + 1]) for h, kind in enumerate(norm) if kind != "none"]
        return norm_param_name(normed, index - dense)
    layer, row, col = param_address(sizes, index)
    if row == sizes[layer]:
        return sym("b", layer + 1, col)
    return sym("w", layer + 1, row, col)


def update_step(s: StepSituation) -> Step:
    u, cfg = s.update, s.config
    sizes = cfg.layer_sizes
    masks = held_params(sizes, cfg.frozen, cfg.pruned, cfg.norm)
    held = masks[0] if masks is not None else np.zeros(u.params.size, bool)
    new = np.where(held, u.params, u.new_params)
    spec = OPTIMIZERS.get(u.name)
    label = translate("Optimizers", spec.label) if spec is not None else u.name
    hyper = dict(u.hyper)
    settings = [f"η = {num(u.lr)}"]
    if cfg.schedule != "constant":
        schedule = translate("StepThroughView", "({schedule} schedule, epoch {epoch})").format(
            schedule=esc(cfg.schedule), epoch=s.epoch + 1)
        settings[0] += f" {muted(schedule)}"
    names = {"momentum": "μ", "alpha": "α", "beta1": "β₁", "beta2": "β₂", "eps": "ε",
             "weight_decay": "λ"}
    settings += [f"{names[k]} = {num(float(v))}" for k, v in hyper.items()
                 if k in names and (k != "weight_decay" or v)]
    if u.name in ("adam", "adamw", "momentum", "rmsprop"):
        settings.append(f"<i>t</i> = {u.t}")
    if u.name == "sgd":
        state_note = ""
    elif not s.state_known:
        state_note = " " + translate("StepThroughView", "Its state from training was not "
                                     "available, so this is shown as its first step.")
    elif u.t == 1:
        state_note = " " + translate("StepThroughView", "This is its first step: its running "
                                     "averages start from zero.")
    else:
        state_note = " " + translate("StepThroughView", "It keeps running averages from the %n "
                                     "steps before this one.", n=u.t - 1)
    body = [
        para(translate("StepThroughView", "Finally the optimizer, {optimizer}, moves every "
                       "parameter against its gradient <i>g</i>.").format(optimizer=esc(label))
             + state_note),
        para(lines(rules(u.name, hyper))),
        para(", ".join(settings)),
    ]
    if s.explanation.norm_gradients():
        body.append(para(translate("StepThroughView", "The normalisations' scales γ and shifts "
                                   "β move by the same rule, with their own gradients (no "
                                   "weight penalty).")))
    extra = _gradient_terms(s)
    if extra:
        body.append(para(translate("StepThroughView", "Here {formula}.").format(
            formula=f"<i>g</i> = ∂<i>L</i>/∂{W} {extra}")))
    body += _examples(s, held)
    body.append(_table(s, new, held))
    batch = cfg.batch_size
    if batch is None:
        note = translate("StepThroughView", "This treats the point as a batch of its own; "
                         "training averages the gradient over all the training points.")
    elif batch != 1:
        note = translate("StepThroughView", "This treats the point as a batch of its own; "
                         "training averages the gradient over a mini-batch of %n points.",
                         n=batch)
    else:
        note = ""
    body.append(para(muted(note)))
    hl = Highlight(
        neurons=frozenset((c, j) for c in range(1, len(sizes)) for j in range(sizes[c])),
        links=frozenset().union(*(links_into(sizes, layer) for layer in range(len(sizes) - 1))))
    return Step("update", translate("StepThroughView", "update ({optimizer})").format(
        optimizer=esc(label)), "".join(body), hl)


def _gradient_terms(s: StepSituation) -> str:
    cfg, u = s.config, s.update
    parts = []
    if cfg.l2:
        parts.append(f"+ λ₂·{W}")
    if cfg.l1:
        parts.append(f"+ λ₁·sign({W})")  # untranslated: formula
    if parts:
        parts.append(muted(translate("StepThroughView", "(weights only; {l1}, {l2})").format(
            l1=f"λ₁ = {num(cfg.l1)}", l2=f"λ₂ = {num(cfg.l2)}")))
    if u.name != "adamw" and u.hyper.get("weight_decay"):
        parts.append(f"+ λ·{W} {muted(translate('StepThroughView', '(weight decay)'))}")
    return " ".join(parts)


def _examples(s: StepSituation, held: np.ndarray) -> list[str]:
    """Two parameters worked through: the weight and the bias with the largest gradient."""
    u, sizes = s.update, s.config.layer_sizes
    dense = weight_mask(sizes)
    weights = np.zeros(u.params.size, bool)
    weights[:dense.size] = dense
    biases = np.zeros(u.params.size, bool)
    biases[:dense.size] = ~dense
    g = np.abs(u.quantities["g"])
    out = []
    for mask, what in ((weights, translate("StepThroughView", "For example the weight with the "
                                           "largest gradient, {name}:")),
                       (biases, translate("StepThroughView", "For example the bias with the "
                                            "largest gradient, {name}:"))):
        free = mask & ~held
        if not free.any():
            continue
        index = int(np.flatnonzero(free)[np.argmax(g[free])])
        out.append(para(what.format(name=param_name(sizes, index, s.config.norm)) + "<br>"
                        + lines(_worked(s, index))))
    return out


def _gradient_line(s: StepSituation, i: int) -> str:
    """``g = ∂L/∂w`` with the penalties and coupled weight decay, if any, added in."""
    u, cfg = s.update, s.config
    w = u.params[i]
    data = training_gradient(s.explanation)[i]
    terms = [num(data)]
    dense = weight_mask(cfg.layer_sizes)
    if i < dense.size and dense[i]:
        terms += [f"{num(cfg.l2)}·{factor(w)}" for _ in [0] if cfg.l2]
        terms += [f"{num(cfg.l1)}·{factor(float(np.sign(w)))}" for _ in [0] if cfg.l1]
    wd = float(u.hyper.get("weight_decay", 0.0))
    if wd and u.name != "adamw":
        terms.append(f"{num(wd)}·{factor(w)}")
    g = u.quantities["g"][i]
    head = f"{G} = ∂<i>L</i>/∂{param_name(cfg.layer_sizes, i, cfg.norm)}"
    return f"{head} = {num(g)}" if len(terms) == 1 else \
        f"{head} + … = {' + '.join(terms)} = {num(g)}"


def _worked(s: StepSituation, i: int) -> list[str]:
    u, q = s.update, s.update.quantities
    w, g, lr = u.params[i], q["g"][i], u.lr
    W = param_name(s.config.layer_sizes, i, s.config.norm)  # noqa: N806 - the symbol, as in the rules
    out = [_gradient_line(s, i)]
    h = u.hyper
    if u.name == "sgd":
        out.append(f"{W} ← {num(w)} − {num(lr)}·{factor(g)} = {bold(num(q['new'][i]))}")
    elif u.name == "momentum":
        mu = float(h["momentum"])
        out.append(f"<i>v</i> ← {num(mu)}·{factor(q['v_prev'][i])} + {factor(g)} = "
                   f"{num(q['v'][i])}")
        if h.get("nesterov"):
            out.append(f"{W} ← {num(w)} − {num(lr)}·({factor(g)} + {num(mu)}·"
                       f"{factor(q['v'][i])}) = {bold(num(q['new'][i]))}")
        else:
            out.append(f"{W} ← {num(w)} − {num(lr)}·{factor(q['v'][i])} = "
                       f"{bold(num(q['new'][i]))}")
    elif u.name == "rmsprop":
        a, eps = float(h["alpha"]), float(h["eps"])
        out.append(f"<i>s</i> ← {num(a)}·{factor(q['s_prev'][i])} + {num(1 - a)}·{squared(g)} "
                   f"= {num(q['s'][i])}")
        out.append(f"{W} ← {num(w)} − {num(lr)}·{factor(g)} / (√({num(q['s'][i])}) + "
                   f"{num(eps)}) = {bold(num(q['new'][i]))}")
    else:
        b1, b2, eps = float(h["beta1"]), float(h["beta2"]), float(h["eps"])
        bc1, bc2 = bias_corrections(u)
        start = num(w)
        if u.name == "adamw" and h.get("weight_decay"):
            out.append(f"{W} ← {num(w)}·(1 − {num(lr)}·{num(float(h['weight_decay']))}) = "
                       f"{num(q['decayed'][i])}")
            start = num(q["decayed"][i])
        out += [
            f"<i>m</i> ← {num(b1)}·{factor(q['m_prev'][i])} + {num(1 - b1)}·{factor(g)} = "
            f"{num(q['m'][i])}",
            f"<i>v</i> ← {num(b2)}·{factor(q['v_prev'][i])} + {num(1 - b2)}·{squared(g)} = "
            f"{num(q['v'][i])}",
            f"{M_HAT} = {num(q['m'][i])} / {num(bc1)} = "  # untranslated: formula
            f"{num(q['m_hat'][i])},&nbsp; {V_HAT} = {num(q['v'][i])} / {num(bc2)} = "
            f"{num(q['v_hat'][i])}",
            f"{W} ← {start} − {num(lr)}·{factor(q['m_hat'][i])} / (√({num(q['v_hat'][i])}) + "
            f"{num(eps)}) = {bold(num(q['new'][i]))}",
        ]
    return out


def _table(s: StepSituation, new: np.ndarray, held: np.ndarray) -> str:
    u, sizes = s.update, s.config.layer_sizes
    q = u.quantities
    moved = np.abs(new - u.params)
    order = np.argsort(-moved, kind="stable")[:MAX_ROWS]
    state = STATE_COLUMNS.get(u.name, ())
    header = [translate("StepThroughView", "parameter"), translate("StepThroughView", "before"),
              "<i>g</i>", *(f"<i>{k}</i>" for k in state), translate("StepThroughView", "after")]
    rows = []
    for i in order:
        after = bold(num(new[i])) + (
            muted(" " + translate("StepThroughView", "(held)")) if held[i] else "")
        rows.append([param_name(sizes, int(i), s.config.norm), num(u.params[i]), num(q["g"][i]),
                     *(num(q[k][i]) for k in state), after])
    total = u.params.size
    n_held = int(held.sum())
    if n_held:
        # English has no catalogue of its own: a source for "1 is" and one for "2 are"
        caption = (translate("StepThroughView", "{changing} of the {total} parameters change "
                             "at once, each by its own numbers; %n is held, keeping their "
                             "values: {neurons}", n=n_held) if n_held == 1 else
                   translate("StepThroughView", "{changing} of the {total} parameters change "
                             "at once, each by its own numbers; %n are held, keeping their "
                             "values: {neurons}", n=n_held)).format(
            changing=total - n_held, total=total, neurons=_held_neurons(s))
    else:
        caption = translate("StepThroughView", "All %n parameters change at once, each by its "
                            "own numbers", n=total)
    if total > MAX_ROWS:
        caption = translate("StepThroughView", "{caption}. The %n that move most:",
                            n=len(order)).format(caption=caption)
    else:
        caption += ":"
    return para(caption) + table(rows, header)


def _held_neurons(s: StepSituation) -> str:
    """Which neurons' parameters the update holds, and which of their parameters."""
    cfg = s.config
    frozen = translate("StepThroughView", "frozen neuron {unit} of hidden layer {layer} (its "
                       "weights in and its bias)")
    pruned = translate("StepThroughView", "pruned neuron {unit} of hidden layer {layer} (its "
                       "weights in and out and its bias, held at 0)")
    parts = [frozen.format(unit=u + 1, layer=h + 1) for h, u in cfg.frozen]
    parts += [pruned.format(unit=u + 1, layer=h + 1) for h, u in cfg.pruned]
    return and_list(parts)
