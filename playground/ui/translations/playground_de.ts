<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
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
            <source>Run</source>
            <translation>Starten</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Seeds</source>
            <translation>Seeds</translation>
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
            <translation>Jede Konfiguration mit so vielen Netz-Seeds (dem eigenen, dann den folgenden) auf denselben Punkten trainieren; Karten und Diagramm zeigen Mittelwert ± Stichproben-Standardabweichung</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Train every row, each in a background process</source>
            <translation>Jede Zeile trainieren, jede in einem eigenen Hintergrundprozess</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Train several configurations on the window's points, for the same number of epochs and with the same seed, and compare them.</source>
            <translation>Mehrere Konfigurationen auf den Punkten des Fensters trainieren, gleich viele Epochen lang und mit demselben Seed, und sie vergleichen.</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Training {n} configurations for {epochs} epochs on {points} points…</source>
            <translation>Trainiere {n} Konfigurationen {epochs} Epochen lang auf {points} Punkten…</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Training {n} configurations with {seeds} seeds each for {epochs} epochs on {points} points…</source>
            <translation>Trainiere {n} Konfigurationen mit je {seeds} Seeds {epochs} Epochen lang auf {points} Punkten…</translation>
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
            <translation>Seed {seed}: {error}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>seeds </source>
            <translation>Seeds </translation>
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
            <source>A row per configuration to compare; its cells can be edited</source>
            <translation>Eine Zeile je zu vergleichender Konfiguration; die Zellen sind bearbeitbar</translation>
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
            <source>row {row} ({name}): {error}</source>
            <translation>Zeile {row} ({name}): {error}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>the learning rate is a number, e.g. 0.03 (got {text})</source>
            <translation>die Lernrate ist eine Zahl, z. B. 0.03 (erhalten: {text})</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <location filename="playground/ui/controllers/document.py" />
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
            <location filename="playground/ui/controllers/document.py" />
            <source>Prune neuron {unit} of layer {layer}</source>
            <translation>Neuron {unit} von Schicht {layer} entfernen</translation>
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
            <translation>Als &amp;Link kopieren</translation>
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
            <source>Export &amp;image PNG…</source>
            <translation>&amp;Bild als PNG exportieren…</translation>
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
            <source>Export image</source>
            <translation>Bild exportieren</translation>
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
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Open &amp;link…</source>
            <translation>&amp;Link öffnen…</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Open a TensorFlow Playground link (https://playground.tensorflow.org/#...) as a new session</source>
            <translation>Einen TensorFlow-Playground-Link (https://playground.tensorflow.org/#...) als neue Sitzung öffnen</translation>
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
        <name>Notebook</name>
        <message>
            <location filename="playground/ui/notebook.py" />
            <source>Every run with what changed and how it ended; repeat a configuration over several seeds</source>
            <translation>Jeder Lauf mit dem, was sich geändert hat und wie er endete; eine Konfiguration mit mehreren Seeds wiederholen</translation>
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
            <translation>Mit N Seeds &amp;wiederholen</translation>
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
            <translation>Divergiert (mit ihren letzten guten Werten gezählt): Seeds {seeds}.</translation>
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
            <translation>Wie viele Seeds</translation>
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
            <translation>Seeds</translation>
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
            <translation>Die aktuelle Konfiguration erneut mit den Netz-Seeds S, S+1, ... in Hintergrundprozessen trainieren und deren Mittelwert ± Standardabweichung hinzufügen</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Training {runs} runs of {epochs} epochs (seeds {first}..{last})…</source>
            <translation>Trainiere {runs} Läufe zu je {epochs} Epochen (Seeds {first}..{last})…</translation>
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
            <translation>Seed {seed}: {error}</translation>
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
            <translation>Seed</translation>
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
            <translation>{changes} ({seeds} Seeds)</translation>
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
            <translation>Mittel ± SA über {runs} Seeds</translation>
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
        <name>TrainingWorker</name>
        <message>
            <location filename="playground/ui/controllers/worker.py" />
            <source>The training process ended unexpectedly (exit code {code}). It was restarted with your points and settings; the weights start afresh.</source>
            <translation>Der Trainingsprozess wurde unerwartet beendet (Exit-Code {code}). Er wurde mit Ihren Punkten und Einstellungen neu gestartet; die Gewichte beginnen von vorn.</translation>
        </message>
    </context>
    <context>
        <name>WindowLayout</name>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>&amp;Classroom mode…</source>
            <translation>&amp;Unterrichtsmodus…</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>&amp;Data</source>
            <translation>&amp;Daten</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>&amp;Fit to data</source>
            <translation>An Daten an&amp;passen</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>&amp;Full-window canvas</source>
            <translation>Zeichenfläche im ganzen &amp;Fenster</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>&amp;Leave classroom mode</source>
            <translation>Unterrichtsmodus &amp;beenden</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>&amp;Loss curves</source>
            <translation>&amp;Verlustkurven</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>&amp;Network settings</source>
            <translation>&amp;Netzeinstellungen</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>&amp;Reset view</source>
            <translation>Ansicht &amp;zurücksetzen</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>&amp;Training settings</source>
            <translation>&amp;Trainingseinstellungen</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Choose what a lesson hides and fixes; saved with the session</source>
            <translation>Festlegen, was eine Lektion verbirgt und festhält; wird mit der Sitzung gespeichert</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Classroom mode</source>
            <translation>Unterrichtsmodus</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Give the whole window to the canvas (F11 again to come back)</source>
            <translation>Das ganze Fenster der Zeichenfläche geben (F11 erneut zum Zurückkehren)</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Network &amp;diagram</source>
            <translation>Netzdia&amp;gramm</translation>
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
            <source>Zoom the output to show every point (Ctrl+wheel zooms, a middle-button drag pans)</source>
            <translation>Die Ausgabe so zoomen, dass jeder Punkt sichtbar ist (Strg+Mausrad zoomt, Ziehen mit der mittleren Taste verschiebt)</translation>
        </message>
    </context>
</TS>
