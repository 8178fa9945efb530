<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BriefingRenderer</name>
    <message numerus="yes">
        <location filename="../ui/export/briefingrenderer.cpp" line="+266"/>
        <location line="+601"/>
        <source>%1 · %n item(s)</source>
        <translation>
            <numerusform>%1 · %n item</numerusform>
            <numerusform>%1 · %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pl::ui::AnnotationsPane</name>
    <message numerus="yes">
        <location filename="../ui/annotation/annotationspane.cpp" line="+88"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pl::ui::BriefingBoard</name>
    <message numerus="yes">
        <location filename="../ui/briefing/briefingboard.cpp" line="+291"/>
        <source>Delete the briefing “%1” with its %n item(s)?</source>
        <translation>
            <numerusform>Delete the briefing “%1” with its %n item?</numerusform>
            <numerusform>Delete the briefing “%1” with its %n items?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+150"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pl::ui::BudgetModel</name>
    <message numerus="yes">
        <location filename="../ui/facts/budgetmodel.cpp" line="+162"/>
        <source>%1 a year × %n year(s)</source>
        <translation>
            <numerusform>%1 a year × %n year</numerusform>
            <numerusform>%1 a year × %n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pl::ui::BudgetPane</name>
    <message numerus="yes">
        <location filename="../ui/views/budgetpane.cpp" line="+152"/>
        <source>%n amount(s) in currencies without a rate are left out.</source>
        <translation>
            <numerusform>%n amount in currencies without a rate are left out.</numerusform>
            <numerusform>%n amounts in currencies without a rate are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pl::ui::CountryMatrixModel</name>
    <message numerus="yes">
        <location filename="../ui/facts/countrymatrixmodel.cpp" line="+297"/>
        <source>%n date(s)</source>
        <translation>
            <numerusform>%n date</numerusform>
            <numerusform>%n dates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pl::ui::HitDelegate</name>
    <message numerus="yes">
        <location filename="../ui/views/hitdelegate.cpp" line="+44"/>
        <source>(%n hit(s))</source>
        <translation>
            <numerusform>(%n hit)</numerusform>
            <numerusform>(%n hits)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pl::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/views/mainwindow.cpp" line="+688"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+167"/>
        <source>%n document(s) imported</source>
        <translation>
            <numerusform>%n document imported</numerusform>
            <numerusform>%n documents imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n already in the library</source>
        <translation>
            <numerusform>, %n already in the library</numerusform>
            <numerusform>, %n already in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n cancelled</numerusform>
            <numerusform>, %n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n file could not be imported.</numerusform>
            <numerusform>%n files could not be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>The best %n passages for “%1”:</source>
        <translation>
            <numerusform>The best passage for “%1”:</numerusform>
            <numerusform>The best %n passages for “%1”:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n passage(s) match “%1”</source>
        <translation>
            <numerusform>%n passage matches “%1”</numerusform>
            <numerusform>%n passages match “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> in %n document(s):</source>
        <translation>
            <numerusform> in %n document:</numerusform>
            <numerusform> in %n documents:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+223"/>
        <source>Remove %n document(s) from the library? The PDF files stay where they are.</source>
        <translation>
            <numerusform>Remove %n document from the library? The PDF file stays where it is.</numerusform>
            <numerusform>Remove %n documents from the library? The PDF files stay where they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Removing %n document(s)…</source>
        <translation>
            <numerusform>Removing %n document…</numerusform>
            <numerusform>Removing %n documents…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n document(s) removed</source>
        <translation>
            <numerusform>%n document removed</numerusform>
            <numerusform>%n documents removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Re-importing %n document(s)…</source>
        <translation>
            <numerusform>Re-importing %n document…</numerusform>
            <numerusform>Re-importing %n documents…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pl::ui::ReaderWidget</name>
    <message numerus="yes">
        <location filename="../ui/reader/readerwidget.cpp" line="+988"/>
        <source>Page %1 of %n with matches</source>
        <translation>
            <numerusform>Page %1 of %n with matches</numerusform>
            <numerusform>Page %1 of %n with matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pl::ui::TimelinePane</name>
    <message numerus="yes">
        <location filename="../ui/views/timelinepane.cpp" line="+131"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
</TS>
