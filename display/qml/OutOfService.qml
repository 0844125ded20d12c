// SPDX-License-Identifier: GPL-3.0-or-later
// The whole screen when the display cannot read the queue system's database (not found,
// unreadable, or removed under it): better no board than a stale one that looks live. The
// clock stays, so the lobby sees the screen is alive; the board returns by itself.
import QtQuick
import Antrian.Display

Rectangle {
    id: root
    required property BoardViewModel board
    color: Theme.background

    Column {
        anchors.centerIn: parent
        width: parent.width * 0.84
        spacing: 36 * Theme.u

        Text {
            objectName: "outOfServiceClock"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: root.board.timeText
            color: Theme.textSoft
            font.pixelSize: 72 * Theme.u
            font.bold: true
        }
        Text {
            objectName: "outOfServiceTitle"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("The queue board is out of service.")
            color: Theme.text
            font.pixelSize: 96 * Theme.u
            font.bold: true
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "outOfServiceDetail"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Please ask our staff when you will be called.")
            color: Theme.accent
            font.pixelSize: 52 * Theme.u
            font.bold: true
            wrapMode: Text.WordWrap
        }
    }
}
