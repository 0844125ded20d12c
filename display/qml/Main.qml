// SPDX-License-Identifier: GPL-3.0-or-later
// The lobby TV: header, notices, then either the board (newest call, counters, previous calls,
// waiting counts) or the closed screen, and the running text at the foot. Landscape and
// portrait share the pieces; only where they sit differs.
import QtQuick
import QtQuick.Window
import Antrian.Display

Window {
    id: window
    required property BoardViewModel board
    readonly property bool portrait: height > width
    title: qsTr("Antrian lobby display")
    color: Theme.background

    Binding {
        target: Theme
        property: "u"
        value: window.portrait ? Math.min(window.width / 1080, window.height / 1920)
                               : Math.min(window.width / 1920, window.height / 1080)
    }

    HeaderBar {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top }
        board: window.board
        portrait: window.portrait
    }

    NoticeBar {
        id: notice
        objectName: "notice"
        anchors { left: parent.left; right: parent.right; top: header.bottom }
        board: window.board
    }

    Item {
        id: body
        objectName: "board"
        anchors {
            left: parent.left; right: parent.right; top: notice.bottom; bottom: waiting.top
            margins: Theme.gap
        }
        visible: window.board.ready && !window.board.closedScreen

        NewestCall {
            id: newest
            board: window.board
            x: 0
            y: 0
            width: window.portrait ? body.width : (body.width - Theme.gap) * 0.42
            height: window.portrait ? body.height * 0.36 : body.height * 0.53
        }

        PreviousCalls {
            id: previous
            board: window.board
            portrait: window.portrait
            x: 0
            y: window.portrait ? counters.y + counters.height + Theme.gap : newest.height + Theme.gap
            width: newest.width
            height: window.portrait ? body.height - y : body.height - y
        }

        CounterBoard {
            id: counters
            board: window.board
            portrait: window.portrait
            x: window.portrait ? 0 : newest.width + Theme.gap
            y: window.portrait ? newest.height + Theme.gap : 0
            width: window.portrait ? body.width : body.width - x
            height: window.portrait ? body.height * 0.38 : body.height
        }
    }

    ClosedScreen {
        objectName: "closedScreen"
        anchors { left: parent.left; right: parent.right; top: notice.bottom; bottom: running.top }
        board: window.board
        visible: window.board.ready && window.board.closedScreen
    }

    WaitingStrip {
        id: waiting
        anchors { left: parent.left; right: parent.right; bottom: running.top }
        board: window.board
        portrait: window.portrait
        visible: !window.board.closedScreen
        height: visible ? implicitHeight : 0
    }

    RunningText {
        id: running
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        text: window.board.runningText
        running: !window.board.closedScreen
    }

    OutOfService {
        objectName: "outOfService"
        anchors.fill: parent
        board: window.board
        // On a branch server the last board stays up, marked by the notice (BoardViewModel).
        visible: !window.board.available && !(window.board.keepsBoardOffline && window.board.ready)
    }
}
