<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AnalyzeCommand</name>
    <message>
        <location filename="../app/analyzecommand.cpp" line="57"/>
        <source>Analyse Arabic news articles about the Astana talks.</source>
        <translation>تحليل المقالات الإخبارية العربية عن محادثات أستانا.</translation>
    </message>
    <message>
        <location filename="../app/analyzecommand.cpp" line="61"/>
        <source>Output format: json or csv.</source>
        <translation>صيغة الإخراج: json أو csv.</translation>
    </message>
    <message>
        <location filename="../app/analyzecommand.cpp" line="65"/>
        <source>Article files or folders.</source>
        <translation>ملفات المقالات أو مجلداتها.</translation>
    </message>
    <message>
        <location filename="../app/analyzecommand.cpp" line="76"/>
        <source>Unknown format &quot;%1&quot;: use json or csv.</source>
        <translation>صيغة غير معروفة &quot;%1&quot;: استخدم json أو csv.</translation>
    </message>
    <message>
        <location filename="../app/analyzecommand.cpp" line="84"/>
        <source>No article given: masar analyze [--format json|csv] PATH…</source>
        <translation>لم يُحدَّد أي مقال: masar analyze [--format json|csv] PATH…</translation>
    </message>
</context>
<context>
    <name>ArticleAnalyzer</name>
    <message>
        <location filename="../app/core/articleanalyzer.cpp" line="465"/>
        <source>The page&apos;s date (%1) does not fit «%2»: the article may be older than the date on the page.</source>
        <translation>تاريخ الصفحة (%1) لا يتوافق مع «%2»: قد يكون المقال أقدم من التاريخ المذكور في الصفحة.</translation>
    </message>
    <message>
        <location filename="../app/core/articleanalyzer.cpp" line="527"/>
        <source>The text dates round %1 %2 to %3; the reference table says %4 to %5.</source>
        <translation>يؤرّخ النص الجولة %1 من %2 إلى %3؛ أما الجدول المرجعي فيذكر من %4 إلى %5.</translation>
    </message>
    <message>
        <location filename="../app/core/articleanalyzer.cpp" line="561"/>
        <source>The text calls the venue «%1»; at the time of round %2 the Kazakh capital was named %3.</source>
        <translation>يسمّي النص مكان الانعقاد «%1»؛ وكانت العاصمة الكازاخية وقت الجولة %2 تُسمّى %3.</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <location filename="../ui/chartexporter.cpp" line="28"/>
        <source>Image size %1 × %2 is outside 1 … %3 pixels</source>
        <translation>حجم الصورة %1 × %2 خارج المدى من 1 إلى %3 بكسل</translation>
    </message>
    <message>
        <location filename="../ui/chartexporter.cpp" line="34"/>
        <source>Scale %1 is outside 0 … %2</source>
        <translation>المقياس %1 خارج المدى من 0 إلى %2</translation>
    </message>
    <message>
        <location filename="../ui/chartexporter.cpp" line="38"/>
        <source>Not enough memory for a %1 × %2 image</source>
        <translation>لا تكفي الذاكرة لصورة بحجم %1 × %2</translation>
    </message>
    <message>
        <location filename="../ui/chartexporter.cpp" line="75"/>
        <source>%1: nothing to save</source>
        <translation>%1: لا شيء للحفظ</translation>
    </message>
    <message>
        <location filename="../ui/chartexporter.cpp" line="78"/>
        <location filename="../ui/chartexporter.cpp" line="82"/>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت الكتابة في %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/chartexporter.cpp" line="80"/>
        <source>Cannot encode %1 as PNG: %2</source>
        <translation>تعذّر ترميز %1 بصيغة PNG: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="26"/>
        <source>Unknown command &quot;%1&quot;
</source>
        <translation>أمر غير معروف &quot;%1&quot;
</translation>
    </message>
</context>
<context>
    <name>CueLexicon</name>
    <message>
        <location filename="../app/core/cuelexicon.cpp" line="83"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: تعذّرت قراءته: %2</translation>
    </message>
    <message>
        <location filename="../app/core/cuelexicon.cpp" line="89"/>
        <source>%1: not valid JSON: %2</source>
        <translation>%1: ليس JSON صالحًا: %2</translation>
    </message>
    <message>
        <location filename="../app/core/cuelexicon.cpp" line="100"/>
        <source>%1: unknown stance &quot;%2&quot;</source>
        <translation>%1: موقف غير معروف &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/cuelexicon.cpp" line="110"/>
        <source>%1: the list &quot;%2&quot; is missing</source>
        <translation>%1: القائمة &quot;%2&quot; غير موجودة</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../ui/detailpane.cpp" line="78"/>
        <source>Dates:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="79"/>
        <source>Venue:</source>
        <translation>المكان:</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="80"/>
        <source>Guarantors:</source>
        <translation>الدول الضامنة:</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="81"/>
        <source>Observers:</source>
        <translation>المراقبون:</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="82"/>
        <source>UN envoy:</source>
        <translation>المبعوث الأممي:</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="83"/>
        <source>Outcome:</source>
        <translation>النتيجة:</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="84"/>
        <source>Articles:</source>
        <translation>المقالات:</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="85"/>
        <source>Warnings:</source>
        <translation>تنبيهات:</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="95"/>
        <source>Article text</source>
        <translation>نص المقال</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="97"/>
        <source>Select a statement to read its article here, with every theme highlighted in its colour.</source>
        <translation>اختر تصريحًا لتقرأ مقاله هنا، وكل محور فيه مظلَّل بلونه.</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="99"/>
        <source>Themes highlighted in the article</source>
        <translation>المحاور المظللة في المقال</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="139"/>
        <source>Select a round</source>
        <translation>اختر جولة</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="209"/>
        <source>%1 (now %2)</source>
        <translation>%1 (اليوم %2)</translation>
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
        <translation>لا مقال عن هذه الجولة بعد</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <location filename="../ui/displaynames.cpp" line="11"/>
        <source>affirms</source>
        <translation>تؤكد</translation>
    </message>
    <message>
        <location filename="../ui/displaynames.cpp" line="13"/>
        <source>condemns</source>
        <translation>تدين</translation>
    </message>
    <message>
        <location filename="../ui/displaynames.cpp" line="15"/>
        <source>calls for</source>
        <translation>تدعو</translation>
    </message>
    <message>
        <location filename="../ui/displaynames.cpp" line="17"/>
        <source>rejects</source>
        <translation>ترفض</translation>
    </message>
    <message>
        <location filename="../ui/displaynames.cpp" line="19"/>
        <source>welcomes</source>
        <translation>ترحب</translation>
    </message>
    <message>
        <location filename="../ui/displaynames.cpp" line="21"/>
        <source>expresses concern</source>
        <translation>تعرب عن قلقها</translation>
    </message>
    <message>
        <location filename="../ui/displaynames.cpp" line="23"/>
        <source>agrees</source>
        <translation>تتفق</translation>
    </message>
    <message>
        <location filename="../ui/displaynames.cpp" line="25"/>
        <source>announces</source>
        <translation>تعلن</translation>
    </message>
    <message>
        <location filename="../ui/displaynames.cpp" line="27"/>
        <source>proposes</source>
        <translation>تقترح</translation>
    </message>
    <message>
        <location filename="../ui/displaynames.cpp" line="29"/>
        <source>warns</source>
        <translation>تحذر</translation>
    </message>
    <message>
        <location filename="../ui/displaynames.cpp" line="31"/>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../ui/displaynames.cpp" line="38"/>
        <source>report</source>
        <translation>تقرير</translation>
    </message>
    <message>
        <location filename="../ui/displaynames.cpp" line="40"/>
        <source>announcement</source>
        <translation>إعلان</translation>
    </message>
    <message>
        <location filename="../ui/displaynames.cpp" line="42"/>
        <source>analysis</source>
        <translation>تحليل</translation>
    </message>
    <message>
        <location filename="../ui/displaynames.cpp" line="58"/>
        <source>unknown speaker</source>
        <translation>متحدث غير معروف</translation>
    </message>
</context>
<context>
    <name>ExportChartDialog</name>
    <message>
        <location filename="../ui/exportchartdialog.cpp" line="37"/>
        <location filename="../ui/exportchartdialog.cpp" line="196"/>
        <source>Export chart as PNG</source>
        <translation>تصدير الرسم صورةً PNG</translation>
    </message>
    <message>
        <location filename="../ui/exportchartdialog.cpp" line="40"/>
        <source>Timeline of the rounds</source>
        <translation>الخط الزمني للجولات</translation>
    </message>
    <message>
        <location filename="../ui/exportchartdialog.cpp" line="41"/>
        <source>Themes per round</source>
        <translation>المحاور في كل جولة</translation>
    </message>
    <message>
        <location filename="../ui/exportchartdialog.cpp" line="52"/>
        <source> px</source>
        <translation> بكسل</translation>
    </message>
    <message>
        <location filename="../ui/exportchartdialog.cpp" line="60"/>
        <source>Presets</source>
        <translation>مقاسات جاهزة</translation>
    </message>
    <message>
        <location filename="../ui/exportchartdialog.cpp" line="63"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../ui/exportchartdialog.cpp" line="80"/>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <location filename="../ui/exportchartdialog.cpp" line="81"/>
        <source>Larger scales draw text and marks bigger; automatic lays the chart out for about 1920 × 1080 and scales it up to the image size.</source>
        <translation>يكبّر المقياس الأكبر النصوص والعلامات؛ أما التلقائي فيرسم المخطط بمقاس 1920 × 1080 تقريبًا ثم يكبّره إلى حجم الصورة.</translation>
    </message>
    <message>
        <location filename="../ui/exportchartdialog.cpp" line="85"/>
        <source>White</source>
        <translation>بيضاء</translation>
    </message>
    <message>
        <location filename="../ui/exportchartdialog.cpp" line="86"/>
        <source>Transparent</source>
        <translation>شفافة</translation>
    </message>
    <message>
        <location filename="../ui/exportchartdialog.cpp" line="89"/>
        <source>Choose a file…</source>
        <translation>اختر ملفًا…</translation>
    </message>
    <message>
        <location filename="../ui/exportchartdialog.cpp" line="92"/>
        <source>&amp;Browse…</source>
        <translation>&amp;تصفّح…</translation>
    </message>
    <message>
        <location filename="../ui/exportchartdialog.cpp" line="104"/>
        <source>&amp;Chart:</source>
        <translation>الرسم:</translation>
    </message>
    <message>
        <location filename="../ui/exportchartdialog.cpp" line="105"/>
        <source>&amp;Size:</source>
        <translation>حجم الصورة:</translation>
    </message>
    <message>
        <location filename="../ui/exportchartdialog.cpp" line="106"/>
        <source>S&amp;cale:</source>
        <translation>نسبة التكبير:</translation>
    </message>
    <message>
        <location filename="../ui/exportchartdialog.cpp" line="107"/>
        <source>B&amp;ackground:</source>
        <translation>الخلفية:</translation>
    </message>
    <message>
        <location filename="../ui/exportchartdialog.cpp" line="108"/>
        <source>&amp;File:</source>
        <translation>ملف الصورة:</translation>
    </message>
    <message>
        <location filename="../ui/exportchartdialog.cpp" line="111"/>
        <source>&amp;Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../ui/exportchartdialog.cpp" line="196"/>
        <source>PNG images (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>ExportPngCommand</name>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="38"/>
        <source>Renders the timeline or the theme chart to a PNG file, off-screen.</source>
        <translation>يرسم الخط الزمني أو مخطط المحاور في ملف PNG دون شاشة.</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="41"/>
        <source>Chart to export: timeline or themes.</source>
        <translation>المخطط المراد تصديره: timeline (الخط الزمني) أو themes (المحاور).</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="42"/>
        <source>Image width in pixels.</source>
        <translation>عرض الصورة بالبكسل.</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="44"/>
        <source>Image height in pixels.</source>
        <translation>ارتفاع الصورة بالبكسل.</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="47"/>
        <source>Device pixel ratio (default: lay out for about 1920 × 1080).</source>
        <translation>نسبة بكسلات الجهاز (الافتراضي: رسم المخطط بمقاس 1920 × 1080 تقريبًا).</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="50"/>
        <source>Transparent instead of white background.</source>
        <translation>خلفية شفافة بدل البيضاء.</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="51"/>
        <source>Language of the labels: ar or en.</source>
        <translation>لغة التسميات: ar أو en.</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="54"/>
        <source>Show only this theme (repeatable).</source>
        <translation>اعرض هذا المحور وحده (يمكن تكراره).</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="57"/>
        <source>The PNG file to write.</source>
        <translation>ملف PNG المراد كتابته.</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="58"/>
        <source>Article files or folders to include.</source>
        <translation>ملفات المقالات أو مجلداتها المراد تضمينها.</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="80"/>
        <source>--chart must be timeline or themes, not &quot;%1&quot;</source>
        <translation>يجب أن تكون قيمة ‎--chart‏ timeline أو themes، لا «%1»</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="82"/>
        <source>--width and --height must be whole numbers of pixels</source>
        <translation>يجب أن تكون قيمتا ‎--width‏ و‎--height‏ أعدادًا صحيحة من البكسلات</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="84"/>
        <source>--scale must be a number</source>
        <translation>يجب أن تكون قيمة ‎--scale‏ عددًا</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="86"/>
        <source>--lang must be ar or en, not &quot;%1&quot;</source>
        <translation>يجب أن تكون قيمة ‎--lang‏ ar أو en، لا «%1»</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="88"/>
        <source>missing the output file (OUT.png)</source>
        <translation>ملف الإخراج (OUT.png) غير محدَّد</translation>
    </message>
    <message>
        <location filename="../app/exportpngcommand.cpp" line="92"/>
        <source>unknown theme &quot;%1&quot;</source>
        <translation>محور غير معروف «%1»</translation>
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
        <translation>مسار — محادثات أستانا بشأن سوريا</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="60"/>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="61"/>
        <source>Themes per round</source>
        <translation>المحاور في كل جولة</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="64"/>
        <source>Search statements, articles, rounds…</source>
        <translation>ابحث في التصريحات والمقالات والجولات…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="66"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="73"/>
        <source>Rounds</source>
        <translation>الجولات</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="172"/>
        <source>Opened %1 of %2 files.</source>
        <translation>الملفات المفتوحة: %1 من %2.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="181"/>
        <source>Files not opened</source>
        <translation>ملفات لم تُفتح</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="182"/>
        <source>Masar could not open these files:</source>
        <translation>تعذّر على مسار فتح هذه الملفات:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>Cannot export %1: %2</source>
        <translation>تعذّر تصدير %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261"/>
        <source>Export chart as PNG</source>
        <translation>تصدير الرسم صورةً PNG</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="278"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="279"/>
        <source>&amp;Export chart as PNG…</source>
        <translation>&amp;تصدير الرسم صورةً PNG…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="282"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <source>&amp;Fit all rounds</source>
        <translation>&amp;إظهار كل الجولات</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="289"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;كبّر العرض</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="291"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;صغّر العرض</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="303"/>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="318"/>
        <source>&amp;About Masar</source>
        <translation>&amp;عن مسار</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="327"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="328"/>
        <source>The new language will be used the next time Masar starts.</source>
        <translation>ستُستخدم اللغة الجديدة عند تشغيل مسار في المرة القادمة.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="333"/>
        <source>About Masar</source>
        <translation>عن مسار</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="334"/>
        <source>Masar %1

A right-to-left timeline of the Astana talks on Syria, built from Arabic news articles.

Licensed under the GNU GPL, version 3 or later.</source>
        <translation>مسار %1

خط زمني من اليمين إلى اليسار لمحادثات أستانا بشأن سوريا، مبني على مقالات إخبارية عربية.

مرخّص بموجب رخصة جنو العمومية، الإصدار 3 أو أي إصدار لاحق.</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../ui/uilanguage.cpp" line="18"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <location filename="../app/core/referencedata.cpp" line="31"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: تعذّرت قراءته: %2</translation>
    </message>
    <message>
        <location filename="../app/core/referencedata.cpp" line="37"/>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1: ليس JSON صالحًا عند الموضع %2: %3</translation>
    </message>
    <message>
        <location filename="../app/core/referencedata.cpp" line="100"/>
        <source>%1: round entry %2 has no id or invalid dates</source>
        <translation>%1: المدخل %2 من الجولات بلا معرّف أو بتواريخ غير صالحة</translation>
    </message>
    <message>
        <location filename="../app/core/referencedata.cpp" line="106"/>
        <source>%1: no rounds</source>
        <translation>%1: لا جولات فيه</translation>
    </message>
    <message>
        <location filename="../app/core/referencedata.cpp" line="128"/>
        <source>%1: theme entry %2 has no id</source>
        <translation>%1: المدخل %2 من المحاور بلا معرّف</translation>
    </message>
    <message>
        <location filename="../app/core/referencedata.cpp" line="151"/>
        <source>%1: actor entry %2 has no id</source>
        <translation>%1: المدخل %2 من الأطراف بلا معرّف</translation>
    </message>
</context>
<context>
    <name>RoundsModel</name>
    <message>
        <location filename="../app/models/roundsmodel.cpp" line="225"/>
        <source>Round</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <location filename="../app/models/roundsmodel.cpp" line="227"/>
        <source>Dates</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../app/models/roundsmodel.cpp" line="229"/>
        <source>Venue</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../app/models/roundsmodel.cpp" line="231"/>
        <source>Statements</source>
        <translation>التصريحات</translation>
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
        <translation>تصريحات الجولة</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="307"/>
        <source>The encoding could not be detected reliably; the text was decoded as %1, the usual encoding of older Arabic news sites.</source>
        <translation>تعذّر كشف الترميز بثقة؛ فُكّ ترميز النص على أنه %1، وهو الترميز المعتاد في مواقع الأخبار العربية القديمة.</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="324"/>
        <source>The page declares the unknown encoding “%1”; the encoding was detected instead.</source>
        <translation>تعلن الصفحة ترميزًا غير معروف “%1”؛ فكُشف الترميز بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="332"/>
        <source>The page declares %1 but has no byte order mark; the encoding was detected instead.</source>
        <translation>تعلن الصفحة %1 لكنها بلا علامة ترتيب البايتات؛ فكُشف الترميز بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="338"/>
        <source>The page declares %1 but its content is UTF-8; it was decoded as UTF-8.</source>
        <translation>تعلن الصفحة %1 لكن محتواها UTF-8؛ ففُكّ ترميزها على أنها UTF-8.</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="347"/>
        <source>The page declares %1 but its content looks like %2; it was decoded as %2.</source>
        <translation>تعلن الصفحة %1 لكن محتواها يبدو %2؛ ففُكّ ترميزها على أنها %2.</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="354"/>
        <source>The page declares %1 but contains bytes that are invalid in %1; the encoding was detected instead.</source>
        <translation>تعلن الصفحة %1 لكنها تحتوي على بايتات غير صالحة في %1؛ فكُشف الترميز بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="370"/>
        <source>The encoding was detected as %1 with low confidence; the text may be garbled.</source>
        <translation>كُشف الترميز على أنه %1 بثقة منخفضة؛ قد يظهر النص مشوّهًا.</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="412"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="420"/>
        <source>the file is larger than %1 MB and is not an article</source>
        <translation>حجم الملف أكبر من %1 ميغابايت وليس مقالًا</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="432"/>
        <location filename="../app/core/textdecoder.cpp" line="445"/>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="436"/>
        <source>the file is binary data (%1), not a text or HTML article</source>
        <translation>الملف بيانات ثنائية (%1) وليس مقالًا نصيًا أو HTML</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="449"/>
        <source>Some bytes are invalid in %1 and were replaced.</source>
        <translation>بعض البايتات غير صالحة في %1 وقد استُبدلت.</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="461"/>
        <source>The file ends in the middle of a %1 character; the last byte was ignored.</source>
        <translation>ينتهي الملف في منتصف محرف %1؛ فأُهمل البايت الأخير.</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="469"/>
        <source>the file contains NUL bytes: it is binary data, not text</source>
        <translation>يحتوي الملف على بايتات NUL: إنه بيانات ثنائية وليس نصًا</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="473"/>
        <source>the file is mostly control bytes: it is binary data, not text</source>
        <translation>معظم الملف بايتات تحكّم: إنه بيانات ثنائية وليس نصًا</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="479"/>
        <source>the encoding of the file could not be recognised</source>
        <translation>تعذّر التعرّف على ترميز الملف</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="485"/>
        <source>the file contains only white space</source>
        <translation>لا يحتوي الملف إلا على مسافات بيضاء</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="491"/>
        <source>the page contains no readable text</source>
        <translation>لا تحتوي الصفحة على نص مقروء</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="507"/>
        <source>this is a folder, not a file</source>
        <translation>هذا مجلد وليس ملفًا</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="509"/>
        <source>the file does not exist</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="512"/>
        <source>the file cannot be opened: %1</source>
        <translation>تعذّر فتح الملف: %1</translation>
    </message>
    <message>
        <location filename="../app/core/textdecoder.cpp" line="528"/>
        <source>the file cannot be read: %1</source>
        <translation>تعذّرت قراءة الملف: %1</translation>
    </message>
</context>
<context>
    <name>ThemeChart</name>
    <message>
        <location filename="../ui/themechart.cpp" line="28"/>
        <location filename="../ui/themechart.cpp" line="262"/>
        <source>Themes per round</source>
        <translation>المحاور في كل جولة</translation>
    </message>
    <message>
        <location filename="../ui/themechart.cpp" line="246"/>
        <source>Round</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <location filename="../ui/themechart.cpp" line="258"/>
        <source>Statements</source>
        <translation>التصريحات</translation>
    </message>
</context>
<context>
    <name>ThemeFilterList</name>
    <message>
        <location filename="../ui/themefilterlist.cpp" line="10"/>
        <source>Check themes to show only the statements about them</source>
        <translation>اختر محاور لعرض التصريحات المتعلقة بها فقط</translation>
    </message>
    <message>
        <location filename="../ui/themefilterlist.cpp" line="11"/>
        <source>Theme filter</source>
        <translation>تصفية المحاور</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../ui/timelineview.cpp" line="43"/>
        <source>Timeline of the rounds</source>
        <translation>الخط الزمني للجولات</translation>
    </message>
    <message>
        <location filename="../ui/timelineview.cpp" line="45"/>
        <source>Rounds of the Astana talks by date. Arrow keys step through the rounds, plus and minus zoom.</source>
        <translation>جولات محادثات أستانا بحسب التاريخ. تنتقل مفاتيح الأسهم بين الجولات، ويكبّر مفتاحا الزائد والناقص ويصغّران.</translation>
    </message>
    <message>
        <location filename="../ui/timelineview.cpp" line="681"/>
        <source>Round %1</source>
        <translation>الجولة %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timelineview.cpp" line="691"/>
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
        <location filename="../ui/timelineview.cpp" line="692"/>
        <source>No article yet</source>
        <translation>لا مقال عنها بعد</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <location filename="../ui/uilanguage.cpp" line="90"/>
        <source>%1: cannot load the translation</source>
        <translation>%1: تعذّر تحميل الترجمة</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="112"/>
        <source>Timeline of the Astana talks on Syria</source>
        <translation>الخط الزمني لمحادثات أستانا بشأن سوريا</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="116"/>
        <source>User interface language: ar (default) or en.</source>
        <translation>لغة الواجهة: ar (الافتراضية) أو en.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="120"/>
        <source>Select round N at start (0: the Doha meeting).</source>
        <translation>تحديد الجولة N عند البدء (0: اجتماع الدوحة).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="129"/>
        <source>Article files or folders to open beside the samples.</source>
        <translation>ملفات أخبار أو مجلدات تُفتح إلى جانب الأخبار النموذجية.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="125"/>
        <source>Print the milliseconds from process start to the first painted window, then quit.</source>
        <translation>طباعة عدد الميلي ثانية من بدء العملية حتى أول رسم للنافذة، ثم الخروج.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="63"/>
        <source>masar: cannot write the screenshot %1
</source>
        <translation>masar: تعذّرت كتابة لقطة الشاشة %1
</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="67"/>
        <source>masar: saved a %1 × %2 screenshot to %3
</source>
        <translation>masar: حُفظت لقطة شاشة بحجم %1 × %2 في %3
</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="133"/>
        <source>Save a PNG of the window once it is shown, then quit.</source>
        <translation>احفظ صورة PNG للنافذة حال ظهورها، ثم أنهِ البرنامج.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="141"/>
        <source>masar: unknown language &quot;%1&quot;; use ar or en
</source>
        <translation>masar: لغة غير معروفة &quot;%1&quot;؛ استخدم ar أو en
</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="165"/>
        <source>masar: no round &quot;%1&quot;
</source>
        <translation>masar: لا توجد جولة &quot;%1&quot;
</translation>
    </message>
</context>
</TS>
