// SPDX-License-Identifier: GPL-3.0-or-later
// One of the four answers to an SKM question: its number and the regulation's words, a colour
// band from red (1) to green (4), and a thick border when it is the answer given before Back.
import QtQuick
import Antrian.Kiosk

Rectangle {
    id: root
    required property int value // 1..4
    required property string word
    property bool given: false
    signal chosen(int value)

    objectName: "answer_" + value
    readonly property var colours: ["#d32f2f", "#f57c00", "#7cb342", "#2e7d32"]
    radius: Theme.radius
    color: tap.pressed ? "#d7e3f0" : Theme.card
    border.color: given ? Theme.warning : "transparent"
    border.width: given ? 10 * Theme.u : 0
    scale: tap.pressed ? 0.97 : 1.0

    Rectangle {
        id: band
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: root.border.width + 14 * Theme.u }
        height: 86 * Theme.u
        radius: Theme.radius / 2
        color: root.colours[root.value - 1]
        Text {
            anchors.centerIn: parent
            text: root.value
            color: "#ffffff"
            font.family: Theme.fontFamily
            font.pixelSize: 60 * Theme.u
            font.bold: true
        }
    }
    Text {
        objectName: "answerWord_" + root.value
        anchors { left: parent.left; right: parent.right; top: band.bottom; bottom: parent.bottom
                  margins: 18 * Theme.u }
        text: root.word
        color: Theme.cardText
        font.family: Theme.fontFamily
        font.pixelSize: 40 * Theme.u
        font.bold: true
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
        fontSizeMode: Text.Fit
        minimumPixelSize: 22 * Theme.u
    }
    MouseArea {
        id: tap
        anchors.fill: parent
        onClicked: root.chosen(root.value)
    }
}
