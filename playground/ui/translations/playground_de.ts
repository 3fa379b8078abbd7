<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>CanvasView</name>
        <message>
            <location filename="playground/ui/views/canvas.py" />
            <source>not {label}</source>
            <translation>nicht {label}</translation>
        </message>
    </context>
    <context>
        <name>Colors</name>
        <message>
            <location filename="playground/pictures/colors.py" />
            <source>blue</source>
            <translation>blau</translation>
        </message>
        <message>
            <location filename="playground/pictures/colors.py" />
            <source>orange</source>
            <translation>orange</translation>
        </message>
    </context>
    <context>
        <name>ConfusionTable</name>
        <message numerus="yes">
            <location filename="playground/ui/views/confusion_table.py" />
            <source>%n point(s) of {true} predicted as {predicted} ({share} of the row)</source>
            <translation>
                <numerusform>%n Punkt von {true} als {predicted} vorhergesagt ({share} der Zeile)</numerusform>
                <numerusform>%n Punkte von {true} als {predicted} vorhergesagt ({share} der Zeile)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/views/confusion_table.py" />
            <source>predicted class: {label}</source>
            <translation>vorhergesagte Klasse: {label}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/confusion_table.py" />
            <source>true class: {label}</source>
            <translation>wahre Klasse: {label}</translation>
        </message>
    </context>
    <context>
        <name>DiagnosticsView</name>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>&amp;Show:</source>
            <translation>&amp;Zeigen:</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>Confusion matrix on the test split: rows are the true classes, columns the predicted ones</source>
            <translation>Konfusionsmatrix auf den Testdaten: Zeilen sind die wahren Klassen, Spalten die vorhergesagten</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>Confusion matrix on the training split: rows are the true classes, columns the predicted ones</source>
            <translation>Konfusionsmatrix auf den Trainingsdaten: Zeilen sind die wahren Klassen, Spalten die vorhergesagten</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>Dead ReLU units</source>
            <translation>Tote ReLU-Neuronen</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>Gradient norm</source>
            <translation>Gradientennorm</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>How much the last optimizer step changed each layer relative to its size (weights and biases). Around 1e-3 is healthy; far below learns slowly, far above is unstable.</source>
            <translation>Wie stark der letzte Schritt des Optimierers jede Schicht im Verhältnis zu ihrer Größe verändert hat (Gewichte und Bias). Um 1e-3 ist gesund; weit darunter lernt langsam, weit darüber ist instabil.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>No diagnostics yet: they appear while training runs.</source>
            <translation>Noch keine Diagnosen: Sie erscheinen, während das Training läuft.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>R² {r2} · RMSE {rmse} (on the test split)</source>
            <translation>R² {r2} · RMSE {rmse} (auf den Testdaten)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>R² {r2} · RMSE {rmse} (on the training split)</source>
            <translation>R² {r2} · RMSE {rmse} (auf den Trainingsdaten)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>Saturated units</source>
            <translation>Gesättigte Neuronen</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>The fraction of each hidden layer's ReLU units that output 0 for every training point: they get no gradient and no longer learn. Always 0 for other activations.</source>
            <translation>Der Anteil der ReLU-Neuronen jeder verborgenen Schicht, die für jeden Trainingspunkt 0 ausgeben: Sie bekommen keinen Gradienten und lernen nicht mehr. Bei anderen Aktivierungen immer 0.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>The fraction of each hidden layer's outputs (over the training points) in the flat ends of tanh (|a| &gt; {tanh}) or sigmoid (a &lt; {low} or &gt; {high}), where the gradient almost vanishes. Always 0 for other activations.</source>
            <translation>Der Anteil der Ausgaben jeder verborgenen Schicht (über die Trainingspunkte) in den flachen Enden von tanh (|a| &gt; {tanh}) oder Sigmoid (a &lt; {low} oder &gt; {high}), wo der Gradient fast verschwindet. Bei anderen Aktivierungen immer 0.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>The size (Euclidean norm) of each layer's full-batch gradient, weights and biases. Vanishing gradients fall towards 0 in the first layers; exploding ones grow.</source>
            <translation>Die Größe (euklidische Norm) des Gradienten jeder Schicht über alle Daten, für Gewichte und Bias. Verschwindende Gradienten fallen in den ersten Schichten gegen 0; explodierende wachsen.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>The size (Euclidean norm) of each layer's weights (biases left out). Growing without end hints at too little regularisation.</source>
            <translation>Die Größe (euklidische Norm) der Gewichte jeder Schicht (ohne Bias). Wächst sie ohne Ende, fehlt es vermutlich an Regularisierung.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>Training accuracy {train}</source>
            <translation>Trainingsgenauigkeit {train}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>Training accuracy {train} · test accuracy {test}</source>
            <translation>Trainingsgenauigkeit {train} · Testgenauigkeit {test}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>Update / weight ratio</source>
            <translation>Verhältnis Schritt / Gewicht</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>Weight norm</source>
            <translation>Gewichtsnorm</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>Which number to follow per layer (hover an entry for what it means)</source>
            <translation>Welche Größe pro Schicht verfolgt wird (mit der Maus über einen Eintrag zeigt, was sie bedeutet)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>epoch</source>
            <translation>Epoche</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>fraction of outputs</source>
            <translation>Anteil der Ausgaben</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>fraction of units</source>
            <translation>Anteil der Neuronen</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>layer {n}</source>
            <translation>Schicht {n}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>output</source>
            <translation>Ausgabe</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>‖gradient‖</source>
            <translation>‖Gradient‖</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>‖step‖ / ‖W‖</source>
            <translation>‖Schritt‖ / ‖W‖</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <location filename="playground/ui/views/curve_drawing.py" />
            <location filename="playground/ui/views/drawing.py" />
            <source>Add point</source>
            <translation>Punkt hinzufügen</translation>
        </message>
        <message>
            <location filename="playground/ui/views/curve_drawing.py" />
            <location filename="playground/ui/views/drawing.py" />
            <source>Erase points</source>
            <translation>Punkte radieren</translation>
        </message>
        <message>
            <location filename="playground/ui/views/curve_drawing.py" />
            <location filename="playground/ui/views/drawing.py" />
            <source>Paint points</source>
            <translation>Punkte malen</translation>
        </message>
    </context>
    <context>
        <name>FocusMap</name>
        <message>
            <location filename="playground/ui/views/focus_map.py" />
            <source>Neuron {unit} of layer {layer}: {low} … {high}</source>
            <translation>Neuron {unit} der Schicht {layer}: {low} … {high}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/focus_map.py" />
            <source>neuron {unit}, layer {layer}</source>
            <translation>Neuron {unit}, Schicht {layer}</translation>
        </message>
    </context>
    <context>
        <name>HiddenSpaceView</name>
        <message>
            <location filename="playground/ui/views/hidden_space_view.py" />
            <source>&amp;Layer:</source>
            <translation>&amp;Schicht:</translation>
        </message>
        <message>
            <location filename="playground/ui/views/hidden_space_view.py" />
            <source>Principal components</source>
            <translation>Hauptkomponenten</translation>
        </message>
        <message>
            <location filename="playground/ui/views/hidden_space_view.py" />
            <source>Project the layer's outputs onto their first two principal components (the directions they vary most along), or show two of its units' outputs</source>
            <translation>Die Ausgaben der Schicht auf ihre ersten beiden Hauptkomponenten projizieren (die Richtungen, in denen sie am stärksten variieren) oder die Ausgaben zweier ihrer Neuronen zeigen</translation>
        </message>
        <message>
            <location filename="playground/ui/views/hidden_space_view.py" />
            <source>The hidden layer whose outputs place the points</source>
            <translation>Die verborgene Schicht, deren Ausgaben die Punkte platzieren</translation>
        </message>
        <message>
            <location filename="playground/ui/views/hidden_space_view.py" />
            <source>The network has no hidden layer: add one to see how it transforms the plane.</source>
            <translation>Das Netz hat keine verborgene Schicht: Füge eine hinzu, um zu sehen, wie sie die Ebene verformt.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/hidden_space_view.py" />
            <source>The unit whose output is the horizontal axis</source>
            <translation>Das Neuron, dessen Ausgabe die waagerechte Achse ist</translation>
        </message>
        <message>
            <location filename="playground/ui/views/hidden_space_view.py" />
            <source>The unit whose output is the vertical axis</source>
            <translation>Das Neuron, dessen Ausgabe die senkrechte Achse ist</translation>
        </message>
        <message>
            <location filename="playground/ui/views/hidden_space_view.py" />
            <source>Two units</source>
            <translation>Zwei Neuronen</translation>
        </message>
        <message>
            <location filename="playground/ui/views/hidden_space_view.py" />
            <source>hidden layer {n}</source>
            <translation>verborgene Schicht {n}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/hidden_space_view.py" />
            <source>unit {n}</source>
            <translation>Neuron {n}</translation>
        </message>
    </context>
    <context>
        <name>LandscapeView</name>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_drawing.py" />
            <source> · no trajectory yet</source>
            <translation> · noch kein Pfad</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>Coarse ({n} × {n})</source>
            <translation>Grob ({n} × {n})</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>Compute</source>
            <translation>Berechnen</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>Compute the loss around the current weights (in the background)</source>
            <translation>Den Verlust rund um die aktuellen Gewichte berechnen (im Hintergrund)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>Computing…</source>
            <translation>Berechne…</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>Computing… {done} of {total} rows</source>
            <translation>Berechne… {done} von {total} Zeilen</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>Could not compute the landscape: {reason}</source>
            <translation>Die Verlustlandschaft konnte nicht berechnet werden: {reason}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>Fine ({n} × {n}, slower)</source>
            <translation>Fein ({n} × {n}, langsamer)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>How many points of the plane to evaluate the loss at</source>
            <translation>An wie vielen Punkten der Ebene der Verlust berechnet wird</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_drawing.py" />
            <source>Loss {loss} at the centre (epoch {epoch}) · {n} × {n} grid · took {seconds} s</source>
            <translation>Verlust {loss} in der Mitte (Epoche {epoch}) · Gitter {n} × {n} · dauerte {seconds} s</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>Normal ({n} × {n})</source>
            <translation>Normal ({n} × {n})</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>Nothing to compute yet: the network has no weights.</source>
            <translation>Noch nichts zu berechnen: Das Netz hat keine Gewichte.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>Press Compute to map the loss around the current weights.</source>
            <translation>„Berechnen“ kartiert den Verlust rund um die aktuellen Gewichte.</translation>
        </message>
        <message>
            <location filename="playground/training/landscape.py" />
            <source>Principal directions of the trajectory</source>
            <translation>Hauptrichtungen des Pfads</translation>
        </message>
        <message>
            <location filename="playground/training/landscape.py" />
            <source>Random directions (filter-normalised)</source>
            <translation>Zufällige Richtungen (filternormiert)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>Random directions: two Gaussian directions, each unit's part scaled to that unit's weights (Li et al. 2018). Principal directions: the plane the weights moved in the most so far (needs a few saved epochs).</source>
            <translation>Zufällige Richtungen: zwei gaußsche Richtungen, der Anteil jedes Neurons auf dessen Gewichte skaliert (Li et al. 2018). Hauptrichtungen: die Ebene, in der sich die Gewichte bisher am meisten bewegt haben (braucht einige gespeicherte Epochen).</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>Recompute</source>
            <translation>Neu berechnen</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>Recompute every</source>
            <translation>Neu berechnen alle</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>Recompute on this period while the weights change (training)</source>
            <translation>In diesem Abstand neu berechnen, solange sich die Gewichte ändern (Training)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>Recompute period</source>
            <translation>Abstand der Neuberechnung</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>The current weights</source>
            <translation>Die aktuellen Gewichte</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>The first saved weights of the path</source>
            <translation>Die ersten gespeicherten Gewichte des Pfads</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>direction 1</source>
            <translation>Richtung 1</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>direction 2</source>
            <translation>Richtung 2</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_drawing.py" />
            <source>infinite</source>
            <translation>unendlich</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>log₁₀ loss</source>
            <translation>log₁₀ Verlust</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_drawing.py" />
            <source>not a number</source>
            <translation>keine Zahl</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_drawing.py" />
            <source>principal direction {n} ({share} of the path's variance)</source>
            <translation>Hauptrichtung {n} ({share} der Varianz des Pfads)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_drawing.py" />
            <source>random direction {n} (filter-normalised)</source>
            <translation>zufällige Richtung {n} (filternormiert)</translation>
        </message>
    </context>
    <context>
        <name>LossPlot</name>
        <message>
            <location filename="playground/ui/views/loss_plot.py" />
            <source>&lt;b&gt;epoch {epoch}:&lt;/b&gt;</source>
            <translation>&lt;b&gt;Epoche {epoch}:&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="playground/ui/views/loss_plot.py" />
            <source>Also draw the running train loss (dotted): the mean over each epoch's mini-batches of their loss before each update, as a per-sample SGD loop prints it (times the number of training points for a loop that sums). The solid train loss is the whole training set's at the end of the epoch.</source>
            <translation>Auch den laufenden Trainingsverlust zeichnen (gepunktet): der Mittelwert über die Mini-Batches jeder Epoche, jeweils vor ihrem Schritt gemessen, wie ihn eine SGD-Schleife pro Beispiel ausgibt (mal der Zahl der Trainingspunkte bei einer Schleife, die summiert). Der durchgezogene Trainingsverlust ist der über alle Trainingsdaten am Ende der Epoche.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/loss_plot.py" />
            <source>Logarithmic loss axis</source>
            <translation>Logarithmische Verlustachse</translation>
        </message>
        <message>
            <location filename="playground/ui/views/loss_plot.py" />
            <source>accuracy</source>
            <translation>Genauigkeit</translation>
        </message>
        <message>
            <location filename="playground/ui/views/loss_plot.py" />
            <source>epoch</source>
            <translation>Epoche</translation>
        </message>
        <message>
            <location filename="playground/ui/views/loss_plot.py" />
            <source>log y</source>
            <translation>log y</translation>
        </message>
        <message>
            <location filename="playground/ui/views/loss_plot.py" />
            <source>loss</source>
            <translation>Verlust</translation>
        </message>
        <message>
            <location filename="playground/ui/views/loss_plot.py" />
            <source>running</source>
            <translation>laufend</translation>
        </message>
        <message>
            <location filename="playground/ui/views/loss_plot.py" />
            <source>{swatch} running train loss {value}</source>
            <translation>{swatch} laufender Trainingsverlust {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/loss_plot.py" />
            <source>{swatch} test acc {value}</source>
            <translation>{swatch} Test-Gen. {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/loss_plot.py" />
            <source>{swatch} test exact match {value}</source>
            <translation>{swatch} Test exakt {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/loss_plot.py" />
            <source>{swatch} test loss {value}</source>
            <translation>{swatch} Testverlust {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/loss_plot.py" />
            <source>{swatch} train acc {value}</source>
            <translation>{swatch} Train-Gen. {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/loss_plot.py" />
            <source>{swatch} train exact match {value}</source>
            <translation>{swatch} Train exakt {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/loss_plot.py" />
            <source>{swatch} train loss {value}</source>
            <translation>{swatch} Trainingsverlust {value}</translation>
        </message>
    </context>
    <context>
        <name>NetworkDiagram</name>
        <message>
            <location filename="playground/ui/views/network_diagram.py" />
            <source>inputs</source>
            <translation>Eingaben</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_diagram.py" />
            <source>layer {n}
{units} · {activation}</source>
            <translation>Schicht {n}
{units} · {activation}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_diagram.py" />
            <source>output</source>
            <translation>Ausgabe</translation>
        </message>
    </context>
    <context>
        <name>NetworkView</name>
        <message>
            <location filename="playground/ui/views/network_view.py" />
            <source>Bias of {node}</source>
            <translation>Bias von {node}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_view.py" />
            <source>Gradient flow · link width: |∂L/∂w| · purple halo: mean |δ| · log scale, {decades} decades below the largest</source>
            <translation>Gradientenfluss · Linienbreite: |∂L/∂w| · violetter Schein: mittleres |δ| · logarithmisch, {decades} Dekaden unter dem größten</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_view.py" />
            <source>Gradient flow: gradients not measured yet</source>
            <translation>Gradientenfluss: Gradienten noch nicht gemessen</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_view.py" />
            <source>Weight from {source} to {target}</source>
            <translation>Gewicht von {source} zu {target}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_view.py" />
            <source>{negative}: negative · {positive}: positive</source>
            <translation>{negative}: negativ · {positive}: positiv</translation>
        </message>
    </context>
    <context>
        <name>ReplayBar</name>
        <message>
            <location filename="playground/ui/views/replay_bar.py" />
            <source>A frame is kept at most every {epochs} (each picture drawn while training is offered); when the replay would pass its memory cap, every other frame goes and the spacing doubles, so a run of any length fits.</source>
            <translation>Höchstens alle {epochs} wird ein Bild behalten (jedes während des Trainings gezeichnete Bild wird angeboten); würde die Wiedergabe ihre Speichergrenze überschreiten, fällt jedes zweite Bild weg und der Abstand verdoppelt sich, sodass ein Lauf jeder Länge hineinpasst.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/replay_bar.py" />
            <source>Back to the live network (Esc)</source>
            <translation>Zurück zum laufenden Netz (Esc)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/replay_bar.py" />
            <source>Continue from here</source>
            <translation>Von hier weitermachen</translation>
        </message>
        <message>
            <location filename="playground/ui/views/replay_bar.py" />
            <source>Drag to travel through the run</source>
            <translation>Ziehen, um durch den Lauf zu reisen</translation>
        </message>
        <message>
            <location filename="playground/ui/views/replay_bar.py" />
            <source>How the run is kept: a frame every so many epochs, thinned so that a run of any length fits the memory cap</source>
            <translation>Wie der Lauf aufbewahrt wird: ein Bild alle so und so viele Epochen, ausgedünnt, sodass ein Lauf jeder Länge in die Speichergrenze passt</translation>
        </message>
        <message>
            <location filename="playground/ui/views/replay_bar.py" />
            <source>Leave replay</source>
            <translation>Wiedergabe verlassen</translation>
        </message>
        <message>
            <location filename="playground/ui/views/replay_bar.py" />
            <source>Play the replay from the frame shown</source>
            <translation>Die Wiedergabe ab dem gezeigten Bild abspielen</translation>
        </message>
        <message>
            <location filename="playground/ui/views/replay_bar.py" />
            <source>Train on from exactly the weights of the frame shown (the rest of the run is dropped; Undo brings it back)</source>
            <translation>Genau ab den Gewichten des gezeigten Bildes weitertrainieren (der Rest des Laufs wird verworfen; Rückgängig holt ihn zurück)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/replay_bar.py" />
            <source>epoch {epoch} of {last} · loss {loss}</source>
            <translation>Epoche {epoch} von {last} · Verlust {loss}</translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/replay_bar.py" />
            <source>{count} epoch(s)</source>
            <translation>
                <numerusform>{count} Epoche</numerusform>
                <numerusform>{count} Epochen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/replay_bar.py" />
            <source>{count} frame(s)</source>
            <translation>
                <numerusform>{count} Bild</numerusform>
                <numerusform>{count} Bilder</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/views/replay_bar.py" />
            <source>{frames} over {epochs} · {used} of {cap} MB</source>
            <translation>{frames} über {epochs} · {used} von {cap} MB</translation>
        </message>
    </context>
    <context>
        <name>SliceControls</name>
        <message>
            <location filename="playground/ui/views/slice_controls.py" />
            <source>Slice: across</source>
            <translation>Schnitt: waagerecht</translation>
        </message>
        <message>
            <location filename="playground/ui/views/slice_controls.py" />
            <source>The canvas shows a slice of a table of more than two inputs: the two chosen inputs vary across the picture, every other input is held at its slider's value. Points are faded by their distance from the slice.</source>
            <translation>Die Zeichenfläche zeigt einen Schnitt durch eine Tabelle mit mehr als zwei Eingaben: Die beiden gewählten Eingaben variieren über das Bild, jede andere Eingabe bleibt auf dem Wert ihres Schiebereglers. Punkte verblassen mit ihrem Abstand vom Schnitt.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/slice_controls.py" />
            <source>The input along the canvas's horizontal axis</source>
            <translation>Die Eingabe entlang der waagerechten Achse der Zeichenfläche</translation>
        </message>
        <message>
            <location filename="playground/ui/views/slice_controls.py" />
            <source>The input along the canvas's vertical axis</source>
            <translation>Die Eingabe entlang der senkrechten Achse der Zeichenfläche</translation>
        </message>
        <message>
            <location filename="playground/ui/views/slice_controls.py" />
            <source>Where the slice is taken: {input} from {low} to {high}</source>
            <translation>Wo der Schnitt liegt: {input} von {low} bis {high}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/slice_controls.py" />
            <source>up</source>
            <translation>senkrecht</translation>
        </message>
        <message>
            <location filename="playground/ui/views/slice_controls.py" />
            <source>{input} (slice)</source>
            <translation>{input} (Schnitt)</translation>
        </message>
    </context>
</TS>
