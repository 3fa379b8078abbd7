<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
    <context>
        <name>CanvasView</name>
        <message>
            <location filename="playground/ui/views/canvas.py" />
            <source>not {label}</source>
            <translation>no {label}</translation>
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
            <translation>Qué magnitud seguir por capa (pasa el ratón sobre una entrada para ver qué significa)</translation>
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
            <location filename="playground/ui/views/curve_drawing.py" />
            <location filename="playground/ui/views/drawing.py" />
            <source>Add point</source>
            <translation>Añadir punto</translation>
        </message>
        <message>
            <location filename="playground/ui/views/curve_drawing.py" />
            <location filename="playground/ui/views/drawing.py" />
            <source>Erase points</source>
            <translation>Borrar puntos</translation>
        </message>
        <message>
            <location filename="playground/ui/views/curve_drawing.py" />
            <location filename="playground/ui/views/drawing.py" />
            <source>Paint points</source>
            <translation>Pintar puntos</translation>
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
            <translation>La red no tiene capa oculta: añade una para ver cómo transforma el plano.</translation>
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
            <translation>Pulsa Calcular para trazar la pérdida alrededor de los pesos actuales.</translation>
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
        <name>NetworkDiagram</name>
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
    </context>
    <context>
        <name>NetworkView</name>
        <message>
            <location filename="playground/ui/views/network_view.py" />
            <source>Bias of {node}</source>
            <translation>Sesgo de {node}</translation>
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
            <location filename="playground/ui/views/network_view.py" />
            <source>Weight from {source} to {target}</source>
            <translation>Peso de {source} a {target}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_view.py" />
            <source>{negative}: negative · {positive}: positive</source>
            <translation>{negative}: negativo · {positive}: positivo</translation>
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
            <translation>Arrastra para recorrer la ejecución</translation>
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
            <source>Play the replay from the frame shown</source>
            <translation>Reproducir la repetición desde el fotograma mostrado</translation>
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
        <name>SliceControls</name>
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
</TS>
