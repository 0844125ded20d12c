// SPDX-License-Identifier: GPL-3.0-or-later
// No tickets now: closed, a holiday, or past the last-ticket time, and when the branch opens
// again. Also the screen for a kiosk that cannot reach its database.
import QtQuick
import Antrian.Kiosk

Item {
    id: root
    required property KioskController kiosk
    readonly property bool outOfService: kiosk.screen === KioskController.OutOfService

    Column {
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 2 * Theme.gap }
        spacing: 36 * Theme.u

        Text {
            objectName: "closedTitle"
            width: parent.width
            text: root.outOfService ? qsTr("This kiosk is out of service") : root.kiosk.closedTitle
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: 92 * Theme.u
            font.bold: true
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            objectName: "closedDetail"
            width: parent.width
            visible: text.length > 0
            text: root.outOfService ? qsTr("Please ask our staff for a queue number.") : root.kiosk.closedDetail
            color: Theme.textSoft
            font.family: Theme.fontFamily
            font.pixelSize: 46 * Theme.u
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
        Column {
            width: parent.width
            visible: !root.outOfService && root.kiosk.reopensText.length > 0
            spacing: 8 * Theme.u
            Text {
                width: parent.width
                text: qsTr("We open again")
                color: Theme.textSoft
                font.family: Theme.fontFamily
                font.pixelSize: 44 * Theme.u
                horizontalAlignment: Text.AlignHCenter
            }
            Text {
                objectName: "reopens"
                width: parent.width
                text: root.kiosk.reopensText
                color: Theme.priority
                font.family: Theme.fontFamily
                font.pixelSize: 64 * Theme.u
                font.bold: true
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
            }
        }
        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            visible: !root.outOfService && root.kiosk.openingHours.length > 0
            width: Math.min(parent.width, hours.implicitWidth + 120 * Theme.u)
            height: hours.implicitHeight + 60 * Theme.u
            radius: Theme.radius
            color: "transparent"
            border.color: Theme.textSoft
            border.width: 3 * Theme.u
            Column {
                id: hours
                anchors.centerIn: parent
                spacing: 8 * Theme.u
                Text {
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: qsTr("Opening hours")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: 40 * Theme.u
                    font.bold: true
                }
                Repeater {
                    model: root.kiosk.openingHours
                    delegate: Text {
                        required property string modelData
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: modelData
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: 38 * Theme.u
                    }
                }
                Text {
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: qsTr("Closed on public holidays")
                    color: Theme.textSoft
                    font.family: Theme.fontFamily
                    font.pixelSize: 32 * Theme.u
                }
            }
        }
    }
}
