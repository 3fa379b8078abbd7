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
            <translation>Lineal</translation>
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
            <translation>Sigmoide</translation>
        </message>
        <message>
            <location filename="playground/engine/activations.py" />
            <source>Sine</source>
            <translation>Seno</translation>
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
            <translation>Apto para &amp;daltonismo</translation>
        </message>
        <message>
            <location filename="playground/ui/appearance.py" />
            <source>&amp;High contrast</source>
            <translation>Alto co&amp;ntraste</translation>
        </message>
        <message>
            <location filename="playground/ui/appearance.py" />
            <source>&amp;Standard</source>
            <translation>&amp;Estándar</translation>
        </message>
        <message>
            <location filename="playground/ui/appearance.py" />
            <source>Black on white, thick point outlines and a bold boundary: for projectors and low vision</source>
            <translation>Negro sobre blanco, contornos gruesos en los puntos y una frontera marcada: para proyectores y baja visión</translation>
        </message>
        <message>
            <location filename="playground/ui/appearance.py" />
            <source>Blue and orange heatmaps, the usual class colours</source>
            <translation>Mapas de calor azules y naranjas, los colores de clase habituales</translation>
        </message>
        <message>
            <location filename="playground/ui/appearance.py" />
            <source>Heatmaps and class colours told apart with any kind of colour vision (blue to yellow, by lightness too)</source>
            <translation>Mapas de calor y colores de clase que se distinguen con cualquier tipo de visión del color (de azul a amarillo, también por luminosidad)</translation>
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
            <translation>Cero</translation>
        </message>
    </context>
    <context>
        <name>CanvasKeyboard</name>
        <message>
            <location filename="playground/ui/views/canvas_keyboard.py" />
            <source>Arrows on the canvas</source>
            <translation>Flechas en el lienzo</translation>
        </message>
        <message>
            <location filename="playground/ui/views/canvas_keyboard.py" />
            <source>Canvas</source>
            <translation>Lienzo</translation>
        </message>
        <message>
            <location filename="playground/ui/views/canvas_keyboard.py" />
            <source>Delete / Backspace on the canvas</source>
            <translation>Supr / Retroceso en el lienzo</translation>
        </message>
        <message>
            <location filename="playground/ui/views/canvas_keyboard.py" />
            <source>Enter on the canvas</source>
            <translation>Intro en el lienzo</translation>
        </message>
        <message>
            <location filename="playground/ui/views/canvas_keyboard.py" />
            <source>Remove point</source>
            <translation>Quitar punto</translation>
        </message>
        <message>
            <location filename="playground/ui/views/canvas_keyboard.py" />
            <source>Tab to the canvas</source>
            <translation>Tab hasta el lienzo</translation>
        </message>
        <message>
            <location filename="playground/ui/views/canvas_keyboard.py" />
            <source>The points and the network's prediction over the plane. Arrow keys move the keyboard cursor (Shift: bigger steps), Enter adds a point of the current class at the cursor, Delete removes the point nearest to it; the readout in the status bar tells what lies under the cursor.</source>
            <translation>Los puntos y la predicción de la red sobre el plano. Las flechas mueven el cursor del teclado (Mayús: pasos más grandes), Intro añade un punto de la clase actual en el cursor y Supr quita el punto más cercano; la lectura de la barra de estado indica qué hay bajo el cursor.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/canvas_keyboard.py" />
            <source>adds a point of the current class at the cursor</source>
            <translation>añade un punto de la clase actual en el cursor</translation>
        </message>
        <message>
            <location filename="playground/ui/views/canvas_keyboard.py" />
            <source>move the cursor (Shift: bigger steps)</source>
            <translation>mueven el cursor (Mayús: pasos más grandes)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/canvas_keyboard.py" />
            <source>removes the point nearest the cursor</source>
            <translation>quita el punto más cercano al cursor</translation>
        </message>
        <message>
            <location filename="playground/ui/views/canvas_keyboard.py" />
            <source>shows the keyboard cursor</source>
            <translation>muestra el cursor del teclado</translation>
        </message>
    </context>
    <context>
        <name>CanvasView</name>
        <message>
            <location filename="playground/ui/views/canvas_key.py" />
            <source>Test (hollow)</source>
            <translation>Prueba (huecos)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/canvas_key.py" />
            <source>Training (filled)</source>
            <translation>Entrenamiento (rellenos)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/canvas.py" />
            <source>not {label}</source>
            <translation>no {label}</translation>
        </message>
    </context>
    <context>
        <name>ClassroomDialog</name>
        <message>
            <location filename="playground/ui/classroom.py" />
            <source>&amp;Data</source>
            <translation>&amp;Datos</translation>
        </message>
        <message>
            <location filename="playground/ui/classroom.py" />
            <source>&amp;Loss curves</source>
            <translation>Curvas de &amp;pérdida</translation>
        </message>
        <message>
            <location filename="playground/ui/classroom.py" />
            <source>&amp;Network settings</source>
            <translation>Ajustes de la &amp;red</translation>
        </message>
        <message>
            <location filename="playground/ui/classroom.py" />
            <source>&amp;Training settings</source>
            <translation>Ajustes de &amp;entrenamiento</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/classroom.py" />
            <source>&lt;b&gt;Fix (cannot be changed)&lt;/b&gt;</source>
            <translation>&lt;b&gt;Bloquear (no se puede cambiar)&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/classroom.py" />
            <source>&lt;b&gt;Hide&lt;/b&gt;</source>
            <translation>&lt;b&gt;Ocultar&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/classroom.py" />
            <source>Choose what students see and what they may change. The choice is saved with the session: whoever opens the file gets this layout.</source>
            <translation>Elija qué ven los estudiantes y qué pueden cambiar. La elección se guarda con la sesión: quien abra el archivo verá esta disposición.</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/classroom.py" />
            <source>Classroom mode</source>
            <translation>Modo aula</translation>
        </message>
        <message>
            <location filename="playground/ui/classroom.py" />
            <source>Data and drawing</source>
            <translation>Datos y dibujo</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/classroom.py" />
            <source>Fix {section}</source>
            <translation>Bloquear {section}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/classroom.py" />
            <source>Hide {section}</source>
            <translation>Ocultar {section}</translation>
        </message>
        <message>
            <location filename="playground/ui/classroom.py" />
            <source>Network &amp;diagram</source>
            <translation>Es&amp;quema de la red</translation>
        </message>
        <message>
            <location filename="playground/ui/classroom.py" />
            <source>Network settings</source>
            <translation>Ajustes de la red</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/classroom.py" />
            <source>Students do not see this part of the window</source>
            <translation>Los estudiantes no ven esta parte de la ventana</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/classroom.py" />
            <source>Students see these settings but cannot change them</source>
            <translation>Los estudiantes ven estos ajustes pero no pueden cambiarlos</translation>
        </message>
        <message>
            <location filename="playground/ui/classroom.py" />
            <source>Training settings</source>
            <translation>Ajustes de entrenamiento</translation>
        </message>
    </context>
    <context>
        <name>Coach</name>
        <message>
            <location filename="playground/session/coach.py" />
            <source>After {epochs} epochs the training accuracy is {accuracy}% with only {units} hidden unit: the network may be too small for this data. Try more units or another hidden layer.</source>
            <translation>Tras {epochs} épocas, la exactitud de entrenamiento es del {accuracy} % con solo {units} neurona oculta: puede que la red sea demasiado pequeña para estos datos. Pruebe más neuronas u otra capa oculta.</translation>
        </message>
        <message>
            <location filename="playground/session/coach.py" />
            <source>After {epochs} epochs the training accuracy is {accuracy}% with only {units} hidden units: the network may be too small for this data. Try more units or another hidden layer.</source>
            <translation>Tras {epochs} épocas, la exactitud de entrenamiento es del {accuracy} % con solo {units} neuronas ocultas: puede que la red sea demasiado pequeña para estos datos. Pruebe más neuronas u otra capa oculta.</translation>
        </message>
        <message>
            <location filename="playground/session/coach.py" />
            <source>Exploding gradients: the gradient at layer 1 is {first}, {ratio} times larger than at the output layer ({last}): try a lower learning rate (now {lr}), smaller initial weights, or fewer layers.</source>
            <translation>Gradientes que explotan: el gradiente en la capa 1 es {first}, {ratio} veces mayor que en la capa de salida ({last}): pruebe una tasa de aprendizaje más baja (ahora {lr}), pesos iniciales más pequeños o menos capas.</translation>
        </message>
        <message>
            <location filename="playground/session/coach.py" />
            <source>Layer {layer}'s {activation} units are saturated (flat) on {share}% of their outputs, so little gradient passes through them: try a lower learning rate (now {lr}), smaller initial weights, or ReLU.</source>
            <translation>Las neuronas {activation} de la capa {layer} están saturadas (planas) en el {share} % de sus salidas, así que apenas pasa gradiente por ellas: pruebe una tasa de aprendizaje más baja (ahora {lr}), pesos iniciales más pequeños o ReLU.</translation>
        </message>
        <message>
            <location filename="playground/session/coach.py" />
            <source>Overfitting: train loss {train} but test loss {test}, up from its best {best}. The network learns the training points by heart: try dropout, L2 regularisation, fewer units, more points, or stopping earlier (Stop rules ▸ patience).</source>
            <translation>Sobreajuste: pérdida de entrenamiento {train}, pero pérdida de prueba {test}, por encima de su mejor valor, {best}. La red se aprende de memoria los puntos de entrenamiento: pruebe dropout, la regularización L2, menos neuronas, más puntos o detener el entrenamiento antes (Reglas de parada ▸ Paciencia).</translation>
        </message>
        <message>
            <location filename="playground/session/coach.py" />
            <source>Overfitting: train loss {train} but test loss {test}, up from its best {best}; accuracy {train_accuracy}% vs {test_accuracy}%. The network learns the training points by heart: try dropout, L2 regularisation, fewer units, more points, or stopping earlier (Stop rules ▸ patience).</source>
            <translation>Sobreajuste: pérdida de entrenamiento {train}, pero pérdida de prueba {test}, por encima de su mejor valor, {best}; exactitud del {train_accuracy} % frente al {test_accuracy} %. La red se aprende de memoria los puntos de entrenamiento: pruebe dropout, la regularización L2, menos neuronas, más puntos o detener el entrenamiento antes (Reglas de parada ▸ Paciencia).</translation>
        </message>
        <message>
            <location filename="playground/session/coach.py" />
            <source>The training loss has stayed at {loss} (train accuracy {accuracy}%) for the last {epochs} epochs: training is stuck. Try a higher learning rate (now {lr}), new weights (Reset), or another activation.</source>
            <translation>La pérdida de entrenamiento se ha mantenido en {loss} (exactitud de entrenamiento del {accuracy} %) durante las últimas {epochs} épocas: el entrenamiento está estancado. Pruebe una tasa de aprendizaje más alta (ahora {lr}), pesos nuevos (Reiniciar) u otra activación.</translation>
        </message>
        <message>
            <location filename="playground/session/coach.py" />
            <source>The training loss has stayed at {loss} for the last {epochs} epochs: training is stuck. Try a higher learning rate (now {lr}), new weights (Reset), or another activation.</source>
            <translation>La pérdida de entrenamiento se ha mantenido en {loss} durante las últimas {epochs} épocas: el entrenamiento está estancado. Pruebe una tasa de aprendizaje más alta (ahora {lr}), pesos nuevos (Reiniciar) u otra activación.</translation>
        </message>
        <message>
            <location filename="playground/session/coach.py" />
            <source>The training loss rose from {start} to {now}: training is diverging at learning rate {lr}; a tenth of it, {safer}, would have been safer.</source>
            <translation>La pérdida de entrenamiento subió de {start} a {now}: el entrenamiento diverge con una tasa de aprendizaje de {lr}; una décima parte, {safer}, habría sido más segura.</translation>
        </message>
        <message>
            <location filename="playground/session/coach.py" />
            <source>Training diverged by epoch {epoch}: the training loss is not a number, up from {start} (learning rate {lr}): each step overshot and the loss blew up; a tenth of it, {safer}, would have been safer.</source>
            <translation>El entrenamiento divergió hacia la época {epoch}: la pérdida de entrenamiento ya no es un número, frente a {start} al principio (tasa de aprendizaje {lr}): cada paso se pasó de largo y la pérdida se disparó; una décima parte, {safer}, habría sido más segura.</translation>
        </message>
        <message>
            <location filename="playground/session/coach.py" />
            <source>Training diverged by epoch {epoch}: the training loss is {loss}, up from {start} (learning rate {lr}): each step overshot and the loss blew up; a tenth of it, {safer}, would have been safer.</source>
            <translation>El entrenamiento divergió hacia la época {epoch}: la pérdida de entrenamiento es {loss}, frente a {start} al principio (tasa de aprendizaje {lr}): cada paso se pasó de largo y la pérdida se disparó; una décima parte, {safer}, habría sido más segura.</translation>
        </message>
        <message>
            <location filename="playground/session/coach.py" />
            <source>Training diverged in epoch {epoch}: a weight became infinite or NaN (learning rate {lr}): each step overshot and the loss blew up; a tenth of it, {safer}, would have been safer.</source>
            <translation>El entrenamiento divergió en la época {epoch}: un peso se volvió infinito o NaN (tasa de aprendizaje {lr}): cada paso se pasó de largo y la pérdida se disparó; una décima parte, {safer}, habría sido más segura.</translation>
        </message>
        <message>
            <location filename="playground/session/coach.py" />
            <source>Training diverged in epoch {epoch}: the gradient became infinite or NaN (learning rate {lr}): each step overshot and the loss blew up; a tenth of it, {safer}, would have been safer.</source>
            <translation>El entrenamiento divergió en la época {epoch}: el gradiente se volvió infinito o NaN (tasa de aprendizaje {lr}): cada paso se pasó de largo y la pérdida se disparó; una décima parte, {safer}, habría sido más segura.</translation>
        </message>
        <message>
            <location filename="playground/session/coach.py" />
            <source>Vanishing gradients: the gradient at layer 1 is {first}, {ratio} times smaller than at the output layer ({last}), so the first layers barely learn. With {layers} hidden layers of {activation}, try ReLU, fewer layers, or another initialisation.</source>
            <translation>Gradientes que se desvanecen: el gradiente en la capa 1 es {first}, {ratio} veces menor que en la capa de salida ({last}), así que las primeras capas apenas aprenden. Con {layers} capas ocultas de {activation}, pruebe ReLU, menos capas u otra inicialización.</translation>
        </message>
        <message>
            <location filename="playground/session/coach.py" />
            <source>Vanishing gradients: the gradient at layer 1 is {first}, {ratio} times smaller than at the output layer ({last}), so the first layers barely learn. With {layers} hidden layers of {activation}, try skips (the hidden layers' Options), ReLU, fewer layers, or another initialisation.</source>
            <translation>Gradientes que se desvanecen: el gradiente en la capa 1 es {first}, {ratio} veces menor que en la capa de salida ({last}), así que las primeras capas apenas aprenden. Con {layers} capas ocultas de {activation}, pruebe saltos (las Opciones de las capas ocultas), ReLU, menos capas u otra inicialización.</translation>
        </message>
        <message>
            <location filename="playground/session/coach.py" />
            <source>{dead} of {units} units in layer {layer} output 0 everywhere (dead ReLUs: they no longer learn): try a lower learning rate (now {lr}) or leaky ReLU.</source>
            <translation>{dead} de {units} neuronas de la capa {layer} dan 0 en todas partes (ReLU muertas: ya no aprenden): pruebe una tasa de aprendizaje más baja (ahora {lr}) o Leaky ReLU.</translation>
        </message>
        <message>
            <location filename="playground/session/coach.py" />
            <source>{what} (learning rate {lr}): each step overshot and the loss blew up; a tenth of it, {safer}, would have been safer.</source>
            <translation>{what} (tasa de aprendizaje {lr}): cada paso se pasó de largo y la pérdida se disparó; una décima parte, {safer}, habría sido más segura.</translation>
        </message>
    </context>
    <context>
        <name>CoachBar</name>
        <message>
            <location filename="playground/ui/coach.py" />
            <source>Dismiss the hint</source>
            <translation>Descartar el consejo</translation>
        </message>
        <message>
            <location filename="playground/ui/coach.py" />
            <source>Dismiss: this hint stays quiet until training starts again from new weights</source>
            <translation>Descartar: este consejo no vuelve a aparecer hasta que el entrenamiento empiece de nuevo con pesos nuevos</translation>
        </message>
        <message>
            <location filename="playground/ui/coach.py" />
            <source>The coach (View ▸ Coach turns it off)</source>
            <translation>El asistente (Ver ▸ Asistente lo desactiva)</translation>
        </message>
    </context>
    <context>
        <name>CoachController</name>
        <message>
            <location filename="playground/ui/coach.py" />
            <source>C&amp;oach</source>
            <translation>A&amp;sistente</translation>
        </message>
        <message>
            <location filename="playground/ui/coach.py" />
            <source>Plain-language hints while training: dead units, vanishing gradients, divergence, overfitting…</source>
            <translation>Consejos en lenguaje sencillo durante el entrenamiento: neuronas muertas, gradientes que se desvanecen, divergencia, sobreajuste…</translation>
        </message>
    </context>
    <context>
        <name>Colors</name>
        <message>
            <location filename="playground/pictures/colors.py" />
            <source>blue</source>
            <translation>azul</translation>
        </message>
        <message>
            <location filename="playground/pictures/colors.py" />
            <source>orange</source>
            <translation>naranja</translation>
        </message>
    </context>
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
            <source>Every configuration's loss by epoch</source>
            <translation>La pérdida de cada configuración por época</translation>
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
            <translation>Cuánto de la comparación se ha ejecutado</translation>
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
            <source>One card per configuration: its final losses and accuracy, its decision picture, and a button to use it</source>
            <translation>Una tarjeta por configuración: sus pérdidas y exactitud finales, su imagen de decisión y un botón para usarla</translation>
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
            <source>Results</source>
            <translation>Resultados</translation>
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
            <source>Test accuracy and loss of every configuration, as bars</source>
            <translation>Exactitud y pérdida de prueba de cada configuración, en barras</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>The chart was not written: {error}</source>
            <translation>No se guardó el gráfico: {error}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_dialog.py" />
            <source>The loss curves of every configuration, or the chart of their test accuracy and loss</source>
            <translation>Las curvas de pérdida de cada configuración, o el gráfico de su exactitud de prueba y su pérdida</translation>
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
            <source>A dropout rate from 0 to 0.9 for every hidden layer, or one per layer separated by commas</source>
            <translation>Una tasa de dropout de 0 a 0,9 para todas las capas ocultas, o una por capa separadas por comas</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>A row per configuration to compare; its cells can be edited</source>
            <translation>Una fila por configuración a comparar; sus celdas se pueden editar</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>A skip around every hidden layer as wide as the one before it</source>
            <translation>Una conexión de salto alrededor de cada capa oculta tan ancha como la anterior</translation>
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
            <source>Dropout</source>
            <translation>Dropout</translation>
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
            <source>Norm</source>
            <translation>Norm.</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>Normalisation</source>
            <translation>Normalización</translation>
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
            <source>Skip</source>
            <translation>Salto</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>The normalisation of every hidden layer (none, layer, batch), or one per layer separated by commas</source>
            <translation>La normalización de todas las capas ocultas (none, layer, batch), o una por capa separadas por comas</translation>
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
            <source>dropout</source>
            <translation>dropout</translation>
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
            <source>norm</source>
            <translation>normalización</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>row {row} ({name}): {error}</source>
            <translation>fila {row} ({name}): {error}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>skip</source>
            <translation>salto</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_rows.py" />
            <source>the learning rate is a number, e.g. 0.03 (got {text})</source>
            <translation>la tasa de aprendizaje es un número, p. ej. 0.03 (se recibió {text})</translation>
        </message>
    </context>
    <context>
        <name>ConfusionTable</name>
        <message numerus="yes">
            <location filename="playground/ui/views/confusion_table.py" />
            <source>%n point(s) of {true} predicted as {predicted} ({share} of the row)</source>
            <translation>
                <numerusform>%n punto de {true} predicho como {predicted} ({share} de la fila)</numerusform>
                <numerusform>%n puntos de {true} predichos como {predicted} ({share} de la fila)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/views/confusion_table.py" />
            <source>predicted class: {label}</source>
            <translation>clase predicha: {label}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/confusion_table.py" />
            <source>true class: {label}</source>
            <translation>clase real: {label}</translation>
        </message>
    </context>
    <context>
        <name>CurveView</name>
        <message>
            <location filename="playground/ui/views/curve_view.py" />
            <source>Curve</source>
            <translation>Curva</translation>
        </message>
        <message>
            <location filename="playground/ui/views/curve_view.py" />
            <source>The points of a one-input session and the network's curve through them; the readout in the status bar tells what lies under the pointer.</source>
            <translation>Los puntos de una sesión de una sola entrada y la curva de la red que pasa por ellos; la lectura de la barra de estado indica qué hay bajo el puntero.</translation>
        </message>
    </context>
    <context>
        <name>DTypes</name>
        <message>
            <location filename="playground/engine/model.py" />
            <source>float32 (faster)</source>
            <translation>float32 (más rápido)</translation>
        </message>
        <message>
            <location filename="playground/engine/model.py" />
            <source>float64 (double)</source>
            <translation>float64 (doble)</translation>
        </message>
    </context>
    <context>
        <name>DataPanel</name>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>&amp;Classes</source>
            <translation>&amp;Clases</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>&amp;Noise</source>
            <translation>&amp;Ruido</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>&amp;Preset</source>
            <translation>&amp;Predefinido</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>&amp;Regenerate</source>
            <translation>Re&amp;generar</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>&amp;Seed</source>
            <translation>&amp;Semilla</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>&amp;Train share</source>
            <translation>Parte de &amp;entrenamiento</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>&amp;Value</source>
            <translation>&amp;Valor</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>A multi-label set (one 0/1 column per label) is opened from a file and cannot be converted to another task</source>
            <translation>Un conjunto multietiqueta (una columna 0/1 por etiqueta) se abre desde un archivo y no se puede convertir a otra tarea</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>A tutorial's fixed table: its rows are given, so no count or noise applies</source>
            <translation>La tabla fija de un tutorial: sus filas vienen dadas, así que no se aplican ni la cantidad ni el ruido</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Brush</source>
            <translation>Pincel</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Brush &amp;density</source>
            <translation>&amp;Densidad del pincel</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Brush &amp;radius</source>
            <translation>R&amp;adio del pincel</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Brush and eraser radius, in data units</source>
            <translation>Radio del pincel y del borrador, en unidades de los datos</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Class (keys 1–{k}, right-click to rename)</source>
            <translation>Clase (teclas 1–{k}, clic derecho para renombrar)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Clear points</source>
            <translation>Borrar puntos</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Click or drag to remove points; right-drag erases with any tool (E)</source>
            <translation>Haga clic o arrastre para quitar puntos; arrastrar con el botón derecho borra con cualquier herramienta (E)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Click to add a point of the current class (A)</source>
            <translation>Haga clic para añadir un punto de la clase actual (A)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Data</source>
            <translation>Datos</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Drag to paint many points (B)</source>
            <translation>Arrastre para pintar muchos puntos (B)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Draw</source>
            <translation>Dibujar</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Draw the points again with the next seed (undoable)</source>
            <translation>Volver a generar los puntos con la siguiente semilla (se puede deshacer)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Each point you draw is a training point with the odds of the train share, else a test point</source>
            <translation>Cada punto que dibuja es de entrenamiento con la probabilidad de la parte de entrenamiento y, si no, de prueba</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Erase</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Every point you draw is a test point: the network never trains on it</source>
            <translation>Cada punto que dibuja es de prueba: la red nunca entrena con él</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Every point you draw is a training point</source>
            <translation>Cada punto que dibuja es de entrenamiento</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Formula…</source>
            <translation>Fórmula…</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>How many points the preset or formula makes (applies at once, undoable)</source>
            <translation>Cuántos puntos genera el conjunto predefinido o la fórmula (se aplica al instante, se puede deshacer)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Label shown (keys 1–{k}, right-click to rename); a point you draw gets it as 1 and the other labels as 0</source>
            <translation>Etiqueta mostrada (teclas 1–{k}, clic derecho para renombrar); un punto que dibuja la recibe como 1 y las demás etiquetas como 0</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Name of class {number}:</source>
            <translation>Nombre de la clase {number}:</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Name of label {number}:</source>
            <translation>Nombre de la etiqueta {number}:</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>New points &amp;go to</source>
            <translation>Puntos &amp;nuevos</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Noise of the generated points (0–100%)</source>
            <translation>Ruido de los puntos generados (0–100 %)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Number of classes; lowering it removes the points of the classes that go (undoable)</source>
            <translation>Número de clases; al reducirlo se quitan los puntos de las clases que desaparecen (se puede deshacer)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>On the canvas the network trains on the filled points; the hollow ones only test it (View ▸ Show test points)</source>
            <translation>En el lienzo, la red entrena con los puntos rellenos; los huecos solo la ponen a prueba (Ver ▸ Mostrar puntos de prueba)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Po&amp;ints</source>
            <translation>P&amp;untos</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Points the brush sprays per step</source>
            <translation>Puntos que el pincel rocía en cada paso</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Points valued by a formula in x1 and x2 that you write</source>
            <translation>Puntos cuyo valor da una fórmula en x1 y x2 que usted escribe</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Remove every point (undoable)</source>
            <translation>Quitar todos los puntos (se puede deshacer)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Rename class {number}</source>
            <translation>Renombrar la clase {number}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Rename label {number}</source>
            <translation>Renombrar la etiqueta {number}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Replace the points by a generated data set (undoable)</source>
            <translation>Sustituir los puntos por un conjunto de datos generado (se puede deshacer)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Seed of the generator and of the train/test split (applies at once, undoable)</source>
            <translation>Semilla del generador y de la división entre entrenamiento y prueba (se aplica al instante, se puede deshacer)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Share of the points used for training; the rest are test points (drawn hollow)</source>
            <translation>Parte de los puntos usada para entrenar; el resto son puntos de prueba (dibujados huecos)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Switching converts the points: classes become values and back. Multi-label sets are opened from a file (columns label_A, label_B, ...), not converted</source>
            <translation>Cambiar convierte los puntos: las clases pasan a ser valores y viceversa. Los conjuntos multietiqueta se abren desde un archivo (columnas label_A, label_B, ...), no se convierten</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>T&amp;ask</source>
            <translation>&amp;Tarea</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Target value of the points you draw (regression), from −1 to 1</source>
            <translation>Valor objetivo de los puntos que dibuja (regresión), de −1 a 1</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>Whether the points you draw are trained on (training) or only measure the network (test)</source>
            <translation>Si la red entrena con los puntos que dibuja (entrenamiento) o solo la miden (prueba)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>split by the train share</source>
            <translation>según el reparto</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>test</source>
            <translation>prueba</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>training</source>
            <translation>entrenamiento</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>{name} (key {key}): show this label on the canvas; right-click to rename</source>
            <translation>{name} (tecla {key}): mostrar esta etiqueta en el lienzo; clic derecho para renombrar</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>{name} (key {key}); right-click to rename</source>
            <translation>{name} (tecla {key}); clic derecho para renombrar</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>{n} inputs: the canvas shows a slice. Points you draw take the other inputs' slider values under the canvas; erase takes only points near the slice.</source>
            <translation>{n} entradas: el lienzo muestra un corte. Los puntos que dibuja toman para las demás entradas los valores de los deslizadores bajo el lienzo; borrar solo quita puntos cercanos al corte.</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>{value}%</source>
            <translation>{value} %</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/data_panel.py" />
            <source>● filled = {n_train} training   ○ hollow = {n_test} test</source>
            <translation>● relleno = {n_train} entrenamiento   ○ hueco = {n_test} prueba</translation>
        </message>
    </context>
    <context>
        <name>DiagnosticsView</name>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>&amp;Show:</source>
            <translation>&amp;Mostrar:</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>Confusion matrix on the test split: rows are the true classes, columns the predicted ones</source>
            <translation>Matriz de confusión sobre los datos de prueba: las filas son las clases reales; las columnas, las predichas</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>Confusion matrix on the training split: rows are the true classes, columns the predicted ones</source>
            <translation>Matriz de confusión sobre los datos de entrenamiento: las filas son las clases reales; las columnas, las predichas</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>Dead ReLU units</source>
            <translation>Neuronas ReLU muertas</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>Gradient norm</source>
            <translation>Norma del gradiente</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>How much the last optimizer step changed each layer relative to its size (weights and biases). Around 1e-3 is healthy; far below learns slowly, far above is unstable.</source>
            <translation>Cuánto cambió el último paso del optimizador cada capa en relación con su tamaño (pesos y sesgos). Alrededor de 1e-3 es sano; muy por debajo aprende despacio, muy por encima es inestable.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>No diagnostics yet: they appear while training runs.</source>
            <translation>Aún no hay diagnósticos: aparecen mientras se entrena.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>R² {r2} · RMSE {rmse} (on the test split)</source>
            <translation>R² {r2} · RMSE {rmse} (sobre los datos de prueba)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>R² {r2} · RMSE {rmse} (on the training split)</source>
            <translation>R² {r2} · RMSE {rmse} (sobre los datos de entrenamiento)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>Saturated units</source>
            <translation>Neuronas saturadas</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>The fraction of each hidden layer's ReLU units that output 0 for every training point: they get no gradient and no longer learn. Always 0 for other activations.</source>
            <translation>La fracción de neuronas ReLU de cada capa oculta que dan 0 para todos los puntos de entrenamiento: no reciben gradiente y ya no aprenden. Siempre 0 con otras activaciones.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>The fraction of each hidden layer's outputs (over the training points) in the flat ends of tanh (|a| &gt; {tanh}) or sigmoid (a &lt; {low} or &gt; {high}), where the gradient almost vanishes. Always 0 for other activations.</source>
            <translation>La fracción de salidas de cada capa oculta (sobre los puntos de entrenamiento) en los extremos planos de tanh (|a| &gt; {tanh}) o de la sigmoide (a &lt; {low} o &gt; {high}), donde el gradiente casi desaparece. Siempre 0 con otras activaciones.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>The size (Euclidean norm) of each layer's full-batch gradient, weights and biases. Vanishing gradients fall towards 0 in the first layers; exploding ones grow.</source>
            <translation>El tamaño (norma euclídea) del gradiente de cada capa sobre todos los datos, para pesos y sesgos. Los gradientes que se desvanecen caen hacia 0 en las primeras capas; los que explotan crecen.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>The size (Euclidean norm) of each layer's weights (biases left out). Growing without end hints at too little regularisation.</source>
            <translation>El tamaño (norma euclídea) de los pesos de cada capa (sin los sesgos). Si crece sin fin, sugiere que falta regularización.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>Training accuracy {train}</source>
            <translation>Exactitud de entrenamiento {train}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>Training accuracy {train} · test accuracy {test}</source>
            <translation>Exactitud de entrenamiento {train} · exactitud de prueba {test}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>Update / weight ratio</source>
            <translation>Razón paso / peso</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>Weight norm</source>
            <translation>Norma de los pesos</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>Which number to follow per layer (hover an entry for what it means)</source>
            <translation>Qué magnitud seguir por capa (pase el ratón sobre una entrada para ver qué significa)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>epoch</source>
            <translation>época</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>fraction of outputs</source>
            <translation>fracción de salidas</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>fraction of units</source>
            <translation>fracción de neuronas</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>layer {n}</source>
            <translation>capa {n}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>output</source>
            <translation>salida</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>‖gradient‖</source>
            <translation>‖gradiente‖</translation>
        </message>
        <message>
            <location filename="playground/ui/views/diagnostics_view.py" />
            <source>‖step‖ / ‖W‖</source>
            <translation>‖paso‖ / ‖W‖</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <location filename="playground/ui/controllers/document.py" />
            <location filename="playground/ui/views/curve_drawing.py" />
            <location filename="playground/ui/views/drawing.py" />
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
            <location filename="playground/ui/views/curve_drawing.py" />
            <location filename="playground/ui/views/drawing.py" />
            <source>Erase points</source>
            <translation>Borrar puntos</translation>
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
            <location filename="playground/ui/views/curve_drawing.py" />
            <location filename="playground/ui/views/drawing.py" />
            <source>Paint points</source>
            <translation>Pintar puntos</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/document.py" />
            <source>Prune neuron {unit} of layer {layer}</source>
            <translation>Podar la neurona {unit} de la capa {layer}</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/document.py" />
            <source>Reset weights</source>
            <translation>Reiniciar los pesos</translation>
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
        <message>
            <location filename="playground/ui/controllers/document.py" />
            <location filename="playground/ui/views/step_situation.py" />
            <source>class {number}</source>
            <translation>clase {number}</translation>
        </message>
    </context>
    <context>
        <name>ExportFormats</name>
        <message>
            <location filename="playground/exporters/formats.py" />
            <source>NumPy code</source>
            <translation>Código NumPy</translation>
        </message>
        <message>
            <location filename="playground/exporters/formats.py" />
            <source>ONNX</source>
            <translation>ONNX</translation>
        </message>
        <message>
            <location filename="playground/exporters/formats.py" />
            <source>PyTorch code</source>
            <translation>Código PyTorch</translation>
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
            <source>A Jupyter notebook that rebuilds, trains and explains this session</source>
            <translation>Un cuaderno de Jupyter que reconstruye, entrena y explica esta sesión</translation>
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
            <translation>Copiar como &amp;enlace</translation>
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
            <source>Export as no&amp;tebook…</source>
            <translation>Exportar como cua&amp;derno de Jupyter…</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Export as notebook</source>
            <translation>Exportar como cuaderno</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Export image</source>
            <translation>Exportar imagen</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Export image &amp;PNG…</source>
            <translation>Exp&amp;ortar imagen PNG…</translation>
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
            <translation>Impor&amp;tar pesos…</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Import weights</source>
            <translation>Importar pesos</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Jupyter notebook (*.ipynb)</source>
            <translation>Cuaderno de Jupyter (*.ipynb)</translation>
        </message>
        <message>
            <location filename="playground/exporters/formats.py" />
            <source>ONNX model (*.onnx)</source>
            <translation>Modelo ONNX (*.onnx)</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Open a TensorFlow Playground link (https://playground.tensorflow.org/#...) as a new session</source>
            <translation>Abrir un enlace de TensorFlow Playground (https://playground.tensorflow.org/#...) como sesión nueva</translation>
        </message>
        <message>
            <location filename="playground/ui/controllers/files.py" />
            <source>Open lin&amp;k…</source>
            <translation>Abrir &amp;enlace…</translation>
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
            <location filename="playground/exporters/formats.py" />
            <source>Python file (*.py)</source>
            <translation>Archivo de Python (*.py)</translation>
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
        <name>FocusMap</name>
        <message>
            <location filename="playground/ui/views/focus_map.py" />
            <source>Neuron {unit} of layer {layer}: {low} … {high}</source>
            <translation>Neurona {unit} de la capa {layer}: {low} … {high}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/focus_map.py" />
            <source>neuron {unit}, layer {layer}</source>
            <translation>neurona {unit}, capa {layer}</translation>
        </message>
    </context>
    <context>
        <name>Fold</name>
        <message>
            <location filename="playground/ui/layout.py" />
            <source>Show or hide the settings under: {title}</source>
            <translation>Mostrar u ocultar los ajustes de «{title}»</translation>
        </message>
    </context>
    <context>
        <name>FormulaEdit</name>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>A formula in x1 and x2: numbers, + − * / ** %, comparisons, and/or/not, abs, sin, cos, tan, exp, log, sqrt, tanh, min, max, where(c, a, b), pi, e</source>
            <translation>Una fórmula en x1 y x2: números, + − * / ** %, comparaciones, and/or/not, abs, sin, cos, tan, exp, log, sqrt, tanh, min, max, where(c, a, b), pi, e (punto decimal: 0.5)</translation>
        </message>
    </context>
    <context>
        <name>FormulaFeatures</name>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>+ feature</source>
            <translation>+ característica</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>Add a formula input feature</source>
            <translation>Añadir una característica de entrada con una fórmula</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>Add an input computed by a formula of the normalised x1, x2, e.g. x1*x2 or min(x1, x2)</source>
            <translation>Añadir una entrada calculada con una fórmula de x1, x2 normalizados, p. ej. x1*x2 o min(x1, x2)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>Close the editor without adding the feature</source>
            <translation>Cerrar el editor sin añadir la característica</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>Feed the formula to the network as an input</source>
            <translation>Dar la fórmula a la red como entrada</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>Formula of the new input feature</source>
            <translation>Fórmula de la nueva característica de entrada</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>Input feature {feature}</source>
            <translation>Característica de entrada {feature}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>Input {feature} (a formula of normalised x₁, x₂); untick to remove it</source>
            <translation>Entrada {feature} (una fórmula de x₁, x₂ normalizados); desmárquela para quitarla</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>a 1-D set has x alone: the feature {name} may not use x2</source>
            <translation>un conjunto 1-D solo tiene x: la característica {name} no puede usar x2</translation>
        </message>
    </context>
    <context>
        <name>FormulaSource</name>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>&amp;Generate</source>
            <translation>&amp;Generar</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>Classification: a condition gives the second class (key 2) where it is true and the first (key 1) elsewhere; a whole-number value v gives the class of key v + 1. Regression: the value is the target.</source>
            <translation>Clasificación: una condición da la segunda clase (tecla 2) donde es verdadera y la primera (tecla 1) en el resto; un valor entero v da la clase de la tecla v + 1. Regresión: el valor es el objetivo.</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>Data formula</source>
            <translation>Fórmula de los datos</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>Each point's class is the formula's value there (a condition: 1 where true, else 0).</source>
            <translation>La clase de cada punto es el valor de la fórmula en él (una condición: 1 donde es verdadera y, si no, 0).</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>Each point's target is the formula's value there.</source>
            <translation>El objetivo de cada punto es el valor de la fórmula en él.</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>Generate {formula}</source>
            <translation>Generar {formula}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>Replace the points by points valued by the formula (undoable); Points, Noise and Seed apply</source>
            <translation>Sustituir los puntos por puntos con el valor de la fórmula (se puede deshacer); se aplican Puntos, Ruido y Semilla</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>Task from the formula</source>
            <translation>Tarea según la fórmula</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>Task of the formula</source>
            <translation>Tarea de la fórmula</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>Write a condition for two classes, or any value to regress.</source>
            <translation>Escriba una condición para dos clases o cualquier valor para una regresión.</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/formulas.py" />
            <source>e.g. {formula}</source>
            <translation>p. ej. {formula}</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="playground/ui/dialogs/help.py" />
            <source>&lt;b&gt;Playground {version}&lt;/b&gt;&lt;p&gt;Draw points, build a network, watch NumPy train it live.&lt;/p&gt;</source>
            <translation>&lt;b&gt;Playground {version}&lt;/b&gt;&lt;p&gt;Dibuje puntos, construya una red y vea cómo NumPy la entrena en directo.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/help.py" />
            <source>About Playground</source>
            <translation>Acerca de Playground</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/help.py" />
            <source>Enter / Esc in a field</source>
            <translation>Intro / Esc en un campo</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/help.py" />
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/help.py" />
            <source>Right drag</source>
            <translation>Arrastrar con el botón derecho</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/help.py" />
            <source>Space in a field being typed in</source>
            <translation>Espacio en un campo en el que se escribe</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/help.py" />
            <source>erase with any tool</source>
            <translation>borrar con cualquier herramienta</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/help.py" />
            <source>keep / undo what you typed; the keys go back to the canvas</source>
            <translation>conservar / deshacer lo escrito; las teclas vuelven al lienzo</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/help.py" />
            <source>types (elsewhere it plays)</source>
            <translation>escribe (en otro sitio inicia el entrenamiento)</translation>
        </message>
    </context>
    <context>
        <name>HiddenSpaceView</name>
        <message>
            <location filename="playground/ui/views/hidden_space_view.py" />
            <source>&amp;Layer:</source>
            <translation>&amp;Capa:</translation>
        </message>
        <message>
            <location filename="playground/ui/views/hidden_space_view.py" />
            <source>Principal components</source>
            <translation>Componentes principales</translation>
        </message>
        <message>
            <location filename="playground/ui/views/hidden_space_view.py" />
            <source>Project the layer's outputs onto their first two principal components (the directions they vary most along), or show two of its units' outputs</source>
            <translation>Proyectar las salidas de la capa sobre sus dos primeras componentes principales (las direcciones en que más varían) o mostrar las salidas de dos de sus neuronas</translation>
        </message>
        <message>
            <location filename="playground/ui/views/hidden_space_view.py" />
            <source>The hidden layer whose outputs place the points</source>
            <translation>La capa oculta cuyas salidas sitúan los puntos</translation>
        </message>
        <message>
            <location filename="playground/ui/views/hidden_space_view.py" />
            <source>The network has no hidden layer: add one to see how it transforms the plane.</source>
            <translation>La red no tiene capa oculta: añada una para ver cómo transforma el plano.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/hidden_space_view.py" />
            <source>The unit whose output is the horizontal axis</source>
            <translation>La neurona cuya salida es el eje horizontal</translation>
        </message>
        <message>
            <location filename="playground/ui/views/hidden_space_view.py" />
            <source>The unit whose output is the vertical axis</source>
            <translation>La neurona cuya salida es el eje vertical</translation>
        </message>
        <message>
            <location filename="playground/ui/views/hidden_space_view.py" />
            <source>Two units</source>
            <translation>Dos neuronas</translation>
        </message>
        <message>
            <location filename="playground/ui/views/hidden_space_view.py" />
            <source>hidden layer {n}</source>
            <translation>capa oculta {n}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/hidden_space_view.py" />
            <source>unit {n}</source>
            <translation>neurona {n}</translation>
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
            <translation>Glorot uniforme</translation>
        </message>
        <message>
            <location filename="playground/engine/init.py" />
            <source>He normal</source>
            <translation>He normal</translation>
        </message>
        <message>
            <location filename="playground/engine/init.py" />
            <source>He uniform</source>
            <translation>He uniforme</translation>
        </message>
        <message>
            <location filename="playground/engine/init.py" />
            <source>Normal N(0, σ²) (tutorials)</source>
            <translation>Normal N(0, σ²) (tutoriales)</translation>
        </message>
        <message>
            <location filename="playground/engine/init.py" />
            <source>Uniform ±0.5 (TF Playground)</source>
            <translation>Uniforme ±0,5 (TF Playground)</translation>
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
            <source>Linear &amp;regions</source>
            <translation>Regiones &amp;lineales</translation>
        </message>
        <message>
            <location filename="playground/ui/inspect.py" />
            <source>Linear regions</source>
            <translation>Regiones lineales</translation>
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
        <message>
            <location filename="playground/ui/inspect.py" />
            <source>Show or hide the regions of the plane where a ReLU network is one affine function</source>
            <translation>Mostrar u ocultar las regiones del plano donde una red ReLU es una sola función afín</translation>
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
            <translation> · aún sin trayectoria</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>Coarse ({n} × {n})</source>
            <translation>Gruesa ({n} × {n})</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>Compute</source>
            <translation>Calcular</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>Compute the loss around the current weights (in the background)</source>
            <translation>Calcular la pérdida alrededor de los pesos actuales (en segundo plano)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>Computing…</source>
            <translation>Calculando…</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>Computing… {done} of {total} rows</source>
            <translation>Calculando… {done} de {total} filas</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>Could not compute the landscape: {reason}</source>
            <translation>No se pudo calcular el paisaje de pérdida: {reason}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>Fine ({n} × {n}, slower)</source>
            <translation>Fina ({n} × {n}, más lenta)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>How many points of the plane to evaluate the loss at</source>
            <translation>En cuántos puntos del plano se evalúa la pérdida</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_drawing.py" />
            <source>Loss {loss} at the centre (epoch {epoch}) · {n} × {n} grid · took {seconds} s</source>
            <translation>Pérdida {loss} en el centro (época {epoch}) · cuadrícula {n} × {n} · tardó {seconds} s</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>Normal ({n} × {n})</source>
            <translation>Normal ({n} × {n})</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>Nothing to compute yet: the network has no weights.</source>
            <translation>Aún no hay nada que calcular: la red no tiene pesos.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>Press Compute to map the loss around the current weights.</source>
            <translation>Pulse Calcular para trazar la pérdida alrededor de los pesos actuales.</translation>
        </message>
        <message>
            <location filename="playground/training/landscape.py" />
            <source>Principal directions of the trajectory</source>
            <translation>Direcciones principales de la trayectoria</translation>
        </message>
        <message>
            <location filename="playground/training/landscape.py" />
            <source>Random directions (filter-normalised)</source>
            <translation>Direcciones aleatorias (normalizadas por filtro)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>Random directions: two Gaussian directions, each unit's part scaled to that unit's weights (Li et al. 2018). Principal directions: the plane the weights moved in the most so far (needs a few saved epochs).</source>
            <translation>Direcciones aleatorias: dos direcciones gaussianas, con la parte de cada neurona escalada a sus pesos (Li et al. 2018). Direcciones principales: el plano en el que más se han movido los pesos hasta ahora (necesita algunas épocas guardadas).</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>Recompute</source>
            <translation>Recalcular</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>Recompute every</source>
            <translation>Recalcular cada</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>Recompute on this period while the weights change (training)</source>
            <translation>Recalcular con este periodo mientras cambian los pesos (entrenamiento)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>Recompute period</source>
            <translation>Periodo de recálculo</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>The current weights</source>
            <translation>Los pesos actuales</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>The first saved weights of the path</source>
            <translation>Los primeros pesos guardados de la trayectoria</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>direction 1</source>
            <translation>dirección 1</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>direction 2</source>
            <translation>dirección 2</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_drawing.py" />
            <source>infinite</source>
            <translation>infinito</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_view.py" />
            <source>log₁₀ loss</source>
            <translation>log₁₀ pérdida</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_drawing.py" />
            <source>not a number</source>
            <translation>no es un número</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_drawing.py" />
            <source>principal direction {n} ({share} of the path's variance)</source>
            <translation>dirección principal {n} ({share} de la varianza de la trayectoria)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/landscape_drawing.py" />
            <source>random direction {n} (filter-normalised)</source>
            <translation>dirección aleatoria {n} (normalizada por filtro)</translation>
        </message>
    </context>
    <context>
        <name>LessonController</name>
        <message>
            <location filename="playground/ui/lessons.py" />
            <source>&amp;Lessons…</source>
            <translation>&amp;Lecciones…</translation>
        </message>
        <message>
            <location filename="playground/ui/lessons.py" />
            <source>Answer applied: train to reach the goal (Undo takes it back)</source>
            <translation>Respuesta aplicada: entrene para alcanzar el objetivo (Deshacer la retira)</translation>
        </message>
        <message>
            <location filename="playground/ui/lessons.py" />
            <source>Follow a lesson from a .toml file</source>
            <translation>Seguir una lección de un archivo .toml</translation>
        </message>
        <message>
            <location filename="playground/ui/lessons.py" />
            <source>Goal met: step {number}</source>
            <translation>Objetivo alcanzado: paso {number}</translation>
        </message>
        <message>
            <location filename="playground/ui/lessons.py" />
            <source>Goal met: step {number} ✓</source>
            <translation>Objetivo alcanzado: paso {number} ✓</translation>
        </message>
        <message>
            <location filename="playground/ui/lessons.py" />
            <source>Lesson</source>
            <translation>Lección</translation>
        </message>
        <message>
            <location filename="playground/ui/lessons.py" />
            <source>Lesson step {number}</source>
            <translation>Paso {number} de la lección</translation>
        </message>
        <message>
            <location filename="playground/ui/lessons.py" />
            <source>Lesson: {title}</source>
            <translation>Lección: {title}</translation>
        </message>
        <message>
            <location filename="playground/ui/lessons.py" />
            <source>Lessons</source>
            <translation>Lecciones</translation>
        </message>
        <message>
            <location filename="playground/ui/lessons.py" />
            <source>Open &amp;lesson…</source>
            <translation>Abrir &amp;lección…</translation>
        </message>
        <message>
            <location filename="playground/ui/lessons.py" />
            <source>Open lesson</source>
            <translation>Abrir lección</translation>
        </message>
        <message>
            <location filename="playground/ui/lessons.py" />
            <source>Playground lesson (*.toml)</source>
            <translation>Lección de Playground (*.toml)</translation>
        </message>
        <message>
            <location filename="playground/ui/lessons.py" />
            <source>Show answer (step {number})</source>
            <translation>Ver respuesta (paso {number})</translation>
        </message>
        <message>
            <location filename="playground/ui/lessons.py" />
            <source>The answer needs no change of settings: train on</source>
            <translation>La respuesta no necesita cambiar ajustes: siga entrenando</translation>
        </message>
        <message>
            <location filename="playground/ui/lessons.py" />
            <source>The lesson's settings do not fit this network: {reason}</source>
            <translation>Los ajustes de la lección no encajan con esta red: {reason}</translation>
        </message>
        <message>
            <location filename="playground/ui/lessons.py" />
            <source>The lessons that come with Playground</source>
            <translation>Las lecciones que vienen con Playground</translation>
        </message>
        <message>
            <location filename="playground/ui/lessons.py" />
            <source>The session's lesson could not be read: {reason}</source>
            <translation>No se pudo leer la lección de la sesión: {reason}</translation>
        </message>
    </context>
    <context>
        <name>LessonPanel</name>
        <message>
            <location filename="playground/ui/panels/lesson_panel.py" />
            <source>&amp;Next ▶</source>
            <translation>&amp;Siguiente ▶</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/lesson_panel.py" />
            <source>&lt;b&gt;Goal&lt;/b&gt; {mark} {goal}</source>
            <translation>&lt;b&gt;Objetivo&lt;/b&gt; {mark} {goal}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/lesson_panel.py" />
            <source>Apply the settings that reach this step's goal (Undo takes them back)</source>
            <translation>Aplicar los ajustes que alcanzan el objetivo de este paso (Deshacer los retira)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/lesson_panel.py" />
            <source>H&amp;int</source>
            <translation>&amp;Pista</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/lesson_panel.py" />
            <source>Hint {number}: {hint}</source>
            <translation>Pista {number}: {hint}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/lesson_panel.py" />
            <source>Lesson step</source>
            <translation>Paso de la lección</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/lesson_panel.py" />
            <source>Met</source>
            <translation>Alcanzado</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/lesson_panel.py" />
            <source>Not met yet</source>
            <translation>Aún no alcanzado</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/lesson_panel.py" />
            <source>Reveal the next hint of this step</source>
            <translation>Mostrar la siguiente pista de este paso</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/lesson_panel.py" />
            <source>Show ans&amp;wer</source>
            <translation>Ver &amp;respuesta</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/lesson_panel.py" />
            <source>Step {number} of {count}</source>
            <translation>Paso {number} de {count}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/lesson_panel.py" />
            <source>The next step (its settings apply; Undo takes them back)</source>
            <translation>El paso siguiente (se aplican sus ajustes; Deshacer los retira)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/lesson_panel.py" />
            <source>The step before this one</source>
            <translation>El paso anterior</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/lesson_panel.py" />
            <source>The text of the lesson's current step</source>
            <translation>El texto del paso actual de la lección</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/lesson_panel.py" />
            <source>◀ &amp;Back</source>
            <translation>◀ &amp;Atrás</translation>
        </message>
    </context>
    <context>
        <name>LessonsDialog</name>
        <message>
            <location filename="playground/ui/dialogs/lessons.py" />
            <source>Close without opening a lesson</source>
            <translation>Cerrar sin abrir ninguna lección</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/lessons.py" />
            <source>Lessons</source>
            <translation>Lecciones</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/lessons.py" />
            <source>Open the lesson chosen in the list</source>
            <translation>Abrir la lección elegida en la lista</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/lessons.py" />
            <source>The lessons that come with Playground: Open (or a double click) starts the one chosen</source>
            <translation>Las lecciones que vienen con Playground: Abrir (o un doble clic) inicia la elegida</translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/dialogs/lessons.py" />
            <source>{title}  (%n step(s))</source>
            <translation>
                <numerusform>{title}  (%n paso)</numerusform>
                <numerusform>{title}  (%n pasos)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LogRateControl</name>
        <message>
            <location filename="playground/ui/widgets.py" />
            <source>{name} slider</source>
            <translation>Control deslizante de {name}</translation>
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
            <source>Every configuration's training and test loss by epoch; the legend above names them</source>
            <translation>La pérdida de entrenamiento y de prueba de cada configuración por época; la leyenda de arriba las nombra</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>Loss curves</source>
            <translation>Curvas de pérdida</translation>
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
        <name>LossPlot</name>
        <message>
            <location filename="playground/ui/views/loss_plot.py" />
            <source>&lt;b&gt;epoch {epoch}:&lt;/b&gt;</source>
            <translation>&lt;b&gt;época {epoch}:&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="playground/ui/views/loss_plot.py" />
            <source>Also draw the running train loss (dotted): the mean over each epoch's mini-batches of their loss before each update, as a per-sample SGD loop prints it (times the number of training points for a loop that sums). The solid train loss is the whole training set's at the end of the epoch.</source>
            <translation>Dibujar también la pérdida de entrenamiento acumulada (punteada): la media, sobre los minilotes de cada época, de su pérdida antes de cada actualización, como la imprime un bucle SGD por muestra (multiplicada por el número de puntos de entrenamiento en un bucle que suma). La pérdida de entrenamiento continua es la de todo el conjunto de entrenamiento al final de la época.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/loss_plot.py" />
            <source>Logarithmic loss axis</source>
            <translation>Eje de pérdida logarítmico</translation>
        </message>
        <message>
            <location filename="playground/ui/views/loss_plot.py" />
            <source>Loss curves</source>
            <translation>Curvas de pérdida</translation>
        </message>
        <message>
            <location filename="playground/ui/views/loss_plot.py" />
            <source>The training and test loss by epoch; the status line below the window reads the latest numbers.</source>
            <translation>La pérdida de entrenamiento y de prueba por época; la línea de estado al pie de la ventana da los últimos valores.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/loss_plot.py" />
            <source>accuracy</source>
            <translation>exactitud</translation>
        </message>
        <message>
            <location filename="playground/ui/views/loss_plot.py" />
            <source>epoch</source>
            <translation>época</translation>
        </message>
        <message>
            <location filename="playground/ui/views/loss_plot.py" />
            <source>log y</source>
            <translation>log y</translation>
        </message>
        <message>
            <location filename="playground/ui/views/loss_plot.py" />
            <source>loss</source>
            <translation>pérdida</translation>
        </message>
        <message>
            <location filename="playground/ui/views/loss_plot.py" />
            <source>running</source>
            <translation>acumulada</translation>
        </message>
        <message>
            <location filename="playground/ui/views/loss_plot.py" />
            <source>{swatch} running train loss {value}</source>
            <translation>{swatch} pérdida de entrenamiento acumulada {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/loss_plot.py" />
            <source>{swatch} test acc {value}</source>
            <translation>{swatch} exact. prueba {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/loss_plot.py" />
            <source>{swatch} test exact match {value}</source>
            <translation>{swatch} coincidencia exacta prueba {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/loss_plot.py" />
            <source>{swatch} test loss {value}</source>
            <translation>{swatch} pérdida de prueba {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/loss_plot.py" />
            <source>{swatch} train acc {value}</source>
            <translation>{swatch} exact. entren. {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/loss_plot.py" />
            <source>{swatch} train exact match {value}</source>
            <translation>{swatch} coincidencia exacta entren. {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/loss_plot.py" />
            <source>{swatch} train loss {value}</source>
            <translation>{swatch} pérdida de entrenamiento {value}</translation>
        </message>
    </context>
    <context>
        <name>Losses</name>
        <message>
            <location filename="playground/engine/losses.py" />
            <source>Absolute error (MAE)</source>
            <translation>Error absoluto (MAE)</translation>
        </message>
        <message>
            <location filename="playground/engine/losses.py" />
            <source>Cross-entropy</source>
            <translation>Entropía cruzada</translation>
        </message>
        <message>
            <location filename="playground/engine/losses.py" />
            <source>Cross-entropy summed over labels</source>
            <translation>Entropía cruzada sumada sobre las etiquetas</translation>
        </message>
        <message>
            <location filename="playground/engine/losses.py" />
            <source>Hinge (multi-class)</source>
            <translation>Bisagra (multiclase)</translation>
        </message>
        <message>
            <location filename="playground/engine/losses.py" />
            <source>Huber</source>
            <translation>Huber</translation>
        </message>
        <message>
            <location filename="playground/engine/losses.py" />
            <source>Squared error (MSE)</source>
            <translation>Error cuadrático (MSE)</translation>
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
            <source>&amp;Colours</source>
            <translation>&amp;Colores</translation>
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
            <source>Actual si&amp;ze</source>
            <translation>Tama&amp;ño real</translation>
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
            <source>Discretize out&amp;put</source>
            <translation>Discreti&amp;zar la salida</translation>
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
            <source>Larger text, points and lines for a projector</source>
            <translation>Texto, puntos y líneas más grandes para un proyector</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Lo&amp;g-scale loss</source>
            <translation>Pérdida en escala lo&amp;garítmica</translation>
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
            <translation>Pérdida acumulada por &amp;lotes</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Remove every point (undoable)</source>
            <translation>Quitar todos los puntos (se puede deshacer)</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Reset &amp;weights</source>
            <translation>&amp;Reiniciar pesos</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>S&amp;top rules…</source>
            <translation>Re&amp;glas de parada…</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Show &amp;test points</source>
            <translation>Mostrar puntos de prue&amp;ba</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Smaller text, points and lines</source>
            <translation>Texto, puntos y líneas más pequeños</translation>
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
            <source>Text, points and lines at 100 %</source>
            <translation>Texto, puntos y líneas al 100 %</translation>
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
            <source>Training stopped: {why}</source>
            <translation>Entrenamiento detenido: {why}</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Weights reset: training starts again (Undo brings the trained ones back)</source>
            <translation>Pesos reiniciados: el entrenamiento empieza de nuevo (Deshacer recupera los entrenados)</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Zoo&amp;m out</source>
            <translation>&amp;Reducir</translation>
        </message>
        <message>
            <location filename="playground/ui/main_window.py" />
            <source>Zoom &amp;in</source>
            <translation>&amp;Ampliar</translation>
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
            <translation>{notice} (Deshacer recupera los entrenados)</translation>
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
            <translation>Tasa de dropout: cada paso de entrenamiento descarta cada neurona con esta probabilidad</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_diagram.py" />
            <source>LN</source>
            <translation>LN</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_diagram.py" />
            <source>inputs</source>
            <translation>entradas</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_diagram.py" />
            <source>layer {n}
{units} · {activation}</source>
            <translation>capa {n}
{units} · {activation}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_diagram.py" />
            <source>output</source>
            <translation>salida</translation>
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
                <numerusform>%n capa oculta</numerusform>
                <numerusform>%n capas ocultas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>&amp;All layers:</source>
            <translation>&amp;Todas las capas:</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>&amp;Biases:</source>
            <translation>&amp;Sesgos:</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>&amp;Inputs</source>
            <translation>&amp;Entradas</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>&amp;Options</source>
            <translation>&amp;Opciones</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>&amp;Precision:</source>
            <translation>&amp;Precisión:</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Activation of hidden layer {number}</source>
            <translation>Activación de la capa oculta {number}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Add a hidden layer (at most {n})</source>
            <translation>Añadir una capa oculta (como máximo {n})</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Add hidden layer</source>
            <translation>Añadir capa oculta</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>All layers use {activation}</source>
            <translation>Todas las capas usan {activation}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>At least one input must stay selected.</source>
            <translation>Al menos una entrada debe seguir seleccionada.</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Changing this starts training from new weights (Edit ▸ Undo brings the trained ones back)</source>
            <translation>Cambiar esto reinicia el entrenamiento con pesos nuevos (Editar ▸ Deshacer recupera los entrenados)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Dropout </source>
            <translation>Dropout </translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Dropout of hidden layer {number}</source>
            <translation>Dropout de la capa oculta {number}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Dropout rate of layer {number}: in each training step each of its units is dropped with this probability (the kept ones scaled by 1/(1 − p)); the heatmap, the metrics and exports use every unit. Applies at once</source>
            <translation>Tasa de dropout de la capa {number}: en cada paso de entrenamiento cada una de sus neuronas se descarta con esta probabilidad (las demás se escalan por 1/(1 − p)); el mapa de calor, las métricas y las exportaciones usan todas las neuronas. Se aplica al instante</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Dropout, normalisation and skips of each layer</source>
            <translation>Dropout, normalización y saltos de cada capa</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Feed input {number} ({name}) to the network (as the input scaling gives it)</source>
            <translation>Dar la entrada {number} ({name}) a la red (tal como la da el escalado de entradas)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Feed {feature} to the network (computed from normalised x₁, x₂)</source>
            <translation>Dar {feature} a la red (calculada a partir de x₁, x₂ normalizados)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Hidden la&amp;yers</source>
            <translation>Capas &amp;ocultas</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Hidden layer added</source>
            <translation>Capa oculta añadida</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Hidden layer removed</source>
            <translation>Capa oculta quitada</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>How raw coordinates become the network's inputs: standardised (z-scored with the training points' mean and std), raw, or raw times a factor</source>
            <translation>Cómo las coordenadas en bruto se convierten en las entradas de la red: estandarizadas (puntuación z con la media y la desviación típica de los puntos de entrenamiento), en bruto o en bruto por un factor</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>How the biases start: at zero, or drawn N(0, σ²) like normal weights</source>
            <translation>Cómo empiezan los sesgos: en cero o extraídos de N(0, σ²) como los pesos normales</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>How the starting weights are drawn (scale matters for deep nets)</source>
            <translation>Cómo se extraen los pesos iniciales (la escala importa en redes profundas)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Initial weights</source>
            <translation>Pesos iniciales</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Initiali&amp;ser:</source>
            <translation>&amp;Inicializador:</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Input feature {feature}</source>
            <translation>Característica de entrada {feature}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Input scaling factor</source>
            <translation>Factor del escalado de entradas</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Input {feature} added</source>
            <translation>Entrada {feature} añadida</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Input {feature} removed</source>
            <translation>Entrada {feature} quitada</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Layer {number}</source>
            <translation>Capa {number}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Layer {number} activation changed</source>
            <translation>Activación de la capa {number} cambiada</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Layer {number} cannot skip: it has {units} units and the layer before it {before}; a skip needs equal widths</source>
            <translation>La capa {number} no puede tener salto: tiene {units} neuronas y la capa anterior {before}; un salto necesita anchos iguales</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Layer {number} dropout {rate}</source>
            <translation>Capa {number}: dropout {rate}</translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Layer {number} has %n unit(s)</source>
            <translation>
                <numerusform>La capa {number} tiene %n neurona</numerusform>
                <numerusform>La capa {number} tiene %n neuronas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Layer {number}: {norm}</source>
            <translation>Capa {number}: {norm}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>More network settings</source>
            <translation>Más ajustes</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Neurons in this layer: more can draw more complex boundaries</source>
            <translation>Neuronas de esta capa: con más se pueden trazar fronteras más complejas</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>New initial biases</source>
            <translation>Sesgos iniciales nuevos</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>New initial weight std</source>
            <translation>Nueva desviación típica de los pesos iniciales</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>New initialiser</source>
            <translation>Inicializador nuevo</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>New input scaling</source>
            <translation>Escalado de entradas nuevo</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>New precision</source>
            <translation>Precisión nueva</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>New random seed</source>
            <translation>Nueva semilla aleatoria</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>New seed</source>
            <translation>Semilla nueva</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>New seed {seed}</source>
            <translation>Semilla nueva {seed}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Non-linearity applied to this layer's units</source>
            <translation>No linealidad aplicada a las neuronas de esta capa</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Normalisation of hidden layer {number}</source>
            <translation>Normalización de la capa oculta {number}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Normalisation of layer {number} before its activation: layer norm over the layer's units of each point, batch norm over the batch (running averages in evaluation); a learned scale and shift each</source>
            <translation>Normalización de la capa {number} antes de su activación: layer norm sobre las neuronas de la capa en cada punto, batch norm sobre el lote (medias móviles en la evaluación); cada una con escala y desplazamiento aprendidos</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Number precision: float32 is faster, float64 more exact</source>
            <translation>Precisión numérica: float32 es más rápido, float64 más exacto</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Pick a new random seed (new starting weights)</source>
            <translation>Elegir una nueva semilla aleatoria (pesos iniciales nuevos)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Random seed of the starting weights: same seed, same run</source>
            <translation>Semilla aleatoria de los pesos iniciales: misma semilla, misma ejecución</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Remove hidden layer</source>
            <translation>Quitar capa oculta</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Remove the last hidden layer</source>
            <translation>Quitar la última capa oculta</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>S&amp;eed:</source>
            <translation>Se&amp;milla:</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Sc&amp;aling:</source>
            <translation>Esc&amp;alado:</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Scaling: {notice}</source>
            <translation>Escalado: {notice}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Set the activation of every hidden layer at once</source>
            <translation>Fijar de una vez la activación de todas las capas ocultas</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Show or hide each layer's dropout rate, normalisation and skip connection</source>
            <translation>Mostrar u ocultar la tasa de dropout, la normalización y la conexión de salto de cada capa</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Skip</source>
            <translation>Salto</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Skip around layer {number} added</source>
            <translation>Salto alrededor de la capa {number} añadido</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Skip around layer {number} removed</source>
            <translation>Salto alrededor de la capa {number} quitado</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Skip connection around hidden layer {number}</source>
            <translation>Conexión de salto alrededor de la capa oculta {number}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Skip connection: layer {number} adds its input to its output (a = f(z) + a_prev), so the gradient reaches the layers before it unchanged</source>
            <translation>Conexión de salto: la capa {number} suma su entrada a su salida (a = f(z) + a_prev), así el gradiente llega sin cambios a las capas anteriores</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Standard deviation σ of normal weights, N(0, σ²), as a tutorial's np.random.randn(...) * σ; drawn biases use it too</source>
            <translation>Desviación típica σ de los pesos normales, N(0, σ²), como np.random.randn(...) * σ en un tutorial; los sesgos extraídos también la usan</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Std &amp;σ:</source>
            <translation>Desv. &amp;σ:</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Std σ: {notice}</source>
            <translation>Desv. σ: {notice}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>The factor K: standardised inputs times K, or raw inputs times K</source>
            <translation>El factor K: entradas estandarizadas por K o entradas en bruto por K</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>The first hidden layer cannot skip: there is no hidden layer before it whose output it could add</source>
            <translation>La primera capa oculta no puede tener salto: no hay ninguna capa oculta antes cuya salida pueda sumar</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Units in hidden layer {number}</source>
            <translation>Neuronas de la capa oculta {number}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>mixed</source>
            <translation>mixta</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>no hidden layers</source>
            <translation>sin capas ocultas</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>{change}: training starts again from new weights</source>
            <translation>{change}: el entrenamiento empieza de nuevo con pesos nuevos</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/network_panel.py" />
            <source>{change}: training starts again from new weights; the frozen and pruned neurons are active again (undo brings them back)</source>
            <translation>{change}: el entrenamiento empieza de nuevo con pesos nuevos; las neuronas congeladas y podadas vuelven a estar activas (Deshacer las recupera)</translation>
        </message>
    </context>
    <context>
        <name>NetworkView</name>
        <message>
            <location filename="playground/ui/views/network_diagram.py" />
            <source>+{n} more</source>
            <translation>+{n} más</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_view.py" />
            <source>Arc width: mean |∂L/∂a| = {value} over the points and units of layer {number}'s output, which the skip hands unchanged to layer {before}</source>
            <translation>Ancho del arco: |∂L/∂a| medio = {value} sobre los puntos y neuronas de la salida de la capa {number}, que el salto pasa sin cambios a la capa {before}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_view.py" />
            <source>Arc: a skip, as wide as the mean |∂L/∂a| it carries back</source>
            <translation>Arco: un salto, tan ancho como el |∂L/∂a| medio que lleva hacia atrás</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_readout.py" />
            <location filename="playground/ui/views/network_view.py" />
            <source>Bias of {node}</source>
            <translation>Sesgo de {node}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_readout.py" />
            <source>Click to type a new value.</source>
            <translation>Haga clic para escribir un valor nuevo.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_readout.py" />
            <source>Frozen: training leaves its incoming weights and bias as they are.</source>
            <translation>Congelada: el entrenamiento deja sus pesos de entrada y su sesgo como están.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_view.py" />
            <source>Gradient flow · link width: |∂L/∂w| · purple halo: mean |δ| · log scale, {decades} decades below the largest</source>
            <translation>Flujo del gradiente · grosor de la conexión: |∂L/∂w| · halo morado: |δ| medio · escala logarítmica, {decades} décadas por debajo del mayor</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_view.py" />
            <source>Gradient flow: gradients not measured yet</source>
            <translation>Flujo del gradiente: gradientes aún sin medir</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_readout.py" />
            <source>Hover: its output fills the canvas. Right-click: freeze, prune, restore.</source>
            <translation>Al pasar el puntero: su salida llena el lienzo. Clic derecho: congelar, podar, restaurar.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_readout.py" />
            <source>Input {name}</source>
            <translation>Entrada {name}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_view.py" />
            <source>Inspect ▸ Gradient flow shows the gradient it carries back.</source>
            <translation>Inspeccionar ▸ Flujo de gradiente muestra el gradiente que lleva hacia atrás.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_view.py" />
            <source>Network diagram</source>
            <translation>Esquema de la red</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_readout.py" />
            <source>Pruned: its weights are held at 0.</source>
            <translation>Podada: sus pesos se mantienen en 0.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_view.py" />
            <source>Show the first units</source>
            <translation>Mostrar las primeras neuronas</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_view.py" />
            <source>Show the last units</source>
            <translation>Mostrar las últimas neuronas</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_view.py" />
            <source>Show unit</source>
            <translation>Mostrar neurona</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_view.py" />
            <source>Show unit…</source>
            <translation>Mostrar neurona…</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_view.py" />
            <source>Skip around layer {number}: a = f(z) + a_prev, the output of layer {before} added to its own</source>
            <translation>Salto alrededor de la capa {number}: a = f(z) + a_prev, la salida de la capa {before} sumada a la suya</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_diagram.py" />
            <source>The diagram draws units {a}–{b} of the {n} of this layer; all of them train. The mouse wheel over the layer, or a click on ▲ / ▼, shows others; a right click picks one.</source>
            <translation>El esquema dibuja las neuronas {a}–{b} de las {n} de esta capa; todas se entrenan. La rueda del ratón sobre la capa, o un clic en ▲ / ▼, muestra otras; un clic derecho elige una.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_view.py" />
            <source>The network's layers, neurons and weights. Hover a neuron or a link for its numbers; type a number to set the weight under the pointer; a right click freezes or prunes a neuron; the arrow, Page Up/Down, Home and End keys scroll a layer too wide to show whole.</source>
            <translation>Las capas, neuronas y pesos de la red. Al pasar el puntero sobre una neurona o una conexión se ven sus números; escribir un número fija el peso bajo el puntero; un clic derecho congela o poda una neurona; las flechas, Re Pág/Av Pág, Inicio y Fin desplazan una capa demasiado ancha para mostrarla entera.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_view.py" />
            <source>Unit of this layer to show (1–{n}):</source>
            <translation>Neurona de esta capa que mostrar (1–{n}):</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_readout.py" />
            <location filename="playground/ui/views/network_view.py" />
            <source>Weight from {source} to {target}</source>
            <translation>Peso de {source} a {target}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_readout.py" />
            <source>bias {formula}</source>
            <translation>sesgo {formula}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_readout.py" />
            <source>gradient: not measured yet</source>
            <translation>gradiente: aún sin medir</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_readout.py" />
            <source>mean |δ| = {value} (how strongly the loss pulls on it)</source>
            <translation>|δ| medio = {value} (con qué fuerza tira de ella la pérdida)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_readout.py" />
            <source>neuron {unit} of layer {layer}</source>
            <translation>la neurona {unit} de la capa {layer}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_readout.py" />
            <source>output {unit}</source>
            <translation>la salida {unit}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_readout.py" />
            <source>the output</source>
            <translation>la salida</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_diagram.py" />
            <source>{a}–{b} of {n}</source>
            <translation>{a}–{b} de {n}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_readout.py" />
            <source>{gradient} (at epoch {epoch})</source>
            <translation>{gradient} (en la época {epoch})</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_readout.py" />
            <source>{name} is pruned: its weights stay 0. Restore it (right-click it) to type values.</source>
            <translation>{name} está podada: sus pesos se quedan en 0. Restáurela (clic derecho sobre ella) para escribir valores.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_view.py" />
            <source>{negative}: negative · {positive}: positive</source>
            <translation>{negative}: negativo · {positive}: positivo</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_view.py" />
            <source>✕ dimmed: dropped in the last step (first point of the batch)</source>
            <translation>✕ atenuada: descartada en el último paso (primer punto del lote)</translation>
        </message>
    </context>
    <context>
        <name>Norms</name>
        <message>
            <location filename="playground/engine/layers.py" />
            <source>Batch norm</source>
            <translation>Batch norm</translation>
        </message>
        <message>
            <location filename="playground/engine/layers.py" />
            <source>Layer norm</source>
            <translation>Layer norm</translation>
        </message>
        <message>
            <location filename="playground/engine/layers.py" />
            <source>None</source>
            <translation>Ninguna</translation>
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
            <translation>Exactitud de prueba</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Test loss</source>
            <translation>Pérdida de prueba</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>Train accuracy</source>
            <translation>Exactitud de entrenamiento</translation>
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
            <translation>SGD + momento</translation>
        </message>
    </context>
    <context>
        <name>PresetSpinBox</name>
        <message>
            <location filename="playground/ui/widgets.py" />
            <source>{typed} is outside {low} … {high}: using {used}</source>
            <translation>{typed} está fuera de {low} … {high}: se usa {used}</translation>
        </message>
    </context>
    <context>
        <name>Presets</name>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>1-D: y is sin of x, two periods.</source>
            <translation>1-D: y es el seno de x, dos periodos.</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>1-D: y jumps from -0.8 to 0.8 at x = 0.</source>
            <translation>1-D: y salta de -0,8 a 0,8 en x = 0.</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>A 4x4 board of alternating classes.</source>
            <translation>Un tablero de 4×4 con clases alternas.</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>A disc of one class inside a ring of the other.</source>
            <translation>Un disco de una clase dentro de un anillo de la otra.</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Blobs (K classes)</source>
            <translation>Nubes (K clases)</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Checkerboard</source>
            <translation>Tablero de ajedrez</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Circle</source>
            <translation>Círculo</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Circle (TF Playground)</source>
            <translation>Círculo (TF Playground)</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Class by the sign of x1 * x2 (the four quadrants).</source>
            <translation>Clase según el signo de x1 * x2 (los cuatro cuadrantes).</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Exclusive or</source>
            <translation>O exclusivo</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Exclusive or (TF Playground)</source>
            <translation>O exclusivo (TF Playground)</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Gaussian</source>
            <translation>Gaussiana</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Gaussian (TF Playground)</source>
            <translation>Gaussiana (TF Playground)</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>K Gaussian blobs spread on a circle.</source>
            <translation>K nubes gaussianas repartidas en un círculo.</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>K interleaved spiral arms, one class per arm.</source>
            <translation>K brazos de espiral entrelazados, una clase por brazo.</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Multi Gaussian</source>
            <translation>Gaussiana múltiple</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Multi Gaussian (TF Playground)</source>
            <translation>Gaussiana múltiple (TF Playground)</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Plane</source>
            <translation>Plano</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Plane (TF Playground)</source>
            <translation>Plano (TF Playground)</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Sine (1-D)</source>
            <translation>Seno (1-D)</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Spiral</source>
            <translation>Espiral</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Spiral (K arms)</source>
            <translation>Espiral (K brazos)</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Spiral (TF Playground)</source>
            <translation>Espiral (TF Playground)</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Step (1-D)</source>
            <translation>Escalón (1-D)</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Target is a sum of signed Gaussian bumps.</source>
            <translation>El objetivo es una suma de campanas gaussianas con signo.</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Target linear in x1 and x2.</source>
            <translation>Objetivo lineal en x1 y x2.</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>TensorFlow Playground's circle: noise flips labels near radius 2.5.</source>
            <translation>El círculo de TensorFlow Playground: el ruido invierte etiquetas cerca del radio 2,5.</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>TensorFlow Playground's reg-gauss: six signed cones.</source>
            <translation>El reg-gauss de TensorFlow Playground: seis conos con signo.</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>TensorFlow Playground's reg-plane: target (x1 + x2) / 10.</source>
            <translation>El reg-plane de TensorFlow Playground: objetivo (x1 + x2) / 10.</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>TensorFlow Playground's two Gaussians: noise widens them.</source>
            <translation>Las dos gaussianas de TensorFlow Playground: el ruido las ensancha.</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>TensorFlow Playground's two spiral arms: noise moves points by up to ±noise.</source>
            <translation>Los dos brazos de espiral de TensorFlow Playground: el ruido mueve los puntos hasta ±ruido.</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>TensorFlow Playground's xor: noise flips labels near the axes.</source>
            <translation>El xor de TensorFlow Playground: el ruido invierte etiquetas cerca de los ejes.</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Tutorial 000's 8 people by height, weight, score; good or bad (a fixed table: --n-points and --noise do not apply).</source>
            <translation>Las 8 personas del tutorial 000 por altura, peso y puntuación; buenas o malas (una tabla fija: Puntos y Ruido no se aplican).</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Tutorial 000: people</source>
            <translation>Tutorial 000: personas</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Tutorial 001's 5 rows of 3 inputs with 4 labels each (a fixed table: --n-points and --noise do not apply).</source>
            <translation>Las 5 filas del tutorial 001 con 3 entradas y 4 etiquetas cada una (una tabla fija: Puntos y Ruido no se aplican).</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Tutorial 001: four labels</source>
            <translation>Tutorial 001: cuatro etiquetas</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Tutorial 002's scikit-learn moons, raw coordinates; --noise is the position std (the tutorial: 300 points, 0.2).</source>
            <translation>Las lunas de scikit-learn del tutorial 002, coordenadas en bruto; el ruido es la desviación típica de la posición (en el tutorial: 300 puntos, 0,2).</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Tutorial 002: moons</source>
            <translation>Tutorial 002: lunas</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Tutorial 003's 3-arm spiral of radius 1; --noise is the angle std (the tutorial: 300 points, 0.2).</source>
            <translation>La espiral de 3 brazos y radio 1 del tutorial 003; el ruido es la desviación típica del ángulo (en el tutorial: 300 puntos, 0,2).</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Tutorial 003: spiral</source>
            <translation>Tutorial 003: espiral</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Tutorial 004's 1-D set: a sine over x in -10..10, another curve over 10..20; --noise is the target std (the tutorial: 600 points, 0.1).</source>
            <translation>El conjunto 1-D del tutorial 004: un seno para x en -10..10 y otra curva en 10..20; el ruido es la desviación típica del objetivo (en el tutorial: 600 puntos, 0,1).</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Tutorial 004's 2-arm spiral of radius 5; --noise is the angle std (the tutorial: 400 points, 0.25).</source>
            <translation>La espiral de 2 brazos y radio 5 del tutorial 004; el ruido es la desviación típica del ángulo (en el tutorial: 400 puntos, 0,25).</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Tutorial 004: sine and more (1-D)</source>
            <translation>Tutorial 004: seno y más (1-D)</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Tutorial 004: spiral</source>
            <translation>Tutorial 004: espiral</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Two Gaussian blobs, one per class.</source>
            <translation>Dos nubes gaussianas, una por clase.</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Two interleaved half moons.</source>
            <translation>Dos medias lunas entrelazadas.</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Two interleaved spiral arms.</source>
            <translation>Dos brazos de espiral entrelazados.</translation>
        </message>
        <message>
            <location filename="playground/data/datasets.py" />
            <source>Two moons</source>
            <translation>Dos lunas</translation>
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
        <name>Regions</name>
        <message>
            <location filename="playground/engine/regions.py" />
            <source>Linear regions need ReLU, leaky ReLU or linear units and no layer norm</source>
            <translation>Las regiones lineales requieren neuronas ReLU, leaky ReLU o lineales y ninguna normalización de capa</translation>
        </message>
        <message>
            <location filename="playground/engine/regions.py" />
            <source>Linear regions need a network without layer norm: it divides each point by its own spread, which is not piecewise linear</source>
            <translation>Las regiones lineales requieren una red sin normalización de capa: esta divide cada punto por su propia dispersión, lo que no es lineal a trozos</translation>
        </message>
    </context>
    <context>
        <name>RegionsView</name>
        <message numerus="yes">
            <location filename="playground/ui/views/regions_view.py" />
            <source>%n linear region(s) on a {size} × {size} grid</source>
            <translation>
                <numerusform>%n región lineal en una cuadrícula de {size} × {size}</numerusform>
                <numerusform>%n regiones lineales en una cuadrícula de {size} × {size}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/views/regions_view.py" />
            <source>Draw the data points over the regions</source>
            <translation>Dibujar los puntos de datos sobre las regiones</translation>
        </message>
        <message>
            <location filename="playground/ui/views/regions_view.py" />
            <source>Each colour is one region of the plane where the network is one affine function</source>
            <translation>Cada color es una región del plano donde la red es una sola función afín</translation>
        </message>
        <message>
            <location filename="playground/ui/views/regions_view.py" />
            <source>Linear regions</source>
            <translation>Regiones lineales</translation>
        </message>
        <message>
            <location filename="playground/ui/views/regions_view.py" />
            <source>Live run only: a replayed frame keeps no linear regions, so these are of the latest weights.</source>
            <translation>Solo en el entrenamiento en curso: un fotograma de la repetición no guarda regiones lineales, así que estas son de los pesos más recientes.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/regions_view.py" />
            <source>Show the &amp;points</source>
            <translation>Mostrar los &amp;puntos</translation>
        </message>
        <message>
            <location filename="playground/ui/views/regions_view.py" />
            <source>Waiting for the network's linear regions…</source>
            <translation>Esperando las regiones lineales de la red…</translation>
        </message>
    </context>
    <context>
        <name>ReplayBar</name>
        <message>
            <location filename="playground/ui/views/replay_bar.py" />
            <source>A frame is kept at most every {epochs} (each picture drawn while training is offered); when the replay would pass its memory cap, every other frame goes and the spacing doubles, so a run of any length fits.</source>
            <translation>Se guarda como mucho un fotograma cada {epochs} (se ofrece cada imagen dibujada durante el entrenamiento); cuando la repetición superaría su límite de memoria, se descarta un fotograma de cada dos y el intervalo se duplica, de modo que cabe una ejecución de cualquier longitud.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/replay_bar.py" />
            <source>Back to the live network (Esc)</source>
            <translation>Volver a la red en vivo (Esc)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/replay_bar.py" />
            <source>Continue from here</source>
            <translation>Continuar desde aquí</translation>
        </message>
        <message>
            <location filename="playground/ui/views/replay_bar.py" />
            <source>Drag to travel through the run</source>
            <translation>Arrastre para recorrer la ejecución</translation>
        </message>
        <message>
            <location filename="playground/ui/views/replay_bar.py" />
            <source>How the run is kept: a frame every so many epochs, thinned so that a run of any length fits the memory cap</source>
            <translation>Cómo se guarda la ejecución: un fotograma cada cierto número de épocas, aclarado para que una ejecución de cualquier longitud quepa en el límite de memoria</translation>
        </message>
        <message>
            <location filename="playground/ui/views/replay_bar.py" />
            <source>Leave replay</source>
            <translation>Salir de la repetición</translation>
        </message>
        <message>
            <location filename="playground/ui/views/replay_bar.py" />
            <source>Play replay</source>
            <translation>Reproducir la repetición</translation>
        </message>
        <message>
            <location filename="playground/ui/views/replay_bar.py" />
            <source>Play the replay from the frame shown</source>
            <translation>Reproducir la repetición desde el fotograma mostrado</translation>
        </message>
        <message>
            <location filename="playground/ui/views/replay_bar.py" />
            <source>Replay epoch</source>
            <translation>Época de la repetición</translation>
        </message>
        <message>
            <location filename="playground/ui/views/replay_bar.py" />
            <source>Train on from exactly the weights of the frame shown (the rest of the run is dropped; Undo brings it back)</source>
            <translation>Seguir entrenando exactamente desde los pesos del fotograma mostrado (el resto de la ejecución se descarta; Deshacer lo recupera)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/replay_bar.py" />
            <source>epoch {epoch} of {last} · loss {loss}</source>
            <translation>época {epoch} de {last} · pérdida {loss}</translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/replay_bar.py" />
            <source>{count} epoch(s)</source>
            <translation>
                <numerusform>{count} época</numerusform>
                <numerusform>{count} épocas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/replay_bar.py" />
            <source>{count} frame(s)</source>
            <translation>
                <numerusform>{count} fotograma</numerusform>
                <numerusform>{count} fotogramas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/views/replay_bar.py" />
            <source>{frames} over {epochs} · {used} of {cap} MB</source>
            <translation>{frames} en {epochs} · {used} de {cap} MB</translation>
        </message>
    </context>
    <context>
        <name>ReplayController</name>
        <message>
            <location filename="playground/ui/replay.py" />
            <source>&amp;Replay the run</source>
            <translation>Repetición de la &amp;ejecución</translation>
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
            <translation>exact. prueba {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>test accuracy {value}</source>
            <translation>exactitud de prueba {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>test loss {value}</source>
            <translation>pérdida de prueba {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>train acc. {value}</source>
            <translation>exact. entren. {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/compare_results.py" />
            <source>train accuracy {value}</source>
            <translation>exactitud de entrenamiento {value}</translation>
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
        <name>Scaling</name>
        <message>
            <location filename="playground/data/scaling.py" />
            <source>None (raw)</source>
            <translation>Ninguno (en bruto)</translation>
        </message>
        <message>
            <location filename="playground/data/scaling.py" />
            <source>Scale by K</source>
            <translation>Escalar por K</translation>
        </message>
        <message>
            <location filename="playground/data/scaling.py" />
            <source>Standardise</source>
            <translation>Estandarizar</translation>
        </message>
    </context>
    <context>
        <name>Schedules</name>
        <message>
            <location filename="playground/engine/schedules.py" />
            <source>Constant</source>
            <translation>Constante</translation>
        </message>
        <message>
            <location filename="playground/engine/schedules.py" />
            <source>Cosine</source>
            <translation>Coseno</translation>
        </message>
        <message>
            <location filename="playground/engine/schedules.py" />
            <source>Exponential</source>
            <translation>Exponencial</translation>
        </message>
        <message>
            <location filename="playground/engine/schedules.py" />
            <source>Step</source>
            <translation>Escalones</translation>
        </message>
    </context>
    <context>
        <name>SliceControls</name>
        <message>
            <location filename="playground/ui/views/slice_controls.py" />
            <source>Input across</source>
            <translation>Entrada horizontal</translation>
        </message>
        <message>
            <location filename="playground/ui/views/slice_controls.py" />
            <source>Input up</source>
            <translation>Entrada vertical</translation>
        </message>
        <message>
            <location filename="playground/ui/views/slice_controls.py" />
            <source>Slice: across</source>
            <translation>Corte: horizontal</translation>
        </message>
        <message>
            <location filename="playground/ui/views/slice_controls.py" />
            <source>The canvas shows a slice of a table of more than two inputs: the two chosen inputs vary across the picture, every other input is held at its slider's value. Points are faded by their distance from the slice.</source>
            <translation>El lienzo muestra un corte de una tabla de más de dos entradas: las dos entradas elegidas varían a lo largo de la imagen y cada una de las demás se mantiene en el valor de su control deslizante. Los puntos se desvanecen según su distancia al corte.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/slice_controls.py" />
            <source>The input along the canvas's horizontal axis</source>
            <translation>La entrada a lo largo del eje horizontal del lienzo</translation>
        </message>
        <message>
            <location filename="playground/ui/views/slice_controls.py" />
            <source>The input along the canvas's vertical axis</source>
            <translation>La entrada a lo largo del eje vertical del lienzo</translation>
        </message>
        <message>
            <location filename="playground/ui/views/slice_controls.py" />
            <source>Where the slice is taken: {input} from {low} to {high}</source>
            <translation>Dónde se toma el corte: {input} de {low} a {high}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/slice_controls.py" />
            <source>up</source>
            <translation>vertical</translation>
        </message>
        <message>
            <location filename="playground/ui/views/slice_controls.py" />
            <source>{input} (slice)</source>
            <translation>{input} (corte)</translation>
        </message>
    </context>
    <context>
        <name>SpeedControl</name>
        <message>
            <location filename="playground/ui/panels/speed.py" />
            <source>From a few epochs a second (watchable) to as fast as possible</source>
            <translation>De unas pocas épocas por segundo (para verlo) a lo más rápido posible</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/speed.py" />
            <source>Speed</source>
            <translation>Velocidad</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/speed.py" />
            <source>max</source>
            <translation>máx.</translation>
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
            <translation>Época {epoch}</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>Replay</source>
            <translation>Repetición</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>accuracy {accuracy}</source>
            <translation>exactitud {accuracy}</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>epoch: {epoch}</source>
            <translation>época: {epoch}</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>exact match {accuracy}</source>
            <translation>coincidencia exacta {accuracy}</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>labels none</source>
            <translation>etiquetas ninguna</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>labels {labels}</source>
            <translation>etiquetas {labels}</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>learning rate: {rate}</source>
            <translation>tasa de aprendizaje: {rate}</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>point: {what}, test</source>
            <translation>punto: {what}, prueba</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>point: {what}, training</source>
            <translation>punto: {what}, entrenamiento</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>prediction {value}</source>
            <translation>predicción {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>speed: {speed}</source>
            <translation>velocidad: {speed}</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>stopped</source>
            <translation>detenido</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>stopped: maximum epoch reached</source>
            <translation>detenido: época máxima alcanzada</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>stopped: maximum of {epochs} epochs</source>
            <translation>detenido: máximo de {epochs} épocas</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>stopped: no improvement (patience)</source>
            <translation>detenido: sin mejora (paciencia)</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>stopped: no improvement in {epochs} epochs</source>
            <translation>detenido: sin mejora en {epochs} épocas</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>stopped: target loss reached</source>
            <translation>detenido: pérdida objetivo alcanzada</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>stopped: target loss {loss} reached</source>
            <translation>detenido: pérdida objetivo {loss} alcanzada</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>target {value}</source>
            <translation>objetivo {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>test accuracy per label: {accuracies}</source>
            <translation>exactitud de prueba por etiqueta: {accuracies}</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>test accuracy: {accuracy}</source>
            <translation>exactitud de prueba: {accuracy}</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>test exact match: {accuracy}</source>
            <translation>coincidencia exacta de prueba: {accuracy}</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>test loss {loss}</source>
            <translation>pérdida de prueba {loss}</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>test loss: {loss}</source>
            <translation>pérdida de prueba: {loss}</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>train accuracy per label: {accuracies}</source>
            <translation>exactitud de entrenamiento por etiqueta: {accuracies}</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>train accuracy: {accuracy}</source>
            <translation>exactitud de entrenamiento: {accuracy}</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>train exact match: {accuracy}</source>
            <translation>coincidencia exacta de entrenamiento: {accuracy}</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>train loss {loss}</source>
            <translation>pérdida de entrenamiento {loss}</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>train loss: {loss}</source>
            <translation>pérdida de entrenamiento: {loss}</translation>
        </message>
        <message>
            <location filename="playground/ui/status.py" />
            <source>{rate} epochs/s</source>
            <translation>{rate} épocas/s</translation>
        </message>
    </context>
    <context>
        <name>StepThrough</name>
        <message>
            <location filename="playground/ui/stepper.py" />
            <source>&amp;Step through a point…</source>
            <translation>&amp;Recorrer un punto paso a paso…</translation>
        </message>
        <message>
            <location filename="playground/ui/stepper.py" />
            <source>Click a training point to step through its training step (Esc cancels)</source>
            <translation>Haga clic en un punto de entrenamiento para recorrer su paso de entrenamiento (Esc cancela)</translation>
        </message>
        <message>
            <location filename="playground/ui/stepper.py" />
            <source>Click a training point, then follow one training step for it with the real numbers (→ / ← / Esc)</source>
            <translation>Haga clic en un punto de entrenamiento y siga un paso de entrenamiento con él, con los números reales (→ / ← / Esc)</translation>
        </message>
        <message>
            <location filename="playground/ui/stepper.py" />
            <source>No training point there: choose Step through a point again and click on one</source>
            <translation>Ahí no hay ningún punto de entrenamiento: elija de nuevo «Recorrer un punto paso a paso» y haga clic en uno</translation>
        </message>
    </context>
    <context>
        <name>StepThroughDialog</name>
        <message>
            <location filename="playground/ui/dialogs/step_through.py" />
            <source>Step through one training step</source>
            <translation>Un paso de entrenamiento, paso a paso</translation>
        </message>
    </context>
    <context>
        <name>StepThroughView</name>
        <message numerus="yes">
            <location filename="playground/ui/views/step_format.py" />
            <source>(%n terms)</source>
            <translation>
                <numerusform>(%n término)</numerusform>
                <numerusform>(%n términos)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>(bias correction)</source>
            <translation>(corrección del sesgo)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>(decoupled weight decay)</source>
            <translation>(decaimiento de pesos desacoplado)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_layers.py" />
            <source>(dropped)</source>
            <translation>(descartada)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>(held)</source>
            <translation>(fijo)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>(weight decay)</source>
            <translation>(decaimiento de pesos)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>(weights only; {l1}, {l2})</source>
            <translation>(solo los pesos; {l1}, {l2})</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>({schedule} schedule, epoch {epoch})</source>
            <translation>(programación {schedule}, época {epoch})</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_format.py" />
            <source>1 if &lt;i&gt;z&lt;/i&gt; &amp;gt; 0, else 0</source>
            <translation>1 si &lt;i&gt;z&lt;/i&gt; &amp;gt; 0; si no, 0</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_format.py" />
            <source>1 if &lt;i&gt;z&lt;/i&gt; &amp;gt; 0, else 0.01</source>
            <translation>1 si &lt;i&gt;z&lt;/i&gt; &amp;gt; 0; si no, 0.01</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_format.py" />
            <source>1 if &lt;i&gt;z&lt;/i&gt; &amp;gt; 0, else &lt;i&gt;a&lt;/i&gt; + 1</source>
            <translation>1 si &lt;i&gt;z&lt;/i&gt; &amp;gt; 0; si no, &lt;i&gt;a&lt;/i&gt; + 1</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_layers.py" />
            <source>&lt;b&gt;Batch norm.&lt;/b&gt; Before the activation, each neuron's &lt;i&gt;z&lt;/i&gt; is normalised by a mean μ and variance σ², then scaled and shifted by the learned γ and β: {rule} (ε = {eps}). In a training step μ and σ² are the batch's, so they depend on the other points drawn with this one; one point alone has no batch, so this step uses the running mean and variance as constants, as in evaluation. Its gradients are those of this fixed normalisation (in training the batch's statistics add terms of their own).</source>
            <translation>&lt;b&gt;Normalización por lotes.&lt;/b&gt; Antes de la activación, la &lt;i&gt;z&lt;/i&gt; de cada neurona se normaliza con una media μ y una varianza σ², y después se escala y desplaza con los γ y β aprendidos: {rule} (ε = {eps}). En un paso de entrenamiento, μ y σ² son las del lote, así que dependen de los demás puntos extraídos con este; un punto solo no tiene lote, por lo que este paso usa la media y la varianza acumuladas como constantes, como en la evaluación. Sus gradientes son los de esta normalización fija (en el entrenamiento, las estadísticas del lote añaden términos propios).</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_layers.py" />
            <source>&lt;b&gt;Dropout&lt;/b&gt; ({rate}): in a training step each neuron is dropped with probability &lt;i&gt;p&lt;/i&gt; and the ones kept are scaled by 1/(1 − &lt;i&gt;p&lt;/i&gt;) = {scale}, so the layer's expected output stays what evaluation sees (evaluation, the heatmap and exports drop nothing). The trainer draws a fresh mask for every point of every step; the mask shown is one drawn the same way for this point, from the run's seed and the epoch:</source>
            <translation>&lt;b&gt;Dropout&lt;/b&gt; ({rate}): en un paso de entrenamiento cada neurona se descarta con probabilidad &lt;i&gt;p&lt;/i&gt; y las que se conservan se escalan por 1/(1 − &lt;i&gt;p&lt;/i&gt;) = {scale}, de modo que la salida esperada de la capa sigue siendo la que ve la evaluación (la evaluación, el mapa de calor y las exportaciones no descartan nada). El entrenamiento extrae una máscara nueva para cada punto en cada paso; la máscara mostrada se extrae de la misma manera para este punto, a partir de la semilla de la ejecución y la época:</translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_layers.py" />
            <source>&lt;b&gt;Layer norm.&lt;/b&gt; Before the activation, the layer's %n values &lt;i&gt;z&lt;/i&gt; are normalised by the point's own mean μ and variance σ² over the layer's units, then scaled and shifted by the learned γ and β: {rule} (ε = {eps}). Here μ = {mean} and σ² = {var}, so √(σ² + ε) = {std}.</source>
            <translation>
                <numerusform>&lt;b&gt;Normalización por capa.&lt;/b&gt; Antes de la activación, el %n valor &lt;i&gt;z&lt;/i&gt; de la capa se normaliza con la media μ y la varianza σ² propias del punto sobre las neuronas de la capa, y después se escala y desplaza con los γ y β aprendidos: {rule} (ε = {eps}). Aquí μ = {mean} y σ² = {var}, así que √(σ² + ε) = {std}.</numerusform>
                <numerusform>&lt;b&gt;Normalización por capa.&lt;/b&gt; Antes de la activación, los %n valores &lt;i&gt;z&lt;/i&gt; de la capa se normalizan con la media μ y la varianza σ² propias del punto sobre las neuronas de la capa, y después se escalan y desplazan con los γ y β aprendidos: {rule} (ε = {eps}). Aquí μ = {mean} y σ² = {var}, así que √(σ² + ε) = {std}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_layers.py" />
            <source>&lt;b&gt;Skip.&lt;/b&gt; The layer's input is added to its output: {rule}, so the signal (and, going back, the error) can pass the layer unchanged.</source>
            <translation>&lt;b&gt;Conexión residual.&lt;/b&gt; La entrada de la capa se suma a su salida: {rule}, de modo que la señal (y, hacia atrás, el error) puede atravesar la capa sin cambios.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_format.py" />
            <source>&lt;i&gt;z&lt;/i&gt; if &lt;i&gt;z&lt;/i&gt; &amp;gt; 0, else &lt;i&gt;e&lt;/i&gt;&lt;sup&gt;&lt;i&gt;z&lt;/i&gt;&lt;/sup&gt; − 1</source>
            <translation>&lt;i&gt;z&lt;/i&gt; si &lt;i&gt;z&lt;/i&gt; &amp;gt; 0; si no, &lt;i&gt;e&lt;/i&gt;&lt;sup&gt;&lt;i&gt;z&lt;/i&gt;&lt;/sup&gt; − 1</translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_update.py" />
            <source>All %n parameters change at once, each by its own numbers</source>
            <translation>
                <numerusform>El %n parámetro cambia según sus propios números</numerusform>
                <numerusform>Los %n parámetros cambian a la vez, cada uno según sus propios números</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_backward.py" />
            <source>Backpropagation starts at the output with δ = ∂&lt;i&gt;L&lt;/i&gt;/∂&lt;i&gt;z&lt;/i&gt;: how much the loss changes when the output neuron's &lt;i&gt;z&lt;/i&gt; moves.</source>
            <translation>La retropropagación empieza en la salida con δ = ∂&lt;i&gt;L&lt;/i&gt;/∂&lt;i&gt;z&lt;/i&gt;: cuánto cambia la pérdida cuando se mueve la &lt;i&gt;z&lt;/i&gt; de la neurona de salida.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>Backward</source>
            <translation>Hacia atrás</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_layers.py" />
            <source>Batch norm with its statistics held constant is a scale per neuron: {rule}.</source>
            <translation>La normalización por lotes con sus estadísticas fijas es una escala por neurona: {rule}.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>Cannot step through point {index}: {reason}</source>
            <translation>No se puede recorrer paso a paso el punto {index}: {reason}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>Choose a training point to step through one training step for it: the forward pass, the loss, backpropagation and the optimizer's update, with the numbers.</source>
            <translation>Elija un punto de entrenamiento para recorrer paso a paso un paso de entrenamiento con él: la pasada hacia delante, la pérdida, la retropropagación y la actualización del optimizador, con todos los números.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_layers.py" />
            <source>Dropout sends it back through the same mask and scale, {rule}: a dropped neuron gets no error and its weights in get no gradient from this point.</source>
            <translation>El dropout lo devuelve por la misma máscara y escala, {rule}: una neurona descartada no recibe error y sus pesos de entrada no reciben gradiente de este punto.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_layers.py" />
            <source>Dropped in this step (output 0): {dropped}; kept: {kept}.</source>
            <translation>Descartadas en este paso (salida 0): {dropped}; conservadas: {kept}.</translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_pages.py" />
            <source>Each neuron &lt;i&gt;j&lt;/i&gt; of hidden layer {layer} adds up its %n input, each times its weight, plus its bias: {rule}.</source>
            <translation>
                <numerusform>Cada neurona &lt;i&gt;j&lt;/i&gt; de la capa oculta {layer} toma su %n entrada por su peso y le suma su sesgo: {rule}.</numerusform>
                <numerusform>Cada neurona &lt;i&gt;j&lt;/i&gt; de la capa oculta {layer} suma sus %n entradas, cada una por su peso, más su sesgo: {rule}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_pages.py" />
            <source>Each neuron &lt;i&gt;j&lt;/i&gt; of hidden layer {layer} adds up its %n inputs, each times its weight, plus its bias: {rule}.</source>
            <translation>
                <numerusform>Cada neurona &lt;i&gt;j&lt;/i&gt; de la capa oculta {layer} toma su %n entrada por su peso y le suma su sesgo: {rule}.</numerusform>
                <numerusform>Cada neurona &lt;i&gt;j&lt;/i&gt; de la capa oculta {layer} suma sus %n entradas, cada una por su peso, más su sesgo: {rule}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_pages.py" />
            <source>Each neuron &lt;i&gt;j&lt;/i&gt; of the output layer adds up its %n input, each times its weight, plus its bias: {rule}.</source>
            <translation>
                <numerusform>Cada neurona &lt;i&gt;j&lt;/i&gt; de la capa de salida toma su %n entrada por su peso y le suma su sesgo: {rule}.</numerusform>
                <numerusform>Cada neurona &lt;i&gt;j&lt;/i&gt; de la capa de salida suma sus %n entradas, cada una por su peso, más su sesgo: {rule}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_pages.py" />
            <source>Each neuron &lt;i&gt;j&lt;/i&gt; of the output layer adds up its %n inputs, each times its weight, plus its bias: {rule}.</source>
            <translation>
                <numerusform>Cada neurona &lt;i&gt;j&lt;/i&gt; de la capa de salida toma su %n entrada por su peso y le suma su sesgo: {rule}.</numerusform>
                <numerusform>Cada neurona &lt;i&gt;j&lt;/i&gt; de la capa de salida suma sus %n entradas, cada una por su peso, más su sesgo: {rule}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_backward.py" />
            <source>Each weight's gradient is its input times the neuron's δ, {weight_rule}, and each bias's is the δ itself, {bias_rule}. The largest: {largest}.</source>
            <translation>El gradiente de cada peso es su entrada por la δ de la neurona, {weight_rule}, y el de cada sesgo es la propia δ, {bias_rule}. El mayor: {largest}.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>Finally the optimizer, {optimizer}, moves every parameter against its gradient &lt;i&gt;g&lt;/i&gt;.</source>
            <translation>Por último, el optimizador, {optimizer}, mueve cada parámetro en contra de su gradiente &lt;i&gt;g&lt;/i&gt;.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>For example the bias with the largest gradient, {name}:</source>
            <translation>Por ejemplo, el sesgo con el mayor gradiente, {name}:</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>For example the weight with the largest gradient, {name}:</source>
            <translation>Por ejemplo, el peso con el mayor gradiente, {name}:</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>Forward</source>
            <translation>Hacia delante</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>Here {formula}.</source>
            <translation>Aquí {formula}.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>Input</source>
            <translation>Entrada</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>Input scaling &lt;b&gt;{scaling}&lt;/b&gt;: first the coordinates are z-scored with the training points' mean μ and standard deviation σ, &lt;i&gt;u&lt;/i&gt; = (&lt;i&gt;x&lt;/i&gt; − μ) / σ:</source>
            <translation>Escalado de entrada &lt;b&gt;{scaling}&lt;/b&gt;: primero las coordenadas se tipifican (puntuación z) con la media μ y la desviación típica σ de los puntos de entrenamiento, &lt;i&gt;u&lt;/i&gt; = (&lt;i&gt;x&lt;/i&gt; − μ) / σ:</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>Input scaling &lt;b&gt;{scaling}&lt;/b&gt;: first the coordinates are z-scored with the training points' mean μ and standard deviation σ, then multiplied by {k}, &lt;i&gt;u&lt;/i&gt; = {k} · (&lt;i&gt;x&lt;/i&gt; − μ) / σ:</source>
            <translation>Escalado de entrada &lt;b&gt;{scaling}&lt;/b&gt;: primero las coordenadas se tipifican (puntuación z) con la media μ y la desviación típica σ de los puntos de entrenamiento y luego se multiplican por {k}, &lt;i&gt;u&lt;/i&gt; = {k} · (&lt;i&gt;x&lt;/i&gt; − μ) / σ:</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>Input scaling &lt;b&gt;{scaling}&lt;/b&gt;: the network is given the raw coordinates as they are, &lt;i&gt;u&lt;/i&gt; = &lt;i&gt;x&lt;/i&gt;:</source>
            <translation>Escalado de entrada &lt;b&gt;{scaling}&lt;/b&gt;: la red recibe las coordenadas originales tal cual, &lt;i&gt;u&lt;/i&gt; = &lt;i&gt;x&lt;/i&gt;:</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>Input scaling &lt;b&gt;{scaling}&lt;/b&gt;: the raw coordinates times {k}, &lt;i&gt;u&lt;/i&gt; = {k} · &lt;i&gt;x&lt;/i&gt;:</source>
            <translation>Escalado de entrada &lt;b&gt;{scaling}&lt;/b&gt;: las coordenadas originales por {k}, &lt;i&gt;u&lt;/i&gt; = {k} · &lt;i&gt;x&lt;/i&gt;:</translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_update.py" />
            <source>It keeps running averages from the %n steps before this one.</source>
            <translation>
                <numerusform>Lleva medias móviles del %n paso anterior a este.</numerusform>
                <numerusform>Lleva medias móviles de los %n pasos anteriores a este.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>Its state from training was not available, so this is shown as its first step.</source>
            <translation>Su estado del entrenamiento no estaba disponible, así que esto se muestra como su primer paso.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_layers.py" />
            <source>Layer norm's mean and variance depend on every &lt;i&gt;z&lt;/i&gt; of the layer, so each δ takes all of them: {rule}, with {g} (the means are over the layer's neurons).</source>
            <translation>La media y la varianza de la normalización por capa dependen de cada &lt;i&gt;z&lt;/i&gt; de la capa, así que cada δ las recoge todas: {rule}, con {g} (las medias son sobre las neuronas de la capa).</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>Leave the step-through (Esc)</source>
            <translation>Salir del paso a paso (Esc)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>Loss</source>
            <translation>Pérdida</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>Next →</source>
            <translation>Siguiente →</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_layers.py" />
            <source>No neuron is dropped in this step.</source>
            <translation>En este paso no se descarta ninguna neurona.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>One training step for one point, page by page: → or Page Down for the next page, ← or Page Up for the previous one, Home and End for the first and the last, Esc leaves</source>
            <translation>Un paso de entrenamiento para un punto, página a página: → o Av Pág para la siguiente, ← o Re Pág para la anterior, Inicio y Fin para la primera y la última, Esc sale</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_situation.py" />
            <source>Point {index} at {where}, {truth}: {kind}</source>
            <translation>Punto {index} en {where}, {truth}: {kind}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>Step explanation</source>
            <translation>Explicación del paso</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>Step through the maths</source>
            <translation>Las matemáticas paso a paso</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>Step {index} of {count}: {title}</source>
            <translation>Paso {index} de {count}: {title}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>Step-through</source>
            <translation>Paso a paso</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>Steps</source>
            <translation>Pasos</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_layers.py" />
            <source>The activation's slope: {rule}.</source>
            <translation>La pendiente de la activación: {rule}.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_backward.py" />
            <source>The chain rule sends the error back through the weights that carried the signal forward: {rule}, where {slope} = {slope_rule}.</source>
            <translation>La regla de la cadena envía el error hacia atrás por los pesos que llevaron la señal hacia delante: {rule}, donde {slope} = {slope_rule}.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_layers.py" />
            <source>The error comes back to the layer's output through the next layer's weights: {rule}.</source>
            <translation>El error vuelve a la salida de la capa a través de los pesos de la capa siguiente: {rule}.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_layers.py" />
            <source>The learned scale and shift are parameters too: {gamma_rule} and {beta_rule}.</source>
            <translation>La escala y el desplazamiento aprendidos también son parámetros: {gamma_rule} y {beta_rule}.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>The loss says how wrong the output is for this point ({loss}):</source>
            <translation>La pérdida dice cuánto se equivoca la salida en este punto ({loss}):</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>The network's inputs are the input features, computed from {names} (x₁ below means u₁):</source>
            <translation>Las entradas de la red son las características de entrada, calculadas a partir de {names} (abajo, x₁ significa u₁):</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_layers.py" />
            <source>The next layer's skip adds its own ∂&lt;i&gt;L&lt;/i&gt;/∂&lt;i&gt;a&lt;/i&gt; unchanged: the error passes the layer on a path without weights or slopes.</source>
            <translation>La conexión residual de la capa siguiente suma su propia ∂&lt;i&gt;L&lt;/i&gt;/∂&lt;i&gt;a&lt;/i&gt; sin cambios: el error atraviesa la capa por un camino sin pesos ni pendientes.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>The next step (→)</source>
            <translation>El paso siguiente (→)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>The normalisations' scales γ and shifts β move by the same rule, with their own gradients (no weight penalty).</source>
            <translation>Las escalas γ y los desplazamientos β de las normalizaciones se mueven con la misma regla, con sus propios gradientes (sin penalización de pesos).</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>The output is the sigmoid of &lt;i&gt;z&lt;/i&gt;, the probability of {positive}: {formula}. So {other}.</source>
            <translation>La salida es la sigmoide de &lt;i&gt;z&lt;/i&gt;, la probabilidad de {positive}: {formula}. Por tanto, {other}.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>The output layer is linear: the prediction is {formula}.</source>
            <translation>La capa de salida es lineal: la predicción es {formula}.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>The pages of the step; click one to go to it</source>
            <translation>Las páginas del paso; haga clic en una para ir a ella</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>The previous step (←)</source>
            <translation>El paso anterior (←)</translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_pages.py" />
            <source>The softmax turns the %n outputs into probabilities: {rule} (here Σ = {total}):</source>
            <translation>
                <numerusform>La softmax convierte la %n salida en probabilidades: {rule} (aquí Σ = {total}):</numerusform>
                <numerusform>La softmax convierte las %n salidas en probabilidades: {rule} (aquí Σ = {total}):</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>The weight penalties ({penalties}) are not part of it; they join the gradient in the update.</source>
            <translation>Las penalizaciones de los pesos ({penalties}) no forman parte de ella; se suman al gradiente en la actualización.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>Then its activation, {name}: &lt;i&gt;a&lt;/i&gt; = {formula}.</source>
            <translation>Después, su activación, {name}: &lt;i&gt;a&lt;/i&gt; = {formula}.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>Then its activation, {name}: &lt;i&gt;h&lt;/i&gt; = {formula}.</source>
            <translation>Después, su activación, {name}: &lt;i&gt;h&lt;/i&gt; = {formula}.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>This is its first step: its running averages start from zero.</source>
            <translation>Este es su primer paso: sus medias móviles empiezan en cero.</translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_update.py" />
            <source>This treats the point as a batch of its own; training averages the gradient over a mini-batch of %n points.</source>
            <translation>
                <numerusform>Aquí el punto forma un lote por sí solo; el entrenamiento promedia el gradiente sobre un minilote de %n punto.</numerusform>
                <numerusform>Aquí el punto forma un lote por sí solo; el entrenamiento promedia el gradiente sobre un minilote de %n puntos.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>This treats the point as a batch of its own; training averages the gradient over all the training points.</source>
            <translation>Aquí el punto forma un lote por sí solo; el entrenamiento promedia el gradiente sobre todos los puntos de entrenamiento.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>Training reports the mean of this over its points.</source>
            <translation>El entrenamiento informa de la media de esto sobre sus puntos.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>Update</source>
            <translation>Actualización</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>What this page of the training step computes, with the numbers</source>
            <translation>Lo que calcula esta página del paso de entrenamiento, con los números</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_situation.py" />
            <source>a test point (training never steps on it)</source>
            <translation>un punto de prueba (el entrenamiento nunca da un paso con él)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_situation.py" />
            <source>a training point</source>
            <translation>un punto de entrenamiento</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>after</source>
            <translation>después</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_backward.py" />
            <source>backward, {layer}</source>
            <translation>hacia atrás, {layer}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>before</source>
            <translation>antes</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_backward.py" />
            <source>bias ({symbol})</source>
            <translation>sesgo ({symbol})</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_backward.py" />
            <source>each wrong class &lt;i&gt;k&lt;/i&gt; whose margin {margin} is &amp;gt; 0 adds 1/{k} to its {delta} and takes 1/{k} from the true class's:</source>
            <translation>cada clase incorrecta &lt;i&gt;k&lt;/i&gt; cuyo margen {margin} es &amp;gt; 0 suma 1/{k} a su {delta} y resta 1/{k} al de la clase verdadera:</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>feature</source>
            <translation>característica</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>forward, {layer}</source>
            <translation>hacia delante, {layer}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>frozen neuron {unit} of hidden layer {layer} (its weights in and its bias)</source>
            <translation>la neurona congelada {unit} de la capa oculta {layer} (sus pesos de entrada y su sesgo)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_situation.py" />
            <source>hidden layer {layer}</source>
            <translation>capa oculta {layer}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>input</source>
            <translation>entrada</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_situation.py" />
            <source>labels none</source>
            <translation>etiquetas: ninguna</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_situation.py" />
            <source>labels {names}</source>
            <translation>etiquetas {names}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_backward.py" />
            <source>margin {margin} &amp;gt; 0</source>
            <translation>margen {margin} &amp;gt; 0</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_backward.py" />
            <source>margin {margin} ≤ 0</source>
            <translation>margen {margin} ≤ 0</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_layers.py" />
            <source>neuron {number}</source>
            <translation>neurona {number}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_layers.py" />
            <source>neurons {list}</source>
            <translation>neuronas {list}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_layers.py" />
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_situation.py" />
            <source>output layer</source>
            <translation>capa de salida</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>parameter</source>
            <translation>parámetro</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>pruned neuron {unit} of hidden layer {layer} (its weights in and out and its bias, held at 0)</source>
            <translation>la neurona podada {unit} de la capa oculta {layer} (sus pesos de entrada y de salida y su sesgo, fijos en 0)</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_situation.py" />
            <source>target {value}</source>
            <translation>valor objetivo {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>the input</source>
            <translation>la entrada</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>the loss</source>
            <translation>la pérdida</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_backward.py" />
            <source>the margin 1 − &lt;i&gt;y&lt;/i&gt;·&lt;i&gt;z&lt;/i&gt; = {margin} is &amp;gt; 0, so {delta} = −&lt;i&gt;y&lt;/i&gt;</source>
            <translation>el margen 1 − &lt;i&gt;y&lt;/i&gt;·&lt;i&gt;z&lt;/i&gt; = {margin} es &amp;gt; 0, así que {delta} = −&lt;i&gt;y&lt;/i&gt;</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_backward.py" />
            <source>the margin 1 − &lt;i&gt;y&lt;/i&gt;·&lt;i&gt;z&lt;/i&gt; = {margin} is ≤ 0 (far enough on the right side), so {delta} = 0</source>
            <translation>el margen 1 − &lt;i&gt;y&lt;/i&gt;·&lt;i&gt;z&lt;/i&gt; = {margin} es ≤ 0 (bastante lejos en el lado correcto), así que {delta} = 0</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_situation.py" />
            <source>the points are for {points} but the network for {network}</source>
            <translation>los puntos son para {points}, pero la red es para {network}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_backward.py" />
            <source>the sigmoid's slope cancels against the log's</source>
            <translation>la pendiente de la sigmoide se cancela con la del logaritmo</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_format.py" />
            <source>the slope of the GELU curve at &lt;i&gt;z&lt;/i&gt;</source>
            <translation>la pendiente de la curva GELU en &lt;i&gt;z&lt;/i&gt;</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_backward.py" />
            <source>the true class</source>
            <translation>la clase verdadera</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_situation.py" />
            <source>there is no point {index} (the set has {count})</source>
            <translation>no hay ningún punto {index} (el conjunto tiene {count})</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_update.py" />
            <source>update ({optimizer})</source>
            <translation>actualización ({optimizer})</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>value</source>
            <translation>valor</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>with &lt;i&gt;r&lt;/i&gt; = ŷ − &lt;i&gt;t&lt;/i&gt; = {r}: &lt;i&gt;L&lt;/i&gt; = ½·&lt;i&gt;r&lt;/i&gt;² if |&lt;i&gt;r&lt;/i&gt;| ≤ 1, else |&lt;i&gt;r&lt;/i&gt;| − ½; here {case}</source>
            <translation>con &lt;i&gt;r&lt;/i&gt; = ŷ − &lt;i&gt;t&lt;/i&gt; = {r}: &lt;i&gt;L&lt;/i&gt; = ½·&lt;i&gt;r&lt;/i&gt;² si |&lt;i&gt;r&lt;/i&gt;| ≤ 1; si no, |&lt;i&gt;r&lt;/i&gt;| − ½; aquí {case}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>with &lt;i&gt;y&lt;/i&gt; = {y} (the class as ±1): {formula}</source>
            <translation>con &lt;i&gt;y&lt;/i&gt; = {y} (la clase como ±1): {formula}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_backward.py" />
            <source>with its softmax head, cross-entropy gives {formula}:</source>
            <translation>con su cabeza softmax, la entropía cruzada da {formula}:</translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_update.py" />
            <source>{caption}. The %n that move most:</source>
            <translation>
                <numerusform>{caption}. El %n que más se mueve:</numerusform>
                <numerusform>{caption}. Los %n que más se mueven:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_update.py" />
            <source>{changing} of the {total} parameters change at once, each by its own numbers; %n are held, keeping their values: {neurons}</source>
            <translation>
                <numerusform>{changing} de los {total} parámetros cambian a la vez, cada uno según sus propios números; %n queda fijo y conserva su valor: {neurons}</numerusform>
                <numerusform>{changing} de los {total} parámetros cambian a la vez, cada uno según sus propios números; %n quedan fijos y conservan sus valores: {neurons}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_update.py" />
            <source>{changing} of the {total} parameters change at once, each by its own numbers; %n is held, keeping their values: {neurons}</source>
            <translation>
                <numerusform>{changing} de los {total} parámetros cambian a la vez, cada uno según sus propios números; %n queda fijo y conserva su valor: {neurons}</numerusform>
                <numerusform>{changing} de los {total} parámetros cambian a la vez, cada uno según sus propios números; %n quedan fijos y conservan sus valores: {neurons}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_backward.py" />
            <source>{delta} = &lt;i&gt;r&lt;/i&gt; if |&lt;i&gt;r&lt;/i&gt;| ≤ 1, else sign(&lt;i&gt;r&lt;/i&gt;); with &lt;i&gt;r&lt;/i&gt; = {r}: {delta} = {value}</source>
            <translation>{delta} = &lt;i&gt;r&lt;/i&gt; si |&lt;i&gt;r&lt;/i&gt;| ≤ 1; si no, sign(&lt;i&gt;r&lt;/i&gt;); con &lt;i&gt;r&lt;/i&gt; = {r}: {delta} = {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>{formula}; here &lt;i&gt;t&lt;/i&gt; = {t}, so</source>
            <translation>{formula}; aquí &lt;i&gt;t&lt;/i&gt; = {t}, así que</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_backward.py" />
            <source>{gradient}, and through the softmax {delta}; here the sum is {total}:</source>
            <translation>{gradient}, y a través de la softmax {delta}; aquí la suma es {total}:</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_format.py" />
            <source>{items} and {last}</source>
            <translation>{items} y {last}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_pages.py" />
            <source>{loss} (the probability of the true class) = {value}</source>
            <translation>{loss} (la probabilidad de la clase verdadera) = {value}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>{point}; the network at epoch {epoch}. Nothing changes until you train.</source>
            <translation>{point}; la red en la época {epoch}. Nada cambia hasta que entrene.</translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_backward.py" />
            <source>… %n more</source>
            <translation>
                <numerusform>… %n más</numerusform>
                <numerusform>… %n más</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/step_backward.py" />
            <location filename="playground/ui/views/step_layers.py" />
            <location filename="playground/ui/views/step_pages.py" />
            <source>… and %n more neurons, the same way.</source>
            <translation>
                <numerusform>… y %n neurona más, del mismo modo.</numerusform>
                <numerusform>… y %n neuronas más, del mismo modo.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>← Back</source>
            <translation>← Atrás</translation>
        </message>
    </context>
    <context>
        <name>StopRulesButton</name>
        <message>
            <location filename="playground/ui/panels/stop_rules.py" />
            <source>Stop rules: loss ≤ {loss}</source>
            <translation>Reglas de parada: pérdida ≤ {loss}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/stop_rules.py" />
            <source>Stop rules: off</source>
            <translation>Reglas de parada: no</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/stop_rules.py" />
            <source>Stop rules: patience {epochs}</source>
            <translation>Reglas de parada: paciencia {epochs}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/stop_rules.py" />
            <source>Stop rules: pause Play at an epoch, at a target loss, or when the loss stops improving</source>
            <translation>Reglas de parada: pausar el entrenamiento en una época, al llegar a una pérdida objetivo o cuando la pérdida deja de mejorar</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/stop_rules.py" />
            <source>Stop rules: {epochs} epochs</source>
            <translation>Reglas de parada: {epochs} épocas</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/stop_rules.py" />
            <source>Stop rules: {n} on</source>
            <translation>Reglas de parada: {n} activas</translation>
        </message>
    </context>
    <context>
        <name>StopRulesGroup</name>
        <message>
            <location filename="playground/ui/panels/stop_rules.py" />
            <source> epochs</source>
            <translation> épocas</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/stop_rules.py" />
            <source>Max epochs</source>
            <translation>Máximo de épocas</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/stop_rules.py" />
            <source>Patience</source>
            <translation>Paciencia</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/stop_rules.py" />
            <source>Play pauses as soon as the training loss (the data loss, without the L1/L2 penalty) is at or below this value.</source>
            <translation>El entrenamiento se pausa en cuanto la pérdida de entrenamiento (la pérdida de los datos, sin la penalización L1/L2) llega a este valor o baja de él.</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/stop_rules.py" />
            <source>Play pauses when the test loss (the training loss when there is no test split) has not improved on its best for this many epochs in a row. Pressing Play counts afresh.</source>
            <translation>El entrenamiento se pausa cuando la pérdida de prueba (la de entrenamiento si no hay datos de prueba) no ha mejorado su mejor valor durante este número de épocas seguidas. Al reanudar se cuenta de nuevo.</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/stop_rules.py" />
            <source>Play pauses when training reaches this epoch; pressing Play again does not go past it until you raise the number or untick the rule (Step still trains).</source>
            <translation>El entrenamiento se pausa al llegar a esta época; al reanudarlo no pasa de ella hasta que suba el número o desmarque la regla (Paso sigue entrenando).</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/stop_rules.py" />
            <source>Rules that pause Play on their own; each is off unless ticked</source>
            <translation>Reglas que pausan el entrenamiento por sí solas; cada una está desactivada si no está marcada</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/stop_rules.py" />
            <source>Stop rules</source>
            <translation>Reglas de parada</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/stop_rules.py" />
            <source>Target loss</source>
            <translation>Pérdida objetivo</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/stop_rules.py" />
            <source>Target loss: {notice}</source>
            <translation>Pérdida objetivo: {notice}</translation>
        </message>
    </context>
    <context>
        <name>SweepDialog</name>
        <message numerus="yes">
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>%n run(s)</source>
            <translation>
                <numerusform>%n ejecución</numerusform>
                <numerusform>%n ejecuciones</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Across:</source>
            <translation>En horizontal:</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Activation</source>
            <translation>Activación</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Batch size</source>
            <translation>Tamaño de lote</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Choose two different settings.</source>
            <translation>Elija dos ajustes distintos.</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Down:</source>
            <translation>En vertical:</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Dropout</source>
            <translation>Dropout</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Epochs</source>
            <translation>Épocas</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Fill both lists again around the window's values</source>
            <translation>Volver a llenar ambas listas en torno a los valores de la ventana</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>From the window</source>
            <translation>Desde la ventana</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Hidden layers</source>
            <translation>Capas ocultas</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>How many epochs each run trains</source>
            <translation>Cuántas épocas entrena cada ejecución</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>How many network seeds each combination trains with</source>
            <translation>Con cuántas semillas de la red se entrena cada combinación</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>How many of the runs have finished</source>
            <translation>Cuántas de las ejecuciones han terminado</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>L2 regularisation</source>
            <translation>Regularización L2</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Learning rate</source>
            <translation>Tasa de aprendizaje</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Metric</source>
            <translation>Métrica</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Normalisation</source>
            <translation>Normalización</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Nothing ran: {error}</source>
            <translation>No se ejecutó nada: {error}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>One cell per combination, coloured by the mean of the metric; hover for mean ± sd, click to use its settings (or move with the arrow keys and press Enter)</source>
            <translation>Una celda por combinación, coloreada según la media de la métrica; pase el puntero para ver media ± desviación típica y haga clic para usar sus ajustes (o muévase con las flechas y pulse Intro)</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Optimizer</source>
            <translation>Optimizador</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Run</source>
            <translation>Ejecutar</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Seeds</source>
            <translation>Semillas</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Setting across</source>
            <translation>Ajuste en horizontal</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Setting down</source>
            <translation>Ajuste en vertical</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Stop the sweep now; the cells that arrived stay</source>
            <translation>Detener el barrido ahora; las celdas terminadas se conservan</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Sweep map</source>
            <translation>Mapa del barrido</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Sweep two settings</source>
            <translation>Barrido de dos ajustes</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Test accuracy</source>
            <translation>Exactitud de prueba</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Test loss</source>
            <translation>Pérdida de prueba</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>The final metric the map shows: its mean over the seeds</source>
            <translation>La métrica final que muestra el mapa: su media sobre las semillas</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>The setting whose values are the map's columns</source>
            <translation>El ajuste cuyos valores son las columnas del mapa</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>The setting whose values are the map's rows</source>
            <translation>El ajuste cuyos valores son las filas del mapa</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>The values to try, separated by semicolons, e.g. 0.01; 0.1 or 4; 8,8 for hidden layers</source>
            <translation>Los valores que se probarán, separados por punto y coma, p. ej. 0,01; 0,1 o 4; 8,8 para capas ocultas</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Train every combination in the background</source>
            <translation>Entrenar cada combinación en segundo plano</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Train every combination of two settings of the window's session, with several seeds, and map the result. Click a cell to use its settings in the window.</source>
            <translation>Entrene cada combinación de dos ajustes de la sesión de la ventana, con varias semillas, y vea el resultado en un mapa. Haga clic en una celda para usar sus ajustes en la ventana.</translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Training %n combination(s) for {epochs} epochs…</source>
            <translation>
                <numerusform>Entrenando %n combinación durante {epochs} épocas…</numerusform>
                <numerusform>Entrenando %n combinaciones durante {epochs} épocas…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Training %n combination(s) × {seeds} seeds for {epochs} epochs…</source>
            <translation>
                <numerusform>Entrenando %n combinación × {seeds} semillas durante {epochs} épocas…</numerusform>
                <numerusform>Entrenando %n combinaciones × {seeds} semillas durante {epochs} épocas…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Training accuracy</source>
            <translation>Exactitud de entrenamiento</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Training loss</source>
            <translation>Pérdida de entrenamiento</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Values across</source>
            <translation>Valores en horizontal</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>Values down</source>
            <translation>Valores en vertical</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>epochs </source>
            <translation>épocas </translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>full</source>
            <translation>completo</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>no result</source>
            <translation>sin resultado</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>no result yet</source>
            <translation>aún sin resultado</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>seeds </source>
            <translation>semillas </translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>unknown activation {name} (allowed: {allowed})</source>
            <translation>activación desconocida {name} (permitidas: {allowed})</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>{figure} ({runs}, {failed} failed)</source>
            <translation>{figure} ({runs}, {failed} fallidas)</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>{setting}: at most {n} values</source>
            <translation>{setting}: como máximo {n} valores</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>{setting}: give at least one value</source>
            <translation>{setting}: indique al menos un valor</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>{setting}: {text} is given twice</source>
            <translation>{setting}: {text} aparece dos veces</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>{setting}: {text} is not a list of whole numbers such as 8,8</source>
            <translation>{setting}: {text} no es una lista de números enteros como 8,8</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>{setting}: {text} is not a number</source>
            <translation>{setting}: {text} no es un número</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>{setting}: {text} is not a whole number or “full”</source>
            <translation>{setting}: {text} no es un número entero ni «completo»</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>{setting}: {text} is not one of {allowed}</source>
            <translation>{setting}: {text} no es ninguno de {allowed}</translation>
        </message>
        <message>
            <location filename="playground/ui/dialogs/sweep_dialog.py" />
            <source>{setting}: {text} needs at most {layers} layers of 1 to {units} units</source>
            <translation>{setting}: {text} admite como máximo {layers} capas de 1 a {units} neuronas</translation>
        </message>
    </context>
    <context>
        <name>SweepMap</name>
        <message>
            <location filename="playground/ui/sweep_map.py" />
            <source>Cancelled; the cells that finished stay.</source>
            <translation>Cancelado; las celdas terminadas se conservan.</translation>
        </message>
        <message>
            <location filename="playground/ui/sweep_map.py" />
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
        <message>
            <location filename="playground/ui/sweep_map.py" />
            <source>Done. Click a cell to use its settings.</source>
            <translation>Terminado. Haga clic en una celda para usar sus ajustes.</translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/sweep_map.py" />
            <source>Done: %n run(s) failed (hover a cell for its count).</source>
            <translation>
                <numerusform>Terminado: %n ejecución falló (pase el puntero por una celda para ver su recuento).</numerusform>
                <numerusform>Terminado: %n ejecuciones fallaron (pase el puntero por una celda para ver su recuento).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/sweep_map.py" />
            <source>Sw&amp;eep…</source>
            <translation>&amp;Barrido de parámetros…</translation>
        </message>
        <message>
            <location filename="playground/ui/sweep_map.py" />
            <source>The sweep cannot start: {error}</source>
            <translation>El barrido no puede empezar: {error}</translation>
        </message>
        <message>
            <location filename="playground/ui/sweep_map.py" />
            <source>The sweep stopped: {error}</source>
            <translation>El barrido se detuvo: {error}</translation>
        </message>
        <message>
            <location filename="playground/ui/sweep_map.py" />
            <source>The window already uses {settings}.</source>
            <translation>La ventana ya usa {settings}.</translation>
        </message>
        <message>
            <location filename="playground/ui/sweep_map.py" />
            <source>The window now uses {settings}.</source>
            <translation>La ventana usa ahora {settings}.</translation>
        </message>
        <message>
            <location filename="playground/ui/sweep_map.py" />
            <source>These settings do not fit the window's network: {error}</source>
            <translation>Estos ajustes no encajan con la red de la ventana: {error}</translation>
        </message>
        <message>
            <location filename="playground/ui/sweep_map.py" />
            <source>Train a grid over two settings with several seeds and map the results</source>
            <translation>Entrenar una cuadrícula sobre dos ajustes con varias semillas y ver los resultados en un mapa</translation>
        </message>
        <message>
            <location filename="playground/ui/sweep_map.py" />
            <source>Use {settings} from the sweep</source>
            <translation>Usar {settings} del barrido</translation>
        </message>
    </context>
    <context>
        <name>Tasks</name>
        <message>
            <location filename="playground/engine/losses.py" />
            <source>Classification</source>
            <translation>Clasificación</translation>
        </message>
        <message>
            <location filename="playground/engine/losses.py" />
            <source>Multi-label</source>
            <translation>Multietiqueta</translation>
        </message>
        <message>
            <location filename="playground/engine/losses.py" />
            <source>Regression</source>
            <translation>Regresión</translation>
        </message>
    </context>
    <context>
        <name>TrainingPanel</name>
        <message>
            <location filename="playground/engine/schedules.py" />
            <source> epochs</source>
            <translation> épocas</translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/panels/training_panel.py" />
            <source>%n training point(s)</source>
            <translation>
                <numerusform>%n punto de entrenamiento</numerusform>
                <numerusform>%n puntos de entrenamiento</numerusform>
            </translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>&amp;Batch size:</source>
            <translation>Tamaño de &amp;lote:</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>&amp;Full</source>
            <translation>&amp;Todos</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>&amp;Loss:</source>
            <translation>&amp;Pérdida:</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>&amp;Optimizer:</source>
            <translation>&amp;Optimizador:</translation>
        </message>
        <message>
            <location filename="playground/engine/optimizers.py" />
            <source>Adam: decay of the running mean of gradients (its momentum)</source>
            <translation>Adam: decaimiento de la media móvil de los gradientes (su momento)</translation>
        </message>
        <message>
            <location filename="playground/engine/optimizers.py" />
            <source>Adam: decay of the running mean of squared gradients (step scaling)</source>
            <translation>Adam: decaimiento de la media móvil de los gradientes al cuadrado (escala de los pasos)</translation>
        </message>
        <message>
            <location filename="playground/engine/optimizers.py" />
            <source>Added to the denominator so tiny gradient averages cannot blow up a step</source>
            <translation>Se suma al denominador para que medias de gradiente diminutas no disparen un paso</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>Adds ½·λ·ΣW² to the loss: keeps weights small</source>
            <translation>Suma ½·λ·ΣW² a la pérdida: mantiene pequeños los pesos</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>Adds λ·Σ|W| to the loss: pushes weights to exactly 0</source>
            <translation>Suma λ·Σ|W| a la pérdida: lleva los pesos exactamente a 0</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>Batches</source>
            <translation>Lotes</translation>
        </message>
        <message>
            <location filename="playground/engine/schedules.py" />
            <source>Cosine: epochs to anneal the learning rate down to its minimum</source>
            <translation>Coseno: épocas para bajar la tasa de aprendizaje hasta su mínimo</translation>
        </message>
        <message>
            <location filename="playground/engine/schedules.py" />
            <source>Cosine: the learning rate at the end of the cycle</source>
            <translation>Coseno: la tasa de aprendizaje al final del ciclo</translation>
        </message>
        <message>
            <location filename="playground/engine/optimizers.py" />
            <source>Decay α</source>
            <translation>Decaimiento α</translation>
        </message>
        <message>
            <location filename="playground/engine/schedules.py" />
            <source>Factor applied to the learning rate (per step, or per epoch)</source>
            <translation>Factor aplicado a la tasa de aprendizaje (por escalón o por época)</translation>
        </message>
        <message>
            <location filename="playground/engine/optimizers.py" />
            <source>Fraction of the previous update kept (PyTorch: v = μ·v + g)</source>
            <translation>Fracción de la actualización anterior que se conserva (PyTorch: v = μ·v + g)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>Full batch: every training point in each update</source>
            <translation>Lote completo: todos los puntos de entrenamiento en cada actualización</translation>
        </message>
        <message>
            <location filename="playground/engine/schedules.py" />
            <source>Gamma γ</source>
            <translation>Gamma γ</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>How the learning rate changes over the epochs</source>
            <translation>Cómo cambia la tasa de aprendizaje a lo largo de las épocas</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>L&amp;1 rate:</source>
            <translation>Tasa L&amp;1:</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>L&amp;2 rate:</source>
            <translation>Tasa L&amp;2:</translation>
        </message>
        <message>
            <location filename="playground/engine/optimizers.py" />
            <source>Learning rate</source>
            <translation>Tasa de aprendizaje</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>Learning-rate schedule</source>
            <translation>Programa de la tasa de aprendizaje</translation>
        </message>
        <message>
            <location filename="playground/engine/schedules.py" />
            <source>Length</source>
            <translation>Duración</translation>
        </message>
        <message>
            <location filename="playground/engine/schedules.py" />
            <source>Minimum learning rate</source>
            <translation>Tasa de aprendizaje mínima</translation>
        </message>
        <message>
            <location filename="playground/engine/optimizers.py" />
            <source>Momentum μ</source>
            <translation>Momento μ</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>More training settings</source>
            <translation>Más ajustes</translation>
        </message>
        <message>
            <location filename="playground/engine/optimizers.py" />
            <source>Nesterov momentum: step with g + μ·v, looking one step ahead</source>
            <translation>Momento de Nesterov: paso con g + μ·v, mirando un paso por delante</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>Optimizer settings</source>
            <translation>Ajustes del optimizador</translation>
        </message>
        <message>
            <location filename="playground/engine/optimizers.py" />
            <source>Pulls weights toward 0 at every step (AdamW: decoupled)</source>
            <translation>Lleva los pesos hacia 0 en cada paso (AdamW: desacoplado)</translation>
        </message>
        <message>
            <location filename="playground/engine/optimizers.py" />
            <source>RMSprop: how slowly the average of g² forgets (s = α·s + (1−α)·g²)</source>
            <translation>RMSprop: con qué lentitud olvida la media de g² (s = α·s + (1−α)·g²)</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>Regularisation</source>
            <translation>Regularización</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>S&amp;huffle each epoch</source>
            <translation>&amp;Mezclar en cada época</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>Sche&amp;dule:</source>
            <translation>Progra&amp;ma:</translation>
        </message>
        <message>
            <location filename="playground/engine/optimizers.py" />
            <source>Size of each update: too small is slow, too large diverges</source>
            <translation>Tamaño de cada actualización: demasiado pequeña es lenta, demasiado grande diverge</translation>
        </message>
        <message>
            <location filename="playground/engine/schedules.py" />
            <source>Step schedule: multiply the learning rate by γ this often</source>
            <translation>Programa por escalones: multiplicar la tasa de aprendizaje por γ con esta frecuencia</translation>
        </message>
        <message>
            <location filename="playground/engine/schedules.py" />
            <source>Step size</source>
            <translation>Tamaño del escalón</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>The rule that turns gradients into weight updates</source>
            <translation>La regla que convierte los gradientes en cambios de los pesos</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>These settings apply live: training keeps its current weights</source>
            <translation>Estos ajustes se aplican en directo: el entrenamiento conserva sus pesos actuales</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>Training</source>
            <translation>Entrenamiento</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>Training points per update: small batches give noisier, more frequent steps</source>
            <translation>Puntos de entrenamiento por actualización: los lotes pequeños dan pasos más ruidosos y frecuentes</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>Visit the training points in a new random order every epoch</source>
            <translation>Recorrer los puntos de entrenamiento en un orden aleatorio nuevo en cada época</translation>
        </message>
        <message>
            <location filename="playground/engine/optimizers.py" />
            <source>Weight decay</source>
            <translation>Decaimiento de pesos</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>What training minimises: the error between prediction and target</source>
            <translation>Lo que minimiza el entrenamiento: el error entre la predicción y el objetivo</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>above {low}</source>
            <translation>mayor que {low}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>above {low} and at most {high}</source>
            <translation>mayor que {low} y como máximo {high}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>above {low} and below {high}</source>
            <translation>mayor que {low} y menor que {high}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>any number</source>
            <translation>cualquier número</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>at least {low}</source>
            <translation>como mínimo {low}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>at least {low} and at most {high}</source>
            <translation>entre {low} y {high}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>at least {low} and below {high}</source>
            <translation>como mínimo {low} y menor que {high}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>at most {high}</source>
            <translation>como máximo {high}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>below {high}</source>
            <translation>menor que {high}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>between {low} and {high}</source>
            <translation>entre {low} y {high}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>of {n}</source>
            <translation>de {n}</translation>
        </message>
        <message>
            <location filename="playground/ui/panels/training_panel.py" />
            <source>true or false</source>
            <translation>verdadero o falso</translation>
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
            <translation>El proceso de entrenamiento terminó de forma inesperada (código de salida {code}). Se reinició con sus puntos y ajustes; los pesos empiezan de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>ValueEditor</name>
        <message>
            <location filename="playground/ui/views/network_editing.py" />
            <source>&amp;Freeze neuron</source>
            <translation>&amp;Congelar neurona</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_editing.py" />
            <source>&amp;Prune neuron</source>
            <translation>&amp;Podar neurona</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_editing.py" />
            <source>&amp;Restore neuron</source>
            <translation>&amp;Restaurar neurona</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_editing.py" />
            <source>Enter applies, Esc cancels</source>
            <translation>Intro aplica, Esc cancela</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_editing.py" />
            <source>Hold its weights at 0, as if it were gone</source>
            <translation>Mantener sus pesos en 0, como si no estuviera</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_editing.py" />
            <source>Neuron {unit} of layer {layer}</source>
            <translation>Neurona {unit} de la capa {layer}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_editing.py" />
            <source>Train it as usual</source>
            <translation>Entrenarla como siempre</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_editing.py" />
            <source>Training leaves its incoming weights and bias as they are</source>
            <translation>El entrenamiento deja sus pesos de entrada y su sesgo como están</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_editing.py" />
            <source>Type a number, e.g. 0.5 or -1.2e-3</source>
            <translation>Escriba un número, p. ej. 0,5 o -1,2e-3</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_editing.py" />
            <source>Type a value between −{limit} and {limit}</source>
            <translation>Escriba un valor entre −{limit} y {limit}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_editing.py" />
            <source>“{text}” is not a number: type e.g. 0.5 or -1.2e-3</source>
            <translation>«{text}» no es un número: escriba, p. ej., 0,5 o -1,2e-3</translation>
        </message>
    </context>
    <context>
        <name>WindowLayout</name>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>&amp;Data</source>
            <translation>&amp;Datos</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>&amp;Fit to data</source>
            <translation>A&amp;justar a los datos</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>&amp;Reset view</source>
            <translation>Res&amp;tablecer vista</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Choose what a lesson hides and fixes; saved with the session</source>
            <translation>Elegir qué oculta y fija una lección; se guarda con la sesión</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Cl&amp;assroom mode…</source>
            <translation>&amp;Modo aula…</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Classroom mode</source>
            <translation>Modo aula</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Full-wi&amp;ndow canvas</source>
            <translation>Lienzo a &amp;ventana completa</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Give the whole window to the canvas (F11 again to come back)</source>
            <translation>Dar toda la ventana al lienzo (F11 otra vez para volver)</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>L&amp;eave classroom mode</source>
            <translation>Salir del m&amp;odo aula</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Loss cur&amp;ves</source>
            <translation>Curvas de &amp;pérdida</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Net&amp;work diagram</source>
            <translation>Es&amp;quema de la red</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Networ&amp;k settings</source>
            <translation>Aj&amp;ustes de la red</translation>
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
            <translation>Mostrar u ocultar el esquema de la red</translation>
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
            <source>Training &amp;settings</source>
            <translation>Ajustes de &amp;entrenamiento</translation>
        </message>
        <message>
            <location filename="playground/ui/window_layout.py" />
            <source>Zoom the output to show every point (Ctrl+wheel zooms, a middle-button drag pans)</source>
            <translation>Ajustar el zoom de la salida para mostrar todos los puntos (Ctrl+rueda hace zoom; arrastrar con el botón central desplaza)</translation>
        </message>
    </context>
</TS>
