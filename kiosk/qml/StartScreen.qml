// SPDX-License-Identifier: GPL-3.0-or-later
// The start screen: one large button per service, no scrolling up to 8 services, and below
// them, apart, the way to a priority number.
import QtQuick
import Antrian.Kiosk

Item {
    id: root
    required property KioskController kiosk
    property bool portrait: false
    readonly property bool priorityMode: kiosk.priorityReason.length > 0
    readonly property int count: kiosk.services.count
    // Landscape: side by side while they stay wide; portrait: stacked, two columns past four.
    readonly property int columns: portrait ? (count <= 4 ? 1 : 2)
                                            : (count <= 3 ? Math.max(1, count) : count <= 4 ? 2 : count <= 6 ? 3 : 4)
    readonly property int rows: Math.max(1, Math.ceil(count / columns))

    Column {
        id: heading
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.gap }
        spacing: 8 * Theme.u
        Text {
            objectName: "startTitle"
            width: parent.width
            text: root.priorityMode ? qsTr("Priority number for: %1").arg(root.kiosk.priorityReasonName)
                                    : qsTr("Please choose a service")
            color: root.priorityMode ? Theme.priority : Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: 64 * Theme.u
            font.bold: true
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            width: parent.width
            text: root.priorityMode ? qsTr("Now touch the service you need.")
                                    : qsTr("Touch a button to take your queue number.")
            color: Theme.textSoft
            font.family: Theme.fontFamily
            font.pixelSize: 36 * Theme.u
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
    }

    Grid {
        id: grid
        anchors { left: parent.left; right: parent.right; top: heading.bottom; bottom: footer.top
                  margins: Theme.gap }
        columns: root.columns
        spacing: Theme.gap
        readonly property real cellWidth: (width - (columns - 1) * spacing) / columns
        readonly property real cellHeight: Math.min((height - (root.rows - 1) * spacing) / root.rows,
                                                    (root.portrait ? 420 : 560) * Theme.u)
        Repeater {
            model: root.kiosk.services
            delegate: ServiceButton {
                width: grid.cellWidth
                height: grid.cellHeight
                priorityMode: root.priorityMode
                onChosen: (code) => root.kiosk.chooseService(code)
            }
        }
    }

    Item {
        id: footer
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: Theme.gap }
        height: root.kiosk.priorityReasons.count > 0 ? 150 * Theme.u : 0

        // Out of priority mode: the way in. Kept apart from the services and in another
        // colour, so it is easy to find and not touched instead of a service.
        Rectangle {
            objectName: "priorityButton"
            anchors.fill: parent
            visible: !root.priorityMode && root.kiosk.priorityReasons.count > 0
            radius: Theme.radius
            color: priorityTap.pressed ? "#33ffb300" : "transparent"
            border.color: Theme.priority
            border.width: 5 * Theme.u
            Column {
                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter
                          leftMargin: 40 * Theme.u; rightMargin: 40 * Theme.u }
                // Led by who it is for, so nobody takes a service named "priority" for it.
                Text {
                    objectName: "priorityButtonTitle"
                    width: parent.width
                    text: qsTr("%1 — priority service").arg(root.kiosk.priorityReasons.summary)
                    color: Theme.priority
                    font.family: Theme.fontFamily
                    font.pixelSize: 46 * Theme.u
                    font.bold: true
                    horizontalAlignment: Text.AlignHCenter
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: 30 * Theme.u
                    elide: Text.ElideRight
                }
                Text {
                    width: parent.width
                    text: qsTr("Touch here first, then choose your service")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: 30 * Theme.u
                    horizontalAlignment: Text.AlignHCenter
                    elide: Text.ElideRight
                }
            }
            MouseArea { id: priorityTap; anchors.fill: parent; onClicked: panel.visible = true }
        }

        // In priority mode: the way out.
        Rectangle {
            objectName: "priorityLeave"
            anchors.fill: parent
            visible: root.priorityMode
            radius: Theme.radius
            color: leaveTap.pressed ? Theme.accentPressed : "transparent"
            border.color: Theme.card
            border.width: 4 * Theme.u
            Text {
                anchors.centerIn: parent
                width: parent.width - 80 * Theme.u
                text: qsTr("Back to ordinary numbers")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: 44 * Theme.u
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
                elide: Text.ElideRight
            }
            MouseArea { id: leaveTap; anchors.fill: parent; onClicked: root.kiosk.cancelPriority() }
        }
    }

    PriorityPanel {
        id: panel
        objectName: "priorityPanel"
        anchors.fill: parent
        visible: false
        kiosk: root.kiosk
        onClosed: visible = false
    }
    Connections {
        target: root.kiosk
        function onScreenChanged() { panel.visible = false }
    }
}
