#pragma once

#include <QAbstractTableModel>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace pl::ui {

/// KRW per unit of a foreign currency, one row per year, editable. Ships with a dated default table and its
/// source; edits are saved to a file so they survive a restart. Used where a document prints no conversion.
class ExchangeRateTable : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeRateTable)

public:
    explicit ExchangeRateTable(QObject* parent = nullptr);

    /// Reads the shipped default table (a resource).
    void loadDefaults();
    /// Forgets the edits: the shipped table again, saved.
    void restoreDefaults();
    /// Where edits are saved and read back from; an existing file replaces the defaults. Empty: not saved.
    void setStoragePath(const QString& path);
    QString storagePath() const { return m_storagePath; }

    /// KRW for one unit of the currency in a year; the nearest year in the table when the year is missing.
    /// KRW is 1; nullopt for a currency the table does not know.
    std::optional<double> krwPer(const QString& currency, int year, int* yearUsed = nullptr) const;
    void setRate(int year, const QString& currency, double krwPerUnit);

    QString source() const { return m_source; }
    QString compiled() const { return m_compiled; }
    QString note() const { return m_note; }
    QStringList currencies() const { return m_currencies; }
    QList<int> years() const { return m_rates.keys(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void ratesChanged();

private:
    bool readJson(const QByteArray& json);
    void save() const;

    QString m_storagePath;
    QString m_source;
    QString m_compiled;
    QString m_note;
    QStringList m_currencies;
    QMap<int, QMap<QString, double>> m_rates;
};

} // namespace pl::ui
