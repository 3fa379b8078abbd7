<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>Activations</name>
        <message>
            <location filename="playground/engine/activations.py" />
            <source>ELU</source>
            <translation>ELU</translation>
        </message>
        <message>
            <location filename="playground/engine/activations.py" />
            <source>GELU</source>
            <translation>GELU</translation>
        </message>
        <message>
            <location filename="playground/engine/activations.py" />
            <source>Leaky ReLU</source>
            <translation>Leaky ReLU</translation>
        </message>
        <message>
            <location filename="playground/engine/activations.py" />
            <source>Linear</source>
            <translation>Linear</translation>
        </message>
        <message>
            <location filename="playground/engine/activations.py" />
            <source>ReLU</source>
            <translation>ReLU</translation>
        </message>
        <message>
            <location filename="playground/engine/activations.py" />
            <source>SiLU</source>
            <translation>SiLU</translation>
        </message>
        <message>
            <location filename="playground/engine/activations.py" />
            <source>Sigmoid</source>
            <translation>Sigmoid</translation>
        </message>
        <message>
            <location filename="playground/engine/activations.py" />
            <source>Sine</source>
            <translation>Sinus</translation>
        </message>
        <message>
            <location filename="playground/engine/activations.py" />
            <source>Softplus</source>
            <translation>Softplus</translation>
        </message>
        <message>
            <location filename="playground/engine/activations.py" />
            <source>Tanh</source>
            <translation>Tanh</translation>
        </message>
    </context>
    <context>
        <name>BiasInits</name>
        <message>
            <location filename="playground/engine/init.py" />
            <source>Normal N(0, σ²)</source>
            <translation>Normal N(0, σ²)</translation>
        </message>
        <message>
            <location filename="playground/engine/init.py" />
            <source>Zero</source>
            <translation>Null</translation>
        </message>
    </context>
    <context>
        <name>ClassroomDialog</name>
        <message>
            <location filename="playground/ui/classroom.py" />
            <source>&amp;Data</source>
            <translation>&amp;Daten</translation>
        </message>
        <message>
            <location filename="playground/ui/classroom.py" />
            <source>&amp;Loss curves</source>
            <translation>&amp;Verlustkurven</translation>
        </message>
        <message>
            <location filename="playground/ui/classroom.py" />
            <source>&amp;Network settings</source>
            <translation>&amp;Netzeinstellungen</translation>
        </message>
        <message>
            <location filename="playground/ui/classroom.py" />
            <source>&amp;Training settings</source>
            <translation>&amp;Trainingseinstellungen</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/classroom.py" />
            <source>&lt;b&gt;Fix (cannot be changed)&lt;/b&gt;</source>
            <translation>&lt;b&gt;Sperren (nicht änderbar)&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/classroom.py" />
            <source>&lt;b&gt;Hide&lt;/b&gt;</source>
            <translation>&lt;b&gt;Ausblenden&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/classroom.py" />
            <source>Choose what students see and what they may change. The choice is saved with the session: whoever opens the file gets this layout.</source>
            <translation>Wählen Sie, was die Lernenden sehen und was sie ändern dürfen. Die Auswahl wird mit der Sitzung gespeichert: Wer die Datei öffnet, bekommt diese Ansicht.</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/classroom.py" />
            <source>Classroom mode</source>
            <translation>Unterrichtsmodus</translation>
        </message>
        <message>
            <location filename="playground/ui/classroom.py" />
            <source>Data and drawing</source>
            <translation>Daten und Zeichnen</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/classroom.py" />
            <source>Fix {section}</source>
            <translation>{section} sperren</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/classroom.py" />
            <source>Hide {section}</source>
            <translation>{section} ausblenden</translation>
        </message>
        <message>
            <location filename="playground/ui/classroom.py" />
            <source>Network &amp;diagram</source>
            <translation>Netz&amp;diagramm</translation>
        </message>
        <message>
            <location filename="playground/ui/classroom.py" />
            <source>Network settings</source>
            <translation>Netzeinstellungen</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/classroom.py" />
            <source>Students do not see this part of the window</source>
            <translation>Die Lernenden sehen diesen Teil des Fensters nicht</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/classroom.py" />
            <source>Students see these settings but cannot change them</source>
            <translation>Die Lernenden sehen diese Einstellungen, können sie aber nicht ändern</translation>
        </message>
        <message>
            <location filename="playground/ui/classroom.py" />
            <source>Training settings</source>
            <translation>Trainingseinstellungen</translation>
        </message>
    </context>
    <context>
        <name>CoachBar</name>
        <message>
            <location filename="playground/ui/coach.py" />
            <source>Dismiss the hint</source>
            <translation>Hinweis schließen</translation>
        </message>
        <message>
            <location filename="playground/ui/coach.py" />
            <source>Dismiss: this hint stays quiet until training starts again from new weights</source>
            <translation>Schließen: Dieser Hinweis schweigt, bis das Training wieder mit neuen Gewichten beginnt</translation>
        </message>
        <message>
            <location filename="playground/ui/coach.py" />
            <source>The coach (View ▸ Coach turns it off)</source>
            <translation>Der Coach (Ansicht ▸ Coach schaltet ihn aus)</translation>
        </message>
    </context>
    <context>
        <name>CoachController</name>
        <message>
            <location filename="playground/ui/coach.py" />
            <source>C&amp;oach</source>
            <translation>C&amp;oach</translation>
        </message>
        <message>
            <location filename="playground/ui/coach.py" />
            <source>Plain-language hints while training: dead units, vanishing gradients, divergence, overfitting…</source>
            <translation>Verständliche Hinweise während des Trainings: tote Neuronen, verschwindende Gradienten, Divergenz, Überanpassung…</translation>
        </message>
    </context>
    <context>
        <name>DTypes</name>
        <message>
            <location filename="playground/engine/model.py" />
            <source>float32 (faster)</source>
            <translation>float32 (schneller)</translation>
        </message>
        <message>
            <location filename="playground/engine/model.py" />
            <source>float64 (double)</source>
            <translation>float64 (doppelt)</translation>
        </message>
    </context>
    <context>
        <name>DataPanel</name>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>&amp;Classes</source>
            <translation>&amp;Klassen</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>&amp;Noise</source>
            <translation>&amp;Rauschen</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>&amp;Preset</source>
            <translation>&amp;Vorlage</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>&amp;Regenerate</source>
            <translation>&amp;Neu erzeugen</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>&amp;Seed</source>
            <translation>&amp;Startwert</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>&amp;Train share</source>
            <translation>&amp;Trainingsanteil</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>&amp;Value</source>
            <translation>&amp;Wert</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>A multi-label set (one 0/1 column per label) is opened from a file and cannot be converted to another task</source>
            <translation>Ein Multi-Label-Datensatz (eine 0/1-Spalte je Label) wird aus einer Datei geöffnet und lässt sich nicht in eine andere Aufgabe umwandeln</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>A tutorial's fixed table: its rows are given, so no count or noise applies</source>
            <translation>Die feste Tabelle eines Tutorials: Ihre Zeilen sind vorgegeben, Anzahl und Rauschen gelten daher nicht</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Brush</source>
            <translation>Pinsel</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Brush &amp;density</source>
            <translation>Pinsel&amp;dichte</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Brush &amp;radius</source>
            <translation>Pinselrad&amp;ius</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Brush and eraser radius, in data units</source>
            <translation>Radius von Pinsel und Radierer, in Dateneinheiten</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Class (keys 1–{k}, right-click to rename)</source>
            <translation>Klasse (Tasten 1–{k}, Rechtsklick zum Umbenennen)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Clear points</source>
            <translation>Punkte löschen</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Click or drag to remove points; right-drag erases with any tool (E)</source>
            <translation>Klicken oder ziehen, um Punkte zu entfernen; Ziehen mit der rechten Maustaste radiert mit jedem Werkzeug (E)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Click to add a point of the current class (A)</source>
            <translation>Klicken, um einen Punkt der aktuellen Klasse hinzuzufügen (A)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Data</source>
            <translation>Daten</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Drag to paint many points (B)</source>
            <translation>Ziehen, um viele Punkte zu malen (B)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Draw</source>
            <translation>Zeichnen</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Draw the points again with the next seed (undoable)</source>
            <translation>Die Punkte mit dem nächsten Startwert neu ziehen (rückgängig machbar)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Each point you draw is a training point with the odds of the train share, else a test point</source>
            <translation>Jeder gezeichnete Punkt ist mit der Wahrscheinlichkeit des Trainingsanteils ein Trainingspunkt, sonst ein Testpunkt</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Erase</source>
            <translation>Radieren</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Every point you draw is a test point: the network never trains on it</source>
            <translation>Jeder gezeichnete Punkt ist ein Testpunkt: Das Netz trainiert nie damit</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Every point you draw is a training point</source>
            <translation>Jeder gezeichnete Punkt ist ein Trainingspunkt</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Formula…</source>
            <translation>Formel…</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>How many points the preset or formula makes (applies at once, undoable)</source>
            <translation>Wie viele Punkte die Vorlage oder Formel erzeugt (gilt sofort, rückgängig machbar)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Label shown (keys 1–{k}, right-click to rename); a point you draw gets it as 1 and the other labels as 0</source>
            <translation>Angezeigtes Label (Tasten 1–{k}, Rechtsklick zum Umbenennen); ein gezeichneter Punkt erhält es als 1 und die anderen Labels als 0</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Name of class {number}:</source>
            <translation>Name der Klasse {number}:</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Name of label {number}:</source>
            <translation>Name des Labels {number}:</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>New points &amp;go to</source>
            <translation>Ge&amp;zeichnet als</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Noise of the generated points (0–100%)</source>
            <translation>Rauschen der erzeugten Punkte (0–100 %)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Number of classes; lowering it removes the points of the classes that go (undoable)</source>
            <translation>Anzahl der Klassen; weniger Klassen entfernen die Punkte der wegfallenden Klassen (rückgängig machbar)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>On the canvas the network trains on the filled points; the hollow ones only test it (View ▸ Show test points)</source>
            <translation>Auf der Zeichenfläche trainiert das Netz mit den gefüllten Punkten; die hohlen testen es nur (Ansicht ▸ Testpunkte zeigen)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Po&amp;ints</source>
            <translation>&amp;Punkte</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Points the brush sprays per step</source>
            <translation>Punkte, die der Pinsel je Schritt sprüht</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Points valued by a formula in x1 and x2 that you write</source>
            <translation>Punkte, deren Werte eine von Ihnen geschriebene Formel in x1 und x2 bestimmt</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Remove every point (undoable)</source>
            <translation>Alle Punkte entfernen (rückgängig machbar)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Rename class {number}</source>
            <translation>Klasse {number} umbenennen</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Rename label {number}</source>
            <translation>Label {number} umbenennen</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Replace the points by a generated data set (undoable)</source>
            <translation>Die Punkte durch einen erzeugten Datensatz ersetzen (rückgängig machbar)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Seed of the generator and of the train/test split (applies at once, undoable)</source>
            <translation>Startwert des Generators und der Aufteilung in Training und Test (gilt sofort, rückgängig machbar)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Share of the points used for training; the rest are test points (drawn hollow)</source>
            <translation>Anteil der Punkte, mit denen trainiert wird; der Rest sind Testpunkte (hohl gezeichnet)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Switching converts the points: classes become values and back. Multi-label sets are opened from a file (columns label_A, label_B, ...), not converted</source>
            <translation>Ein Wechsel wandelt die Punkte um: Klassen werden zu Werten und umgekehrt. Multi-Label-Datensätze werden aus einer Datei geöffnet (Spalten label_A, label_B, ...), nicht umgewandelt</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>T&amp;ask</source>
            <translation>&amp;Aufgabe</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Target value of the points you draw (regression), from −1 to 1</source>
            <translation>Zielwert der gezeichneten Punkte (Regression), von −1 bis 1</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Whether the points you draw are trained on (training) or only measure the network (test)</source>
            <translation>Ob mit den gezeichneten Punkten trainiert wird (Training) oder ob sie das Netz nur messen (Test)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>split by the train share</source>
            <translation>nach Anteil</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>test</source>
            <translation>Test</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>training</source>
            <translation>Training</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>{name} (key {key}): show this label on the canvas; right-click to rename</source>
            <translation>{name} (Taste {key}): dieses Label auf der Zeichenfläche zeigen; Rechtsklick zum Umbenennen</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>{name} (key {key}); right-click to rename</source>
            <translation>{name} (Taste {key}); Rechtsklick zum Umbenennen</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>{n} inputs: the canvas shows a slice. Points you draw take the other inputs' slider values under the canvas; erase takes only points near the slice.</source>
            <translation>{n} Eingaben: Die Zeichenfläche zeigt einen Schnitt. Gezeichnete Punkte erhalten für die übrigen Eingaben die Werte der Schieberegler unter der Zeichenfläche; Radieren entfernt nur Punkte nahe dem Schnitt.</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>{value}%</source>
            <translation>{value} %</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>● filled = {n_train} training   ○ hollow = {n_test} test</source>
            <translation>● gefüllt = {n_train} Training   ○ hohl = {n_test} Test</translation>
        </message>
    </context>
    <context>
        <name>ExportFormats</name>
        <message>
            <location filename="playground/exporters/formats.py" />
            <source>NumPy code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="playground/exporters/formats.py" />
            <source>ONNX</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="playground/exporters/formats.py" />
            <source>PyTorch code</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Features</name>
        <message>
            <location filename="playground/data/features.py" />
            <source>sin(x₁)</source>
            <translation>sin(x₁)</translation>
        </message>
        <message>
            <location filename="playground/data/features.py" />
            <source>sin(x₂)</source>
            <translation>sin(x₂)</translation>
        </message>
        <message>
            <location filename="playground/data/features.py" />
            <source>x₁</source>
            <translation>x₁</translation>
        </message>
        <message>
            <location filename="playground/data/features.py" />
            <source>x₁x₂</source>
            <translation>x₁x₂</translation>
        </message>
        <message>
            <location filename="playground/data/features.py" />
            <source>x₁²</source>
            <translation>x₁²</translation>
        </message>
        <message>
            <location filename="playground/data/features.py" />
            <source>x₂</source>
            <translation>x₂</translation>
        </message>
        <message>
            <location filename="playground/data/features.py" />
            <source>x₂²</source>
            <translation>x₂²</translation>
        </message>
    </context>
    <context>
        <name>FormulaEdit</name>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>A formula in x1 and x2: numbers, + − * / ** %, comparisons, and/or/not, abs, sin, cos, tan, exp, log, sqrt, tanh, min, max, where(c, a, b), pi, e</source>
            <translation>Eine Formel in x1 und x2: Zahlen, + − * / ** %, Vergleiche, and/or/not, abs, sin, cos, tan, exp, log, sqrt, tanh, min, max, where(c, a, b), pi, e (Dezimalpunkt: 0.5)</translation>
        </message>
    </context>
    <context>
        <name>FormulaFeatures</name>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>+ feature</source>
            <translation>+ Merkmal</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>Add a formula input feature</source>
            <translation>Ein Eingabemerkmal aus einer Formel hinzufügen</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>Add an input computed by a formula of the normalised x1, x2, e.g. x1*x2 or min(x1, x2)</source>
            <translation>Eine Eingabe hinzufügen, die eine Formel aus den normierten x1, x2 berechnet, z. B. x1*x2 oder min(x1, x2)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>Close the editor without adding the feature</source>
            <translation>Den Editor schließen, ohne das Merkmal hinzuzufügen</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>Feed the formula to the network as an input</source>
            <translation>Die Formel dem Netz als Eingabe geben</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>Formula of the new input feature</source>
            <translation>Formel des neuen Eingabemerkmals</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>Input feature {feature}</source>
            <translation>Eingabemerkmal {feature}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>Input {feature} (a formula of normalised x₁, x₂); untick to remove it</source>
            <translation>Eingabe {feature} (eine Formel der normierten x₁, x₂); Haken entfernen, um sie zu löschen</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>a 1-D set has x alone: the feature {name} may not use x2</source>
            <translation>ein 1-D-Datensatz hat nur x: Das Merkmal {name} darf x2 nicht verwenden</translation>
        </message>
    </context>
    <context>
        <name>FormulaSource</name>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>&amp;Generate</source>
            <translation>&amp;Erzeugen</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>Classification: a condition gives the second class (key 2) where it is true and the first (key 1) elsewhere; a whole-number value v gives the class of key v + 1. Regression: the value is the target.</source>
            <translation>Klassifikation: Eine Bedingung ergibt die zweite Klasse (Taste 2), wo sie wahr ist, sonst die erste (Taste 1); ein ganzzahliger Wert v ergibt die Klasse der Taste v + 1. Regression: Der Wert ist das Ziel.</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>Data formula</source>
            <translation>Datenformel</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>Each point's class is the formula's value there (a condition: 1 where true, else 0).</source>
            <translation>Die Klasse jedes Punkts ist der Wert der Formel dort (eine Bedingung: 1, wo wahr, sonst 0).</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>Each point's target is the formula's value there.</source>
            <translation>Das Ziel jedes Punkts ist der Wert der Formel dort.</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>Generate {formula}</source>
            <translation>{formula} erzeugen</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>Replace the points by points valued by the formula (undoable); Points, Noise and Seed apply</source>
            <translation>Die Punkte durch Punkte mit Werten aus der Formel ersetzen (rückgängig machbar); Punkte, Rauschen und Startwert gelten</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>Task from the formula</source>
            <translation>Aufgabe aus der Formel</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>Task of the formula</source>
            <translation>Aufgabe der Formel</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>Write a condition for two classes, or any value to regress.</source>
            <translation>Schreiben Sie eine Bedingung für zwei Klassen oder einen beliebigen Wert für eine Regression.</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>e.g. {formula}</source>
            <translation>z. B. {formula}</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="playground/ui/dialogs/help.py" />
            <source>&lt;b&gt;Playground {version}&lt;/b&gt;&lt;p&gt;Draw points, build a network, watch NumPy train it live.&lt;/p&gt;</source>
            <translation>&lt;b&gt;Playground {version}&lt;/b&gt;&lt;p&gt;Punkte zeichnen, ein Netz bauen und zusehen, wie NumPy es live trainiert.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/help.py" />
            <source>About Playground</source>
            <translation>Über Playground</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/help.py" />
            <source>Enter / Esc in a field</source>
            <translation>Eingabe / Esc in einem Feld</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/help.py" />
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/help.py" />
            <source>Right drag</source>
            <translation>Ziehen mit rechter Maustaste</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/help.py" />
            <source>Space in a field being typed in</source>
            <translation>Leertaste in einem Feld, in das getippt wird</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/help.py" />
            <source>erase with any tool</source>
            <translation>mit jedem Werkzeug radieren</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/help.py" />
            <source>keep / undo what you typed; the keys go back to the canvas</source>
            <translation>Getipptes übernehmen / verwerfen; die Tasten gehen zurück an die Zeichenfläche</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/help.py" />
            <source>types (elsewhere it plays)</source>
            <translation>tippt (anderswo startet sie das Training)</translation>
        </message>
    </context>
    <context>
        <name>Initializers</name>
        <message>
            <location filename="playground/engine/init.py" />
            <source>Glorot normal</source>
            <translation>Glorot normal</translation>
        </message>
        <message>
            <location filename="playground/engine/init.py" />
            <source>Glorot uniform</source>
            <translation>Glorot uniform</translation>
        </message>
        <message>
            <location filename="playground/engine/init.py" />
            <source>He normal</source>
            <translation>He normal</translation>
        </message>
        <message>
            <location filename="playground/engine/init.py" />
            <source>He uniform</source>
            <translation>He uniform</translation>
        </message>
        <message>
            <location filename="playground/engine/init.py" />
            <source>Normal N(0, σ²) (tutorials)</source>
            <translation>Normal N(0, σ²) (Tutorials)</translation>
        </message>
        <message>
            <location filename="playground/engine/init.py" />
            <source>Uniform ±0.5 (TF Playground)</source>
            <translation>Uniform ±0,5 (TF Playground)</translation>
        </message>
    </context>
    <context>
        <name>LessonController</name>
        <message>
            <location filename="playground/ui/lessons.py" />
            <source>&amp;Lessons…</source>
            <translation>&amp;Lektionen…</translation>
        </message>
        <message>
            <location filename="playground/ui/lessons.py" />
            <source>Answer applied: train to reach the goal (Undo takes it back)</source>
            <translation>Lösung angewendet: Trainieren Sie, um das Ziel zu erreichen (Rückgängig nimmt sie zurück)</translation>
        </message>
        <message>
            <location filename="playground/ui/lessons.py" />
            <source>Follow a lesson from a .toml file</source>
            <translation>Einer Lektion aus einer .toml-Datei folgen</translation>
        </message>
        <message>
            <location filename="playground/ui/lessons.py" />
            <source>Goal met: step {number} ✓</source>
            <translation>Ziel erreicht: Schritt {number} ✓</translation>
        </message>
        <message>
            <location filename="playground/ui/lessons.py" />
            <source>Lesson</source>
            <translation>Lektion</translation>
        </message>
        <message>
            <location filename="playground/ui/lessons.py" />
            <source>Lesson step {number}</source>
            <translation>Lektionsschritt {number}</translation>
        </message>
        <message>
            <location filename="playground/ui/lessons.py" />
            <source>Lesson: {title}</source>
            <translation>Lektion: {title}</translation>
        </message>
        <message>
            <location filename="playground/ui/lessons.py" />
            <source>Lessons</source>
            <translation>Lektionen</translation>
        </message>
        <message>
            <location filename="playground/ui/lessons.py" />
            <source>Open &amp;lesson…</source>
            <translation>&amp;Lektion öffnen…</translation>
        </message>
        <message>
            <location filename="playground/ui/lessons.py" />
            <source>Open lesson</source>
            <translation>Lektion öffnen</translation>
        </message>
        <message>
            <location filename="playground/ui/lessons.py" />
            <source>Playground lesson (*.toml)</source>
            <translation>Playground-Lektion (*.toml)</translation>
        </message>
        <message>
            <location filename="playground/ui/lessons.py" />
            <source>Show answer (step {number})</source>
            <translation>Lösung zeigen (Schritt {number})</translation>
        </message>
        <message>
            <location filename="playground/ui/lessons.py" />
            <source>The answer needs no change of settings: train on</source>
            <translation>Die Lösung braucht keine geänderten Einstellungen: Trainieren Sie weiter</translation>
        </message>
        <message>
            <location filename="playground/ui/lessons.py" />
            <source>The lesson's settings do not fit this network: {reason}</source>
            <translation>Die Einstellungen der Lektion passen nicht zu diesem Netz: {reason}</translation>
        </message>
        <message>
            <location filename="playground/ui/lessons.py" />
            <source>The lessons that come with Playground</source>
            <translation>Die Lektionen, die mit Playground kommen</translation>
        </message>
        <message>
            <location filename="playground/ui/lessons.py" />
            <source>The session's lesson could not be read: {reason}</source>
            <translation>Die Lektion der Sitzung konnte nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <location filename="playground/ui/lessons.py" />
            <source>opening a lesson</source>
            <translation>dem Öffnen einer Lektion</translation>
        </message>
    </context>
    <context>
        <name>LessonPanel</name>
        <message>
            <location filename="playground/ui/panels/lesson_panel.py" />
            <source>&amp;Next ▶</source>
            <translation>&amp;Weiter ▶</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/lesson_panel.py" />
            <source>&lt;b&gt;Goal&lt;/b&gt; {mark} {goal}</source>
            <translation>&lt;b&gt;Ziel&lt;/b&gt; {mark} {goal}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/lesson_panel.py" />
            <source>Apply the settings that reach this step's goal (Undo takes them back)</source>
            <translation>Die Einstellungen anwenden, mit denen das Ziel dieses Schritts erreicht wird (Rückgängig nimmt sie zurück)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/lesson_panel.py" />
            <source>H&amp;int</source>
            <translation>&amp;Hinweis</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/lesson_panel.py" />
            <source>Hint {number}: {hint}</source>
            <translation>Hinweis {number}: {hint}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/lesson_panel.py" />
            <source>Lesson step</source>
            <translation>Lektionsschritt</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/lesson_panel.py" />
            <source>Met</source>
            <translation>Erreicht</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/lesson_panel.py" />
            <source>Not met yet</source>
            <translation>Noch nicht erreicht</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/lesson_panel.py" />
            <source>Reveal the next hint of this step</source>
            <translation>Den nächsten Hinweis dieses Schritts zeigen</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/lesson_panel.py" />
            <source>Show ans&amp;wer</source>
            <translation>&amp;Lösung zeigen</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/lesson_panel.py" />
            <source>Step {number} of {count}</source>
            <translation>Schritt {number} von {count}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/lesson_panel.py" />
            <source>The next step (its settings apply; Undo takes them back)</source>
            <translation>Der nächste Schritt (seine Einstellungen gelten; Rückgängig nimmt sie zurück)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/lesson_panel.py" />
            <source>The step before this one</source>
            <translation>Der Schritt davor</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/lesson_panel.py" />
            <source>The text of the lesson's current step</source>
            <translation>Der Text des aktuellen Schritts der Lektion</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/lesson_panel.py" />
            <source>◀ &amp;Back</source>
            <translation>◀ &amp;Zurück</translation>
        </message>
    </context>
    <context>
        <name>LessonsDialog</name>
        <message>
            <location filename="playground/ui/dialogs/lessons.py" />
            <source>Lessons</source>
            <translation>Lektionen</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/lessons.py" />
            <source>The lessons that come with Playground: Open (or a double click) starts the one chosen</source>
            <translation>Die Lektionen, die mit Playground kommen: Öffnen (oder ein Doppelklick) startet die gewählte</translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/dialogs/lessons.py" />
            <source>{title}  (%n step(s))</source>
            <translation>
                <numerusform>{title}  (%n Schritt)</numerusform>
                <numerusform>{title}  (%n Schritte)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Losses</name>
        <message>
            <location filename="playground/engine/losses.py" />
            <source>Absolute error (MAE)</source>
            <translation>Absoluter Fehler (MAE)</translation>
        </message>
        <message>
            <location filename="playground/engine/losses.py" />
            <source>Cross-entropy</source>
            <translation>Kreuzentropie</translation>
        </message>
        <message>
            <location filename="playground/engine/losses.py" />
            <source>Cross-entropy summed over labels</source>
            <translation>Kreuzentropie, Summe der Labels</translation>
        </message>
        <message>
            <location filename="playground/engine/losses.py" />
            <source>Hinge (multi-class)</source>
            <translation>Hinge (mehrere Klassen)</translation>
        </message>
        <message>
            <location filename="playground/engine/losses.py" />
            <source>Huber</source>
            <translation>Huber</translation>
        </message>
        <message>
            <location filename="playground/engine/losses.py" />
            <source>Squared error (MSE)</source>
            <translation>Quadratischer Fehler (MSE)</translation>
        </message>
    </context>
    <context>
        <name>NetworkPanel</name>
        <message numerus="yes">
            <location filename="playground/ui/panels/network_panel.py" />
            <source>%n hidden layer(s)</source>
            <translation>
                <numerusform>%n verborgene Schicht</numerusform>
                <numerusform>%n verborgene Schichten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>&amp;All layers:</source>
            <translation>&amp;Alle Schichten:</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>&amp;Biases:</source>
            <translation>&amp;Bias:</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>&amp;Inputs</source>
            <translation>&amp;Eingaben</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>&amp;Precision:</source>
            <translation>&amp;Zahlenformat:</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Activation of hidden layer {number}</source>
            <translation>Aktivierung der verborgenen Schicht {number}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Add a hidden layer (at most {n})</source>
            <translation>Eine verborgene Schicht hinzufügen (höchstens {n})</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Add hidden layer</source>
            <translation>Verborgene Schicht hinzufügen</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>All layers use {activation}</source>
            <translation>Alle Schichten verwenden {activation}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>At least one input must stay selected.</source>
            <translation>Mindestens eine Eingabe muss ausgewählt bleiben.</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Changing this starts training from new weights (Edit ▸ Undo brings the trained ones back)</source>
            <translation>Eine Änderung hier startet das Training mit neuen Gewichten (Bearbeiten ▸ Rückgängig holt die trainierten zurück)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Feed input {number} ({name}) to the network (as the input scaling gives it)</source>
            <translation>Eingabe {number} ({name}) in das Netz geben (so, wie die Eingabeskalierung sie liefert)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Feed {feature} to the network (computed from normalised x₁, x₂)</source>
            <translation>{feature} in das Netz geben (berechnet aus den normierten x₁, x₂)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Hidden la&amp;yers</source>
            <translation>&amp;Verborgene Schichten</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Hidden layer added</source>
            <translation>Verborgene Schicht hinzugefügt</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Hidden layer removed</source>
            <translation>Verborgene Schicht entfernt</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>How raw coordinates become the network's inputs: standardised (z-scored with the training points' mean and std), raw, or raw times a factor</source>
            <translation>Wie aus den Rohkoordinaten die Eingaben des Netzes werden: standardisiert (z-Werte mit Mittelwert und Standardabweichung der Trainingspunkte), roh oder roh mal einem Faktor</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>How the biases start: at zero, or drawn N(0, σ²) like normal weights</source>
            <translation>Womit die Bias-Werte beginnen: bei null oder gezogen aus N(0, σ²) wie normalverteilte Gewichte</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>How the starting weights are drawn (scale matters for deep nets)</source>
            <translation>Wie die Startgewichte gezogen werden (bei tiefen Netzen zählt die Größenordnung)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Initial weights</source>
            <translation>Startgewichte</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Initiali&amp;ser:</source>
            <translation>&amp;Initialisierer:</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Input feature {feature}</source>
            <translation>Eingabemerkmal {feature}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Input scaling factor</source>
            <translation>Faktor der Eingabeskalierung</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Input {feature} added</source>
            <translation>Eingabe {feature} hinzugefügt</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Input {feature} removed</source>
            <translation>Eingabe {feature} entfernt</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Layer {number}</source>
            <translation>Schicht {number}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Layer {number} activation changed</source>
            <translation>Aktivierung von Schicht {number} geändert</translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Layer {number} has %n unit(s)</source>
            <translation>
                <numerusform>Schicht {number} hat %n Neuron</numerusform>
                <numerusform>Schicht {number} hat %n Neuronen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>More network settings</source>
            <translation>Weitere Einstellungen</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Neurons in this layer: more can draw more complex boundaries</source>
            <translation>Neuronen in dieser Schicht: Mehr Neuronen können komplexere Grenzen ziehen</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>New initial biases</source>
            <translation>Neue Start-Bias-Werte</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>New initial weight std</source>
            <translation>Neue Standardabweichung der Startgewichte</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>New initialiser</source>
            <translation>Neuer Initialisierer</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>New input scaling</source>
            <translation>Neue Eingabeskalierung</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>New precision</source>
            <translation>Neues Zahlenformat</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>New random seed</source>
            <translation>Neuer zufälliger Startwert</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>New seed</source>
            <translation>Neuer Startwert</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>New seed {seed}</source>
            <translation>Neuer Startwert {seed}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Non-linearity applied to this layer's units</source>
            <translation>Nichtlinearität, die auf die Neuronen dieser Schicht angewendet wird</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Number precision: float32 is faster, float64 more exact</source>
            <translation>Zahlengenauigkeit: float32 ist schneller, float64 genauer</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Pick a new random seed (new starting weights)</source>
            <translation>Einen neuen zufälligen Startwert wählen (neue Startgewichte)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Random seed of the starting weights: same seed, same run</source>
            <translation>Zufalls-Startwert der Startgewichte: gleicher Startwert, gleicher Lauf</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Remove hidden layer</source>
            <translation>Verborgene Schicht entfernen</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Remove the last hidden layer</source>
            <translation>Die letzte verborgene Schicht entfernen</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>S&amp;eed:</source>
            <translation>&amp;Startwert:</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Sc&amp;aling:</source>
            <translation>Ska&amp;lierung:</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Scaling: {notice}</source>
            <translation>Skalierung: {notice}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Set the activation of every hidden layer at once</source>
            <translation>Die Aktivierung aller verborgenen Schichten auf einmal festlegen</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Standard deviation σ of normal weights, N(0, σ²), as a tutorial's np.random.randn(...) * σ; drawn biases use it too</source>
            <translation>Standardabweichung σ normalverteilter Gewichte, N(0, σ²), wie np.random.randn(...) * σ in einem Tutorial; gezogene Bias-Werte verwenden sie auch</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Std &amp;σ:</source>
            <translation>Std.-Abw. &amp;σ:</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Std σ: {notice}</source>
            <translation>Std.-Abw. σ: {notice}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>The factor K: standardised inputs times K, or raw inputs times K</source>
            <translation>Der Faktor K: standardisierte Eingaben mal K oder Roheingaben mal K</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Units in hidden layer {number}</source>
            <translation>Neuronen in der verborgenen Schicht {number}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>mixed</source>
            <translation>gemischt</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>no hidden layers</source>
            <translation>keine verborgenen Schichten</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>{change}: training starts again from new weights</source>
            <translation>{change}: Das Training beginnt neu mit neuen Gewichten</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>{change}: training starts again from new weights; the frozen and pruned neurons are active again (undo brings them back)</source>
            <translation>{change}: Das Training beginnt neu mit neuen Gewichten; die eingefrorenen und entfernten Neuronen sind wieder aktiv (Rückgängig holt sie zurück)</translation>
        </message>
    </context>
    <context>
        <name>Optimizers</name>
        <message>
            <location filename="playground/engine/optimizers.py" />
            <source>Adam</source>
            <translation>Adam</translation>
        </message>
        <message>
            <location filename="playground/engine/optimizers.py" />
            <source>AdamW</source>
            <translation>AdamW</translation>
        </message>
        <message>
            <location filename="playground/engine/optimizers.py" />
            <source>RMSprop</source>
            <translation>RMSprop</translation>
        </message>
        <message>
            <location filename="playground/engine/optimizers.py" />
            <source>SGD</source>
            <translation>SGD</translation>
        </message>
        <message>
            <location filename="playground/engine/optimizers.py" />
            <source>SGD + momentum</source>
            <translation>SGD + Momentum</translation>
        </message>
    </context>
    <context>
        <name>PresetSpinBox</name>
        <message>
            <location filename="playground/ui/widgets.py" />
            <source>{typed} is outside {low} … {high}: using {used}</source>
            <translation>{typed} liegt außerhalb von {low} … {high}: verwende {used}</translation>
        </message>
    </context>
    <context>
        <name>Presets</name>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>1-D: y is sin of x, two periods.</source>
            <translation>1-D: y ist sin von x, zwei Perioden.</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>1-D: y jumps from -0.8 to 0.8 at x = 0.</source>
            <translation>1-D: y springt bei x = 0 von -0,8 auf 0,8.</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>A 4x4 board of alternating classes.</source>
            <translation>Ein 4×4-Brett mit abwechselnden Klassen.</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>A disc of one class inside a ring of the other.</source>
            <translation>Eine Scheibe der einen Klasse in einem Ring der anderen.</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Blobs (K classes)</source>
            <translation>Wolken (K Klassen)</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Checkerboard</source>
            <translation>Schachbrett</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Circle</source>
            <translation>Kreis</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Circle (TF Playground)</source>
            <translation>Kreis (TF Playground)</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Class by the sign of x1 * x2 (the four quadrants).</source>
            <translation>Klasse nach dem Vorzeichen von x1 * x2 (die vier Quadranten).</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Exclusive or</source>
            <translation>Exklusives Oder</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Exclusive or (TF Playground)</source>
            <translation>Exklusives Oder (TF Playground)</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Gaussian</source>
            <translation>Gauß</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Gaussian (TF Playground)</source>
            <translation>Gauß (TF Playground)</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>K Gaussian blobs spread on a circle.</source>
            <translation>K Gauß-Wolken, auf einem Kreis verteilt.</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>K interleaved spiral arms, one class per arm.</source>
            <translation>K ineinandergreifende Spiralarme, eine Klasse je Arm.</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Multi Gaussian</source>
            <translation>Mehrfach-Gauß</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Multi Gaussian (TF Playground)</source>
            <translation>Mehrfach-Gauß (TF Playground)</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Plane</source>
            <translation>Ebene</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Plane (TF Playground)</source>
            <translation>Ebene (TF Playground)</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Sine (1-D)</source>
            <translation>Sinus (1-D)</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Spiral</source>
            <translation>Spirale</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Spiral (K arms)</source>
            <translation>Spirale (K Arme)</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Spiral (TF Playground)</source>
            <translation>Spirale (TF Playground)</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Step (1-D)</source>
            <translation>Stufe (1-D)</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Target is a sum of signed Gaussian bumps.</source>
            <translation>Das Ziel ist eine Summe positiver und negativer Gauß-Hügel.</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Target linear in x1 and x2.</source>
            <translation>Ziel linear in x1 und x2.</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>TensorFlow Playground's circle: noise flips labels near radius 2.5.</source>
            <translation>Kreis aus TensorFlow Playground: Rauschen vertauscht Labels nahe Radius 2,5.</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>TensorFlow Playground's reg-gauss: six signed cones.</source>
            <translation>reg-gauss aus TensorFlow Playground: sechs Kegel mit Vorzeichen.</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>TensorFlow Playground's reg-plane: target (x1 + x2) / 10.</source>
            <translation>reg-plane aus TensorFlow Playground: Ziel (x1 + x2) / 10.</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>TensorFlow Playground's two Gaussians: noise widens them.</source>
            <translation>Die zwei Gauß-Wolken aus TensorFlow Playground: Rauschen macht sie breiter.</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>TensorFlow Playground's two spiral arms: noise moves points by up to ±noise.</source>
            <translation>Die zwei Spiralarme aus TensorFlow Playground: Rauschen verschiebt Punkte um bis zu ±Rauschen.</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>TensorFlow Playground's xor: noise flips labels near the axes.</source>
            <translation>xor aus TensorFlow Playground: Rauschen vertauscht Labels nahe den Achsen.</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Tutorial 000's 8 people by height, weight, score; good or bad (a fixed table: --n-points and --noise do not apply).</source>
            <translation>Die 8 Personen aus Tutorial 000 nach Größe, Gewicht und Punktzahl; gut oder schlecht (eine feste Tabelle: Punkte und Rauschen gelten nicht).</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Tutorial 000: people</source>
            <translation>Tutorial 000: Personen</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Tutorial 001's 5 rows of 3 inputs with 4 labels each (a fixed table: --n-points and --noise do not apply).</source>
            <translation>Die 5 Zeilen aus Tutorial 001 mit 3 Eingaben und je 4 Labels (eine feste Tabelle: Punkte und Rauschen gelten nicht).</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Tutorial 001: four labels</source>
            <translation>Tutorial 001: vier Labels</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Tutorial 002's scikit-learn moons, raw coordinates; --noise is the position std (the tutorial: 300 points, 0.2).</source>
            <translation>Die scikit-learn-Monde aus Tutorial 002, Rohkoordinaten; Rauschen ist die Standardabweichung der Position (im Tutorial: 300 Punkte, 0,2).</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Tutorial 002: moons</source>
            <translation>Tutorial 002: Monde</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Tutorial 003's 3-arm spiral of radius 1; --noise is the angle std (the tutorial: 300 points, 0.2).</source>
            <translation>Die dreiarmige Spirale mit Radius 1 aus Tutorial 003; Rauschen ist die Standardabweichung des Winkels (im Tutorial: 300 Punkte, 0,2).</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Tutorial 003: spiral</source>
            <translation>Tutorial 003: Spirale</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Tutorial 004's 1-D set: a sine over x in -10..10, another curve over 10..20; --noise is the target std (the tutorial: 600 points, 0.1).</source>
            <translation>Der 1-D-Datensatz aus Tutorial 004: ein Sinus über x in -10..10, eine andere Kurve über 10..20; Rauschen ist die Standardabweichung des Ziels (im Tutorial: 600 Punkte, 0,1).</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Tutorial 004's 2-arm spiral of radius 5; --noise is the angle std (the tutorial: 400 points, 0.25).</source>
            <translation>Die zweiarmige Spirale mit Radius 5 aus Tutorial 004; Rauschen ist die Standardabweichung des Winkels (im Tutorial: 400 Punkte, 0,25).</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Tutorial 004: sine and more (1-D)</source>
            <translation>Tutorial 004: Sinus und mehr (1-D)</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Tutorial 004: spiral</source>
            <translation>Tutorial 004: Spirale</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Two Gaussian blobs, one per class.</source>
            <translation>Zwei Gauß-Wolken, eine je Klasse.</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Two interleaved half moons.</source>
            <translation>Zwei ineinandergreifende Halbmonde.</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Two interleaved spiral arms.</source>
            <translation>Zwei ineinandergreifende Spiralarme.</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Two moons</source>
            <translation>Zwei Monde</translation>
        </message>
    </context>
    <context>
        <name>Scaling</name>
        <message>
            <location filename="playground/data/scaling.py" />
            <source>None (raw)</source>
            <translation>Keine (roh)</translation>
        </message>
        <message>
            <location filename="playground/data/scaling.py" />
            <source>Scale by K</source>
            <translation>Mit K skalieren</translation>
        </message>
        <message>
            <location filename="playground/data/scaling.py" />
            <source>Standardise</source>
            <translation>Standardisieren</translation>
        </message>
    </context>
    <context>
        <name>Schedules</name>
        <message>
            <location filename="playground/engine/schedules.py" />
            <source>Constant</source>
            <translation>Konstant</translation>
        </message>
        <message>
            <location filename="playground/engine/schedules.py" />
            <source>Cosine</source>
            <translation>Kosinus</translation>
        </message>
        <message>
            <location filename="playground/engine/schedules.py" />
            <source>Exponential</source>
            <translation>Exponentiell</translation>
        </message>
        <message>
            <location filename="playground/engine/schedules.py" />
            <source>Step</source>
            <translation>Stufen</translation>
        </message>
    </context>
    <context>
        <name>SpeedControl</name>
        <message>
            <location filename="playground/ui/panels/speed.py" />
            <source>From a few epochs a second (watchable) to as fast as possible</source>
            <translation>Von wenigen Epochen pro Sekunde (zum Zusehen) bis so schnell wie möglich</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/speed.py" />
            <source>Speed</source>
            <translation>Tempo</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/speed.py" />
            <source>max</source>
            <translation>max.</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/speed.py" />
            <source>{speed}/s</source>
            <translation>{speed}/s</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="playground/ui/status.py" />
            <source>Epoch {epoch}</source>
            <translation>Epoche {epoch}</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>Replay</source>
            <translation>Wiedergabe</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>accuracy {accuracy}</source>
            <translation>Genauigkeit {accuracy}</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>epoch: {epoch}</source>
            <translation>Epoche: {epoch}</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>exact match {accuracy}</source>
            <translation>exakte Übereinstimmung {accuracy}</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>labels none</source>
            <translation>Labels keine</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>labels {labels}</source>
            <translation>Labels {labels}</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>learning rate: {rate}</source>
            <translation>Lernrate: {rate}</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>point: {what}, test</source>
            <translation>Punkt: {what}, Test</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>point: {what}, training</source>
            <translation>Punkt: {what}, Training</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>prediction {value}</source>
            <translation>Vorhersage {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>speed: {speed}</source>
            <translation>Tempo: {speed}</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>stopped</source>
            <translation>angehalten</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>stopped: maximum epoch reached</source>
            <translation>angehalten: höchste Epoche erreicht</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>stopped: maximum of {epochs} epochs</source>
            <translation>angehalten: höchstens {epochs} Epochen</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>stopped: no improvement (patience)</source>
            <translation>angehalten: keine Verbesserung (Geduld)</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>stopped: no improvement in {epochs} epochs</source>
            <translation>angehalten: keine Verbesserung in {epochs} Epochen</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>stopped: target loss reached</source>
            <translation>angehalten: Zielverlust erreicht</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>stopped: target loss {loss} reached</source>
            <translation>angehalten: Zielverlust {loss} erreicht</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>target {value}</source>
            <translation>Ziel {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>test accuracy per label: {accuracies}</source>
            <translation>Testgenauigkeit je Label: {accuracies}</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>test accuracy: {accuracy}</source>
            <translation>Testgenauigkeit: {accuracy}</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>test exact match: {accuracy}</source>
            <translation>exakte Übereinstimmung (Test): {accuracy}</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>test loss {loss}</source>
            <translation>Testverlust {loss}</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>test loss: {loss}</source>
            <translation>Testverlust: {loss}</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>train accuracy per label: {accuracies}</source>
            <translation>Trainingsgenauigkeit je Label: {accuracies}</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>train accuracy: {accuracy}</source>
            <translation>Trainingsgenauigkeit: {accuracy}</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>train exact match: {accuracy}</source>
            <translation>exakte Übereinstimmung (Training): {accuracy}</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>train loss {loss}</source>
            <translation>Trainingsverlust {loss}</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>train loss: {loss}</source>
            <translation>Trainingsverlust: {loss}</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>{rate} epochs/s</source>
            <translation>{rate} Epochen/s</translation>
        </message>
    </context>
    <context>
        <name>StopRulesButton</name>
        <message>
            <location filename="playground/ui/panels/stop_rules.py" />
            <source>Stop rules: loss ≤ {loss}</source>
            <translation>Stoppregeln: Verlust ≤ {loss}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/stop_rules.py" />
            <source>Stop rules: off</source>
            <translation>Stoppregeln: aus</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/stop_rules.py" />
            <source>Stop rules: patience {epochs}</source>
            <translation>Stoppregeln: Geduld {epochs}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/stop_rules.py" />
            <source>Stop rules: pause Play at an epoch, at a target loss, or when the loss stops improving</source>
            <translation>Stoppregeln: Das Training bei einer Epoche, bei einem Zielverlust oder ohne weitere Verbesserung des Verlusts anhalten</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/stop_rules.py" />
            <source>Stop rules: {epochs} epochs</source>
            <translation>Stoppregeln: {epochs} Epochen</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/stop_rules.py" />
            <source>Stop rules: {n} on</source>
            <translation>Stoppregeln: {n} aktiv</translation>
        </message>
    </context>
    <context>
        <name>StopRulesGroup</name>
        <message>
            <location filename="playground/ui/panels/stop_rules.py" />
            <source> epochs</source>
            <translation> Epochen</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/stop_rules.py" />
            <source>Max epochs</source>
            <translation>Höchste Epoche</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/stop_rules.py" />
            <source>Patience</source>
            <translation>Geduld</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/stop_rules.py" />
            <source>Play pauses as soon as the training loss (the data loss, without the L1/L2 penalty) is at or below this value.</source>
            <translation>Das Training hält an, sobald der Trainingsverlust (der Datenverlust ohne L1/L2-Strafterm) diesen Wert erreicht oder unterschreitet.</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/stop_rules.py" />
            <source>Play pauses when the test loss (the training loss when there is no test split) has not improved on its best for this many epochs in a row. Pressing Play counts afresh.</source>
            <translation>Das Training hält an, wenn sich der Testverlust (ohne Testaufteilung der Trainingsverlust) so viele Epochen in Folge nicht über seinen besten Wert hinaus verbessert hat. Ein neuer Start zählt von vorn.</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/stop_rules.py" />
            <source>Play pauses when training reaches this epoch; pressing Play again does not go past it until you raise the number or untick the rule (Step still trains).</source>
            <translation>Das Training hält bei dieser Epoche an; ein neuer Start geht nicht darüber hinaus, bis Sie die Zahl erhöhen oder den Haken entfernen (Einzelschritt trainiert weiter).</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/stop_rules.py" />
            <source>Rules that pause Play on their own; each is off unless ticked</source>
            <translation>Regeln, die das Training von selbst anhalten; jede ist aus, solange sie nicht angehakt ist</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/stop_rules.py" />
            <source>Stop rules</source>
            <translation>Stoppregeln</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/stop_rules.py" />
            <source>Target loss</source>
            <translation>Zielverlust</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/stop_rules.py" />
            <source>Target loss: {notice}</source>
            <translation>Zielverlust: {notice}</translation>
        </message>
    </context>
    <context>
        <name>Tasks</name>
        <message>
            <location filename="playground/engine/losses.py" />
            <source>Classification</source>
            <translation>Klassifikation</translation>
        </message>
        <message>
            <location filename="playground/engine/losses.py" />
            <source>Multi-label</source>
            <translation>Multi-Label</translation>
        </message>
        <message>
            <location filename="playground/engine/losses.py" />
            <source>Regression</source>
            <translation>Regression</translation>
        </message>
    </context>
    <context>
        <name>TrainingPanel</name>
        <message>
            <location filename="playground/engine/schedules.py" />
            <source> epochs</source>
            <translation> Epochen</translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/panels/training_panel.py" />
            <source>%n training point(s)</source>
            <translation>
                <numerusform>%n Trainingspunkt</numerusform>
                <numerusform>%n Trainingspunkte</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>&amp;Batch size:</source>
            <translation>&amp;Batchgröße:</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>&amp;Full</source>
            <translation>Vo&amp;ll</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>&amp;Loss:</source>
            <translation>&amp;Verlust:</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>&amp;Optimizer:</source>
            <translation>&amp;Optimierer:</translation>
        </message>
        <message>
            <location filename="playground/engine/optimizers.py" />
            <source>Adam: decay of the running mean of gradients (its momentum)</source>
            <translation>Adam: Abklingen des gleitenden Mittels der Gradienten (sein Momentum)</translation>
        </message>
        <message>
            <location filename="playground/engine/optimizers.py" />
            <source>Adam: decay of the running mean of squared gradients (step scaling)</source>
            <translation>Adam: Abklingen des gleitenden Mittels der quadrierten Gradienten (Skalierung der Schritte)</translation>
        </message>
        <message>
            <location filename="playground/engine/optimizers.py" />
            <source>Added to the denominator so tiny gradient averages cannot blow up a step</source>
            <translation>Wird zum Nenner addiert, damit winzige Gradientenmittel keinen Schritt explodieren lassen</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>Adds ½·λ·ΣW² to the loss: keeps weights small</source>
            <translation>Addiert ½·λ·ΣW² zum Verlust: hält die Gewichte klein</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>Adds λ·Σ|W| to the loss: pushes weights to exactly 0</source>
            <translation>Addiert λ·Σ|W| zum Verlust: drückt Gewichte auf genau 0</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>Batches</source>
            <translation>Batches</translation>
        </message>
        <message>
            <location filename="playground/engine/schedules.py" />
            <source>Cosine: epochs to anneal the learning rate down to its minimum</source>
            <translation>Kosinus: Epochen, in denen die Lernrate auf ihr Minimum absinkt</translation>
        </message>
        <message>
            <location filename="playground/engine/schedules.py" />
            <source>Cosine: the learning rate at the end of the cycle</source>
            <translation>Kosinus: die Lernrate am Ende des Zyklus</translation>
        </message>
        <message>
            <location filename="playground/engine/optimizers.py" />
            <source>Decay α</source>
            <translation>Abklingrate α</translation>
        </message>
        <message>
            <location filename="playground/engine/schedules.py" />
            <source>Factor applied to the learning rate (per step, or per epoch)</source>
            <translation>Faktor für die Lernrate (je Stufe oder je Epoche)</translation>
        </message>
        <message>
            <location filename="playground/engine/optimizers.py" />
            <source>Fraction of the previous update kept (PyTorch: v = μ·v + g)</source>
            <translation>Anteil des vorigen Updates, der erhalten bleibt (PyTorch: v = μ·v + g)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>Full batch: every training point in each update</source>
            <translation>Voller Batch: jeder Trainingspunkt in jedem Update</translation>
        </message>
        <message>
            <location filename="playground/engine/schedules.py" />
            <source>Gamma γ</source>
            <translation>Gamma γ</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>How the learning rate changes over the epochs</source>
            <translation>Wie sich die Lernrate über die Epochen ändert</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>L&amp;1 rate:</source>
            <translation>L&amp;1-Rate:</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>L&amp;2 rate:</source>
            <translation>L&amp;2-Rate:</translation>
        </message>
        <message>
            <location filename="playground/engine/optimizers.py" />
            <source>Learning rate</source>
            <translation>Lernrate</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>Learning-rate schedule</source>
            <translation>Lernraten-Zeitplan</translation>
        </message>
        <message>
            <location filename="playground/engine/schedules.py" />
            <source>Length</source>
            <translation>Länge</translation>
        </message>
        <message>
            <location filename="playground/engine/schedules.py" />
            <source>Minimum learning rate</source>
            <translation>Minimale Lernrate</translation>
        </message>
        <message>
            <location filename="playground/engine/optimizers.py" />
            <source>Momentum μ</source>
            <translation>Momentum μ</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>More training settings</source>
            <translation>Weitere Einstellungen</translation>
        </message>
        <message>
            <location filename="playground/engine/optimizers.py" />
            <source>Nesterov momentum: step with g + μ·v, looking one step ahead</source>
            <translation>Nesterov-Momentum: Schritt mit g + μ·v, einen Schritt vorausschauend</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>Optimizer settings</source>
            <translation>Optimierer-Einstellungen</translation>
        </message>
        <message>
            <location filename="playground/engine/optimizers.py" />
            <source>Pulls weights toward 0 at every step (AdamW: decoupled)</source>
            <translation>Zieht die Gewichte bei jedem Schritt Richtung 0 (AdamW: entkoppelt)</translation>
        </message>
        <message>
            <location filename="playground/engine/optimizers.py" />
            <source>RMSprop: how slowly the average of g² forgets (s = α·s + (1−α)·g²)</source>
            <translation>RMSprop: wie langsam das Mittel von g² vergisst (s = α·s + (1−α)·g²)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>Regularisation</source>
            <translation>Regularisierung</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>S&amp;huffle each epoch</source>
            <translation>&amp;Jede Epoche mischen</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>Sche&amp;dule:</source>
            <translation>&amp;Zeitplan:</translation>
        </message>
        <message>
            <location filename="playground/engine/optimizers.py" />
            <source>Size of each update: too small is slow, too large diverges</source>
            <translation>Größe jedes Updates: zu klein ist langsam, zu groß divergiert</translation>
        </message>
        <message>
            <location filename="playground/engine/schedules.py" />
            <source>Step schedule: multiply the learning rate by γ this often</source>
            <translation>Stufen-Zeitplan: die Lernrate in diesem Abstand mit γ multiplizieren</translation>
        </message>
        <message>
            <location filename="playground/engine/schedules.py" />
            <source>Step size</source>
            <translation>Stufenlänge</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>The rule that turns gradients into weight updates</source>
            <translation>Die Regel, die aus Gradienten Gewichtsänderungen macht</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>These settings apply live: training keeps its current weights</source>
            <translation>Diese Einstellungen gelten sofort: Das Training behält seine aktuellen Gewichte</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>Training points per update: small batches give noisier, more frequent steps</source>
            <translation>Trainingspunkte je Update: Kleine Batches ergeben unruhigere, häufigere Schritte</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>Visit the training points in a new random order every epoch</source>
            <translation>Die Trainingspunkte in jeder Epoche in neuer zufälliger Reihenfolge durchlaufen</translation>
        </message>
        <message>
            <location filename="playground/engine/optimizers.py" />
            <source>Weight decay</source>
            <translation>Gewichtsabnahme</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>What training minimises: the error between prediction and target</source>
            <translation>Was das Training minimiert: den Fehler zwischen Vorhersage und Ziel</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>above {low}</source>
            <translation>über {low}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>above {low} and at most {high}</source>
            <translation>über {low} und höchstens {high}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>above {low} and below {high}</source>
            <translation>über {low} und unter {high}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>any number</source>
            <translation>beliebige Zahl</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>at least {low}</source>
            <translation>mindestens {low}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>at least {low} and at most {high}</source>
            <translation>mindestens {low} und höchstens {high}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>at least {low} and below {high}</source>
            <translation>mindestens {low} und unter {high}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>at most {high}</source>
            <translation>höchstens {high}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>below {high}</source>
            <translation>unter {high}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>between {low} and {high}</source>
            <translation>zwischen {low} und {high}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>of {n}</source>
            <translation>von {n}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>true or false</source>
            <translation>wahr oder falsch</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>{label}:</source>
            <translation>{label}:</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>{setting}: {notice}</source>
            <translation>{setting}: {notice}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>{what} ({range})</source>
            <translation>{what} ({range})</translation>
        </message>
    </context>
</TS>
