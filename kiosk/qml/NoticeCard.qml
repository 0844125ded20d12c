// SPDX-License-Identifier: GPL-3.0-or-later
// A message that needs the customer's eyes (no ticket was issued, and why), over the screen it
// came from. A touch anywhere closes it.
import QtQuick
import Antrian.Kiosk

Rectangle {
    id: root
    property string title
    property string message
    signal dismissed()
    color: "#d9061a2e"

    MouseArea { anchors.fill: parent; onClicked: root.dismissed() }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.gap, 1300 * Theme.u)
        height: content.implicitHeight + 2 * 48 * Theme.u
        radius: Theme.radius
        color: Theme.card
        border.color: Theme.warning
        border.width: 8 * Theme.u
        Column {
            id: content
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: 48 * Theme.u }
            spacing: 24 * Theme.u
            Text {
                width: parent.width
                text: root.title
                color: Theme.cardText
                font.family: Theme.fontFamily
                font.pixelSize: 56 * Theme.u
                font.bold: true
                wrapMode: Text.WordWrap
            }
            Text {
                objectName: "noticeMessage"
                width: parent.width
                text: root.message
                color: Theme.cardText
                font.family: Theme.fontFamily
                font.pixelSize: 40 * Theme.u
                wrapMode: Text.WordWrap
            }
            Text {
                width: parent.width
                text: qsTr("Touch to close")
                color: Theme.cardTextSoft
                font.family: Theme.fontFamily
                font.pixelSize: 30 * Theme.u
                horizontalAlignment: Text.AlignRight
            }
        }
    }
}
