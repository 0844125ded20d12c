#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Remakes the lobby display screenshots in this folder: scripted branch days through
# antrianctl (a busy Monday morning, a quiet opening, a Sunday, Christmas), each rendered by
# antrian-display --screenshot, headless. Run from anywhere after building:
#   resources/screenshots/display/make-screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
ctl=build/antrianctl/antrianctl
display=build/display/antrian-display
out=resources/screenshots/display
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
day=2026-11-23T # a Monday
ctl() { "$ctl" --db "$db" --now "$day$1:00+07:00" "${@:2}" > /dev/null; }
shoot() { "$display" --db "$db" "$@" 2>/dev/null; }

# Busy: 10:20 on a Monday. Every counter has served a few; counter 5 is on a break.
db=$work/busy.db
"$ctl" --db "$db" init > /dev/null
for i in $(seq 1 30); do ctl 08:0$((i % 10)) issue B; done
for i in $(seq 1 18); do ctl 08:1$((i % 10)) issue A; done
for i in $(seq 1 3); do ctl 08:20 issue P; done
for round in 1 2 3 4 5 6; do
    for counter in 1 2 3 4 5 6; do
        ctl 09:$((10 + round * 5)) call $counter
        ctl 09:$((11 + round * 5)) start $counter
        ctl 09:$((13 + round * 5)) finish $counter
    done
done
ctl 10:10 call 1; ctl 10:10 start 1
ctl 10:12 call 3
ctl 10:14 call 4; ctl 10:14 start 4
ctl 10:16 call 6
ctl 10:17 pause 5
ctl 10:18 call 2
for i in $(seq 1 12); do ctl 10:1$((i % 10)) issue B; done
for i in $(seq 1 5); do ctl 10:1$((i % 10)) issue A; done
shoot --now ${day}10:20:00+07:00 --screenshot $out/busy.png
shoot --now ${day}10:20:00+07:00 --lang en --screenshot $out/busy-en.png
ctl 10:19 recall 3
shoot --now ${day}10:20:00+07:00 --screenshot $out/recall.png
shoot --now ${day}10:20:00+07:00 --size 1080x1920 --screenshot $out/portrait.png

# Quiet: just after opening, three tickets taken, nobody called yet.
db=$work/quiet.db
"$ctl" --db "$db" init > /dev/null
ctl 08:01 issue A; ctl 08:02 issue B; ctl 08:02 issue B
shoot --now ${day}08:03:00+07:00 --screenshot $out/quiet.png

# Closed: a Sunday evening, and Christmas Day.
db=$work/closed.db
"$ctl" --db "$db" init > /dev/null
shoot --now 2026-11-22T19:30:00+07:00 --screenshot $out/closed.png
shoot --now 2026-12-25T09:30:00+07:00 --screenshot $out/closed-holiday.png
ls -l $out/*.png
