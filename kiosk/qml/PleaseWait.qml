// SPDX-License-Identifier: GPL-3.0-or-later
// Shown only when issuing takes long enough to notice (the database is busy): the screen still
// answers, and says why nothing has happened yet. Touches meanwhile go nowhere.
import QtQuick
import QtQuick.Controls
import Antrian.Kiosk

Rectangle {
    color: "#cc061a2e"
    MouseArea { anchors.fill: parent }
    Column {
        anchors.centerIn: parent
        spacing: 40 * Theme.u
        BusyIndicator {
            anchors.horizontalCenter: parent.horizontalCenter
            width: 160 * Theme.u
            height: width
            running: parent.visible
        }
        Text {
            text: qsTr("Please wait, your number is being made…")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: 56 * Theme.u
            font.bold: true
        }
    }
}
