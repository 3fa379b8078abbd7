<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
    <context>
        <name>Compare</name>
        <message>
            <location filename="playground/ui/compare.py" />
            <source>&amp;Compare configurations…</source>
            <translation>&amp;Comparar configuraciones…</translation>
        </message>
        <message>
            <location filename="playground/ui/compare.py" />
            <source>Train 2–6 configurations side by side on these points</source>
            <translation>Entrenar de 2 a 6 configuraciones en paralelo con estos puntos</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>&lt;b&gt;Results&lt;/b&gt;</source>
            <translation>&lt;b&gt;Resultados&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Add a row: a suggested variant, or the window's configuration</source>
            <translation>Añadir una fila: una variante sugerida o la configuración de la ventana</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Also copy the weights it trained (and its optimizer's state), so the window continues from them</source>
            <translation>Copiar también los pesos entrenados (y el estado del optimizador), para que la ventana continúe desde ellos</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Chart</source>
            <translation>Gráfico</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Chart written to {path}.</source>
            <translation>Gráfico guardado en {path}.</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Compare configurations</source>
            <translation>Comparar configuraciones</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Done in {seconds} s.</source>
            <translation>Terminado en {seconds} s.</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Done in {seconds} s. {failed} of {total} failed (see their cards).</source>
            <translation>Terminado en {seconds} s. Fallaron {failed} de {total} (ver sus tarjetas).</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Epochs</source>
            <translation>Épocas</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Export chart as PNG</source>
            <translation>Exportar gráfico como PNG</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Export chart as PNG…</source>
            <translation>Exportar gráfico como PNG…</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>From the window</source>
            <translation>Desde la ventana</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>How many epochs each configuration trains</source>
            <translation>Cuántas épocas entrena cada configuración</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>How much of the comparison has run</source>
            <translation>Cuánto del comparativo se ha ejecutado</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Loss curves</source>
            <translation>Curvas de pérdida</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Loss curves and chart</source>
            <translation>Curvas de pérdida y gráfico</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>PNG images (*.png)</source>
            <translation>Imágenes PNG (*.png)</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Remove the selected row (or the last one)</source>
            <translation>Quitar la fila seleccionada (o la última)</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Run</source>
            <translation>Ejecutar</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Seeds</source>
            <translation>Semillas</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Start again from the window's configuration and the suggested variants</source>
            <translation>Empezar de nuevo con la configuración de la ventana y las variantes sugeridas</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Stop the runs now; the results that arrived stay</source>
            <translation>Detener las ejecuciones ahora; los resultados ya recibidos se conservan</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>The chart was not written: {error}</source>
            <translation>No se guardó el gráfico: {error}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>The loss curves of every configuration, or the chart of their test accuracy and loss</source>
            <translation>Las curvas de pérdida de cada configuración, o el gráfico de su precisión de prueba y su pérdida</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>The points changed since the comparison: the weights of “{name}” no longer fit; only its configuration was copied.</source>
            <translation>Los puntos cambiaron desde la comparación: los pesos de «{name}» ya no encajan; solo se copió su configuración.</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>The window now uses the configuration of “{name}”.</source>
            <translation>La ventana usa ahora la configuración de «{name}».</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>The window now uses “{name}” with its trained weights and its loss curve (epoch {epoch}).</source>
            <translation>La ventana usa ahora «{name}» con sus pesos entrenados y su curva de pérdida (época {epoch}).</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Train each configuration with this many network seeds (its own, then the next ones) on the same points; the cards and the chart give the mean ± sample standard deviation</source>
            <translation>Entrenar cada configuración con tantas semillas de red (la suya y las siguientes) con los mismos puntos; las tarjetas y el gráfico muestran la media ± la desviación típica muestral</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Train every row, each in a background process</source>
            <translation>Entrenar cada fila, cada una en un proceso en segundo plano</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Train several configurations on the window's points, for the same number of epochs and with the same seed, and compare them.</source>
            <translation>Entrene varias configuraciones con los puntos de la ventana, durante el mismo número de épocas y con la misma semilla, y compárelas.</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Training {n} configurations for {epochs} epochs on {points} points…</source>
            <translation>Entrenando {n} configuraciones durante {epochs} épocas con {points} puntos…</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Training {n} configurations with {seeds} seeds each for {epochs} epochs on {points} points…</source>
            <translation>Entrenando {n} configuraciones con {seeds} semillas cada una durante {epochs} épocas con {points} puntos…</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Use “{name}” from the comparison</source>
            <translation>Usar «{name}» de la comparación</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>Write the chart as a PNG, the picture `playground compare --chart` draws</source>
            <translation>Guardar el gráfico como PNG, la imagen que dibuja `playground compare --chart`</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>epochs </source>
            <translation>épocas </translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>seed {seed}: {error}</source>
            <translation>semilla {seed}: {error}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>seeds </source>
            <translation>semillas </translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>“Use this one” with its trained weights</source>
            <translation>«Usar esta» con sus pesos entrenados</translation>
        </message>
    </context>
    <context>
        <name>ConfigRows</name>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>A row per configuration to compare; its cells can be edited</source>
            <translation>Una fila por configuración a comparar; sus celdas se pueden editar</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>Activation</source>
            <translation>Activación</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>Configurations</source>
            <translation>Configuraciones</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>Hidden layers</source>
            <translation>Capas ocultas</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>Learning rate</source>
            <translation>Tasa de aprendizaje</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>One activation for every hidden layer, or one per layer separated by commas</source>
            <translation>Una activación para todas las capas ocultas, o una por capa separadas por comas</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>Optimizer</source>
            <translation>Optimizador</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>The optimizer this configuration trains with</source>
            <translation>El optimizador con el que entrena esta configuración</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>another row has this name</source>
            <translation>otra fila tiene este nombre</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>configuration {row}</source>
            <translation>configuración {row}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>give one activation, or one per hidden layer ({layers}; got {text})</source>
            <translation>indique una activación, o una por capa oculta ({layers}; se recibió {text})</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>hidden layers are whole numbers separated by commas, e.g. 8,8 (got {text})</source>
            <translation>las capas ocultas son números enteros separados por comas, p. ej. 8,8 (se recibió {text})</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>row {row} ({name}): {error}</source>
            <translation>fila {row} ({name}): {error}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>the learning rate is a number, e.g. 0.03 (got {text})</source>
            <translation>la tasa de aprendizaje es un número, p. ej. 0.03 (se recibió {text})</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <location filename="playground/ui/controllers/document.py" />
            <source>Add point</source>
            <translation>Añadir punto</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/document.py" />
            <source>Change network</source>
            <translation>Cambiar la red</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/document.py" />
            <source>Change split</source>
            <translation>Cambiar la división</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/document.py" />
            <source>Clear points</source>
            <translation>Borrar los puntos</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/document.py" />
            <source>Continue from here</source>
            <translation>Continuar desde aquí</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/document.py" />
            <source>Erase</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/document.py" />
            <source>Freeze neuron {unit} of layer {layer}</source>
            <translation>Congelar la neurona {unit} de la capa {layer}</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/document.py" />
            <source>Generate {dataset}</source>
            <translation>Generar {dataset}</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/document.py" />
            <source>Import {file}</source>
            <translation>Importar {file}</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/document.py" />
            <source>Prune neuron {unit} of layer {layer}</source>
            <translation>Podar la neurona {unit} de la capa {layer}</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/document.py" />
            <source>Reset weights</source>
            <translation>Restablecer los pesos</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/document.py" />
            <source>Restore neuron {unit} of layer {layer}</source>
            <translation>Restaurar la neurona {unit} de la capa {layer}</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/document.py" />
            <source>Switch to classification</source>
            <translation>Cambiar a clasificación</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/document.py" />
            <source>Switch to regression</source>
            <translation>Cambiar a regresión</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/document.py" />
            <source>Switch to {task}</source>
            <translation>Cambiar a {task}</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/document.py" />
            <source>Use {count} classes</source>
            <translation>Usar {count} clases</translation>
        </message>
    </context>
    <context>
        <name>FileController</name>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>&amp;Import points CSV…</source>
            <translation>&amp;Importar puntos CSV…</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>&amp;New</source>
            <translation>&amp;Nuevo</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>&amp;Open session…</source>
            <translation>&amp;Abrir sesión…</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>&amp;Save session</source>
            <translation>&amp;Guardar sesión</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Animated GIF (*.gif)</source>
            <translation>GIF animado (*.gif)</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Copied a TensorFlow Playground link. These do not fit one and are left at TensorFlow Playground's defaults:
{misfits}</source>
            <translation>Se copió un enlace de TensorFlow Playground. Esto no cabe en él y queda con los valores predeterminados de TensorFlow Playground:
{misfits}</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Copied the session as a TensorFlow Playground link</source>
            <translation>Sesión copiada como enlace de TensorFlow Playground</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Copy as &amp;link</source>
            <translation>Copiar como en&amp;lace</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Copy as link</source>
            <translation>Copiar como enlace</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Copy the session as a TensorFlow Playground link (says what does not fit)</source>
            <translation>Copiar la sesión como enlace de TensorFlow Playground (indica lo que no cabe)</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>E&amp;xport points CSV…</source>
            <translation>E&amp;xportar puntos CSV…</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Export &amp;image PNG…</source>
            <translation>Exportar i&amp;magen PNG…</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Export &amp;replay GIF…</source>
            <translation>Exportar &amp;repetición GIF…</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Export &amp;weights…</source>
            <translation>Exportar &amp;pesos…</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Export image</source>
            <translation>Exportar imagen</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Export loss &amp;history CSV…</source>
            <translation>Exportar &amp;historial de pérdida CSV…</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Export loss history</source>
            <translation>Exportar historial de pérdida</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Export model as {format}</source>
            <translation>Exportar el modelo como {format}</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Export points</source>
            <translation>Exportar puntos</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Export replay</source>
            <translation>Exportar repetición</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Export weights</source>
            <translation>Exportar pesos</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>From the link:
{warnings}</source>
            <translation>Del enlace:
{warnings}</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Import points</source>
            <translation>Importar puntos</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Import wei&amp;ghts…</source>
            <translation>Importar pe&amp;sos…</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Import weights</source>
            <translation>Importar pesos</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Open &amp;link…</source>
            <translation>Abrir en&amp;lace…</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Open a TensorFlow Playground link (https://playground.tensorflow.org/#...) as a new session</source>
            <translation>Abrir un enlace de TensorFlow Playground (https://playground.tensorflow.org/#...) como sesión nueva</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Open link</source>
            <translation>Abrir enlace</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Open session</source>
            <translation>Abrir sesión</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>PNG image (*.png)</source>
            <translation>Imagen PNG (*.png)</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Playground session (*.pgsession)</source>
            <translation>Sesión de Playground (*.pgsession)</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Points CSV (*.csv)</source>
            <translation>CSV de puntos (*.csv)</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Save session</source>
            <translation>Guardar sesión</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Save session &amp;as…</source>
            <translation>Guardar sesión &amp;como…</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Save the changes to {name} before closing?</source>
            <translation>¿Guardar los cambios en {name} antes de cerrar?</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Save the changes to {name} before opening a lesson?</source>
            <translation>¿Guardar los cambios en {name} antes de abrir una lección?</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Save the changes to {name} before opening another session?</source>
            <translation>¿Guardar los cambios en {name} antes de abrir otra sesión?</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Save the changes to {name} before opening the link?</source>
            <translation>¿Guardar los cambios en {name} antes de abrir el enlace?</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Save the changes to {name} before starting a new session?</source>
            <translation>¿Guardar los cambios en {name} antes de empezar una sesión nueva?</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Save the changes to {name} first?</source>
            <translation>¿Guardar primero los cambios en {name}?</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Saved the latest weights shown; the optimizer's state was not available</source>
            <translation>Se guardaron los últimos pesos mostrados; el estado del optimizador no estaba disponible</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>TensorFlow Playground link</source>
            <translation>Enlace de TensorFlow Playground</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>TensorFlow Playground link:</source>
            <translation>Enlace de TensorFlow Playground:</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>The trained network as {format} ({suffix}), to run without Playground</source>
            <translation>La red entrenada como {format} ({suffix}), para ejecutarla sin Playground</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Untitled</source>
            <translation>Sin título</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Weights (*.npz)</source>
            <translation>Pesos (*.npz)</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>could not encode the image</source>
            <translation>no se pudo codificar la imagen</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>there are no weights yet; wait for the network to appear</source>
            <translation>aún no hay pesos; espere a que aparezca la red</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>these weights are for {weights_task}, but the points are for {points_task}</source>
            <translation>estos pesos son para {weights_task}, pero los puntos son para {points_task}</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>these weights are for {weights} classes, but the points have {points}</source>
            <translation>estos pesos son para {weights} clases, pero los puntos tienen {points}</translation>
        </message>
    </context>
    <context>
        <name>InspectViews</name>
        <message>
            <location filename="playground/ui/inspect.py" />
            <source>&amp;Diagnostics</source>
            <translation>&amp;Diagnóstico</translation>
        </message>
        <message>
            <location filename="playground/ui/inspect.py" />
            <source>&amp;Gradient flow</source>
            <translation>Flujo de &amp;gradiente</translation>
        </message>
        <message>
            <location filename="playground/ui/inspect.py" />
            <source>&amp;Hidden space</source>
            <translation>Espacio &amp;oculto</translation>
        </message>
        <message>
            <location filename="playground/ui/inspect.py" />
            <source>&amp;Loss landscape</source>
            <translation>Paisaje de &amp;pérdida</translation>
        </message>
        <message>
            <location filename="playground/ui/inspect.py" />
            <source>Diagnostics</source>
            <translation>Diagnóstico</translation>
        </message>
        <message>
            <location filename="playground/ui/inspect.py" />
            <source>Hidden space</source>
            <translation>Espacio oculto</translation>
        </message>
        <message>
            <location filename="playground/ui/inspect.py" />
            <source>Links drawn by |gradient|, neurons by mean |delta|: shows vanishing or exploding gradients</source>
            <translation>Conexiones dibujadas según |gradiente|, neuronas según |delta| medio: muestra gradientes que se desvanecen o explotan</translation>
        </message>
        <message>
            <location filename="playground/ui/inspect.py" />
            <source>Loss landscape</source>
            <translation>Paisaje de pérdida</translation>
        </message>
        <message>
            <location filename="playground/ui/inspect.py" />
            <source>No trained biases to change yet: wait for the first picture</source>
            <translation>Aún no hay sesgos entrenados que cambiar: espere a la primera imagen</translation>
        </message>
        <message>
            <location filename="playground/ui/inspect.py" />
            <source>No trained weights to change yet: wait for the first picture</source>
            <translation>Aún no hay pesos entrenados que cambiar: espere a la primera imagen</translation>
        </message>
        <message>
            <location filename="playground/ui/inspect.py" />
            <source>Set bias</source>
            <translation>Fijar sesgo</translation>
        </message>
        <message>
            <location filename="playground/ui/inspect.py" />
            <source>Set weight</source>
            <translation>Fijar peso</translation>
        </message>
        <message>
            <location filename="playground/ui/inspect.py" />
            <source>Show or hide how each layer is doing over the epochs</source>
            <translation>Mostrar u ocultar cómo evoluciona cada capa a lo largo de las épocas</translation>
        </message>
        <message>
            <location filename="playground/ui/inspect.py" />
            <source>Show or hide the loss around the current weights</source>
            <translation>Mostrar u ocultar la pérdida alrededor de los pesos actuales</translation>
        </message>
        <message>
            <location filename="playground/ui/inspect.py" />
            <source>Show or hide the points as a hidden layer sees them</source>
            <translation>Mostrar u ocultar los puntos tal como los ve una capa oculta</translation>
        </message>
    </context>
    <context>
        <name>LossCurves</name>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>(solid: training loss, dashed: test loss)</source>
            <translation>(continua: pérdida de entrenamiento, discontinua: pérdida de prueba)</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>epoch</source>
            <translation>época</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>loss</source>
            <translation>pérdida</translation>
        </message>
    </context>
    <context>
        <name>Notebook</name>
        <message>
            <location filename="playground/ui/notebook.py" />
            <source>Every run with what changed and how it ended; repeat a configuration over several seeds</source>
            <translation>Cada ejecución con lo que cambió y cómo terminó; repetir una configuración con varias semillas</translation>
        </message>
        <message>
            <location filename="playground/ui/notebook.py" />
            <source>Lab &amp;notebook…</source>
            <translation>Cuaderno de &amp;laboratorio…</translation>
        </message>
    </context>
    <context>
        <name>NotebookDialog</name>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source> epochs</source>
            <translation> épocas</translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>%n row(s) written to {path}.</source>
            <translation>
                <numerusform>%n fila guardada en {path}.</numerusform>
                <numerusform>%n filas guardadas en {path}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>&amp;Repeat with N seeds</source>
            <translation>&amp;Repetir con N semillas</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>A row per run: what changed and how it ended</source>
            <translation>Una fila por ejecución: qué cambió y cómo terminó</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Added the mean ± sd of {runs} runs ({seconds} s).</source>
            <translation>Se añadió la media ± desviación típica de {runs} ejecuciones ({seconds} s).</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Diverged (counted with their last good figures): seeds {seeds}.</source>
            <translation>Divergieron (contadas con sus últimas cifras válidas): semillas {seeds}.</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Epochs</source>
            <translation>Épocas</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Epochs each run trains (at most: the stop rules apply)</source>
            <translation>Épocas que entrena cada ejecución (como máximo: se aplican las reglas de parada)</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Every run, from Play to the pause or stop that ends it, adds a row: what changed since the run before, and how it ended.</source>
            <translation>Cada ejecución, desde que se inicia hasta la pausa o parada que la termina, añade una fila: qué cambió desde la anterior y cómo terminó.</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Export &amp;CSV…</source>
            <translation>Exportar &amp;CSV…</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Export &amp;Markdown…</source>
            <translation>Exportar &amp;Markdown…</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Export the notebook as CSV</source>
            <translation>Exportar el cuaderno como CSV</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Export the notebook as Markdown</source>
            <translation>Exportar el cuaderno como Markdown</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Failed: {errors}</source>
            <translation>Fallaron: {errors}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>How many seeds</source>
            <translation>Cuántas semillas</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Lab notebook</source>
            <translation>Cuaderno de laboratorio</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Markdown files (*.md)</source>
            <translation>Archivos Markdown (*.md)</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Runs</source>
            <translation>Ejecuciones</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Seeds</source>
            <translation>Semillas</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Stop the repeated runs</source>
            <translation>Detener las ejecuciones repetidas</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>The notebook was not written: {error}</source>
            <translation>No se guardó el cuaderno: {error}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Train the current configuration again with the network seeds S, S+1, ..., in background processes, and add their mean ± sd</source>
            <translation>Volver a entrenar la configuración actual con las semillas de red S, S+1, ... en procesos en segundo plano y añadir su media ± desviación típica</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Training {runs} runs of {epochs} epochs (seeds {first}..{last})…</source>
            <translation>Entrenando {runs} ejecuciones de {epochs} épocas (semillas {first}..{last})…</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Write the notebook as a CSV file</source>
            <translation>Guardar el cuaderno como archivo CSV</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Write the notebook as a Markdown table</source>
            <translation>Guardar el cuaderno como tabla Markdown</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>seed {seed}: {error}</source>
            <translation>semilla {seed}: {error}</translation>
        </message>
    </context>
    <context>
        <name>NotebookTable</name>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Changes</source>
            <translation>Cambios</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Epochs</source>
            <translation>Épocas</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Seconds</source>
            <translation>Segundos</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Seed</source>
            <translation>Semilla</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Test accuracy</source>
            <translation>Precisión de prueba</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Test loss</source>
            <translation>Pérdida de prueba</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Train accuracy</source>
            <translation>Precisión de entrenamiento</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Train loss</source>
            <translation>Pérdida de entrenamiento</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>{changes} ({seeds} seeds)</source>
            <translation>{changes} ({seeds} semillas)</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message numerus="yes">
            <location filename="playground/ui/controllers/recovery.py" />
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n punto</numerusform>
                <numerusform>%n puntos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/controllers/recovery.py" />
            <source>%n replay frame(s)</source>
            <translation>
                <numerusform>%n fotograma de repetición</numerusform>
                <numerusform>%n fotogramas de repetición</numerusform>
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
            <translation>No se pudo abrir el trabajo guardado automáticamente</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/recovery.py" />
            <source>Playground did not close properly, and the work it autosaved could not be opened:
{error}

The file is kept as {path}.</source>
            <translation>Playground no se cerró correctamente y no se pudo abrir el trabajo que guardó automáticamente:
{error}

El archivo se conserva como {path}.</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/recovery.py" />
            <source>Playground did not close properly. Restore the work autosaved at {time} ({contents})?</source>
            <translation>Playground no se cerró correctamente. ¿Restaurar el trabajo guardado automáticamente a las {time} ({contents})?</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/recovery.py" />
            <source>Restore unsaved work?</source>
            <translation>¿Restaurar el trabajo sin guardar?</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/recovery.py" />
            <source>trained to epoch {epoch}</source>
            <translation>entrenado hasta la época {epoch}</translation>
        </message>
    </context>
    <context>
        <name>ReplayController</name>
        <message>
            <location filename="playground/ui/replay.py" />
            <source>&amp;Replay the run</source>
            <translation>&amp;Repetición del entrenamiento</translation>
        </message>
        <message>
            <location filename="playground/ui/replay.py" />
            <source>Continuing from epoch {epoch} (Undo brings back the run it replaced: weights, loss curve and replay)</source>
            <translation>Continuando desde la época {epoch} (Deshacer recupera la ejecución reemplazada: pesos, curva de pérdida y repetición)</translation>
        </message>
        <message>
            <location filename="playground/ui/replay.py" />
            <source>Go back to the live network (Esc)</source>
            <translation>Volver a la red en vivo (Esc)</translation>
        </message>
        <message>
            <location filename="playground/ui/replay.py" />
            <source>Leave replay</source>
            <translation>Salir de la repetición</translation>
        </message>
        <message>
            <location filename="playground/ui/replay.py" />
            <source>Nothing to replay yet: train for a while first</source>
            <translation>Aún no hay nada que repetir: entrene un rato primero</translation>
        </message>
        <message>
            <location filename="playground/ui/replay.py" />
            <source>Replay</source>
            <translation>Repetición</translation>
        </message>
        <message>
            <location filename="playground/ui/replay.py" />
            <source>Travel back through the run: the boundary, the network and the loss, frame by frame</source>
            <translation>Recorrer la ejecución hacia atrás: la frontera, la red y la pérdida, fotograma a fotograma</translation>
        </message>
    </context>
    <context>
        <name>ResultCard</name>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>Copy this configuration (and, if ticked below, its trained weights) to the window</source>
            <translation>Copiar esta configuración (y, si está marcado abajo, sus pesos entrenados) a la ventana</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>Heatmap of “{name}”</source>
            <translation>Mapa de calor de «{name}»</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>Progress of “{name}”</source>
            <translation>Progreso de «{name}»</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>Use this one</source>
            <translation>Usar esta</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>Use “{name}”</source>
            <translation>Usar «{name}»</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>cancelled</source>
            <translation>cancelado</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>diverged: {message}</source>
            <translation>divergió: {message}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>epoch {done} of {total}</source>
            <translation>época {done} de {total}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>epoch {epoch} · {seconds} s</source>
            <translation>época {epoch} · {seconds} s</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>error: {message}</source>
            <translation>error: {message}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>mean ± sd of {runs} seeds</source>
            <translation>media ± desv. de {runs} semillas</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>stopped by patience</source>
            <translation>detenido por paciencia</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>stopped by the target loss</source>
            <translation>detenido por la pérdida objetivo</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>stopped by {rule}</source>
            <translation>detenido por {rule}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>test acc. {value}</source>
            <translation>prec. prueba {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>test accuracy {value}</source>
            <translation>precisión de prueba {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>test loss {value}</source>
            <translation>pérdida de prueba {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>train acc. {value}</source>
            <translation>prec. entren. {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>train accuracy {value}</source>
            <translation>precisión de entrenamiento {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>train loss {value}</source>
            <translation>pérdida de entrenamiento {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>waiting…</source>
            <translation>esperando…</translation>
        </message>
    </context>
    <context>
        <name>TrainingWorker</name>
        <message>
            <location filename="playground/ui/controllers/worker.py" />
            <source>The training process ended unexpectedly (exit code {code}). It was restarted with your points and settings; the weights start afresh.</source>
            <translation>El proceso de entrenamiento terminó de forma inesperada (código de salida {code}). Se reinició con sus puntos y ajustes; los pesos empiezan de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>WindowLayout</name>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>&amp;Classroom mode…</source>
            <translation>Modo &amp;clase…</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>&amp;Data</source>
            <translation>&amp;Datos</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>&amp;Fit to data</source>
            <translation>&amp;Ajustar a los datos</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>&amp;Full-window canvas</source>
            <translation>Lienzo a &amp;ventana completa</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>&amp;Leave classroom mode</source>
            <translation>&amp;Salir del modo clase</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>&amp;Loss curves</source>
            <translation>Curvas de &amp;pérdida</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>&amp;Network settings</source>
            <translation>Ajustes de la &amp;red</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>&amp;Reset view</source>
            <translation>Res&amp;tablecer vista</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>&amp;Training settings</source>
            <translation>Ajustes de &amp;entrenamiento</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Choose what a lesson hides and fixes; saved with the session</source>
            <translation>Elegir qué oculta y fija una lección; se guarda con la sesión</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Classroom mode</source>
            <translation>Modo clase</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Give the whole window to the canvas (F11 again to come back)</source>
            <translation>Dar toda la ventana al lienzo (F11 otra vez para volver)</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Network &amp;diagram</source>
            <translation>Dia&amp;grama de la red</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Show or hide the data</source>
            <translation>Mostrar u ocultar los datos</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Show or hide the loss curves</source>
            <translation>Mostrar u ocultar las curvas de pérdida</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Show or hide the network diagram</source>
            <translation>Mostrar u ocultar el diagrama de la red</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Show or hide the network settings</source>
            <translation>Mostrar u ocultar los ajustes de la red</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Show or hide the training settings</source>
            <translation>Mostrar u ocultar los ajustes de entrenamiento</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Show the default box, −6 to 6</source>
            <translation>Mostrar el recuadro predeterminado, de −6 a 6</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Zoom the output to show every point (Ctrl+wheel zooms, a middle-button drag pans)</source>
            <translation>Ajustar el zoom de la salida para mostrar todos los puntos (Ctrl+rueda hace zoom; arrastrar con el botón central desplaza)</translation>
        </message>
    </context>
</TS>
