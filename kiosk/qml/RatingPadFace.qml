// SPDX-License-Identifier: GPL-3.0-or-later
// One face on the rating pad: a round face drawn on a Canvas (no emoji font needed), its mouth
// from a deep frown (1, very bad) to a broad smile (5, very good), coloured red to green, and
// its word under it. The whole cell is the touch target. Drawn once per size: nothing runs idle.
import QtQuick
import Antrian.Kiosk

Rectangle {
    id: root
    required property int score // 1..5
    required property string word
    signal chosen(int score)

    objectName: "face_" + score
    readonly property var colours: ["#d32f2f", "#f57c00", "#f9a825", "#7cb342", "#2e7d32"]
    readonly property color faceColour: colours[score - 1]
    radius: Theme.radius
    color: tap.pressed ? "#d7e3f0" : Theme.card
    scale: tap.pressed ? 0.97 : 1.0

    Canvas {
        id: face
        // The face and its word together, centred in the cell.
        anchors.horizontalCenter: parent.horizontalCenter
        y: (parent.height - height - label.anchors.topMargin - label.height) / 2
        width: Math.min(parent.width * 0.84, parent.height * 0.62)
        height: width
        renderTarget: Canvas.Image
        onWidthChanged: requestPaint()
        onPaint: {
            const ctx = getContext("2d");
            const s = width;
            ctx.reset();
            ctx.fillStyle = root.faceColour;
            ctx.beginPath();
            ctx.arc(s / 2, s / 2, s * 0.48, 0, 2 * Math.PI);
            ctx.fill();
            // Eyes
            ctx.fillStyle = "#1b1b1b";
            for (const x of [0.34, 0.66]) {
                ctx.beginPath();
                ctx.arc(s * x, s * 0.38, s * 0.065, 0, 2 * Math.PI);
                ctx.fill();
            }
            // Mouth: the curve bends down for 1 and 2, is level for 3, bends up for 4 and 5.
            const bend = (root.score - 3) * 0.09;
            const y = s * (0.68 - bend / 2);
            ctx.strokeStyle = "#1b1b1b";
            ctx.lineWidth = s * 0.06;
            ctx.lineCap = "round";
            ctx.beginPath();
            ctx.moveTo(s * 0.28, y);
            ctx.quadraticCurveTo(s * 0.5, y + s * bend * 2, s * 0.72, y);
            ctx.stroke();
        }
    }
    Text {
        id: label
        objectName: "faceWord_" + root.score
        anchors { left: parent.left; right: parent.right; top: face.bottom; topMargin: 24 * Theme.u
                  leftMargin: 12 * Theme.u; rightMargin: 12 * Theme.u }
        text: root.word
        color: Theme.cardText
        font.family: Theme.fontFamily
        font.pixelSize: 40 * Theme.u
        font.bold: true
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        maximumLineCount: 2
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: 24 * Theme.u
    }
    MouseArea {
        id: tap
        anchors.fill: parent
        onClicked: root.chosen(root.score)
    }
}
