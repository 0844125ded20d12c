// SPDX-License-Identifier: GPL-3.0-or-later
// Every counter in use and what it is doing: the ticket it called or serves, or that it is on
// a break or closed. Columns follow the number of counters so the tickets stay as large as
// the space allows.
import QtQuick
import Antrian.Display

Item {
    id: root
    required property BoardViewModel board
    property bool portrait: false
    readonly property int count: board.counters.count
    readonly property int columns: portrait ? (count <= 8 ? 2 : count <= 12 ? 3 : 4)
                                            : (count <= 3 ? 1 : count <= 8 ? 2 : count <= 15 ? 3 : 4)
    readonly property int rows: Math.max(1, Math.ceil(count / columns))
    readonly property real spacing: 16 * Theme.u

    Text {
        id: heading
        anchors { left: parent.left; top: parent.top }
        text: qsTr("NOW SERVING")
        color: Theme.textSoft
        font.pixelSize: 30 * Theme.u
        font.bold: true
        font.letterSpacing: 3 * Theme.u
    }

    Grid {
        id: grid
        anchors { left: parent.left; right: parent.right; top: heading.bottom; bottom: parent.bottom; topMargin: 12 * Theme.u }
        columns: root.columns
        spacing: root.spacing
        Repeater {
            model: root.board.counters
            CounterTile {
                width: (grid.width - (root.columns - 1) * root.spacing) / root.columns
                height: Math.min((grid.height - (root.rows - 1) * root.spacing) / root.rows, width * 0.55)
            }
        }
    }
}
