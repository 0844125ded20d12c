// SPDX-License-Identifier: GPL-3.0-or-later
// The band at the top of every screen: the branch's logo and name, the date and time, and the
// language switch where the customer can still choose.
import QtQuick
import Antrian.Kiosk

Rectangle {
    id: root
    required property KioskController kiosk
    property url logoSource
    property bool showLanguage: true
    // Portrait: the language switch gets a row of its own under the name and the clock.
    property bool portrait: false
    color: Theme.header
    height: (portrait ? (showLanguage ? 290 : 190) : 150) * Theme.u

    // The band the logo, name and clock sit in: all of the header in landscape.
    Item {
        id: topRow
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: (root.portrait ? 190 : 150) * Theme.u
    }

    Item {
        id: logo
        anchors { left: parent.left; leftMargin: Theme.gap; verticalCenter: topRow.verticalCenter }
        width: 104 * Theme.u
        height: width
        Image {
            id: logoImage
            anchors.fill: parent
            source: root.logoSource
            fillMode: Image.PreserveAspectFit
            visible: status === Image.Ready
        }
        // Without a logo file: a plain ticket mark in the kiosk's colours.
        Rectangle {
            anchors.fill: parent
            visible: !logoImage.visible
            radius: 22 * Theme.u
            color: Theme.accent
            border.color: Theme.card
            border.width: 4 * Theme.u
            Text {
                anchors.centerIn: parent
                text: "№"
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: 60 * Theme.u
                font.bold: true
            }
        }
    }

    Column {
        anchors { left: logo.right; leftMargin: Theme.gap; right: clock.left; rightMargin: Theme.gap
                  verticalCenter: topRow.verticalCenter }
        spacing: 4 * Theme.u
        Text {
            objectName: "branchName"
            width: parent.width
            text: root.kiosk.branchName
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: 46 * Theme.u
            font.bold: true
            // One line beside the clock in landscape (shrunk if it must be), two in portrait.
            wrapMode: root.portrait ? Text.WordWrap : Text.NoWrap
            maximumLineCount: 2
            fontSizeMode: root.portrait ? Text.FixedSize : Text.HorizontalFit
            minimumPixelSize: 28 * Theme.u
            elide: Text.ElideRight
        }
        Text {
            width: parent.width
            visible: !root.portrait
            text: qsTr("Queue numbers")
            color: Theme.textSoft
            font.family: Theme.fontFamily
            font.pixelSize: 28 * Theme.u
        }
    }

    Column {
        id: clock
        anchors { right: languages.visible && !root.portrait ? languages.left : parent.right
                  rightMargin: Theme.gap; verticalCenter: topRow.verticalCenter }
        Text {
            objectName: "clockTime"
            anchors.right: parent.right
            text: root.kiosk.timeText
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: 56 * Theme.u
            font.bold: true
        }
        Text {
            anchors.right: parent.right
            text: root.kiosk.dateText
            color: Theme.textSoft
            font.family: Theme.fontFamily
            font.pixelSize: 26 * Theme.u
        }
    }

    LanguageSwitch {
        id: languages
        kiosk: root.kiosk
        visible: root.showLanguage
        anchors { right: parent.right; rightMargin: Theme.gap }
        y: root.portrait ? topRow.height + (root.height - topRow.height - height) / 2 - 10 * Theme.u
                         : (root.height - height) / 2
    }
}
