<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
    <context>
        <name>NetworkView</name>
        <message>
            <location filename="playground/ui/views/network_readout.py" />
            <source>Bias of {node}</source>
            <translation>Sesgo de {node}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_readout.py" />
            <source>Click to type a new value.</source>
            <translation>Haz clic para escribir un valor nuevo.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_readout.py" />
            <source>Frozen: training leaves its incoming weights and bias as they are.</source>
            <translation>Congelada: el entrenamiento deja sus pesos de entrada y su sesgo como están.</translation>
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
            <location filename="playground/ui/views/network_readout.py" />
            <source>Pruned: its weights are held at 0.</source>
            <translation>Podada: sus pesos se mantienen en 0.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_readout.py" />
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
            <location filename="playground/ui/views/network_readout.py" />
            <source>{gradient} (at epoch {epoch})</source>
            <translation>{gradient} (en la época {epoch})</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_readout.py" />
            <source>{name} is pruned: its weights stay 0. Restore it (right-click it) to type values.</source>
            <translation>{name} está podada: sus pesos se quedan en 0. Restáurala (clic derecho sobre ella) para escribir valores.</translation>
        </message>
    </context>
    <context>
        <name>StepThrough</name>
        <message>
            <location filename="playground/ui/stepper.py" />
            <source>&amp;Step through a point…</source>
            <translation>Recorrer un punto &amp;paso a paso…</translation>
        </message>
        <message>
            <location filename="playground/ui/stepper.py" />
            <source>Click a training point to step through its training step (Esc cancels)</source>
            <translation>Haz clic en un punto de entrenamiento para recorrer su paso de entrenamiento (Esc cancela)</translation>
        </message>
        <message>
            <location filename="playground/ui/stepper.py" />
            <source>Click a training point, then follow one training step for it with the real numbers (→ / ← / Esc)</source>
            <translation>Haz clic en un punto de entrenamiento y sigue un paso de entrenamiento con él, con los números reales (→ / ← / Esc)</translation>
        </message>
        <message>
            <location filename="playground/ui/stepper.py" />
            <source>No training point there: choose Step through a point again and click on one</source>
            <translation>Ahí no hay ningún punto de entrenamiento: elige de nuevo «Recorrer un punto paso a paso» y haz clic en uno</translation>
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
            <location filename="playground/ui/views/step_view.py" />
            <source>Cannot step through point {index}: {reason}</source>
            <translation>No se puede recorrer paso a paso el punto {index}: {reason}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>Choose a training point to step through one training step for it: the forward pass, the loss, backpropagation and the optimizer's update, with the numbers.</source>
            <translation>Elige un punto de entrenamiento para recorrer paso a paso un paso de entrenamiento con él: la pasada hacia delante, la pérdida, la retropropagación y la actualización del optimizador, con todos los números.</translation>
        </message>
        <message>
            <location filename="playground/ui/views/step_view.py" />
            <source>Close</source>
            <translation>Cerrar</translation>
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
            <location filename="playground/ui/views/step_backward.py" />
            <source>The chain rule sends the error back through the weights that carried the signal forward: {rule}, where {slope} = {slope_rule}.</source>
            <translation>La regla de la cadena envía el error hacia atrás por los pesos que llevaron la señal hacia delante: {rule}, donde {slope} = {slope_rule}.</translation>
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
            <location filename="playground/ui/views/step_view.py" />
            <source>The next step (→)</source>
            <translation>El paso siguiente (→)</translation>
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
            <translation>Las páginas del paso; haz clic en una para ir a ella</translation>
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
            <translation>{point}; la red en la época {epoch}. Nada cambia hasta que entrenes.</translation>
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
            <translation>Escribe un número, p. ej. 0,5 o -1,2e-3</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_editing.py" />
            <source>Type a value between −{limit} and {limit}</source>
            <translation>Escribe un valor entre −{limit} y {limit}</translation>
        </message>
        <message>
            <location filename="playground/ui/views/network_editing.py" />
            <source>“{text}” is not a number: type e.g. 0.5 or -1.2e-3</source>
            <translation>«{text}» no es un número: escribe, p. ej., 0,5 o -1,2e-3</translation>
        </message>
    </context>
</TS>
