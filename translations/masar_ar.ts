<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ActorFilterBox</name>
    <message>
        <location filename="../ui/window/actorfilterbox.cpp" line="39"/>
        <source>Show only what this speaker said</source>
        <translation>اعرض ما قاله هذا المتحدث فقط</translation>
    </message>
    <message>
        <location filename="../ui/window/actorfilterbox.cpp" line="40"/>
        <source>Speaker filter</source>
        <translation>مرشح المتحدث</translation>
    </message>
    <message>
        <location filename="../ui/window/actorfilterbox.cpp" line="41"/>
        <source>All speakers</source>
        <translation>كل المتحدثين</translation>
    </message>
</context>
<context>
    <name>AddTermDialog</name>
    <message>
        <location filename="../ui/library/addtermdialog.cpp" line="14"/>
        <source>Add a term to a theme</source>
        <translation>إضافة مصطلح إلى موضوع</translation>
    </message>
    <message>
        <location filename="../ui/library/addtermdialog.cpp" line="19"/>
        <source>Arabic word or phrase</source>
        <translation>كلمة أو عبارة عربية</translation>
    </message>
    <message>
        <location filename="../ui/library/addtermdialog.cpp" line="28"/>
        <source>Theme:</source>
        <translation>الموضوع:</translation>
    </message>
    <message>
        <location filename="../ui/library/addtermdialog.cpp" line="29"/>
        <source>Term:</source>
        <translation>المصطلح:</translation>
    </message>
</context>
<context>
    <name>AnalyzeCommand</name>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="72"/>
        <source>Analyse Arabic news articles about the Astana talks.</source>
        <translation>تحليل المقالات الإخبارية العربية عن محادثات أستانا.</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="77"/>
        <source>Output format: json (one document), jsonl (one article per line) or csv.</source>
        <translation>صيغة الخرج: json (مستند واحد) أو jsonl (مقال في كل سطر) أو csv.</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="94"/>
        <source>Unknown format &quot;%1&quot;: use json, jsonl or csv.</source>
        <translation>صيغة غير معروفة «%1»: استخدم json أو jsonl أو csv.</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="102"/>
        <source>No article given: masar analyze [--format json|jsonl|csv] PATH…</source>
        <translation>لم يُعطَ أي مقال: masar analyze [--format json|jsonl|csv] PATH…</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="117"/>
        <source>Cannot write the results: %1</source>
        <translation>تعذرت كتابة النتائج: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="82"/>
        <source>Article files or folders.</source>
        <translation>ملفات المقالات أو مجلداتها.</translation>
    </message>
</context>
<context>
    <name>ChartContent</name>
    <message>
        <location filename="../ui/export/chartcontent.cpp" line="94"/>
        <source>Astana talks on Syria</source>
        <translation>محادثات أستانا حول سوريا</translation>
    </message>
    <message>
        <location filename="../ui/export/chartcontent.cpp" line="97"/>
        <source>Themes per round of the Astana talks</source>
        <translation>المحاور في كل جولة من محادثات أستانا</translation>
    </message>
    <message>
        <location filename="../ui/export/chartcontent.cpp" line="100"/>
        <source>Share of each theme in the statements of each round</source>
        <translation>حصة كل محور من تصريحات كل جولة</translation>
    </message>
    <message>
        <location filename="../ui/export/chartcontent.cpp" line="106"/>
        <source>%1: round %2</source>
        <translation>%1: الجولة %2</translation>
    </message>
    <message>
        <location filename="../ui/export/chartcontent.cpp" line="107"/>
        <source>%1: rounds %2–%3</source>
        <translation>%1: الجولات %2–%3</translation>
    </message>
    <message>
        <location filename="../ui/export/chartcontent.cpp" line="114"/>
        <source>Articles: %1</source>
        <translation>المقالات: %1</translation>
    </message>
    <message>
        <location filename="../ui/export/chartcontent.cpp" line="115"/>
        <source>Statements: %1</source>
        <translation>التصريحات: %1</translation>
    </message>
    <message>
        <location filename="../ui/export/chartcontent.cpp" line="116"/>
        <source>Sources: %1</source>
        <translation>المصادر: %1</translation>
    </message>
    <message>
        <location filename="../ui/export/chartcontent.cpp" line="120"/>
        <source>Masar %1, %2</source>
        <translation>مسار %1، %2</translation>
    </message>
    <message>
        <location filename="../ui/export/chartcontent.cpp" line="137"/>
        <source>No theme</source>
        <translation>بلا محور</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <location filename="../ui/export/chartexporter.cpp" line="129"/>
        <source>Image size %1 × %2 is outside 1 … %3 pixels</source>
        <translation>حجم الصورة %1 × %2 خارج المدى من 1 إلى %3 بكسل</translation>
    </message>
    <message>
        <location filename="../ui/export/chartexporter.cpp" line="135"/>
        <source>Scale %1 is outside 0 … %2</source>
        <translation>المقياس %1 خارج المدى من 0 إلى %2</translation>
    </message>
    <message>
        <location filename="../ui/export/chartexporter.cpp" line="149"/>
        <source>Not enough memory for a %1 × %2 image</source>
        <translation>لا تكفي الذاكرة لصورة بحجم %1 × %2</translation>
    </message>
    <message>
        <location filename="../ui/export/chartexporter.cpp" line="233"/>
        <source>Cannot export %1: %2</source>
        <translation>تعذّر تصدير %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/export/chartexporter.cpp" line="290"/>
        <source>the PDF could not be started</source>
        <translation>تعذّر بدء ملف PDF</translation>
    </message>
    <message>
        <location filename="../ui/export/chartexporter.cpp" line="312"/>
        <source>%1: nothing to save</source>
        <translation>%1: لا شيء للحفظ</translation>
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
        <translation>تعذّرت الكتابة في %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/export/chartexporter.cpp" line="327"/>
        <source>Cannot encode %1 as PNG: %2</source>
        <translation>تعذّر ترميز %1 بصيغة PNG: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="39"/>
        <source>Unknown command &quot;%1&quot;
</source>
        <translation>أمر غير معروف &quot;%1&quot;
</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="20"/>
        <source>What changed from one round to another: themes, points and speakers.</source>
        <translation>ما الذي تغيّر من جولة إلى أخرى: المحاور والنقاط والمتحدثون.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="25"/>
        <source>json or csv.</source>
        <translation>json أو csv.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="27"/>
        <source>The earlier round.</source>
        <translation>الجولة الأسبق.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="28"/>
        <source>The later round.</source>
        <translation>الجولة اللاحقة.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="31"/>
        <source>Output file (standard output when left out).</source>
        <translation>ملف الخرج (الخرج القياسي إن لم يُذكر).</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="50"/>
        <source>Usage: masar compare N M --format json|csv [--library FILE] [OUT]
N and M: two different rounds of the reference (0 is the Doha meeting)
</source>
        <translation>الاستخدام: masar compare N M --format json|csv [--library FILE] [OUT]
N وM: جولتان مختلفتان من الجدول المرجعي (0 هو اجتماع الدوحة)
</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <location filename="../ui/compare/comparisondialog.cpp" line="92"/>
        <source>Compare rounds</source>
        <translation>مقارنة الجولات</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparisondialog.cpp" line="93"/>
        <source>First round</source>
        <translation>الجولة الأولى</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparisondialog.cpp" line="94"/>
        <source>Second round</source>
        <translation>الجولة الثانية</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparisondialog.cpp" line="95"/>
        <source>⇄ S&amp;wap</source>
        <translation>⇄ &amp;تبديل</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparisondialog.cpp" line="96"/>
        <source>Export &amp;CSV…</source>
        <translation>تصدير &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparisondialog.cpp" line="97"/>
        <source>Export &amp;JSON…</source>
        <translation>تصدير &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparisondialog.cpp" line="98"/>
        <source>Export &amp;picture…</source>
        <translation>تصدير &amp;صورة…</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparisondialog.cpp" line="145"/>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparisondialog.cpp" line="159"/>
        <source>What changed from %1 to %2</source>
        <translation>ما الذي تغيّر من %1 إلى %2</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparisondialog.cpp" line="162"/>
        <source>Statements: %1 · Masar %2, %3</source>
        <translation>التصريحات: %1 · مسار %2، %3</translation>
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
        <translation>صور (*.png *.svg *.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparisondialog.cpp" line="185"/>
        <source>Export the comparison</source>
        <translation>تصدير المقارنة</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparisondialog.cpp" line="191"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
</context>
<context>
    <name>ComparisonPicture</name>
    <message numerus="yes">
        <location filename="../ui/compare/comparisonpicture.cpp" line="93"/>
        <source>… %n more line(s)</source>
        <translation>
            <numerusform>… و%n سطر آخر</numerusform>
            <numerusform>… وسطر آخر</numerusform>
            <numerusform>… وسطران آخران</numerusform>
            <numerusform>… و%n أسطر أخرى</numerusform>
            <numerusform>… و%n سطرًا آخر</numerusform>
            <numerusform>… و%n سطر آخر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonText</name>
    <message>
        <location filename="../ui/compare/comparisontext.cpp" line="15"/>
        <source>Round %1</source>
        <translation>الجولة %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparisontext.cpp" line="16"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparisontext.cpp" line="22"/>
        <source>Themes (statements with each)</source>
        <translation>المحاور (عدد التصريحات بكل منها)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compare/comparisontext.cpp" line="30"/>
        <location filename="../ui/compare/comparisontext.cpp" line="31"/>
        <source>%1: %n</source>
        <translation>
            <numerusform>%1: %n</numerusform>
            <numerusform>%1: %n</numerusform>
            <numerusform>%1: %n</numerusform>
            <numerusform>%1: %n</numerusform>
            <numerusform>%1: %n</numerusform>
            <numerusform>%1: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compare/comparisontext.cpp" line="41"/>
        <source>%1 (%n source(s)): %2</source>
        <translation>
            <numerusform>%1 (%n مصدر): %2</numerusform>
            <numerusform>%1 (مصدر واحد): %2</numerusform>
            <numerusform>%1 (مصدران): %2</numerusform>
            <numerusform>%1 (%n مصادر): %2</numerusform>
            <numerusform>%1 (%n مصدرًا): %2</numerusform>
            <numerusform>%1 (%n مصدر): %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compare/comparisontext.cpp" line="49"/>
        <source>Points of the statements</source>
        <translation>نقاط البيانات</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparisontext.cpp" line="57"/>
        <source>Speakers of one round only</source>
        <translation>متحدثون في جولة واحدة فقط</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../ui/compare/comparisonview.cpp" line="96"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="155"/>
        <source>Dates:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="155"/>
        <source>Venue:</source>
        <translation>المكان:</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="155"/>
        <source>Guarantors:</source>
        <translation>الدول الضامنة:</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="156"/>
        <source>Observers:</source>
        <translation>المراقبون:</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="156"/>
        <source>UN envoy:</source>
        <translation>المبعوث الأممي:</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="156"/>
        <source>Outcome:</source>
        <translation>النتيجة:</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="157"/>
        <source>Articles:</source>
        <translation>المقالات:</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="157"/>
        <source>Warnings:</source>
        <translation>تنبيهات:</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="163"/>
        <source>Article text</source>
        <translation>نص المقال</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="165"/>
        <source>Select a statement to read its article here, with every theme highlighted in its colour.</source>
        <translation>اختر تصريحًا لتقرأ مقاله هنا، وكل محور فيه مظلَّل بلونه.</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="166"/>
        <source>Themes highlighted in the article</source>
        <translation>المحاور المظللة في المقال</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="167"/>
        <source>&amp;Points</source>
        <translation>&amp;النقاط</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="169"/>
        <source>Each point of the round&apos;s statement once, with the sources that report it</source>
        <translation>كل نقطة من بيان الجولة مرة واحدة، مع المصادر التي نقلتها</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="170"/>
        <source>&amp;Statements</source>
        <translation>&amp;التصريحات</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="171"/>
        <source>Every statement of every article, article by article</source>
        <translation>كل تصريحات كل مقال، مقالًا بعد مقال</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="202"/>
        <source>Select a round</source>
        <translation>اختر جولة</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detail/detailpane.cpp" line="356"/>
        <source>… and %n more warning(s)</source>
        <translation>
            <numerusform>… و%n تحذيرًا آخر</numerusform>
            <numerusform>… و%n تحذيرًا آخر</numerusform>
            <numerusform>… و%n تحذيرًا آخر</numerusform>
            <numerusform>… و%n تحذيرًا آخر</numerusform>
            <numerusform>… و%n تحذيرًا آخر</numerusform>
            <numerusform>… و%n تحذيرًا آخر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="403"/>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detail/detailpane.cpp" line="424"/>
        <source>Points of the first %n statement(s) only: narrow the round with the search or the filters.</source>
        <translation>
            <numerusform>نقاط أول %n تصريح فقط: ضيّق الجولة بالبحث أو بالمرشحات.</numerusform>
            <numerusform>نقاط أول %n تصريح فقط: ضيّق الجولة بالبحث أو بالمرشحات.</numerusform>
            <numerusform>نقاط أول %n تصريح فقط: ضيّق الجولة بالبحث أو بالمرشحات.</numerusform>
            <numerusform>نقاط أول %n تصريح فقط: ضيّق الجولة بالبحث أو بالمرشحات.</numerusform>
            <numerusform>نقاط أول %n تصريح فقط: ضيّق الجولة بالبحث أو بالمرشحات.</numerusform>
            <numerusform>نقاط أول %n تصريح فقط: ضيّق الجولة بالبحث أو بالمرشحات.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="438"/>
        <source>&amp;Split this source off its point</source>
        <translation>&amp;افصل هذا المصدر عن نقطته</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="441"/>
        <source>&amp;Merge this point with</source>
        <translation>&amp;ادمج هذه النقطة مع</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detail/detailpane.cpp" line="460"/>
        <source>%1 · reported by %n source(s)</source>
        <translation>
            <numerusform>%1 · نقلها %n مصدر</numerusform>
            <numerusform>%1 · نقلها مصدر واحد</numerusform>
            <numerusform>%1 · نقلها مصدران</numerusform>
            <numerusform>%1 · نقلتها %n مصادر</numerusform>
            <numerusform>%1 · نقلها %n مصدرًا</numerusform>
            <numerusform>%1 · نقلها %n مصدر</numerusform>
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
        <translation>↲ المصدر: %1</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="469"/>
        <source>(the wording above)</source>
        <translation>(الصياغة أعلاه)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detail/detailpane.cpp" line="518"/>
        <source>… and %n more statement(s): narrow the round with the search or the filters.</source>
        <translation>
            <numerusform>… و%n تصريحًا آخر: ضيّق الجولة بالبحث أو بالمرشحات.</numerusform>
            <numerusform>… و%n تصريحًا آخر: ضيّق الجولة بالبحث أو بالمرشحات.</numerusform>
            <numerusform>… و%n تصريحًا آخر: ضيّق الجولة بالبحث أو بالمرشحات.</numerusform>
            <numerusform>… و%n تصريحًا آخر: ضيّق الجولة بالبحث أو بالمرشحات.</numerusform>
            <numerusform>… و%n تصريحًا آخر: ضيّق الجولة بالبحث أو بالمرشحات.</numerusform>
            <numerusform>… و%n تصريحًا آخر: ضيّق الجولة بالبحث أو بالمرشحات.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detail/detailpane.cpp" line="523"/>
        <source>… and %n more article(s)</source>
        <translation>
            <numerusform>… و%n مقالًا آخر</numerusform>
            <numerusform>… و%n مقالًا آخر</numerusform>
            <numerusform>… و%n مقالًا آخر</numerusform>
            <numerusform>… و%n مقالًا آخر</numerusform>
            <numerusform>… و%n مقالًا آخر</numerusform>
            <numerusform>… و%n مقالًا آخر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="546"/>
        <source>%1 (now %2)</source>
        <translation>%1 (اليوم %2)</translation>
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
        <translation>%1 (مصحَّح)</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="369"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="521"/>
        <source>No article about this round yet</source>
        <translation>لا مقال عن هذه الجولة بعد</translation>
    </message>
    <message>
        <location filename="../ui/detail/detailpane.cpp" line="277"/>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
</context>
<context>
    <name>DiagnosticText</name>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="74"/>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="77"/>
        <source>the file contains only white space</source>
        <translation>لا يحتوي الملف إلا على مسافات بيضاء</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="80"/>
        <source>the page contains no readable text</source>
        <translation>لا تحتوي الصفحة على نص مقروء</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="83"/>
        <source>the file is binary data (%1), not a text or HTML article</source>
        <translation>الملف بيانات ثنائية (%1) وليس مقالًا نصيًا أو HTML</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="86"/>
        <source>the file contains NUL bytes: it is binary data, not text</source>
        <translation>يحتوي الملف على بايتات NUL: إنه بيانات ثنائية وليس نصًا</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="89"/>
        <source>the file is mostly control bytes: it is binary data, not text</source>
        <translation>معظم الملف بايتات تحكّم: إنه بيانات ثنائية وليس نصًا</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="92"/>
        <source>the file is larger than %1 MB and is not an article</source>
        <translation>حجم الملف أكبر من %1 ميغابايت وليس مقالًا</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="95"/>
        <source>the encoding of the file could not be recognised</source>
        <translation>تعذّر التعرّف على ترميز الملف</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="98"/>
        <source>this is a folder, not a file</source>
        <translation>هذا مجلد وليس ملفًا</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="101"/>
        <source>the file does not exist</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="104"/>
        <source>the file cannot be opened: %1</source>
        <translation>تعذّر فتح الملف: %1</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="107"/>
        <source>the file cannot be read: %1</source>
        <translation>تعذّرت قراءة الملف: %1</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="113"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="120"/>
        <source>The encoding could not be detected reliably; the text was decoded as %1, the usual encoding of older Arabic news sites.</source>
        <translation>تعذّر كشف الترميز بثقة؛ فُكّ ترميز النص على أنه %1، وهو الترميز المعتاد في مواقع الأخبار العربية القديمة.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="124"/>
        <source>The page declares the unknown encoding “%1”; the encoding was detected instead.</source>
        <translation>تعلن الصفحة ترميزًا غير معروف “%1”؛ فكُشف الترميز بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="127"/>
        <source>The page declares %1 but has no byte order mark; the encoding was detected instead.</source>
        <translation>تعلن الصفحة %1 لكنها بلا علامة ترتيب البايتات؛ فكُشف الترميز بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="130"/>
        <source>The page declares %1 but its content is UTF-8; it was decoded as UTF-8.</source>
        <translation>تعلن الصفحة %1 لكن محتواها UTF-8؛ ففُكّ ترميزها على أنها UTF-8.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="132"/>
        <source>The page declares %1 but its content looks like %2; it was decoded as %2.</source>
        <translation>تعلن الصفحة %1 لكن محتواها يبدو %2؛ ففُكّ ترميزها على أنها %2.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="135"/>
        <source>The page declares %1 but contains bytes that are invalid in %1; the encoding was detected instead.</source>
        <translation>تعلن الصفحة %1 لكنها تحتوي على بايتات غير صالحة في %1؛ فكُشف الترميز بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="139"/>
        <source>The encoding was detected as %1 with low confidence; the text may be garbled.</source>
        <translation>كُشف الترميز على أنه %1 بثقة منخفضة؛ قد يظهر النص مشوّهًا.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="142"/>
        <source>Some bytes are invalid in %1 and were replaced.</source>
        <translation>بعض البايتات غير صالحة في %1 وقد استُبدلت.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="144"/>
        <source>The file ends in the middle of a %1 character; the last byte was ignored.</source>
        <translation>ينتهي الملف في منتصف محرف %1؛ فأُهمل البايت الأخير.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="152"/>
        <source>The page&apos;s date (%1) does not fit «%2»: the article may be older than the date on the page.</source>
        <translation>تاريخ الصفحة (%1) لا يتوافق مع «%2»: قد يكون المقال أقدم من التاريخ المذكور في الصفحة.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="156"/>
        <source>The text dates round %1 %2 to %3; the reference table says %4 to %5.</source>
        <translation>يؤرّخ النص الجولة %1 من %2 إلى %3؛ أما الجدول المرجعي فيذكر من %4 إلى %5.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="159"/>
        <source>The text calls the venue «%1»; at the time of round %2 the Kazakh capital was named %3.</source>
        <translation>يسمّي النص مكان الانعقاد «%1»؛ وكانت العاصمة الكازاخية وقت الجولة %2 تُسمّى %3.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="162"/>
        <source>The headline names round %1 but the body is about round %2; round %2 was chosen.</source>
        <translation>يذكر العنوان الجولة %1 لكن متن المقال يتناول الجولة %2؛ اختيرت الجولة %2.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="165"/>
        <source>«%3» gives two numbers for one round; round %1 was chosen over %2.</source>
        <translation>تعطي العبارة «%3» رقمين لجولة واحدة؛ اختيرت الجولة %1 بدلًا من %2.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="168"/>
        <source>The text numbers the round %1 but its dates are those of round %2.</source>
        <translation>يرقّم النص الجولة بالرقم %1 لكن تواريخه هي تواريخ الجولة %2.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="171"/>
        <source>Astana is named, but the article is about another event, not a round of the talks.</source>
        <translation>يرد اسم أستانا، لكن المقال يتناول حدثًا آخر وليس جولة من المحادثات.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="175"/>
        <source>The page&apos;s metadata dates it %1, but its text says %2; the metadata was used.</source>
        <translation>تؤرّخ بيانات الصفحة الوصفية المقال بـ %1، لكن نصه يقول %2؛ اعتُمدت البيانات الوصفية.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="178"/>
        <source>No part of the page stood out as the article; all of its text was kept.</source>
        <translation>لم يتميز أي جزء من الصفحة بوصفه المقال؛ أُبقي نصها كله.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="186"/>
        <source>The text does not number the round; round %1 follows from the dates it gives.</source>
        <translation>لا يذكر النص رقم الجولة؛ الجولة %1 مستنتجة من التواريخ الواردة فيه.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="189"/>
        <source>The text does not number the round; round %1 follows from the publication date.</source>
        <translation>لا يذكر النص رقم الجولة؛ الجولة %1 مستنتجة من تاريخ النشر.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="192"/>
        <source>The text speaks of the coming round without a number; round %1 is the next one after the publication date.</source>
        <translation>يتحدث النص عن الجولة المقبلة دون رقم؛ الجولة %1 هي التالية بعد تاريخ النشر.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="195"/>
        <source>The text does not number the round; round %1 was inferred.</source>
        <translation>لا يذكر النص رقم الجولة؛ استُنتجت الجولة %1.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="214"/>
        <source>Kind corrected by the user to %1 (the analysis said %2).</source>
        <translation>صحّح المستخدم نوع المقال إلى «%1» (وكان نوعه في التحليل «%2»).</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="217"/>
        <source>Main round corrected by the user to %1 (the analysis said %2).</source>
        <translation>صحّح المستخدم الجولة الرئيسية إلى الجولة %1 (وكانت في التحليل الجولة %2).</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="219"/>
        <source>Main round set by the user to %1 (the analysis found none).</source>
        <translation>حدّد المستخدم الجولة الرئيسية بأنها الجولة %1 (ولم يجد التحليل أي جولة).</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="222"/>
        <source>Theme %1 added by the user.</source>
        <translation>أضاف المستخدم الموضوع «%1».</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="225"/>
        <source>Theme %1 removed by the user.</source>
        <translation>أزال المستخدم الموضوع «%1».</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="233"/>
        <source>Library %1: %2</source>
        <translation>المكتبة %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="236"/>
        <source>Cannot create the folder %1 for the library.</source>
        <translation>تعذّر إنشاء المجلد %1 للمكتبة.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="238"/>
        <source>The library %1 could not be used (%2). It was moved to %3 and a new, empty library was started.</source>
        <translation>تعذّر استخدام المكتبة %1 (%2). نُقلت إلى %3 وبدأت مكتبة جديدة فارغة.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="242"/>
        <source>The library %1 is damaged (%2) and could not be moved aside.</source>
        <translation>المكتبة %1 تالفة (%2) وتعذّر نقلها جانبًا.</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="245"/>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة الملف %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="254"/>
        <source>cannot switch to WAL journaling</source>
        <translation>تعذّر التحويل إلى وضع السجلّ WAL</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="256"/>
        <source>integrity check failed: %1</source>
        <translation>فشل فحص السلامة: %1</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="258"/>
        <source>the library was written by a newer Masar (schema %1; this version reads up to %2)</source>
        <translation>كُتبت المكتبة بإصدار أحدث من مسار (المخطط %1؛ ويقرأ هذا الإصدار حتى المخطط %2)</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="261"/>
        <source>cannot store %1: %2</source>
        <translation>تعذّر حفظ %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/text/diagnostictext.cpp" line="263"/>
        <source>article %1 (%2) cannot be read: %3</source>
        <translation>تعذّرت قراءة المقال %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <location filename="../ui/text/displaynames.cpp" line="14"/>
        <source>affirms</source>
        <translation>تؤكد</translation>
    </message>
    <message>
        <location filename="../ui/text/displaynames.cpp" line="16"/>
        <source>condemns</source>
        <translation>تدين</translation>
    </message>
    <message>
        <location filename="../ui/text/displaynames.cpp" line="18"/>
        <source>calls for</source>
        <translation>تدعو</translation>
    </message>
    <message>
        <location filename="../ui/text/displaynames.cpp" line="20"/>
        <source>rejects</source>
        <translation>ترفض</translation>
    </message>
    <message>
        <location filename="../ui/text/displaynames.cpp" line="22"/>
        <source>welcomes</source>
        <translation>ترحب</translation>
    </message>
    <message>
        <location filename="../ui/text/displaynames.cpp" line="24"/>
        <source>expresses concern</source>
        <translation>تعرب عن قلقها</translation>
    </message>
    <message>
        <location filename="../ui/text/displaynames.cpp" line="26"/>
        <source>agrees</source>
        <translation>تتفق</translation>
    </message>
    <message>
        <location filename="../ui/text/displaynames.cpp" line="28"/>
        <source>announces</source>
        <translation>تعلن</translation>
    </message>
    <message>
        <location filename="../ui/text/displaynames.cpp" line="30"/>
        <source>proposes</source>
        <translation>تقترح</translation>
    </message>
    <message>
        <location filename="../ui/text/displaynames.cpp" line="32"/>
        <source>warns</source>
        <translation>تحذر</translation>
    </message>
    <message>
        <location filename="../ui/text/displaynames.cpp" line="36"/>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../ui/text/displaynames.cpp" line="43"/>
        <source>report</source>
        <translation>تقرير</translation>
    </message>
    <message>
        <location filename="../ui/text/displaynames.cpp" line="45"/>
        <source>announcement</source>
        <translation>إعلان</translation>
    </message>
    <message>
        <location filename="../ui/text/displaynames.cpp" line="49"/>
        <source>analysis</source>
        <translation>تحليل</translation>
    </message>
    <message>
        <location filename="../ui/text/displaynames.cpp" line="64"/>
        <source>unknown speaker</source>
        <translation>متحدث غير معروف</translation>
    </message>
    <message>
        <location filename="../ui/text/displaynames.cpp" line="75"/>
        <source>pasted</source>
        <translation>ملصق</translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="31"/>
        <source>named in the text</source>
        <translation>مذكورة في النص</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="33"/>
        <source>named in the headline</source>
        <translation>مذكورة في العنوان</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="35"/>
        <source>named in the first sentences</source>
        <translation>مذكورة في مطلع الخبر</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="37"/>
        <source>the round before it is named</source>
        <translation>ذُكرت الجولة التي سبقتها</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="39"/>
        <source>a date of its days</source>
        <translation>تاريخ من أيامها</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="41"/>
        <source>published during it</source>
        <translation>نُشر في أثناء انعقادها</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="43"/>
        <source>the next round after the publication date</source>
        <translation>الجولة التالية لتاريخ النشر</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="45"/>
        <source>the month given for the next round</source>
        <translation>الشهر المذكور للجولة المقبلة</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="47"/>
        <source>the only meeting held in that city</source>
        <translation>الاجتماع الوحيد الذي عُقد في تلك المدينة</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="49"/>
        <source>many rounds named, none above the others</source>
        <translation>جولات كثيرة مذكورة دون أن تغلب إحداها</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="51"/>
        <source>marked as analysis or opinion</source>
        <translation>موسوم بالتحليل أو الرأي</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="53"/>
        <source>published long after the round</source>
        <translation>نُشر بعد الجولة بمدة طويلة</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="55"/>
        <source>published before the round</source>
        <translation>نُشر قبل الجولة</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="57"/>
        <source>published while it was held</source>
        <translation>نُشر في أثناء انعقادها</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="59"/>
        <source>published after it</source>
        <translation>نُشر بعدها</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="61"/>
        <source>future tense</source>
        <translation>صيغة المستقبل</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="63"/>
        <source>past tense</source>
        <translation>صيغة الماضي</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="65"/>
        <source>dates given in the text</source>
        <translation>تواريخ واردة في النص</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="67"/>
        <source>dates from the reference table</source>
        <translation>تواريخ من الجدول المرجعي</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="82"/>
        <source>«%1» (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="85"/>
        <source>&lt;a href=&quot;why&quot;&gt;Why %1?&lt;/a&gt; %2</source>
        <translation>&lt;a href=&quot;why&quot;&gt;لماذا %1؟&lt;/a&gt; %2</translation>
    </message>
    <message>
        <location filename="../ui/detail/evidencetext.cpp" line="85"/>
        <source>; </source>
        <translation>؛ </translation>
    </message>
</context>
<context>
    <name>ExportChartCommand</name>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="50"/>
        <source>Renders the timeline, the theme chart or the heat map off-screen, with title, legend and caption, as PNG, SVG or PDF.</source>
        <translation>يرسم الخط الزمني أو مخطط المحاور أو الخريطة الحرارية دون شاشة، مع عنوان ومفتاح ألوان وتعليق، بصيغة PNG أو SVG أو PDF.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="56"/>
        <source>Chart to export: timeline, themes or heatmap.</source>
        <translation>المخطط المراد تصديره: timeline (الخط الزمني) أو themes (المحاور) أو heatmap (الخريطة الحرارية).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="58"/>
        <source>png, svg or pdf (default: the output&apos;s extension, else png).</source>
        <translation>png أو svg أو pdf (الافتراضي: امتداد ملف الإخراج، وإلا png).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="60"/>
        <source>Image width in pixels (PNG, SVG).</source>
        <translation>عرض الصورة بالبكسل (PNG وSVG).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="61"/>
        <source>Image height in pixels (PNG, SVG).</source>
        <translation>ارتفاع الصورة بالبكسل (PNG وSVG).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="62"/>
        <source>Device pixel ratio (default: lay out for about 1920 × 1080).</source>
        <translation>نسبة بكسلات الجهاز (الافتراضي: رسم المخطط بمقاس 1920 × 1080 تقريبًا).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="64"/>
        <source>PDF paper: a4 or letter.</source>
        <translation>ورق PDF: a4 أو letter.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="65"/>
        <source>PDF orientation: landscape or portrait.</source>
        <translation>اتجاه صفحة PDF: landscape (أفقي) أو portrait (عمودي).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="67"/>
        <source>Transparent instead of white background (PNG, SVG).</source>
        <translation>خلفية شفافة بدل البيضاء (PNG وSVG).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="68"/>
        <source>Language of the labels: ar or en.</source>
        <translation>لغة التسميات: ar أو en.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="69"/>
        <source>Title above the chart (default: what it shows).</source>
        <translation>العنوان فوق المخطط (الافتراضي: ما يعرضه).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="70"/>
        <source>Leave out the legend of theme colours.</source>
        <translation>دون مفتاح ألوان المحاور.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="71"/>
        <source>Show only this theme (repeatable).</source>
        <translation>اعرض هذا المحور وحده (يمكن تكراره).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="72"/>
        <source>Only these rounds: N or N-M.</source>
        <translation>هذه الجولات وحدها: N أو N-M.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="73"/>
        <source>Only rounds from this date on (YYYY-MM-DD).</source>
        <translation>الجولات ابتداءً من هذا التاريخ وحدها (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="74"/>
        <source>Only rounds up to this date (YYYY-MM-DD).</source>
        <translation>الجولات حتى هذا التاريخ وحدها (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="76"/>
        <source>The file to write.</source>
        <translation>الملف المراد كتابته.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="78"/>
        <source>Article files or folders to include.</source>
        <translation>ملفات المقالات أو مجلداتها المراد تضمينها.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="91"/>
        <source>--chart must be timeline, themes or heatmap, not &quot;%1&quot;</source>
        <translation>يجب أن تكون قيمة ‎--chart‏ timeline أو themes أو heatmap، لا «%1»</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="96"/>
        <source>--format must be png, svg or pdf, not &quot;%1&quot;</source>
        <translation>يجب أن تكون قيمة ‎--format‏ png أو svg أو pdf، لا «%1»</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="104"/>
        <source>--page must be a4 or letter, not &quot;%1&quot;</source>
        <translation>يجب أن تكون قيمة ‎--page‏ a4 أو letter، لا «%1»</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="106"/>
        <source>--orientation must be landscape or portrait, not &quot;%1&quot;</source>
        <translation>يجب أن تكون قيمة ‎--orientation‏ landscape أو portrait، لا «%1»</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="124"/>
        <source>--width and --height must be whole numbers of pixels</source>
        <translation>يجب أن تكون قيمتا ‎--width‏ و‎--height‏ أعدادًا صحيحة من البكسلات</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="126"/>
        <source>--scale must be a number</source>
        <translation>يجب أن تكون قيمة ‎--scale‏ عددًا</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="141"/>
        <source>--rounds must be a round number or a range of them such as 10-22, not &quot;%1&quot;</source>
        <translation>يجب أن تكون قيمة ‎--rounds‏ رقم جولة أو مدى منها مثل 10-22، لا «%1»</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="152"/>
        <source>--%1 must be a date such as 2017-01-23, not &quot;%2&quot;</source>
        <translation>يجب أن تكون قيمة ‎--%1‏ تاريخًا مثل 2017-01-23، لا «%2»</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="156"/>
        <source>--to comes before --from</source>
        <translation>قيمة ‎--to‏ تسبق ‎--from‏</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="176"/>
        <source>--lang must be ar or en, not &quot;%1&quot;</source>
        <translation>يجب أن تكون قيمة ‎--lang‏ ar أو en، لا «%1»</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="178"/>
        <source>missing the output file</source>
        <translation>ملف الإخراج غير محدَّد</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="181"/>
        <source>unknown theme &quot;%1&quot;</source>
        <translation>محور غير معروف «%1»</translation>
    </message>
    <message>
        <location filename="../app/cli/exportchartcommand.cpp" line="196"/>
        <source>no library at %1</source>
        <translation>لا مكتبة في %1</translation>
    </message>
</context>
<context>
    <name>ExportChartDialog</name>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="177"/>
        <source>Timeline of the rounds</source>
        <translation>الخط الزمني للجولات</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="178"/>
        <source>Themes per round</source>
        <translation>المحاور في كل جولة</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="143"/>
        <source>T&amp;itle:</source>
        <translation>&amp;العنوان:</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="244"/>
        <source> px</source>
        <translation> بكسل</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="248"/>
        <source>Presets</source>
        <translation>مقاسات جاهزة</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="200"/>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="201"/>
        <source>Larger scales draw text and marks bigger; automatic lays the chart out for about 1920 × 1080 and scales it up to the image size.</source>
        <translation>يكبّر المقياس الأكبر النصوص والعلامات؛ أما التلقائي فيرسم المخطط بمقاس 1920 × 1080 تقريبًا ثم يكبّره إلى حجم الصورة.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="113"/>
        <location filename="../ui/export/exportchartdialog.cpp" line="437"/>
        <source>Export chart</source>
        <translation>تصدير الرسم</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="179"/>
        <source>Heat map of themes and rounds</source>
        <translation>الخريطة الحرارية للمحاور والجولات</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="181"/>
        <source>PNG image</source>
        <translation>صورة PNG</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="182"/>
        <source>SVG drawing (text stays text)</source>
        <translation>رسم SVG (يبقى النص نصًّا)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="183"/>
        <source>PDF page (text stays text)</source>
        <translation>صفحة PDF (يبقى النص نصًّا)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="185"/>
        <source>A4, landscape</source>
        <translation>A4، أفقية</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="186"/>
        <source>A4, portrait</source>
        <translation>A4، عمودية</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="187"/>
        <source>Letter, landscape</source>
        <translation>Letter، أفقية</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="188"/>
        <source>Letter, portrait</source>
        <translation>Letter، عمودية</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="213"/>
        <source>Show the &amp;legend of theme colours</source>
        <translation>اعرض &amp;مفتاح ألوان المحاور</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="214"/>
        <source>&amp;Transparent background (PNG, SVG)</source>
        <translation>خلفية &amp;شفافة (PNG وSVG)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="117"/>
        <source>Choose a file…</source>
        <translation>اختر ملفًا…</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="120"/>
        <source>&amp;Browse…</source>
        <translation>&amp;تصفّح…</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="133"/>
        <source>&amp;Chart:</source>
        <translation>الرسم:</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="134"/>
        <source>F&amp;ormat:</source>
        <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="135"/>
        <source>&amp;Size:</source>
        <translation>حجم الصورة:</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="136"/>
        <source>&amp;Paper (PDF):</source>
        <translation>ال&amp;ورق (PDF):</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="137"/>
        <source>S&amp;cale:</source>
        <translation>نسبة التكبير:</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="142"/>
        <source>&amp;Rounds:</source>
        <translation>ال&amp;جولات:</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="146"/>
        <source>&amp;File:</source>
        <translation>ملف الصورة:</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="158"/>
        <source>&amp;Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="210"/>
        <source>As shown</source>
        <translation>كما تُعرض</translation>
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
        <translation>%1، %2 × %3</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="434"/>
        <source>SVG drawings (*.svg)</source>
        <translation>رسوم SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="435"/>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportchartdialog.cpp" line="436"/>
        <source>PNG images (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>ExportDataCommand</name>
    <message>
        <location filename="../app/cli/exportdatacommand.cpp" line="22"/>
        <source>Export the statements of the library as CSV or JSON.</source>
        <translation>تصدير تصريحات المكتبة بصيغة CSV أو JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportdatacommand.cpp" line="27"/>
        <source>csv or json.</source>
        <translation>csv أو json.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportdatacommand.cpp" line="29"/>
        <source>Only statements with this theme.</source>
        <translation>التصريحات التي تتناول هذا الموضوع فقط.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportdatacommand.cpp" line="32"/>
        <source>Only statements of round N.</source>
        <translation>تصريحات الجولة N فقط.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportdatacommand.cpp" line="34"/>
        <source>Output file.</source>
        <translation>ملف الإخراج.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportdatacommand.cpp" line="46"/>
        <source>Usage: masar export-data --format csv|json [--library FILE] [--theme ID]… [--round N]… OUT
</source>
        <translation>الاستخدام: masar export-data --format csv|json [--library FILE] [--theme ID]… [--round N]… OUT
</translation>
    </message>
    <message>
        <location filename="../app/cli/exportdatacommand.cpp" line="64"/>
        <source>masar: unknown theme &quot;%1&quot;
</source>
        <translation>masar: موضوع غير معروف «%1»
</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="39"/>
        <source>Import article files and folders into the library.</source>
        <translation>استيراد ملفات المقالات ومجلداتها إلى المكتبة.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="44"/>
        <source>Articles committed per transaction (default 50).</source>
        <translation>عدد المقالات المحفوظة في كل معاملة (الافتراضي 50).</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="53"/>
        <source>Article files or folders.</source>
        <translation>ملفات المقالات أو مجلداتها.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="65"/>
        <source>Usage: masar import [--library FILE] PATH…
</source>
        <translation>الاستخدام: masar import [--library FILE] PATH…
</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="87"/>
        <source>committed %1 article(s)</source>
        <translation>حُفظ %1 من المقالات</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <location filename="../ui/import/importprogressdialog.cpp" line="7"/>
        <source>Importing articles</source>
        <translation>استيراد المقالات</translation>
    </message>
    <message>
        <location filename="../ui/import/importprogressdialog.cpp" line="8"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../ui/import/importprogressdialog.cpp" line="15"/>
        <source>Import progress</source>
        <translation>تقدّم الاستيراد</translation>
    </message>
    <message>
        <location filename="../ui/import/importprogressdialog.cpp" line="26"/>
        <source>Reading and analysing article %1 of %2…</source>
        <translation>قراءة المقال %1 من %2 وتحليله…</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../ui/import/importreportdialog.cpp" line="18"/>
        <source>Import cancelled</source>
        <translation>أُلغي الاستيراد</translation>
    </message>
    <message>
        <location filename="../ui/import/importreportdialog.cpp" line="18"/>
        <source>Import finished</source>
        <translation>انتهى الاستيراد</translation>
    </message>
    <message>
        <location filename="../ui/import/importreportdialog.cpp" line="24"/>
        <source>Duplicate, not added: %1 — same text as %2</source>
        <translation>مكرّر لم يُضف: %1 — النص نفسه في %2</translation>
    </message>
    <message>
        <location filename="../ui/import/importreportdialog.cpp" line="27"/>
        <source>Refused (%1): %2</source>
        <translation>مرفوض (%1): %2</translation>
    </message>
    <message>
        <location filename="../ui/import/importreportdialog.cpp" line="30"/>
        <source>Not imported: %1</source>
        <translation>لم يُستورد: %1</translation>
    </message>
    <message>
        <location filename="../ui/import/importreportdialog.cpp" line="32"/>
        <source>Added: %1</source>
        <translation>أضيف: %1</translation>
    </message>
</context>
<context>
    <name>ImportReportText</name>
    <message numerus="yes">
        <location filename="../ui/import/importreporttext.cpp" line="14"/>
        <source>%n article(s) added</source>
        <translation>
            <numerusform>أضيف من المقالات: %n</numerusform>
            <numerusform>أضيف من المقالات: %n</numerusform>
            <numerusform>أضيف من المقالات: %n</numerusform>
            <numerusform>أضيف من المقالات: %n</numerusform>
            <numerusform>أضيف من المقالات: %n</numerusform>
            <numerusform>أضيف من المقالات: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import/importreporttext.cpp" line="13"/>
        <source>%1, %2, %3.</source>
        <extracomment>The three counts of an import: added, duplicates, refused (the language&apos;s own commas)</extracomment>
        <translation>%1، %2، %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importreporttext.cpp" line="15"/>
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>المكرّرات: %n</numerusform>
            <numerusform>المكرّرات: %n</numerusform>
            <numerusform>المكرّرات: %n</numerusform>
            <numerusform>المكرّرات: %n</numerusform>
            <numerusform>المكرّرات: %n</numerusform>
            <numerusform>المكرّرات: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importreporttext.cpp" line="16"/>
        <source>%n file(s) refused</source>
        <translation>
            <numerusform>الملفات المرفوضة: %n</numerusform>
            <numerusform>الملفات المرفوضة: %n</numerusform>
            <numerusform>الملفات المرفوضة: %n</numerusform>
            <numerusform>الملفات المرفوضة: %n</numerusform>
            <numerusform>الملفات المرفوضة: %n</numerusform>
            <numerusform>الملفات المرفوضة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importreporttext.cpp" line="19"/>
        <source>Import cancelled: %n file(s) not imported; the articles already added are kept.</source>
        <translation>
            <numerusform>أُلغي الاستيراد: لم يُستورد %n من الملفات؛ وبقيت المقالات التي أضيفت.</numerusform>
            <numerusform>أُلغي الاستيراد: لم يُستورد %n من الملفات؛ وبقيت المقالات التي أضيفت.</numerusform>
            <numerusform>أُلغي الاستيراد: لم يُستورد %n من الملفات؛ وبقيت المقالات التي أضيفت.</numerusform>
            <numerusform>أُلغي الاستيراد: لم يُستورد %n من الملفات؛ وبقيت المقالات التي أضيفت.</numerusform>
            <numerusform>أُلغي الاستيراد: لم يُستورد %n من الملفات؛ وبقيت المقالات التي أضيفت.</numerusform>
            <numerusform>أُلغي الاستيراد: لم يُستورد %n من الملفات؛ وبقيت المقالات التي أضيفت.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import/importreporttext.cpp" line="22"/>
        <source>The import stopped: %1</source>
        <translation>توقّف الاستيراد: %1</translation>
    </message>
    <message>
        <location filename="../ui/import/importreporttext.cpp" line="30"/>
        <source>added: %1</source>
        <translation>أضيف: %1</translation>
    </message>
    <message>
        <location filename="../ui/import/importreporttext.cpp" line="33"/>
        <source>duplicate: %1 (same text as %2)</source>
        <translation>مكرّر: %1 (النص نفسه في %2)</translation>
    </message>
    <message>
        <location filename="../ui/import/importreporttext.cpp" line="35"/>
        <source>refused (%1): %2</source>
        <translation>مرفوض (%1): %2</translation>
    </message>
    <message>
        <location filename="../ui/import/importreporttext.cpp" line="37"/>
        <source>not imported (cancelled): %1</source>
        <translation>لم يُستورد (أُلغي): %1</translation>
    </message>
    <message>
        <location filename="../ui/import/importreporttext.cpp" line="47"/>
        <source>empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <location filename="../ui/import/importreporttext.cpp" line="49"/>
        <source>binary, not text</source>
        <translation>بيانات ثنائية وليس نصًا</translation>
    </message>
    <message>
        <location filename="../ui/import/importreporttext.cpp" line="51"/>
        <source>too large</source>
        <translation>كبير جدًا</translation>
    </message>
    <message>
        <location filename="../ui/import/importreporttext.cpp" line="53"/>
        <source>encoding unknown</source>
        <translation>ترميز غير معروف</translation>
    </message>
    <message>
        <location filename="../ui/import/importreporttext.cpp" line="55"/>
        <source>unreadable</source>
        <translation>تتعذّر قراءته</translation>
    </message>
    <message>
        <location filename="../ui/import/importreporttext.cpp" line="63"/>
        <source>the built-in sample %1</source>
        <translation>العيّنة المدمجة %1</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="154"/>
        <source>&amp;Import files…</source>
        <translation>ا&amp;ستيراد ملفات…</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="155"/>
        <source>Import &amp;folder…</source>
        <translation>استيراد م&amp;جلد…</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="156"/>
        <source>Export statements as &amp;CSV…</source>
        <translation>تصدير التصريحات بصيغة &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="157"/>
        <source>Export statements as &amp;JSON…</source>
        <translation>تصدير التصريحات بصيغة &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="177"/>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="178"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="161"/>
        <source>Change main &amp;round…</source>
        <translation>تغيير ال&amp;جولة الرئيسية…</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="159"/>
        <source>&amp;Paste article</source>
        <translation>&amp;ألصق مقالًا</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="160"/>
        <source>Make an article of the text or web page copied to the clipboard</source>
        <translation>أنشئ مقالًا من النص أو صفحة الويب المنسوخة إلى الحافظة</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="162"/>
        <source>Mark article &amp;as</source>
        <translation>تصنيف المقال &amp;بوصفه</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="163"/>
        <source>Report of a round</source>
        <translation>تقرير عن جولة</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="163"/>
        <source>Announcement of a round</source>
        <translation>إعلان عن جولة</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="163"/>
        <source>Analysis</source>
        <translation>تحليل</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="166"/>
        <source>Add &amp;theme to statement…</source>
        <translation>إضافة &amp;موضوع إلى التصريح…</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="167"/>
        <source>Re&amp;move theme from statement…</source>
        <translation>إ&amp;زالة موضوع من التصريح…</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="168"/>
        <source>Add a &amp;term to a theme…</source>
        <translation>إضافة م&amp;صطلح إلى موضوع…</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="169"/>
        <source>Re-&amp;analyse library</source>
        <translation>إعادة &amp;تحليل المكتبة</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="177"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;تراجع عن %1</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="178"/>
        <source>&amp;Redo %1</source>
        <translation>إ&amp;عادة %1</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="209"/>
        <location filename="../ui/library/librarycontroller.cpp" line="266"/>
        <location filename="../ui/library/librarycontroller.cpp" line="281"/>
        <location filename="../ui/library/librarycontroller.cpp" line="294"/>
        <location filename="../ui/library/librarycontroller.cpp" line="311"/>
        <location filename="../ui/library/librarycontroller.cpp" line="329"/>
        <source>The built-in sample articles cannot be changed.</source>
        <translation>لا يمكن تعديل مقالات العيّنة المدمجة.</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="248"/>
        <location filename="../ui/library/librarycontroller.cpp" line="348"/>
        <location filename="../ui/library/librarycontroller.cpp" line="382"/>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="270"/>
        <source>Change main round to %1</source>
        <translation>تغيير الجولة الرئيسية إلى %1</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="285"/>
        <source>Mark article as %1</source>
        <translation>تصنيف المقال بوصفه %1</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="302"/>
        <source>Add theme %1 to a statement</source>
        <translation>إضافة الموضوع %1 إلى تصريح</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="302"/>
        <source>Remove theme %1 from a statement</source>
        <translation>إزالة الموضوع %1 من تصريح</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="318"/>
        <source>Split a source off its point</source>
        <translation>فصل مصدر عن نقطته</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="337"/>
        <source>Merge two points</source>
        <translation>دمج نقطتين</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="345"/>
        <source>Add «%1» to theme %2</source>
        <translation>إضافة «%1» إلى الموضوع %2</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="372"/>
        <source>Re-analysing the library: %1 of %2 articles…</source>
        <translation>إعادة تحليل المكتبة: %1 من %2 مقالًا…</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="385"/>
        <source>The library was analysed again.</source>
        <translation>أعيد تحليل المكتبة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/librarycontroller.cpp" line="404"/>
        <source>%n statement(s) exported to %1</source>
        <translation>
            <numerusform>صُدّر من التصريحات %n إلى %1</numerusform>
            <numerusform>صُدّر من التصريحات %n إلى %1</numerusform>
            <numerusform>صُدّر من التصريحات %n إلى %1</numerusform>
            <numerusform>صُدّر من التصريحات %n إلى %1</numerusform>
            <numerusform>صُدّر من التصريحات %n إلى %1</numerusform>
            <numerusform>صُدّر من التصريحات %n إلى %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="412"/>
        <source>Export statements as CSV</source>
        <translation>تصدير التصريحات بصيغة CSV</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="412"/>
        <source>Export statements as JSON</source>
        <translation>تصدير التصريحات بصيغة JSON</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="414"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="414"/>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="419"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="425"/>
        <source>Import articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="426"/>
        <source>Articles (*.txt *.text *.html *.htm *.xhtml);;All files (*)</source>
        <translation>المقالات (*.txt *.text *.html *.htm *.xhtml);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="444"/>
        <source>The clipboard is empty.</source>
        <translation>الحافظة فارغة.</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="462"/>
        <source>The library is still being read: paste again in a moment.</source>
        <translation>ما زالت المكتبة تُقرأ: ألصق مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="474"/>
        <source>This article is already in the library: %1</source>
        <translation>هذا المقال موجود في المكتبة: %1</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="485"/>
        <source>Pasted article added: %1</source>
        <translation>أُضيف المقال الملصق: %1</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="518"/>
        <source>Import a folder of articles</source>
        <translation>استيراد مجلد مقالات</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="542"/>
        <source>Change main round</source>
        <translation>تغيير الجولة الرئيسية</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="543"/>
        <source>The round this article is mainly about:</source>
        <translation>الجولة التي يتناولها المقال أساسًا:</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="565"/>
        <source>Add theme to statement</source>
        <translation>إضافة موضوع إلى التصريح</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="565"/>
        <source>Remove theme from statement</source>
        <translation>إزالة موضوع من التصريح</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="565"/>
        <source>Theme:</source>
        <translation>الموضوع:</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="581"/>
        <source>The library is still being opened; drop the files again when it is done.</source>
        <translation>ما زالت المكتبة تُفتح؛ أفلِت الملفات مرة أخرى حين يكتمل فتحها.</translation>
    </message>
    <message>
        <location filename="../ui/library/librarycontroller.cpp" line="583"/>
        <source>An import is running; drop the files again when it is done.</source>
        <translation>يجري استيراد الآن؛ أفلِت الملفات مرة أخرى حين ينتهي.</translation>
    </message>
</context>
<context>
    <name>LibraryOpening</name>
    <message>
        <location filename="../ui/library/libraryopening.cpp" line="28"/>
        <source>Opening the library…</source>
        <translation>جارٍ فتح المكتبة…</translation>
    </message>
    <message>
        <location filename="../ui/library/libraryopening.cpp" line="35"/>
        <source>Opening the library: %1 of %2 articles…</source>
        <translation>جارٍ فتح المكتبة: %1 من %2 مقالًا…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/libraryopening.cpp" line="54"/>
        <source>Library opened: %n article(s).</source>
        <translation>
            <numerusform>فُتحت المكتبة؛ عدد المقالات: %n.</numerusform>
            <numerusform>فُتحت المكتبة؛ عدد المقالات: %n.</numerusform>
            <numerusform>فُتحت المكتبة؛ عدد المقالات: %n.</numerusform>
            <numerusform>فُتحت المكتبة؛ عدد المقالات: %n.</numerusform>
            <numerusform>فُتحت المكتبة؛ عدد المقالات: %n.</numerusform>
            <numerusform>فُتحت المكتبة؛ عدد المقالات: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/libraryopening.cpp" line="68"/>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
</context>
<context>
    <name>LibraryOption</name>
    <message>
        <location filename="../app/cli/libraryoption.cpp" line="19"/>
        <source>Library file to use (default: %1).</source>
        <translation>ملف المكتبة المستخدم (الافتراضي: %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/libraryoption.cpp" line="47"/>
        <source>masar: &quot;%1&quot; is not a round number</source>
        <translation>masar: «%1» ليس رقم جولة</translation>
    </message>
</context>
<context>
    <name>LibraryRows</name>
    <message>
        <location filename="../app/cli/libraryrows.cpp" line="41"/>
        <source>masar: cannot write to standard output: %1</source>
        <translation>masar: تعذّرت الكتابة إلى الخرج القياسي: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="560"/>
        <source>Masar — the Astana talks on Syria</source>
        <translation>مسار — محادثات أستانا بشأن سوريا</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="563"/>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="564"/>
        <source>Themes per round</source>
        <translation>المحاور في كل جولة</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="567"/>
        <source>Search statements, articles, rounds…</source>
        <translation>ابحث في التصريحات والمقالات والجولات…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="568"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="569"/>
        <source>Rounds</source>
        <translation>الجولات</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="324"/>
        <source>Dates: %1</source>
        <translation>التواريخ: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="471"/>
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="562"/>
        <source>Round</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="562"/>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="562"/>
        <source>Venue</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="562"/>
        <source>Statements</source>
        <translation>التصريحات</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="570"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="469"/>
        <source>Export chart</source>
        <translation>تصدير الرسم</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="565"/>
        <source>Heat map</source>
        <translation>الخريطة الحرارية</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="566"/>
        <source>Theme trends</source>
        <translation>اتجاهات المحاور</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="571"/>
        <source>&amp;Export chart…</source>
        <translation>&amp;تصدير الرسم…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="572"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="573"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="574"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="575"/>
        <source>&amp;Fit all rounds</source>
        <translation>&amp;إظهار كل الجولات</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="576"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;كبّر العرض</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="577"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;صغّر العرض</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="578"/>
        <source>&amp;Clear the date window</source>
        <translation>إ&amp;لغاء نافذة التواريخ</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="580"/>
        <source>Shift+drag on the timeline to show only the rounds of a date range.</source>
        <translation>اسحب مع Shift على الخط الزمني لعرض جولات مدة محددة فقط.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="581"/>
        <source>&amp;Show everything (clear all filters)</source>
        <translation>اعرض ال&amp;كل (ألغِ كل المرشحات)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="582"/>
        <source>&amp;Compare with the previous round…</source>
        <translation>&amp;قارن بالجولة السابقة…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="583"/>
        <source>Themes, points and speakers that changed from one round to another</source>
        <translation>المحاور والنقاط والمتحدثون الذين تغيّروا من جولة إلى أخرى</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="584"/>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="585"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="586"/>
        <source>&amp;About Masar</source>
        <translation>&amp;عن مسار</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="599"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="611"/>
        <source>About Masar</source>
        <translation>عن مسار</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="612"/>
        <source>Masar %1

A right-to-left timeline of the Astana talks on Syria, built from Arabic news articles.

Licensed under the GNU GPL, version 3 or later.</source>
        <translation>مسار %1

خط زمني من اليمين إلى اليسار لمحادثات أستانا بشأن سوريا، مبني على مقالات إخبارية عربية.

مرخّص بموجب رخصة جنو العمومية، الإصدار 3 أو أي إصدار لاحق.</translation>
    </message>
</context>
<context>
    <name>PointsCommand</name>
    <message>
        <location filename="../app/cli/pointscommand.cpp" line="20"/>
        <source>The points of each round&apos;s final statement, grouped across the articles that report them.</source>
        <translation>نقاط البيان الختامي لكل جولة، مجمّعة من المقالات التي تنقلها.</translation>
    </message>
    <message>
        <location filename="../app/cli/pointscommand.cpp" line="25"/>
        <source>json or csv.</source>
        <translation>json أو csv.</translation>
    </message>
    <message>
        <location filename="../app/cli/pointscommand.cpp" line="28"/>
        <source>Only the points of round N (repeatable).</source>
        <translation>نقاط الجولة N فقط (يمكن تكرارها).</translation>
    </message>
    <message>
        <location filename="../app/cli/pointscommand.cpp" line="33"/>
        <source>Output file (standard output when left out).</source>
        <translation>ملف الخرج (الخرج القياسي إن لم يُذكر).</translation>
    </message>
    <message>
        <location filename="../app/cli/pointscommand.cpp" line="45"/>
        <source>Usage: masar points --format json|csv [--library FILE] [--round N]… [OUT]
</source>
        <translation>الاستخدام: masar points --format json|csv [--library FILE] [--round N]… [OUT]
</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../ui/text/uilanguage.cpp" line="18"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>StatementList</name>
    <message>
        <location filename="../ui/detail/statementlist.cpp" line="29"/>
        <source>Points of the round&apos;s statement, with their sources</source>
        <translation>نقاط بيان الجولة مع مصادرها</translation>
    </message>
    <message>
        <location filename="../ui/detail/statementlist.cpp" line="30"/>
        <source>Statements of the round</source>
        <translation>تصريحات الجولة</translation>
    </message>
</context>
<context>
    <name>ThemeChart</name>
    <message>
        <location filename="../ui/charts/themechart.cpp" line="280"/>
        <location filename="../ui/charts/themechart.cpp" line="281"/>
        <source>Themes per round</source>
        <translation>المحاور في كل جولة</translation>
    </message>
    <message>
        <location filename="../ui/charts/themechart.cpp" line="227"/>
        <source>Round</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <location filename="../ui/charts/themechart.cpp" line="240"/>
        <source>Statements</source>
        <translation>التصريحات</translation>
    </message>
</context>
<context>
    <name>ThemeFilterList</name>
    <message>
        <location filename="../ui/window/themefilterlist.cpp" line="32"/>
        <source>Check themes to show only the statements about them</source>
        <translation>اختر محاور لعرض التصريحات المتعلقة بها فقط</translation>
    </message>
    <message>
        <location filename="../ui/window/themefilterlist.cpp" line="33"/>
        <source>Theme filter</source>
        <translation>تصفية المحاور</translation>
    </message>
</context>
<context>
    <name>ThemeHeatMap</name>
    <message>
        <location filename="../ui/charts/themeheatmap.cpp" line="279"/>
        <source>Round · cell: share of the round&apos;s statements with the theme</source>
        <translation>الجولة · الخانة: حصة تصريحات الجولة التي تتناول المحور</translation>
    </message>
</context>
<context>
    <name>ThemeTrendChart</name>
    <message>
        <location filename="../ui/charts/themetrendchart.cpp" line="101"/>
        <source>Grouping the points of each round… %1 of %2</source>
        <translation>تجميع نقاط كل جولة… %1 من %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/themetrendchart.cpp" line="171"/>
        <source>Share of each round&apos;s points, for the three themes with the most points (check themes in the list to choose)</source>
        <translation>حصة كل محور من نقاط كل جولة، للمحاور الثلاثة الأكثر نقاطًا (حدّد محاور في القائمة لاختيارها)</translation>
    </message>
    <message>
        <location filename="../ui/charts/themetrendchart.cpp" line="173"/>
        <source>Share of each round&apos;s points with the chosen themes</source>
        <translation>حصة المحاور المختارة من نقاط كل جولة</translation>
    </message>
    <message>
        <location filename="../ui/charts/themetrendchart.cpp" line="180"/>
        <source>Round</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <location filename="../ui/charts/themetrendchart.cpp" line="184"/>
        <source>Share of the points</source>
        <translation>الحصة من النقاط</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="52"/>
        <source>Timeline of the rounds</source>
        <translation>الخط الزمني للجولات</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="54"/>
        <source>Rounds of the Astana talks by date. Arrow keys step through the rounds, plus and minus zoom.</source>
        <translation>جولات محادثات أستانا بحسب التاريخ. تنتقل مفاتيح الأسهم بين الجولات، ويكبّر مفتاحا الزائد والناقص ويصغّران.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="819"/>
        <source>Round %1</source>
        <translation>الجولة %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeline/timelineview.cpp" line="828"/>
        <source>%n statement(s)</source>
        <translation>
            <numerusform>لا تصريحات</numerusform>
            <numerusform>تصريح واحد</numerusform>
            <numerusform>تصريحان</numerusform>
            <numerusform>%n تصريحات</numerusform>
            <numerusform>%n تصريحًا</numerusform>
            <numerusform>%n تصريح</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="829"/>
        <source>No article yet</source>
        <translation>لا مقال عنها بعد</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <location filename="../ui/text/uilanguage.cpp" line="83"/>
        <source>%1: cannot load the translation</source>
        <translation>%1: تعذّر تحميل الترجمة</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="100"/>
        <source>Timeline of the Astana talks on Syria</source>
        <translation>الخط الزمني لمحادثات أستانا بشأن سوريا</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="104"/>
        <source>User interface language: ar (default) or en.</source>
        <translation>لغة الواجهة: ar (الافتراضية) أو en.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="106"/>
        <source>Select round N at start (0: the Doha meeting).</source>
        <translation>تحديد الجولة N عند البدء (0: اجتماع الدوحة).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="115"/>
        <source>Article files or folders to open beside the samples.</source>
        <translation>ملفات أخبار أو مجلدات تُفتح إلى جانب الأخبار النموذجية.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="109"/>
        <source>Print the milliseconds from process start to the first painted window, then quit.</source>
        <translation>طباعة عدد الميلي ثانية من بدء العملية حتى أول رسم للنافذة، ثم الخروج.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="71"/>
        <source>masar: cannot write the screenshot %1
</source>
        <translation>masar: تعذّرت كتابة لقطة الشاشة %1
</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="75"/>
        <source>masar: saved a %1 × %2 screenshot to %3
</source>
        <translation>masar: حُفظت لقطة شاشة بحجم %1 × %2 في %3
</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="112"/>
        <source>Save a PNG of the window once it is shown, then quit.</source>
        <translation>احفظ صورة PNG للنافذة حال ظهورها، ثم أنهِ البرنامج.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="168"/>
        <source>masar: unknown language &quot;%1&quot;; use ar or en
</source>
        <translation>masar: لغة غير معروفة &quot;%1&quot;؛ استخدم ar أو en
</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="199"/>
        <source>masar: no round &quot;%1&quot;
</source>
        <translation>masar: لا توجد جولة &quot;%1&quot;
</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="90"/>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="211"/>
        <source>%1

Masar shows the sample articles only; nothing you import now will be kept.</source>
        <translation>%1

يعرض مسار مقالات العيّنة فقط؛ ولن يُحفظ شيء تستورده الآن.</translation>
    </message>
</context>
</TS>
