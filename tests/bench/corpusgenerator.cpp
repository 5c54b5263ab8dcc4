// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusgenerator.h"

#include <algorithm>
#include <memory>

#include <unicode/ucnv.h>

#include "referencedata.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// splitmix64: tiny, and the same sequence on every platform and standard library (unlike the
// std distributions).
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T> const T &pick(const QList<T> &list) { return list.at(below(int(list.size()))); }

private:
    quint64 m_state;
};

// ---------------------------------------------------------------------------------------------
// Word lists and templates. Placeholders in braces are filled by fill().

const QStringList kMonthsLevantine = {
    u"كانون الثاني"_s, u"شباط"_s, u"آذار"_s,  u"نيسان"_s,       u"أيار"_s,         u"حزيران"_s,
    u"تموز"_s,         u"آب"_s,   u"أيلول"_s, u"تشرين الأول"_s, u"تشرين الثاني"_s, u"كانون الأول"_s,
};
const QStringList kMonthsEgyptian = {
    u"يناير"_s, u"فبراير"_s, u"مارس"_s,   u"أبريل"_s,  u"مايو"_s,   u"يونيو"_s,
    u"يوليو"_s, u"أغسطس"_s,  u"سبتمبر"_s, u"أكتوبر"_s, u"نوفمبر"_s, u"ديسمبر"_s,
};
const QStringList kWeekdays = {
    u"الاثنين"_s, u"الثلاثاء"_s, u"الأربعاء"_s, u"الخميس"_s, u"الجمعة"_s, u"السبت"_s, u"الأحد"_s,
};

// Ordinals 1–10, masculine and feminine; teens and twenties are composed from them.
const QStringList kUnitsMasc = {
    u"الأول"_s,  u"الثاني"_s, u"الثالث"_s, u"الرابع"_s, u"الخامس"_s,
    u"السادس"_s, u"السابع"_s, u"الثامن"_s, u"التاسع"_s, u"العاشر"_s,
};
const QStringList kUnitsFem = {
    u"الأولى"_s,  u"الثانية"_s, u"الثالثة"_s, u"الرابعة"_s, u"الخامسة"_s,
    u"السادسة"_s, u"السابعة"_s, u"الثامنة"_s, u"التاسعة"_s, u"العاشرة"_s,
};

const QStringList kAgencies = {
    u"وكالة الأناضول"_s, u"وكالة سبوتنيك"_s,        u"وكالة الأنباء الألمانية"_s, u"وكالة تاس"_s,
    u"وكالة إرنا"_s,     u"صحيفة الشرق الأوسط"_s,   u"موقع عنب بلدي"_s,           u"شبكة شام الإخبارية"_s,
    u"قناة الميادين"_s,  u"وكالة قاسيون للأنباء"_s, u"صحيفة العربي الجديد"_s,     u"موقع تلفزيون سوريا"_s,
};
const QStringList kDatelineCities = {u"دمشق"_s, u"موسكو"_s, u"بيروت"_s, u"إسطنبول"_s, u"عمّان"_s};

// Headlines: {H} is the round as the headline writes it (digits, «أستانا N» or words), {T1} a term
// of the article's first theme, {CITY} the venue.
const QStringList kReportHeadlines = {
    u"اختتام الجولة {Hf} من محادثات أستانا حول سوريا"_s,
    u"البيان الختامي للجولة {Hf} من مسار أستانا يركز على {T1}"_s,
    u"الدول الضامنة تختتم الجولة {Hf} في {CITY}"_s,
    u"ما الذي خرجت به الجولة {Hf} من اجتماعات أستانا؟"_s,
    u"{ASTANA}.. الضامنون يجددون مواقفهم من {T1}"_s,
    u"انتهاء أعمال الاجتماع {Hm} بصيغة أستانا"_s,
    u"{ASTANA}: بيان ختامي بلا مفاجآت"_s,
    u"في ختام الجولة {Hf}.. روسيا وتركيا وإيران تتفق على مواصلة التنسيق"_s,
};
const QStringList kAnnouncementHeadlines = {
    u"الخارجية الكازاخستانية تحدد موعد الجولة {Hf} من محادثات أستانا"_s,
    u"موعد جديد لاجتماع {ASTANA} حول سوريا"_s,
    u"كازاخستان تعلن استضافة الجولة {Hf} حول سوريا"_s,
    u"الجولة {Hf} من اجتماعات أستانا تنطلق قريبا"_s,
    u"تحضيرات لانعقاد الاجتماع {Hm} بصيغة أستانا"_s,
    u"{ASTANA} على الأبواب.. ماذا ينتظر السوريون؟"_s,
};
const QStringList kAnalysisHeadlines = {
    u"مسار أستانا بعد سنوات: ماذا بقي من الضمانات؟"_s,      u"قراءة في حصيلة اجتماعات أستانا حول سوريا"_s,
    u"بين موسكو وطهران وأنقرة: حسابات الضامنين الثلاثة"_s,  u"كيف غيّرت صيغة أستانا خريطة النفوذ في سوريا"_s,
    u"تحليل: دبلوماسية الضامنين وحدود التأثير على الأرض"_s, u"أستانا والملف السوري: دروس من مسار طويل"_s,
};

// Leads. {RfN}/{RfO}: feminine ordinal (الجولة) nominative/oblique; {RmN}/{RmO}: masculine
// (الاجتماع، اللقاء). {DATES} the round's dates as written, {VENUE} «في …».
const QStringList kReportLeads = {
    u"اختتمت {VENUE} أعمال الجولة {RfO} من محادثات أستانا حول سوريا، التي عقدت {DATES} بمشاركة وفود روسيا وتركيا وإيران."_s,
    u"انعقدت الجولة {RfN} من اجتماعات صيغة أستانا بشأن سوريا {DATES} {VENUE}، بحضور ممثلين عن الأمم المتحدة وعدد من الدول المراقبة."_s,
    u"أصدرت الدول الضامنة لمسار أستانا بيانها الختامي في ختام الاجتماع {RmO} الذي عقد {VENUE} {DATES}."_s,
    u"جرت {DATES} {VENUE} أعمال الجولة {RfO} من المباحثات الخاصة بسوريا وفق صيغة أستانا، واختتمت بصدور بيان مشترك."_s,
    u"اختتم اللقاء {RmN} رفيع المستوى حول سوريا بصيغة أستانا أعماله {VENUE}، بعد يومين من المشاورات عقدت {DATES}."_s,
    u"عقدت الجولة {RfN} من محادثات أستانا {DATES} {VENUE}، وشارك فيها الأردن ولبنان والعراق بصفة مراقبين."_s,
    u"اختتمت اجتماعات {ASTANA} حول سوريا أعمالها {VENUE}، بعد جلسات عقدت {DATES} بين وفود الدول الضامنة."_s,
    u"اختتمت اليوم {WEEKDAY} {VENUE} أعمال الجولة {RfO} من محادثات أستانا، التي عقدت {DATES}."_s,
};
const QStringList kAnnouncementLeads = {
    u"أعلنت وزارة الخارجية الكازاخستانية أن الجولة {RfN} من محادثات أستانا حول سوريا ستعقد {DATES} {VENUE}."_s,
    u"حددت كازاخستان موعد انعقاد الاجتماع {RmO} بصيغة أستانا، إذ سيعقد {DATES} {VENUE} بمشاركة الدول الضامنة."_s,
    u"تستعد {CITYPLAIN} لاستضافة الجولة {RfO} من المباحثات حول سوريا، والتي ستعقد {DATES} وتستمر يومين."_s,
    u"قال مصدر دبلوماسي إن الجولة {RfN} من اجتماعات أستانا ستنعقد {DATES} {VENUE}، بحسب ما أعلنته الخارجية الكازاخستانية."_s,
    u"من المقرر أن تنطلق الجولة {RfN} من المحادثات بصيغة أستانا {DATES} {VENUE}، وفق ما أعلنه الجانب الكازاخستاني."_s,
    u"ستنطلق اجتماعات {ASTANA} حول سوريا {DATES} {VENUE}، بحسب ما أعلنت الخارجية الكازاخستانية."_s,
};
const QStringList kAnalysisLeads = {
    u"منذ انطلاق مسار أستانا مطلع عام 2017، تعاقبت الاجتماعات بين روسيا وتركيا وإيران من دون أن تحسم مصير الصراع."_s,
    u"يطرح مراقبون أسئلة متزايدة حول جدوى صيغة أستانا بعد سنوات من الاجتماعات المتكررة."_s,
    u"لم يعد مسار أستانا يحظى بالاهتمام الذي رافق انطلاقته، لكنه ما زال القناة الوحيدة التي تجمع الضامنين الثلاثة."_s,
    u"تتباين تقديرات الباحثين لحصيلة مسار أستانا، بين من يراه إطارا لإدارة الأزمة ومن يراه غطاء لتقاسم النفوذ."_s,
};

// Speakers: actor id, whether the intro takes a feminine verb, and intros with {V} for the verb.
struct Speaker
{
    QString actor;
    bool feminine;
    QStringList intros;
    QString quoteName; // for «قال فلان: "…"»; empty when the speaker is not quoted
};

const QList<Speaker> kSpeakers = {
    {u"guarantors"_s,
     true,
     {u"و{V} الدول الضامنة في بيانها الختامي"_s, u"كما {V} الدول الضامنة الثلاث"_s,
      u"و{V} الدول الضامنة في البيان المشترك"_s},
     {}},
    {u"guarantors"_s,
     false,
     {u"و{V} البيان الختامي"_s, u"كما {V} البيان الختامي المشترك"_s, u"و{V} البيان"_s},
     {}},
    {u"lavrentiev"_s,
     false,
     {u"و{V} المبعوث الخاص للرئيس الروسي إلى سوريا ألكسندر لافرنتييف، في تصريح للصحفيين،"_s,
      u"من جانبه، {V} ألكسندر لافرنتييف"_s},
     u"ألكسندر لافرنتييف"_s},
    {u"tumysh"_s,
     false,
     {u"من جهته، {V} نائب وزير الخارجية الكازاخستاني كانات توميش"_s, u"و{V} كانات توميش في كلمة الختام"_s},
     u"كانات توميش"_s},
    {u"khaji"_s, false, {u"و{V} كبير مستشاري وزير الخارجية الإيراني علي أصغر خاجي"_s}, u"علي أصغر خاجي"_s},
    {u"pedersen"_s, false, {u"بدوره، {V} المبعوث الأممي إلى سوريا غير بيدرسون"_s}, u"غير بيدرسون"_s},
    {u"syrian_government"_s, false, {u"و{V} رئيس وفد الحكومة السورية"_s, u"و{V} الوفد الحكومي"_s}, {}},
    {u"opposition"_s, false, {u"في المقابل، {V} وفد المعارضة السورية"_s, u"و{V} وفد المعارضة"_s}, {}},
    {u"turkey"_s, false, {u"و{V} الوفد التركي في بيان منفصل"_s}, {}},
};

// Stances: verb (masculine, feminine), first person, and frames with {T1} (and {T2}) for terms.
struct Stance
{
    QString masc;
    QString fem;
    QString first;
    QStringList frames;
};

const QList<Stance> kStances = {
    {u"أكد"_s,
     u"أكدت"_s,
     u"نؤكد"_s,
     {u"على أهمية الاستمرار في معالجة ملف {T1}"_s, u"على ضرورة إحراز تقدم في ملف {T1} وفي ملف {T2}"_s,
      u"أن قضية «{T1}» تبقى في صدارة الأولويات"_s}},
    {u"شدد"_s,
     u"شددت"_s,
     u"نشدد"_s,
     {u"على أن ملف {T1} لا يحتمل التأجيل"_s, u"على ربط أي خطوة مقبلة بملف {T1}"_s}},
    {u"أدان"_s,
     u"أدانت"_s,
     u"ندين"_s,
     {u"تجاهل المجتمع الدولي لملف {T1}"_s, u"كل ما يعرقل التقدم في ملف {T1} وملف {T2}"_s}},
    {u"دعا"_s,
     u"دعت"_s,
     u"ندعو"_s,
     {u"إلى مضاعفة الجهود في ما يخص {T1}"_s, u"إلى تحرك دولي عاجل بشأن {T1} وبشأن {T2}"_s,
      u"إلى إيلاء اهتمام أكبر لملف {T1}"_s}},
    {u"رفض"_s, u"رفضت"_s, u"نرفض"_s, {u"أي محاولات لتوظيف ملف {T1} لأغراض سياسية"_s}},
    {u"رحب"_s, u"رحبت"_s, u"نرحب"_s, {u"بالتقدم المحرز في ملف {T1}"_s, u"بالنقاشات التي تناولت {T1}"_s}},
    {u"حذر"_s,
     u"حذرت"_s,
     u"نحذر"_s,
     {u"من تداعيات إهمال ملف {T1}"_s, u"من أن التراخي في ملف {T1} ستكون له عواقب"_s}},
};

// Analysis pieces: who speaks, and what (a clause after «أن»).
const QStringList kAnalysts = {
    u"ويرى الباحث في الشأن السوري سامر العلي أن"_s,
    u"ويقول الأكاديمي المتخصص في العلاقات الدولية كريم منصور إن"_s,
    u"وتعتقد الباحثة ليلى حداد أن"_s,
    u"ويعتبر محللون أن"_s,
    u"وتشير تقديرات مراكز بحثية إلى أن"_s,
};
const QStringList kAnalysisClauses = {
    u"ملف {T1} سيبقى العقدة الأصعب في أي تفاهم قادم بين الضامنين"_s,
    u"الحديث عن {T1} تحول إلى بند ثابت في كل بيان دون أثر ملموس"_s,
    u"التعامل مع {T1} يكشف حدود ما تستطيعه موسكو وأنقرة وطهران"_s,
    u"الاهتمام بملف {T1} وملف {T2} يعكس أولويات متباينة لدى الأطراف"_s,
};

// Sentences with no theme and no round number.
const QStringList kReportFillers = {
    u"وتأتي هذه الجولة في ظل تطورات إقليمية متسارعة."_s,
    u"وشارك في الاجتماعات بصفة مراقب كل من الأردن ولبنان والعراق."_s,
    u"وعقدت الوفود لقاءات ثنائية على هامش الاجتماعات قبل الجلسة العامة."_s,
    u"ولم يصدر أي تعليق رسمي من الوفود المشاركة على ما دار في الجلسات المغلقة."_s,
    u"وقال دبلوماسي مطلع طلب عدم الكشف عن اسمه إن النقاشات كانت طويلة وشاقة."_s,
    u"وترأس الوفود نواب وزراء الخارجية في الدول الثلاث."_s,
};
// Background paragraphs: what a real article adds around the news, with no theme and no round number.
const QStringList kBackground = {
    u"وانطلق مسار أستانا مطلع عام 2017 بمبادرة من روسيا وتركيا وإيران، بوصفها دولا ضامنة، بعد أسابيع من التفاهمات التي رعتها موسكو وأنقرة، وشكل منذ ذلك الحين منصة دورية للقاءات الوفود العسكرية والدبلوماسية."_s,
    u"وتضم الوفود المشاركة عادة نواب وزراء خارجية الدول الثلاث ومسؤولين عسكريين وأمنيين، إلى جانب وفدين يمثلان طرفي النزاع، فيما تحضر الأمم المتحدة والأردن ولبنان والعراق بصفة مراقبين."_s,
    u"ويقول دبلوماسيون إن الجلسات المغلقة تتناول عادة ملفات ميدانية تفصيلية لا تظهر في البيانات الرسمية، وإن التفاهمات الأهم تصاغ في اللقاءات الثنائية التي تسبق الجلسة العامة."_s,
    u"ويأخذ منتقدو المسار عليه أنه تحول مع الوقت إلى إطار لإدارة الخلافات بين الدول الضامنة أكثر منه أداة للحل، وأن مخرجاته تتكرر من اجتماع إلى آخر بصيغ متقاربة."_s,
    u"في المقابل، يرى مؤيدوه أنه الإطار الوحيد الذي حافظ على قنوات اتصال مفتوحة بين الأطراف المتنافسة على الأرض، وأنه منع في أكثر من مناسبة انزلاق الأوضاع إلى مواجهة أوسع."_s,
    u"وتتزامن الاجتماعات عادة مع حراك دبلوماسي موازٍ في عواصم المنطقة، حيث يلتقي المسؤولون الروس والأتراك والإيرانيون لبحث ملفات ثنائية تتجاوز الملف السوري."_s,
    u"ولم تعلن الوفود عن تفاصيل المباحثات الجانبية، واكتفت المصادر الرسمية بالإشارة إلى أن الأجواء كانت إيجابية وبناءة."_s,
    u"وكان وزراء خارجية الدول الثلاث قد عقدوا لقاءات متفرقة خلال الأشهر الماضية لتنسيق المواقف قبل الاجتماع."_s,
};
const QStringList kAnalysisFillers = {
    u"ويعد مسار أستانا أحد أبرز المسارات الدبلوماسية المتعلقة بالملف السوري."_s,
    u"ويلتقي ممثلو روسيا وتركيا وإيران بشكل دوري منذ ذلك الحين."_s,
    u"وتتهم أطراف عدة الضامنين بتغليب مصالحهم على مصالح السوريين."_s,
    u"ولا تزال الخلافات بين الأطراف الثلاثة قائمة حول ملفات عديدة."_s,
};
const QStringList kReadAlso = {
    u"اقرأ أيضاً: {X}"_s,
    u"اقرأ أيضا: تقرير عن {X}"_s,
    u"ذات صلة: {X}"_s,
    u"شاهد أيضاً: جولة في ملف {X}"_s,
};
const QStringList kShareLines = {
    u"شارك هذا المقال"_s,
    u"تابعونا على تلغرام"_s,
    u"شارك المقال عبر"_s,
};
const QStringList kCommentForms = {
    u"أضف تعليقاً\nلن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *\nالتعليق *\nالاسم *\nالبريد الإلكتروني *"_s,
    u"اترك رداً\nالاسم\nالبريد الإلكتروني\nأضف تعليق"_s,
    u"أضف رد\nلن يتم نشر البريد الإلكتروني"_s,
};

QString fill(QString text, const QList<std::pair<QString, QString>> &values)
{
    for (const auto &[key, value] : values)
        text.replace(u'{' + key + u'}', value);
    return text;
}

QString digits(int n, bool arabicIndic)
{
    QString s = QString::number(n);
    if (arabicIndic) {
        for (QChar &c : s)
            c = QChar(0x0660 + (c.unicode() - u'0'));
    }
    return s;
}

QString ordinal(int n, bool feminine, bool oblique)
{
    const QStringList &units = feminine ? kUnitsFem : kUnitsMasc;
    if (n <= 10)
        return units.at(n - 1);
    if (n < 20) {
        const QString unit = n == 11 ? (feminine ? u"الحادية"_s : u"الحادي"_s) : units.at(n - 11);
        return unit + (feminine ? u" عشرة"_s : u" عشر"_s);
    }
    const QString twenty = oblique ? u"العشرين"_s : u"العشرون"_s;
    if (n == 20)
        return twenty;
    const QString unit = n == 21 ? (feminine ? u"الحادية"_s : u"الحادي"_s) : units.at(n - 21);
    return unit + u" و"_s + twenty;
}

enum class MonthStyle
{
    Levantine,
    Egyptian,
    DualSlash, // أيار/مايو
    DualSlashEgyptianFirst, // مايو/أيار
    DualParen, // حزيران (يونيو)
};

QString monthName(int month, MonthStyle style)
{
    const QString lev = kMonthsLevantine.at(month - 1);
    const QString egy = kMonthsEgyptian.at(month - 1);
    switch (style) {
    case MonthStyle::Levantine:
        return lev;
    case MonthStyle::Egyptian:
        return egy;
    case MonthStyle::DualSlash:
        return lev + u'/' + egy;
    case MonthStyle::DualSlashEgyptianFirst:
        return egy + u'/' + lev;
    case MonthStyle::DualParen:
        break;
    }
    return lev + u" ("_s + egy + u')';
}

QString monthStyleTag(MonthStyle style)
{
    switch (style) {
    case MonthStyle::Levantine:
        return u"month:levantine"_s;
    case MonthStyle::Egyptian:
        return u"month:egyptian"_s;
    case MonthStyle::DualSlash:
    case MonthStyle::DualSlashEgyptianFirst:
        return u"month:dual-slash"_s;
    case MonthStyle::DualParen:
        break;
    }
    return u"month:dual-paren"_s;
}

QString expandTerm(const QString &term)
{
    return term.endsWith(u'*') ? term.chopped(1) + u'ة' : term;
}

QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Encodes with ICU; an empty result when a character has no windows-1256 form.
QByteArray encodeIcu(const QString &text, const char *codepage)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, void (*)(UConverter *)> conv(ucnv_open(codepage, &status), ucnv_close);
    if (U_FAILURE(status))
        return {};
    ucnv_setFromUCallBack(conv.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    const auto *src = reinterpret_cast<const UChar *>(text.utf16());
    QByteArray out(int(text.size()) * 2 + 16, Qt::Uninitialized);
    const int32_t n
        = ucnv_fromUChars(conv.get(), out.data(), int32_t(out.size()), src, int32_t(text.size()), &status);
    if (U_FAILURE(status))
        return {};
    out.truncate(n);
    return out;
}

} // namespace

CorpusGenerator::CorpusGenerator(const ReferenceData &reference, quint64 seed)
    : m_reference(reference)
    , m_seed(seed)
{
    for (const RoundInfo &r : reference.rounds()) {
        if (r.number > 0)
            m_rounds.append(&r);
    }
    std::sort(m_rounds.begin(), m_rounds.end(),
              [](const RoundInfo *a, const RoundInfo *b) { return a->number < b->number; });

    // A term is usable when it reads as a noun phrase (so the frames stay grammatical) and holds no
    // other theme's term: then writing it adds exactly one theme to the truth.
    QList<std::pair<QString, QString>> allTerms; // theme id, folded term without '*'
    for (const ThemeInfo &t : reference.themes()) {
        for (const QString &term : t.terms)
            allTerms.append({t.id, fold(term.endsWith(u'*') ? term.chopped(1) : term)});
    }
    for (const ThemeInfo &t : reference.themes()) {
        ThemeChoice choice {t.id, {}};
        for (const QString &term : t.terms) {
            const QString written = expandTerm(term);
            const QString folded = fold(written);
            if (!folded.startsWith(u"ال"))
                continue;
            const bool clean = std::none_of(allTerms.cbegin(), allTerms.cend(), [&](const auto &other) {
                return other.first != t.id && folded.contains(other.second);
            });
            if (clean)
                choice.terms.append(written);
        }
        if (!choice.terms.isEmpty())
            m_themes.append(choice);
    }
}

QStringList CorpusGenerator::lexiconTerms() const
{
    QStringList terms;
    for (const ThemeInfo &t : m_reference.themes()) {
        for (const QString &term : t.terms)
            terms.append(term.endsWith(u'*') ? term.chopped(1) : term);
    }
    terms.removeDuplicates();
    return terms;
}

QString CorpusGenerator::fold(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x064B && u <= 0x0652) || u == 0x0670 || u == 0x0640)
            continue;
        if (u == 0x0623 || u == 0x0625 || u == 0x0622 || u == 0x0671)
            out.append(QChar(0x0627));
        else if (u == 0x0649)
            out.append(QChar(0x064A));
        else if (u == 0x0629)
            out.append(QChar(0x0647));
        else if (u >= 0x0660 && u <= 0x0669)
            out.append(QChar(u'0' + (u - 0x0660)));
        else if (u >= 0x06F0 && u <= 0x06F9)
            out.append(QChar(u'0' + (u - 0x06F0)));
        else
            out.append(c);
    }
    return out;
}

GeneratedArticle CorpusGenerator::article(int index) const
{
    Random rng(m_seed * 0x100000001B3ULL + quint64(index) * 0x9E3779B97F4A7C15ULL + 1);
    GeneratedArticle a;
    a.id = u"a%1"_s.arg(index, 6, 10, QChar(u'0'));

    // File format and encoding first: windows-1256 has no Arabic-Indic digits.
    const bool html = rng.chance(15);
    a.format = html ? u"html"_s : u"text"_s;
    a.fileName = a.id + (html ? u".html"_s : u".txt"_s);
    const int encodingRoll = rng.below(100);
    a.encoding = encodingRoll < 12   ? u"windows-1256"_s
        : encodingRoll < 16 && !html ? u"UTF-16LE"_s
        : encodingRoll < 22          ? u"UTF-8-BOM"_s
                                     : u"UTF-8"_s;
    const bool indicDigits = a.encoding != u"windows-1256" && rng.chance(15);
    a.tags << u"format:"_s + a.format << u"encoding:"_s + a.encoding;
    if (indicDigits)
        a.tags << u"digits:arabic-indic"_s;

    const int kindRoll = rng.below(100);
    a.kind = kindRoll < 55 ? u"report"_s : kindRoll < 80 ? u"announcement"_s : u"analysis"_s;
    a.tags << u"kind:"_s + a.kind;
    const bool analysis = a.kind == u"analysis";

    const RoundInfo *round = analysis ? nullptr : m_rounds.at(index % m_rounds.size());
    const MonthStyle monthStyle = MonthStyle(rng.below(5));
    auto num = [&](int n) { return digits(n, indicDigits); };

    // Themes: two to five distinct ones, each written with one lexicon term.
    QList<int> themeOrder;
    for (int i = 0; i < m_themes.size(); ++i)
        themeOrder.append(i);
    for (int i = int(themeOrder.size()) - 1; i > 0; --i)
        std::swap(themeOrder[i], themeOrder[rng.below(i + 1)]);
    const int themeCount = 2 + rng.below(4);
    QStringList articleTerms;
    for (int i = 0; i < themeCount; ++i) {
        const ThemeChoice &t = m_themes.at(themeOrder.at(i));
        const QString term = rng.pick(t.terms);
        a.themeTerms.insert(t.id, term);
        articleTerms.append(term);
    }
    int nextTerm = 0;
    auto takeTerm = [&] { return articleTerms.at(nextTerm++ % articleTerms.size()); };

    QStringList header;
    QStringList body;
    QStringList tail;

    // Page date: reports from the last day of the round to a few days later, announcements weeks
    // before, analysis pieces away from any round.
    if (rng.chance(70)) {
        QDate published;
        if (round && a.kind == u"report")
            published = round->end.addDays(rng.below(4));
        else if (round)
            published = round->start.addDays(-3 - rng.below(30));
        else {
            const RoundInfo *r = m_rounds.at(rng.below(int(m_rounds.size()) - 1));
            published = r->end.addDays(20 + rng.below(40));
        }
        a.published = published;
        const int style = rng.below(5);
        QString line;
        switch (style) {
        case 0:
            line = num(published.day()) + u' ' + monthName(published.month(), monthStyle) + u' '
                + num(published.year());
            break;
        case 1:
            line = kWeekdays.at(published.dayOfWeek() - 1) + u"، "_s + num(published.day()) + u' '
                + monthName(published.month(), monthStyle) + u' ' + num(published.year());
            break;
        case 2:
            line = u"تاريخ النشر: "_s + num(published.day()) + u' ' + monthName(published.month(), monthStyle)
                + u' ' + num(published.year());
            break;
        case 3:
            line = published.toString(u"yyyy-MM-dd"_s);
            break;
        default:
            line = published.toString(u"dd/MM/yyyy"_s);
            break;
        }
        header.append(line);
        a.tags << u"dateline:"_s + QString::number(style);
    } else {
        a.tags << u"dateline:none"_s;
    }
    if (rng.chance(30)) {
        a.source = rng.pick(kAgencies);
        header.append(a.source);
        a.tags << u"agency:header"_s;
    }

    // The round as written: one form for the headline, one for the lead.
    QList<std::pair<QString, QString>> roundValues;
    QString city;
    if (round) {
        const int n = round->number;
        city = round->city.en == u"Astana" && rng.chance(25) ? u"أستانة"_s : round->city.ar;
        const int leadForm = rng.below(10);
        QString fN, fO, mN, mO;
        if (leadForm < 5) {
            fN = ordinal(n, true, false);
            fO = ordinal(n, true, true);
            mN = ordinal(n, false, false);
            mO = ordinal(n, false, true);
            a.tags << (n >= 20      ? u"round:words-twenties"_s
                           : n > 10 ? u"round:words-teens"_s
                                    : u"round:words-units"_s);
        } else {
            const QString d = num(n);
            const QString written = leadForm < 7 ? u"الـ"_s + d : leadForm < 8 ? u"الـ "_s + d : d;
            fN = fO = mN = mO = written;
            a.tags << (leadForm < 8 ? u"round:al-digits"_s : u"round:bare-digits"_s);
        }
        const int headForm = rng.below(3);
        const QString astana
            = rng.chance(70) ? QString(u"«أستانا "_s + num(n) + u'»') : QString(u"أستانا"_s + num(n));
        const QString hDigits = u"الـ"_s + num(n);
        roundValues = {
            {u"RfN"_s, fN},
            {u"RfO"_s, fO},
            {u"RmN"_s, mN},
            {u"RmO"_s, mO},
            {u"Hf"_s, headForm == 0 ? fO : hDigits},
            {u"Hm"_s, headForm == 0 ? mO : hDigits},
            {u"ASTANA"_s, astana},
        };
        a.round = n;
        a.roundStart = round->start;
        a.roundEnd = round->end;
        a.tags << u"headline:"_s + (headForm == 0 ? u"words"_s : u"digits"_s);
    }

    auto venuePhrase = [&](const RoundInfo *r) -> QString {
        if (r->city.en == u"Sochi")
            return rng.chance(50) ? u"في منتجع سوتشي الروسي"_s : u"في مدينة سوتشي"_s;
        const int v = rng.below(3);
        const QString c = r == round ? city : r->city.ar;
        if (v == 0)
            return u"في العاصمة الكازاخستانية "_s + c;
        return v == 1 ? u"في العاصمة الكازاخية "_s + c : u"في "_s + c;
    };
    auto datesPhrase = [&](const RoundInfo *r, bool allowNone, QString *tag) -> QString {
        const int d1 = r->start.day();
        const int d2 = r->end.day();
        const QString month = monthName(r->start.month(), monthStyle);
        const QString year = num(r->start.year());
        const int style = rng.below(allowNone ? 10 : 9);
        *tag = u"dates:"_s + QString::number(style);
        switch (style) {
        case 0:
            return u"يومي "_s + num(d1) + u" و"_s + num(d2) + u' ' + month + u' ' + year;
        case 1:
            return u"يومي "_s + num(d1) + u" و"_s + num(d2) + u" من "_s + month;
        case 2:
            return u"بين "_s + num(d1) + u" و"_s + num(d2) + u' ' + month + u' ' + year;
        case 3:
            return u"في "_s + num(d1) + u'-' + num(d2) + u' ' + month + u' ' + year;
        case 4:
            return u"خلال الفترة "_s + num(d1) + u" - "_s + num(d2) + u' ' + month;
        case 5:
            return u"("_s + num(d1) + QChar(0x2013) + num(d2) + u' ' + month + u' ' + year + u')';
        case 6:
            return u"يوم "_s + kWeekdays.at(r->start.dayOfWeek() - 1) + u' ' + num(d1) + u' ' + month;
        case 7:
            // Reversed range, as some sites write it.
            return u"في "_s + num(d2) + u'-' + num(d1) + u' ' + month + u' ' + year;
        case 8:
            return u"يومي "_s + kWeekdays.at(r->start.dayOfWeek() - 1) + u" و"_s
                + kWeekdays.at(r->end.dayOfWeek() - 1) + u' ' + num(d1) + u" و"_s + num(d2) + u' ' + month
                + u' ' + year;
        default:
            break;
        }
        return u"مؤخرا"_s;
    };

    auto statementSentence = [&](int roundOfStatement, bool recap) -> QString {
        const Speaker &speaker = recap ? kSpeakers.at(rng.below(2)) : rng.pick(kSpeakers);
        const Stance &stance = rng.pick(kStances);
        QString frame = rng.pick(stance.frames);
        frame = fill(frame, {{u"T1"_s, takeTerm()}});
        if (frame.contains(u"{T2}"))
            frame = fill(frame, {{u"T2"_s, takeTerm()}});
        a.statements.append({speaker.actor, roundOfStatement});
        if (!recap && !speaker.quoteName.isEmpty() && rng.chance(30)) {
            a.tags << u"statement:quoted"_s;
            return u"وقال "_s + speaker.quoteName + u": «"_s + stance.first + u' ' + frame + u"»."_s;
        }
        const QString verb = speaker.feminine ? stance.fem : stance.masc;
        return fill(rng.pick(speaker.intros), {{u"V"_s, verb}}) + u' ' + frame + u'.';
    };

    QString headline;
    if (a.kind == u"report") {
        headline = fill(rng.pick(kReportHeadlines), roundValues);
        QString tag;
        const QString dates = datesPhrase(round, true, &tag);
        a.tags << tag;
        if (!tag.endsWith(u'9'))
            a.datesText = dates;
        QString lead = rng.pick(kReportLeads);
        if (lead.contains(u"{WEEKDAY}")) {
            // «اليوم» is the page's day: only where that is the round's last day.
            if (a.published.isValid() && a.published != round->end)
                lead = kReportLeads.at(0);
            else
                a.tags << u"lead:today-weekday"_s;
        }
        lead = fill(lead, roundValues);
        lead = fill(lead,
                    {{u"DATES"_s, dates},
                     {u"VENUE"_s, venuePhrase(round)},
                     {u"WEEKDAY"_s, kWeekdays.at(round->end.dayOfWeek() - 1)}});
        if (lead.contains(u"اجتماعات «أستانا") || lead.contains(u"اجتماعات أستانا"_s + num(round->number)))
            a.tags << u"round:astana-n"_s;
        if (rng.chance(20)) {
            lead = rng.pick(kDatelineCities) + u" - "_s + lead;
            a.tags << u"lead:city-prefix"_s;
        }
        body.append(lead);
        const int statements = 3 + rng.below(4);
        QString paragraph;
        for (int i = 0; i < statements; ++i) {
            paragraph += (paragraph.isEmpty() ? QString() : u" "_s) + statementSentence(round->number, false);
            if (rng.chance(50)) {
                body.append(paragraph);
                paragraph.clear();
            }
            if (rng.chance(20))
                body.append(rng.pick(kReportFillers));
        }
        if (!paragraph.isEmpty())
            body.append(paragraph);
        const int distractor = rng.below(10);
        if (distractor == 0) {
            // An ordinal of another body's meeting (and its theme), not a round of Astana.
            body.append(u"وتزامنت الجولة مع انعقاد الاجتماع "_s + ordinal(2 + rng.below(8), false, true)
                        + u" للجنة الدستورية في جنيف."_s);
            a.themeTerms.insert(u"political_process"_s, u"في جنيف"_s);
            a.tags << u"distractor:constitutional-committee"_s;
        } else if (distractor == 1 && round->number > 1) {
            body.append(u"وتعد هذه الجولة الأولى التي تعقد منذ أشهر بحضور جميع الوفود."_s);
            a.tags << u"distractor:first-since"_s;
        } else if (distractor == 2) {
            body.append(
                u"وقال دبلوماسي إن الوفود ستلتقي مجددا على هامش الدورة الثامنة والسبعين للجمعية العامة للأمم المتحدة."_s);
            a.tags << u"distractor:other-session"_s;
        } else if (distractor == 3) {
            body.append(u"وشارك وفد عراقي للمرة الأولى في اليوم الثاني من الاجتماعات."_s);
            a.tags << u"distractor:first-time"_s;
        }
        if (round->number > 1 && rng.chance(40)) {
            // The previous round with its own dates: they must not be taken for this round's.
            const RoundInfo *prev = m_rounds.at(round->number - 2);
            QString prevTag;
            const QString prevDates = datesPhrase(prev, false, &prevTag);
            body.append(u"وكانت الجولة "_s
                        + (rng.chance(50) ? u"الـ"_s + num(prev->number) : ordinal(prev->number, true, false))
                        + u" قد عقدت "_s + prevDates + u' ' + venuePhrase(prev) + u'.');
            a.tags << u"context:previous-round-dated"_s;
        }
        if (rng.chance(30)) {
            body.append(u"واتفق المشاركون على عقد الجولة المقبلة في "_s
                        + (round->city.en == u"Sochi" ? u"أستانا"_s : city)
                        + u" خلال النصف الثاني من العام."_s);
            a.tags << u"context:next-round"_s;
        }
    } else if (a.kind == u"announcement") {
        headline = fill(rng.pick(kAnnouncementHeadlines), roundValues);
        QString tag;
        const QString dates = datesPhrase(round, false, &tag);
        a.tags << tag;
        a.datesText = dates;
        QString lead = fill(rng.pick(kAnnouncementLeads), roundValues);
        lead = fill(lead, {{u"DATES"_s, dates}, {u"VENUE"_s, venuePhrase(round)}, {u"CITYPLAIN"_s, city}});
        if (lead.contains(u"اجتماعات «أستانا") || lead.contains(u"اجتماعات أستانا"_s + num(round->number)))
            a.tags << u"round:astana-n"_s;
        body.append(lead);
        body.append(statementSentence(round->number, false).replace(u"في كلمة الختام"_s, u"في تصريح صحفي"_s));
        if (round->number > 1 && rng.chance(70)) {
            // A recap of the previous round's final statement: those points are the previous round's.
            const RoundInfo *prev = m_rounds.at(round->number - 2);
            body.append(u"وكانت الجولة السابقة قد انعقدت في "_s + monthName(prev->start.month(), monthStyle)
                        + u' ' + num(prev->start.year()) + u"، وصدر عنها بيان ختامي مشترك."_s);
            const int points = 1 + rng.below(3);
            for (int i = 0; i < points; ++i)
                body.append(statementSentence(prev->number, true));
            a.tags << u"context:recap-previous"_s;
        } else {
            body.append(statementSentence(round->number, false));
        }
        if (rng.chance(30))
            body.append(rng.pick(kReportFillers));
    } else {
        headline = rng.pick(kAnalysisHeadlines);
        body.append(rng.pick(kAnalysisLeads));
        const int paragraphs = 2 + rng.below(3);
        for (int i = 0; i < paragraphs; ++i) {
            QString clause = fill(rng.pick(kAnalysisClauses), {{u"T1"_s, takeTerm()}});
            if (clause.contains(u"{T2}"))
                clause = fill(clause, {{u"T2"_s, takeTerm()}});
            body.append(rng.pick(kAnalysts) + u' ' + clause + u'.');
            if (rng.chance(40))
                body.append(rng.pick(kAnalysisFillers));
        }
    }
    // Background, as long articles have it.
    for (int i = 0, n = 1 + rng.below(4); i < n; ++i)
        body.insert(1 + rng.below(int(body.size())), rng.pick(kBackground));
    // Every theme of the truth must be written even when there were fewer slots than themes.
    while (nextTerm < articleTerms.size()) {
        if (round)
            body.append(statementSentence(a.kind == u"report" ? round->number : round->number, false));
        else
            body.append(rng.pick(kAnalysts) + u' ' + fill(kAnalysisClauses.at(0), {{u"T1"_s, takeTerm()}})
                        + u'.');
    }
    headline = fill(headline, {{u"T1"_s, articleTerms.at(0)}, {u"CITY"_s, city}});
    a.roundMention = round ? roundValues.at(0).second : QString();
    // The lead's mention, in whichever case the lead used.
    if (round) {
        for (const auto &[key, value] : roundValues) {
            if (body.at(0).contains(value) && (key.startsWith(u'R') || key == u"ASTANA")) {
                a.roundMention = value;
                break;
            }
        }
    }

    if (!a.source.isEmpty() || rng.chance(20)) {
        if (a.source.isEmpty()) {
            a.source = rng.pick(kAgencies);
            a.tags << u"agency:source-line"_s;
        }
        if (!a.tags.contains(u"agency:header"_s))
            body.append(u"المصدر: "_s + a.source);
    }

    // Boilerplate; a "read also" line may carry another theme's term, which must not count.
    if (rng.chance(50)) {
        QString other;
        for (const int i : std::as_const(themeOrder)) {
            if (!a.themeTerms.contains(m_themes.at(i).id)) {
                other = m_themes.at(i).terms.first();
                break;
            }
        }
        const QString line = fill(rng.pick(kReadAlso), {{u"X"_s, other}});
        body.insert(1 + rng.below(int(body.size())), line);
        a.boilerplateLines.append(line);
        a.tags << u"boilerplate:read-also"_s;
    }
    if (rng.chance(30)) {
        const QString line = rng.pick(kShareLines);
        tail.append(line);
        a.boilerplateLines.append(line);
    }
    if (rng.chance(40)) {
        const QString form = rng.pick(kCommentForms);
        tail.append(form);
        a.boilerplateLines.append(form.split(u'\n'));
        a.tags << u"boilerplate:comment-form"_s;
    }

    QStringList visible = header;
    visible.append(headline);
    visible.append(body);
    visible.append(tail);
    a.visibleText = visible.join(u'\n');

    QString content;
    if (html) {
        const QString charset = a.encoding == u"windows-1256" ? u"windows-1256"_s : u"utf-8"_s;
        QString trap;
        for (const int i : std::as_const(themeOrder)) {
            if (!a.themeTerms.contains(m_themes.at(i).id))
                trap = m_themes.at(i).terms.last();
        }
        content = u"<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\""_s + charset
            + u"\">\n<title>"_s + htmlEscaped(headline) + u"</title>\n<style>body{direction:rtl}</style>\n"_s
            + u"<script>var keywords = [\""_s + trap + u"\"];</script>\n</head>\n<body>\n"_s
            + u"<nav><a href=\"/\">الرئيسية</a> | <a href=\"/syria\">سوريا</a> | <a href=\"/t\">"_s + trap
            + u"</a></nav>\n<article>\n"_s;
        for (const QString &h : std::as_const(header))
            content += u"<p class=\"meta\">"_s + htmlEscaped(h) + u"</p>\n"_s;
        content += u"<h1>"_s + htmlEscaped(headline) + u"</h1>\n"_s;
        for (const QString &p : std::as_const(body))
            content += u"<p>"_s + htmlEscaped(p) + u"</p>\n"_s;
        for (const QString &t : std::as_const(tail))
            content += u"<p>"_s + htmlEscaped(t).replace(u'\n', u"<br>"_s) + u"</p>\n"_s;
        content += u"</article>\n<footer>جميع الحقوق محفوظة &copy; "_s + trap
            + u"</footer>\n</body>\n</html>\n"_s;
        a.tags << u"html:traps"_s;
    } else {
        content = a.visibleText + u'\n';
        if (rng.chance(30))
            content = visible.join(u"\n\n"_s) + u'\n';
    }

    if (a.encoding == u"windows-1256") {
        a.bytes = encodeIcu(content, "windows-1256");
        if (a.bytes.isEmpty()) {
            a.encoding = u"UTF-8"_s;
            a.tags.replaceInStrings(u"encoding:windows-1256"_s, u"encoding:UTF-8"_s);
        }
    }
    if (a.encoding == u"UTF-16LE") {
        a.bytes = QByteArray("\xFF\xFE", 2)
            + QByteArray(reinterpret_cast<const char *>(content.utf16()), int(content.size()) * 2);
    } else if (a.encoding == u"UTF-8-BOM") {
        a.bytes = QByteArray("\xEF\xBB\xBF") + content.toUtf8();
    } else if (a.encoding == u"UTF-8") {
        a.bytes = content.toUtf8();
    }
    a.tags << monthStyleTag(monthStyle);
    a.tags.removeDuplicates();
    return a;
}
