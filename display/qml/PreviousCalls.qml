// SPDX-License-Identifier: GPL-3.0-or-later
// The calls before the newest one, newest first: a customer who missed the announcement finds
// their number and counter here (not the tickets still to come: those are nobody's turn yet).
import QtQuick
import Antrian.Display

Item {
    id: root
    required property BoardViewModel board
    property bool portrait: false
    // Rows large enough to read from across the hall; as many as fit, never a cut-off one.
    // Where a row more fits at a smaller (still readable) height, the rows share the room.
    readonly property real room: height - heading.height - 12 * Theme.u + list.spacing
    readonly property real largestRow: 74 * Theme.u
    readonly property real smallestRow: 62 * Theme.u
    readonly property int rowsThatFit: Math.max(0, Math.floor(room / smallestRow))
    readonly property int rowsShown: Math.min(list.count, rowsThatFit)
    readonly property real rowHeight: rowsShown > 0 ? Math.min(largestRow, room / rowsShown) : largestRow

    Text {
        id: heading
        anchors { left: parent.left; top: parent.top }
        text: qsTr("PREVIOUS CALLS")
        color: Theme.textSoft
        font.pixelSize: 30 * Theme.u
        font.bold: true
        font.letterSpacing: 3 * Theme.u
    }

    ListView {
        id: list
        objectName: "previousCalls"
        anchors { left: parent.left; right: parent.right; top: heading.bottom; topMargin: 12 * Theme.u }
        height: root.rowsShown * root.rowHeight - spacing
        interactive: false
        clip: true
        spacing: 8 * Theme.u
        model: root.board.previousCalls
        delegate: Rectangle {
            id: row
            required property string ticket
            required property int counter
            required property string label
            required property bool recall
            required property string time
            width: ListView.view.width
            height: root.rowHeight - list.spacing
            radius: Theme.radius * 0.6
            color: Theme.panel

            Text {
                id: code
                anchors { left: parent.left; leftMargin: 24 * Theme.u; verticalCenter: parent.verticalCenter }
                width: parent.width * 0.38
                text: row.ticket
                color: Theme.text
                font.family: Theme.condensed
                font.bold: true
                font.pixelSize: parent.height * 0.66
            }
            Text {
                anchors { left: code.right; right: when.left; rightMargin: 12 * Theme.u; verticalCenter: parent.verticalCenter }
                text: "→  " + qsTr("Counter %1").arg(row.counter)
                color: Theme.text
                font.pixelSize: parent.height * 0.50
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: 14 * Theme.u
            }
            Text {
                id: when
                anchors { right: parent.right; rightMargin: 24 * Theme.u; verticalCenter: parent.verticalCenter }
                text: row.time
                color: Theme.textDim
                font.pixelSize: parent.height * 0.36
            }
        }
    }

    Text {
        anchors { left: parent.left; top: heading.bottom; topMargin: 24 * Theme.u }
        visible: list.count === 0
        text: qsTr("No earlier calls yet today")
        color: Theme.textDim
        font.pixelSize: 30 * Theme.u
    }
}
