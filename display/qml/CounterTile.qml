// SPDX-License-Identifier: GPL-3.0-or-later
// One counter: its number on the left, on the right the ticket it has called (amber) or is
// serving (white), a dash when free, or why it is not serving (break, closed).
import QtQuick
import Antrian.Display

Rectangle {
    id: tile
    required property int number
    required property string label
    required property bool open    // someone is logged in and not on a break
    required property bool onBreak
    required property string ticket
    required property bool serving
    required property bool newest
    readonly property bool active: open
    objectName: "counter" + number
    radius: Theme.radius
    color: Theme.panel
    border.color: newest ? Theme.accent : Theme.panelEdge
    border.width: (newest ? 5 : 2) * Theme.u
    opacity: active ? 1.0 : 0.75

    Rectangle {
        id: band
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom; margins: tile.border.width }
        width: parent.width * 0.34
        radius: Theme.radius
        color: tile.newest ? Theme.accent : Theme.band
        readonly property color ink: tile.newest ? Theme.accentText : Theme.text

        Column {
            anchors.centerIn: parent
            width: parent.width - 16 * Theme.u
            spacing: 0
            Text {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("COUNTER")
                color: band.ink
                font.pixelSize: Math.min(26 * Theme.u, tile.height * 0.14)
                font.bold: true
                font.letterSpacing: 2 * Theme.u
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: 12 * Theme.u
            }
            Text {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: tile.number
                color: band.ink
                font.bold: true
                font.pixelSize: tile.height * 0.46
            }
            // A long name ("Layanan Nasabah 2") wraps onto a second line at a size read
            // from the back of the hall, rather than shrinking to fit one.
            Text {
                objectName: "counterName"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                visible: text !== ""
                text: tile.label
                color: band.ink
                opacity: 0.85
                font.pixelSize: Math.max(20 * Theme.u, Math.min(22 * Theme.u, tile.height * 0.12))
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                lineHeight: 0.9
                elide: Text.ElideRight
            }
        }
    }

    Item {
        anchors { left: band.right; right: parent.right; top: parent.top; bottom: parent.bottom; margins: 12 * Theme.u }

        Text {
            id: ticketText
            objectName: "ticket"
            anchors { left: parent.left; right: parent.right; top: parent.top; bottom: status.top }
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            text: !tile.active ? (tile.onBreak ? qsTr("ON BREAK") : qsTr("CLOSED"))
                               : tile.ticket !== "" ? tile.ticket : "–"
            color: !tile.active ? Theme.textDim : tile.ticket === "" ? Theme.textDim
                                : tile.serving ? Theme.text : Theme.accent
            font.family: tile.active ? Theme.condensed : Qt.application.font.family
            font.bold: true
            // Never as large as the newest call, however few counters share the board.
            font.pixelSize: tile.active ? Math.min(tile.height * 0.50, 110 * Theme.u) : Math.min(tile.height * 0.22, 48 * Theme.u)
            fontSizeMode: Text.Fit
            minimumPixelSize: 14 * Theme.u
        }
        Text {
            id: status
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
            horizontalAlignment: Text.AlignHCenter
            height: text !== "" ? font.pixelSize * 1.3 : 0
            text: !tile.active || tile.ticket === "" ? "" : tile.serving ? qsTr("being served") : qsTr("called")
            color: tile.serving ? Theme.serving : Theme.accent
            font.pixelSize: Math.min(26 * Theme.u, tile.height * 0.14)
            font.bold: true
        }
    }
}
