<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="21"/>
        <source>%1: not implemented yet
</source>
        <translation>%1: not implemented yet
</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../ui/detailpane.cpp" line="78"/>
        <source>Dates:</source>
        <translation>Dates:</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="79"/>
        <source>Venue:</source>
        <translation>Venue:</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="80"/>
        <source>Guarantors:</source>
        <translation>Guarantors:</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="81"/>
        <source>Observers:</source>
        <translation>Observers:</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="82"/>
        <source>UN envoy:</source>
        <translation>UN envoy:</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="83"/>
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="84"/>
        <source>Articles:</source>
        <translation>Articles:</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="85"/>
        <source>Warnings:</source>
        <translation>Warnings:</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="95"/>
        <source>Article text</source>
        <translation>Article text</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="97"/>
        <source>Themes highlighted in the article</source>
        <translation>Themes highlighted in the article</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="135"/>
        <source>Select a round</source>
        <translation>Select a round</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="204"/>
        <source>%1 (now %2)</source>
        <translation>%1 (now %2)</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="222"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="227"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="237"/>
        <source>No article about this round yet</source>
        <translation>No article about this round yet</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <location filename="../ui/displaynames.cpp" line="11"/>
        <source>affirms</source>
        <translation>affirms</translation>
    </message>
    <message>
        <location filename="../ui/displaynames.cpp" line="13"/>
        <source>condemns</source>
        <translation>condemns</translation>
    </message>
    <message>
        <location filename="../ui/displaynames.cpp" line="15"/>
        <source>calls for</source>
        <translation>calls for</translation>
    </message>
    <message>
        <location filename="../ui/displaynames.cpp" line="17"/>
        <source>rejects</source>
        <translation>rejects</translation>
    </message>
    <message>
        <location filename="../ui/displaynames.cpp" line="19"/>
        <source>welcomes</source>
        <translation>welcomes</translation>
    </message>
    <message>
        <location filename="../ui/displaynames.cpp" line="21"/>
        <source>expresses concern</source>
        <translation>expresses concern</translation>
    </message>
    <message>
        <location filename="../ui/displaynames.cpp" line="23"/>
        <source>agrees</source>
        <translation>agrees</translation>
    </message>
    <message>
        <location filename="../ui/displaynames.cpp" line="25"/>
        <source>announces</source>
        <translation>announces</translation>
    </message>
    <message>
        <location filename="../ui/displaynames.cpp" line="27"/>
        <source>proposes</source>
        <translation>proposes</translation>
    </message>
    <message>
        <location filename="../ui/displaynames.cpp" line="29"/>
        <source>warns</source>
        <translation>warns</translation>
    </message>
    <message>
        <location filename="../ui/displaynames.cpp" line="31"/>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../ui/displaynames.cpp" line="38"/>
        <source>report</source>
        <translation>report</translation>
    </message>
    <message>
        <location filename="../ui/displaynames.cpp" line="40"/>
        <source>announcement</source>
        <translation>announcement</translation>
    </message>
    <message>
        <location filename="../ui/displaynames.cpp" line="42"/>
        <source>analysis</source>
        <translation>analysis</translation>
    </message>
    <message>
        <location filename="../ui/displaynames.cpp" line="58"/>
        <source>unknown speaker</source>
        <translation>unknown speaker</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="30"/>
        <source>Masar — the Astana talks on Syria</source>
        <translation>Masar — the Astana talks on Syria</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="42"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="48"/>
        <source>Search statements, articles, rounds…</source>
        <translation>Search statements, articles, rounds…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="50"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="57"/>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="135"/>
        <source>&amp;Export chart as PNG…</source>
        <translation>&amp;Export chart as PNG…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="138"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="141"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="142"/>
        <source>&amp;Fit all rounds</source>
        <translation>&amp;Fit all rounds</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="160"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>&amp;About Masar</source>
        <translation>&amp;About Masar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="170"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="171"/>
        <source>The new language will be used the next time Masar starts.</source>
        <translation>The new language will be used the next time Masar starts.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="176"/>
        <source>About Masar</source>
        <translation>About Masar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="177"/>
        <source>Masar %1

A right-to-left timeline of the Astana talks on Syria, built from Arabic news articles.

Licensed under the GNU GPL, version 3 or later.</source>
        <translation>Masar %1

A right-to-left timeline of the Astana talks on Syria, built from Arabic news articles.

Licensed under the GNU GPL, version 3 or later.</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../ui/uilanguage.cpp" line="18"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <location filename="../app/core/referencedata.cpp" line="31"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: cannot be read: %2</translation>
    </message>
    <message>
        <location filename="../app/core/referencedata.cpp" line="37"/>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1: not valid JSON at offset %2: %3</translation>
    </message>
    <message>
        <location filename="../app/core/referencedata.cpp" line="100"/>
        <source>%1: round entry %2 has no id or invalid dates</source>
        <translation>%1: round entry %2 has no id or invalid dates</translation>
    </message>
    <message>
        <location filename="../app/core/referencedata.cpp" line="106"/>
        <source>%1: no rounds</source>
        <translation>%1: no rounds</translation>
    </message>
    <message>
        <location filename="../app/core/referencedata.cpp" line="128"/>
        <source>%1: theme entry %2 has no id</source>
        <translation>%1: theme entry %2 has no id</translation>
    </message>
    <message>
        <location filename="../app/core/referencedata.cpp" line="151"/>
        <source>%1: actor entry %2 has no id</source>
        <translation>%1: actor entry %2 has no id</translation>
    </message>
</context>
<context>
    <name>RoundsModel</name>
    <message>
        <location filename="../app/models/roundsmodel.cpp" line="225"/>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../app/models/roundsmodel.cpp" line="227"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../app/models/roundsmodel.cpp" line="229"/>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../app/models/roundsmodel.cpp" line="231"/>
        <source>Statements</source>
        <translation>Statements</translation>
    </message>
    <message>
        <location filename="../app/models/roundsmodel.cpp" line="450"/>
        <source>%1: %2</source>
        <extracomment>A statement in the rounds list: speaker, then what was said</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StatementList</name>
    <message>
        <location filename="../ui/statementlist.cpp" line="32"/>
        <source>Statements of the round</source>
        <translation>Statements of the round</translation>
    </message>
</context>
<context>
    <name>ThemeFilterList</name>
    <message>
        <location filename="../ui/themefilterlist.cpp" line="10"/>
        <source>Check themes to show only the statements about them</source>
        <translation>Check themes to show only the statements about them</translation>
    </message>
    <message>
        <location filename="../ui/themefilterlist.cpp" line="11"/>
        <source>Theme filter</source>
        <translation>Theme filter</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <location filename="../ui/uilanguage.cpp" line="90"/>
        <source>%1: cannot load the translation</source>
        <translation>%1: cannot load the translation</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="32"/>
        <source>Timeline of the Astana talks on Syria</source>
        <translation>Timeline of the Astana talks on Syria</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="36"/>
        <source>User interface language: ar (default) or en.</source>
        <translation>User interface language: ar (default) or en.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="45"/>
        <source>masar: unknown language &quot;%1&quot;; use ar or en
</source>
        <translation>masar: unknown language &quot;%1&quot;; use ar or en
</translation>
    </message>
</context>
</TS>
