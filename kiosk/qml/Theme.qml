// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's colours and sizes. High contrast (white on deep navy, navy on white, navy on
// amber: all above 7:1), one scale unit `u` so every size follows the screen.
pragma Singleton
import QtQuick

QtObject {
    // 1.0 on a 1920x1080 screen, in either orientation; Main.qml keeps it up to date.
    property real u: 1.0

    readonly property color background: "#0a2540"
    readonly property color header: "#061a2e"
    readonly property color text: "#ffffff"
    readonly property color textSoft: "#c9d6e3"
    readonly property color card: "#ffffff"
    readonly property color cardText: "#0a2540"
    readonly property color cardTextSoft: "#33475b"
    readonly property color accent: "#0b5cad"
    readonly property color accentPressed: "#08427d"
    readonly property color priority: "#ffb300"
    readonly property color priorityPressed: "#e09a00"
    readonly property color priorityText: "#1f1500"
    readonly property color disabledCard: "#2c3e52"
    readonly property color disabledText: "#dfe6ee"
    readonly property color warning: "#ffd54f"
    readonly property color good: "#7ee2a8"

    readonly property string fontFamily: "DejaVu Sans"
    readonly property real radius: 18 * u
    readonly property real gap: 28 * u
}
