// SPDX-License-Identifier: GPL-3.0-or-later
// The faces question: "How was our service?", the ticket and who served it, and five faces from
// very bad to very good. One touch answers.
import QtQuick
import Antrian.Kiosk

Item {
    id: root
    required property RatingPadController pad

    Column {
        id: heading
        anchors { left: parent.left; right: parent.right; top: parent.top }
        spacing: 12 * Theme.u
        Text {
            objectName: "padFacesTitle"
            width: parent.width
            text: qsTr("How was our service?")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: 80 * Theme.u
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "padTicketCode"
            width: parent.width
            text: root.pad.staffName.length > 0
                  ? qsTr("Ticket %1, served by %2").arg(root.pad.ticketCode).arg(root.pad.staffName)
                  : qsTr("Ticket %1").arg(root.pad.ticketCode)
            color: Theme.textSoft
            font.family: Theme.fontFamily
            font.pixelSize: 40 * Theme.u
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
    }

    Row {
        id: faces
        anchors { left: parent.left; right: parent.right; top: heading.bottom; bottom: footer.top
                  topMargin: 2 * Theme.gap; bottomMargin: Theme.gap }
        spacing: Theme.gap
        readonly property real cellWidth: (width - 4 * spacing) / 5
        Repeater {
            model: 5
            delegate: RatingPadFace {
                required property int index
                score: index + 1
                word: root.pad.faceWords[index]
                width: faces.cellWidth
                height: Math.min(faces.height, faces.cellWidth * 1.3)
                anchors.verticalCenter: parent ? parent.verticalCenter : undefined
                enabled: !root.pad.saving
                onChosen: (score) => root.pad.rate(score)
            }
        }
    }

    Text {
        id: footer
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        text: qsTr("Touch one face. Answering is up to you.")
        color: Theme.textSoft
        font.family: Theme.fontFamily
        font.pixelSize: 32 * Theme.u
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
    }
}
