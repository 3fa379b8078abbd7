<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
    <context>
        <name>LessonsDialog</name>
        <message numerus="yes">
            <location filename="playground/ui/dialogs/lessons.py" />
            <source>{title}  (%n step(s))</source>
            <translation>
                <numerusform>{title}  (%n step)</numerusform>
                <numerusform>{title}  (%n steps)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NetworkPanel</name>
        <message numerus="yes">
            <location filename="playground/ui/panels/network_panel.py" />
            <source>%n hidden layer(s)</source>
            <translation>
                <numerusform>%n hidden layer</numerusform>
                <numerusform>%n hidden layers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/panels/network_panel.py" />
            <source>Layer {number} has %n unit(s)</source>
            <translation>
                <numerusform>Layer {number} has %n unit</numerusform>
                <numerusform>Layer {number} has %n units</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrainingPanel</name>
        <message numerus="yes">
            <location filename="playground/ui/panels/training_panel.py" />
            <source>%n training point(s)</source>
            <translation>
                <numerusform>%n training point</numerusform>
                <numerusform>%n training points</numerusform>
            </translation>
        </message>
    </context>
</TS>
