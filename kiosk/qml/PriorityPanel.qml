// SPDX-License-Identifier: GPL-3.0-or-later
// The priority path, step one: who the priority number is for. Opening it takes a deliberate
// touch on its own button, choosing a reason a second one, and only then does a service touch
// issue anything, so a priority number is never taken by accident.
import QtQuick
import Antrian.Kiosk

Rectangle {
    id: root
    required property KioskController kiosk
    signal closed()
    color: "#d9061a2e"

    // A touch beside the card closes it.
    MouseArea { anchors.fill: parent; onClicked: root.closed() }
    // Nobody answered: close, so the next customer finds the start screen as it should be.
    Timer { running: root.visible; interval: 30000; onTriggered: root.closed() }

    Rectangle {
        id: card
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.gap, 1300 * Theme.u)
        height: content.implicitHeight + 2 * 48 * Theme.u
        radius: Theme.radius
        color: Theme.card
        MouseArea { anchors.fill: parent } // touches on the card stay on the card

        Column {
            id: content
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: 48 * Theme.u }
            spacing: 28 * Theme.u
            Text {
                width: parent.width
                text: qsTr("Priority service")
                color: Theme.cardText
                font.family: Theme.fontFamily
                font.pixelSize: 60 * Theme.u
                font.bold: true
                wrapMode: Text.WordWrap
            }
            Text {
                width: parent.width
                text: qsTr("Touch what applies to you. Our staff may ask you to show it.")
                color: Theme.cardTextSoft
                font.family: Theme.fontFamily
                font.pixelSize: 34 * Theme.u
                wrapMode: Text.WordWrap
            }
            Repeater {
                model: root.kiosk.priorityReasons
                delegate: Rectangle {
                    id: reason
                    required property string code
                    required property string name
                    objectName: "priorityReason_" + code
                    width: content.width
                    height: 120 * Theme.u
                    radius: Theme.radius
                    color: reasonTap.pressed ? Theme.priorityPressed : Theme.priority
                    Text {
                        anchors { left: parent.left; leftMargin: 40 * Theme.u; right: parent.right; rightMargin: 40 * Theme.u
                                  verticalCenter: parent.verticalCenter }
                        text: reason.name
                        color: Theme.priorityText
                        font.family: Theme.fontFamily
                        font.pixelSize: 48 * Theme.u
                        font.bold: true
                        elide: Text.ElideRight
                    }
                    MouseArea {
                        id: reasonTap
                        anchors.fill: parent
                        onClicked: {
                            root.kiosk.beginPriority(reason.code)
                            root.closed()
                        }
                    }
                }
            }
            Rectangle {
                objectName: "priorityCancel"
                width: content.width
                height: 110 * Theme.u
                radius: Theme.radius
                color: cancelTap.pressed ? "#d7e3f0" : Theme.card
                border.color: Theme.cardText
                border.width: 4 * Theme.u
                Text {
                    anchors.centerIn: parent
                    text: qsTr("Back")
                    color: Theme.cardText
                    font.family: Theme.fontFamily
                    font.pixelSize: 44 * Theme.u
                    font.bold: true
                }
                MouseArea { id: cancelTap; anchors.fill: parent; onClicked: root.closed() }
            }
        }
    }
}
