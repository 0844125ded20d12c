// SPDX-License-Identifier: GPL-3.0-or-later
// The rating pad at one counter, facing a seated customer: a band with the branch, the counter
// and the language, over whichever screen the pad's controller says is showing (idle, the five
// faces, the SKM questions, thanks, a short notice). Nothing moves while it is idle.
import QtQuick
import Antrian.Kiosk

Rectangle {
    id: root
    required property RatingPadController pad
    required property KioskController kiosk
    property url logoSource
    color: Theme.background

    Rectangle {
        id: band
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: 140 * Theme.u
        color: Theme.header

        Item {
            id: mark
            anchors { left: parent.left; leftMargin: Theme.gap; verticalCenter: parent.verticalCenter }
            width: 96 * Theme.u
            height: width
            Image {
                id: logoImage
                anchors.fill: parent
                source: root.logoSource
                fillMode: Image.PreserveAspectFit
                visible: status === Image.Ready
            }
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
                    font.pixelSize: 56 * Theme.u
                    font.bold: true
                }
            }
        }
        Column {
            anchors { left: mark.right; leftMargin: Theme.gap; right: languages.left; rightMargin: Theme.gap
                      verticalCenter: parent.verticalCenter }
            spacing: 2 * Theme.u
            Text {
                objectName: "padBranchName"
                width: parent.width
                text: root.kiosk.branchName
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: 44 * Theme.u
                font.bold: true
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: 26 * Theme.u
                elide: Text.ElideRight
            }
            Text {
                width: parent.width
                // Idle, the counter's name is the screen's own large line.
                visible: root.pad.screen !== RatingPadController.Idle
                text: root.pad.counterName
                color: Theme.textSoft
                font.family: Theme.fontFamily
                font.pixelSize: 32 * Theme.u
                elide: Text.ElideRight
            }
        }
        LanguageSwitch {
            id: languages
            kiosk: root.kiosk
            anchors { right: parent.right; rightMargin: Theme.gap; verticalCenter: parent.verticalCenter }
        }
    }

    Item {
        id: body
        anchors { left: parent.left; right: parent.right; top: band.bottom; bottom: parent.bottom; margins: Theme.gap }

        // Idle: who is here, and a calm line. Nothing to touch.
        Column {
            objectName: "padIdle"
            anchors.centerIn: parent
            width: parent.width
            spacing: 36 * Theme.u
            visible: root.pad.screen === RatingPadController.Idle
            Text {
                objectName: "padCounterName"
                width: parent.width
                text: root.pad.counterName
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: 150 * Theme.u
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: 60 * Theme.u
            }
            Text {
                width: parent.width
                text: qsTr("Thank you for your visit")
                color: Theme.textSoft
                font.family: Theme.fontFamily
                font.pixelSize: 60 * Theme.u
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
            Text {
                objectName: "padRatingOff"
                width: parent.width
                visible: root.pad.ratingOff
                text: qsTr("This branch asks no rating after service.")
                color: Theme.textSoft
                font.family: Theme.fontFamily
                font.pixelSize: 30 * Theme.u
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
        }

        RatingPadFaces {
            objectName: "padFaces"
            anchors.fill: parent
            visible: root.pad.screen === RatingPadController.Faces
            pad: root.pad
        }

        RatingPadSurvey {
            objectName: "padSkm"
            anchors.fill: parent
            visible: root.pad.screen === RatingPadController.Skm
            pad: root.pad
        }

        Column {
            objectName: "padThanks"
            anchors.centerIn: parent
            width: parent.width
            spacing: 36 * Theme.u
            visible: root.pad.screen === RatingPadController.Thanks
            Text {
                width: parent.width
                text: qsTr("Thank you!")
                color: Theme.good
                font.family: Theme.fontFamily
                font.pixelSize: 140 * Theme.u
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
            }
            Text {
                width: parent.width
                text: qsTr("Your answer helps us serve you better.")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: 56 * Theme.u
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
        }

        Column {
            objectName: "padNotice"
            anchors.centerIn: parent
            width: parent.width
            spacing: 32 * Theme.u
            visible: root.pad.screen === RatingPadController.Notice
            Text {
                width: parent.width
                text: qsTr("Sorry, your answer was not saved")
                color: Theme.warning
                font.family: Theme.fontFamily
                font.pixelSize: 72 * Theme.u
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
            Text {
                objectName: "padNoticeText"
                width: parent.width
                text: root.pad.noticeText
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: 44 * Theme.u
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
        }
    }
}
