<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>NetworkView</name>
        <message>
            <location filename="playground/ui/views/network_readout.py" />
            <source>Bias of {node}</source>
            <translation>Bias von {node}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_readout.py" />
            <source>Click to type a new value.</source>
            <translation>Klicken, um einen neuen Wert einzugeben.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_readout.py" />
            <source>Frozen: training leaves its incoming weights and bias as they are.</source>
            <translation>Eingefroren: Das Training lässt seine eingehenden Gewichte und seinen Bias unverändert.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_readout.py" />
            <source>Hover: its output fills the canvas. Right-click: freeze, prune, restore.</source>
            <translation>Darüberfahren: Seine Ausgabe füllt die Zeichenfläche. Rechtsklick: einfrieren, beschneiden, wiederherstellen.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_readout.py" />
            <source>Input {name}</source>
            <translation>Eingabe {name}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_readout.py" />
            <source>Pruned: its weights are held at 0.</source>
            <translation>Beschnitten: Seine Gewichte werden auf 0 gehalten.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_readout.py" />
            <source>Weight from {source} to {target}</source>
            <translation>Gewicht von {source} zu {target}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_readout.py" />
            <source>bias {formula}</source>
            <translation>Bias {formula}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_readout.py" />
            <source>gradient: not measured yet</source>
            <translation>Gradient: noch nicht gemessen</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_readout.py" />
            <source>mean |δ| = {value} (how strongly the loss pulls on it)</source>
            <translation>mittleres |δ| = {value} (wie stark der Verlust daran zieht)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_readout.py" />
            <source>neuron {unit} of layer {layer}</source>
            <translation>Neuron {unit} der Schicht {layer}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_readout.py" />
            <source>output {unit}</source>
            <translation>Ausgabe {unit}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_readout.py" />
            <source>the output</source>
            <translation>Ausgabe</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_readout.py" />
            <source>{gradient} (at epoch {epoch})</source>
            <translation>{gradient} (in Epoche {epoch})</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_readout.py" />
            <source>{name} is pruned: its weights stay 0. Restore it (right-click it) to type values.</source>
            <translation>{name} ist beschnitten: Seine Gewichte bleiben 0. Zum Eingeben von Werten wiederherstellen (per Rechtsklick).</translation>
        </message>
    </context>
    <context>
        <name>StepThrough</name>
        <message>
            <location filename="playground/ui/stepper.py" />
            <source>&amp;Step through a point…</source>
            <translation>Punkt &amp;Schritt für Schritt verfolgen…</translation>
        </message>
        <message>
            <location filename="playground/ui/stepper.py" />
            <source>Click a training point to step through its training step (Esc cancels)</source>
            <translation>Einen Trainingspunkt anklicken, um seinen Trainingsschritt Schritt für Schritt zu verfolgen (Esc bricht ab)</translation>
        </message>
        <message>
            <location filename="playground/ui/stepper.py" />
            <source>Click a training point, then follow one training step for it with the real numbers (→ / ← / Esc)</source>
            <translation>Einen Trainingspunkt anklicken, dann einen Trainingsschritt für ihn mit den echten Zahlen verfolgen (→ / ← / Esc)</translation>
        </message>
        <message>
            <location filename="playground/ui/stepper.py" />
            <source>No training point there: choose Step through a point again and click on one</source>
            <translation>Dort ist kein Trainingspunkt: „Punkt Schritt für Schritt verfolgen“ erneut wählen und einen anklicken</translation>
        </message>
    </context>
    <context>
        <name>StepThroughDialog</name>
        <message>
            <location filename="playground/ui/dialogs/step_through.py" />
            <source>Step through one training step</source>
            <translation>Ein Trainingsschritt, Schritt für Schritt</translation>
        </message>
    </context>
    <context>
        <name>StepThroughView</name>
        <message numerus="yes">
            <location filename="playground/ui/views/step_format.py" />
            <source>(%n terms)</source>
            <translation>
                <numerusform>(%n Term)</numerusform>
                <numerusform>(%n Terme)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>(bias correction)</source>
            <translation>(Bias-Korrektur)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>(decoupled weight decay)</source>
            <translation>(entkoppelter Weight Decay)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>(held)</source>
            <translation>(festgehalten)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>(weight decay)</source>
            <translation>(Weight Decay)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>(weights only; {l1}, {l2})</source>
            <translation>(nur Gewichte; {l1}, {l2})</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>({schedule} schedule, epoch {epoch})</source>
            <translation>(Zeitplan {schedule}, Epoche {epoch})</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_format.py" />
            <source>1 if &lt;i&gt;z&lt;/i&gt; &amp;gt; 0, else 0</source>
            <translation>1, falls &lt;i&gt;z&lt;/i&gt; &amp;gt; 0, sonst 0</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_format.py" />
            <source>1 if &lt;i&gt;z&lt;/i&gt; &amp;gt; 0, else 0.01</source>
            <translation>1, falls &lt;i&gt;z&lt;/i&gt; &amp;gt; 0, sonst 0.01</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_format.py" />
            <source>1 if &lt;i&gt;z&lt;/i&gt; &amp;gt; 0, else &lt;i&gt;a&lt;/i&gt; + 1</source>
            <translation>1, falls &lt;i&gt;z&lt;/i&gt; &amp;gt; 0, sonst &lt;i&gt;a&lt;/i&gt; + 1</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_format.py" />
            <source>&lt;i&gt;z&lt;/i&gt; if &lt;i&gt;z&lt;/i&gt; &amp;gt; 0, else &lt;i&gt;e&lt;/i&gt;&lt;sup&gt;&lt;i&gt;z&lt;/i&gt;&lt;/sup&gt; − 1</source>
            <translation>&lt;i&gt;z&lt;/i&gt;, falls &lt;i&gt;z&lt;/i&gt; &amp;gt; 0, sonst &lt;i&gt;e&lt;/i&gt;&lt;sup&gt;&lt;i&gt;z&lt;/i&gt;&lt;/sup&gt; − 1</translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_update.py" />
            <source>All %n parameters change at once, each by its own numbers</source>
            <translation>
                <numerusform>Der %n Parameter ändert sich nach seinen eigenen Zahlen</numerusform>
                <numerusform>Alle %n Parameter ändern sich zugleich, jeder nach seinen eigenen Zahlen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_backward.py" />
            <source>Backpropagation starts at the output with δ = ∂&lt;i&gt;L&lt;/i&gt;/∂&lt;i&gt;z&lt;/i&gt;: how much the loss changes when the output neuron's &lt;i&gt;z&lt;/i&gt; moves.</source>
            <translation>Die Backpropagation beginnt am Ausgang mit δ = ∂&lt;i&gt;L&lt;/i&gt;/∂&lt;i&gt;z&lt;/i&gt;: wie stark sich der Verlust ändert, wenn sich das &lt;i&gt;z&lt;/i&gt; des Ausgabeneurons bewegt.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>Backward</source>
            <translation>Rückwärts</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>Cannot step through point {index}: {reason}</source>
            <translation>Punkt {index} lässt sich nicht Schritt für Schritt zeigen: {reason}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>Choose a training point to step through one training step for it: the forward pass, the loss, backpropagation and the optimizer's update, with the numbers.</source>
            <translation>Einen Trainingspunkt wählen, um einen Trainingsschritt für ihn Schritt für Schritt zu verfolgen: den Vorwärtsdurchlauf, den Verlust, die Backpropagation und die Aktualisierung durch den Optimierer, mit allen Zahlen.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_pages.py" />
            <source>Each neuron &lt;i&gt;j&lt;/i&gt; of hidden layer {layer} adds up its %n input, each times its weight, plus its bias: {rule}.</source>
            <translation>
                <numerusform>Jedes Neuron &lt;i&gt;j&lt;/i&gt; der verborgenen Schicht {layer} nimmt seine %n Eingabe mal ihrem Gewicht und addiert seinen Bias: {rule}.</numerusform>
                <numerusform>Jedes Neuron &lt;i&gt;j&lt;/i&gt; der verborgenen Schicht {layer} addiert seine %n Eingaben, jede mal ihrem Gewicht, und dazu seinen Bias: {rule}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_pages.py" />
            <source>Each neuron &lt;i&gt;j&lt;/i&gt; of hidden layer {layer} adds up its %n inputs, each times its weight, plus its bias: {rule}.</source>
            <translation>
                <numerusform>Jedes Neuron &lt;i&gt;j&lt;/i&gt; der verborgenen Schicht {layer} nimmt seine %n Eingabe mal ihrem Gewicht und addiert seinen Bias: {rule}.</numerusform>
                <numerusform>Jedes Neuron &lt;i&gt;j&lt;/i&gt; der verborgenen Schicht {layer} addiert seine %n Eingaben, jede mal ihrem Gewicht, und dazu seinen Bias: {rule}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_pages.py" />
            <source>Each neuron &lt;i&gt;j&lt;/i&gt; of the output layer adds up its %n input, each times its weight, plus its bias: {rule}.</source>
            <translation>
                <numerusform>Jedes Neuron &lt;i&gt;j&lt;/i&gt; der Ausgabeschicht nimmt seine %n Eingabe mal ihrem Gewicht und addiert seinen Bias: {rule}.</numerusform>
                <numerusform>Jedes Neuron &lt;i&gt;j&lt;/i&gt; der Ausgabeschicht addiert seine %n Eingaben, jede mal ihrem Gewicht, und dazu seinen Bias: {rule}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_pages.py" />
            <source>Each neuron &lt;i&gt;j&lt;/i&gt; of the output layer adds up its %n inputs, each times its weight, plus its bias: {rule}.</source>
            <translation>
                <numerusform>Jedes Neuron &lt;i&gt;j&lt;/i&gt; der Ausgabeschicht nimmt seine %n Eingabe mal ihrem Gewicht und addiert seinen Bias: {rule}.</numerusform>
                <numerusform>Jedes Neuron &lt;i&gt;j&lt;/i&gt; der Ausgabeschicht addiert seine %n Eingaben, jede mal ihrem Gewicht, und dazu seinen Bias: {rule}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_backward.py" />
            <source>Each weight's gradient is its input times the neuron's δ, {weight_rule}, and each bias's is the δ itself, {bias_rule}. The largest: {largest}.</source>
            <translation>Der Gradient jedes Gewichts ist seine Eingabe mal dem δ des Neurons, {weight_rule}, und der Gradient jedes Bias ist das δ selbst, {bias_rule}. Der größte: {largest}.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>Finally the optimizer, {optimizer}, moves every parameter against its gradient &lt;i&gt;g&lt;/i&gt;.</source>
            <translation>Zuletzt bewegt der Optimierer, {optimizer}, jeden Parameter entgegen seinem Gradienten &lt;i&gt;g&lt;/i&gt;.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>For example the bias with the largest gradient, {name}:</source>
            <translation>Zum Beispiel der Bias mit dem größten Gradienten, {name}:</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>For example the weight with the largest gradient, {name}:</source>
            <translation>Zum Beispiel das Gewicht mit dem größten Gradienten, {name}:</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>Forward</source>
            <translation>Vorwärts</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>Here {formula}.</source>
            <translation>Hier ist {formula}.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>Input</source>
            <translation>Eingabe</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>Input scaling &lt;b&gt;{scaling}&lt;/b&gt;: first the coordinates are z-scored with the training points' mean μ and standard deviation σ, &lt;i&gt;u&lt;/i&gt; = (&lt;i&gt;x&lt;/i&gt; − μ) / σ:</source>
            <translation>Eingabeskalierung &lt;b&gt;{scaling}&lt;/b&gt;: Zuerst werden die Koordinaten mit dem Mittelwert μ und der Standardabweichung σ der Trainingspunkte standardisiert (z-Wert), &lt;i&gt;u&lt;/i&gt; = (&lt;i&gt;x&lt;/i&gt; − μ) / σ:</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>Input scaling &lt;b&gt;{scaling}&lt;/b&gt;: first the coordinates are z-scored with the training points' mean μ and standard deviation σ, then multiplied by {k}, &lt;i&gt;u&lt;/i&gt; = {k} · (&lt;i&gt;x&lt;/i&gt; − μ) / σ:</source>
            <translation>Eingabeskalierung &lt;b&gt;{scaling}&lt;/b&gt;: Zuerst werden die Koordinaten mit dem Mittelwert μ und der Standardabweichung σ der Trainingspunkte standardisiert (z-Wert), dann mit {k} multipliziert, &lt;i&gt;u&lt;/i&gt; = {k} · (&lt;i&gt;x&lt;/i&gt; − μ) / σ:</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>Input scaling &lt;b&gt;{scaling}&lt;/b&gt;: the network is given the raw coordinates as they are, &lt;i&gt;u&lt;/i&gt; = &lt;i&gt;x&lt;/i&gt;:</source>
            <translation>Eingabeskalierung &lt;b&gt;{scaling}&lt;/b&gt;: Das Netz erhält die Rohkoordinaten unverändert, &lt;i&gt;u&lt;/i&gt; = &lt;i&gt;x&lt;/i&gt;:</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>Input scaling &lt;b&gt;{scaling}&lt;/b&gt;: the raw coordinates times {k}, &lt;i&gt;u&lt;/i&gt; = {k} · &lt;i&gt;x&lt;/i&gt;:</source>
            <translation>Eingabeskalierung &lt;b&gt;{scaling}&lt;/b&gt;: die Rohkoordinaten mal {k}, &lt;i&gt;u&lt;/i&gt; = {k} · &lt;i&gt;x&lt;/i&gt;:</translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_update.py" />
            <source>It keeps running averages from the %n steps before this one.</source>
            <translation>
                <numerusform>Er führt laufende Mittelwerte aus dem %n Schritt davor.</numerusform>
                <numerusform>Er führt laufende Mittelwerte aus den %n Schritten davor.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>Its state from training was not available, so this is shown as its first step.</source>
            <translation>Sein Zustand aus dem Training war nicht verfügbar, daher wird dies als sein erster Schritt gezeigt.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>Leave the step-through (Esc)</source>
            <translation>Schritt für Schritt beenden (Esc)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>Loss</source>
            <translation>Verlust</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>Next →</source>
            <translation>Weiter →</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>One training step for one point, page by page: → or Page Down for the next page, ← or Page Up for the previous one, Home and End for the first and the last, Esc leaves</source>
            <translation>Ein Trainingsschritt für einen Punkt, Seite für Seite: → oder Bild ab zur nächsten Seite, ← oder Bild auf zur vorigen, Pos1 und Ende zur ersten und zur letzten, Esc beendet</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_situation.py" />
            <source>Point {index} at {where}, {truth}: {kind}</source>
            <translation>Punkt {index} bei {where}, {truth}: {kind}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>Step explanation</source>
            <translation>Erklärung des Schritts</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>Step through the maths</source>
            <translation>Die Mathematik Schritt für Schritt</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>Step {index} of {count}: {title}</source>
            <translation>Schritt {index} von {count}: {title}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>Step-through</source>
            <translation>Schritt für Schritt</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>Steps</source>
            <translation>Schritte</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_backward.py" />
            <source>The chain rule sends the error back through the weights that carried the signal forward: {rule}, where {slope} = {slope_rule}.</source>
            <translation>Die Kettenregel schickt den Fehler zurück durch die Gewichte, die das Signal vorwärts getragen haben: {rule}, wobei {slope} = {slope_rule}.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>The loss says how wrong the output is for this point ({loss}):</source>
            <translation>Der Verlust sagt, wie falsch die Ausgabe für diesen Punkt ist ({loss}):</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>The network's inputs are the input features, computed from {names} (x₁ below means u₁):</source>
            <translation>Die Eingaben des Netzes sind die Eingabemerkmale, berechnet aus {names} (x₁ steht unten für u₁):</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>The next step (→)</source>
            <translation>Der nächste Schritt (→)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>The output is the sigmoid of &lt;i&gt;z&lt;/i&gt;, the probability of {positive}: {formula}. So {other}.</source>
            <translation>Die Ausgabe ist das Sigmoid von &lt;i&gt;z&lt;/i&gt;, die Wahrscheinlichkeit von {positive}: {formula}. Also ist {other}.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>The output layer is linear: the prediction is {formula}.</source>
            <translation>Die Ausgabeschicht ist linear: Die Vorhersage ist {formula}.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>The pages of the step; click one to go to it</source>
            <translation>Die Seiten des Schritts; ein Klick öffnet eine Seite</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>The previous step (←)</source>
            <translation>Der vorige Schritt (←)</translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_pages.py" />
            <source>The softmax turns the %n outputs into probabilities: {rule} (here Σ = {total}):</source>
            <translation>
                <numerusform>Softmax macht aus der %n Ausgabe Wahrscheinlichkeiten: {rule} (hier Σ = {total}):</numerusform>
                <numerusform>Softmax macht aus den %n Ausgaben Wahrscheinlichkeiten: {rule} (hier Σ = {total}):</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>The weight penalties ({penalties}) are not part of it; they join the gradient in the update.</source>
            <translation>Die Gewichtsstrafen ({penalties}) gehören nicht dazu; sie kommen bei der Aktualisierung zum Gradienten hinzu.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>Then its activation, {name}: &lt;i&gt;a&lt;/i&gt; = {formula}.</source>
            <translation>Dann seine Aktivierung, {name}: &lt;i&gt;a&lt;/i&gt; = {formula}.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>This is its first step: its running averages start from zero.</source>
            <translation>Dies ist sein erster Schritt: Seine laufenden Mittelwerte beginnen bei null.</translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_update.py" />
            <source>This treats the point as a batch of its own; training averages the gradient over a mini-batch of %n points.</source>
            <translation>
                <numerusform>Hier bildet der Punkt einen eigenen Batch; das Training mittelt den Gradienten über einen Mini-Batch von %n Punkt.</numerusform>
                <numerusform>Hier bildet der Punkt einen eigenen Batch; das Training mittelt den Gradienten über einen Mini-Batch von %n Punkten.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>This treats the point as a batch of its own; training averages the gradient over all the training points.</source>
            <translation>Hier bildet der Punkt einen eigenen Batch; das Training mittelt den Gradienten über alle Trainingspunkte.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>Training reports the mean of this over its points.</source>
            <translation>Das Training meldet den Mittelwert davon über seine Punkte.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>Update</source>
            <translation>Aktualisierung</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>What this page of the training step computes, with the numbers</source>
            <translation>Was diese Seite des Trainingsschritts berechnet, mit den Zahlen</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_situation.py" />
            <source>a test point (training never steps on it)</source>
            <translation>ein Testpunkt (das Training macht mit ihm keinen Schritt)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_situation.py" />
            <source>a training point</source>
            <translation>ein Trainingspunkt</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>after</source>
            <translation>nachher</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_backward.py" />
            <source>backward, {layer}</source>
            <translation>rückwärts, {layer}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>before</source>
            <translation>vorher</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_backward.py" />
            <source>bias ({symbol})</source>
            <translation>Bias ({symbol})</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_backward.py" />
            <source>each wrong class &lt;i&gt;k&lt;/i&gt; whose margin {margin} is &amp;gt; 0 adds 1/{k} to its {delta} and takes 1/{k} from the true class's:</source>
            <translation>Jede falsche Klasse &lt;i&gt;k&lt;/i&gt;, deren Marge {margin} &amp;gt; 0 ist, addiert 1/{k} zu ihrem {delta} und zieht 1/{k} von dem der wahren Klasse ab:</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>feature</source>
            <translation>Merkmal</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>forward, {layer}</source>
            <translation>vorwärts, {layer}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>frozen neuron {unit} of hidden layer {layer} (its weights in and its bias)</source>
            <translation>eingefrorenes Neuron {unit} der verborgenen Schicht {layer} (seine eingehenden Gewichte und sein Bias)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_situation.py" />
            <source>hidden layer {layer}</source>
            <translation>verborgene Schicht {layer}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>input</source>
            <translation>Eingabe</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_situation.py" />
            <source>labels none</source>
            <translation>Labels: keine</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_situation.py" />
            <source>labels {names}</source>
            <translation>Labels {names}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_backward.py" />
            <source>margin {margin} &amp;gt; 0</source>
            <translation>Marge {margin} &amp;gt; 0</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_backward.py" />
            <source>margin {margin} ≤ 0</source>
            <translation>Marge {margin} ≤ 0</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_situation.py" />
            <source>output layer</source>
            <translation>Ausgabeschicht</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>parameter</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>pruned neuron {unit} of hidden layer {layer} (its weights in and out and its bias, held at 0)</source>
            <translation>beschnittenes Neuron {unit} der verborgenen Schicht {layer} (seine ein- und ausgehenden Gewichte und sein Bias, auf 0 gehalten)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_situation.py" />
            <source>target {value}</source>
            <translation>Zielwert {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>the input</source>
            <translation>die Eingabe</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>the loss</source>
            <translation>der Verlust</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_backward.py" />
            <source>the margin 1 − &lt;i&gt;y&lt;/i&gt;·&lt;i&gt;z&lt;/i&gt; = {margin} is &amp;gt; 0, so {delta} = −&lt;i&gt;y&lt;/i&gt;</source>
            <translation>die Marge 1 − &lt;i&gt;y&lt;/i&gt;·&lt;i&gt;z&lt;/i&gt; = {margin} ist &amp;gt; 0, also {delta} = −&lt;i&gt;y&lt;/i&gt;</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_backward.py" />
            <source>the margin 1 − &lt;i&gt;y&lt;/i&gt;·&lt;i&gt;z&lt;/i&gt; = {margin} is ≤ 0 (far enough on the right side), so {delta} = 0</source>
            <translation>die Marge 1 − &lt;i&gt;y&lt;/i&gt;·&lt;i&gt;z&lt;/i&gt; = {margin} ist ≤ 0 (weit genug auf der richtigen Seite), also {delta} = 0</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_situation.py" />
            <source>the points are for {points} but the network for {network}</source>
            <translation>die Punkte sind für {points}, das Netz aber für {network}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_backward.py" />
            <source>the sigmoid's slope cancels against the log's</source>
            <translation>die Steigung des Sigmoids kürzt sich gegen die des Logarithmus</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_format.py" />
            <source>the slope of the GELU curve at &lt;i&gt;z&lt;/i&gt;</source>
            <translation>die Steigung der GELU-Kurve bei &lt;i&gt;z&lt;/i&gt;</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_backward.py" />
            <source>the true class</source>
            <translation>die wahre Klasse</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_situation.py" />
            <source>there is no point {index} (the set has {count})</source>
            <translation>es gibt keinen Punkt {index} (die Menge hat {count})</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>update ({optimizer})</source>
            <translation>Aktualisierung ({optimizer})</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>with &lt;i&gt;r&lt;/i&gt; = ŷ − &lt;i&gt;t&lt;/i&gt; = {r}: &lt;i&gt;L&lt;/i&gt; = ½·&lt;i&gt;r&lt;/i&gt;² if |&lt;i&gt;r&lt;/i&gt;| ≤ 1, else |&lt;i&gt;r&lt;/i&gt;| − ½; here {case}</source>
            <translation>mit &lt;i&gt;r&lt;/i&gt; = ŷ − &lt;i&gt;t&lt;/i&gt; = {r}: &lt;i&gt;L&lt;/i&gt; = ½·&lt;i&gt;r&lt;/i&gt;², falls |&lt;i&gt;r&lt;/i&gt;| ≤ 1, sonst |&lt;i&gt;r&lt;/i&gt;| − ½; hier {case}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>with &lt;i&gt;y&lt;/i&gt; = {y} (the class as ±1): {formula}</source>
            <translation>mit &lt;i&gt;y&lt;/i&gt; = {y} (die Klasse als ±1): {formula}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_backward.py" />
            <source>with its softmax head, cross-entropy gives {formula}:</source>
            <translation>mit ihrem Softmax-Kopf ergibt die Kreuzentropie {formula}:</translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_update.py" />
            <source>{caption}. The %n that move most:</source>
            <translation>
                <numerusform>{caption}. Der %n, der sich am meisten bewegt:</numerusform>
                <numerusform>{caption}. Die %n, die sich am meisten bewegen:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_update.py" />
            <source>{changing} of the {total} parameters change at once, each by its own numbers; %n are held, keeping their values: {neurons}</source>
            <translation>
                <numerusform>{changing} der {total} Parameter ändern sich zugleich, jeder nach seinen eigenen Zahlen; %n wird festgehalten und behält seinen Wert: {neurons}</numerusform>
                <numerusform>{changing} der {total} Parameter ändern sich zugleich, jeder nach seinen eigenen Zahlen; %n werden festgehalten und behalten ihre Werte: {neurons}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_update.py" />
            <source>{changing} of the {total} parameters change at once, each by its own numbers; %n is held, keeping their values: {neurons}</source>
            <translation>
                <numerusform>{changing} der {total} Parameter ändern sich zugleich, jeder nach seinen eigenen Zahlen; %n wird festgehalten und behält seinen Wert: {neurons}</numerusform>
                <numerusform>{changing} der {total} Parameter ändern sich zugleich, jeder nach seinen eigenen Zahlen; %n werden festgehalten und behalten ihre Werte: {neurons}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_backward.py" />
            <source>{delta} = &lt;i&gt;r&lt;/i&gt; if |&lt;i&gt;r&lt;/i&gt;| ≤ 1, else sign(&lt;i&gt;r&lt;/i&gt;); with &lt;i&gt;r&lt;/i&gt; = {r}: {delta} = {value}</source>
            <translation>{delta} = &lt;i&gt;r&lt;/i&gt;, falls |&lt;i&gt;r&lt;/i&gt;| ≤ 1, sonst sign(&lt;i&gt;r&lt;/i&gt;); mit &lt;i&gt;r&lt;/i&gt; = {r}: {delta} = {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>{formula}; here &lt;i&gt;t&lt;/i&gt; = {t}, so</source>
            <translation>{formula}; hier ist &lt;i&gt;t&lt;/i&gt; = {t}, also</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_backward.py" />
            <source>{gradient}, and through the softmax {delta}; here the sum is {total}:</source>
            <translation>{gradient}, und durch das Softmax {delta}; hier ist die Summe {total}:</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_format.py" />
            <source>{items} and {last}</source>
            <translation>{items} und {last}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>{loss} (the probability of the true class) = {value}</source>
            <translation>{loss} (die Wahrscheinlichkeit der wahren Klasse) = {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>{point}; the network at epoch {epoch}. Nothing changes until you train.</source>
            <translation>{point}; das Netz in Epoche {epoch}. Bis zum nächsten Training ändert sich nichts.</translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_backward.py" />
            <source>… %n more</source>
            <translation>
                <numerusform>… %n weitere</numerusform>
                <numerusform>… %n weitere</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_backward.py" />
            <location filename="playground/ui/views/step_pages.py" />
            <source>… and %n more neurons, the same way.</source>
            <translation>
                <numerusform>… und %n weiteres Neuron, genauso.</numerusform>
                <numerusform>… und %n weitere Neuronen, genauso.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>← Back</source>
            <translation>← Zurück</translation>
        </message>
    </context>
    <context>
        <name>ValueEditor</name>
        <message>
            <location filename="playground/ui/views/network_editing.py" />
            <source>&amp;Freeze neuron</source>
            <translation>Neuron &amp;einfrieren</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_editing.py" />
            <source>&amp;Prune neuron</source>
            <translation>Neuron &amp;beschneiden</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_editing.py" />
            <source>&amp;Restore neuron</source>
            <translation>Neuron &amp;wiederherstellen</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_editing.py" />
            <source>Enter applies, Esc cancels</source>
            <translation>Enter übernimmt, Esc bricht ab</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_editing.py" />
            <source>Hold its weights at 0, as if it were gone</source>
            <translation>Seine Gewichte auf 0 halten, als gäbe es das Neuron nicht</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_editing.py" />
            <source>Neuron {unit} of layer {layer}</source>
            <translation>Neuron {unit} der Schicht {layer}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_editing.py" />
            <source>Train it as usual</source>
            <translation>Wie gewohnt trainieren</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_editing.py" />
            <source>Training leaves its incoming weights and bias as they are</source>
            <translation>Das Training lässt seine eingehenden Gewichte und seinen Bias unverändert</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_editing.py" />
            <source>Type a number, e.g. 0.5 or -1.2e-3</source>
            <translation>Eine Zahl eingeben, z. B. 0,5 oder -1,2e-3</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_editing.py" />
            <source>Type a value between −{limit} and {limit}</source>
            <translation>Einen Wert zwischen −{limit} und {limit} eingeben</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_editing.py" />
            <source>“{text}” is not a number: type e.g. 0.5 or -1.2e-3</source>
            <translation>„{text}“ ist keine Zahl: z. B. 0,5 oder -1,2e-3 eingeben</translation>
        </message>
    </context>
</TS>
