// SPDX-License-Identifier: GPL-3.0-or-later
// The newest call, large and in amber: the ticket and the counter to go to. It blinks a few
// times each time a call or recall is announced. Before the first call of the day it greets.
import QtQuick
import Antrian.Display

Rectangle {
    id: panel
    objectName: "newestCall"
    required property BoardViewModel board
    readonly property bool hasCall: board.hasNewestCall
    radius: Theme.radius
    color: hasCall ? Theme.accent : Theme.panel
    border.color: hasCall ? Theme.accent : Theme.panelEdge
    border.width: 2 * Theme.u
    readonly property color ink: hasCall ? Theme.accentText : Theme.text

    // The blink: a white wash over the amber and back, under the text so it stays readable.
    Rectangle {
        id: wash
        anchors.fill: parent
        radius: parent.radius
        color: Theme.flash
        opacity: 0
    }
    SequentialAnimation {
        id: blink
        loops: 4
        NumberAnimation { target: wash; property: "opacity"; to: 0.9; duration: 260; easing.type: Easing.OutQuad }
        NumberAnimation { target: wash; property: "opacity"; to: 0; duration: 340; easing.type: Easing.InQuad }
    }
    Connections {
        target: panel.board
        function onCallSerialChanged() { blink.restart() }
    }
    // The blink over at once: a screenshot shows the board as it stays, however late the
    // animation runs on a busy PC.
    function settle() {
        blink.complete()
        wash.opacity = 0
    }

    // Sizes follow the panel's height, so the ticket is as large as the panel allows.
    Column {
        id: call
        visible: panel.hasCall
        readonly property real h: panel.height - 2 * 24 * Theme.u
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter }
        anchors.leftMargin: 30 * Theme.u
        anchors.rightMargin: 30 * Theme.u

        Text {
            width: parent.width
            height: call.h * 0.10
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            text: panel.board.newestRecall ? qsTr("CALLING AGAIN") : qsTr("NOW CALLING")
            color: panel.ink
            font.pixelSize: Math.min(40 * Theme.u, height * 0.85)
            font.bold: true
            font.letterSpacing: 4 * Theme.u
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 16 * Theme.u
        }
        Text {
            objectName: "newestTicket"
            width: parent.width
            height: call.h * 0.46
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            text: panel.board.newestTicket
            color: panel.ink
            font.family: Theme.condensed
            font.bold: true
            font.pixelSize: height * 1.05
            fontSizeMode: Text.Fit
            minimumPixelSize: 40 * Theme.u
        }
        Item {
            width: parent.width
            height: call.h * 0.03
            Rectangle {
                anchors.centerIn: parent
                width: parent.width * 0.8
                height: 4 * Theme.u
                radius: height / 2
                color: panel.ink
                opacity: 0.35
            }
        }
        Text {
            width: parent.width
            height: call.h * 0.08
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            text: qsTr("please go to")
            color: panel.ink
            font.pixelSize: Math.min(38 * Theme.u, height * 0.8)
        }
        Text {
            objectName: "newestCounter"
            width: parent.width
            height: call.h * 0.23
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            text: qsTr("COUNTER %1").arg(panel.board.newestCounter)
            color: panel.ink
            font.pixelSize: height * 0.9
            font.bold: true
            fontSizeMode: Text.Fit
            minimumPixelSize: 30 * Theme.u
        }
        Text {
            width: parent.width
            height: call.h * 0.10
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            text: panel.board.newestCounterName
            color: panel.ink
            font.pixelSize: Math.min(34 * Theme.u, height * 0.8)
            elide: Text.ElideRight
        }
    }

    Column {
        visible: !panel.hasCall
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter }
        anchors.margins: 40 * Theme.u
        spacing: 24 * Theme.u
        Text {
            objectName: "welcome"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Welcome")
            color: Theme.text
            font.pixelSize: 84 * Theme.u
            font.bold: true
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 36 * Theme.u
        }
        Text {
            objectName: "invitation"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: panel.board.acceptsTickets ? qsTr("Please take a number at the kiosk and wait for your call.")
                                             : panel.board.stateTitle
            color: Theme.textSoft
            font.pixelSize: 38 * Theme.u
        }
    }
}
