// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctlfixture.h"

#include "staffpolicy.h"

#include "staff/countersessions.h"

#include <QFile>
#include <QTest>

namespace antrian::test {

CtlFixture::CtlFixture(const QByteArray &config, const QString &now)
    : m_path(freshDatabaseLocation(m_dir)), m_now(now)
{
    QStringList init{"--db", m_path};
    if (!config.isEmpty()) {
        m_config = m_dir.filePath(QStringLiteral("branch.json"));
        QFile file(m_config);
        if (!file.open(QIODevice::WriteOnly) || file.write(config) != config.size()) {
            QTest::qFail(qPrintable(QStringLiteral("cannot write %1").arg(m_config)), __FILE__, __LINE__);
            return;
        }
        file.close();
        init << "--config" << m_config << "--now" << m_now;
    }
    const ProcessResult r = runCtl(init << "init");
    m_ok = r.exitCode == 0;
    if (!m_ok)
        QTest::qFail(qPrintable(QStringLiteral("antrianctl init failed: %1").arg(QString::fromUtf8(r.err))), __FILE__,
                     __LINE__);
}

QStringList CtlFixture::base(const QString &now) const
{
    return {"--db", m_path, "--now", now.isEmpty() ? m_now : now, "--lang", "en"};
}

ProcessResult CtlFixture::ctl(const QStringList &args, const QString &now) const
{
    return runCtl(base(now) + args);
}

ProcessResult CtlFixture::ctlWithInput(const QStringList &args, const QByteArray &input) const
{
    return runCtl(base() + args, RunOptions().stdinWith(input));
}

QJsonDocument CtlFixture::json(const QStringList &args, const QString &now) const
{
    return QJsonDocument::fromJson(ctl(QStringList{"--json"} + args, now).out);
}

void CtlFixture::staff(const QList<int> &counters)
{
    auto db = Database::open(m_path, Database::OpenMode::MustExist);
    QVERIFY(db.ok());
    FixedClock clock(QDateTime::fromString(m_now, Qt::ISODate));
    CounterSessions sessions(**db, clock, quickPolicy());
    for (int number : counters) {
        const QString name = QStringLiteral("staff%1").arg(number);
        QVERIFY(sessions.accounts().add({name, name, StaffRole::Staff}, QStringLiteral("4821")).ok());
        QVERIFY(sessions.login(name, QStringLiteral("4821"), number).ok());
    }
}

} // namespace antrian::test
