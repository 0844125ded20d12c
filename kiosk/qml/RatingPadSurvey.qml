// SPDX-License-Identifier: GPL-3.0-or-later
// The SKM questionnaire, one element at a time: its name and progress ("3/9"), the question in
// plain words, four answers 1..4 in the regulation's words, and Back to change an answer.
import QtQuick
import Antrian.Kiosk

Item {
    id: root
    required property RatingPadController pad

    Item {
        id: top
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: 70 * Theme.u
        Text {
            objectName: "padElement"
            anchors { left: parent.left; right: progress.left; rightMargin: Theme.gap; verticalCenter: parent.verticalCenter }
            text: root.pad.elementName
            color: Theme.warning
            font.family: Theme.fontFamily
            font.pixelSize: 48 * Theme.u
            font.bold: true
            elide: Text.ElideRight
        }
        Text {
            id: progress
            objectName: "padProgress"
            anchors { right: parent.right; verticalCenter: parent.verticalCenter }
            text: qsTr("%1/%2").arg(root.pad.questionIndex + 1).arg(root.pad.questionCount)
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: 48 * Theme.u
            font.bold: true
        }
    }

    Text {
        id: question
        objectName: "padQuestion"
        anchors { left: parent.left; right: parent.right; top: top.bottom; topMargin: Theme.gap }
        height: 180 * Theme.u
        text: root.pad.questionText
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: 60 * Theme.u
        font.bold: true
        wrapMode: Text.WordWrap
        fontSizeMode: Text.Fit
        minimumPixelSize: 32 * Theme.u
        verticalAlignment: Text.AlignVCenter
    }

    Row {
        id: answers
        anchors { left: parent.left; right: parent.right; top: question.bottom; bottom: footer.top
                  topMargin: Theme.gap; bottomMargin: Theme.gap }
        spacing: Theme.gap
        Repeater {
            model: 4
            delegate: RatingPadAnswer {
                required property int index
                value: index + 1
                word: root.pad.answerWords[index] ?? ""
                given: root.pad.givenAnswer === index + 1
                width: (answers.width - 3 * answers.spacing) / 4
                height: answers.height
                enabled: !root.pad.saving
                onChosen: (value) => root.pad.answer(value)
            }
        }
    }

    Item {
        id: footer
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: 110 * Theme.u
        Rectangle {
            objectName: "padBack"
            visible: root.pad.questionIndex > 0
            anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
            width: Math.max(320 * Theme.u, backLabel.implicitWidth + 80 * Theme.u)
            radius: height / 2
            color: backTap.pressed ? Theme.accentPressed : "transparent"
            border.color: Theme.card
            border.width: 4 * Theme.u
            Text {
                id: backLabel
                anchors.centerIn: parent
                text: qsTr("‹ Back")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: 44 * Theme.u
                font.bold: true
            }
            MouseArea {
                id: backTap
                anchors.fill: parent
                enabled: !root.pad.saving
                onClicked: root.pad.back()
            }
        }
        Text {
            objectName: "padSkmTicket"
            anchors { right: parent.right; verticalCenter: parent.verticalCenter }
            text: qsTr("Ticket %1").arg(root.pad.ticketCode)
            color: Theme.textSoft
            font.family: Theme.fontFamily
            font.pixelSize: 32 * Theme.u
        }
    }
}
