<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
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
            <translation>Acerca &amp;de Playground</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;Add points</source>
            <translation>&amp;Añadir puntos</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;Brush</source>
            <translation>&amp;Pincel</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;Clear points</source>
            <translation>&amp;Borrar puntos</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;Discretize output</source>
            <translation>&amp;Discretizar la salida</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;Eraser</source>
            <translation>B&amp;orrador</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;Inspect</source>
            <translation>&amp;Inspeccionar</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Atajos de teclado</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;Log-scale loss</source>
            <translation>Pérdida en escala &amp;logarítmica</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;Pause</source>
            <translation>&amp;Pausa</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;Play</source>
            <translation>&amp;Iniciar</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;Reset weights</source>
            <translation>&amp;Reiniciar pesos</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;Step one epoch</source>
            <translation>&amp;Avanzar una época</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;Train</source>
            <translation>E&amp;ntrenar</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Also plot each epoch's batch losses before their updates</source>
            <translation>Dibujar también la pérdida de cada lote de la época antes de su actualización</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Class {number}</source>
            <translation>Clase {number}</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Decision &amp;boundary</source>
            <translation>&amp;Frontera de decisión</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Draw points of class {number}</source>
            <translation>Dibujar puntos de la clase {number}</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Draw points of {name} (key {key})</source>
            <translation>Dibujar puntos de {name} (tecla {key})</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Drawing</source>
            <translation>Dibujo</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Export &amp;model as</source>
            <translation>Exportar &amp;modelo como</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Network changed: training starts from new weights</source>
            <translation>Red cambiada: el entrenamiento empieza con pesos nuevos</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Pause Play at an epoch, at a target loss, or when the loss stops improving</source>
            <translation>Pausar el entrenamiento en una época, al llegar a una pérdida objetivo o cuando la pérdida deja de mejorar</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Paused — press Space to train</source>
            <translation>En pausa: Espacio inicia el entrenamiento</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>R&amp;unning loss over batches</source>
            <translation>Pérdida &amp;continua por lotes</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Remove every point (undoable)</source>
            <translation>Quitar todos los puntos (se puede deshacer)</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>S&amp;top rules…</source>
            <translation>Re&amp;glas de parada…</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Show &amp;test points</source>
            <translation>Mostrar puntos de &amp;prueba</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Start again from new weights</source>
            <translation>Empezar de nuevo con pesos nuevos</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Start or pause training</source>
            <translation>Iniciar o pausar el entrenamiento</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>The training process is restarting ({reason})</source>
            <translation>El proceso de entrenamiento se está reiniciando ({reason})</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>The window speaks {language} now. Your work is kept (training is paused); the undo history starts afresh.</source>
            <translation>La ventana habla ahora {language}. El trabajo se conserva (el entrenamiento está en pausa); el historial de deshacer empieza de nuevo.</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>The {language} translation could not be loaded: see the log</source>
            <translation>No se pudo cargar la traducción «{language}» (véase el registro)</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Train exactly one epoch</source>
            <translation>Entrenar exactamente una época</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Training</source>
            <translation>Entrenamiento</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Training error</source>
            <translation>Error de entrenamiento</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Training stopped</source>
            <translation>Entrenamiento detenido</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Training stopped because of an internal error:
{message}

Your points are safe. Details were written to {path}.</source>
            <translation>El entrenamiento se detuvo por un error interno:
{message}

Los puntos están a salvo. Los detalles se guardaron en {path}.</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Weights reset: training starts again (Undo brings the trained ones back)</source>
            <translation>Pesos reiniciados: el entrenamiento empieza de nuevo (Deshacer recupera los entrenados)</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>{name}{modified} — Playground</source>
            <translation>{name}{modified} — Playground</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>{notice} (Undo brings the trained ones back)</source>
            <translation>{notice} (Deshacer recupera los entrenados)</translation>
        </message>
    </context>
</TS>
