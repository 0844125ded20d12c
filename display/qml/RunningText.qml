// SPDX-License-Identifier: GPL-3.0-or-later
// The branch's notice (branch.runningText in the config), crawling right to left along the
// foot of the screen. The first pass starts at the left edge and waits a moment, so the
// opening words are read before they move. While `running` is false (the branch closed) it
// stands still: nothing on an idle board moves but the clock and this text.
import QtQuick
import Antrian.Display

Rectangle {
    id: bar
    property string text
    property bool running: true
    height: text !== "" ? 72 * Theme.u : 0
    visible: height > 0
    color: Theme.accent
    clip: true
    readonly property real margin: 36 * Theme.u
    readonly property real speed: 130 * Theme.u // pixels per second: read once, unhurried

    Text {
        id: label
        objectName: "runningText"
        anchors.verticalCenter: parent.verticalCenter
        x: bar.margin
        text: bar.text
        color: Theme.accentText
        font.pixelSize: 34 * Theme.u
        font.bold: true
        onImplicitWidthChanged: bar.restart()
    }

    function restart() {
        crawl.stop()
        again.stop()
        label.x = bar.margin
        if (bar.visible && bar.running && label.implicitWidth > 0)
            crawl.start()
    }
    readonly property bool moving: crawl.running || again.running
    onRunningChanged: restart()
    onVisibleChanged: restart()
    onWidthChanged: restart()

    SequentialAnimation {
        id: crawl
        PauseAnimation { duration: 3000 } // the opening words stand still a moment: read them first
        NumberAnimation {
            target: label; property: "x"
            from: bar.margin; to: -label.implicitWidth
            duration: Math.max(1, (label.implicitWidth + bar.margin) / bar.speed * 1000)
        }
        ScriptAction { script: again.start() }
    }
    NumberAnimation {
        id: again
        target: label; property: "x"
        from: bar.width; to: -label.implicitWidth
        loops: Animation.Infinite
        duration: Math.max(1, (bar.width + label.implicitWidth) / bar.speed * 1000)
    }
}
