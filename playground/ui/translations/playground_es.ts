<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
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
            <translation>&amp;Diagrama de la red</translation>
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
            <translation>&amp;Entrenamiento</translation>
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
        <message>
            <location filename="playground/ui/lessons.py" />
            <source>opening a lesson</source>
            <translation>abrir una lección</translation>
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
            <source>Lessons</source>
            <translation>Lecciones</translation>
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
            <translation>Cambiar esto reinicia el entrenamiento con pesos nuevos (Edición ▸ Deshacer recupera los entrenados)</translation>
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
            <translation>{change}: el entrenamiento empieza de nuevo con pesos nuevos; las neuronas congeladas y podadas vuelven a estar activas (deshacer las recupera)</translation>
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
            <translation>Épocas máximas</translation>
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
            <translation>El entrenamiento se pausa cuando la pérdida de prueba (la de entrenamiento si no hay división de prueba) no ha mejorado su mejor valor durante este número de épocas seguidas. Al reanudar se cuenta de nuevo.</translation>
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
</TS>
