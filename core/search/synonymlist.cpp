#include "core/search/synonymlist.h"

#include "core/text/textnormalizer.h"

#include <QFile>
#include <QMutex>
#include <QStandardPaths>

namespace pl::search {

namespace {

// The shipped groups. Hanja abbreviations as Korean government documents use them, the usual
// Korean/English pairs of AI policy, and the spelling variants of the same concept.
const char16_t* const kDefaults = uR"(# PolicyLens synonyms: one group per line, spellings separated by "|".
AI | 인공지능
생성형 AI | 생성 AI | 생성형 인공지능 | 생성 인공지능 | generative AI
초거대 AI | 초거대 인공지능 | hyperscale AI
LLM | 대규모 언어모델 | 거대언어모델 | 대형언어모델 | 거대 언어 모형 | large language model
파운데이션 모델 | 기초 모형 | 기반 모델 | foundation model
GPU | 그래픽 처리 장치
R&D | 연구개발
과기정통부 | 과학기술정보통신부
EU | 유럽연합
머신러닝 | 기계학습 | machine learning
딥러닝 | 심층학습 | deep learning
챗GPT | ChatGPT
美 | 미국
英 | 영국
中 | 중국
日 | 일본
獨 | 독일
佛 | 프랑스
加 | 캐나다
上 | 상반기
下 | 하반기
年 | 연간
新 | 신
)";

QMutex& activeMutex() {
    static QMutex m;
    return m;
}

SynonymList& activeStorage() {
    static SynonymList list = [] {
        SynonymList base = SynonymList::defaults();
        const QString path = SynonymList::userPath();
        if (!path.isEmpty() && QFile::exists(path))
            if (auto user = SynonymList::load(path))
                return user->mergedOnto(base);
        return base;
    }();
    return list;
}

} // namespace

SynonymList SynonymList::defaults() {
    static const SynonymList d = parse(QString::fromUtf16(kDefaults));
    return d;
}

SynonymList SynonymList::parse(const QString& text) {
    SynonymList list;
    for (QString line : text.split(QLatin1Char('\n'))) {
        const qsizetype hash = line.indexOf(QLatin1Char('#'));
        if (hash >= 0)
            line.truncate(hash);
        line = text::normalizeText(line).simplified();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1Char('!'))) {
            const QString s = line.mid(1).trimmed();
            if (!s.isEmpty())
                list.m_dropped.append(s);
            continue;
        }
        QStringList group;
        for (const QString& part : line.split(QLatin1Char('|'))) {
            const QString s = part.simplified();
            if (!s.isEmpty() && !group.contains(s, Qt::CaseInsensitive))
                group.append(s);
        }
        if (group.size() >= 2)
            list.m_groups.append(group);
    }
    return list;
}

Result<SynonymList> SynonymList::load(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(Error::Kind::Io, QStringLiteral("cannot read the synonym list: %1").arg(f.errorString()),
                    path);
    if (f.size() > 4 * 1024 * 1024)
        return fail(Error::Kind::Io, QStringLiteral("the synonym list is larger than 4 MB"), path);
    return parse(QString::fromUtf8(f.readAll()));
}

QString SynonymList::userPath() {
    const QString env = qEnvironmentVariable("POLICYLENS_SYNONYMS");
    if (!env.isEmpty())
        return env;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return dir.isEmpty() ? QString() : dir + QStringLiteral("/synonyms.txt");
}

SynonymList SynonymList::active() {
    QMutexLocker lock(&activeMutex());
    return activeStorage();
}

void SynonymList::reloadActive() {
    QMutexLocker lock(&activeMutex());
    SynonymList base = defaults();
    const QString path = userPath();
    if (!path.isEmpty() && QFile::exists(path))
        if (auto user = load(path))
            base = user->mergedOnto(base);
    activeStorage() = base;
}

SynonymList SynonymList::mergedOnto(const SynonymList& base) const {
    SynonymList out;
    for (const QStringList& g : base.m_groups) {
        bool drop = false;
        for (const QString& d : m_dropped)
            drop = drop || g.contains(d, Qt::CaseInsensitive);
        if (!drop)
            out.m_groups.append(g);
    }
    out.m_groups.append(m_groups);
    return out;
}

QString SynonymList::toText() const {
    QString out;
    for (const QString& d : m_dropped)
        out += QLatin1Char('!') + d + QLatin1Char('\n');
    for (const QStringList& g : m_groups)
        out += g.join(QStringLiteral(" | ")) + QLatin1Char('\n');
    return out;
}

} // namespace pl::search
