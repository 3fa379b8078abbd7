<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>Actions</name>
        <message>
            <location filename="playground/ui/actions.py" />
            <source>{tip} ({key})</source>
            <translation>{tip} ({key})</translation>
        </message>
    </context>
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
        <name>AppearanceController</name>
        <message>
            <location filename="playground/ui/appearance.py" />
            <source>&amp;Colour-blind safe</source>
            <translation>Für &amp;Farbenblinde</translation>
        </message>
        <message>
            <location filename="playground/ui/appearance.py" />
            <source>&amp;High contrast</source>
            <translation>&amp;Hoher Kontrast</translation>
        </message>
        <message>
            <location filename="playground/ui/appearance.py" />
            <source>&amp;Standard</source>
            <translation>&amp;Standard</translation>
        </message>
        <message>
            <location filename="playground/ui/appearance.py" />
            <source>Black on white, thick point outlines and a bold boundary: for projectors and low vision</source>
            <translation>Schwarz auf Weiß, dicke Punktränder und eine kräftige Grenze: für Beamer und eingeschränktes Sehen</translation>
        </message>
        <message>
            <location filename="playground/ui/appearance.py" />
            <source>Blue and orange heatmaps, the usual class colours</source>
            <translation>Blaue und orange Heatmaps, die gewohnten Klassenfarben</translation>
        </message>
        <message>
            <location filename="playground/ui/appearance.py" />
            <source>Heatmaps and class colours told apart with any kind of colour vision (blue to yellow, by lightness too)</source>
            <translation>Heatmaps und Klassenfarben, die sich bei jeder Art von Farbsehen unterscheiden lassen (Blau bis Gelb, auch nach Helligkeit)</translation>
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
        <name>CanvasKeyboard</name>
        <message>
            <location filename="playground/ui/views/canvas_keyboard.py" />
            <source>Arrows on the canvas</source>
            <translation>Pfeiltasten auf der Zeichenfläche</translation>
        </message>
        <message>
            <location filename="playground/ui/views/canvas_keyboard.py" />
            <source>Canvas</source>
            <translation>Zeichenfläche</translation>
        </message>
        <message>
            <location filename="playground/ui/views/canvas_keyboard.py" />
            <source>Delete / Backspace on the canvas</source>
            <translation>Entf / Rücktaste auf der Zeichenfläche</translation>
        </message>
        <message>
            <location filename="playground/ui/views/canvas_keyboard.py" />
            <source>Enter on the canvas</source>
            <translation>Eingabe auf der Zeichenfläche</translation>
        </message>
        <message>
            <location filename="playground/ui/views/canvas_keyboard.py" />
            <source>Remove point</source>
            <translation>Punkt entfernen</translation>
        </message>
        <message>
            <location filename="playground/ui/views/canvas_keyboard.py" />
            <source>Tab to the canvas</source>
            <translation>Tab zur Zeichenfläche</translation>
        </message>
        <message>
            <location filename="playground/ui/views/canvas_keyboard.py" />
            <source>The points and the network's prediction over the plane. Arrow keys move the keyboard cursor (Shift: bigger steps), Enter adds a point of the current class at the cursor, Delete removes the point nearest to it; the readout in the status bar tells what lies under the cursor.</source>
            <translation>Die Punkte und die Vorhersage des Netzes über der Ebene. Die Pfeiltasten bewegen den Tastaturcursor (Umschalt: größere Schritte), Eingabe fügt am Cursor einen Punkt der aktuellen Klasse hinzu, Entf entfernt den nächstgelegenen Punkt; die Anzeige in der Statusleiste sagt, was unter dem Cursor liegt.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/canvas_keyboard.py" />
            <source>adds a point of the current class at the cursor</source>
            <translation>fügt am Cursor einen Punkt der aktuellen Klasse hinzu</translation>
        </message>
        <message>
            <location filename="playground/ui/views/canvas_keyboard.py" />
            <source>move the cursor (Shift: bigger steps)</source>
            <translation>bewegen den Cursor (Umschalt: größere Schritte)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/canvas_keyboard.py" />
            <source>removes the point nearest the cursor</source>
            <translation>entfernt den Punkt, der dem Cursor am nächsten ist</translation>
        </message>
        <message>
            <location filename="playground/ui/views/canvas_keyboard.py" />
            <source>shows the keyboard cursor</source>
            <translation>zeigt den Tastaturcursor</translation>
        </message>
    </context>
    <context>
        <name>CanvasView</name>
        <message>
            <location filename="playground/ui/views/canvas_key.py" />
            <source>Test (hollow)</source>
            <translation>Test (hohl)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/canvas_key.py" />
            <source>Training (filled)</source>
            <translation>Training (gefüllt)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/canvas.py" />
            <source>not {label}</source>
            <translation>nicht {label}</translation>
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
            <translation>Netzd&amp;iagramm</translation>
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
        <name>Coach</name>
        <message>
            <location filename="playground/session/coach.py" />
            <source>After {epochs} epochs the training accuracy is {accuracy}% with only {units} hidden unit: the network may be too small for this data. Try more units or another hidden layer.</source>
            <translation>Nach {epochs} Epochen beträgt die Trainingsgenauigkeit mit nur {units} verborgenen Neuron {accuracy} %: Das Netz ist für diese Daten womöglich zu klein. Versuchen Sie mehr Neuronen oder eine weitere verborgene Schicht.</translation>
        </message>
        <message>
            <location filename="playground/session/coach.py" />
            <source>After {epochs} epochs the training accuracy is {accuracy}% with only {units} hidden units: the network may be too small for this data. Try more units or another hidden layer.</source>
            <translation>Nach {epochs} Epochen beträgt die Trainingsgenauigkeit mit nur {units} verborgenen Neuronen {accuracy} %: Das Netz ist für diese Daten womöglich zu klein. Versuchen Sie mehr Neuronen oder eine weitere verborgene Schicht.</translation>
        </message>
        <message>
            <location filename="playground/session/coach.py" />
            <source>Exploding gradients: the gradient at layer 1 is {first}, {ratio} times larger than at the output layer ({last}): try a lower learning rate (now {lr}), smaller initial weights, or fewer layers.</source>
            <translation>Explodierende Gradienten: Der Gradient in Schicht 1 beträgt {first} und ist damit {ratio}-mal größer als in der Ausgabeschicht ({last}): Versuchen Sie eine niedrigere Lernrate (jetzt {lr}), kleinere Anfangsgewichte oder weniger Schichten.</translation>
        </message>
        <message>
            <location filename="playground/session/coach.py" />
            <source>Layer {layer}'s {activation} units are saturated (flat) on {share}% of their outputs, so little gradient passes through them: try a lower learning rate (now {lr}), smaller initial weights, or ReLU.</source>
            <translation>Die {activation}-Neuronen der Schicht {layer} sind bei {share} % ihrer Ausgaben gesättigt (flach), sodass kaum Gradient durch sie hindurchfließt: Versuchen Sie eine niedrigere Lernrate (jetzt {lr}), kleinere Anfangsgewichte oder ReLU.</translation>
        </message>
        <message>
            <location filename="playground/session/coach.py" />
            <source>Overfitting: train loss {train} but test loss {test}, up from its best {best}. The network learns the training points by heart: try dropout, L2 regularisation, fewer units, more points, or stopping earlier (Stop rules ▸ patience).</source>
            <translation>Überanpassung: Trainingsverlust {train}, aber Testverlust {test}, gestiegen von seinem besten Wert {best}. Das Netz lernt die Trainingspunkte auswendig: Versuchen Sie Dropout, L2-Regularisierung, weniger Neuronen, mehr Punkte oder ein früheres Anhalten (Stoppregeln ▸ Geduld).</translation>
        </message>
        <message>
            <location filename="playground/session/coach.py" />
            <source>Overfitting: train loss {train} but test loss {test}, up from its best {best}; accuracy {train_accuracy}% vs {test_accuracy}%. The network learns the training points by heart: try dropout, L2 regularisation, fewer units, more points, or stopping earlier (Stop rules ▸ patience).</source>
            <translation>Überanpassung: Trainingsverlust {train}, aber Testverlust {test}, gestiegen von seinem besten Wert {best}; Genauigkeit {train_accuracy} % gegenüber {test_accuracy} %. Das Netz lernt die Trainingspunkte auswendig: Versuchen Sie Dropout, L2-Regularisierung, weniger Neuronen, mehr Punkte oder ein früheres Anhalten (Stoppregeln ▸ Geduld).</translation>
        </message>
        <message>
            <location filename="playground/session/coach.py" />
            <source>The training loss has stayed at {loss} (train accuracy {accuracy}%) for the last {epochs} epochs: training is stuck. Try a higher learning rate (now {lr}), new weights (Reset), or another activation.</source>
            <translation>Der Trainingsverlust liegt seit den letzten {epochs} Epochen bei {loss} (Trainingsgenauigkeit {accuracy} %): Das Training steckt fest. Versuchen Sie eine höhere Lernrate (jetzt {lr}), neue Gewichte (Zurücksetzen) oder eine andere Aktivierungsfunktion.</translation>
        </message>
        <message>
            <location filename="playground/session/coach.py" />
            <source>The training loss has stayed at {loss} for the last {epochs} epochs: training is stuck. Try a higher learning rate (now {lr}), new weights (Reset), or another activation.</source>
            <translation>Der Trainingsverlust liegt seit den letzten {epochs} Epochen bei {loss}: Das Training steckt fest. Versuchen Sie eine höhere Lernrate (jetzt {lr}), neue Gewichte (Zurücksetzen) oder eine andere Aktivierungsfunktion.</translation>
        </message>
        <message>
            <location filename="playground/session/coach.py" />
            <source>The training loss rose from {start} to {now}: training is diverging at learning rate {lr}; a tenth of it, {safer}, would have been safer.</source>
            <translation>Der Trainingsverlust ist von {start} auf {now} gestiegen: Das Training divergiert bei der Lernrate {lr}; ein Zehntel davon, {safer}, wäre sicherer gewesen.</translation>
        </message>
        <message>
            <location filename="playground/session/coach.py" />
            <source>Training diverged by epoch {epoch}: the training loss is not a number, up from {start} (learning rate {lr}): each step overshot and the loss blew up; a tenth of it, {safer}, would have been safer.</source>
            <translation>Das Training ist bis Epoche {epoch} divergiert: Der Trainingsverlust ist keine Zahl mehr, nach zuvor {start} (Lernrate {lr}). Jeder Schritt ist über das Ziel hinausgeschossen und der Verlust ist explodiert; ein Zehntel davon, {safer}, wäre sicherer gewesen.</translation>
        </message>
        <message>
            <location filename="playground/session/coach.py" />
            <source>Training diverged by epoch {epoch}: the training loss is {loss}, up from {start} (learning rate {lr}): each step overshot and the loss blew up; a tenth of it, {safer}, would have been safer.</source>
            <translation>Das Training ist bis Epoche {epoch} divergiert: Der Trainingsverlust beträgt {loss}, nach zuvor {start} (Lernrate {lr}). Jeder Schritt ist über das Ziel hinausgeschossen und der Verlust ist explodiert; ein Zehntel davon, {safer}, wäre sicherer gewesen.</translation>
        </message>
        <message>
            <location filename="playground/session/coach.py" />
            <source>Training diverged in epoch {epoch}: a weight became infinite or NaN (learning rate {lr}): each step overshot and the loss blew up; a tenth of it, {safer}, would have been safer.</source>
            <translation>Das Training ist in Epoche {epoch} divergiert: Ein Gewicht wurde unendlich oder NaN (Lernrate {lr}). Jeder Schritt ist über das Ziel hinausgeschossen und der Verlust ist explodiert; ein Zehntel davon, {safer}, wäre sicherer gewesen.</translation>
        </message>
        <message>
            <location filename="playground/session/coach.py" />
            <source>Training diverged in epoch {epoch}: the gradient became infinite or NaN (learning rate {lr}): each step overshot and the loss blew up; a tenth of it, {safer}, would have been safer.</source>
            <translation>Das Training ist in Epoche {epoch} divergiert: Der Gradient wurde unendlich oder NaN (Lernrate {lr}). Jeder Schritt ist über das Ziel hinausgeschossen und der Verlust ist explodiert; ein Zehntel davon, {safer}, wäre sicherer gewesen.</translation>
        </message>
        <message>
            <location filename="playground/session/coach.py" />
            <source>Vanishing gradients: the gradient at layer 1 is {first}, {ratio} times smaller than at the output layer ({last}), so the first layers barely learn. With {layers} hidden layers of {activation}, try ReLU, fewer layers, or another initialisation.</source>
            <translation>Verschwindende Gradienten: Der Gradient in Schicht 1 beträgt {first} und ist damit {ratio}-mal kleiner als in der Ausgabeschicht ({last}), sodass die ersten Schichten kaum lernen. Bei {layers} verborgenen Schichten mit {activation} versuchen Sie ReLU, weniger Schichten oder eine andere Initialisierung.</translation>
        </message>
        <message>
            <location filename="playground/session/coach.py" />
            <source>Vanishing gradients: the gradient at layer 1 is {first}, {ratio} times smaller than at the output layer ({last}), so the first layers barely learn. With {layers} hidden layers of {activation}, try skips (the hidden layers' Options), ReLU, fewer layers, or another initialisation.</source>
            <translation>Verschwindende Gradienten: Der Gradient in Schicht 1 beträgt {first} und ist damit {ratio}-mal kleiner als in der Ausgabeschicht ({last}), sodass die ersten Schichten kaum lernen. Bei {layers} verborgenen Schichten mit {activation} versuchen Sie Skips (die Optionen der verborgenen Schichten), ReLU, weniger Schichten oder eine andere Initialisierung.</translation>
        </message>
        <message>
            <location filename="playground/session/coach.py" />
            <source>{dead} of {units} units in layer {layer} output 0 everywhere (dead ReLUs: they no longer learn): try a lower learning rate (now {lr}) or leaky ReLU.</source>
            <translation>{dead} von {units} Neuronen in Schicht {layer} geben überall 0 aus (tote ReLUs, die nicht mehr lernen): Versuchen Sie eine niedrigere Lernrate (jetzt {lr}) oder Leaky ReLU.</translation>
        </message>
        <message>
            <location filename="playground/session/coach.py" />
            <source>{what} (learning rate {lr}): each step overshot and the loss blew up; a tenth of it, {safer}, would have been safer.</source>
            <translation>{what} (Lernrate {lr}): Jeder Schritt ist über das Ziel hinausgeschossen und der Verlust ist explodiert; ein Zehntel davon, {safer}, wäre sicherer gewesen.</translation>
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
            <translation>&amp;Coach</translation>
        </message>
        <message>
            <location filename="playground/ui/coach.py" />
            <source>Plain-language hints while training: dead units, vanishing gradients, divergence, overfitting…</source>
            <translation>Verständliche Hinweise während des Trainings: tote Neuronen, verschwindende Gradienten, Divergenz, Überanpassung…</translation>
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
        <name>Compare</name>
        <message>
            <location filename="playground/ui/compare.py" />
            <source>&amp;Compare configurations…</source>
            <translation>Konfigurationen &amp;vergleichen…</translation>
        </message>
        <message>
            <location filename="playground/ui/compare.py" />
            <source>Train 2–6 configurations side by side on these points</source>
            <translation>2–6 Konfigurationen nebeneinander auf diesen Punkten trainieren</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>&lt;b&gt;Results&lt;/b&gt;</source>
            <translation>&lt;b&gt;Ergebnisse&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Add a row: a suggested variant, or the window's configuration</source>
            <translation>Eine Zeile hinzufügen: eine vorgeschlagene Variante oder die Konfiguration des Fensters</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Also copy the weights it trained (and its optimizer's state), so the window continues from them</source>
            <translation>Auch die trainierten Gewichte (und den Zustand des Optimierers) übernehmen, damit das Fenster von dort weitertrainiert</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Chart</source>
            <translation>Diagramm</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Chart written to {path}.</source>
            <translation>Diagramm nach {path} geschrieben.</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Compare configurations</source>
            <translation>Konfigurationen vergleichen</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Done in {seconds} s.</source>
            <translation>Fertig in {seconds} s.</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Done in {seconds} s. {failed} of {total} failed (see their cards).</source>
            <translation>Fertig in {seconds} s. {failed} von {total} fehlgeschlagen (siehe ihre Karten).</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Epochs</source>
            <translation>Epochen</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Every configuration's loss by epoch</source>
            <translation>Der Verlust jeder Konfiguration pro Epoche</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Export chart as PNG</source>
            <translation>Diagramm als PNG exportieren</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Export chart as PNG…</source>
            <translation>Diagramm als PNG exportieren…</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>From the window</source>
            <translation>Aus dem Fenster</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>How many epochs each configuration trains</source>
            <translation>Wie viele Epochen jede Konfiguration trainiert</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>How much of the comparison has run</source>
            <translation>Wie viel des Vergleichs schon gelaufen ist</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Loss curves</source>
            <translation>Verlustkurven</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Loss curves and chart</source>
            <translation>Verlustkurven und Diagramm</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>One card per configuration: its final losses and accuracy, its decision picture, and a button to use it</source>
            <translation>Eine Karte pro Konfiguration: ihre letzten Verluste und Genauigkeit, ihr Entscheidungsbild und eine Schaltfläche, um sie zu übernehmen</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>PNG images (*.png)</source>
            <translation>PNG-Bilder (*.png)</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Remove the selected row (or the last one)</source>
            <translation>Die ausgewählte Zeile (oder die letzte) entfernen</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Results</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Run</source>
            <translation>Starten</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Seeds</source>
            <translation>Startwerte</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Start again from the window's configuration and the suggested variants</source>
            <translation>Neu beginnen mit der Konfiguration des Fensters und den vorgeschlagenen Varianten</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Stop the runs now; the results that arrived stay</source>
            <translation>Die Läufe jetzt beenden; die schon eingetroffenen Ergebnisse bleiben</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Test accuracy and loss of every configuration, as bars</source>
            <translation>Testgenauigkeit und Verlust jeder Konfiguration als Balken</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>The chart was not written: {error}</source>
            <translation>Das Diagramm wurde nicht geschrieben: {error}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>The loss curves of every configuration, or the chart of their test accuracy and loss</source>
            <translation>Die Verlustkurven aller Konfigurationen oder das Diagramm ihrer Testgenauigkeit und ihres Verlusts</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>The points changed since the comparison: the weights of “{name}” no longer fit; only its configuration was copied.</source>
            <translation>Die Punkte haben sich seit dem Vergleich geändert: Die Gewichte von „{name}“ passen nicht mehr; nur die Konfiguration wurde übernommen.</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>The window now uses the configuration of “{name}”.</source>
            <translation>Das Fenster verwendet jetzt die Konfiguration von „{name}“.</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>The window now uses “{name}” with its trained weights and its loss curve (epoch {epoch}).</source>
            <translation>Das Fenster verwendet jetzt „{name}“ mit den trainierten Gewichten und der Verlustkurve (Epoche {epoch}).</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Train each configuration with this many network seeds (its own, then the next ones) on the same points; the cards and the chart give the mean ± sample standard deviation</source>
            <translation>Jede Konfiguration mit so vielen Startwerten des Netzes (dem eigenen, dann den folgenden) auf denselben Punkten trainieren; Karten und Diagramm zeigen Mittelwert ± Stichproben-Standardabweichung</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Train every row, each in a background process</source>
            <translation>Jede Zeile trainieren, jede in einem eigenen Hintergrundprozess</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Train several configurations on the window's points, for the same number of epochs and with the same seed, and compare them.</source>
            <translation>Mehrere Konfigurationen auf den Punkten des Fensters trainieren, gleich viele Epochen lang und mit demselben Startwert, und sie vergleichen.</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Training {n} configurations for {epochs} epochs on {points} points…</source>
            <translation>{n} Konfigurationen werden {epochs} Epochen lang auf {points} Punkten trainiert…</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Training {n} configurations with {seeds} seeds each for {epochs} epochs on {points} points…</source>
            <translation>{n} Konfigurationen werden mit je {seeds} Startwerten {epochs} Epochen lang auf {points} Punkten trainiert…</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Use “{name}” from the comparison</source>
            <translation>„{name}“ aus dem Vergleich verwenden</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Write the chart as a PNG, the picture `playground compare --chart` draws</source>
            <translation>Das Diagramm als PNG schreiben, das Bild, das `playground compare --chart` zeichnet</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>epochs </source>
            <translation>Epochen </translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>seed {seed}: {error}</source>
            <translation>Startwert {seed}: {error}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>seeds </source>
            <translation>Startwerte </translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>“Use this one” with its trained weights</source>
            <translation>„Diese verwenden“ mit den trainierten Gewichten</translation>
        </message>
    </context>
    <context>
        <name>ConfigRows</name>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>A dropout rate from 0 to 0.9 for every hidden layer, or one per layer separated by commas</source>
            <translation>Eine Dropout-Rate von 0 bis 0,9 für alle verborgenen Schichten oder eine je Schicht, durch Kommas getrennt</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>A row per configuration to compare; its cells can be edited</source>
            <translation>Eine Zeile je zu vergleichender Konfiguration; die Zellen sind bearbeitbar</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>A skip around every hidden layer as wide as the one before it</source>
            <translation>Eine Skip-Verbindung um jede verborgene Schicht, die so breit ist wie die vor ihr</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>Activation</source>
            <translation>Aktivierung</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>Configurations</source>
            <translation>Konfigurationen</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>Dropout</source>
            <translation>Dropout</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>Hidden layers</source>
            <translation>Verborgene Schichten</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>Learning rate</source>
            <translation>Lernrate</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>Norm</source>
            <translation>Norm.</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>Normalisation</source>
            <translation>Normalisierung</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>One activation for every hidden layer, or one per layer separated by commas</source>
            <translation>Eine Aktivierung für alle verborgenen Schichten oder eine je Schicht, durch Kommas getrennt</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>Optimizer</source>
            <translation>Optimierer</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>Skip</source>
            <translation>Skip</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>The normalisation of every hidden layer (none, layer, batch), or one per layer separated by commas</source>
            <translation>Die Normalisierung aller verborgenen Schichten (none, layer, batch) oder eine je Schicht, durch Kommas getrennt</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>The optimizer this configuration trains with</source>
            <translation>Der Optimierer, mit dem diese Konfiguration trainiert</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>another row has this name</source>
            <translation>eine andere Zeile hat diesen Namen</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>configuration {row}</source>
            <translation>Konfiguration {row}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>dropout</source>
            <translation>Dropout</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>give one activation, or one per hidden layer ({layers}; got {text})</source>
            <translation>eine Aktivierung angeben oder eine je verborgener Schicht ({layers}; erhalten: {text})</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>hidden layers are whole numbers separated by commas, e.g. 8,8 (got {text})</source>
            <translation>verborgene Schichten sind ganze Zahlen, durch Kommas getrennt, z. B. 8,8 (erhalten: {text})</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>norm</source>
            <translation>Normalisierung</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>row {row} ({name}): {error}</source>
            <translation>Zeile {row} ({name}): {error}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>skip</source>
            <translation>Skip</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>the learning rate is a number, e.g. 0.03 (got {text})</source>
            <translation>die Lernrate ist eine Zahl, z. B. 0.03 (erhalten: {text})</translation>
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
        <name>CurveView</name>
        <message>
            <location filename="playground/ui/views/curve_view.py" />
            <source>Curve</source>
            <translation>Kurve</translation>
        </message>
        <message>
            <location filename="playground/ui/views/curve_view.py" />
            <source>The points of a one-input session and the network's curve through them; the readout in the status bar tells what lies under the pointer.</source>
            <translation>Die Punkte einer Sitzung mit einer Eingabe und die Kurve des Netzes durch sie; die Anzeige in der Statusleiste sagt, was unter dem Mauszeiger liegt.</translation>
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
            <translation>Noch keine Diagnosen: Diese erscheinen, während das Training läuft.</translation>
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
            <translation>Der Anteil der ReLU-Neuronen jeder verborgenen Schicht, die für jeden Trainingspunkt 0 ausgeben: Diese bekommen keinen Gradienten und lernen nicht mehr. Bei anderen Aktivierungen immer 0.</translation>
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
            <location filename="playground/ui/controllers/document.py" />
            <location filename="playground/ui/views/curve_drawing.py" />
            <location filename="playground/ui/views/drawing.py" />
            <source>Add point</source>
            <translation>Punkt hinzufügen</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/document.py" />
            <source>Change network</source>
            <translation>Netz ändern</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/document.py" />
            <source>Change split</source>
            <translation>Aufteilung ändern</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/document.py" />
            <source>Clear points</source>
            <translation>Punkte löschen</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/document.py" />
            <source>Continue from here</source>
            <translation>Von hier weitertrainieren</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/document.py" />
            <source>Erase</source>
            <translation>Radieren</translation>
        </message>
        <message>
            <location filename="playground/ui/views/curve_drawing.py" />
            <location filename="playground/ui/views/drawing.py" />
            <source>Erase points</source>
            <translation>Punkte radieren</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/document.py" />
            <source>Freeze neuron {unit} of layer {layer}</source>
            <translation>Neuron {unit} von Schicht {layer} einfrieren</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/document.py" />
            <source>Generate {dataset}</source>
            <translation>{dataset} erzeugen</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/document.py" />
            <source>Import {file}</source>
            <translation>{file} importieren</translation>
        </message>
        <message>
            <location filename="playground/ui/views/curve_drawing.py" />
            <location filename="playground/ui/views/drawing.py" />
            <source>Paint points</source>
            <translation>Punkte malen</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/document.py" />
            <source>Prune neuron {unit} of layer {layer}</source>
            <translation>Neuron {unit} von Schicht {layer} beschneiden</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/document.py" />
            <source>Reset weights</source>
            <translation>Gewichte zurücksetzen</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/document.py" />
            <source>Restore neuron {unit} of layer {layer}</source>
            <translation>Neuron {unit} von Schicht {layer} wiederherstellen</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/document.py" />
            <source>Switch to classification</source>
            <translation>Zu Klassifikation wechseln</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/document.py" />
            <source>Switch to regression</source>
            <translation>Zu Regression wechseln</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/document.py" />
            <source>Switch to {task}</source>
            <translation>Zu {task} wechseln</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/document.py" />
            <source>Use {count} classes</source>
            <translation>{count} Klassen verwenden</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/document.py" />
            <location filename="playground/ui/views/step_situation.py" />
            <source>class {number}</source>
            <translation>Klasse {number}</translation>
        </message>
    </context>
    <context>
        <name>ExportFormats</name>
        <message>
            <location filename="playground/exporters/formats.py" />
            <source>NumPy code</source>
            <translation>NumPy-Code</translation>
        </message>
        <message>
            <location filename="playground/exporters/formats.py" />
            <source>ONNX</source>
            <translation>ONNX</translation>
        </message>
        <message>
            <location filename="playground/exporters/formats.py" />
            <source>PyTorch code</source>
            <translation>PyTorch-Code</translation>
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
        <name>FileController</name>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>&amp;Import points CSV…</source>
            <translation>Punkte aus CSV &amp;importieren…</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>&amp;New</source>
            <translation>&amp;Neu</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>&amp;Open session…</source>
            <translation>Sitzung ö&amp;ffnen…</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>&amp;Save session</source>
            <translation>Sitzung &amp;speichern</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>A Jupyter notebook that rebuilds, trains and explains this session</source>
            <translation>Ein Jupyter-Notebook, das diese Sitzung nachbaut, trainiert und erklärt</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Animated GIF (*.gif)</source>
            <translation>Animiertes GIF (*.gif)</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Copied a TensorFlow Playground link. These do not fit one and are left at TensorFlow Playground's defaults:
{misfits}</source>
            <translation>Ein TensorFlow-Playground-Link wurde kopiert. Folgendes passt nicht hinein und bleibt bei den Voreinstellungen von TensorFlow Playground:
{misfits}</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Copied the session as a TensorFlow Playground link</source>
            <translation>Sitzung als TensorFlow-Playground-Link kopiert</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Copy as &amp;link</source>
            <translation>Als Lin&amp;k kopieren</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Copy as link</source>
            <translation>Als Link kopieren</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Copy the session as a TensorFlow Playground link (says what does not fit)</source>
            <translation>Die Sitzung als TensorFlow-Playground-Link kopieren (sagt, was nicht hineinpasst)</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>E&amp;xport points CSV…</source>
            <translation>Punkte als CSV e&amp;xportieren…</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Export &amp;replay GIF…</source>
            <translation>&amp;Wiedergabe als GIF exportieren…</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Export &amp;weights…</source>
            <translation>&amp;Gewichte exportieren…</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Export as no&amp;tebook…</source>
            <translation>Als &amp;Jupyter-Notebook exportieren…</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Export as notebook</source>
            <translation>Als Notebook exportieren</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Export image</source>
            <translation>Bild exportieren</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Export image &amp;PNG…</source>
            <translation>Bil&amp;d als PNG exportieren…</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Export loss &amp;history CSV…</source>
            <translation>Verlust&amp;verlauf als CSV exportieren…</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Export loss history</source>
            <translation>Verlustverlauf exportieren</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Export model as {format}</source>
            <translation>Modell als {format} exportieren</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Export points</source>
            <translation>Punkte exportieren</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Export replay</source>
            <translation>Wiedergabe exportieren</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Export weights</source>
            <translation>Gewichte exportieren</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>From the link:
{warnings}</source>
            <translation>Aus dem Link:
{warnings}</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Import points</source>
            <translation>Punkte importieren</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Import wei&amp;ghts…</source>
            <translation>Gewichte im&amp;portieren…</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Import weights</source>
            <translation>Gewichte importieren</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Jupyter notebook (*.ipynb)</source>
            <translation>Jupyter-Notebook (*.ipynb)</translation>
        </message>
        <message>
            <location filename="playground/exporters/formats.py" />
            <source>ONNX model (*.onnx)</source>
            <translation>ONNX-Modell (*.onnx)</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Open a TensorFlow Playground link (https://playground.tensorflow.org/#...) as a new session</source>
            <translation>Einen TensorFlow-Playground-Link (https://playground.tensorflow.org/#...) als neue Sitzung öffnen</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Open lin&amp;k…</source>
            <translation>Lin&amp;k öffnen…</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Open link</source>
            <translation>Link öffnen</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Open session</source>
            <translation>Sitzung öffnen</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>PNG image (*.png)</source>
            <translation>PNG-Bild (*.png)</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Playground session (*.pgsession)</source>
            <translation>Playground-Sitzung (*.pgsession)</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Points CSV (*.csv)</source>
            <translation>Punkte-CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="playground/exporters/formats.py" />
            <source>Python file (*.py)</source>
            <translation>Python-Datei (*.py)</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Save session</source>
            <translation>Sitzung speichern</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Save session &amp;as…</source>
            <translation>Sitzung speichern &amp;unter…</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Save the changes to {name} before closing?</source>
            <translation>Änderungen an {name} vor dem Schließen speichern?</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Save the changes to {name} before opening a lesson?</source>
            <translation>Änderungen an {name} speichern, bevor eine Lektion geöffnet wird?</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Save the changes to {name} before opening another session?</source>
            <translation>Änderungen an {name} speichern, bevor eine andere Sitzung geöffnet wird?</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Save the changes to {name} before opening the link?</source>
            <translation>Änderungen an {name} speichern, bevor der Link geöffnet wird?</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Save the changes to {name} before starting a new session?</source>
            <translation>Änderungen an {name} speichern, bevor eine neue Sitzung beginnt?</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Save the changes to {name} first?</source>
            <translation>Änderungen an {name} zuerst speichern?</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Saved the latest weights shown; the optimizer's state was not available</source>
            <translation>Die zuletzt angezeigten Gewichte wurden gespeichert; der Zustand des Optimierers war nicht verfügbar</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>TensorFlow Playground link</source>
            <translation>TensorFlow-Playground-Link</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>TensorFlow Playground link:</source>
            <translation>TensorFlow-Playground-Link:</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>The trained network as {format} ({suffix}), to run without Playground</source>
            <translation>Das trainierte Netz als {format} ({suffix}), um es ohne Playground auszuführen</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Untitled</source>
            <translation>Unbenannt</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Weights (*.npz)</source>
            <translation>Gewichte (*.npz)</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>could not encode the image</source>
            <translation>das Bild konnte nicht kodiert werden</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>there are no weights yet; wait for the network to appear</source>
            <translation>es gibt noch keine Gewichte; warten Sie, bis das Netz erscheint</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>these weights are for {weights_task}, but the points are for {points_task}</source>
            <translation>diese Gewichte sind für {weights_task}, die Punkte aber für {points_task}</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>these weights are for {weights} classes, but the points have {points}</source>
            <translation>diese Gewichte sind für {weights} Klassen, die Punkte haben aber {points}</translation>
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
        <name>Fold</name>
        <message>
            <location filename="playground/ui/layout.py" />
            <source>Show or hide the settings under: {title}</source>
            <translation>Die Einstellungen unter „{title}“ zeigen oder ausblenden</translation>
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
            <translation>Das Netz hat keine verborgene Schicht: Fügen Sie eine hinzu, um zu sehen, wie sie die Ebene verformt.</translation>
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
        <name>InspectViews</name>
        <message>
            <location filename="playground/ui/inspect.py" />
            <source>&amp;Diagnostics</source>
            <translation>&amp;Diagnose</translation>
        </message>
        <message>
            <location filename="playground/ui/inspect.py" />
            <source>&amp;Gradient flow</source>
            <translation>&amp;Gradientenfluss</translation>
        </message>
        <message>
            <location filename="playground/ui/inspect.py" />
            <source>&amp;Hidden space</source>
            <translation>Verborgener &amp;Raum</translation>
        </message>
        <message>
            <location filename="playground/ui/inspect.py" />
            <source>&amp;Loss landscape</source>
            <translation>Verlust&amp;landschaft</translation>
        </message>
        <message>
            <location filename="playground/ui/inspect.py" />
            <source>Diagnostics</source>
            <translation>Diagnose</translation>
        </message>
        <message>
            <location filename="playground/ui/inspect.py" />
            <source>Hidden space</source>
            <translation>Verborgener Raum</translation>
        </message>
        <message>
            <location filename="playground/ui/inspect.py" />
            <source>Linear &amp;regions</source>
            <translation>Lineare &amp;Bereiche</translation>
        </message>
        <message>
            <location filename="playground/ui/inspect.py" />
            <source>Linear regions</source>
            <translation>Lineare Bereiche</translation>
        </message>
        <message>
            <location filename="playground/ui/inspect.py" />
            <source>Links drawn by |gradient|, neurons by mean |delta|: shows vanishing or exploding gradients</source>
            <translation>Verbindungen nach |Gradient|, Neuronen nach mittlerem |Delta| gezeichnet: zeigt verschwindende oder explodierende Gradienten</translation>
        </message>
        <message>
            <location filename="playground/ui/inspect.py" />
            <source>Loss landscape</source>
            <translation>Verlustlandschaft</translation>
        </message>
        <message>
            <location filename="playground/ui/inspect.py" />
            <source>No trained biases to change yet: wait for the first picture</source>
            <translation>Noch keine trainierten Bias-Werte zum Ändern: warten Sie auf das erste Bild</translation>
        </message>
        <message>
            <location filename="playground/ui/inspect.py" />
            <source>No trained weights to change yet: wait for the first picture</source>
            <translation>Noch keine trainierten Gewichte zum Ändern: warten Sie auf das erste Bild</translation>
        </message>
        <message>
            <location filename="playground/ui/inspect.py" />
            <source>Set bias</source>
            <translation>Bias setzen</translation>
        </message>
        <message>
            <location filename="playground/ui/inspect.py" />
            <source>Set weight</source>
            <translation>Gewicht setzen</translation>
        </message>
        <message>
            <location filename="playground/ui/inspect.py" />
            <source>Show or hide how each layer is doing over the epochs</source>
            <translation>Zeigen oder verbergen, wie sich jede Schicht über die Epochen entwickelt</translation>
        </message>
        <message>
            <location filename="playground/ui/inspect.py" />
            <source>Show or hide the loss around the current weights</source>
            <translation>Den Verlust rund um die aktuellen Gewichte zeigen oder verbergen</translation>
        </message>
        <message>
            <location filename="playground/ui/inspect.py" />
            <source>Show or hide the points as a hidden layer sees them</source>
            <translation>Die Punkte so zeigen oder verbergen, wie eine verborgene Schicht sie sieht</translation>
        </message>
        <message>
            <location filename="playground/ui/inspect.py" />
            <source>Show or hide the regions of the plane where a ReLU network is one affine function</source>
            <translation>Die Bereiche der Ebene ein- oder ausblenden, in denen ein ReLU-Netz eine einzige affine Funktion ist</translation>
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
            <translation>Wird berechnet…</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>Computing… {done} of {total} rows</source>
            <translation>Wird berechnet… {done} von {total} Zeilen</translation>
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
            <source>Goal met: step {number}</source>
            <translation>Ziel erreicht: Schritt {number}</translation>
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
            <source>Close without opening a lesson</source>
            <translation>Schließen, ohne eine Lektion zu öffnen</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/lessons.py" />
            <source>Lessons</source>
            <translation>Lektionen</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/lessons.py" />
            <source>Open the lesson chosen in the list</source>
            <translation>Die in der Liste gewählte Lektion öffnen</translation>
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
        <name>LogRateControl</name>
        <message>
            <location filename="playground/ui/widgets.py" />
            <source>{name} slider</source>
            <translation>Schieberegler {name}</translation>
        </message>
    </context>
    <context>
        <name>LossCurves</name>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>(solid: training loss, dashed: test loss)</source>
            <translation>(durchgezogen: Trainingsverlust, gestrichelt: Testverlust)</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>Every configuration's training and test loss by epoch; the legend above names them</source>
            <translation>Trainings- und Testverlust jeder Konfiguration pro Epoche; die Legende darüber benennt sie</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>Loss curves</source>
            <translation>Verlustkurven</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>epoch</source>
            <translation>Epoche</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>loss</source>
            <translation>Verlust</translation>
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
            <source>Loss curves</source>
            <translation>Verlustkurven</translation>
        </message>
        <message>
            <location filename="playground/ui/views/loss_plot.py" />
            <source>The training and test loss by epoch; the status line below the window reads the latest numbers.</source>
            <translation>Trainings- und Testverlust pro Epoche; die Statuszeile unten im Fenster nennt die neuesten Zahlen.</translation>
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
            <translation>{swatch} Gen. Test {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/loss_plot.py" />
            <source>{swatch} test exact match {value}</source>
            <translation>{swatch} exakt Test {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/loss_plot.py" />
            <source>{swatch} test loss {value}</source>
            <translation>{swatch} Testverlust {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/loss_plot.py" />
            <source>{swatch} train acc {value}</source>
            <translation>{swatch} Gen. Training {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/loss_plot.py" />
            <source>{swatch} train exact match {value}</source>
            <translation>{swatch} exakt Training {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/loss_plot.py" />
            <source>{swatch} train loss {value}</source>
            <translation>{swatch} Trainingsverlust {value}</translation>
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
        <name>MainWindow</name>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;About Playground</source>
            <translation>Ü&amp;ber Playground</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;Add points</source>
            <translation>Punkte &amp;hinzufügen</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;Brush</source>
            <translation>&amp;Pinsel</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;Clear points</source>
            <translation>Punkte &amp;löschen</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;Colours</source>
            <translation>&amp;Farben</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;Eraser</source>
            <translation>Radi&amp;erer</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;Inspect</source>
            <translation>&amp;Untersuchen</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;Pause</source>
            <translation>&amp;Pause</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;Play</source>
            <translation>&amp;Start</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;Step one epoch</source>
            <translation>Eine &amp;Epoche weiter</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;Train</source>
            <translation>&amp;Training</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Actual si&amp;ze</source>
            <translation>&amp;Originalgröße</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Also plot each epoch's batch losses before their updates</source>
            <translation>Auch den Verlust jedes Batches einer Epoche vor seinem Update zeichnen</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Class {number}</source>
            <translation>Klasse {number}</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Decision &amp;boundary</source>
            <translation>&amp;Entscheidungsgrenze</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Discretize out&amp;put</source>
            <translation>Ausgabe &amp;diskretisieren</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Draw points of class {number}</source>
            <translation>Punkte der Klasse {number} zeichnen</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Draw points of {name} (key {key})</source>
            <translation>Punkte von {name} zeichnen (Taste {key})</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Drawing</source>
            <translation>Zeichnen</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Export &amp;model as</source>
            <translation>&amp;Modell exportieren als</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Larger text, points and lines for a projector</source>
            <translation>Größere Schrift, Punkte und Linien für den Beamer</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Lo&amp;g-scale loss</source>
            <translation>Verlust &amp;logarithmisch</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Network changed: training starts from new weights</source>
            <translation>Netz geändert: Das Training beginnt mit neuen Gewichten</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Pause Play at an epoch, at a target loss, or when the loss stops improving</source>
            <translation>Das Training bei einer Epoche, einem Zielverlust oder wenn der Verlust nicht mehr sinkt anhalten</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Paused — press Space to train</source>
            <translation>Pausiert – Leertaste startet das Training</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>R&amp;unning loss over batches</source>
            <translation>Laufender Verlust &amp;über die Batches</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Remove every point (undoable)</source>
            <translation>Alle Punkte entfernen (rückgängig machbar)</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Reset &amp;weights</source>
            <translation>Gewichte &amp;zurücksetzen</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>S&amp;top rules…</source>
            <translation>S&amp;toppregeln…</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Show &amp;test points</source>
            <translation>&amp;Testpunkte zeigen</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Smaller text, points and lines</source>
            <translation>Kleinere Schrift, Punkte und Linien</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Start again from new weights</source>
            <translation>Mit neuen Gewichten von vorn beginnen</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Start or pause training</source>
            <translation>Training starten oder pausieren</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Text, points and lines at 100 %</source>
            <translation>Schrift, Punkte und Linien bei 100 %</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>The training process is restarting ({reason})</source>
            <translation>Der Trainingsprozess startet neu ({reason})</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>The window speaks {language} now. Your work is kept (training is paused); the undo history starts afresh.</source>
            <translation>Das Fenster spricht jetzt {language}. Die Arbeit bleibt erhalten (das Training ist pausiert); der Verlauf für Rückgängig beginnt neu.</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>The {language} translation could not be loaded: see the log</source>
            <translation>Die Übersetzung „{language}“ konnte nicht geladen werden (siehe Protokoll)</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Train exactly one epoch</source>
            <translation>Genau eine Epoche trainieren</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Training error</source>
            <translation>Trainingsfehler</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Training stopped</source>
            <translation>Training angehalten</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Training stopped because of an internal error:
{message}

Your points are safe. Details were written to {path}.</source>
            <translation>Das Training wurde wegen eines internen Fehlers angehalten:
{message}

Die Punkte sind sicher. Die Einzelheiten stehen in {path}.</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Training stopped: {why}</source>
            <translation>Training angehalten: {why}</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Weights reset: training starts again (Undo brings the trained ones back)</source>
            <translation>Gewichte zurückgesetzt: Das Training beginnt von vorn (Rückgängig holt die trainierten zurück)</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Zoo&amp;m out</source>
            <translation>Ver&amp;kleinern</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Zoom &amp;in</source>
            <translation>Ver&amp;größern</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Zoom {percent} %</source>
            <translation>Zoom {percent} %</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>{name}{modified} — Playground</source>
            <translation>{name}{modified} — Playground</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>{notice} (Undo brings the trained ones back)</source>
            <translation>{notice} (Rückgängig holt die trainierten zurück)</translation>
        </message>
    </context>
    <context>
        <name>NetworkDiagram</name>
        <message>
            <location filename="playground/ui/views/network_diagram.py" />
            <source>BN</source>
            <translation>BN</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_diagram.py" />
            <source>Dropout rate: each training step drops each unit with this probability</source>
            <translation>Dropout-Rate: Jeder Trainingsschritt lässt jedes Neuron mit dieser Wahrscheinlichkeit weg</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_diagram.py" />
            <source>LN</source>
            <translation>LN</translation>
        </message>
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
        <message>
            <location filename="playground/ui/views/network_diagram.py" />
            <source>p={rate}</source>
            <translation>p={rate}</translation>
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
            <source>&amp;Options</source>
            <translation>&amp;Optionen</translation>
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
            <source>Dropout </source>
            <translation>Dropout </translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Dropout of hidden layer {number}</source>
            <translation>Dropout der verborgenen Schicht {number}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Dropout rate of layer {number}: in each training step each of its units is dropped with this probability (the kept ones scaled by 1/(1 − p)); the heatmap, the metrics and exports use every unit. Applies at once</source>
            <translation>Dropout-Rate der Schicht {number}: In jedem Trainingsschritt wird jedes ihrer Neuronen mit dieser Wahrscheinlichkeit weggelassen (die übrigen mit 1/(1 − p) skaliert); die Heatmap, die Kennzahlen und Exporte verwenden alle Neuronen. Gilt sofort</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Dropout, normalisation and skips of each layer</source>
            <translation>Dropout, Normalisierung und Skips jeder Schicht</translation>
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
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Layer {number} cannot skip: it has {units} units and the layer before it {before}; a skip needs equal widths</source>
            <translation>Schicht {number} kann keinen Skip haben: Sie hat {units} Neuronen, die Schicht davor {before}; ein Skip braucht gleiche Breiten</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Layer {number} dropout {rate}</source>
            <translation>Schicht {number}: Dropout {rate}</translation>
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
            <source>Layer {number}: {norm}</source>
            <translation>Schicht {number}: {norm}</translation>
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
            <source>Normalisation of hidden layer {number}</source>
            <translation>Normalisierung der verborgenen Schicht {number}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Normalisation of layer {number} before its activation: layer norm over the layer's units of each point, batch norm over the batch (running averages in evaluation); a learned scale and shift each</source>
            <translation>Normalisierung der Schicht {number} vor ihrer Aktivierung: Layer Norm über die Neuronen der Schicht je Punkt, Batch Norm über den Batch (gleitende Mittelwerte bei der Auswertung); jeweils mit gelernter Skalierung und Verschiebung</translation>
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
            <source>Show or hide each layer's dropout rate, normalisation and skip connection</source>
            <translation>Dropout-Rate, Normalisierung und Skip-Verbindung jeder Schicht ein- oder ausblenden</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Skip</source>
            <translation>Skip</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Skip around layer {number} added</source>
            <translation>Skip um Schicht {number} hinzugefügt</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Skip around layer {number} removed</source>
            <translation>Skip um Schicht {number} entfernt</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Skip connection around hidden layer {number}</source>
            <translation>Skip-Verbindung um die verborgene Schicht {number}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Skip connection: layer {number} adds its input to its output (a = f(z) + a_prev), so the gradient reaches the layers before it unchanged</source>
            <translation>Skip-Verbindung: Schicht {number} addiert ihre Eingabe zu ihrer Ausgabe (a = f(z) + a_prev), so erreicht der Gradient die Schichten davor unverändert</translation>
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
            <source>The first hidden layer cannot skip: there is no hidden layer before it whose output it could add</source>
            <translation>Die erste verborgene Schicht kann keinen Skip haben: Vor ihr liegt keine verborgene Schicht, deren Ausgabe sie addieren könnte</translation>
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
            <translation>{change}: Das Training beginnt neu mit neuen Gewichten; die eingefrorenen und beschnittenen Neuronen sind wieder aktiv (Rückgängig holt sie zurück)</translation>
        </message>
    </context>
    <context>
        <name>NetworkView</name>
        <message>
            <location filename="playground/ui/views/network_diagram.py" />
            <source>+{n} more</source>
            <translation>+{n} weitere</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_view.py" />
            <source>Arc width: mean |∂L/∂a| = {value} over the points and units of layer {number}'s output, which the skip hands unchanged to layer {before}</source>
            <translation>Bogenbreite: mittleres |∂L/∂a| = {value} über die Punkte und Neuronen der Ausgabe von Schicht {number}, das der Skip unverändert an Schicht {before} weitergibt</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_view.py" />
            <source>Arc: a skip, as wide as the mean |∂L/∂a| it carries back</source>
            <translation>Bogen: ein Skip, so breit wie das mittlere |∂L/∂a|, das er zurückträgt</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_readout.py" />
            <location filename="playground/ui/views/network_view.py" />
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
            <location filename="playground/ui/views/network_view.py" />
            <source>Inspect ▸ Gradient flow shows the gradient it carries back.</source>
            <translation>Untersuchen ▸ Gradientenfluss zeigt den Gradienten, den er zurückträgt.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_view.py" />
            <source>Network diagram</source>
            <translation>Netzdiagramm</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_readout.py" />
            <source>Pruned: its weights are held at 0.</source>
            <translation>Beschnitten: Seine Gewichte werden auf 0 gehalten.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_view.py" />
            <source>Show the first units</source>
            <translation>Die ersten Neuronen zeigen</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_view.py" />
            <source>Show the last units</source>
            <translation>Die letzten Neuronen zeigen</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_view.py" />
            <source>Show unit</source>
            <translation>Neuron zeigen</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_view.py" />
            <source>Show unit…</source>
            <translation>Neuron zeigen…</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_view.py" />
            <source>Skip around layer {number}: a = f(z) + a_prev, the output of layer {before} added to its own</source>
            <translation>Skip um Schicht {number}: a = f(z) + a_prev, die Ausgabe von Schicht {before} zu ihrer eigenen addiert</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_diagram.py" />
            <source>The diagram draws units {a}–{b} of the {n} of this layer; all of them train. The mouse wheel over the layer, or a click on ▲ / ▼, shows others; a right click picks one.</source>
            <translation>Das Diagramm zeigt die Neuronen {a}–{b} der {n} dieser Schicht; alle trainieren. Das Mausrad über der Schicht oder ein Klick auf ▲ / ▼ zeigt andere; ein Rechtsklick wählt eines aus.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_view.py" />
            <source>The network's layers, neurons and weights. Hover a neuron or a link for its numbers; type a number to set the weight under the pointer; a right click freezes or prunes a neuron; the arrow, Page Up/Down, Home and End keys scroll a layer too wide to show whole.</source>
            <translation>Schichten, Neuronen und Gewichte des Netzes. Mit der Maus über einem Neuron oder einer Verbindung erscheinen ihre Zahlen; eine getippte Zahl setzt das Gewicht unter dem Mauszeiger; ein Rechtsklick friert ein Neuron ein oder beschneidet es; Pfeiltasten, Bild auf/ab, Pos1 und Ende blättern durch eine Schicht, die zu breit ist, um sie ganz zu zeigen.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_view.py" />
            <source>Unit of this layer to show (1–{n}):</source>
            <translation>Zu zeigendes Neuron dieser Schicht (1–{n}):</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_readout.py" />
            <location filename="playground/ui/views/network_view.py" />
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
            <location filename="playground/ui/views/network_diagram.py" />
            <source>{a}–{b} of {n}</source>
            <translation>{a}–{b} von {n}</translation>
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
        <message>
            <location filename="playground/ui/views/network_view.py" />
            <source>{negative}: negative · {positive}: positive</source>
            <translation>{negative}: negativ · {positive}: positiv</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_view.py" />
            <source>✕ dimmed: dropped in the last step (first point of the batch)</source>
            <translation>✕ abgeblendet: im letzten Schritt weggelassen (erster Punkt des Batches)</translation>
        </message>
    </context>
    <context>
        <name>Norms</name>
        <message>
            <location filename="playground/engine/layers.py" />
            <source>Batch norm</source>
            <translation>Batch Norm</translation>
        </message>
        <message>
            <location filename="playground/engine/layers.py" />
            <source>Layer norm</source>
            <translation>Layer Norm</translation>
        </message>
        <message>
            <location filename="playground/engine/layers.py" />
            <source>None</source>
            <translation>Keine</translation>
        </message>
    </context>
    <context>
        <name>Notebook</name>
        <message>
            <location filename="playground/ui/notebook.py" />
            <source>Every run with what changed and how it ended; repeat a configuration over several seeds</source>
            <translation>Jeder Lauf mit dem, was sich geändert hat und wie er endete; eine Konfiguration mit mehreren Startwerten wiederholen</translation>
        </message>
        <message>
            <location filename="playground/ui/notebook.py" />
            <source>Lab &amp;notebook…</source>
            <translation>Labor&amp;notizbuch…</translation>
        </message>
    </context>
    <context>
        <name>NotebookDialog</name>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source> epochs</source>
            <translation> Epochen</translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>%n row(s) written to {path}.</source>
            <translation>
                <numerusform>%n Zeile nach {path} geschrieben.</numerusform>
                <numerusform>%n Zeilen nach {path} geschrieben.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>&amp;Repeat with N seeds</source>
            <translation>Mit N Startwerten &amp;wiederholen</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>A row per run: what changed and how it ended</source>
            <translation>Eine Zeile je Lauf: was sich geändert hat und wie er endete</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Added the mean ± sd of {runs} runs ({seconds} s).</source>
            <translation>Mittelwert ± Standardabweichung von {runs} Läufen hinzugefügt ({seconds} s).</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Diverged (counted with their last good figures): seeds {seeds}.</source>
            <translation>Divergiert (mit ihren letzten guten Werten gezählt): Startwerte {seeds}.</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Epochs</source>
            <translation>Epochen</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Epochs each run trains (at most: the stop rules apply)</source>
            <translation>Epochen je Lauf (höchstens: die Stoppregeln gelten)</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Every run, from Play to the pause or stop that ends it, adds a row: what changed since the run before, and how it ended.</source>
            <translation>Jeder Lauf, vom Start bis zur Pause oder zum Stopp, fügt eine Zeile hinzu: was sich seit dem vorigen Lauf geändert hat und wie er endete.</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Export &amp;CSV…</source>
            <translation>&amp;CSV exportieren…</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Export &amp;Markdown…</source>
            <translation>&amp;Markdown exportieren…</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Export the notebook as CSV</source>
            <translation>Notizbuch als CSV exportieren</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Export the notebook as Markdown</source>
            <translation>Notizbuch als Markdown exportieren</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Failed: {errors}</source>
            <translation>Fehlgeschlagen: {errors}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>How many seeds</source>
            <translation>Wie viele Startwerte</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Lab notebook</source>
            <translation>Labornotizbuch</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Markdown files (*.md)</source>
            <translation>Markdown-Dateien (*.md)</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Runs</source>
            <translation>Läufe</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Seeds</source>
            <translation>Startwerte</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Stop the repeated runs</source>
            <translation>Die wiederholten Läufe beenden</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>The notebook was not written: {error}</source>
            <translation>Das Notizbuch wurde nicht geschrieben: {error}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Train the current configuration again with the network seeds S, S+1, ..., in background processes, and add their mean ± sd</source>
            <translation>Die aktuelle Konfiguration erneut mit den Startwerten S, S+1, ... des Netzes in Hintergrundprozessen trainieren und deren Mittelwert ± Standardabweichung hinzufügen</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Training {runs} runs of {epochs} epochs (seeds {first}..{last})…</source>
            <translation>{runs} Läufe zu je {epochs} Epochen werden trainiert (Startwerte {first}..{last})…</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Write the notebook as a CSV file</source>
            <translation>Das Notizbuch als CSV-Datei schreiben</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Write the notebook as a Markdown table</source>
            <translation>Das Notizbuch als Markdown-Tabelle schreiben</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>seed {seed}: {error}</source>
            <translation>Startwert {seed}: {error}</translation>
        </message>
    </context>
    <context>
        <name>NotebookTable</name>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Changes</source>
            <translation>Änderungen</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Epochs</source>
            <translation>Epochen</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Seconds</source>
            <translation>Sekunden</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Seed</source>
            <translation>Startwert</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Test accuracy</source>
            <translation>Testgenauigkeit</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Test loss</source>
            <translation>Testverlust</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Train accuracy</source>
            <translation>Trainingsgenauigkeit</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Train loss</source>
            <translation>Trainingsverlust</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>{changes} ({seeds} seeds)</source>
            <translation>{changes} ({seeds} Startwerte)</translation>
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
            <translation>{typed} liegt außerhalb von {low} … {high}: {used} wird verwendet</translation>
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
        <name>Recovery</name>
        <message numerus="yes">
            <location filename="playground/ui/controllers/recovery.py" />
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n Punkt</numerusform>
                <numerusform>%n Punkte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/controllers/recovery.py" />
            <source>%n replay frame(s)</source>
            <translation>
                <numerusform>%n Wiedergabebild</numerusform>
                <numerusform>%n Wiedergabebilder</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/recovery.py" />
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/recovery.py" />
            <source>Autosaved work could not be opened</source>
            <translation>Automatisch gesicherte Arbeit konnte nicht geöffnet werden</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/recovery.py" />
            <source>Playground did not close properly, and the work it autosaved could not be opened:
{error}

The file is kept as {path}.</source>
            <translation>Playground wurde nicht ordnungsgemäß beendet, und die automatisch gesicherte Arbeit konnte nicht geöffnet werden:
{error}

Die Datei bleibt als {path} erhalten.</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/recovery.py" />
            <source>Playground did not close properly. Restore the work autosaved at {time} ({contents})?</source>
            <translation>Playground wurde nicht ordnungsgemäß beendet. Die um {time} automatisch gesicherte Arbeit wiederherstellen ({contents})?</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/recovery.py" />
            <source>Restore unsaved work?</source>
            <translation>Ungesicherte Arbeit wiederherstellen?</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/recovery.py" />
            <source>trained to epoch {epoch}</source>
            <translation>bis Epoche {epoch} trainiert</translation>
        </message>
    </context>
    <context>
        <name>Regions</name>
        <message>
            <location filename="playground/engine/regions.py" />
            <source>Linear regions need ReLU, leaky ReLU or linear units and no layer norm</source>
            <translation>Lineare Bereiche setzen ReLU-, Leaky-ReLU- oder lineare Neuronen und keine Layer-Norm voraus</translation>
        </message>
        <message>
            <location filename="playground/engine/regions.py" />
            <source>Linear regions need a network without layer norm: it divides each point by its own spread, which is not piecewise linear</source>
            <translation>Lineare Bereiche setzen ein Netz ohne Layer-Norm voraus: Sie teilt jeden Punkt durch seine eigene Streuung, und das ist nicht stückweise linear</translation>
        </message>
    </context>
    <context>
        <name>RegionsView</name>
        <message numerus="yes">
            <location filename="playground/ui/views/regions_view.py" />
            <source>%n linear region(s) on a {size} × {size} grid</source>
            <translation>
                <numerusform>%n linearer Bereich auf einem Raster von {size} × {size}</numerusform>
                <numerusform>%n lineare Bereiche auf einem Raster von {size} × {size}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/views/regions_view.py" />
            <source>Draw the data points over the regions</source>
            <translation>Die Datenpunkte über den Bereichen zeichnen</translation>
        </message>
        <message>
            <location filename="playground/ui/views/regions_view.py" />
            <source>Each colour is one region of the plane where the network is one affine function</source>
            <translation>Jede Farbe ist ein Bereich der Ebene, in dem das Netz eine einzige affine Funktion ist</translation>
        </message>
        <message>
            <location filename="playground/ui/views/regions_view.py" />
            <source>Linear regions</source>
            <translation>Lineare Bereiche</translation>
        </message>
        <message>
            <location filename="playground/ui/views/regions_view.py" />
            <source>Live run only: a replayed frame keeps no linear regions, so these are of the latest weights.</source>
            <translation>Nur im laufenden Training: Ein Bild der Wiedergabe speichert keine linearen Bereiche, daher zeigen diese die neuesten Gewichte.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/regions_view.py" />
            <source>Show the &amp;points</source>
            <translation>&amp;Punkte zeigen</translation>
        </message>
        <message>
            <location filename="playground/ui/views/regions_view.py" />
            <source>Waiting for the network's linear regions…</source>
            <translation>Warten auf die linearen Bereiche des Netzes…</translation>
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
            <translation>Von hier weitertrainieren</translation>
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
            <source>Play replay</source>
            <translation>Wiedergabe abspielen</translation>
        </message>
        <message>
            <location filename="playground/ui/views/replay_bar.py" />
            <source>Play the replay from the frame shown</source>
            <translation>Die Wiedergabe ab dem gezeigten Bild abspielen</translation>
        </message>
        <message>
            <location filename="playground/ui/views/replay_bar.py" />
            <source>Replay epoch</source>
            <translation>Epoche der Wiedergabe</translation>
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
        <name>ReplayController</name>
        <message>
            <location filename="playground/ui/replay.py" />
            <source>&amp;Replay the run</source>
            <translation>Lauf &amp;wiedergeben</translation>
        </message>
        <message>
            <location filename="playground/ui/replay.py" />
            <source>Continuing from epoch {epoch} (Undo brings back the run it replaced: weights, loss curve and replay)</source>
            <translation>Weiter ab Epoche {epoch} (Rückgängig holt den ersetzten Lauf zurück: Gewichte, Verlustkurve und Wiedergabe)</translation>
        </message>
        <message>
            <location filename="playground/ui/replay.py" />
            <source>Go back to the live network (Esc)</source>
            <translation>Zurück zum laufenden Netz (Esc)</translation>
        </message>
        <message>
            <location filename="playground/ui/replay.py" />
            <source>Leave replay</source>
            <translation>Wiedergabe verlassen</translation>
        </message>
        <message>
            <location filename="playground/ui/replay.py" />
            <source>Nothing to replay yet: train for a while first</source>
            <translation>Noch nichts wiederzugeben: erst eine Weile trainieren</translation>
        </message>
        <message>
            <location filename="playground/ui/replay.py" />
            <source>Replay</source>
            <translation>Wiedergabe</translation>
        </message>
        <message>
            <location filename="playground/ui/replay.py" />
            <source>Travel back through the run: the boundary, the network and the loss, frame by frame</source>
            <translation>Den Lauf zurückverfolgen: Grenze, Netz und Verlust, Bild für Bild</translation>
        </message>
    </context>
    <context>
        <name>ResultCard</name>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>Copy this configuration (and, if ticked below, its trained weights) to the window</source>
            <translation>Diese Konfiguration (und, falls unten angehakt, ihre trainierten Gewichte) ins Fenster übernehmen</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>Heatmap of “{name}”</source>
            <translation>Heatmap von „{name}“</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>Progress of “{name}”</source>
            <translation>Fortschritt von „{name}“</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>Use this one</source>
            <translation>Diese verwenden</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>Use “{name}”</source>
            <translation>„{name}“ verwenden</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>diverged: {message}</source>
            <translation>divergiert: {message}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>epoch {done} of {total}</source>
            <translation>Epoche {done} von {total}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>epoch {epoch} · {seconds} s</source>
            <translation>Epoche {epoch} · {seconds} s</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>error: {message}</source>
            <translation>Fehler: {message}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>mean ± sd of {runs} seeds</source>
            <translation>Mittelwert ± Std.-Abw. über {runs} Startwerte</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>stopped by patience</source>
            <translation>durch Geduld gestoppt</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>stopped by the target loss</source>
            <translation>durch Zielverlust gestoppt</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>stopped by {rule}</source>
            <translation>gestoppt durch {rule}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>test acc. {value}</source>
            <translation>Test-Gen. {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>test accuracy {value}</source>
            <translation>Testgenauigkeit {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>test loss {value}</source>
            <translation>Testverlust {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>train acc. {value}</source>
            <translation>Train.-Gen. {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>train accuracy {value}</source>
            <translation>Trainingsgenauigkeit {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>train loss {value}</source>
            <translation>Trainingsverlust {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>waiting…</source>
            <translation>wartet…</translation>
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
        <name>SliceControls</name>
        <message>
            <location filename="playground/ui/views/slice_controls.py" />
            <source>Input across</source>
            <translation>Eingabe waagerecht</translation>
        </message>
        <message>
            <location filename="playground/ui/views/slice_controls.py" />
            <source>Input up</source>
            <translation>Eingabe senkrecht</translation>
        </message>
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
            <location filename="playground/ui/views/step_layers.py" />
            <source>(dropped)</source>
            <translation>(ausgelassen)</translation>
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
            <location filename="playground/ui/views/step_layers.py" />
            <source>&lt;b&gt;Batch norm.&lt;/b&gt; Before the activation, each neuron's &lt;i&gt;z&lt;/i&gt; is normalised by a mean μ and variance σ², then scaled and shifted by the learned γ and β: {rule} (ε = {eps}). In a training step μ and σ² are the batch's, so they depend on the other points drawn with this one; one point alone has no batch, so this step uses the running mean and variance as constants, as in evaluation. Its gradients are those of this fixed normalisation (in training the batch's statistics add terms of their own).</source>
            <translation>&lt;b&gt;Batch-Norm.&lt;/b&gt; Vor der Aktivierung wird das &lt;i&gt;z&lt;/i&gt; jedes Neurons mit einem Mittelwert μ und einer Varianz σ² normalisiert, dann mit den gelernten γ und β skaliert und verschoben: {rule} (ε = {eps}). In einem Trainingsschritt sind μ und σ² die des Batches und hängen damit von den anderen Punkten ab, die mit diesem gezogen wurden; ein einzelner Punkt hat keinen Batch, daher verwendet dieser Schritt den laufenden Mittelwert und die laufende Varianz als Konstanten, wie in der Auswertung. Seine Gradienten sind die dieser festen Normalisierung (im Training kommen durch die Statistik des Batches eigene Terme hinzu).</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_layers.py" />
            <source>&lt;b&gt;Dropout&lt;/b&gt; ({rate}): in a training step each neuron is dropped with probability &lt;i&gt;p&lt;/i&gt; and the ones kept are scaled by 1/(1 − &lt;i&gt;p&lt;/i&gt;) = {scale}, so the layer's expected output stays what evaluation sees (evaluation, the heatmap and exports drop nothing). The trainer draws a fresh mask for every point of every step; the mask shown is one drawn the same way for this point, from the run's seed and the epoch:</source>
            <translation>&lt;b&gt;Dropout&lt;/b&gt; ({rate}): In einem Trainingsschritt wird jedes Neuron mit Wahrscheinlichkeit &lt;i&gt;p&lt;/i&gt; ausgelassen, und die behaltenen werden mit 1/(1 − &lt;i&gt;p&lt;/i&gt;) = {scale} skaliert, sodass die erwartete Ausgabe der Schicht der in der Auswertung entspricht (Auswertung, Heatmap und Exporte lassen nichts aus). Das Training zieht für jeden Punkt in jedem Schritt eine neue Maske; die gezeigte Maske ist auf dieselbe Weise für diesen Punkt gezogen, aus dem Seed des Laufs und der Epoche:</translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_layers.py" />
            <source>&lt;b&gt;Layer norm.&lt;/b&gt; Before the activation, the layer's %n values &lt;i&gt;z&lt;/i&gt; are normalised by the point's own mean μ and variance σ² over the layer's units, then scaled and shifted by the learned γ and β: {rule} (ε = {eps}). Here μ = {mean} and σ² = {var}, so √(σ² + ε) = {std}.</source>
            <translation>
                <numerusform>&lt;b&gt;Layer-Norm.&lt;/b&gt; Vor der Aktivierung wird der %n Wert &lt;i&gt;z&lt;/i&gt; der Schicht mit dem eigenen Mittelwert μ und der eigenen Varianz σ² des Punkts über die Neuronen der Schicht normalisiert, dann mit den gelernten γ und β skaliert und verschoben: {rule} (ε = {eps}). Hier ist μ = {mean} und σ² = {var}, also √(σ² + ε) = {std}.</numerusform>
                <numerusform>&lt;b&gt;Layer-Norm.&lt;/b&gt; Vor der Aktivierung werden die %n Werte &lt;i&gt;z&lt;/i&gt; der Schicht mit dem eigenen Mittelwert μ und der eigenen Varianz σ² des Punkts über die Neuronen der Schicht normalisiert, dann mit den gelernten γ und β skaliert und verschoben: {rule} (ε = {eps}). Hier ist μ = {mean} und σ² = {var}, also √(σ² + ε) = {std}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_layers.py" />
            <source>&lt;b&gt;Skip.&lt;/b&gt; The layer's input is added to its output: {rule}, so the signal (and, going back, the error) can pass the layer unchanged.</source>
            <translation>&lt;b&gt;Skip.&lt;/b&gt; Die Eingabe der Schicht wird zu ihrer Ausgabe addiert: {rule}, sodass das Signal (und rückwärts der Fehler) die Schicht unverändert passieren kann.</translation>
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
            <location filename="playground/ui/views/step_layers.py" />
            <source>Batch norm with its statistics held constant is a scale per neuron: {rule}.</source>
            <translation>Batch-Norm mit konstant gehaltener Statistik ist eine Skalierung je Neuron: {rule}.</translation>
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
        <message>
            <location filename="playground/ui/views/step_layers.py" />
            <source>Dropout sends it back through the same mask and scale, {rule}: a dropped neuron gets no error and its weights in get no gradient from this point.</source>
            <translation>Dropout schickt ihn durch dieselbe Maske und Skalierung zurück, {rule}: Ein ausgelassenes Neuron erhält keinen Fehler, und seine eingehenden Gewichte erhalten von diesem Punkt keinen Gradienten.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_layers.py" />
            <source>Dropped in this step (output 0): {dropped}; kept: {kept}.</source>
            <translation>In diesem Schritt ausgelassen (Ausgabe 0): {dropped}; behalten: {kept}.</translation>
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
            <location filename="playground/ui/views/step_layers.py" />
            <source>Layer norm's mean and variance depend on every &lt;i&gt;z&lt;/i&gt; of the layer, so each δ takes all of them: {rule}, with {g} (the means are over the layer's neurons).</source>
            <translation>Mittelwert und Varianz der Layer-Norm hängen von jedem &lt;i&gt;z&lt;/i&gt; der Schicht ab, daher nimmt jedes δ alle auf: {rule}, mit {g} (die Mittelwerte über die Neuronen der Schicht).</translation>
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
            <location filename="playground/ui/views/step_layers.py" />
            <source>No neuron is dropped in this step.</source>
            <translation>In diesem Schritt wird kein Neuron ausgelassen.</translation>
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
            <location filename="playground/ui/views/step_layers.py" />
            <source>The activation's slope: {rule}.</source>
            <translation>Die Steigung der Aktivierung: {rule}.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_backward.py" />
            <source>The chain rule sends the error back through the weights that carried the signal forward: {rule}, where {slope} = {slope_rule}.</source>
            <translation>Die Kettenregel schickt den Fehler zurück durch die Gewichte, die das Signal vorwärts getragen haben: {rule}, wobei {slope} = {slope_rule}.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_layers.py" />
            <source>The error comes back to the layer's output through the next layer's weights: {rule}.</source>
            <translation>Der Fehler kommt durch die Gewichte der nächsten Schicht zur Ausgabe der Schicht zurück: {rule}.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_layers.py" />
            <source>The learned scale and shift are parameters too: {gamma_rule} and {beta_rule}.</source>
            <translation>Die gelernte Skalierung und Verschiebung sind ebenfalls Parameter: {gamma_rule} und {beta_rule}.</translation>
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
            <location filename="playground/ui/views/step_layers.py" />
            <source>The next layer's skip adds its own ∂&lt;i&gt;L&lt;/i&gt;/∂&lt;i&gt;a&lt;/i&gt; unchanged: the error passes the layer on a path without weights or slopes.</source>
            <translation>Der Skip der nächsten Schicht addiert deren ∂&lt;i&gt;L&lt;/i&gt;/∂&lt;i&gt;a&lt;/i&gt; unverändert: Der Fehler passiert die Schicht auf einem Weg ohne Gewichte und Steigungen.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>The next step (→)</source>
            <translation>Der nächste Schritt (→)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>The normalisations' scales γ and shifts β move by the same rule, with their own gradients (no weight penalty).</source>
            <translation>Die Skalierungen γ und Verschiebungen β der Normalisierungen bewegen sich nach derselben Regel, mit ihren eigenen Gradienten (ohne Gewichtsstrafe).</translation>
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
            <location filename="playground/ui/views/step_pages.py" />
            <source>Then its activation, {name}: &lt;i&gt;h&lt;/i&gt; = {formula}.</source>
            <translation>Dann seine Aktivierung, {name}: &lt;i&gt;h&lt;/i&gt; = {formula}.</translation>
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
            <location filename="playground/ui/views/step_layers.py" />
            <source>neuron {number}</source>
            <translation>Neuron {number}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_layers.py" />
            <source>neurons {list}</source>
            <translation>Neuronen {list}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_layers.py" />
            <source>none</source>
            <translation>keine</translation>
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
            <location filename="playground/ui/views/step_layers.py" />
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
            <translation>Das Training hält an, wenn sich der Testverlust (ohne Testdaten der Trainingsverlust) so viele Epochen in Folge nicht über seinen besten Wert hinaus verbessert hat. Ein neuer Start zählt von vorn.</translation>
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
        <name>SweepDialog</name>
        <message numerus="yes">
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>%n run(s)</source>
            <translation>
                <numerusform>%n Lauf</numerusform>
                <numerusform>%n Läufe</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Across:</source>
            <translation>Waagerecht:</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Activation</source>
            <translation>Aktivierung</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Batch size</source>
            <translation>Batchgröße</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Choose two different settings.</source>
            <translation>Wählen Sie zwei verschiedene Einstellungen.</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Down:</source>
            <translation>Senkrecht:</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Dropout</source>
            <translation>Dropout</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Epochs</source>
            <translation>Epochen</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Fill both lists again around the window's values</source>
            <translation>Beide Listen wieder um die Werte des Fensters füllen</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>From the window</source>
            <translation>Aus dem Fenster</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Hidden layers</source>
            <translation>Verborgene Schichten</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>How many epochs each run trains</source>
            <translation>Wie viele Epochen jeder Lauf trainiert</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>How many network seeds each combination trains with</source>
            <translation>Mit wie vielen Startwerten des Netzes jede Kombination trainiert</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>How many of the runs have finished</source>
            <translation>Wie viele der Läufe fertig sind</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>L2 regularisation</source>
            <translation>L2-Regularisierung</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Learning rate</source>
            <translation>Lernrate</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Metric</source>
            <translation>Kennzahl</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Normalisation</source>
            <translation>Normalisierung</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Nothing ran: {error}</source>
            <translation>Nichts wurde gestartet: {error}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>One cell per combination, coloured by the mean of the metric; hover for mean ± sd, click to use its settings (or move with the arrow keys and press Enter)</source>
            <translation>Eine Zelle je Kombination, gefärbt nach dem Mittelwert der Kennzahl; darüberfahren zeigt Mittelwert ± Standardabweichung, ein Klick übernimmt ihre Einstellungen (oder mit den Pfeiltasten wählen und die Eingabetaste drücken)</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Optimizer</source>
            <translation>Optimierer</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Run</source>
            <translation>Starten</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Seeds</source>
            <translation>Startwerte</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Setting across</source>
            <translation>Einstellung waagerecht</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Setting down</source>
            <translation>Einstellung senkrecht</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Stop the sweep now; the cells that arrived stay</source>
            <translation>Die Parametersuche jetzt anhalten; die fertigen Zellen bleiben</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Sweep map</source>
            <translation>Karte der Parametersuche</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Sweep two settings</source>
            <translation>Parametersuche über zwei Einstellungen</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Test accuracy</source>
            <translation>Testgenauigkeit</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Test loss</source>
            <translation>Testverlust</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>The final metric the map shows: its mean over the seeds</source>
            <translation>Die Kennzahl am Ende, die die Karte zeigt: ihr Mittelwert über die Startwerte</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>The setting whose values are the map's columns</source>
            <translation>Die Einstellung, deren Werte die Spalten der Karte sind</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>The setting whose values are the map's rows</source>
            <translation>Die Einstellung, deren Werte die Zeilen der Karte sind</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>The values to try, separated by semicolons, e.g. 0.01; 0.1 or 4; 8,8 for hidden layers</source>
            <translation>Die zu probierenden Werte, durch Semikolons getrennt, z. B. 0,01; 0,1 oder 4; 8,8 für verborgene Schichten</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Train every combination in the background</source>
            <translation>Jede Kombination im Hintergrund trainieren</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Train every combination of two settings of the window's session, with several seeds, and map the result. Click a cell to use its settings in the window.</source>
            <translation>Jede Kombination zweier Einstellungen der Sitzung des Fensters mit mehreren Startwerten trainieren und das Ergebnis als Karte zeigen. Ein Klick auf eine Zelle übernimmt ihre Einstellungen in das Fenster.</translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Training %n combination(s) for {epochs} epochs…</source>
            <translation>
                <numerusform>%n Kombination wird {epochs} Epochen lang trainiert…</numerusform>
                <numerusform>%n Kombinationen werden {epochs} Epochen lang trainiert…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Training %n combination(s) × {seeds} seeds for {epochs} epochs…</source>
            <translation>
                <numerusform>%n Kombination wird mit je {seeds} Startwerten {epochs} Epochen lang trainiert…</numerusform>
                <numerusform>%n Kombinationen werden mit je {seeds} Startwerten {epochs} Epochen lang trainiert…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Training accuracy</source>
            <translation>Trainingsgenauigkeit</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Training loss</source>
            <translation>Trainingsverlust</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Values across</source>
            <translation>Werte waagerecht</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Values down</source>
            <translation>Werte senkrecht</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>epochs </source>
            <translation>Epochen </translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>full</source>
            <translation>voll</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>no result</source>
            <translation>kein Ergebnis</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>no result yet</source>
            <translation>noch kein Ergebnis</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>seeds </source>
            <translation>Startwerte </translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>unknown activation {name} (allowed: {allowed})</source>
            <translation>unbekannte Aktivierung {name} (erlaubt: {allowed})</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>{figure} ({runs}, {failed} failed)</source>
            <translation>{figure} ({runs}, {failed} fehlgeschlagen)</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>{setting}: at most {n} values</source>
            <translation>{setting}: höchstens {n} Werte</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>{setting}: give at least one value</source>
            <translation>{setting}: Geben Sie mindestens einen Wert an</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>{setting}: {text} is given twice</source>
            <translation>{setting}: {text} steht zweimal in der Liste</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>{setting}: {text} is not a list of whole numbers such as 8,8</source>
            <translation>{setting}: {text} ist keine Liste ganzer Zahlen wie 8,8</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>{setting}: {text} is not a number</source>
            <translation>{setting}: {text} ist keine Zahl</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>{setting}: {text} is not a whole number or “full”</source>
            <translation>{setting}: {text} ist keine ganze Zahl und nicht „voll“</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>{setting}: {text} is not one of {allowed}</source>
            <translation>{setting}: {text} ist keiner von {allowed}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>{setting}: {text} needs at most {layers} layers of 1 to {units} units</source>
            <translation>{setting}: {text} darf höchstens {layers} Schichten mit 1 bis {units} Neuronen haben</translation>
        </message>
    </context>
    <context>
        <name>SweepMap</name>
        <message>
            <location filename="playground/ui/sweep_map.py" />
            <source>Cancelled; the cells that finished stay.</source>
            <translation>Abgebrochen; die fertigen Zellen bleiben.</translation>
        </message>
        <message>
            <location filename="playground/ui/sweep_map.py" />
            <source>Cancelling…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
        <message>
            <location filename="playground/ui/sweep_map.py" />
            <source>Done. Click a cell to use its settings.</source>
            <translation>Fertig. Ein Klick auf eine Zelle übernimmt ihre Einstellungen.</translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/sweep_map.py" />
            <source>Done: %n run(s) failed (hover a cell for its count).</source>
            <translation>
                <numerusform>Fertig: %n Lauf ist fehlgeschlagen (die Anzahl je Zelle zeigt ihr Tooltip).</numerusform>
                <numerusform>Fertig: %n Läufe sind fehlgeschlagen (die Anzahl je Zelle zeigt ihr Tooltip).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/sweep_map.py" />
            <source>Sw&amp;eep…</source>
            <translation>Para&amp;metersuche…</translation>
        </message>
        <message>
            <location filename="playground/ui/sweep_map.py" />
            <source>The sweep cannot start: {error}</source>
            <translation>Die Parametersuche kann nicht starten: {error}</translation>
        </message>
        <message>
            <location filename="playground/ui/sweep_map.py" />
            <source>The sweep stopped: {error}</source>
            <translation>Die Parametersuche wurde beendet: {error}</translation>
        </message>
        <message>
            <location filename="playground/ui/sweep_map.py" />
            <source>The window already uses {settings}.</source>
            <translation>Das Fenster verwendet bereits {settings}.</translation>
        </message>
        <message>
            <location filename="playground/ui/sweep_map.py" />
            <source>The window now uses {settings}.</source>
            <translation>Das Fenster verwendet jetzt {settings}.</translation>
        </message>
        <message>
            <location filename="playground/ui/sweep_map.py" />
            <source>These settings do not fit the window's network: {error}</source>
            <translation>Diese Einstellungen passen nicht zum Netz des Fensters: {error}</translation>
        </message>
        <message>
            <location filename="playground/ui/sweep_map.py" />
            <source>Train a grid over two settings with several seeds and map the results</source>
            <translation>Ein Raster über zwei Einstellungen mit mehreren Startwerten trainieren und die Ergebnisse als Karte zeigen</translation>
        </message>
        <message>
            <location filename="playground/ui/sweep_map.py" />
            <source>Use {settings} from the sweep</source>
            <translation>{settings} aus der Parametersuche verwenden</translation>
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
            <translation>Weight Decay</translation>
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
    <context>
        <name>TrainingWorker</name>
        <message>
            <location filename="playground/ui/controllers/worker.py" />
            <source>The training process ended unexpectedly (exit code {code}). It was restarted with your points and settings; the weights start afresh.</source>
            <translation>Der Trainingsprozess wurde unerwartet beendet (Exit-Code {code}). Er wurde mit Ihren Punkten und Einstellungen neu gestartet; die Gewichte beginnen von vorn.</translation>
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
    <context>
        <name>WindowLayout</name>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>&amp;Data</source>
            <translation>D&amp;aten</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>&amp;Fit to data</source>
            <translation>An Daten an&amp;passen</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>&amp;Reset view</source>
            <translation>Ansicht &amp;zurücksetzen</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Choose what a lesson hides and fixes; saved with the session</source>
            <translation>Festlegen, was eine Lektion verbirgt und festhält; wird mit der Sitzung gespeichert</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Cl&amp;assroom mode…</source>
            <translation>&amp;Unterrichtsmodus…</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Classroom mode</source>
            <translation>Unterrichtsmodus</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Full-wi&amp;ndow canvas</source>
            <translation>Zeichenfläche i&amp;m ganzen Fenster</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Give the whole window to the canvas (F11 again to come back)</source>
            <translation>Das ganze Fenster der Zeichenfläche geben (F11 erneut zum Zurückkehren)</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>L&amp;eave classroom mode</source>
            <translation>Unterrichtsmodus &amp;beenden</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Loss cur&amp;ves</source>
            <translation>&amp;Verlustkurven</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Net&amp;work diagram</source>
            <translation>Netzd&amp;iagramm</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Networ&amp;k settings</source>
            <translation>&amp;Netzeinstellungen</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Show or hide the data</source>
            <translation>Die Daten zeigen oder verbergen</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Show or hide the loss curves</source>
            <translation>Die Verlustkurven zeigen oder verbergen</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Show or hide the network diagram</source>
            <translation>Das Netzdiagramm zeigen oder verbergen</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Show or hide the network settings</source>
            <translation>Die Netzeinstellungen zeigen oder verbergen</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Show or hide the training settings</source>
            <translation>Die Trainingseinstellungen zeigen oder verbergen</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Show the default box, −6 to 6</source>
            <translation>Den Standardbereich zeigen, −6 bis 6</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Training &amp;settings</source>
            <translation>T&amp;rainingseinstellungen</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Zoom the output to show every point (Ctrl+wheel zooms, a middle-button drag pans)</source>
            <translation>Die Ausgabe so zoomen, dass jeder Punkt sichtbar ist (Strg+Mausrad zoomt, Ziehen mit der mittleren Taste verschiebt)</translation>
        </message>
    </context>
</TS>
