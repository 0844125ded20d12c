// SPDX-License-Identifier: GPL-3.0-or-later
// The top of the screen: the branch's name, and the date and time in the branch's time zone.
import QtQuick
import Antrian.Display

Rectangle {
    id: bar
    required property BoardViewModel board
    property bool portrait: false
    implicitHeight: (portrait ? 150 : 124) * Theme.u
    color: Theme.header

    Text {
        id: name
        objectName: "branchName"
        anchors {
            left: parent.left; leftMargin: 36 * Theme.u
            right: clock.left; rightMargin: 30 * Theme.u
            top: parent.top; bottom: parent.bottom
        }
        verticalAlignment: Text.AlignVCenter
        text: bar.board.branchName
        color: Theme.text
        font.pixelSize: 46 * Theme.u
        font.bold: true
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: 26 * Theme.u
        elide: Text.ElideRight
        maximumLineCount: bar.portrait ? 2 : 1
        wrapMode: bar.portrait ? Text.Wrap : Text.NoWrap
    }

    Column {
        id: clock
        anchors { right: parent.right; rightMargin: 36 * Theme.u; verticalCenter: parent.verticalCenter }
        spacing: 2 * Theme.u
        Text {
            objectName: "time"
            anchors.right: parent.right
            text: bar.board.timeText
            color: Theme.text
            font.pixelSize: 62 * Theme.u
            font.bold: true
        }
        Text {
            objectName: "date"
            anchors.right: parent.right
            text: bar.board.dateText
            color: Theme.textSoft
            font.pixelSize: 26 * Theme.u
        }
    }

    Rectangle {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: 6 * Theme.u
        color: Theme.accent
    }
}
