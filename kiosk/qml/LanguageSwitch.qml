// SPDX-License-Identifier: GPL-3.0-or-later
// Indonesian / English. Each language is named in itself, as a customer looks for it, so these
// two labels are deliberately not translated.
import QtQuick
import Antrian.Kiosk

Row {
    id: root
    required property KioskController kiosk
    spacing: 12 * Theme.u

    Repeater {
        model: [{ code: "id", label: "Bahasa Indonesia" }, { code: "en", label: "English" }]
        delegate: Rectangle {
            id: pill
            required property var modelData
            readonly property bool current: root.kiosk.language === modelData.code
            objectName: "language_" + modelData.code
            width: label.implicitWidth + 56 * Theme.u
            height: 84 * Theme.u
            radius: height / 2
            color: current ? Theme.card : (tap.pressed ? Theme.accentPressed : "transparent")
            border.color: Theme.card
            border.width: 3 * Theme.u
            Text {
                id: label
                anchors.centerIn: parent
                text: pill.modelData.label
                font.family: Theme.fontFamily
                font.pixelSize: 30 * Theme.u
                font.bold: pill.current
                color: pill.current ? Theme.cardText : Theme.text
            }
            MouseArea {
                id: tap
                anchors.fill: parent
                onClicked: root.kiosk.switchLanguage(pill.modelData.code)
            }
        }
    }
}
