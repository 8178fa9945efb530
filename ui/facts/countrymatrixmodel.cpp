#include "ui/facts/countrymatrixmodel.h"

#include "core/facts/factkinds.h"
#include "ui/facts/budgetmodel.h"
#include "ui/facts/libraryfacts.h"
#include "ui/facts/moneyformat.h"
#include "ui/facts/timelinemodel.h"

#include <QHash>
#include <QRegularExpression>
#include <cmath>

namespace pl::ui {

namespace {

constexpr int quoteLength = 160; // characters of a passage quoted in a cell
constexpr int quotesKept = 5;    // per cell; the count says how many there were

const QRegularExpression& themePattern(CountryMatrixModel::Theme theme) {
    using Theme = CountryMatrixModel::Theme;
    static const auto make = [](const char* pattern) {
        return QRegularExpression(QString::fromUtf8(pattern),
                                  QRegularExpression::CaseInsensitiveOption |
                                      QRegularExpression::UseUnicodePropertiesOption);
    };
    static const QRegularExpression patterns[int(Theme::Count)] = {
        make("전략|계획|비전|로드맵|이니셔티브|\\b(strateg\\w*|plan|roadmap|initiative)\\b"),
        make("예산|투자|펀드|기금|\\d\\s*(억|조|만)\\s*(원|달러|유로|위안|엔|파운드)|\\b(budget|invest\\w*|"
             "fund\\w*|"
             "billion)\\b"),
        make("규제|법률|법안|입법|법제|기본법|AI\\s*법|AI\\s*Act|가이드라인|윤리|행정명령|규범|\\b("
             "regulat\\w*|law|"
             "act|executive order|guideline\\w*)\\b"),
        make("위원회|연구소|연구원|기관|센터|사무국|전담|\\b(institute|agency|office|council|committee)\\b"),
        make("인재|인력|양성|교육|전문가|연구자|\\b(talent\\w*|skill\\w*|education|workforce)\\b"),
        make("컴퓨팅|반도체|GPU|NPU|슈퍼컴퓨터|데이터\\s*센터|클라우드|\\b(comput\\w*|chips?|"
             "semiconductor\\w*|data "
             "cent(er|re)s?)\\b"),
        make("데이터|\\b(data|datasets?)\\b"),
    };
    return patterns[int(theme)];
}

/// The whole sentence in which the theme is named; a very long one is cut at a word, after the theme.
QString quoteAround(const QString& simple, qsizetype at) {
    qsizetype offset = 0;
    QString sentence = facts::detail::sentenceAround(simple, at, at, &offset).trimmed();
    static const QRegularExpression lead(QStringLiteral("^[\\s▲•□○◦▪■●※❍◎◇◆▶►\\-–·]+"));
    sentence.remove(lead);
    const qsizetype limit = 2 * quoteLength;
    if (sentence.size() > limit) {
        qsizetype cut = sentence.lastIndexOf(u' ', limit);
        if (cut < offset + 20)
            cut = limit;
        sentence = sentence.left(cut).trimmed() + QChar(0x2026);
    }
    return sentence;
}

/// Body text a comparison may quote: not a footnote, a source line, a reference or a web address.
bool quotable(const text::Passage& passage, const QString& simple) {
    if (passage.kind == text::Passage::Kind::Note)
        return false;
    static const QRegularExpression source(
        QStringLiteral("^\\s*(?:[\\d①-⑳*]+\\s*[).]?\\s*|※\\s*)?(?:출처|자료|참고|Source|References?)\\s*[:：)]|"
                       "https?://|www\\.|Retrieved|검색일|accessed"),
        QRegularExpression::CaseInsensitiveOption);
    return !source.match(simple).hasMatch();
}

QString htmlEscaped(const QString& s) {
    return s.toHtmlEscaped();
}

QString csvField(QString s) {
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}

} // namespace

QString CountryQuote::citation() const {
    return CountryMatrixModel::tr("%1, p. %2").arg(document).arg(page);
}

CountryMatrixModel::CountryMatrixModel(QObject* parent) : QAbstractTableModel(parent) {}

bool CountryMatrixModel::mentions(const QString& text, Theme theme) {
    return themePattern(theme).match(text).hasMatch();
}

QString CountryMatrixModel::countryName(const QString& code) {
    static const QHash<QString, const char*> names = {
        {QStringLiteral("KR"), QT_TR_NOOP("Korea")},
        {QStringLiteral("US"), QT_TR_NOOP("United States")},
        {QStringLiteral("CN"), QT_TR_NOOP("China")},
        {QStringLiteral("JP"), QT_TR_NOOP("Japan")},
        {QStringLiteral("GB"), QT_TR_NOOP("United Kingdom")},
        {QStringLiteral("DE"), QT_TR_NOOP("Germany")},
        {QStringLiteral("FR"), QT_TR_NOOP("France")},
        {QStringLiteral("CA"), QT_TR_NOOP("Canada")},
        {QStringLiteral("IN"), QT_TR_NOOP("India")},
        {QStringLiteral("SG"), QT_TR_NOOP("Singapore")},
        {QStringLiteral("IL"), QT_TR_NOOP("Israel")},
        {QStringLiteral("AE"), QT_TR_NOOP("United Arab Emirates")},
        {QStringLiteral("SA"), QT_TR_NOOP("Saudi Arabia")},
        {QStringLiteral("TW"), QT_TR_NOOP("Taiwan")},
        {QStringLiteral("AU"), QT_TR_NOOP("Australia")},
        {QStringLiteral("IT"), QT_TR_NOOP("Italy")},
        {QStringLiteral("NL"), QT_TR_NOOP("Netherlands")},
        {QStringLiteral("FI"), QT_TR_NOOP("Finland")},
        {QStringLiteral("SE"), QT_TR_NOOP("Sweden")},
        {QStringLiteral("EU"), QT_TR_NOOP("European Union")},
        {QStringLiteral("OECD"), QT_TR_NOOP("OECD")},
        {QStringLiteral("UN"), QT_TR_NOOP("United Nations")},
        {QStringLiteral("G7"), QT_TR_NOOP("G7")},
        {QStringLiteral("G20"), QT_TR_NOOP("G20")},
    };
    const auto it = names.constFind(code);
    return it == names.constEnd() ? code : tr(*it);
}

QString CountryMatrixModel::themeName(Theme theme) {
    switch (theme) {
    case Theme::Strategy:
        return tr("Strategy and plans");
    case Theme::Budget:
        return tr("Budget");
    case Theme::Regulation:
        return tr("Regulation and law");
    case Theme::Institutions:
        return tr("Institutions");
    case Theme::Talent:
        return tr("Talent");
    case Theme::Compute:
        return tr("Compute");
    case Theme::Data:
        return tr("Data");
    case Theme::Count:
        break;
    }
    return {};
}

void CountryMatrixModel::setFacts(const LibraryFacts& facts) {
    QHash<QString, int> rowOf;
    QList<CountryRow> all;
    auto rowFor = [&](const QString& code) -> CountryRow& {
        auto it = rowOf.constFind(code);
        if (it == rowOf.constEnd()) {
            it = rowOf.insert(code, int(all.size()));
            all.append(CountryRow{code, {}, {}, 0, 0});
        }
        return all[*it];
    };
    for (const FactsDocument& d : facts.documents) {
        for (const facts::CountryFacts& c : d.facts.countries) {
            CountryRow& row = rowFor(c.country);
            for (int p : c.passages) {
                if (p < 0 || p >= d.passages.size())
                    continue;
                ++row.passages;
                const text::Passage& passage = d.passages.at(p);
                const QString simple = passage.text.simplified();
                if (!quotable(passage, simple))
                    continue;
                for (int t = 0; t < int(Theme::Count); ++t) {
                    const QRegularExpressionMatch m = themePattern(Theme(t)).match(simple);
                    if (!m.hasMatch())
                        continue;
                    CountryQuote quote;
                    quote.text = quoteAround(simple, m.capturedStart());
                    // How much the document is about the country: its quotes come first.
                    quote.focus = d.passages.isEmpty() ? 0 : double(c.passages.size()) / d.passages.size();
                    quote.docId = d.docId;
                    quote.document = d.shortTitle();
                    quote.page = passage.page;
                    quote.box = passage.box;
                    row.quotes[t].append(quote);
                }
            }
        }
        for (const facts::DateFact& f : d.facts.dates) {
            const QString country = d.countryOf(f.at.passage);
            double start = 0, end = 0;
            if (f.inName || country.isEmpty() || !TimelineModel::spanOf(f.start, &start, &end))
                continue;
            if (!f.kind.isEmpty() && f.kind != QStringLiteral("policy_event") && f.kind != QStringLiteral("schedule"))
                continue; // the country's lane holds its policy events and schedules
            rowFor(country).eventYears.append(start);
        }
    }
    for (CountryRow& row : all)
        for (QList<CountryQuote>& cell : row.quotes)
            std::stable_sort(cell.begin(), cell.end(),
                             [](const CountryQuote& a, const CountryQuote& b) { return a.focus > b.focus; });
    std::stable_sort(all.begin(), all.end(),
                     [](const CountryRow& a, const CountryRow& b) { return a.passages > b.passages; });
    beginResetModel();
    m_all = std::move(all);
    m_available.clear();
    for (const CountryRow& row : std::as_const(m_all))
        m_available.append(row.code);
    rebuild();
    sumBudgets();
    endResetModel();
}

void CountryMatrixModel::setBudgetSource(QAbstractItemModel* budget) {
    if (m_budget)
        disconnect(m_budget, nullptr, this, nullptr);
    m_budget = budget;
    if (budget) {
        auto update = [this]() {
            sumBudgets();
            if (!m_rows.isEmpty())
                emit dataChanged(index(0, BudgetColumn), index(rowCount() - 1, BudgetColumn));
        };
        connect(budget, &QAbstractItemModel::modelReset, this, update);
        connect(budget, &QAbstractItemModel::dataChanged, this, update);
    }
    sumBudgets();
}

void CountryMatrixModel::sumBudgets() {
    QHash<QString, double> totals;
    const int rows = m_budget ? m_budget->rowCount() : 0;
    for (int r = 0; r < rows; ++r) {
        const QModelIndex index = m_budget->index(r, 0);
        const double krw = index.data(BudgetModel::TotalKrwRole).toDouble();
        // Public money only, summed by whose money it is.
        if (index.data(BudgetModel::CountedRole).toBool() && !std::isnan(krw) &&
            index.data(BudgetModel::MoneyKindRole).toString() == QStringLiteral("budget"))
            totals[index.data(BudgetModel::ActorRole).toString()] += krw;
    }
    for (CountryRow& row : m_all)
        row.budgetKrw = totals.value(row.code);
}

void CountryMatrixModel::showAllCountries() {
    beginResetModel();
    m_showAll = true;
    m_chosen.clear();
    rebuild();
    endResetModel();
}

void CountryMatrixModel::setCountries(const QStringList& codes) {
    beginResetModel();
    m_showAll = false;
    m_chosen = codes;
    rebuild();
    endResetModel();
}

void CountryMatrixModel::rebuild() {
    m_rows.clear();
    if (m_showAll) {
        for (const CountryRow& row : std::as_const(m_all))
            m_rows.append(&row);
        return;
    }
    for (const QString& code : std::as_const(m_chosen))
        for (const CountryRow& row : std::as_const(m_all))
            if (row.code == code)
                m_rows.append(&row);
}

const QList<CountryQuote>& CountryMatrixModel::quotes(int row, Theme theme) const {
    static const QList<CountryQuote> none;
    if (row < 0 || row >= m_rows.size() || theme == Theme::Count)
        return none;
    return m_rows.at(row)->quotes[int(theme)];
}

int CountryMatrixModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CountryMatrixModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CountryMatrixModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CountryRow& row = *m_rows.at(index.row());
    const int column = index.column();
    if (role == CountryCodeRole || role == FactRole::Country)
        return row.code;
    if (column == TimelineColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return row.eventYears.isEmpty() ? QVariant()
                                            : tr("%n date(s)", nullptr, int(row.eventYears.size()));
        case EventYearsRole:
            return QVariant::fromValue(row.eventYears);
        default:
            return {};
        }
    }
    if (column == BudgetColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return row.budgetKrw > 0 ? MoneyFormat::krw(row.budgetKrw) : QString();
        case BudgetKrwRole:
            return row.budgetKrw;
        case Qt::TextAlignmentRole:
            return int(Qt::AlignRight | Qt::AlignTop);
        default:
            return {};
        }
    }
    const QList<CountryQuote>& quotes = row.quotes[column];
    switch (role) {
    case Qt::DisplayRole: {
        if (quotes.isEmpty())
            return {};
        const CountryQuote& first = quotes.constFirst();
        QString text = QStringLiteral("“%1” (%2)").arg(first.text, first.citation());
        if (quotes.size() > 1)
            text += QLatin1Char('\n') + tr("+%n more", nullptr, int(quotes.size() - 1));
        return text;
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        for (qsizetype i = 0; i < std::min<qsizetype>(quotes.size(), quotesKept); ++i)
            lines << QStringLiteral("<p>“%1”<br/><i>%2</i></p>")
                         .arg(htmlEscaped(quotes.at(i).text), htmlEscaped(quotes.at(i).citation()));
        return lines.join(QString());
    }
    case QuotesRole: {
        QVariantList list;
        for (const CountryQuote& q : quotes)
            list.append(QVariantMap{{QStringLiteral("text"), q.text},
                                    {QStringLiteral("docId"), q.docId},
                                    {QStringLiteral("document"), q.document},
                                    {QStringLiteral("page"), q.page},
                                    {QStringLiteral("box"), q.box},
                                    {QStringLiteral("citation"), q.citation()}});
        return list;
    }
    case QuoteCountRole:
        return int(quotes.size());
    case FactRole::DocId:
        return quotes.isEmpty() ? QVariant() : QVariant(quotes.constFirst().docId);
    case FactRole::Page:
        return quotes.isEmpty() ? QVariant() : QVariant(quotes.constFirst().page);
    case FactRole::Box:
        return quotes.isEmpty() ? QVariant() : QVariant(quotes.constFirst().box);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignTop);
    default:
        return {};
    }
}

QVariant CountryMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section < m_rows.size() ? countryName(m_rows.at(section)->code) : QVariant();
    if (section < int(Theme::Count))
        return themeName(Theme(section));
    if (section == TimelineColumn)
        return tr("Timeline");
    if (section == BudgetColumn)
        return tr("Budget total");
    return {};
}

QHash<int, QByteArray> CountryMatrixModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{FactRole::DocId, "docId"},
                  {FactRole::Page, "page"},
                  {FactRole::Box, "box"},
                  {FactRole::Country, "country"},
                  {QuotesRole, "quotes"},
                  {QuoteCountRole, "quoteCount"},
                  {CountryCodeRole, "countryCode"},
                  {EventYearsRole, "eventYears"},
                  {BudgetKrwRole, "budgetKrw"}});
    return names;
}

QByteArray CountryMatrixModel::toCsv() const {
    QStringList lines{QStringLiteral("country,code,theme,quote,document,page")};
    for (const CountryRow* row : m_rows)
        for (int t = 0; t < int(Theme::Count); ++t)
            for (const CountryQuote& q : row->quotes[t])
                lines << QStringList{csvField(countryName(row->code)),
                                     csvField(row->code),
                                     csvField(themeName(Theme(t))),
                                     csvField(q.text),
                                     csvField(q.document),
                                     QString::number(q.page)}
                             .join(QLatin1Char(','));
    // The byte-order mark tells spreadsheet programs the file is UTF-8, so Hangul opens readable.
    return "\xEF\xBB\xBF" + lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

QString CountryMatrixModel::toHtml() const {
    QString html =
        QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"ko\"><head><meta charset=\"utf-8\"><title>%1</title>\n<style>"
            "body{font-family:'NanumGothic',sans-serif;font-size:13px}table{border-collapse:collapse}"
            "th,td{border:1px solid #bbb;padding:4px 6px;vertical-align:top;max-width:22em}"
            "th{background:#eef2f7}q{display:block;margin-bottom:4px}cite{color:#555;font-size:11px}"
            "</style></head><body>\n<h1>%1</h1>\n<table>\n<tr><th></th>")
            .arg(htmlEscaped(tr("Country comparison")));
    for (int c = 0; c < ColumnCount; ++c)
        html += QStringLiteral("<th>%1</th>").arg(htmlEscaped(headerData(c, Qt::Horizontal).toString()));
    html += QStringLiteral("</tr>\n");
    for (int r = 0; r < rowCount(); ++r) {
        const CountryRow& row = *m_rows.at(r);
        html += QStringLiteral("<tr><th>%1</th>").arg(htmlEscaped(countryName(row.code)));
        for (int t = 0; t < int(Theme::Count); ++t) {
            html += QStringLiteral("<td>");
            for (const CountryQuote& q : row.quotes[t])
                html += QStringLiteral("<q>%1</q><cite>%2</cite>")
                            .arg(htmlEscaped(q.text), htmlEscaped(q.citation()));
            html += QStringLiteral("</td>");
        }
        html += QStringLiteral("<td>%1</td><td>%2</td></tr>\n")
                    .arg(htmlEscaped(data(index(r, TimelineColumn)).toString()),
                         htmlEscaped(data(index(r, BudgetColumn)).toString()));
    }
    html += QStringLiteral("</table>\n</body></html>\n");
    return html;
}

} // namespace pl::ui
