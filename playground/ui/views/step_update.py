"""The update page of the step-through mode: the optimizer in use, its rule, two parameters
worked through with every intermediate number (momentum's velocity, RMSprop's average of g²,
Adam's m, v and their bias corrections), and a table of the parameters that move most.
Qt-free.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from playground.engine.explain import bias_corrections
from playground.engine.neurons import flat_params, held_params, param_address, weight_mask
from playground.engine.optimizers import OPTIMIZERS
from playground.ui.views.step_format import (
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
        first = [f"{W} ← {W}·(1 − η·λ) {muted('(decoupled weight decay)')}"] \
            if name == "adamw" and hyper.get("weight_decay") else []
        return [*first, f"<i>m</i> ← β₁·<i>m</i> + (1 − β₁)·{G}",
                f"<i>v</i> ← β₂·<i>v</i> + (1 − β₂)·{G}²",
                f"{M_HAT} = <i>m</i> / (1 − β₁<sup><i>t</i></sup>),&nbsp; {V_HAT} = <i>v</i> / "
                f"(1 − β₂<sup><i>t</i></sup>) {muted('(bias correction)')}",
                f"{W} ← {W} − η·{M_HAT} / (√{V_HAT} + ε)"]
    return [f"{W} ← {W} − η·{G}"]


def param_name(sizes: tuple[int, ...], index: int) -> str:
    layer, row, col = param_address(sizes, index)
    if row == sizes[layer]:
        return sym("b", layer + 1, col)
    return sym("w", layer + 1, row, col)


def update_step(s: StepSituation) -> Step:
    u, cfg = s.update, s.config
    sizes = cfg.layer_sizes
    masks = held_params(sizes, cfg.frozen, cfg.pruned)
    held = masks[0] if masks is not None else np.zeros(u.params.size, bool)
    new = np.where(held, u.params, u.new_params)
    spec = OPTIMIZERS.get(u.name)
    label = spec.label if spec is not None else u.name
    hyper = dict(u.hyper)
    settings = [f"η = {num(u.lr)}"]
    if cfg.schedule != "constant":
        settings[0] += f" {muted(f'({esc(cfg.schedule)} schedule, epoch {s.epoch + 1})')}"
    names = {"momentum": "μ", "alpha": "α", "beta1": "β₁", "beta2": "β₂", "eps": "ε",
             "weight_decay": "λ"}
    settings += [f"{names[k]} = {num(float(v))}" for k, v in hyper.items()
                 if k in names and (k != "weight_decay" or v)]
    if u.name in ("adam", "adamw", "momentum", "rmsprop"):
        settings.append(f"<i>t</i> = {u.t}")
    if u.name == "sgd":
        state_note = ""
    elif not s.state_known:
        state_note = (" Its state from training was not available, so this is shown as its "
                      "first step.")
    elif u.t == 1:
        state_note = " This is its first step: its running averages start from zero."
    else:
        state_note = f" It keeps running averages from the {u.t - 1} steps before this one."
    body = [
        para(f"Finally the optimizer, {esc(label)}, moves every parameter against its gradient "
             f"<i>g</i>.{state_note}"),
        para(lines(rules(u.name, hyper))),
        para(", ".join(settings)),
    ]
    extra = _gradient_terms(s)
    if extra:
        body.append(para(f"Here <i>g</i> = ∂<i>L</i>/∂{W} {extra}."))
    body += _examples(s, held)
    body.append(_table(s, new, held))
    batch = cfg.batch_size
    notes = ["This treats the point as a batch of its own; training averages the gradient "
             f"over a mini-batch of {batch} points." if batch not in (None, 1) else
             "This treats the point as a batch of its own; training averages the gradient "
             "over all the training points." if batch is None else ""]
    body.append(para(muted(" ".join(n for n in notes if n))))
    hl = Highlight(
        neurons=frozenset((c, j) for c in range(1, len(sizes)) for j in range(sizes[c])),
        links=frozenset().union(*(links_into(sizes, layer) for layer in range(len(sizes) - 1))))
    return Step("update", f"update ({esc(label)})", "".join(body), hl)


def _gradient_terms(s: StepSituation) -> str:
    cfg, u = s.config, s.update
    parts = []
    if cfg.l2:
        parts.append(f"+ λ₂·{W}")
    if cfg.l1:
        parts.append(f"+ λ₁·sign({W})")
    if parts:
        parts.append(muted(f"(weights only; λ₁ = {num(cfg.l1)}, λ₂ = {num(cfg.l2)})"))
    if u.name != "adamw" and u.hyper.get("weight_decay"):
        parts.append(f"+ λ·{W} {muted('(weight decay)')}")
    return " ".join(parts)


def _examples(s: StepSituation, held: np.ndarray) -> list[str]:
    """Two parameters worked through: the weight and the bias with the largest gradient."""
    u, sizes = s.update, s.config.layer_sizes
    weights = weight_mask(sizes)
    g = np.abs(u.quantities["g"])
    out = []
    for mask, what in ((weights, "weight"), (~weights, "bias")):
        free = mask & ~held
        if not free.any():
            continue
        index = int(np.flatnonzero(free)[np.argmax(g[free])])
        out.append(para(f"For example the {what} with the largest gradient, "
                        f"{param_name(sizes, index)}:<br>" + lines(_worked(s, index))))
    return out


def _gradient_line(s: StepSituation, i: int) -> str:
    """``g = ∂L/∂w`` with the penalties and coupled weight decay, if any, added in."""
    u, cfg = s.update, s.config
    w = u.params[i]
    data = flat_params([x.dW for x in s.explanation.layers],
                       [x.db for x in s.explanation.layers])[i]
    terms = [num(data)]
    if weight_mask(cfg.layer_sizes)[i]:
        terms += [f"{num(cfg.l2)}·{factor(w)}" for _ in [0] if cfg.l2]
        terms += [f"{num(cfg.l1)}·{factor(float(np.sign(w)))}" for _ in [0] if cfg.l1]
    wd = float(u.hyper.get("weight_decay", 0.0))
    if wd and u.name != "adamw":
        terms.append(f"{num(wd)}·{factor(w)}")
    g = u.quantities["g"][i]
    head = f"{G} = ∂<i>L</i>/∂{param_name(cfg.layer_sizes, i)}"
    return f"{head} = {num(g)}" if len(terms) == 1 else \
        f"{head} + … = {' + '.join(terms)} = {num(g)}"


def _worked(s: StepSituation, i: int) -> list[str]:
    u, q = s.update, s.update.quantities
    w, g, lr = u.params[i], q["g"][i], u.lr
    W = param_name(s.config.layer_sizes, i)  # noqa: N806 - the symbol, as in the rules
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
            f"{M_HAT} = {num(q['m'][i])} / {num(bc1)} = {num(q['m_hat'][i])},&nbsp; "
            f"{V_HAT} = {num(q['v'][i])} / {num(bc2)} = {num(q['v_hat'][i])}",
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
    header = ["parameter", "before", "<i>g</i>", *(f"<i>{k}</i>" for k in state), "after"]
    rows = []
    for i in order:
        after = bold(num(new[i])) + (muted(" (held)") if held[i] else "")
        rows.append([param_name(sizes, int(i)), num(u.params[i]), num(q["g"][i]),
                     *(num(q[k][i]) for k in state), after])
    total = u.params.size
    n_held = int(held.sum())
    if n_held:
        caption = (f"{total - n_held} of the {total} parameters change at once, each by its "
                   f"own numbers; {n_held} {'is' if n_held == 1 else 'are'} held, keeping "
                   f"their values: {_held_neurons(s)}")
    else:
        caption = f"All {total} parameters change at once, each by its own numbers"
    caption += f". The {len(order)} that move most:" if total > MAX_ROWS else ":"
    return para(caption) + table(rows, header)


def _held_neurons(s: StepSituation) -> str:
    """Which neurons' parameters the update holds, and which of their parameters."""
    cfg = s.config
    parts = [f"frozen neuron {u + 1} of hidden layer {h + 1} (its weights in and its bias)"
             for h, u in cfg.frozen]
    parts += [f"pruned neuron {u + 1} of hidden layer {h + 1} (its weights in and out and its "
              "bias, held at 0)" for h, u in cfg.pruned]
    return ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1]
