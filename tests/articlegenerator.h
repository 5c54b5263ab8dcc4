// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

// Arabic news articles about the Astana rounds made from a few templates, for imports of any size.
// Article `i` differs from every other in its words (round, city, agency, ordinal word, phrases),
// not only in a number, so that duplicate detection cannot pass by accident.
namespace ArticleGenerator {

inline QString text(int i)
{
    using namespace Qt::Literals::StringLiterals;
    static const QStringList agencies {u"وكالة سبوتنيك"_s, u"وكالة الأناضول"_s, u"وكالة سانا"_s,
                                       u"وكالة تاس"_s, u"وكالة قاسيون للأنباء"_s};
    static const QStringList leads {
        u"اختتمت في العاصمة الكازاخية أستانا أعمال الجولة %1 من محادثات أستانا حول سوريا."_s,
        u"انطلقت اليوم الجولة %1 من مسار أستانا بمشاركة الدول الضامنة روسيا وتركيا وإيران."_s,
        u"أعلنت الخارجية الكازاخية أن الجولة %1 من محادثات أستانا ستعقد الشهر المقبل."_s};
    static const QStringList points {u"وأكدت الدول الضامنة التزامها بسيادة سوريا ووحدة أراضيها."_s,
                                     u"ودعا البيان الختامي إلى تسهيل عودة اللاجئين والمهجرين إلى ديارهم."_s,
                                     u"وأدان المشاركون الضربات الإسرائيلية على الأراضي السورية."_s,
                                     u"وشدد الضامنون على مكافحة الإرهاب وتنظيم داعش وهيئة تحرير الشام."_s,
                                     u"ورحب البيان باستمرار عمل اللجنة الدستورية في جنيف."_s,
                                     u"وأشار إلى ضرورة إطلاق سراح المحتجزين والمختطفين."_s,
                                     u"وطالب برفع العقوبات الأحادية المفروضة على سوريا."_s};
    static const QStringList words {u"الأولى"_s,  u"الثانية"_s, u"الثالثة"_s, u"الرابعة"_s, u"الخامسة"_s,
                                    u"السادسة"_s, u"السابعة"_s, u"الثامنة"_s, u"التاسعة"_s, u"العاشرة"_s};
    static const QStringList names {u"سامر"_s, u"ليلى"_s, u"خالد"_s, u"نور"_s, u"رامي"_s,
                                    u"هدى"_s,  u"يوسف"_s, u"مريم"_s, u"عمر"_s, u"سلمى"_s,
                                    u"طارق"_s, u"رنا"_s,  u"فادي"_s};
    const int round = 1 + i % 22;
    QString out = u"محادثات أستانا: الجولة "_s + QString::number(round) + u"\n\n"_s
        + agencies.at(i % agencies.size()) + u"\n\n"_s
        + leads.at(i % leads.size()).arg(QString::number(round)) + u"\n\n"_s;
    // Three paragraphs of points, about the size of a real news article.
    for (int paragraph = 0; paragraph < 3; ++paragraph) {
        for (int p = 0; p < 5; ++p)
            out += points.at((i + paragraph + p * 3) % points.size()) + u' ';
        out += u"\n\n"_s;
    }
    // Words, not digits, make each article unique after normalisation.
    int n = i;
    QStringList tag;
    do {
        tag.append(names.at(n % names.size()));
        n /= int(names.size());
    } while (n > 0);
    out += u"كتب التقرير "_s + tag.join(u' ') + u" في المرة "_s + words.at(i % words.size()) + u'.';
    return out;
}

// Writes `count` articles as UTF-8 .txt files into `dir`, in subfolders of 500.
inline bool writeFolder(const QString &dir, int count, int first = 0)
{
    using namespace Qt::Literals::StringLiterals;
    for (int i = first; i < first + count; ++i) {
        const QString sub = dir + u"/part-"_s + QString::number(i / 500);
        if (!QDir().mkpath(sub))
            return false;
        QFile f(sub + u"/article-"_s + QString::number(i).rightJustified(6, u'0') + u".txt"_s);
        if (!f.open(QIODevice::WriteOnly) || f.write(text(i).toUtf8()) < 0)
            return false;
    }
    return true;
}

} // namespace ArticleGenerator
