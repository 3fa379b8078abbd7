<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
    <context>
        <name>NotebookDialog</name>
        <message numerus="yes">
            <location filename="playground/ui/dialogs/notebook_dialog.py" />
            <source>%n row(s) written to {path}.</source>
            <translation>
                <numerusform>%n row written to {path}.</numerusform>
                <numerusform>%n rows written to {path}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message numerus="yes">
            <location filename="playground/ui/controllers/recovery.py" />
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n point</numerusform>
                <numerusform>%n points</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="playground/ui/controllers/recovery.py" />
            <source>%n replay frame(s)</source>
            <translation>
                <numerusform>%n replay frame</numerusform>
                <numerusform>%n replay frames</numerusform>
            </translation>
        </message>
    </context>
</TS>
