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
            <source>&amp;Discretize output</source>
            <translation>Ausgabe &amp;diskretisieren</translation>
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
            <source>&amp;Log-scale loss</source>
            <translation>Verlust &amp;logarithmisch</translation>
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
            <source>&amp;Reset weights</source>
            <translation>Gewichte &amp;zurücksetzen</translation>
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
            <translation>Entscheidungs&amp;grenze</translation>
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
            <translation>La&amp;ufender Verlust über die Batches</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Remove every point (undoable)</source>
            <translation>Alle Punkte entfernen (lässt sich rückgängig machen)</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>S&amp;top rules…</source>
            <translation>S&amp;topp-Regeln…</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Show &amp;test points</source>
            <translation>&amp;Testpunkte zeigen</translation>
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
            <source>Weights reset: training starts again (Undo brings the trained ones back)</source>
            <translation>Gewichte zurückgesetzt: Das Training beginnt von vorn (Rückgängig holt die trainierten zurück)</translation>
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
</TS>
