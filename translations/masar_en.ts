<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddTermDialog</name>
    <message>
        <location filename="../ui/addtermdialog.cpp" line="14"/>
        <source>Add a term to a theme</source>
        <translation>Add a term to a theme</translation>
    </message>
    <message>
        <location filename="../ui/addtermdialog.cpp" line="19"/>
        <source>Arabic word or phrase</source>
        <translation>Arabic word or phrase</translation>
    </message>
    <message>
        <location filename="../ui/addtermdialog.cpp" line="28"/>
        <source>Theme:</source>
        <translation>Theme:</translation>
    </message>
    <message>
        <location filename="../ui/addtermdialog.cpp" line="29"/>
        <source>Term:</source>
        <translation>Term:</translation>
    </message>
</context>
<context>
    <name>AnalyzeCommand</name>
    <message>
        <location filename="../app/analyzecommand.cpp" line="23"/>
        <source>Analyse Arabic news articles about the Astana talks.</source>
        <translation>Analyse Arabic news articles about the Astana talks.</translation>
    </message>
    <message>
        <location filename="../app/analyzecommand.cpp" line="27"/>
        <source>Output format: json or csv.</source>
        <translation>Output format: json or csv.</translation>
    </message>
    <message>
        <location filename="../app/analyzecommand.cpp" line="31"/>
        <source>Article files or folders.</source>
        <translation>Article files or folders.</translation>
    </message>
    <message>
        <location filename="../app/analyzecommand.cpp" line="42"/>
        <source>Unknown format &quot;%1&quot;: use json or csv.</source>
        <translation>Unknown format &quot;%1&quot;: use json or csv.</translation>
    </message>
    <message>
        <location filename="../app/analyzecommand.cpp" line="50"/>
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
    <name>ArticleStore</name>
    <message>
        <location filename="../app/library/articlestore.cpp" line="67"/>
        <source>cannot store %1: %2</source>
        <translation>cannot store %1: %2</translation>
    </message>
    <message>
        <location filename="../app/library/articlestore.cpp" line="132"/>
        <source>article %1 (%2) cannot be read: %3</source>
        <translation>article %1 (%2) cannot be read: %3</translation>
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
        <location filename="../app/commandline.cpp" line="32"/>
        <source>Unknown command &quot;%1&quot;
</source>
        <translation>Unknown command &quot;%1&quot;
</translation>
    </message>
</context>
<context>
    <name>CorrectionApplier</name>
    <message>
        <location filename="../app/library/correctionapplier.cpp" line="29"/>
        <source>Kind corrected by the user to %1 (the analysis said %2).</source>
        <translation>Kind corrected by the user to %1 (the analysis said %2).</translation>
    </message>
    <message>
        <location filename="../app/library/correctionapplier.cpp" line="59"/>
        <source>Main round corrected by the user to %1 (the analysis said %2).</source>
        <translation>Main round corrected by the user to %1 (the analysis said %2).</translation>
    </message>
    <message>
        <location filename="../app/library/correctionapplier.cpp" line="60"/>
        <source>Main round set by the user to %1 (the analysis found none).</source>
        <translation>Main round set by the user to %1 (the analysis found none).</translation>
    </message>
    <message>
        <location filename="../app/library/correctionapplier.cpp" line="71"/>
        <source>Theme %1 added by the user.</source>
        <translation>Theme %1 added by the user.</translation>
    </message>
    <message>
        <location filename="../app/library/correctionapplier.cpp" line="76"/>
        <source>Theme %1 removed by the user.</source>
        <translation>Theme %1 removed by the user.</translation>
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
        <location filename="../ui/detailpane.cpp" line="228"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="232"/>
        <location filename="../ui/detailpane.cpp" line="241"/>
        <source>%1 (corrected)</source>
        <translation>%1 (corrected)</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="238"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="250"/>
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
    <name>ExportDataCommand</name>
    <message>
        <location filename="../app/exportdatacommand.cpp" line="21"/>
        <source>Export the statements of the library as CSV or JSON.</source>
        <translation>Export the statements of the library as CSV or JSON.</translation>
    </message>
    <message>
        <location filename="../app/exportdatacommand.cpp" line="26"/>
        <source>csv or json.</source>
        <translation>csv or json.</translation>
    </message>
    <message>
        <location filename="../app/exportdatacommand.cpp" line="28"/>
        <source>Only statements with this theme.</source>
        <translation>Only statements with this theme.</translation>
    </message>
    <message>
        <location filename="../app/exportdatacommand.cpp" line="31"/>
        <source>Only statements of round N.</source>
        <translation>Only statements of round N.</translation>
    </message>
    <message>
        <location filename="../app/exportdatacommand.cpp" line="33"/>
        <source>Output file.</source>
        <translation>Output file.</translation>
    </message>
    <message>
        <location filename="../app/exportdatacommand.cpp" line="45"/>
        <source>Usage: masar export-data --format csv|json [--library FILE] [--theme ID]… [--round N]… OUT
</source>
        <translation>Usage: masar export-data --format csv|json [--library FILE] [--theme ID]… [--round N]… OUT
</translation>
    </message>
    <message>
        <location filename="../app/exportdatacommand.cpp" line="55"/>
        <source>masar: &quot;%1&quot; is not a round number
</source>
        <translation>masar: &quot;%1&quot; is not a round number
</translation>
    </message>
    <message>
        <location filename="../app/exportdatacommand.cpp" line="71"/>
        <source>masar: unknown theme &quot;%1&quot;
</source>
        <translation>masar: unknown theme &quot;%1&quot;
</translation>
    </message>
</context>
<context>
    <name>ExportPngCommand</name>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="39"/>
        <source>Renders the timeline or the theme chart to a PNG file, off-screen.</source>
        <translation>Renders the timeline or the theme chart to a PNG file, off-screen.</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="42"/>
        <source>Chart to export: timeline or themes.</source>
        <translation>Chart to export: timeline or themes.</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="43"/>
        <source>Image width in pixels.</source>
        <translation>Image width in pixels.</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="45"/>
        <source>Image height in pixels.</source>
        <translation>Image height in pixels.</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="48"/>
        <source>Device pixel ratio (default: lay out for about 1920 × 1080).</source>
        <translation>Device pixel ratio (default: lay out for about 1920 × 1080).</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="51"/>
        <source>Transparent instead of white background.</source>
        <translation>Transparent instead of white background.</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="52"/>
        <source>Language of the labels: ar or en.</source>
        <translation>Language of the labels: ar or en.</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="55"/>
        <source>Show only this theme (repeatable).</source>
        <translation>Show only this theme (repeatable).</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="58"/>
        <source>The PNG file to write.</source>
        <translation>The PNG file to write.</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="59"/>
        <source>Article files or folders to include.</source>
        <translation>Article files or folders to include.</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="81"/>
        <source>--chart must be timeline or themes, not &quot;%1&quot;</source>
        <translation>--chart must be timeline or themes, not &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="83"/>
        <source>--width and --height must be whole numbers of pixels</source>
        <translation>--width and --height must be whole numbers of pixels</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="85"/>
        <source>--scale must be a number</source>
        <translation>--scale must be a number</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="87"/>
        <source>--lang must be ar or en, not &quot;%1&quot;</source>
        <translation>--lang must be ar or en, not &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="89"/>
        <source>missing the output file (OUT.png)</source>
        <translation>missing the output file (OUT.png)</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="93"/>
        <source>unknown theme &quot;%1&quot;</source>
        <translation>unknown theme &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="119"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../app/importcommand.cpp" line="23"/>
        <source>Import article files and folders into the library.</source>
        <translation>Import article files and folders into the library.</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="28"/>
        <source>Articles committed per transaction (default 50).</source>
        <translation>Articles committed per transaction (default 50).</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="32"/>
        <source>Article files or folders.</source>
        <translation>Article files or folders.</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="44"/>
        <source>Usage: masar import [--library FILE] PATH…
</source>
        <translation>Usage: masar import [--library FILE] PATH…
</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="63"/>
        <source>committed %1 article(s)</source>
        <translation>committed %1 article(s)</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <location filename="../ui/importprogressdialog.cpp" line="7"/>
        <source>Importing articles</source>
        <translation>Importing articles</translation>
    </message>
    <message>
        <location filename="../ui/importprogressdialog.cpp" line="8"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/importprogressdialog.cpp" line="15"/>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <location filename="../ui/importprogressdialog.cpp" line="26"/>
        <source>Reading and analysing article %1 of %2…</source>
        <translation>Reading and analysing article %1 of %2…</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../app/library/importreport.cpp" line="33"/>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../app/library/importreport.cpp" line="35"/>
        <source>binary, not text</source>
        <translation>binary, not text</translation>
    </message>
    <message>
        <location filename="../app/library/importreport.cpp" line="37"/>
        <source>too large</source>
        <translation>too large</translation>
    </message>
    <message>
        <location filename="../app/library/importreport.cpp" line="39"/>
        <source>encoding unknown</source>
        <translation>encoding unknown</translation>
    </message>
    <message>
        <location filename="../app/library/importreport.cpp" line="41"/>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/library/importreport.cpp" line="48"/>
        <source>%n article(s) added</source>
        <translation>
            <numerusform>%n article added</numerusform>
            <numerusform>%n articles added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/library/importreport.cpp" line="49"/>
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/library/importreport.cpp" line="50"/>
        <source>%n file(s) refused</source>
        <translation>
            <numerusform>%n file refused</numerusform>
            <numerusform>%n files refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/library/importreport.cpp" line="53"/>
        <source>Import cancelled: %n file(s) not imported; the articles already added are kept.</source>
        <translation>
            <numerusform>Import cancelled: %n file not imported; the articles already added are kept.</numerusform>
            <numerusform>Import cancelled: %n files not imported; the articles already added are kept.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/library/importreport.cpp" line="56"/>
        <source>The import stopped: %1</source>
        <translation>The import stopped: %1</translation>
    </message>
    <message>
        <location filename="../app/library/importreport.cpp" line="64"/>
        <source>added: %1</source>
        <translation>added: %1</translation>
    </message>
    <message>
        <location filename="../app/library/importreport.cpp" line="67"/>
        <source>duplicate: %1 (same text as %2)</source>
        <translation>duplicate: %1 (same text as %2)</translation>
    </message>
    <message>
        <location filename="../app/library/importreport.cpp" line="69"/>
        <source>refused (%1): %2</source>
        <translation>refused (%1): %2</translation>
    </message>
    <message>
        <location filename="../app/library/importreport.cpp" line="71"/>
        <source>not imported (cancelled): %1</source>
        <translation>not imported (cancelled): %1</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../ui/importreportdialog.cpp" line="15"/>
        <source>Import cancelled</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <location filename="../ui/importreportdialog.cpp" line="15"/>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../ui/importreportdialog.cpp" line="21"/>
        <source>Duplicate, not added: %1 — same text as %2</source>
        <translation>Duplicate, not added: %1 — same text as %2</translation>
    </message>
    <message>
        <location filename="../ui/importreportdialog.cpp" line="24"/>
        <source>Refused (%1): %2</source>
        <translation>Refused (%1): %2</translation>
    </message>
    <message>
        <location filename="../ui/importreportdialog.cpp" line="26"/>
        <source>Not imported: %1</source>
        <translation>Not imported: %1</translation>
    </message>
    <message>
        <location filename="../ui/importreportdialog.cpp" line="28"/>
        <source>Added: %1</source>
        <translation>Added: %1</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <location filename="../app/library/library.cpp" line="88"/>
        <source>the built-in sample %1</source>
        <translation>the built-in sample %1</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <location filename="../ui/librarycontroller.cpp" line="113"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <location filename="../ui/librarycontroller.cpp" line="115"/>
        <source>Import &amp;folder…</source>
        <translation>Import &amp;folder…</translation>
    </message>
    <message>
        <location filename="../ui/librarycontroller.cpp" line="118"/>
        <source>Export statements as &amp;CSV…</source>
        <translation>Export statements as &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../ui/librarycontroller.cpp" line="119"/>
        <source>Export statements as &amp;JSON…</source>
        <translation>Export statements as &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../ui/librarycontroller.cpp" line="130"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../ui/librarycontroller.cpp" line="132"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../ui/librarycontroller.cpp" line="137"/>
        <source>Change main &amp;round…</source>
        <translation>Change main &amp;round…</translation>
    </message>
    <message>
        <location filename="../ui/librarycontroller.cpp" line="138"/>
        <source>Mark article &amp;as</source>
        <translation>Mark article &amp;as</translation>
    </message>
    <message>
        <location filename="../ui/librarycontroller.cpp" line="140"/>
        <source>Report of a round</source>
        <translation>Report of a round</translation>
    </message>
    <message>
        <location filename="../ui/librarycontroller.cpp" line="141"/>
        <source>Announcement of a round</source>
        <translation>Announcement of a round</translation>
    </message>
    <message>
        <location filename="../ui/librarycontroller.cpp" line="142"/>
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location filename="../ui/librarycontroller.cpp" line="150"/>
        <source>Add &amp;theme to statement…</source>
        <translation>Add &amp;theme to statement…</translation>
    </message>
    <message>
        <location filename="../ui/librarycontroller.cpp" line="152"/>
        <source>Re&amp;move theme from statement…</source>
        <translation>Re&amp;move theme from statement…</translation>
    </message>
    <message>
        <location filename="../ui/librarycontroller.cpp" line="154"/>
        <source>Add a &amp;term to a theme…</source>
        <translation>Add a &amp;term to a theme…</translation>
    </message>
    <message>
        <location filename="../ui/librarycontroller.cpp" line="155"/>
        <source>Re-&amp;analyse library</source>
        <translation>Re-&amp;analyse library</translation>
    </message>
    <message>
        <location filename="../ui/librarycontroller.cpp" line="180"/>
        <location filename="../ui/librarycontroller.cpp" line="237"/>
        <location filename="../ui/librarycontroller.cpp" line="252"/>
        <location filename="../ui/librarycontroller.cpp" line="265"/>
        <source>The built-in sample articles cannot be changed.</source>
        <translation>The built-in sample articles cannot be changed.</translation>
    </message>
    <message>
        <location filename="../ui/librarycontroller.cpp" line="219"/>
        <location filename="../ui/librarycontroller.cpp" line="285"/>
        <location filename="../ui/librarycontroller.cpp" line="316"/>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../ui/librarycontroller.cpp" line="241"/>
        <source>Change main round to %1</source>
        <translation>Change main round to %1</translation>
    </message>
    <message>
        <location filename="../ui/librarycontroller.cpp" line="256"/>
        <source>Mark article as %1</source>
        <translation>Mark article as %1</translation>
    </message>
    <message>
        <location filename="../ui/librarycontroller.cpp" line="273"/>
        <source>Add theme %1 to a statement</source>
        <translation>Add theme %1 to a statement</translation>
    </message>
    <message>
        <location filename="../ui/librarycontroller.cpp" line="273"/>
        <source>Remove theme %1 from a statement</source>
        <translation>Remove theme %1 from a statement</translation>
    </message>
    <message>
        <location filename="../ui/librarycontroller.cpp" line="282"/>
        <source>Add «%1» to theme %2</source>
        <translation>Add «%1» to theme %2</translation>
    </message>
    <message>
        <location filename="../ui/librarycontroller.cpp" line="307"/>
        <source>Re-analysing the library: %1 of %2 articles…</source>
        <translation>Re-analysing the library: %1 of %2 articles…</translation>
    </message>
    <message>
        <location filename="../ui/librarycontroller.cpp" line="319"/>
        <source>The library was analysed again.</source>
        <translation>The library was analysed again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/librarycontroller.cpp" line="334"/>
        <source>%n statement(s) exported to %1</source>
        <translation>
            <numerusform>%n statement exported to %1</numerusform>
            <numerusform>%n statements exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/librarycontroller.cpp" line="342"/>
        <source>Export statements as CSV</source>
        <translation>Export statements as CSV</translation>
    </message>
    <message>
        <location filename="../ui/librarycontroller.cpp" line="342"/>
        <source>Export statements as JSON</source>
        <translation>Export statements as JSON</translation>
    </message>
    <message>
        <location filename="../ui/librarycontroller.cpp" line="344"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/librarycontroller.cpp" line="344"/>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/librarycontroller.cpp" line="349"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../ui/librarycontroller.cpp" line="355"/>
        <source>Import articles</source>
        <translation>Import articles</translation>
    </message>
    <message>
        <location filename="../ui/librarycontroller.cpp" line="356"/>
        <source>Articles (*.txt *.text *.html *.htm *.xhtml);;All files (*)</source>
        <translation>Articles (*.txt *.text *.html *.htm *.xhtml);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/librarycontroller.cpp" line="369"/>
        <source>Import a folder of articles</source>
        <translation>Import a folder of articles</translation>
    </message>
    <message>
        <location filename="../ui/librarycontroller.cpp" line="393"/>
        <source>Change main round</source>
        <translation>Change main round</translation>
    </message>
    <message>
        <location filename="../ui/librarycontroller.cpp" line="394"/>
        <source>The round this article is mainly about:</source>
        <translation>The round this article is mainly about:</translation>
    </message>
    <message>
        <location filename="../ui/librarycontroller.cpp" line="416"/>
        <source>Add theme to statement</source>
        <translation>Add theme to statement</translation>
    </message>
    <message>
        <location filename="../ui/librarycontroller.cpp" line="416"/>
        <source>Remove theme from statement</source>
        <translation>Remove theme from statement</translation>
    </message>
    <message>
        <location filename="../ui/librarycontroller.cpp" line="416"/>
        <source>Theme:</source>
        <translation>Theme:</translation>
    </message>
</context>
<context>
    <name>LibraryDatabase</name>
    <message>
        <location filename="../app/library/librarydatabase.cpp" line="92"/>
        <source>Library %1: %2</source>
        <translation>Library %1: %2</translation>
    </message>
    <message>
        <location filename="../app/library/librarydatabase.cpp" line="111"/>
        <source>Cannot create the folder %1 for the library.</source>
        <translation>Cannot create the folder %1 for the library.</translation>
    </message>
    <message>
        <location filename="../app/library/librarydatabase.cpp" line="148"/>
        <source>cannot switch to WAL journaling</source>
        <translation>cannot switch to WAL journaling</translation>
    </message>
    <message>
        <location filename="../app/library/librarydatabase.cpp" line="168"/>
        <source>integrity check failed: %1</source>
        <translation>integrity check failed: %1</translation>
    </message>
    <message>
        <location filename="../app/library/librarydatabase.cpp" line="185"/>
        <source>the library was written by a newer Masar (schema %1; this version reads up to %2)</source>
        <translation>the library was written by a newer Masar (schema %1; this version reads up to %2)</translation>
    </message>
    <message>
        <location filename="../app/library/librarydatabase.cpp" line="230"/>
        <source>The library %1 is damaged (%2) and could not be moved aside.</source>
        <translation>The library %1 is damaged (%2) and could not be moved aside.</translation>
    </message>
    <message>
        <location filename="../app/library/librarydatabase.cpp" line="240"/>
        <source>The library %1 could not be used (%2). It was moved to %3 and a new, empty library was started.</source>
        <translation>The library %1 could not be used (%2). It was moved to %3 and a new, empty library was started.</translation>
    </message>
</context>
<context>
    <name>LibraryOption</name>
    <message>
        <location filename="../app/libraryoption.cpp" line="16"/>
        <source>Library file to use (default: %1).</source>
        <translation>Library file to use (default: %1).</translation>
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
        <location filename="../ui/mainwindow.cpp" line="205"/>
        <source>Cannot export %1: %2</source>
        <translation>Cannot export %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="222"/>
        <source>Export chart as PNG</source>
        <translation>Export chart as PNG</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="224"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="239"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="241"/>
        <source>&amp;Export chart as PNG…</source>
        <translation>&amp;Export chart as PNG…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="247"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="249"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="251"/>
        <source>&amp;Fit all rounds</source>
        <translation>&amp;Fit all rounds</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="253"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="255"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="267"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="281"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="282"/>
        <source>&amp;About Masar</source>
        <translation>&amp;About Masar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="291"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="292"/>
        <source>The new language will be used the next time Masar starts.</source>
        <translation>The new language will be used the next time Masar starts.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="297"/>
        <source>About Masar</source>
        <translation>About Masar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="298"/>
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
        <location filename="../app/models/roundsmodel.cpp" line="453"/>
        <source>%1: %2</source>
        <extracomment>A statement in the rounds list: speaker, then what was said</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StatementExporter</name>
    <message>
        <location filename="../app/library/statementexporter.cpp" line="91"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
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
        <location filename="../app/main.cpp" line="116"/>
        <source>Timeline of the Astana talks on Syria</source>
        <translation>Timeline of the Astana talks on Syria</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="120"/>
        <source>User interface language: ar (default) or en.</source>
        <translation>User interface language: ar (default) or en.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="124"/>
        <source>Select round N at start (0: the Doha meeting).</source>
        <translation>Select round N at start (0: the Doha meeting).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="133"/>
        <source>Article files or folders to open beside the samples.</source>
        <translation>Article files or folders to open beside the samples.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="129"/>
        <source>Print the milliseconds from process start to the first painted window, then quit.</source>
        <translation>Print the milliseconds from process start to the first painted window, then quit.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="67"/>
        <source>masar: cannot write the screenshot %1
</source>
        <translation>masar: cannot write the screenshot %1
</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="71"/>
        <source>masar: saved a %1 × %2 screenshot to %3
</source>
        <translation>masar: saved a %1 × %2 screenshot to %3
</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="137"/>
        <source>Save a PNG of the window once it is shown, then quit.</source>
        <translation>Save a PNG of the window once it is shown, then quit.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="146"/>
        <source>masar: unknown language &quot;%1&quot;; use ar or en
</source>
        <translation>masar: unknown language &quot;%1&quot;; use ar or en
</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="174"/>
        <source>masar: no round &quot;%1&quot;
</source>
        <translation>masar: no round &quot;%1&quot;
</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="185"/>
        <location filename="../app/main.cpp" line="192"/>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="186"/>
        <source>%1

Masar shows the sample articles only; nothing you import now will be kept.</source>
        <translation>%1

Masar shows the sample articles only; nothing you import now will be kept.</translation>
    </message>
</context>
</TS>
