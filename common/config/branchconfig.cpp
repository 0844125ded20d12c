#include "branchconfig.h"

namespace antrian {

QString callPolicyKey(CallPolicy policy)
{
    return policy == CallPolicy::ServiceOrder ? QStringLiteral("service_order") : QStringLiteral("oldest");
}

QString endOfDayKey(EndOfDay mode)
{
    return mode == EndOfDay::Keep ? QStringLiteral("keep") : QStringLiteral("expire");
}

const ServiceConfig *BranchConfig::service(const QString &code) const
{
    for (const ServiceConfig &s : services) {
        if (s.code.compare(code, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

const CounterConfig *BranchConfig::counter(int number) const
{
    for (const CounterConfig &c : counters) {
        if (c.number == number)
            return &c;
    }
    return nullptr;
}

QList<int> BranchConfig::countersServing(const QString &serviceCode) const
{
    QList<int> numbers;
    for (const CounterConfig &c : counters) {
        if (c.active && c.services.contains(serviceCode))
            numbers.append(c.number);
    }
    return numbers;
}

} // namespace antrian
