#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes PROGRAM's manual page, gzipped, from its English --help (help2man): the page says what
# the binary itself says, so it cannot drift from the options.
# Usage: manpage.sh PROGRAM VERSION "one-line summary" EPOCH OUT.1.gz
set -eu
program=$1 version=$2 summary=$3 epoch=$4 out=$5
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -m 700 "$work/runtime"
# HOME=~ makes the help print the default database as ~/.local/share/antrian/antrian.db, not
# the builder's home; the GUI apps print their help without a screen on "offscreen"; the date on
# the page is the changelog's, so the page is the same on every build.
HOME='~' XDG_RUNTIME_DIR="$work/runtime" QT_QPA_PLATFORM=offscreen SOURCE_DATE_EPOCH="$epoch" \
    help2man --no-info --version-string="$version" --help-option="--lang en --help" \
    --name="$summary" --section=1 --output="$work/page.1" "$program"
gzip -9n -c "$work/page.1" > "$out"
