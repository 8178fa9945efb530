#pragma once

#include "core/text/documentassembler.h"

#include <QDate>
#include <QList>
#include <QString>

#include <utility>

namespace pl::facts::detail {

/// One date or period found in a text, in the gold conventions (see DateFact).
struct DateSpan {
    qsizetype from = 0;
    qsizetype to = 0;
    QString start;
    QString end;
    QString precision;
    bool yearInferred = false;
    bool relative = false;
};

/// Reads dates and periods out of texts in document order. It remembers the year (and quarter) last stated
/// in prose, so that "5월", "2분기" or "전년" further on resolve against it; with no such context they
/// resolve against the document year.
class DateScanner {
public:
    explicit DateScanner(int documentYear = 0);

    QList<DateSpan> scan(const QString& text);

    /// The year the document was written, from its own text where the library's date disagrees with it: a
    /// 보도시점/배포일 line first, then the library date if the first pages state a month or day of that
    /// year, else the year the first pages name most often.
    static int documentYear(const QList<text::Passage>& passages, const QDate& libraryDate);

private:
    int m_documentYear = 0;
    int m_contextYear = 0;
    int m_contextQuarter = 0;
    int m_passage = 0;                        ///< how many texts were scanned
    QList<std::pair<int, int>> m_recentYears; ///< (text number, year) of years stated in prose
};

} // namespace pl::facts::detail
