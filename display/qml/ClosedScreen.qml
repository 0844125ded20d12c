// SPDX-License-Identifier: GPL-3.0-or-later
// Outside opening hours, once nobody is left to serve: a calm screen saying when the branch
// opens again (and why it is closed today, on a holiday).
import QtQuick
import Antrian.Display

Rectangle {
    id: closedScreen
    required property BoardViewModel board
    color: Theme.background

    Column {
        anchors.centerIn: parent
        width: parent.width * 0.84
        spacing: 26 * Theme.u

        Text {
            objectName: "closedTitle"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: closedScreen.board.stateTitle
            color: Theme.text
            font.pixelSize: 110 * Theme.u
            font.bold: true
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 48 * Theme.u
        }
        Text {
            objectName: "closedReason"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            visible: text !== ""
            text: closedScreen.board.stateDetail
            color: Theme.accent
            font.pixelSize: 52 * Theme.u
            font.bold: true
            wrapMode: Text.WordWrap
        }
        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: parent.width * 0.3
            height: 5 * Theme.u
            radius: height / 2
            color: Theme.accent
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            visible: closedScreen.board.stateReopens !== ""
            text: qsTr("We open again")
            color: Theme.textSoft
            font.pixelSize: 44 * Theme.u
        }
        Text {
            objectName: "nextOpeningDay"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: closedScreen.board.stateReopens
            color: Theme.text
            font.pixelSize: 76 * Theme.u
            font.bold: true
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 36 * Theme.u
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            topPadding: 30 * Theme.u
            text: qsTr("Thank you for your visit.")
            color: Theme.textSoft
            font.pixelSize: 36 * Theme.u
        }
    }
}
