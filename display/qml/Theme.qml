// SPDX-License-Identifier: GPL-3.0-or-later
// The lobby display's colours and sizes. Read from across a hall: white and amber on deep
// navy (contrast above 9:1), navy on amber for the newest call. One scale unit `u`, 1.0 on a
// 1920x1080 screen (1080x1920 in portrait), so a 4K TV shows the same layout twice as sharp.
pragma Singleton
import QtQuick

QtObject {
    property real u: 1.0

    readonly property color background: "#0b1d33"
    readonly property color header: "#06121f"
    readonly property color panel: "#13294a"
    readonly property color panelEdge: "#23426b"
    readonly property color band: "#0e2240"
    readonly property color text: "#ffffff"
    readonly property color textSoft: "#b9c8dc"
    readonly property color textDim: "#7f93ad"
    readonly property color accent: "#ffc629"      // the newest call, called tickets
    readonly property color accentText: "#0b1d33"  // text on accent
    readonly property color flash: "#ffffff"
    readonly property color serving: "#7ee2a8"
    readonly property color warning: "#c62828"
    readonly property color notice: "#1d4f8a"

    readonly property string condensed: "DejaVu Sans Condensed"
    readonly property real radius: 14 * u
    readonly property real gap: 22 * u
}
