#include "core/facts/countrytagger.h"

#include <QHash>
#include <QSet>

namespace pl::facts {

QStringList tagCountries(const QList<text::Passage>& passages, const DocumentContext& context) {
    Q_UNUSED(context);
    return QStringList(passages.size()); // TODO(issue 4): countries
}

QList<CountryFacts> summariseCountries(const QList<text::Passage>& passages, const QStringList& tags) {
    QList<CountryFacts> out;
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < tags.size() && i < passages.size(); ++i) {
        const QString& c = tags[i];
        if (c.isEmpty())
            continue;
        auto it = index.find(c);
        if (it == index.end()) {
            it = index.insert(c, out.size());
            out.append(CountryFacts{c, {}, {}});
        }
        CountryFacts& f = out[*it];
        f.passages.append(int(i));
        if (f.pages.isEmpty() || f.pages.last() != passages[i].page)
            if (!f.pages.contains(passages[i].page))
                f.pages.append(passages[i].page);
    }
    return out;
}

} // namespace pl::facts
