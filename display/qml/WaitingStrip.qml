// SPDX-License-Identifier: GPL-3.0-or-later
// How many wait for each service, along the foot of the board; a service that takes no new
// numbers (paused, or today's quota reached) says so.
import QtQuick
import Antrian.Display

Rectangle {
    id: strip
    required property BoardViewModel board
    // Portrait: the heading above the chips, and names on up to two lines.
    property bool portrait: false
    implicitHeight: (portrait ? 160 : 104) * Theme.u
    color: Theme.header

    Text {
        id: heading
        x: 36 * Theme.u
        y: strip.portrait ? 12 * Theme.u : (strip.height - height) / 2
        text: qsTr("WAITING")
        color: Theme.textSoft
        font.pixelSize: 28 * Theme.u
        font.bold: true
        font.letterSpacing: 3 * Theme.u
    }

    Row {
        id: chips
        anchors {
            left: strip.portrait ? parent.left : heading.right
            leftMargin: (strip.portrait ? 36 : 30) * Theme.u
            right: parent.right; rightMargin: 36 * Theme.u
            top: strip.portrait ? heading.bottom : undefined
            topMargin: 10 * Theme.u
            verticalCenter: strip.portrait ? undefined : parent.verticalCenter
        }
        spacing: 20 * Theme.u
        readonly property real chipWidth: (width - (repeater.count - 1) * spacing) / Math.max(1, repeater.count)

        Repeater {
            id: repeater
            model: strip.board.services
            Rectangle {
                id: chip
                required property string code
                required property string name
                required property int waiting
                required property bool paused
                required property bool full
                objectName: "waiting" + chip.code
                width: chips.chipWidth
                height: (strip.portrait ? 96 : 76) * Theme.u
                radius: Theme.radius * 0.6
                color: Theme.panel

                Rectangle {
                    id: letter
                    anchors { left: parent.left; top: parent.top; bottom: parent.bottom; margins: 8 * Theme.u }
                    width: height
                    radius: Theme.radius * 0.5
                    color: Theme.accent
                    Text {
                        anchors.centerIn: parent
                        text: chip.code
                        color: Theme.accentText
                        font.pixelSize: parent.height * 0.68
                        font.bold: true
                    }
                }
                Column {
                    anchors {
                        left: letter.right; leftMargin: 14 * Theme.u
                        right: count.left; rightMargin: 10 * Theme.u
                        verticalCenter: parent.verticalCenter
                    }
                    Text {
                        width: parent.width
                        text: chip.name
                        color: Theme.text
                        font.pixelSize: 28 * Theme.u
                        font.bold: true
                        wrapMode: strip.portrait ? Text.WordWrap : Text.NoWrap
                        maximumLineCount: strip.portrait ? 2 : 1
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: 20 * Theme.u
                        elide: Text.ElideRight
                    }
                    Text {
                        width: parent.width
                        visible: text !== ""
                        text: chip.paused ? qsTr("not taking new numbers") : chip.full ? qsTr("no more numbers today") : ""
                        color: Theme.accent
                        font.pixelSize: 20 * Theme.u
                        elide: Text.ElideRight
                    }
                }
                Text {
                    id: count
                    objectName: "waitingCount"
                    anchors { right: parent.right; rightMargin: 18 * Theme.u; verticalCenter: parent.verticalCenter }
                    text: chip.waiting
                    color: Theme.text
                    font.pixelSize: 52 * Theme.u
                    font.bold: true
                }
            }
        }
    }
}
