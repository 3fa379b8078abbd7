<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
    <context>
        <name>ConfusionTable</name>
        <message numerus="yes">
            <location filename="playground/ui/views/confusion_table.py" />
            <source>%n point(s) of {true} predicted as {predicted} ({share} of the row)</source>
            <translation>
                <numerusform>%n point of {true} predicted as {predicted} ({share} of the row)</numerusform>
                <numerusform>%n points of {true} predicted as {predicted} ({share} of the row)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReplayBar</name>
        <message numerus="yes">
            <location filename="playground/ui/views/replay_bar.py" />
            <source>{count} epoch(s)</source>
            <translation>
                <numerusform>{count} epoch</numerusform>
                <numerusform>{count} epochs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/views/replay_bar.py" />
            <source>{count} frame(s)</source>
            <translation>
                <numerusform>{count} frame</numerusform>
                <numerusform>{count} frames</numerusform>
            </translation>
        </message>
    </context>
</TS>
