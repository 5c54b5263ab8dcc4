<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnalyzeCommand</name>
    <message>
        <location filename="../app/analyzecommand.cpp" line="57"/>
        <source>Analyse Arabic news articles about the Astana talks.</source>
        <translation>Analyse Arabic news articles about the Astana talks.</translation>
    </message>
    <message>
        <location filename="../app/analyzecommand.cpp" line="61"/>
        <source>Output format: json or csv.</source>
        <translation>Output format: json or csv.</translation>
    </message>
    <message>
        <location filename="../app/analyzecommand.cpp" line="65"/>
        <source>Article files or folders.</source>
        <translation>Article files or folders.</translation>
    </message>
    <message>
        <location filename="../app/analyzecommand.cpp" line="76"/>
        <source>Unknown format &quot;%1&quot;: use json or csv.</source>
        <translation>Unknown format &quot;%1&quot;: use json or csv.</translation>
    </message>
    <message>
        <location filename="../app/analyzecommand.cpp" line="84"/>
        <source>No article given: masar analyze [--format json|csv] PATH…</source>
        <translation>No article given: masar analyze [--format json|csv] PATH…</translation>
    </message>
</context>
<context>
    <name>ArticleAnalyzer</name>
    <message>
        <location filename="../app/core/articleanalyzer.cpp" line="465"/>
        <source>The page&apos;s date (%1) does not fit «%2»: the article may be older than the date on the page.</source>
        <translation>The page&apos;s date (%1) does not fit «%2»: the article may be older than the date on the page.</translation>
    </message>
    <message>
        <location filename="../app/core/articleanalyzer.cpp" line="527"/>
        <source>The text dates round %1 %2 to %3; the reference table says %4 to %5.</source>
        <translation>The text dates round %1 %2 to %3; the reference table says %4 to %5.</translation>
    </message>
    <message>
        <location filename="../app/core/articleanalyzer.cpp" line="561"/>
        <source>The text calls the venue «%1»; at the time of round %2 the Kazakh capital was named %3.</source>
        <translation>The text calls the venue «%1»; at the time of round %2 the Kazakh capital was named %3.</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <location filename="../ui/chartexporter.cpp" line="28"/>
        <source>Image size %1 × %2 is outside 1 … %3 pixels</source>
        <translation>Image size %1 × %2 is outside 1 … %3 pixels</translation>
    </message>
    <message>
        <location filename="../ui/chartexporter.cpp" line="34"/>
        <source>Scale %1 is outside 0 … %2</source>
        <translation>Scale %1 is outside 0 … %2</translation>
    </message>
    <message>
        <location filename="../ui/chartexporter.cpp" line="38"/>
        <source>Not enough memory for a %1 × %2 image</source>
        <translation>Not enough memory for a %1 × %2 image</translation>
    </message>
    <message>
        <location filename="../ui/chartexporter.cpp" line="75"/>
        <source>%1: nothing to save</source>
        <translation>%1: nothing to save</translation>
    </message>
    <message>
        <location filename="../ui/chartexporter.cpp" line="78"/>
        <location filename="../ui/chartexporter.cpp" line="82"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/chartexporter.cpp" line="80"/>
        <source>Cannot encode %1 as PNG: %2</source>
        <translation>Cannot encode %1 as PNG: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="26"/>
        <source>Unknown command &quot;%1&quot;
</source>
        <translation>Unknown command &quot;%1&quot;
</translation>
    </message>
</context>
<context>
    <name>CueLexicon</name>
    <message>
        <location filename="../app/core/cuelexicon.cpp" line="83"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: cannot be read: %2</translation>
    </message>
    <message>
        <location filename="../app/core/cuelexicon.cpp" line="89"/>
        <source>%1: not valid JSON: %2</source>
        <translation>%1: not valid JSON: %2</translation>
    </message>
    <message>
        <location filename="../app/core/cuelexicon.cpp" line="100"/>
        <source>%1: unknown stance &quot;%2&quot;</source>
        <translation>%1: unknown stance &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/cuelexicon.cpp" line="110"/>
        <source>%1: the list &quot;%2&quot; is missing</source>
        <translation>%1: the list &quot;%2&quot; is missing</translation>
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
        <source>Select a statement to read its article here, with every theme highlighted in its colour.</source>
        <translation>Select a statement to read its article here, with every theme highlighted in its colour.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="99"/>
        <source>Themes highlighted in the article</source>
        <translation>Themes highlighted in the article</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="139"/>
        <source>Select a round</source>
        <translation>Select a round</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="209"/>
        <source>%1 (now %2)</source>
        <translation>%1 (now %2)</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="227"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="232"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="242"/>
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
    <name>ExportChartDialog</name>
    <message>
        <location filename="../ui/exportchartdialog.cpp" line="37"/>
        <location filename="../ui/exportchartdialog.cpp" line="196"/>
        <source>Export chart as PNG</source>
        <translation>Export chart as PNG</translation>
    </message>
    <message>
        <location filename="../ui/exportchartdialog.cpp" line="40"/>
        <source>Timeline of the rounds</source>
        <translation>Timeline of the rounds</translation>
    </message>
    <message>
        <location filename="../ui/exportchartdialog.cpp" line="41"/>
        <source>Themes per round</source>
        <translation>Themes per round</translation>
    </message>
    <message>
        <location filename="../ui/exportchartdialog.cpp" line="52"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../ui/exportchartdialog.cpp" line="60"/>
        <source>Presets</source>
        <translation>Presets</translation>
    </message>
    <message>
        <location filename="../ui/exportchartdialog.cpp" line="63"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../ui/exportchartdialog.cpp" line="80"/>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../ui/exportchartdialog.cpp" line="81"/>
        <source>Larger scales draw text and marks bigger; automatic lays the chart out for about 1920 × 1080 and scales it up to the image size.</source>
        <translation>Larger scales draw text and marks bigger; automatic lays the chart out for about 1920 × 1080 and scales it up to the image size.</translation>
    </message>
    <message>
        <location filename="../ui/exportchartdialog.cpp" line="85"/>
        <source>White</source>
        <translation>White</translation>
    </message>
    <message>
        <location filename="../ui/exportchartdialog.cpp" line="86"/>
        <source>Transparent</source>
        <translation>Transparent</translation>
    </message>
    <message>
        <location filename="../ui/exportchartdialog.cpp" line="89"/>
        <source>Choose a file…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <location filename="../ui/exportchartdialog.cpp" line="92"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../ui/exportchartdialog.cpp" line="104"/>
        <source>&amp;Chart:</source>
        <translation>&amp;Chart:</translation>
    </message>
    <message>
        <location filename="../ui/exportchartdialog.cpp" line="105"/>
        <source>&amp;Size:</source>
        <translation>&amp;Size:</translation>
    </message>
    <message>
        <location filename="../ui/exportchartdialog.cpp" line="106"/>
        <source>S&amp;cale:</source>
        <translation>S&amp;cale:</translation>
    </message>
    <message>
        <location filename="../ui/exportchartdialog.cpp" line="107"/>
        <source>B&amp;ackground:</source>
        <translation>B&amp;ackground:</translation>
    </message>
    <message>
        <location filename="../ui/exportchartdialog.cpp" line="108"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../ui/exportchartdialog.cpp" line="111"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../ui/exportchartdialog.cpp" line="196"/>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
</context>
<context>
    <name>ExportPngCommand</name>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="38"/>
        <source>Renders the timeline or the theme chart to a PNG file, off-screen.</source>
        <translation>Renders the timeline or the theme chart to a PNG file, off-screen.</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="41"/>
        <source>Chart to export: timeline or themes.</source>
        <translation>Chart to export: timeline or themes.</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="42"/>
        <source>Image width in pixels.</source>
        <translation>Image width in pixels.</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="44"/>
        <source>Image height in pixels.</source>
        <translation>Image height in pixels.</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="47"/>
        <source>Device pixel ratio (default: lay out for about 1920 × 1080).</source>
        <translation>Device pixel ratio (default: lay out for about 1920 × 1080).</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="50"/>
        <source>Transparent instead of white background.</source>
        <translation>Transparent instead of white background.</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="51"/>
        <source>Language of the labels: ar or en.</source>
        <translation>Language of the labels: ar or en.</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="54"/>
        <source>Show only this theme (repeatable).</source>
        <translation>Show only this theme (repeatable).</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="57"/>
        <source>The PNG file to write.</source>
        <translation>The PNG file to write.</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="58"/>
        <source>Article files or folders to include.</source>
        <translation>Article files or folders to include.</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="80"/>
        <source>--chart must be timeline or themes, not &quot;%1&quot;</source>
        <translation>--chart must be timeline or themes, not &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="82"/>
        <source>--width and --height must be whole numbers of pixels</source>
        <translation>--width and --height must be whole numbers of pixels</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="84"/>
        <source>--scale must be a number</source>
        <translation>--scale must be a number</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="86"/>
        <source>--lang must be ar or en, not &quot;%1&quot;</source>
        <translation>--lang must be ar or en, not &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="88"/>
        <source>missing the output file (OUT.png)</source>
        <translation>missing the output file (OUT.png)</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="92"/>
        <source>unknown theme &quot;%1&quot;</source>
        <translation>unknown theme &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="118"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="35"/>
        <source>Masar — the Astana talks on Syria</source>
        <translation>Masar — the Astana talks on Syria</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="60"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="61"/>
        <source>Themes per round</source>
        <translation>Themes per round</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="64"/>
        <source>Search statements, articles, rounds…</source>
        <translation>Search statements, articles, rounds…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="66"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="73"/>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="172"/>
        <source>Opened %1 of %2 files.</source>
        <translation>Opened %1 of %2 files.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="181"/>
        <source>Files not opened</source>
        <translation>Files not opened</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="182"/>
        <source>Masar could not open these files:</source>
        <translation>Masar could not open these files:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>Cannot export %1: %2</source>
        <translation>Cannot export %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261"/>
        <source>Export chart as PNG</source>
        <translation>Export chart as PNG</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="278"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="279"/>
        <source>&amp;Export chart as PNG…</source>
        <translation>&amp;Export chart as PNG…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="282"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <source>&amp;Fit all rounds</source>
        <translation>&amp;Fit all rounds</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="289"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="291"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="303"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="318"/>
        <source>&amp;About Masar</source>
        <translation>&amp;About Masar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="327"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="328"/>
        <source>The new language will be used the next time Masar starts.</source>
        <translation>The new language will be used the next time Masar starts.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="333"/>
        <source>About Masar</source>
        <translation>About Masar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="334"/>
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
    <name>TextDecoder</name>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="307"/>
        <source>The encoding could not be detected reliably; the text was decoded as %1, the usual encoding of older Arabic news sites.</source>
        <translation>The encoding could not be detected reliably; the text was decoded as %1, the usual encoding of older Arabic news sites.</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="324"/>
        <source>The page declares the unknown encoding “%1”; the encoding was detected instead.</source>
        <translation>The page declares the unknown encoding “%1”; the encoding was detected instead.</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="332"/>
        <source>The page declares %1 but has no byte order mark; the encoding was detected instead.</source>
        <translation>The page declares %1 but has no byte order mark; the encoding was detected instead.</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="338"/>
        <source>The page declares %1 but its content is UTF-8; it was decoded as UTF-8.</source>
        <translation>The page declares %1 but its content is UTF-8; it was decoded as UTF-8.</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="347"/>
        <source>The page declares %1 but its content looks like %2; it was decoded as %2.</source>
        <translation>The page declares %1 but its content looks like %2; it was decoded as %2.</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="354"/>
        <source>The page declares %1 but contains bytes that are invalid in %1; the encoding was detected instead.</source>
        <translation>The page declares %1 but contains bytes that are invalid in %1; the encoding was detected instead.</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="370"/>
        <source>The encoding was detected as %1 with low confidence; the text may be garbled.</source>
        <translation>The encoding was detected as %1 with low confidence; the text may be garbled.</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="412"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="420"/>
        <source>the file is larger than %1 MB and is not an article</source>
        <translation>the file is larger than %1 MB and is not an article</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="432"/>
        <location filename="../app/core/textdecoder.cpp" line="445"/>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="436"/>
        <source>the file is binary data (%1), not a text or HTML article</source>
        <translation>the file is binary data (%1), not a text or HTML article</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="449"/>
        <source>Some bytes are invalid in %1 and were replaced.</source>
        <translation>Some bytes are invalid in %1 and were replaced.</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="461"/>
        <source>The file ends in the middle of a %1 character; the last byte was ignored.</source>
        <translation>The file ends in the middle of a %1 character; the last byte was ignored.</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="469"/>
        <source>the file contains NUL bytes: it is binary data, not text</source>
        <translation>the file contains NUL bytes: it is binary data, not text</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="473"/>
        <source>the file is mostly control bytes: it is binary data, not text</source>
        <translation>the file is mostly control bytes: it is binary data, not text</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="479"/>
        <source>the encoding of the file could not be recognised</source>
        <translation>the encoding of the file could not be recognised</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="485"/>
        <source>the file contains only white space</source>
        <translation>the file contains only white space</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="491"/>
        <source>the page contains no readable text</source>
        <translation>the page contains no readable text</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="507"/>
        <source>this is a folder, not a file</source>
        <translation>this is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="509"/>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="512"/>
        <source>the file cannot be opened: %1</source>
        <translation>the file cannot be opened: %1</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="528"/>
        <source>the file cannot be read: %1</source>
        <translation>the file cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>ThemeChart</name>
    <message>
        <location filename="../ui/themechart.cpp" line="28"/>
        <location filename="../ui/themechart.cpp" line="262"/>
        <source>Themes per round</source>
        <translation>Themes per round</translation>
    </message>
    <message>
        <location filename="../ui/themechart.cpp" line="246"/>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../ui/themechart.cpp" line="258"/>
        <source>Statements</source>
        <translation>Statements</translation>
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
    <name>TimelineView</name>
    <message>
        <location filename="../ui/timelineview.cpp" line="43"/>
        <source>Timeline of the rounds</source>
        <translation>Timeline of the rounds</translation>
    </message>
    <message>
        <location filename="../ui/timelineview.cpp" line="45"/>
        <source>Rounds of the Astana talks by date. Arrow keys step through the rounds, plus and minus zoom.</source>
        <translation>Rounds of the Astana talks by date. Arrow keys step through the rounds, plus and minus zoom.</translation>
    </message>
    <message>
        <location filename="../ui/timelineview.cpp" line="681"/>
        <source>Round %1</source>
        <translation>Round %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timelineview.cpp" line="691"/>
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timelineview.cpp" line="692"/>
        <source>No article yet</source>
        <translation>No article yet</translation>
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
        <location filename="../app/main.cpp" line="112"/>
        <source>Timeline of the Astana talks on Syria</source>
        <translation>Timeline of the Astana talks on Syria</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="116"/>
        <source>User interface language: ar (default) or en.</source>
        <translation>User interface language: ar (default) or en.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="120"/>
        <source>Select round N at start (0: the Doha meeting).</source>
        <translation>Select round N at start (0: the Doha meeting).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="129"/>
        <source>Article files or folders to open beside the samples.</source>
        <translation>Article files or folders to open beside the samples.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="125"/>
        <source>Print the milliseconds from process start to the first painted window, then quit.</source>
        <translation>Print the milliseconds from process start to the first painted window, then quit.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="63"/>
        <source>masar: cannot write the screenshot %1
</source>
        <translation>masar: cannot write the screenshot %1
</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="67"/>
        <source>masar: saved a %1 × %2 screenshot to %3
</source>
        <translation>masar: saved a %1 × %2 screenshot to %3
</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="133"/>
        <source>Save a PNG of the window once it is shown, then quit.</source>
        <translation>Save a PNG of the window once it is shown, then quit.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="141"/>
        <source>masar: unknown language &quot;%1&quot;; use ar or en
</source>
        <translation>masar: unknown language &quot;%1&quot;; use ar or en
</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="165"/>
        <source>masar: no round &quot;%1&quot;
</source>
        <translation>masar: no round &quot;%1&quot;
</translation>
    </message>
</context>
</TS>
