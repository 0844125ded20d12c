// SPDX-License-Identifier: GPL-3.0-or-later
// One service on the start screen: its letter, name, a line on what it is for, and how many
// people wait now. A service that takes no tickets (daily limit, paused) says why and does
// not react. In priority mode the buttons turn amber: the next touch takes a priority number.
import QtQuick
import Antrian.Kiosk

Rectangle {
    id: root
    required property string code
    required property string name
    required property string description
    required property string waitingText
    required property string unavailableText
    required property bool available
    property bool priorityMode: false
    signal chosen(string code)

    objectName: "serviceButton_" + code
    radius: Theme.radius
    color: !available ? Theme.disabledCard
         : priorityMode ? (tap.pressed ? Theme.priorityPressed : Theme.priority)
         : (tap.pressed ? "#d7e3f0" : Theme.card)
    border.color: available ? "transparent" : Theme.disabledText
    border.width: available ? 0 : 3 * Theme.u
    scale: tap.pressed ? 0.98 : 1.0

    // Tall buttons (few services side by side) stack the letter over the text; wide ones put
    // it beside. Sizes follow the button as well as the screen, so 8 services fit as well as 2.
    readonly property bool stacked: height > width * 0.6
    readonly property real k: stacked ? Math.min(1.2 * Theme.u, height / 540, width / 480)
                                      : Math.min(1.3 * Theme.u, height / 340, width / 620)
    readonly property color ink: !available ? Theme.disabledText : priorityMode ? Theme.priorityText : Theme.cardText

    // Stacked, the letter sits at the same height in every button of a row, whatever the
    // lines under it: centred with the room the text can take at most (two lines each of
    // name, description and waiting), not with the text it has.
    readonly property real infoRoom: (2 * 58 + 2 * 30 + 2 * 34) * 1.2 * k + 2 * 10 * k

    Rectangle {
        id: badge
        objectName: "serviceLetter_" + root.code
        x: root.stacked ? (root.width - width) / 2 : 28 * root.k
        y: root.stacked ? Math.max(24 * root.k, (root.height - height - 24 * root.k - root.infoRoom) / 2)
                        : (root.height - height) / 2
        width: root.stacked ? 150 * root.k : Math.min(root.height - 48 * root.k, 130 * root.k)
        height: width
        radius: 16 * root.k
        color: !root.available ? "transparent" : root.priorityMode ? Theme.priorityText : Theme.accent
        border.color: root.ink
        border.width: root.available ? 0 : 4 * root.k
        Text {
            anchors.centerIn: parent
            text: root.code
            color: root.available ? (root.priorityMode ? Theme.priority : Theme.text) : Theme.disabledText
            font.family: Theme.fontFamily
            font.pixelSize: parent.height * 0.62
            font.bold: true
        }
    }

    TextMetrics {
        id: longestWord
        font.family: Theme.fontFamily
        font.pixelSize: 58 * root.k
        font.bold: true
        text: root.name.split(" ").reduce((a, b) => b.length > a.length ? b : a, "")
    }

    Column {
        id: info
        x: root.stacked ? 28 * root.k : badge.x + badge.width + 32 * root.k
        y: root.stacked ? badge.y + badge.height + 24 * root.k : (root.height - height) / 2
        width: root.width - x - 28 * root.k
        spacing: 10 * root.k
        Text {
            width: parent.width
            text: root.name
            color: root.ink
            font.family: Theme.fontFamily
            // A word too long for the button ("Pembayaran") shrinks the name rather than run off it.
            font.pixelSize: Math.min(58 * root.k, 58 * root.k * 0.96 * width / Math.max(1, longestWord.advanceWidth))
            font.bold: true
            horizontalAlignment: root.stacked ? Text.AlignHCenter : Text.AlignLeft
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Text {
            width: parent.width
            visible: text.length > 0 && root.available
            text: root.description
            color: root.priorityMode ? Theme.priorityText : Theme.cardTextSoft
            font.family: Theme.fontFamily
            font.pixelSize: 30 * root.k
            horizontalAlignment: root.stacked ? Text.AlignHCenter : Text.AlignLeft
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Text {
            objectName: "waiting_" + root.code
            width: parent.width
            text: root.available ? root.waitingText : root.unavailableText
            color: root.ink
            font.family: Theme.fontFamily
            font.pixelSize: 34 * root.k
            font.bold: true
            horizontalAlignment: root.stacked ? Text.AlignHCenter : Text.AlignLeft
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
    }

    MouseArea {
        id: tap
        anchors.fill: parent
        enabled: root.available
        onClicked: root.chosen(root.code)
    }
}
