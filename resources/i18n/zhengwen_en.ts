<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>restored %n unsaved step(s)</source>
        <translation>
            <numerusform>restored %n unsaved step</numerusform>
            <numerusform>restored %n unsaved steps</numerusform>
        </translation>
    </message>
</context>
</TS>
