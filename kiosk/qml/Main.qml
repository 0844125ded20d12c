// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk window: a header over whichever screen the controller says is showing.
import QtQuick
import QtQuick.Window
import Antrian.Kiosk

Window {
    id: window
    required property KioskController kiosk
    property url logoSource
    readonly property bool portrait: height > width
    title: qsTr("Antrian ticket kiosk")
    color: Theme.background

    Binding {
        target: Theme
        property: "u"
        value: Math.min(Math.max(window.width, window.height) / 1920, Math.min(window.width, window.height) / 1080)
    }

    Header {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top }
        kiosk: window.kiosk
        logoSource: window.logoSource
        portrait: window.portrait
        showLanguage: window.kiosk.screen !== KioskController.Ticket
    }

    Item {
        id: body
        anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: parent.bottom }

        StartScreen {
            objectName: "startScreen"
            anchors.fill: parent
            visible: window.kiosk.screen === KioskController.Start
            kiosk: window.kiosk
            portrait: window.portrait
        }
        TicketScreen {
            objectName: "ticketScreen"
            anchors.fill: parent
            visible: window.kiosk.screen === KioskController.Ticket
            kiosk: window.kiosk
            portrait: window.portrait
        }
        ClosedScreen {
            objectName: "closedScreen"
            anchors.fill: parent
            visible: window.kiosk.screen === KioskController.Closed
            kiosk: window.kiosk
        }
    }

    OutOfService {
        objectName: "outOfService"
        anchors.fill: parent
        visible: window.kiosk.screen === KioskController.OutOfService
    }

    PleaseWait {
        objectName: "pleaseWait"
        anchors.fill: parent
        visible: window.kiosk.pleaseWait
    }

    NoticeCard {
        objectName: "errorNotice"
        anchors.fill: parent
        visible: window.kiosk.errorText.length > 0
        title: qsTr("Sorry, no number was issued")
        message: window.kiosk.errorText
        onDismissed: window.kiosk.dismissError()
    }
}
