<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActorFilterBox</name>
    <message>
        <location filename="../ui/window/actorfilterbox.cpp" line="39"/>
        <source>Show only what this speaker said</source>
        <translation>Show only what this speaker said</translation>
    </message>
    <message>
        <location filename="../ui/window/actorfilterbox.cpp" line="40"/>
        <source>Speaker filter</source>
        <translation>Speaker filter</translation>
    </message>
    <message>
        <location filename="../ui/window/actorfilterbox.cpp" line="41"/>
        <source>All speakers</source>
        <translation>All speakers</translation>
    </message>
</context>
<context>
    <name>AddTermDialog</name>
    <message>
        <location filename="../ui/library/addtermdialog.cpp" line="14"/>
        <source>Add a term to a theme</source>
        <translation>Add a term to a theme</translation>
    </message>
    <message>
        <location filename="../ui/library/addtermdialog.cpp" line="19"/>
        <source>Arabic word or phrase</source>
        <translation>Arabic word or phrase</translation>
    </message>
    <message>
        <location filename="../ui/library/addtermdialog.cpp" line="28"/>
        <source>Theme:</source>
        <translation>Theme:</translation>
    </message>
    <message>
        <location filename="../ui/library/addtermdialog.cpp" line="29"/>
        <source>Term:</source>
        <translation>Term:</translation>
    </message>
</context>
<context>
    <name>AnalyzeCommand</name>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="72"/>
        <source>Analyse Arabic news articles about the Astana talks.</source>
        <translation>Analyse Arabic news articles about the Astana talks.</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="77"/>
        <source>Output format: json (one document), jsonl (one article per line) or csv.</source>
        <translation>Output format: json (one document), jsonl (one article per line) or csv.</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="94"/>
        <source>Unknown format &quot;%1&quot;: use json, jsonl or csv.</source>
        <translation>Unknown format &quot;%1&quot;: use json, jsonl or csv.</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="102"/>
        <source>No article given: masar analyze [--format json|jsonl|csv] PATH…</source>
        <translation>No article given: masar analyze [--format json|jsonl|csv] PATH…</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="117"/>
        <source>Cannot write the results: %1</source>
        <translation>Cannot write the results: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="82"/>
        <source>Article files or folders.</source>
        <translation>Article files or folders.</translation>
    </message>
</context>
<context>
    <name>ChartContent</name>
    <message>
        <location filename="../ui/export/chartcontent.cpp" line="94"/>
        <source>Astana talks on Syria</source>
        <translation>Astana talks on Syria</translation>
    </message>
    <message>
        <location filename="../ui/export/chartcontent.cpp" line="97"/>
        <source>Themes per round of the Astana talks</source>
        <translation>Themes per round of the Astana talks</translation>
    </message>
    <message>
        <location filename="../ui/export/chartcontent.cpp" line="100"/>
        <source>Share of each theme in the statements of each round</source>
        <translation>Share of each theme in the statements of each round</translation>
    </message>
    <message>
        <location filename="../ui/export/chartcontent.cpp" line="106"/>
        <source>%1: round %2</source>
        <translation>%1: round %2</translation>
    </message>
    <message>
        <location filename="../ui/export/chartcontent.cpp" line="107"/>
        <source>%1: rounds %2–%3</source>
        <translation>%1: rounds %2–%3</translation>
    </message>
    <message>
        <location filename="../ui/export/chartcontent.cpp" line="114"/>
        <source>Articles: %1</source>
        <translation>Articles: %1</translation>
    </message>
    <message>
        <location filename="../ui/export/chartcontent.cpp" line="115"/>
        <source>Statements: %1</source>
        <translation>Statements: %1</translation>
    </message>
    <message>
        <location filename="../ui/export/chartcontent.cpp" line="116"/>
        <source>Sources: %1</source>
        <translation>Sources: %1</translation>
    </message>
    <message>
        <location filename="../ui/export/chartcontent.cpp" line="120"/>
        <source>Masar %1, %2</source>
        <translation>Masar %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/export/chartcontent.cpp" line="137"/>
        <source>No theme</source>
        <translation>No theme</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <location filename="../ui/export/chartexporter.cpp" line="129"/>
        <source>Image size %1 × %2 is outside 1 … %3 pixels</source>
        <translation>Image size %1 × %2 is outside 1 … %3 pixels</translation>
    </message>
    <message>
        <location filename="../ui/export/chartexporter.cpp" line="135"/>
        <source>Scale %1 is outside 0 … %2</source>
        <translation>Scale %1 is outside 0 … %2</translation>
    </message>
    <message>
        <location filename="../ui/export/chartexporter.cpp" line="149"/>
        <source>Not enough memory for a %1 × %2 image</source>
        <translation>Not enough memory for a %1 × %2 image</translation>
    </message>
    <message>
        <location filename="../ui/export/chartexporter.cpp" line="233"/>
        <source>Cannot export %1: %2</source>
        <translation>Cannot export %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/export/chartexporter.cpp" line="290"/>
        <source>the PDF could not be started</source>
        <translation>the PDF could not be started</translation>
    </message>
    <message>
        <location filename="../ui/export/chartexporter.cpp" line="312"/>
        <source>%1: nothing to save</source>
        <translation>%1: nothing to save</translation>
    </message>
    <message>
        <location filename="../ui/export/chartexporter.cpp" line="247"/>
        <location filename="../ui/export/chartexporter.cpp" line="265"/>
        <location filename="../ui/export/chartexporter.cpp" line="277"/>
        <location filename="../ui/export/chartexporter.cpp" line="290"/>
        <location filename="../ui/export/chartexporter.cpp" line="298"/>
        <location filename="../ui/export/chartexporter.cpp" line="315"/>
        <location filename="../ui/export/chartexporter.cpp" line="330"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/export/chartexporter.cpp" line="327"/>
        <source>Cannot encode %1 as PNG: %2</source>
        <translation>Cannot encode %1 as PNG: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="39"/>
        <source>Unknown command &quot;%1&quot;
</source>
        <translation>Unknown command &quot;%1&quot;
</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="20"/>
        <source>What changed from one round to another: themes, points and speakers.</source>
        <translation>What changed from one round to another: themes, points and speakers.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="25"/>
        <source>json or csv.</source>
        <translation>json or csv.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="27"/>
        <source>The earlier round.</source>
        <translation>The earlier round.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="28"/>
        <source>The later round.</source>
        <translation>The later round.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="31"/>
        <source>Output file (standard output when left out).</source>
        <translation>Output file (standard output when left out).</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="50"/>
        <source>Usage: masar compare N M --format json|csv [--library FILE] [OUT]
N and M: two different rounds of the reference (0 is the Doha meeting)
</source>
        <translation>Usage: masar compare N M --format json|csv [--library FILE] [OUT]
N and M: two different rounds of the reference (0 is the Doha meeting)
</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <location filename="../ui/compare/comparisondialog.cpp" line="92"/>
        <source>Compare rounds</source>
        <translation>Compare rounds</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparisondialog.cpp" line="93"/>
        <source>First round</source>
        <translation>First round</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparisondialog.cpp" line="94"/>
        <source>Second round</source>
        <translation>Second round</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparisondialog.cpp" line="95"/>
        <source>⇄ S&amp;wap</source>
        <translation>⇄ S&amp;wap</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparisondialog.cpp" line="96"/>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparisondialog.cpp" line="97"/>
        <source>Export &amp;JSON…</source>
        <translation>Export &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparisondialog.cpp" line="98"/>
        <source>Export &amp;picture…</source>
        <translation>Export &amp;picture…</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparisondialog.cpp" line="145"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparisondialog.cpp" line="159"/>
        <source>What changed from %1 to %2</source>
        <translation>What changed from %1 to %2</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparisondialog.cpp" line="162"/>
        <source>Statements: %1 · Masar %2, %3</source>
        <translation>Statements: %1 · Masar %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparisondialog.cpp" line="177"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparisondialog.cpp" line="178"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparisondialog.cpp" line="179"/>
        <source>Pictures (*.png *.svg *.pdf)</source>
        <translation>Pictures (*.png *.svg *.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparisondialog.cpp" line="185"/>
        <source>Export the comparison</source>
        <translation>Export the comparison</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparisondialog.cpp" line="191"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>ComparisonPicture</name>
    <message numerus="yes">
        <location filename="../ui/compare/comparisonpicture.cpp" line="93"/>
        <source>… %n more line(s)</source>
        <translation>
            <numerusform>… %n more line</numerusform>
            <numerusform>… %n more lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonText</name>
    <message>
        <location filename="../ui/compare/comparisontext.cpp" line="15"/>
        <source>Round %1</source>
        <translation>Round %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparisontext.cpp" line="16"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparisontext.cpp" line="22"/>
        <source>Themes (statements with each)</source>
        <translation>Themes (statements with each)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compare/comparisontext.cpp" line="30"/>
        <location filename="../ui/compare/comparisontext.cpp" line="31"/>
        <source>%1: %n</source>
        <translation>
            <numerusform>%1: %n</numerusform>
            <numerusform>%1: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compare/comparisontext.cpp" line="41"/>
        <source>%1 (%n source(s)): %2</source>
        <translation>
            <numerusform>%1 (%n source): %2</numerusform>
            <numerusform>%1 (%n sources): %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compare/comparisontext.cpp" line="49"/>
        <source>Points of the statements</source>
        <translation>Points of the statements</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparisontext.cpp" line="57"/>
        <source>Speakers of one round only</source>
        <translation>Speakers of one round only</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../ui/compare/comparisonview.cpp" line="96"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="155"/>
        <source>Dates:</source>
        <translation>Dates:</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="155"/>
        <source>Venue:</source>
        <translation>Venue:</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="155"/>
        <source>Guarantors:</source>
        <translation>Guarantors:</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="156"/>
        <source>Observers:</source>
        <translation>Observers:</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="156"/>
        <source>UN envoy:</source>
        <translation>UN envoy:</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="156"/>
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="157"/>
        <source>Articles:</source>
        <translation>Articles:</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="157"/>
        <source>Warnings:</source>
        <translation>Warnings:</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="163"/>
        <source>Article text</source>
        <translation>Article text</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="165"/>
        <source>Select a statement to read its article here, with every theme highlighted in its colour.</source>
        <translation>Select a statement to read its article here, with every theme highlighted in its colour.</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="166"/>
        <source>Themes highlighted in the article</source>
        <translation>Themes highlighted in the article</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="167"/>
        <source>&amp;Points</source>
        <translation>&amp;Points</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="169"/>
        <source>Each point of the round&apos;s statement once, with the sources that report it</source>
        <translation>Each point of the round&apos;s statement once, with the sources that report it</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="170"/>
        <source>&amp;Statements</source>
        <translation>&amp;Statements</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="171"/>
        <source>Every statement of every article, article by article</source>
        <translation>Every statement of every article, article by article</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="202"/>
        <source>Select a round</source>
        <translation>Select a round</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detail/detailpane.cpp" line="356"/>
        <source>… and %n more warning(s)</source>
        <translation>
            <numerusform>… and %n more warning</numerusform>
            <numerusform>… and %n more warnings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="403"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detail/detailpane.cpp" line="424"/>
        <source>Points of the first %n statement(s) only: narrow the round with the search or the filters.</source>
        <translation>
            <numerusform>Points of the first statement only: narrow the round with the search or the filters.</numerusform>
            <numerusform>Points of the first %n statements only: narrow the round with the search or the filters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="438"/>
        <source>&amp;Split this source off its point</source>
        <translation>&amp;Split this source off its point</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="441"/>
        <source>&amp;Merge this point with</source>
        <translation>&amp;Merge this point with</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detail/detailpane.cpp" line="460"/>
        <source>%1 · reported by %n source(s)</source>
        <translation>
            <numerusform>%1 · reported by %n source</numerusform>
            <numerusform>%1 · reported by %n sources</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="463"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="468"/>
        <location filename="../ui/detail/detailpane.cpp" line="474"/>
        <source>↳ Source: %1</source>
        <translation>↳ Source: %1</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="469"/>
        <source>(the wording above)</source>
        <translation>(the wording above)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detail/detailpane.cpp" line="518"/>
        <source>… and %n more statement(s): narrow the round with the search or the filters.</source>
        <translation>
            <numerusform>… and %n more statement: narrow the round with the search or the filters.</numerusform>
            <numerusform>… and %n more statements: narrow the round with the search or the filters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detail/detailpane.cpp" line="523"/>
        <source>… and %n more article(s)</source>
        <translation>
            <numerusform>… and %n more article</numerusform>
            <numerusform>… and %n more articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="546"/>
        <source>%1 (now %2)</source>
        <translation>%1 (now %2)</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="500"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="373"/>
        <location filename="../ui/detail/detailpane.cpp" line="504"/>
        <source>%1 (corrected)</source>
        <translation>%1 (corrected)</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="369"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="521"/>
        <source>No article about this round yet</source>
        <translation>No article about this round yet</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="277"/>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
</context>
<context>
    <name>DiagnosticText</name>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="74"/>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="77"/>
        <source>the file contains only white space</source>
        <translation>the file contains only white space</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="80"/>
        <source>the page contains no readable text</source>
        <translation>the page contains no readable text</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="83"/>
        <source>the file is binary data (%1), not a text or HTML article</source>
        <translation>the file is binary data (%1), not a text or HTML article</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="86"/>
        <source>the file contains NUL bytes: it is binary data, not text</source>
        <translation>the file contains NUL bytes: it is binary data, not text</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="89"/>
        <source>the file is mostly control bytes: it is binary data, not text</source>
        <translation>the file is mostly control bytes: it is binary data, not text</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="92"/>
        <source>the file is larger than %1 MB and is not an article</source>
        <translation>the file is larger than %1 MB and is not an article</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="95"/>
        <source>the encoding of the file could not be recognised</source>
        <translation>the encoding of the file could not be recognised</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="98"/>
        <source>this is a folder, not a file</source>
        <translation>this is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="101"/>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="104"/>
        <source>the file cannot be opened: %1</source>
        <translation>the file cannot be opened: %1</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="107"/>
        <source>the file cannot be read: %1</source>
        <translation>the file cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="113"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="120"/>
        <source>The encoding could not be detected reliably; the text was decoded as %1, the usual encoding of older Arabic news sites.</source>
        <translation>The encoding could not be detected reliably; the text was decoded as %1, the usual encoding of older Arabic news sites.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="124"/>
        <source>The page declares the unknown encoding “%1”; the encoding was detected instead.</source>
        <translation>The page declares the unknown encoding “%1”; the encoding was detected instead.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="127"/>
        <source>The page declares %1 but has no byte order mark; the encoding was detected instead.</source>
        <translation>The page declares %1 but has no byte order mark; the encoding was detected instead.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="130"/>
        <source>The page declares %1 but its content is UTF-8; it was decoded as UTF-8.</source>
        <translation>The page declares %1 but its content is UTF-8; it was decoded as UTF-8.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="132"/>
        <source>The page declares %1 but its content looks like %2; it was decoded as %2.</source>
        <translation>The page declares %1 but its content looks like %2; it was decoded as %2.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="135"/>
        <source>The page declares %1 but contains bytes that are invalid in %1; the encoding was detected instead.</source>
        <translation>The page declares %1 but contains bytes that are invalid in %1; the encoding was detected instead.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="139"/>
        <source>The encoding was detected as %1 with low confidence; the text may be garbled.</source>
        <translation>The encoding was detected as %1 with low confidence; the text may be garbled.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="142"/>
        <source>Some bytes are invalid in %1 and were replaced.</source>
        <translation>Some bytes are invalid in %1 and were replaced.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="144"/>
        <source>The file ends in the middle of a %1 character; the last byte was ignored.</source>
        <translation>The file ends in the middle of a %1 character; the last byte was ignored.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="152"/>
        <source>The page&apos;s date (%1) does not fit «%2»: the article may be older than the date on the page.</source>
        <translation>The page&apos;s date (%1) does not fit «%2»: the article may be older than the date on the page.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="156"/>
        <source>The text dates round %1 %2 to %3; the reference table says %4 to %5.</source>
        <translation>The text dates round %1 %2 to %3; the reference table says %4 to %5.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="159"/>
        <source>The text calls the venue «%1»; at the time of round %2 the Kazakh capital was named %3.</source>
        <translation>The text calls the venue «%1»; at the time of round %2 the Kazakh capital was named %3.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="162"/>
        <source>The headline names round %1 but the body is about round %2; round %2 was chosen.</source>
        <translation>The headline names round %1 but the body is about round %2; round %2 was chosen.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="165"/>
        <source>«%3» gives two numbers for one round; round %1 was chosen over %2.</source>
        <translation>«%3» gives two numbers for one round; round %1 was chosen over %2.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="168"/>
        <source>The text numbers the round %1 but its dates are those of round %2.</source>
        <translation>The text numbers the round %1 but its dates are those of round %2.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="171"/>
        <source>Astana is named, but the article is about another event, not a round of the talks.</source>
        <translation>Astana is named, but the article is about another event, not a round of the talks.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="175"/>
        <source>The page&apos;s metadata dates it %1, but its text says %2; the metadata was used.</source>
        <translation>The page&apos;s metadata dates it %1, but its text says %2; the metadata was used.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="178"/>
        <source>No part of the page stood out as the article; all of its text was kept.</source>
        <translation>No part of the page stood out as the article; all of its text was kept.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="186"/>
        <source>The text does not number the round; round %1 follows from the dates it gives.</source>
        <translation>The text does not number the round; round %1 follows from the dates it gives.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="189"/>
        <source>The text does not number the round; round %1 follows from the publication date.</source>
        <translation>The text does not number the round; round %1 follows from the publication date.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="192"/>
        <source>The text speaks of the coming round without a number; round %1 is the next one after the publication date.</source>
        <translation>The text speaks of the coming round without a number; round %1 is the next one after the publication date.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="195"/>
        <source>The text does not number the round; round %1 was inferred.</source>
        <translation>The text does not number the round; round %1 was inferred.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="214"/>
        <source>Kind corrected by the user to %1 (the analysis said %2).</source>
        <translation>Kind corrected by the user to %1 (the analysis said %2).</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="217"/>
        <source>Main round corrected by the user to %1 (the analysis said %2).</source>
        <translation>Main round corrected by the user to %1 (the analysis said %2).</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="219"/>
        <source>Main round set by the user to %1 (the analysis found none).</source>
        <translation>Main round set by the user to %1 (the analysis found none).</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="222"/>
        <source>Theme %1 added by the user.</source>
        <translation>Theme %1 added by the user.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="225"/>
        <source>Theme %1 removed by the user.</source>
        <translation>Theme %1 removed by the user.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="233"/>
        <source>Library %1: %2</source>
        <translation>Library %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="236"/>
        <source>Cannot create the folder %1 for the library.</source>
        <translation>Cannot create the folder %1 for the library.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="238"/>
        <source>The library %1 could not be used (%2). It was moved to %3 and a new, empty library was started.</source>
        <translation>The library %1 could not be used (%2). It was moved to %3 and a new, empty library was started.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="242"/>
        <source>The library %1 is damaged (%2) and could not be moved aside.</source>
        <translation>The library %1 is damaged (%2) and could not be moved aside.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="245"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="254"/>
        <source>cannot switch to WAL journaling</source>
        <translation>cannot switch to WAL journaling</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="256"/>
        <source>integrity check failed: %1</source>
        <translation>integrity check failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="258"/>
        <source>the library was written by a newer Masar (schema %1; this version reads up to %2)</source>
        <translation>the library was written by a newer Masar (schema %1; this version reads up to %2)</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="261"/>
        <source>cannot store %1: %2</source>
        <translation>cannot store %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="263"/>
        <source>article %1 (%2) cannot be read: %3</source>
        <translation>article %1 (%2) cannot be read: %3</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <location filename="../ui/text/displaynames.cpp" line="14"/>
        <source>affirms</source>
        <translation>affirms</translation>
    </message>
    <message>
        <location filename="../ui/text/displaynames.cpp" line="16"/>
        <source>condemns</source>
        <translation>condemns</translation>
    </message>
    <message>
        <location filename="../ui/text/displaynames.cpp" line="18"/>
        <source>calls for</source>
        <translation>calls for</translation>
    </message>
    <message>
        <location filename="../ui/text/displaynames.cpp" line="20"/>
        <source>rejects</source>
        <translation>rejects</translation>
    </message>
    <message>
        <location filename="../ui/text/displaynames.cpp" line="22"/>
        <source>welcomes</source>
        <translation>welcomes</translation>
    </message>
    <message>
        <location filename="../ui/text/displaynames.cpp" line="24"/>
        <source>expresses concern</source>
        <translation>expresses concern</translation>
    </message>
    <message>
        <location filename="../ui/text/displaynames.cpp" line="26"/>
        <source>agrees</source>
        <translation>agrees</translation>
    </message>
    <message>
        <location filename="../ui/text/displaynames.cpp" line="28"/>
        <source>announces</source>
        <translation>announces</translation>
    </message>
    <message>
        <location filename="../ui/text/displaynames.cpp" line="30"/>
        <source>proposes</source>
        <translation>proposes</translation>
    </message>
    <message>
        <location filename="../ui/text/displaynames.cpp" line="32"/>
        <source>warns</source>
        <translation>warns</translation>
    </message>
    <message>
        <location filename="../ui/text/displaynames.cpp" line="36"/>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../ui/text/displaynames.cpp" line="43"/>
        <source>report</source>
        <translation>report</translation>
    </message>
    <message>
        <location filename="../ui/text/displaynames.cpp" line="45"/>
        <source>announcement</source>
        <translation>announcement</translation>
    </message>
    <message>
        <location filename="../ui/text/displaynames.cpp" line="49"/>
        <source>analysis</source>
        <translation>analysis</translation>
    </message>
    <message>
        <location filename="../ui/text/displaynames.cpp" line="64"/>
        <source>unknown speaker</source>
        <translation>unknown speaker</translation>
    </message>
    <message>
        <location filename="../ui/text/displaynames.cpp" line="75"/>
        <source>pasted</source>
        <translation>pasted</translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="31"/>
        <source>named in the text</source>
        <translation>named in the text</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="33"/>
        <source>named in the headline</source>
        <translation>named in the headline</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="35"/>
        <source>named in the first sentences</source>
        <translation>named in the first sentences</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="37"/>
        <source>the round before it is named</source>
        <translation>the round before it is named</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="39"/>
        <source>a date of its days</source>
        <translation>a date of its days</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="41"/>
        <source>published during it</source>
        <translation>published during it</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="43"/>
        <source>the next round after the publication date</source>
        <translation>the next round after the publication date</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="45"/>
        <source>the month given for the next round</source>
        <translation>the month given for the next round</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="47"/>
        <source>the only meeting held in that city</source>
        <translation>the only meeting held in that city</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="49"/>
        <source>many rounds named, none above the others</source>
        <translation>many rounds named, none above the others</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="51"/>
        <source>marked as analysis or opinion</source>
        <translation>marked as analysis or opinion</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="53"/>
        <source>published long after the round</source>
        <translation>published long after the round</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="55"/>
        <source>published before the round</source>
        <translation>published before the round</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="57"/>
        <source>published while it was held</source>
        <translation>published while it was held</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="59"/>
        <source>published after it</source>
        <translation>published after it</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="61"/>
        <source>future tense</source>
        <translation>future tense</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="63"/>
        <source>past tense</source>
        <translation>past tense</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="65"/>
        <source>dates given in the text</source>
        <translation>dates given in the text</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="67"/>
        <source>dates from the reference table</source>
        <translation>dates from the reference table</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="82"/>
        <source>«%1» (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="85"/>
        <source>&lt;a href=&quot;why&quot;&gt;Why %1?&lt;/a&gt; %2</source>
        <translation>&lt;a href=&quot;why&quot;&gt;Why %1?&lt;/a&gt; %2</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="85"/>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>ExportChartCommand</name>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="50"/>
        <source>Renders the timeline, the theme chart or the heat map off-screen, with title, legend and caption, as PNG, SVG or PDF.</source>
        <translation>Renders the timeline, the theme chart or the heat map off-screen, with title, legend and caption, as PNG, SVG or PDF.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="56"/>
        <source>Chart to export: timeline, themes or heatmap.</source>
        <translation>Chart to export: timeline, themes or heatmap.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="58"/>
        <source>png, svg or pdf (default: the output&apos;s extension, else png).</source>
        <translation>png, svg or pdf (default: the output&apos;s extension, else png).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="60"/>
        <source>Image width in pixels (PNG, SVG).</source>
        <translation>Image width in pixels (PNG, SVG).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="61"/>
        <source>Image height in pixels (PNG, SVG).</source>
        <translation>Image height in pixels (PNG, SVG).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="62"/>
        <source>Device pixel ratio (default: lay out for about 1920 × 1080).</source>
        <translation>Device pixel ratio (default: lay out for about 1920 × 1080).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="64"/>
        <source>PDF paper: a4 or letter.</source>
        <translation>PDF paper: a4 or letter.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="65"/>
        <source>PDF orientation: landscape or portrait.</source>
        <translation>PDF orientation: landscape or portrait.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="67"/>
        <source>Transparent instead of white background (PNG, SVG).</source>
        <translation>Transparent instead of white background (PNG, SVG).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="68"/>
        <source>Language of the labels: ar or en.</source>
        <translation>Language of the labels: ar or en.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="69"/>
        <source>Title above the chart (default: what it shows).</source>
        <translation>Title above the chart (default: what it shows).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="70"/>
        <source>Leave out the legend of theme colours.</source>
        <translation>Leave out the legend of theme colours.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="71"/>
        <source>Show only this theme (repeatable).</source>
        <translation>Show only this theme (repeatable).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="72"/>
        <source>Only these rounds: N or N-M.</source>
        <translation>Only these rounds: N or N-M.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="73"/>
        <source>Only rounds from this date on (YYYY-MM-DD).</source>
        <translation>Only rounds from this date on (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="74"/>
        <source>Only rounds up to this date (YYYY-MM-DD).</source>
        <translation>Only rounds up to this date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="76"/>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="78"/>
        <source>Article files or folders to include.</source>
        <translation>Article files or folders to include.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="91"/>
        <source>--chart must be timeline, themes or heatmap, not &quot;%1&quot;</source>
        <translation>--chart must be timeline, themes or heatmap, not &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="96"/>
        <source>--format must be png, svg or pdf, not &quot;%1&quot;</source>
        <translation>--format must be png, svg or pdf, not &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="104"/>
        <source>--page must be a4 or letter, not &quot;%1&quot;</source>
        <translation>--page must be a4 or letter, not &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="106"/>
        <source>--orientation must be landscape or portrait, not &quot;%1&quot;</source>
        <translation>--orientation must be landscape or portrait, not &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="124"/>
        <source>--width and --height must be whole numbers of pixels</source>
        <translation>--width and --height must be whole numbers of pixels</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="126"/>
        <source>--scale must be a number</source>
        <translation>--scale must be a number</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="141"/>
        <source>--rounds must be a round number or a range of them such as 10-22, not &quot;%1&quot;</source>
        <translation>--rounds must be a round number or a range of them such as 10-22, not &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="152"/>
        <source>--%1 must be a date such as 2017-01-23, not &quot;%2&quot;</source>
        <translation>--%1 must be a date such as 2017-01-23, not &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="156"/>
        <source>--to comes before --from</source>
        <translation>--to comes before --from</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="176"/>
        <source>--lang must be ar or en, not &quot;%1&quot;</source>
        <translation>--lang must be ar or en, not &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="178"/>
        <source>missing the output file</source>
        <translation>missing the output file</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="181"/>
        <source>unknown theme &quot;%1&quot;</source>
        <translation>unknown theme &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="196"/>
        <source>no library at %1</source>
        <translation>no library at %1</translation>
    </message>
</context>
<context>
    <name>ExportChartDialog</name>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="177"/>
        <source>Timeline of the rounds</source>
        <translation>Timeline of the rounds</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="178"/>
        <source>Themes per round</source>
        <translation>Themes per round</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="143"/>
        <source>T&amp;itle:</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="244"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="248"/>
        <source>Presets</source>
        <translation>Presets</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="200"/>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="201"/>
        <source>Larger scales draw text and marks bigger; automatic lays the chart out for about 1920 × 1080 and scales it up to the image size.</source>
        <translation>Larger scales draw text and marks bigger; automatic lays the chart out for about 1920 × 1080 and scales it up to the image size.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="113"/>
        <location filename="../ui/export/exportchartdialog.cpp" line="437"/>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="179"/>
        <source>Heat map of themes and rounds</source>
        <translation>Heat map of themes and rounds</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="181"/>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="182"/>
        <source>SVG drawing (text stays text)</source>
        <translation>SVG drawing (text stays text)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="183"/>
        <source>PDF page (text stays text)</source>
        <translation>PDF page (text stays text)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="185"/>
        <source>A4, landscape</source>
        <translation>A4, landscape</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="186"/>
        <source>A4, portrait</source>
        <translation>A4, portrait</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="187"/>
        <source>Letter, landscape</source>
        <translation>Letter, landscape</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="188"/>
        <source>Letter, portrait</source>
        <translation>Letter, portrait</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="213"/>
        <source>Show the &amp;legend of theme colours</source>
        <translation>Show the &amp;legend of theme colours</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="214"/>
        <source>&amp;Transparent background (PNG, SVG)</source>
        <translation>&amp;Transparent background (PNG, SVG)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="117"/>
        <source>Choose a file…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="120"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="133"/>
        <source>&amp;Chart:</source>
        <translation>&amp;Chart:</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="134"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="135"/>
        <source>&amp;Size:</source>
        <translation>&amp;Size:</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="136"/>
        <source>&amp;Paper (PDF):</source>
        <translation>&amp;Paper (PDF):</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="137"/>
        <source>S&amp;cale:</source>
        <translation>S&amp;cale:</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="142"/>
        <source>&amp;Rounds:</source>
        <translation>&amp;Rounds:</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="146"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="158"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="210"/>
        <source>As shown</source>
        <translation>As shown</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="250"/>
        <source>HD</source>
        <translation>HD</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="250"/>
        <source>Full HD</source>
        <translation>Full HD</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="250"/>
        <source>QHD</source>
        <translation>QHD</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="251"/>
        <source>4K UHD</source>
        <translation>4K UHD</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="251"/>
        <source>8K UHD</source>
        <translation>8K UHD</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="254"/>
        <source>%1, %2 × %3</source>
        <translation>%1, %2 × %3</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="434"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG drawings (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="435"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="436"/>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
</context>
<context>
    <name>ExportDataCommand</name>
    <message>
        <location filename="../app/cli/exportdatacommand.cpp" line="22"/>
        <source>Export the statements of the library as CSV or JSON.</source>
        <translation>Export the statements of the library as CSV or JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportdatacommand.cpp" line="27"/>
        <source>csv or json.</source>
        <translation>csv or json.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportdatacommand.cpp" line="29"/>
        <source>Only statements with this theme.</source>
        <translation>Only statements with this theme.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportdatacommand.cpp" line="32"/>
        <source>Only statements of round N.</source>
        <translation>Only statements of round N.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportdatacommand.cpp" line="34"/>
        <source>Output file.</source>
        <translation>Output file.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportdatacommand.cpp" line="46"/>
        <source>Usage: masar export-data --format csv|json [--library FILE] [--theme ID]… [--round N]… OUT
</source>
        <translation>Usage: masar export-data --format csv|json [--library FILE] [--theme ID]… [--round N]… OUT
</translation>
    </message>
    <message>
        <location filename="../app/cli/exportdatacommand.cpp" line="64"/>
        <source>masar: unknown theme &quot;%1&quot;
</source>
        <translation>masar: unknown theme &quot;%1&quot;
</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="39"/>
        <source>Import article files and folders into the library.</source>
        <translation>Import article files and folders into the library.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="44"/>
        <source>Articles committed per transaction (default 50).</source>
        <translation>Articles committed per transaction (default 50).</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="53"/>
        <source>Article files or folders.</source>
        <translation>Article files or folders.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="65"/>
        <source>Usage: masar import [--library FILE] PATH…
</source>
        <translation>Usage: masar import [--library FILE] PATH…
</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="87"/>
        <source>committed %1 article(s)</source>
        <translation>committed %1 article(s)</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <location filename="../ui/import/importprogressdialog.cpp" line="7"/>
        <source>Importing articles</source>
        <translation>Importing articles</translation>
    </message>
    <message>
        <location filename="../ui/import/importprogressdialog.cpp" line="8"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/import/importprogressdialog.cpp" line="15"/>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <location filename="../ui/import/importprogressdialog.cpp" line="26"/>
        <source>Reading and analysing article %1 of %2…</source>
        <translation>Reading and analysing article %1 of %2…</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../ui/import/importreportdialog.cpp" line="18"/>
        <source>Import cancelled</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <location filename="../ui/import/importreportdialog.cpp" line="18"/>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../ui/import/importreportdialog.cpp" line="24"/>
        <source>Duplicate, not added: %1 — same text as %2</source>
        <translation>Duplicate, not added: %1 — same text as %2</translation>
    </message>
    <message>
        <location filename="../ui/import/importreportdialog.cpp" line="27"/>
        <source>Refused (%1): %2</source>
        <translation>Refused (%1): %2</translation>
    </message>
    <message>
        <location filename="../ui/import/importreportdialog.cpp" line="30"/>
        <source>Not imported: %1</source>
        <translation>Not imported: %1</translation>
    </message>
    <message>
        <location filename="../ui/import/importreportdialog.cpp" line="32"/>
        <source>Added: %1</source>
        <translation>Added: %1</translation>
    </message>
</context>
<context>
    <name>ImportReportText</name>
    <message numerus="yes">
        <location filename="../ui/import/importreporttext.cpp" line="14"/>
        <source>%n article(s) added</source>
        <translation>
            <numerusform>%n article added</numerusform>
            <numerusform>%n articles added</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import/importreporttext.cpp" line="13"/>
        <source>%1, %2, %3.</source>
        <extracomment>The three counts of an import: added, duplicates, refused (the language&apos;s own commas)</extracomment>
        <translation>%1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importreporttext.cpp" line="15"/>
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importreporttext.cpp" line="16"/>
        <source>%n file(s) refused</source>
        <translation>
            <numerusform>%n file refused</numerusform>
            <numerusform>%n files refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importreporttext.cpp" line="19"/>
        <source>Import cancelled: %n file(s) not imported; the articles already added are kept.</source>
        <translation>
            <numerusform>Import cancelled: %n file not imported; the articles already added are kept.</numerusform>
            <numerusform>Import cancelled: %n files not imported; the articles already added are kept.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import/importreporttext.cpp" line="22"/>
        <source>The import stopped: %1</source>
        <translation>The import stopped: %1</translation>
    </message>
    <message>
        <location filename="../ui/import/importreporttext.cpp" line="30"/>
        <source>added: %1</source>
        <translation>added: %1</translation>
    </message>
    <message>
        <location filename="../ui/import/importreporttext.cpp" line="33"/>
        <source>duplicate: %1 (same text as %2)</source>
        <translation>duplicate: %1 (same text as %2)</translation>
    </message>
    <message>
        <location filename="../ui/import/importreporttext.cpp" line="35"/>
        <source>refused (%1): %2</source>
        <translation>refused (%1): %2</translation>
    </message>
    <message>
        <location filename="../ui/import/importreporttext.cpp" line="37"/>
        <source>not imported (cancelled): %1</source>
        <translation>not imported (cancelled): %1</translation>
    </message>
    <message>
        <location filename="../ui/import/importreporttext.cpp" line="47"/>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../ui/import/importreporttext.cpp" line="49"/>
        <source>binary, not text</source>
        <translation>binary, not text</translation>
    </message>
    <message>
        <location filename="../ui/import/importreporttext.cpp" line="51"/>
        <source>too large</source>
        <translation>too large</translation>
    </message>
    <message>
        <location filename="../ui/import/importreporttext.cpp" line="53"/>
        <source>encoding unknown</source>
        <translation>encoding unknown</translation>
    </message>
    <message>
        <location filename="../ui/import/importreporttext.cpp" line="55"/>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <location filename="../ui/import/importreporttext.cpp" line="63"/>
        <source>the built-in sample %1</source>
        <translation>the built-in sample %1</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="154"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="155"/>
        <source>Import &amp;folder…</source>
        <translation>Import &amp;folder…</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="156"/>
        <source>Export statements as &amp;CSV…</source>
        <translation>Export statements as &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="157"/>
        <source>Export statements as &amp;JSON…</source>
        <translation>Export statements as &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="177"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="178"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="161"/>
        <source>Change main &amp;round…</source>
        <translation>Change main &amp;round…</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="159"/>
        <source>&amp;Paste article</source>
        <translation>&amp;Paste article</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="160"/>
        <source>Make an article of the text or web page copied to the clipboard</source>
        <translation>Make an article of the text or web page copied to the clipboard</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="162"/>
        <source>Mark article &amp;as</source>
        <translation>Mark article &amp;as</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="163"/>
        <source>Report of a round</source>
        <translation>Report of a round</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="163"/>
        <source>Announcement of a round</source>
        <translation>Announcement of a round</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="163"/>
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="166"/>
        <source>Add &amp;theme to statement…</source>
        <translation>Add &amp;theme to statement…</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="167"/>
        <source>Re&amp;move theme from statement…</source>
        <translation>Re&amp;move theme from statement…</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="168"/>
        <source>Add a &amp;term to a theme…</source>
        <translation>Add a &amp;term to a theme…</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="169"/>
        <source>Re-&amp;analyse library</source>
        <translation>Re-&amp;analyse library</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="177"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="178"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="209"/>
        <location filename="../ui/library/librarycontroller.cpp" line="266"/>
        <location filename="../ui/library/librarycontroller.cpp" line="281"/>
        <location filename="../ui/library/librarycontroller.cpp" line="294"/>
        <location filename="../ui/library/librarycontroller.cpp" line="311"/>
        <location filename="../ui/library/librarycontroller.cpp" line="329"/>
        <source>The built-in sample articles cannot be changed.</source>
        <translation>The built-in sample articles cannot be changed.</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="248"/>
        <location filename="../ui/library/librarycontroller.cpp" line="348"/>
        <location filename="../ui/library/librarycontroller.cpp" line="382"/>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="270"/>
        <source>Change main round to %1</source>
        <translation>Change main round to %1</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="285"/>
        <source>Mark article as %1</source>
        <translation>Mark article as %1</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="302"/>
        <source>Add theme %1 to a statement</source>
        <translation>Add theme %1 to a statement</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="302"/>
        <source>Remove theme %1 from a statement</source>
        <translation>Remove theme %1 from a statement</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="318"/>
        <source>Split a source off its point</source>
        <translation>Split a source off its point</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="337"/>
        <source>Merge two points</source>
        <translation>Merge two points</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="345"/>
        <source>Add «%1» to theme %2</source>
        <translation>Add «%1» to theme %2</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="372"/>
        <source>Re-analysing the library: %1 of %2 articles…</source>
        <translation>Re-analysing the library: %1 of %2 articles…</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="385"/>
        <source>The library was analysed again.</source>
        <translation>The library was analysed again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/librarycontroller.cpp" line="404"/>
        <source>%n statement(s) exported to %1</source>
        <translation>
            <numerusform>%n statement exported to %1</numerusform>
            <numerusform>%n statements exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="412"/>
        <source>Export statements as CSV</source>
        <translation>Export statements as CSV</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="412"/>
        <source>Export statements as JSON</source>
        <translation>Export statements as JSON</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="414"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="414"/>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="419"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="425"/>
        <source>Import articles</source>
        <translation>Import articles</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="426"/>
        <source>Articles (*.txt *.text *.html *.htm *.xhtml);;All files (*)</source>
        <translation>Articles (*.txt *.text *.html *.htm *.xhtml);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="444"/>
        <source>The clipboard is empty.</source>
        <translation>The clipboard is empty.</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="462"/>
        <source>The library is still being read: paste again in a moment.</source>
        <translation>The library is still being read: paste again in a moment.</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="474"/>
        <source>This article is already in the library: %1</source>
        <translation>This article is already in the library: %1</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="485"/>
        <source>Pasted article added: %1</source>
        <translation>Pasted article added: %1</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="518"/>
        <source>Import a folder of articles</source>
        <translation>Import a folder of articles</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="542"/>
        <source>Change main round</source>
        <translation>Change main round</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="543"/>
        <source>The round this article is mainly about:</source>
        <translation>The round this article is mainly about:</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="565"/>
        <source>Add theme to statement</source>
        <translation>Add theme to statement</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="565"/>
        <source>Remove theme from statement</source>
        <translation>Remove theme from statement</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="565"/>
        <source>Theme:</source>
        <translation>Theme:</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="581"/>
        <source>The library is still being opened; drop the files again when it is done.</source>
        <translation>The library is still being opened; drop the files again when it is done.</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="583"/>
        <source>An import is running; drop the files again when it is done.</source>
        <translation>An import is running; drop the files again when it is done.</translation>
    </message>
</context>
<context>
    <name>LibraryOpening</name>
    <message>
        <location filename="../ui/library/libraryopening.cpp" line="28"/>
        <source>Opening the library…</source>
        <translation>Opening the library…</translation>
    </message>
    <message>
        <location filename="../ui/library/libraryopening.cpp" line="35"/>
        <source>Opening the library: %1 of %2 articles…</source>
        <translation>Opening the library: %1 of %2 articles…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/libraryopening.cpp" line="54"/>
        <source>Library opened: %n article(s).</source>
        <translation>
            <numerusform>Library opened: %n article.</numerusform>
            <numerusform>Library opened: %n articles.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/libraryopening.cpp" line="68"/>
        <source>Library</source>
        <translation>Library</translation>
    </message>
</context>
<context>
    <name>LibraryOption</name>
    <message>
        <location filename="../app/cli/libraryoption.cpp" line="19"/>
        <source>Library file to use (default: %1).</source>
        <translation>Library file to use (default: %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/libraryoption.cpp" line="47"/>
        <source>masar: &quot;%1&quot; is not a round number</source>
        <translation>masar: &quot;%1&quot; is not a round number</translation>
    </message>
</context>
<context>
    <name>LibraryRows</name>
    <message>
        <location filename="../app/cli/libraryrows.cpp" line="41"/>
        <source>masar: cannot write to standard output: %1</source>
        <translation>masar: cannot write to standard output: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="560"/>
        <source>Masar — the Astana talks on Syria</source>
        <translation>Masar — the Astana talks on Syria</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="563"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="564"/>
        <source>Themes per round</source>
        <translation>Themes per round</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="567"/>
        <source>Search statements, articles, rounds…</source>
        <translation>Search statements, articles, rounds…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="568"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="569"/>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="324"/>
        <source>Dates: %1</source>
        <translation>Dates: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="471"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="562"/>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="562"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="562"/>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="562"/>
        <source>Statements</source>
        <translation>Statements</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="570"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="469"/>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="565"/>
        <source>Heat map</source>
        <translation>Heat map</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="566"/>
        <source>Theme trends</source>
        <translation>Theme trends</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="571"/>
        <source>&amp;Export chart…</source>
        <translation>&amp;Export chart…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="572"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="573"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="574"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="575"/>
        <source>&amp;Fit all rounds</source>
        <translation>&amp;Fit all rounds</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="576"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="577"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="578"/>
        <source>&amp;Clear the date window</source>
        <translation>&amp;Clear the date window</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="580"/>
        <source>Shift+drag on the timeline to show only the rounds of a date range.</source>
        <translation>Shift+drag on the timeline to show only the rounds of a date range.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="581"/>
        <source>&amp;Show everything (clear all filters)</source>
        <translation>&amp;Show everything (clear all filters)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="582"/>
        <source>&amp;Compare with the previous round…</source>
        <translation>&amp;Compare with the previous round…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="583"/>
        <source>Themes, points and speakers that changed from one round to another</source>
        <translation>Themes, points and speakers that changed from one round to another</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="584"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="585"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="586"/>
        <source>&amp;About Masar</source>
        <translation>&amp;About Masar</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="599"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="611"/>
        <source>About Masar</source>
        <translation>About Masar</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="612"/>
        <source>Masar %1

A right-to-left timeline of the Astana talks on Syria, built from Arabic news articles.

Licensed under the GNU GPL, version 3 or later.</source>
        <translation>Masar %1

A right-to-left timeline of the Astana talks on Syria, built from Arabic news articles.

Licensed under the GNU GPL, version 3 or later.</translation>
    </message>
</context>
<context>
    <name>PointsCommand</name>
    <message>
        <location filename="../app/cli/pointscommand.cpp" line="20"/>
        <source>The points of each round&apos;s final statement, grouped across the articles that report them.</source>
        <translation>The points of each round&apos;s final statement, grouped across the articles that report them.</translation>
    </message>
    <message>
        <location filename="../app/cli/pointscommand.cpp" line="25"/>
        <source>json or csv.</source>
        <translation>json or csv.</translation>
    </message>
    <message>
        <location filename="../app/cli/pointscommand.cpp" line="28"/>
        <source>Only the points of round N (repeatable).</source>
        <translation>Only the points of round N (repeatable).</translation>
    </message>
    <message>
        <location filename="../app/cli/pointscommand.cpp" line="33"/>
        <source>Output file (standard output when left out).</source>
        <translation>Output file (standard output when left out).</translation>
    </message>
    <message>
        <location filename="../app/cli/pointscommand.cpp" line="45"/>
        <source>Usage: masar points --format json|csv [--library FILE] [--round N]… [OUT]
</source>
        <translation>Usage: masar points --format json|csv [--library FILE] [--round N]… [OUT]
</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../ui/text/uilanguage.cpp" line="18"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>StatementList</name>
    <message>
        <location filename="../ui/detail/statementlist.cpp" line="29"/>
        <source>Points of the round&apos;s statement, with their sources</source>
        <translation>Points of the round&apos;s statement, with their sources</translation>
    </message>
    <message>
        <location filename="../ui/detail/statementlist.cpp" line="30"/>
        <source>Statements of the round</source>
        <translation>Statements of the round</translation>
    </message>
</context>
<context>
    <name>ThemeChart</name>
    <message>
        <location filename="../ui/charts/themechart.cpp" line="280"/>
        <location filename="../ui/charts/themechart.cpp" line="281"/>
        <source>Themes per round</source>
        <translation>Themes per round</translation>
    </message>
    <message>
        <location filename="../ui/charts/themechart.cpp" line="227"/>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../ui/charts/themechart.cpp" line="240"/>
        <source>Statements</source>
        <translation>Statements</translation>
    </message>
</context>
<context>
    <name>ThemeFilterList</name>
    <message>
        <location filename="../ui/window/themefilterlist.cpp" line="32"/>
        <source>Check themes to show only the statements about them</source>
        <translation>Check themes to show only the statements about them</translation>
    </message>
    <message>
        <location filename="../ui/window/themefilterlist.cpp" line="33"/>
        <source>Theme filter</source>
        <translation>Theme filter</translation>
    </message>
</context>
<context>
    <name>ThemeHeatMap</name>
    <message>
        <location filename="../ui/charts/themeheatmap.cpp" line="279"/>
        <source>Round · cell: share of the round&apos;s statements with the theme</source>
        <translation>Round · cell: share of the round&apos;s statements with the theme</translation>
    </message>
</context>
<context>
    <name>ThemeTrendChart</name>
    <message>
        <location filename="../ui/charts/themetrendchart.cpp" line="101"/>
        <source>Grouping the points of each round… %1 of %2</source>
        <translation>Grouping the points of each round… %1 of %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/themetrendchart.cpp" line="171"/>
        <source>Share of each round&apos;s points, for the three themes with the most points (check themes in the list to choose)</source>
        <translation>Share of each round&apos;s points, for the three themes with the most points (check themes in the list to choose)</translation>
    </message>
    <message>
        <location filename="../ui/charts/themetrendchart.cpp" line="173"/>
        <source>Share of each round&apos;s points with the chosen themes</source>
        <translation>Share of each round&apos;s points with the chosen themes</translation>
    </message>
    <message>
        <location filename="../ui/charts/themetrendchart.cpp" line="180"/>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../ui/charts/themetrendchart.cpp" line="184"/>
        <source>Share of the points</source>
        <translation>Share of the points</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="52"/>
        <source>Timeline of the rounds</source>
        <translation>Timeline of the rounds</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="54"/>
        <source>Rounds of the Astana talks by date. Arrow keys step through the rounds, plus and minus zoom.</source>
        <translation>Rounds of the Astana talks by date. Arrow keys step through the rounds, plus and minus zoom.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="819"/>
        <source>Round %1</source>
        <translation>Round %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeline/timelineview.cpp" line="828"/>
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="829"/>
        <source>No article yet</source>
        <translation>No article yet</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <location filename="../ui/text/uilanguage.cpp" line="83"/>
        <source>%1: cannot load the translation</source>
        <translation>%1: cannot load the translation</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="100"/>
        <source>Timeline of the Astana talks on Syria</source>
        <translation>Timeline of the Astana talks on Syria</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="104"/>
        <source>User interface language: ar (default) or en.</source>
        <translation>User interface language: ar (default) or en.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="106"/>
        <source>Select round N at start (0: the Doha meeting).</source>
        <translation>Select round N at start (0: the Doha meeting).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="115"/>
        <source>Article files or folders to open beside the samples.</source>
        <translation>Article files or folders to open beside the samples.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="109"/>
        <source>Print the milliseconds from process start to the first painted window, then quit.</source>
        <translation>Print the milliseconds from process start to the first painted window, then quit.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="71"/>
        <source>masar: cannot write the screenshot %1
</source>
        <translation>masar: cannot write the screenshot %1
</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="75"/>
        <source>masar: saved a %1 × %2 screenshot to %3
</source>
        <translation>masar: saved a %1 × %2 screenshot to %3
</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="112"/>
        <source>Save a PNG of the window once it is shown, then quit.</source>
        <translation>Save a PNG of the window once it is shown, then quit.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="168"/>
        <source>masar: unknown language &quot;%1&quot;; use ar or en
</source>
        <translation>masar: unknown language &quot;%1&quot;; use ar or en
</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="199"/>
        <source>masar: no round &quot;%1&quot;
</source>
        <translation>masar: no round &quot;%1&quot;
</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="90"/>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="211"/>
        <source>%1

Masar shows the sample articles only; nothing you import now will be kept.</source>
        <translation>%1

Masar shows the sample articles only; nothing you import now will be kept.</translation>
    </message>
</context>
</TS>
