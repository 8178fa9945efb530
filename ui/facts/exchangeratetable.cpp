#include "ui/facts/exchangeratetable.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcFacts, "pl.ui.facts")

namespace pl::ui {

ExchangeRateTable::ExchangeRateTable(QObject* parent) : QAbstractTableModel(parent) {
    loadDefaults();
}

void ExchangeRateTable::loadDefaults() {
    QFile file(QStringLiteral(":/policylens/exchange-rates.json"));
    beginResetModel();
    if (!file.open(QIODevice::ReadOnly) || !readJson(file.readAll()))
        qCWarning(lcFacts) << "the default exchange-rate table is missing from the resources";
    endResetModel();
    emit ratesChanged();
}

void ExchangeRateTable::restoreDefaults() {
    loadDefaults();
    save();
}

bool ExchangeRateTable::readJson(const QByteArray& json) {
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    if (o.isEmpty())
        return false;
    m_source = o.value(QStringLiteral("source")).toString();
    m_compiled = o.value(QStringLiteral("compiled")).toString();
    m_note = o.value(QStringLiteral("note")).toString();
    m_currencies.clear();
    for (const QJsonValue& c : o.value(QStringLiteral("currencies")).toArray())
        m_currencies.append(c.toString());
    m_rates.clear();
    const QJsonObject rates = o.value(QStringLiteral("rates")).toObject();
    for (auto it = rates.begin(); it != rates.end(); ++it) {
        const QJsonObject row = it.value().toObject();
        QMap<QString, double>& year = m_rates[it.key().toInt()];
        for (auto c = row.begin(); c != row.end(); ++c)
            year.insert(c.key(), c.value().toDouble());
    }
    return true;
}

void ExchangeRateTable::setStoragePath(const QString& path) {
    m_storagePath = path;
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return;
    beginResetModel();
    if (!readJson(file.readAll())) {
        qCWarning(lcFacts) << "cannot read the exchange-rate table" << path << "; using the defaults";
        endResetModel();
        loadDefaults();
        return;
    }
    endResetModel();
    emit ratesChanged();
}

void ExchangeRateTable::save() const {
    if (m_storagePath.isEmpty())
        return;
    QJsonObject rates;
    for (auto it = m_rates.begin(); it != m_rates.end(); ++it) {
        QJsonObject row;
        for (auto c = it.value().begin(); c != it.value().end(); ++c)
            row.insert(c.key(), c.value());
        rates.insert(QString::number(it.key()), row);
    }
    const QJsonObject o{{QStringLiteral("source"), m_source},
                        {QStringLiteral("compiled"), m_compiled},
                        {QStringLiteral("note"), m_note},
                        {QStringLiteral("currencies"), QJsonArray::fromStringList(m_currencies)},
                        {QStringLiteral("rates"), rates}};
    QDir().mkpath(QFileInfo(m_storagePath).absolutePath());
    QSaveFile file(m_storagePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(o).toJson()) < 0 || !file.commit())
        qCWarning(lcFacts) << "cannot save the exchange-rate table to" << m_storagePath;
}

std::optional<double> ExchangeRateTable::krwPer(const QString& currency, int year, int* yearUsed) const {
    if (yearUsed)
        *yearUsed = year;
    if (currency == QStringLiteral("KRW"))
        return 1.0;
    if (m_rates.isEmpty())
        return std::nullopt;
    // The nearest year that has this currency.
    std::optional<double> best;
    int bestDistance = INT_MAX;
    for (auto it = m_rates.begin(); it != m_rates.end(); ++it) {
        const auto rate = it.value().constFind(currency);
        if (rate == it.value().constEnd() || *rate <= 0)
            continue;
        const int distance = std::abs(it.key() - year);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = *rate;
            if (yearUsed)
                *yearUsed = it.key();
        }
    }
    return best;
}

void ExchangeRateTable::setRate(int year, const QString& currency, double krwPerUnit) {
    const bool newYear = !m_rates.contains(year);
    if (newYear)
        beginResetModel();
    m_rates[year][currency] = krwPerUnit;
    if (!m_currencies.contains(currency))
        m_currencies.append(currency);
    if (newYear) {
        endResetModel();
    } else {
        const int row = int(std::distance(m_rates.begin(), m_rates.find(year)));
        const int column = int(m_currencies.indexOf(currency)) + 1;
        emit dataChanged(index(row, column), index(row, column));
    }
    save();
    emit ratesChanged();
}

int ExchangeRateTable::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rates.size());
}

int ExchangeRateTable::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_currencies.size()) + 1;
}

QVariant ExchangeRateTable::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = std::next(m_rates.begin(), index.row());
    if (index.column() == 0)
        return role == Qt::DisplayRole ? QVariant(row.key()) : QVariant();
    const QString currency = m_currencies.at(index.column() - 1);
    const auto rate = row.value().constFind(currency);
    if (rate == row.value().constEnd())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return QLocale().toString(*rate, 'f', *rate < 100 ? 2 : 1);
    case Qt::EditRole:
        return *rate;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

bool ExchangeRateTable::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() == 0)
        return false;
    bool ok = false;
    const double rate = value.toDouble(&ok);
    if (!ok || rate <= 0)
        return false;
    const int year = std::next(m_rates.begin(), index.row()).key();
    setRate(year, m_currencies.at(index.column() - 1), rate);
    return true;
}

Qt::ItemFlags ExchangeRateTable::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() > 0)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ExchangeRateTable::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Year");
    if (section - 1 < m_currencies.size())
        return tr("KRW per %1").arg(m_currencies.at(section - 1));
    return {};
}

} // namespace pl::ui
