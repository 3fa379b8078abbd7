<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
    <context>
        <name>ConfusionTable</name>
        <message numerus="yes">
            <location filename="playground/ui/views/confusion_table.py" />
            <source>%n point(s) of {true} predicted as {predicted} ({share} of the row)</source>
            <translation>
                <numerusform>%n point of {true} predicted as {predicted} ({share} of the row)</numerusform>
                <numerusform>%n points of {true} predicted as {predicted} ({share} of the row)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LessonsDialog</name>
        <message numerus="yes">
            <location filename="playground/ui/dialogs/lessons.py" />
            <source>{title}  (%n step(s))</source>
            <translation>
                <numerusform>{title}  (%n step)</numerusform>
                <numerusform>{title}  (%n steps)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NetworkPanel</name>
        <message numerus="yes">
            <location filename="playground/ui/panels/network_panel.py" />
            <source>%n hidden layer(s)</source>
            <translation>
                <numerusform>%n hidden layer</numerusform>
                <numerusform>%n hidden layers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Layer {number} has %n unit(s)</source>
            <translation>
                <numerusform>Layer {number} has %n unit</numerusform>
                <numerusform>Layer {number} has %n units</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NotebookDialog</name>
        <message numerus="yes">
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>%n row(s) written to {path}.</source>
            <translation>
                <numerusform>%n row written to {path}.</numerusform>
                <numerusform>%n rows written to {path}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message numerus="yes">
            <location filename="playground/ui/controllers/recovery.py" />
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n point</numerusform>
                <numerusform>%n points</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/controllers/recovery.py" />
            <source>%n replay frame(s)</source>
            <translation>
                <numerusform>%n replay frame</numerusform>
                <numerusform>%n replay frames</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RegionsView</name>
        <message numerus="yes">
            <location filename="playground/ui/views/regions_view.py" />
            <source>%n linear region(s) on a {size} × {size} grid</source>
            <translation>
                <numerusform>%n linear region on a {size} × {size} grid</numerusform>
                <numerusform>%n linear regions on a {size} × {size} grid</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReplayBar</name>
        <message numerus="yes">
            <location filename="playground/ui/views/replay_bar.py" />
            <source>{count} epoch(s)</source>
            <translation>
                <numerusform>{count} epoch</numerusform>
                <numerusform>{count} epochs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/replay_bar.py" />
            <source>{count} frame(s)</source>
            <translation>
                <numerusform>{count} frame</numerusform>
                <numerusform>{count} frames</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StepThroughView</name>
        <message numerus="yes">
            <location filename="playground/ui/views/step_format.py" />
            <source>(%n terms)</source>
            <translation>
                <numerusform>(%n terms)</numerusform>
                <numerusform>(%n terms)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_layers.py" />
            <source>&lt;b&gt;Layer norm.&lt;/b&gt; Before the activation, the layer's %n values &lt;i&gt;z&lt;/i&gt; are normalised by the point's own mean μ and variance σ² over the layer's units, then scaled and shifted by the learned γ and β: {rule} (ε = {eps}). Here μ = {mean} and σ² = {var}, so √(σ² + ε) = {std}.</source>
            <translation>
                <numerusform>&lt;b&gt;Layer norm.&lt;/b&gt; Before the activation, the layer's %n values &lt;i&gt;z&lt;/i&gt; are normalised by the point's own mean μ and variance σ² over the layer's units, then scaled and shifted by the learned γ and β: {rule} (ε = {eps}). Here μ = {mean} and σ² = {var}, so √(σ² + ε) = {std}.</numerusform>
                <numerusform>&lt;b&gt;Layer norm.&lt;/b&gt; Before the activation, the layer's %n values &lt;i&gt;z&lt;/i&gt; are normalised by the point's own mean μ and variance σ² over the layer's units, then scaled and shifted by the learned γ and β: {rule} (ε = {eps}). Here μ = {mean} and σ² = {var}, so √(σ² + ε) = {std}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_update.py" />
            <source>All %n parameters change at once, each by its own numbers</source>
            <translation>
                <numerusform>All %n parameters change at once, each by its own numbers</numerusform>
                <numerusform>All %n parameters change at once, each by its own numbers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_pages.py" />
            <source>Each neuron &lt;i&gt;j&lt;/i&gt; of hidden layer {layer} adds up its %n input, each times its weight, plus its bias: {rule}.</source>
            <translation>
                <numerusform>Each neuron &lt;i&gt;j&lt;/i&gt; of hidden layer {layer} adds up its %n input, each times its weight, plus its bias: {rule}.</numerusform>
                <numerusform>Each neuron &lt;i&gt;j&lt;/i&gt; of hidden layer {layer} adds up its %n input, each times its weight, plus its bias: {rule}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_pages.py" />
            <source>Each neuron &lt;i&gt;j&lt;/i&gt; of hidden layer {layer} adds up its %n inputs, each times its weight, plus its bias: {rule}.</source>
            <translation>
                <numerusform>Each neuron &lt;i&gt;j&lt;/i&gt; of hidden layer {layer} adds up its %n inputs, each times its weight, plus its bias: {rule}.</numerusform>
                <numerusform>Each neuron &lt;i&gt;j&lt;/i&gt; of hidden layer {layer} adds up its %n inputs, each times its weight, plus its bias: {rule}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_pages.py" />
            <source>Each neuron &lt;i&gt;j&lt;/i&gt; of the output layer adds up its %n input, each times its weight, plus its bias: {rule}.</source>
            <translation>
                <numerusform>Each neuron &lt;i&gt;j&lt;/i&gt; of the output layer adds up its %n input, each times its weight, plus its bias: {rule}.</numerusform>
                <numerusform>Each neuron &lt;i&gt;j&lt;/i&gt; of the output layer adds up its %n input, each times its weight, plus its bias: {rule}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_pages.py" />
            <source>Each neuron &lt;i&gt;j&lt;/i&gt; of the output layer adds up its %n inputs, each times its weight, plus its bias: {rule}.</source>
            <translation>
                <numerusform>Each neuron &lt;i&gt;j&lt;/i&gt; of the output layer adds up its %n inputs, each times its weight, plus its bias: {rule}.</numerusform>
                <numerusform>Each neuron &lt;i&gt;j&lt;/i&gt; of the output layer adds up its %n inputs, each times its weight, plus its bias: {rule}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_update.py" />
            <source>It keeps running averages from the %n steps before this one.</source>
            <translation>
                <numerusform>It keeps running averages from the %n steps before this one.</numerusform>
                <numerusform>It keeps running averages from the %n steps before this one.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_pages.py" />
            <source>The softmax turns the %n outputs into probabilities: {rule} (here Σ = {total}):</source>
            <translation>
                <numerusform>The softmax turns the %n outputs into probabilities: {rule} (here Σ = {total}):</numerusform>
                <numerusform>The softmax turns the %n outputs into probabilities: {rule} (here Σ = {total}):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_update.py" />
            <source>This treats the point as a batch of its own; training averages the gradient over a mini-batch of %n points.</source>
            <translation>
                <numerusform>This treats the point as a batch of its own; training averages the gradient over a mini-batch of %n points.</numerusform>
                <numerusform>This treats the point as a batch of its own; training averages the gradient over a mini-batch of %n points.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_update.py" />
            <source>{caption}. The %n that move most:</source>
            <translation>
                <numerusform>{caption}. The %n that move most:</numerusform>
                <numerusform>{caption}. The %n that move most:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_update.py" />
            <source>{changing} of the {total} parameters change at once, each by its own numbers; %n are held, keeping their values: {neurons}</source>
            <translation>
                <numerusform>{changing} of the {total} parameters change at once, each by its own numbers; %n are held, keeping their values: {neurons}</numerusform>
                <numerusform>{changing} of the {total} parameters change at once, each by its own numbers; %n are held, keeping their values: {neurons}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_update.py" />
            <source>{changing} of the {total} parameters change at once, each by its own numbers; %n is held, keeping their values: {neurons}</source>
            <translation>
                <numerusform>{changing} of the {total} parameters change at once, each by its own numbers; %n is held, keeping their values: {neurons}</numerusform>
                <numerusform>{changing} of the {total} parameters change at once, each by its own numbers; %n is held, keeping their values: {neurons}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_backward.py" />
            <source>… %n more</source>
            <translation>
                <numerusform>… %n more</numerusform>
                <numerusform>… %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_backward.py" />
            <location filename="playground/ui/views/step_layers.py" />
            <location filename="playground/ui/views/step_pages.py" />
            <source>… and %n more neurons, the same way.</source>
            <translation>
                <numerusform>… and %n more neurons, the same way.</numerusform>
                <numerusform>… and %n more neurons, the same way.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SweepDialog</name>
        <message numerus="yes">
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>%n run(s)</source>
            <translation>
                <numerusform>%n run</numerusform>
                <numerusform>%n runs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Training %n combination(s) for {epochs} epochs…</source>
            <translation>
                <numerusform>Training %n combination for {epochs} epochs…</numerusform>
                <numerusform>Training %n combinations for {epochs} epochs…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Training %n combination(s) × {seeds} seeds for {epochs} epochs…</source>
            <translation>
                <numerusform>Training %n combination × {seeds} seeds for {epochs} epochs…</numerusform>
                <numerusform>Training %n combinations × {seeds} seeds for {epochs} epochs…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SweepMap</name>
        <message numerus="yes">
            <location filename="playground/ui/sweep_map.py" />
            <source>Done: %n run(s) failed (hover a cell for its count).</source>
            <translation>
                <numerusform>Done: %n run failed (hover a cell for its count).</numerusform>
                <numerusform>Done: %n runs failed (hover a cell for its count).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrainingPanel</name>
        <message numerus="yes">
            <location filename="playground/ui/panels/training_panel.py" />
            <source>%n training point(s)</source>
            <translation>
                <numerusform>%n training point</numerusform>
                <numerusform>%n training points</numerusform>
            </translation>
        </message>
    </context>
</TS>
