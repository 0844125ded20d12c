// SPDX-License-Identifier: GPL-3.0-or-later
// The whole screen when the kiosk cannot use its database (not found, unreadable, unwritable,
// or removed under it): no service buttons to touch, only where to go. It goes away by itself
// when the database answers again.
import QtQuick
import Antrian.Kiosk

Rectangle {
    id: root
    color: Theme.background

    Column {
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 3 * Theme.gap }
        spacing: 40 * Theme.u

        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: 150 * Theme.u
            height: width
            radius: width / 2
            color: Theme.warning
            Text {
                anchors.centerIn: parent
                text: "!"
                color: Theme.priorityText
                font.family: Theme.fontFamily
                font.pixelSize: 110 * Theme.u
                font.bold: true
            }
        }
        Text {
            objectName: "outOfServiceTitle"
            width: parent.width
            text: qsTr("The ticket machine is out of service.")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: 84 * Theme.u
            font.bold: true
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            objectName: "outOfServiceDetail"
            width: parent.width
            text: qsTr("Please ask our staff.")
            color: Theme.textSoft
            font.family: Theme.fontFamily
            font.pixelSize: 56 * Theme.u
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
    }
}
