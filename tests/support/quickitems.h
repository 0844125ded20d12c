// SPDX-License-Identifier: GPL-3.0-or-later
// Finding a QML item by its objectName, as the UI tests and benchmarks of the kiosk and the
// display look up what is on screen. Only for targets that link Qt Quick.
#pragma once

#include <QQuickItem>

namespace antrian::test {

// The first item named `name` at or below `root` (depth first), or nullptr.
inline QQuickItem *findItem(QQuickItem *root, QStringView name)
{
    if (root->objectName() == name)
        return root;
    for (QQuickItem *child : root->childItems()) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

} // namespace antrian::test
