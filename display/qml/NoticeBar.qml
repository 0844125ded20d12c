// SPDX-License-Identifier: GPL-3.0-or-later
// A line under the header for what the lobby should know now: the display has lost the
// queue system (staff should look), or no more tickets are taken but those inside are served.
import QtQuick
import Antrian.Display

Rectangle {
    id: bar
    required property BoardViewModel board
    readonly property bool lost: board.ready && !board.available
    readonly property string message: lost
            ? qsTr("The display has lost contact with the queue system. Trying again…")
            : board.stateNotice
    height: message !== "" ? 70 * Theme.u : 0
    visible: height > 0
    color: lost ? Theme.warning : Theme.notice

    Text {
        objectName: "noticeText"
        anchors { fill: parent; leftMargin: 36 * Theme.u; rightMargin: 36 * Theme.u }
        verticalAlignment: Text.AlignVCenter
        horizontalAlignment: Text.AlignHCenter
        text: bar.message
        color: Theme.text
        font.pixelSize: 32 * Theme.u
        font.bold: true
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: 18 * Theme.u
        elide: Text.ElideRight
    }
}
