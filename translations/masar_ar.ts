<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="21"/>
        <source>%1: not implemented yet
</source>
        <translation>%1: لم يُنفَّذ بعد
</translation>
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
        <source>Themes highlighted in the article</source>
        <translation>المحاور المظللة في المقال</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="135"/>
        <source>Select a round</source>
        <translation>اختر جولة</translation>
    </message>
    <message>
        <location filename="../ui/detailpane.cpp" line="204"/>
        <source>%1 (now %2)</source>
        <translation>%1 (اليوم %2)</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="30"/>
        <source>Masar — the Astana talks on Syria</source>
        <translation>مسار — محادثات أستانا بشأن سوريا</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="42"/>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="48"/>
        <source>Search statements, articles, rounds…</source>
        <translation>ابحث في التصريحات والمقالات والجولات…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="50"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="57"/>
        <source>Rounds</source>
        <translation>الجولات</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="135"/>
        <source>&amp;Export chart as PNG…</source>
        <translation>&amp;تصدير الرسم صورةً PNG…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="138"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="141"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="142"/>
        <source>&amp;Fit all rounds</source>
        <translation>&amp;إظهار كل الجولات</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146"/>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="160"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>&amp;About Masar</source>
        <translation>&amp;عن مسار</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="170"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="171"/>
        <source>The new language will be used the next time Masar starts.</source>
        <translation>ستُستخدم اللغة الجديدة عند تشغيل مسار في المرة القادمة.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="176"/>
        <source>About Masar</source>
        <translation>عن مسار</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="177"/>
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
        <location filename="../app/main.cpp" line="32"/>
        <source>Timeline of the Astana talks on Syria</source>
        <translation>الخط الزمني لمحادثات أستانا بشأن سوريا</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="36"/>
        <source>User interface language: ar (default) or en.</source>
        <translation>لغة الواجهة: ar (الافتراضية) أو en.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="45"/>
        <source>masar: unknown language &quot;%1&quot;; use ar or en
</source>
        <translation>masar: لغة غير معروفة &quot;%1&quot;؛ استخدم ar أو en
</translation>
    </message>
</context>
</TS>
