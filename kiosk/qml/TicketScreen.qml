// SPDX-License-Identifier: GPL-3.0-or-later
// The ticket, right after the touch: the code as large as the screen allows, the service, how
// many people are ahead, the estimated wait, the time, what happened to the paper slip, and a
// thank-you. It goes back to the start by itself, or at a touch.
import QtQuick
import Antrian.Kiosk

Item {
    id: root
    required property KioskController kiosk
    property bool portrait: false
    readonly property TicketView ticket: kiosk.ticket
    readonly property bool printFailed: kiosk.printState === KioskController.Failed

    MouseArea { anchors.fill: parent; onClicked: root.kiosk.dismissTicket() }

    // Top to bottom, centred in the space below the header.
    Column {
        anchors.centerIn: parent
        width: parent.width
        spacing: (root.portrait ? 24 : 20) * Theme.u

        // A preview made for a screenshot is not a ticket: it says so.
        Rectangle {
            id: previewMark
            objectName: "previewMark"
            visible: root.ticket.preview
            anchors.horizontalCenter: parent.horizontalCenter
            width: previewText.implicitWidth + 32 * Theme.u
            height: previewText.implicitHeight + 16 * Theme.u
            radius: 8 * Theme.u
            color: Theme.warning
            Text {
                id: previewText
                anchors.centerIn: parent
                text: qsTr("Preview: this number has not been issued")
                color: Theme.priorityText
                font.family: Theme.fontFamily
                font.pixelSize: 24 * Theme.u
                font.bold: true
            }
        }

        Rectangle {
            id: card
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(root.width - 2 * Theme.gap, 1500 * Theme.u)
            height: cardContent.implicitHeight + 2 * 36 * Theme.u
            radius: Theme.radius
            color: Theme.card

            Column {
                id: cardContent
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: 36 * Theme.u }
                spacing: 6 * Theme.u
                Text {
                    width: parent.width
                    text: qsTr("Your queue number")
                    color: Theme.cardTextSoft
                    font.family: Theme.fontFamily
                    font.pixelSize: 44 * Theme.u
                    horizontalAlignment: Text.AlignHCenter
                }
                Text {
                    objectName: "ticketCode"
                    width: parent.width
                    // Landscape is short: the priority badge takes its room from the code.
                    height: (root.portrait ? 300 : root.ticket.priorityText.length > 0 ? 180 : 220) * Theme.u
                    text: root.ticket.code
                    color: Theme.cardText
                    font.family: Theme.fontFamily
                    font.pixelSize: height
                    font.bold: true
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: 60 * Theme.u
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                Text {
                    objectName: "ticketService"
                    width: parent.width
                    text: root.ticket.serviceName
                    color: Theme.cardText
                    font.family: Theme.fontFamily
                    font.pixelSize: 56 * Theme.u
                    font.bold: true
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                }
                Item { width: 1; height: 10 * Theme.u; visible: priority.visible }
                Rectangle {
                    id: priority
                    anchors.horizontalCenter: parent.horizontalCenter
                    visible: root.ticket.priorityText.length > 0
                    width: priorityLabel.implicitWidth + 60 * Theme.u
                    height: 70 * Theme.u
                    radius: height / 2
                    color: Theme.priority
                    Text {
                        id: priorityLabel
                        anchors.centerIn: parent
                        text: root.ticket.priorityText
                        color: Theme.priorityText
                        font.family: Theme.fontFamily
                        font.pixelSize: 36 * Theme.u
                        font.bold: true
                    }
                }
            }
        }

        Grid {
            id: facts
            anchors.horizontalCenter: parent.horizontalCenter
            columns: root.portrait ? 1 : 3
            spacing: Theme.gap
            readonly property real tileWidth: root.portrait ? card.width : (card.width - 2 * spacing) / 3
            Repeater {
                model: [
                    { name: "ahead", label: qsTr("Ahead of you"),
                      value: root.ticket.ahead === 0 ? qsTr("No one") : qsTr("%n people", "", root.ticket.ahead) },
                    { name: "wait", label: qsTr("Estimated wait"), value: root.ticket.waitText },
                    { name: "time", label: qsTr("Taken at"), value: root.ticket.timeText }
                ]
                delegate: Rectangle {
                    id: tile
                    required property var modelData
                    objectName: "fact_" + modelData.name
                    width: facts.tileWidth
                    height: (root.portrait ? 150 : 170) * Theme.u
                    radius: Theme.radius
                    color: "transparent"
                    border.color: Theme.textSoft
                    border.width: 3 * Theme.u
                    Column {
                        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 20 * Theme.u }
                        spacing: 6 * Theme.u
                        Text {
                            width: parent.width
                            text: tile.modelData.label
                            color: Theme.textSoft
                            font.family: Theme.fontFamily
                            font.pixelSize: 32 * Theme.u
                            horizontalAlignment: Text.AlignHCenter
                            elide: Text.ElideRight
                        }
                        Text {
                            objectName: "factValue_" + tile.modelData.name
                            width: parent.width
                            text: tile.modelData.value
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: 48 * Theme.u
                            font.bold: true
                            horizontalAlignment: Text.AlignHCenter
                            wrapMode: Text.WordWrap
                            maximumLineCount: 2
                            fontSizeMode: Text.Fit
                            minimumPixelSize: 24 * Theme.u
                            height: (root.portrait ? 70 : 100) * Theme.u
                            verticalAlignment: Text.AlignVCenter
                        }
                    }
                }
            }
        }

        // What happened to the paper: printing, take it, or (no printer, or it failed) note the number.
        Rectangle {
            id: paper
            objectName: "printNotice"
            anchors.horizontalCenter: parent.horizontalCenter
            width: card.width
            height: paperText.implicitHeight + 40 * Theme.u
            radius: Theme.radius
            color: root.printFailed ? Theme.warning : "transparent"
            Text {
                id: paperText
                objectName: "printNoticeText"
                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 24 * Theme.u }
                text: {
                    switch (root.kiosk.printState) {
                    case KioskController.Printing: return qsTr("Printing your ticket…")
                    case KioskController.Printed: return qsTr("Please take your ticket from the printer below.")
                    case KioskController.Failed:
                        return qsTr("Sorry, the ticket printer has a problem. Please note your number: %1").arg(root.ticket.code)
                    default: return qsTr("Please remember your number: %1").arg(root.ticket.code)
                    }
                }
                color: root.printFailed ? Theme.priorityText : Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: 42 * Theme.u
                font.bold: true
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
            }
        }

        Column {
            anchors.horizontalCenter: parent.horizontalCenter
            width: card.width
            spacing: 8 * Theme.u
            Text {
                width: parent.width
                text: qsTr("Thank you. Please wait until your number is called.")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: 40 * Theme.u
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
            }
            Text {
                width: parent.width
                text: qsTr("Touch the screen to finish (%n s)", "", root.kiosk.secondsLeft)
                color: Theme.textSoft
                font.family: Theme.fontFamily
                font.pixelSize: 30 * Theme.u
                horizontalAlignment: Text.AlignHCenter
            }
        }
    }
}
