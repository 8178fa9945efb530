#pragma once

#include "core/text/pagelayout.h"

#include <QSizeF>
#include <QString>

namespace pl::text {

/// The title printed on a document's first page: the lines set in the largest type on the page's upper part,
/// joined when they follow one another (a title of two or three lines), read as printed.
/// - Form labels and what they label (보도시점, 담당부서, 사업목적, 소관부처 국토교통부, 문서번호 : …), a
///   signature (윤석대 한국수자원공사 사장), dates, page numbers and file names are not titles.
/// - A cover whose largest type names only the kind of document (제안요청서, 검토보고, 보도자료, 회의록)
/// gives
///   the subject set next largest with it: "제안요청서: 생성형 AI 구축 및 학습 용역"; a press release gives
///   its headline alone.
/// - Letter-spaced words are closed up (제 안 요 청 서 → 제안요청서).
/// Empty when the page prints nothing that can be a title. `prominence`: the title's type size over the
/// page's median line (about 1 when the page sets nothing apart, as a table or a form).
QString findTitle(const QList<TextLine>& lines, const QSizeF& pageSize, double* prominence = nullptr);

/// Closes up runs of three or more single Hangul syllables set apart by spaces (검 토 보 고 → 검토보고).
QString closeLetterSpacing(const QString& line);

/// A document file name's base with the extension removed when it reads as a title ("전국 장례식장
/// 현황.hwpx" → "전국 장례식장 현황"); empty for names that are not titles (붙임1_최종(수정).hwp, untitled).
QString titleFromFileName(const QString& name);

} // namespace pl::text
