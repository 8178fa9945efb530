#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/// The offline promise: importing, searching, extracting and the window's smoke run never open an internet
/// socket or resolve a host name (a preloaded guard refuses and records any attempt), and they work in a
/// network namespace with no interfaces at all when the machine lets us make one (unshare -n).
class TstOffline : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_guardLog;
    const QString m_sample =
        QStringLiteral(PL_SOURCE_DIR "/resources/samples/002-foundation-model-press-2025.pdf");

    struct Run {
        int code = -1;
        QByteArray err;
    };

    Run run(const QString& program, const QStringList& args, bool guarded = true,
            const QStringList& wrapper = {}) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (guarded) {
            env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(PL_NETGUARD_PATH));
            env.insert(QStringLiteral("PL_NETGUARD_LOG"), m_guardLog);
        }
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_dir.path()); // no settings or caches from the machine
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.setStandardOutputFile(QProcess::nullDevice());
        if (wrapper.isEmpty())
            p.start(program, args);
        else
            p.start(wrapper.first(), wrapper.mid(1) + QStringList{program} + args);
        if (!p.waitForFinished(300000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardError()};
    }

    QByteArray attempts() const {
        QFile f(m_guardLog);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_guardLog = m_dir.filePath(QStringLiteral("network-attempts.log"));
    }

    void theGuardSeesAttempts() {
        // The guard itself must work, or the checks below prove nothing: a program that resolves a name.
        if (!QFileInfo::exists(QStringLiteral("/usr/bin/getent")))
            QSKIP("getent is not installed");
        QFile::remove(m_guardLog);
        run(QStringLiteral("/usr/bin/getent"), {QStringLiteral("ahosts"), QStringLiteral("example.org")});
        QVERIFY2(attempts().contains("getaddrinfo"), attempts().constData());
        QFile::remove(m_guardLog);
    }

    void cliNeverReachesTheNetwork() {
        const QString cli = QStringLiteral(PL_CLI_PATH);
        const QStringList lib{QStringLiteral("--library"), m_dir.filePath(QStringLiteral("cli.policylens"))};
        QCOMPARE(run(cli, lib + QStringList{QStringLiteral("import"), m_sample}).code, 0);
        QCOMPARE(
            run(cli, lib + QStringList{QStringLiteral("search"), QStringLiteral("파운데이션 모델")}).code, 0);
        QCOMPARE(run(cli, lib + QStringList{QStringLiteral("extract"), QStringLiteral("1"),
                                            QStringLiteral("--json")})
                     .code,
                 0);
        QCOMPARE(run(cli, lib + QStringList{QStringLiteral("list"), QStringLiteral("--json")}).code, 0);
        QVERIFY2(attempts().isEmpty(), attempts().constData());
    }

    void windowNeverReachesTheNetwork() {
#ifdef PL_GUI_PATH
        const QString shot = m_dir.filePath(QStringLiteral("offline.png"));
        const Run r = run(QStringLiteral(PL_GUI_PATH),
                          {QStringLiteral("--library"), m_dir.filePath(QStringLiteral("gui.policylens")),
                           QStringLiteral("--import"), m_sample, QStringLiteral("--search"),
                           QStringLiteral("인공지능"), QStringLiteral("--screenshot"), shot});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(QFileInfo(shot).size() > 0);
        QVERIFY2(attempts().isEmpty(), attempts().constData());
#else
        QSKIP("built without the GUI");
#endif
    }

    void worksWithoutAnyNetworkInterface() {
        QProcess probe;
        probe.start(QStringLiteral("unshare"), {QStringLiteral("-rn"), QStringLiteral("true")});
        if (!probe.waitForFinished(10000) || probe.exitStatus() != QProcess::NormalExit ||
            probe.exitCode() != 0)
            QSKIP("this machine does not allow a network namespace (unshare -rn); the guard checks stand");
        const QStringList ns{QStringLiteral("unshare"), QStringLiteral("-rn")};
        const QString cli = QStringLiteral(PL_CLI_PATH);
        const QStringList lib{QStringLiteral("--library"), m_dir.filePath(QStringLiteral("ns.policylens"))};
        QCOMPARE(run(cli, lib + QStringList{QStringLiteral("import"), m_sample}, false, ns).code, 0);
        QCOMPARE(
            run(cli, lib + QStringList{QStringLiteral("search"), QStringLiteral("예산")}, false, ns).code, 0);
#ifdef PL_GUI_PATH
        const QString shot = m_dir.filePath(QStringLiteral("ns.png"));
        const Run r = run(QStringLiteral(PL_GUI_PATH),
                          lib + QStringList{QStringLiteral("--search"), QStringLiteral("예산"),
                                            QStringLiteral("--screenshot"), shot},
                          false, ns);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(QFileInfo(shot).size() > 0);
#endif
    }
};

QTEST_GUILESS_MAIN(TstOffline)
#include "tst_offline.moc"
