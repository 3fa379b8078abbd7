"""``playground train``: train headless and print one JSON line of final metrics.

A 1-D data set (``--dataset sine``, an ``x,y`` CSV) trains a network of x alone: the default
features are ``x1`` and ``--features`` may name only features of x1.

``--function "EXPR"`` generates the points from a formula in x1 and x2 instead of a preset
(``data.datasets.formula_points``): ``--task`` defaults to classification for a condition and
regression otherwise; ``--classes K`` fixes the class count (by default one more than the
largest class the formula gives). ``--features`` may hold formulas too, split on the commas
outside parentheses.

``--init-scheme normal --init-std S --init-bias zero|normal`` start from the tutorials'
weights, and ``--epochs 0 --out FILE`` writes them untrained (``--init FILE`` then goes on
exactly as a run of the same options would). ``--input-scaling`` chooses how raw coordinates
become the inputs (``data.scaling``); with ``--init`` it defaults to the file's.

``--dropout``, ``--norm`` and ``--skip`` give the hidden layers their options
(``training.layer_options``): one value for every hidden layer or a comma list of one per
layer; ``--skip`` alone is every hidden layer as wide as the one before it, ``--skip 2,3``
names hidden layers by number from 1. They go into the config, so ``--out``, ``--session``
and ``--notebook`` carry them.

``--stop-loss`` and ``--patience`` stop early by ``training.stopping.StopRules``, checked after
each epoch exactly as the window's loop checks them while playing; the JSON line's ``stopped``
names what ended the run: ``"epochs"`` (all ``--epochs`` ran), ``"stop_loss"`` or
``"patience"``. Both go into the config, so ``--out`` and ``--session`` carry them. With
``--init``, the frozen and pruned neurons of the weights file's config stay frozen and pruned.

``--link URL`` trains what a TensorFlow Playground link describes
(``session.tfplayground``): its data set, split, seed, features, network, learning rate,
batch size and regularisation become the options' values, and every option given on the
command line wins over the link's, wherever it stands (``--dataset`` or ``--data`` replace
the link's data, ``--lr`` its learning rate, ...). What Playground does differently and the
link's warnings go to stderr, once; ``--session`` keeps the link's view settings (test
points, discretize, the hidden classroom sections).

On divergence the trainer has already restored the last good weights; with ``--out`` they are
written there and the message says so, and the exit code is still 3.

``--repeat N`` trains the configuration with the network seeds S, S+1, ..., S+N-1 (the points
stay those of ``--seed``; ``training.compare.seed_configs``), each run in a background process
exactly as ``playground compare --seeds`` trains it, and prints one JSON line: the seeds, and
the mean and sample standard deviation (``summarize``) of each final figure
(``session.notebook.summary_json``: the lab notebook's repeat row). ``--json-lines`` first
prints one line per run, in seed order. A run that diverged counts with its last good
figures, and the exit code is 3.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import sys
import time
from typing import Any

import numpy as np

from playground.api.notebook import DEFAULT_EPOCHS as DEFAULT_NOTEBOOK_EPOCHS
from playground.api.notebook import write_notebook
from playground.cli.common import EXIT_DIVERGED, EXIT_ERROR, PROG, check_out, fail
from playground.cli.options import (
    DEFAULT_ACTIVATION,
    DEFAULT_DATASET,
    DEFAULT_POINTS,
    layers,
    names,
)
from playground.data.datasets import DATASETS, FORMULA_TASKS, formula_task, preset_for_classes
from playground.data.features import (
    FEATURES,
    ONE_D_FEATURES,
    check_inputs,
    default_features,
    split_features,
    validate_features,
    x1_only,
)
from playground.data.points import PointSet
from playground.data.points_csv import read_points_csv
from playground.data.view_frame import Extent, data_extent
from playground.data.weights_file import WeightsFile, load_weights, save_weights
from playground.engine.init import get_initializer
from playground.engine.losses import losses_for
from playground.errors import ConfigError, PlaygroundError
from playground.limits import MAX_COORD, MAX_GENERATED_POINTS
from playground.session.dataset import DatasetSettings
from playground.session.file import save_session
from playground.session.model import SessionModel
from playground.session.notebook import summary_json
from playground.session.replay import Filmer, ReplayHistory
from playground.session.tfplayground import read_link
from playground.training.background import BackgroundJobs
from playground.training.compare import MAX_SEEDS, CompareResult, background_job, seed_configs
from playground.training.config import MAX_SEED, MAX_STOP_EPOCHS, OPTION_FIELDS, TrainConfig
from playground.training.export import (
    check_compatible,
    input_scaling_of,
    normalizer_from_file,
    weights_file,
)
from playground.training.headless import run_epochs
from playground.training.layer_options import LAYER_OPTIONS, per_layer
from playground.training.protocol import TrainerState, metrics_row
from playground.training.trainer import Diverged, Metrics, Trainer

MAX_EPOCHS = 10**7



def config_from_args(args: argparse.Namespace, task: str, n_classes: int,
                     dims: int = 2, n_inputs: int = 2) -> TrainConfig:
    """A TrainConfig from the options; unset options keep TrainConfig's defaults, and the loss
    defaults to the first one registered for the task. On a 1-D set (``dims`` 1) the features
    default to ``x1`` and must all be features of x1. On data of ``n_inputs`` input columns
    they default to x1..xD (``default_features``) and may read no other input."""
    fields: dict[str, Any] = {
        "task": task,
        "n_classes": n_classes if task != "regression" else 0,
        "loss": losses_for(task)[0],
        "seed": args.seed,
    }
    for dest, name in OPTION_FIELDS.items():
        value = getattr(args, dest)
        if value is not None:
            fields[name] = value
    if args.features is not None:
        fields["features"] = split_features(args.features)
    elif n_inputs > 2:
        fields["features"] = default_features(n_inputs)
    if dims != 1 and args.features is not None:
        try:
            check_inputs(fields["features"], n_inputs)
        except ConfigError as exc:
            fail(f"--features: {exc}")
    if dims == 1:
        features = validate_features(fields.get("features", ONE_D_FEATURES))
        if not x1_only(features):
            allowed = ", ".join(n for n, f in FEATURES.items() if f.x1_only)
            fail(f"--features: a 1-D data set has x alone, so the features may only be "
                 f"{allowed} or formulas of x1 alone (got {args.features})")
        fields["features"] = features
    if args.layers is not None:
        fields["hidden_layers"] = layers(args.layers)
    hidden = fields.get("hidden_layers", TrainConfig.hidden_layers)
    acts = names(args.activation) if args.activation is not None else (DEFAULT_ACTIVATION,)
    fields["activations"] = acts * len(hidden) if len(acts) == 1 else acts
    for name in LAYER_OPTIONS:  # one value for every hidden layer, or one per layer
        value = getattr(args, name, None)
        if value is not None:
            fields[name] = per_layer(name, value, hidden, f"--{name}")
    if args.batch_size is not None:
        fields["batch_size"] = None if args.batch_size == "all" else args.batch_size
    if args.no_shuffle:
        fields["shuffle"] = False
    if args.stop_loss is not None:
        if not (math.isfinite(args.stop_loss) and args.stop_loss >= 0):
            fail(f"--stop-loss must be a finite number of at least 0 (got {args.stop_loss:g})")
        fields["stop_loss"] = args.stop_loss
    if args.patience is not None:
        if not 1 <= args.patience <= MAX_STOP_EPOCHS:
            fail(f"--patience must be between 1 and {MAX_STOP_EPOCHS} (got {args.patience})")
        fields["patience"] = args.patience
    config = TrainConfig(**fields)
    if (args.init_std is not None and not get_initializer(config.init).uses_std
            and config.init_bias != "normal"):
        fail(f"--init-std applies to --init-scheme normal and to --init-bias normal; "
             f"{config.init} draws the weights at its own scale")
    return config


def with_held_neurons(config: TrainConfig, init: WeightsFile) -> TrainConfig:
    """``config`` with the frozen and pruned neurons of ``init``'s stored config that exist in
    ``config``'s network. A stored config that cannot be read (a file from elsewhere) holds
    none."""
    try:
        stored = TrainConfig.from_dict(init.meta["config"])
    except (PlaygroundError, KeyError, TypeError):
        return config
    sizes = config.hidden_layers

    def fit(neurons: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
        return tuple((h, u) for h, u in neurons if h < len(sizes) and u < sizes[h])

    return config.replace(frozen=fit(stored.frozen), pruned=fit(stored.pruned))


def load_points(args: argparse.Namespace) -> tuple[PointSet, DatasetSettings]:
    """The points from ``--data`` or ``--dataset``, split by ``--train-ratio``/``--seed``, and
    the data set settings a session records (``dims`` 1 for a 1-D set)."""
    points, settings, _ = load_named_points(args)
    return points, settings


def load_named_points(args: argparse.Namespace
                      ) -> tuple[PointSet, DatasetSettings, list[str] | None]:
    """:func:`load_points` and the class names the data bring (a multi-label CSV's label
    names; None: the default names)."""
    ratio = args.train_ratio
    if not 0.0 < ratio <= 1.0:  # also refuses NaN
        fail(f"--train-ratio must be greater than 0 and at most 1 (got {ratio:g})")
    if args.task is not None and args.function is None:
        fail("--task applies to --function only (a preset or a CSV brings its own task)")
    if args.function is not None:
        return (*_formula_points(args, ratio), None)
    if args.data is not None:
        for flag, value in (("--n-points", args.n_points), ("--noise", args.noise)):
            if value is not None:
                fail(f"{flag} applies to generated data sets (--dataset), not to --data")
        table = read_points_csv(args.data, args.classes, max_coord=MAX_COORD)
        if table.task == "regression" and args.classes is not None:
            fail(f"--classes does not apply: {args.data} holds regression targets")
        if len(table.values) == 0:
            fail(f"{args.data}: no points to train on")
        train = np.ones(len(table.values), bool)
        points = PointSet(table.coords, table.values, train, table.task, table.n_classes)
        # its messages (seed, ...) first
        config_from_args(args, points.task, points.n_classes, table.dims, points.n_inputs)
        names = table.input_names if table.dims == 2 else ()
        settings = DatasetSettings(seed=args.seed, train_ratio=ratio, dims=table.dims,
                                   input_names=names)
        return points.with_split(ratio, args.seed), settings, list(table.names) or None

    # a preset of a fixed class count asked for more: its K-class variant (spiral -> spiral_k)
    name = preset_for_classes(DEFAULT_DATASET if args.dataset is None else args.dataset,
                              args.classes)
    spec = DATASETS.get(name)
    if spec is None:
        fail(f"unknown data set {name!r}; choose one of: {', '.join(DATASETS)}")
    if spec.fixed_rows:
        for flag, value in (("--n-points", args.n_points), ("--noise", args.noise)):
            if value is not None:
                fail(f"{flag} does not apply: data set {name!r} is a fixed table of "
                     f"{spec.fixed_rows} rows")
    n, noise = _size_and_noise(args)
    if spec.fixed_rows:
        n = spec.fixed_rows
    if args.classes is not None and not spec.takes_classes:
        takers = ", ".join(s.name for s in DATASETS.values() if s.takes_classes)
        fail(f"--classes applies only to {takers}; data set {name!r} has a fixed class count")
    k = spec.default_classes if args.classes is None else args.classes
    # validate the seed and class count with the config's messages before generating
    config_from_args(args, spec.task, k, spec.dims)
    k_arg = k if spec.takes_classes else None
    points = spec.generate(n, noise, args.seed, k_arg)
    settings = DatasetSettings(name, n, noise, args.seed, ratio, k_arg, spec.dims)
    return points.with_split(ratio, args.seed), settings, None


def _size_and_noise(args: argparse.Namespace) -> tuple[int, float]:
    n = DEFAULT_POINTS if args.n_points is None else args.n_points
    if not 1 <= n <= MAX_GENERATED_POINTS:
        fail(f"--n-points must be between 1 and {MAX_GENERATED_POINTS} (got {n})")
    noise = 0.0 if args.noise is None else args.noise
    if not 0.0 <= noise <= 1.0:
        fail(f"--noise must be between 0 and 1 (got {noise:g})")
    return n, noise


def _formula_points(args: argparse.Namespace,
                    ratio: float) -> tuple[PointSet, DatasetSettings]:
    """The points of ``--function`` and the settings that regenerate them."""
    n, noise = _size_and_noise(args)
    if args.task is not None and args.task not in FORMULA_TASKS:
        fail(f"--task must be one of {', '.join(FORMULA_TASKS)} (got {args.task!r})")
    try:
        task = args.task or formula_task(args.function)
        settings = DatasetSettings(n=n, noise=noise, seed=args.seed, train_ratio=ratio,
                                   n_classes=args.classes, formula=args.function,
                                   formula_task=args.task or "")
        if task == "regression" and args.classes is not None:
            fail(f"--classes does not apply: the formula {settings.formula!r} gives "
                 "regression targets (--task classification for classes)")
        # the config's messages (seed, features, ...) before generating
        config_from_args(args, task, 2 if args.classes is None else args.classes)
        return settings.generate(), settings
    except ConfigError as exc:
        if str(exc).startswith("formula "):
            fail(f"--function: {exc}")
        raise


DEFAULT_SEED = 0
DEFAULT_TRAIN_RATIO = 0.5


def apply_link(args: argparse.Namespace) -> dict[str, Any]:
    """Fill the options not given from ``--link`` (if any), then the defaults of those
    still unset that ``train`` leaves None to tell them apart (seed, train ratio); returns the
    link's view settings ({} without a link). Prints the link's note and warnings on stderr."""
    view: dict[str, Any] = {}
    url = getattr(args, "link", None)
    if url is not None:
        link = read_link(url)
        print(f"{PROG}: note: {link.note}", file=sys.stderr)
        for warning in link.warnings:
            print(f"{PROG}: warning: --link: {warning}", file=sys.stderr)
        d, c = link.dataset, link.config
        if args.dataset is None and args.data is None and args.function is None:
            args.dataset = d.name
            if args.n_points is None:
                args.n_points = d.n
            if args.noise is None:
                args.noise = d.noise
        values = {
            "train_ratio": d.train_ratio, "seed": c.seed, "features": ",".join(c.features),
            "layers": ",".join(map(str, c.hidden_layers)),
            "activation": c.activations[0] if c.activations else None,
            "optimizer": c.optimizer, "momentum": c.momentum, "lr": c.learning_rate,
            "batch_size": c.batch_size, "l1": c.l1, "l2": c.l2, "init_scheme": c.init,
            "input_scaling": c.input_scaling,
        }
        for dest, value in values.items():
            if getattr(args, dest) is None:
                setattr(args, dest, value)
        view = {k: v for k, v in link.view.items() if v is not None}
    if args.seed is None:
        args.seed = DEFAULT_SEED
    if args.train_ratio is None:
        args.train_ratio = DEFAULT_TRAIN_RATIO
    return view


def cmd_train(args: argparse.Namespace) -> int:
    link_view = apply_link(args)
    if not 0 <= args.epochs <= MAX_EPOCHS:
        fail(f"--epochs must be between 0 and {MAX_EPOCHS} (got {args.epochs})")
    check_out(args.out, [("--init", args.init), ("--data", args.data)])
    check_out(args.session, [("--init", args.init), ("--data", args.data), ("--out", args.out)],
              flag="--session")
    check_out(args.notebook, [("--init", args.init), ("--data", args.data), ("--out", args.out),
                              ("--session", args.session)], flag="--notebook")
    points, settings, class_names = load_named_points(args)
    config = config_from_args(args, points.task, points.n_classes, settings.dims,
                              points.n_inputs)
    if args.repeat is not None or args.json_lines:
        return _repeat(args, config, points)
    init: WeightsFile | None = load_weights(args.init) if args.init is not None else None
    if init is not None:
        if args.input_scaling is None:  # the file's normaliser is what its weights know
            config = config.replace(input_scaling=input_scaling_of(init))
        check_compatible(init, config)
        config = with_held_neurons(config, init)

    trainer = Trainer(config, points)
    if init is not None:
        trainer.load_weights(list(init.weights), list(init.biases), int(init.meta["epoch"]),
                             init.norms)
        trainer.set_normalizer(normalizer_from_file(init))
        class_names = list(init.meta["classes"]) or None

    good_epoch = first_epoch = trainer.epoch  # good: the last weights that passed the guard
    # the replay history a session keeps, its pictures over the data's extent
    view = data_extent(points, one_d=settings.dims == 1)
    film = Filmer(args.session is not None, args.epochs, extent=view)
    history: list[Metrics] = []

    def on_metrics(m: Metrics) -> None:
        nonlocal good_epoch
        good_epoch = m.epoch
        history.append(m)
        film(trainer, m)

    start = time.perf_counter()
    # the loop the scripting API runs too (``training.headless``); overflow on the way to
    # divergence is detected by the trainer and reported as one line
    try:
        # each row's running loss for a session's history, else the last one's
        metrics, stopped = run_epochs(trainer, args.epochs, on_metrics,
                                      running=args.session is not None, rearm=True)
    except Diverged as exc:
        if args.out is None:
            raise
        # the trainer has put the last good weights back: keep them where --out asked
        try:
            _save(args.out, trainer, good_epoch, class_names, settings)
        except PlaygroundError as err:
            raise Diverged(f"{exc} Writing them to {args.out} failed: {err}") from exc
        raise Diverged(
            f"{exc} The last good weights (epoch {good_epoch}) were written to {args.out}."
        ) from exc
    metrics = dataclasses.replace(metrics, train_loss_running=trainer.running_loss())
    seconds = time.perf_counter() - start

    if args.out is not None:
        _save(args.out, trainer, trainer.epoch, class_names, settings)
    if args.session is not None:
        _save_session(args.session, trainer, points, settings, history, class_names,
                      film.replay, view, link_view)
    if args.notebook is not None:
        _save_notebook(args.notebook, config, points, settings, args.epochs)
    ran = trainer.epoch - first_epoch
    result: dict[str, Any] = {
        **metrics.as_dict(),
        "stopped": stopped,
        "seconds": round(seconds, 6),
        "epochs_per_second": round(ran / seconds, 3) if seconds > 0 else None,
    }
    print(json.dumps({k: _json_value(v) for k, v in result.items()}), flush=True)
    return 0


def _save(out: str, trainer: Trainer, epoch: int, class_names: list[str] | None,
          settings: DatasetSettings) -> None:
    model = trainer.model
    wf = weights_file(
        trainer.config, model.weights, model.biases, trainer.normalizer, epoch, class_names,
        settings.names_of_inputs(trainer.normalizer.n_inputs), model.norm_state(),
    )
    save_weights(out, wf)


def _save_session(path: str, trainer: Trainer, points: PointSet, settings: DatasetSettings,
                  history: list[Metrics], class_names: list[str] | None,
                  replay: ReplayHistory | None, view: Extent,
                  view_settings: dict[str, Any] | None = None) -> None:
    """The run as a session, through the same session model the window saves; its view
    shows ``view`` (the data's extent, which the replay's pictures cover), with
    ``view_settings`` (a link's) besides."""
    model = SessionModel(trainer.config, points, class_names, settings)
    if replay is not None:
        model.replay = replay
    model.append_history(np.array([metrics_row(m) for m in history]))
    model.record_state(TrainerState.of(trainer))  # the normalised layers' state too
    save_session(path, model.to_session({**(view_settings or {}), "extent": list(view)}))


def _json_value(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _save_notebook(path: str, config: TrainConfig, points: PointSet,
                   settings: DatasetSettings, epochs: int) -> None:
    """``--notebook``: the run as a notebook (``api.notebook``), its points CSV beside it when
    they are too many to write into it."""
    try:
        write_notebook(path, config, points, settings,
                       epochs=epochs if epochs >= 1 else DEFAULT_NOTEBOOK_EPOCHS)
    except PlaygroundError as exc:
        fail(f"--notebook: {exc}")


def _repeat(args: argparse.Namespace, config: TrainConfig,
            points: PointSet) -> int:
    """``--repeat N``: the configuration over N seeds in background processes (module
    docstring)."""
    if args.repeat is None:
        fail("--json-lines applies to --repeat only")
    for flag, value in (("--init", args.init), ("--out", args.out),
                        ("--session", args.session), ("--notebook", args.notebook)):
        if value is not None:
            fail(f"{flag} does not apply with --repeat (its runs keep no weights)")
    n = args.repeat
    if not 1 <= n <= MAX_SEEDS:
        fail(f"--repeat must be between 1 and {MAX_SEEDS} (got {n})")
    if config.seed + n - 1 > MAX_SEED:
        fail(f"--repeat: the seeds {config.seed}..{config.seed + n - 1} go past {MAX_SEED}: "
             "give a smaller --seed or a smaller --repeat")
    configs = seed_configs(config, n)
    jobs = BackgroundJobs()
    outcomes: dict[int, CompareResult | str] = {}
    try:
        ids = {jobs.submit(background_job, c, points, args.epochs): k
               for k, c in enumerate(configs)}
        while len(outcomes) < n:
            for event in jobs.wait(1.0):
                if event.kind in ("done", "error"):
                    outcomes[ids[event.job]] = event.value
    finally:
        jobs.cancel()
    results: list[CompareResult] = []
    errors = diverged = 0
    for k in range(n):
        outcome = outcomes[k]
        seed = configs[k].seed
        if isinstance(outcome, str):
            errors += 1
            print(f"{PROG}: error: seed {seed}: {' '.join(outcome.split())}", file=sys.stderr)
            continue
        results.append(outcome)
        if outcome.message is not None:
            diverged += 1
            print(f"{PROG}: error: seed {seed}: {' '.join(outcome.message.split())}",
                  file=sys.stderr)
        if args.json_lines:
            line = {"seed": seed, **outcome.metrics, "r2": outcome.r2,
                    "stopped": outcome.stopped, "seconds": round(outcome.seconds, 6)}
            print(json.dumps({k: _json_value(v) for k, v in line.items()}), flush=True)
    summary = {"repeat": n, **summary_json(results)}
    print(json.dumps(summary), flush=True)
    if errors:
        return EXIT_ERROR
    return EXIT_DIVERGED if diverged else 0
