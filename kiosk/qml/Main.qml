// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk window: a header over whichever screen the controller says is showing; with
// --rating-pad, the rating pad of one counter in their place.
import QtQuick
import QtQuick.Window
import Antrian.Kiosk

Window {
    id: window
    required property KioskController kiosk
    property url logoSource
    // Set only for antrian-kiosk --rating-pad.
    property RatingPadController pad: null
    readonly property bool portrait: height > width
    title: pad ? qsTr("Antrian rating pad") : qsTr("Antrian ticket kiosk")
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
        visible: !window.pad
    }

    Item {
        id: body
        anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: parent.bottom }
        visible: !window.pad

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

    // A counter may finish tickets after the branch stops issuing them: the pad asks then too.
    Loader {
        anchors.fill: parent
        active: window.pad !== null
        visible: active && window.kiosk.screen !== KioskController.OutOfService
        sourceComponent: RatingPad {
            objectName: "ratingPad"
            pad: window.pad
            kiosk: window.kiosk
            logoSource: window.logoSource
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
