#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes tests/data/schema/vN.db, one SQLite database per schema version, each with the
# antrianctl of the commit on main where the latest migration became N (v9: main when these
# were made), and writes manifest.json: the commit, the commands, and the facts that version's
# own antrianctl printed about what it made. tst_migrations opens each with today's code.
#
#   tests/data/schema/make-fixtures.sh [VERSION...]      (default: every version)
#
# Builds each commit's antrianctl target in a throwaway worktree (ANTRIAN_FIXTURE_TREE,
# default /work/wt/fixold; removed at the end) through the shared build lock, keeping each
# binary under ANTRIAN_FIXTURE_WORK (default /tmp/antrian-fixtures/bin), so a second run only
# makes the databases again. Needs git, cmake, ninja, sqlite3 and jq.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(git -C "$here" rev-parse --show-toplevel)
work=${ANTRIAN_FIXTURE_WORK:-/tmp/antrian-fixtures}
tree=${ANTRIAN_FIXTURE_TREE:-/work/wt/fixold}
lock=${ANTRIAN_BUILD_LOCK:-/tmp/antrian-build.lock}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-/work} CCACHE_DIR=${CCACHE_DIR:-/work/.ccache}

# The commit where each schema version became main's latest (git log --first-parent -- common/storage),
# or the first after it that builds.
declare -A commits=(
    [1]=f118bd40bc6b44c168e9da62e8ea4b1c571c7a6f # Add the core library and antrianctl
    [2]=81c9b6ada28bc8a8e2df0708dbfdc1fb00f78d51 # Let a service be paused
    # 3 came in at 2b8a9c9, which does not build (configloader.cpp lacks <QDir>); the next
    # commit adds that include and nothing else.
    [3]=33e7e2086e9a33ca4ed2220953f3ddf202207af1 # Include QDir where the config loader resolves the voice pack
    [4]=c7f9c2c05a3db49b8bf93dabc5f201df012b374e # Merge branch 'speed'
    [5]=08a1d7fef73763665ca8bd5f03e150e050f9548b # Schema 5: only the pages an issue needs
    [6]=a274db6652670af7b2ab314ff6d0f42ddccb1108 # Schema 6: no index of service and number
    [7]=2f5386e54e12dcfe13c0c9081c64980bd4e80bc0 # Merge branch 'outcomes'
    [8]=743a8e6cf06b0e8dec36d22166dc927ae00e199f # Merge branch 'floor'
    [9]=ed4c35eb1cebef16ab5d73dd174d80ab3c310e2b # main when the fixtures were made
)

# Builds version $1's antrianctl once; prints the binary's path.
build_ctl() {
    local v=$1 commit=${commits[$1]}
    local bin=$work/bin/v$v/antrianctl
    if [ ! -x "$bin" ]; then
        if [ ! -d "$tree" ]; then
            git -C "$repo" worktree add --detach "$tree" "$commit" >&2
        fi
        git -C "$tree" checkout -q --detach "$commit"
        # Both cores once the lock is ours: whoever waits for it builds nothing meanwhile.
        flock "$lock" sh -c 'cmake -S "$1" -B "$1/build" -G Ninja -DCMAKE_CXX_COMPILER_LAUNCHER=ccache &&
                             cmake --build "$1/build" --target antrianctl -j 2' sh "$tree" >&2
        mkdir -p "$(dirname "$bin")"
        cp "$tree/build/antrianctl/antrianctl" "$bin"
    fi
    echo "$bin"
}

remove_tree() {
    if [ -d "$tree" ]; then
        git -C "$repo" worktree remove --force "$tree"
    fi
}


# The staff accounts' PINs (since version 3), which tst_migrations logs in with.
declare -A pins=([siti]=2468 [budi]=1357)

# The two business dates every fixture holds (a Monday and a Tuesday the sample branch opens),
# and the third that tst_migrations issues on.
day1=2026-11-23
day2=2026-11-24

# One antrianctl command on the fixture being made, at a time of day on a date, written to its
# command list as it ran (pin=N: the PIN it reads, on stdin). Fails the script when the command fails.
# Each command two minutes after the one before, from 08:00 of its date (the branch opens then).
ctl() {
    local date=$1
    shift
    if [ "$date" != "${clock_date:-}" ]; then
        clock_date=$date
        clock=478
    fi
    clock=$((clock + 2))
    local when
    when=$(printf '%sT%02d:%02d:00+07:00' "$date" $((clock / 60)) $((clock % 60)))
    # As a person would type it: the config by its name in the source tree, the PIN it read.
    local shown
    shown=$(printf ' %q' "$@")
    shown=${shown//"$work/branch-v$v.json"/resources/branch.json}
    if [ -n "${pin:-}" ]; then
        printf 'echo %s | antrianctl --db v%s.db --now %s%s\n' "$pin" "$v" "$when" "$shown" >>"$list"
        "$bin" --db "$db" --lang en --now "$when" "$@" <<<"$pin" >/dev/null
    else
        printf 'antrianctl --db v%s.db --now %s%s\n' "$v" "$when" "$shown" >>"$list"
        "$bin" --db "$db" --lang en --now "$when" "$@" </dev/null >/dev/null
    fi
}
at() { echo "${1}T${2}:00+07:00"; }

# What version $v's antrianctl does to make its fixture: the same day's work on every version,
# with the features it has (staff accounts since 3, paused services since 2, outcomes and
# ratings since 7).
scenario() {
    local v=$1 config=$2
    ctl $day1 init --config "$config"
    if [ "$v" -ge 3 ]; then
        pin=${pins[siti]} ctl $day1 staff add siti --name "Siti Rahayu"
        pin=${pins[budi]} ctl $day1 staff add budi --name "Budi Santoso" --role supervisor
    fi
    local finish=()
    [ "$v" -ge 7 ] && finish=(--outcome selesai)

    ctl $day1 issue A
    ctl $day1 issue A
    ctl $day1 issue B
    ctl $day1 issue B
    ctl $day1 issue A --priority --reason elderly
    ctl $day1 call 1
    ctl $day1 start 1
    ctl $day1 finish 1 "${finish[@]}"
    [ "$v" -lt 7 ] || ctl $day1 rate "$(code_at_counter 1 $day1)" 5
    ctl $day1 call 4
    ctl $day1 start 4
    if [ "$v" -ge 7 ]; then
        ctl $day1 finish 4 --outcome perlu_tindak_lanjut --note "KTP copy to follow"
    else
        ctl $day1 finish 4
    fi
    ctl $day1 call 2
    ctl $day1 noshow 2
    ctl $day1 call 4
    ctl $day1 transfer 4 B
    ctl $day1 call 1
    ctl $day1 start 1
    ctl $day1 finish 1 "${finish[@]}"
    ctl $day1 pause 2
    ctl $day1 resume 2
    if [ "$v" -ge 2 ]; then
        ctl $day1 pause P
        ctl $day1 resume P
    fi

    # Day 2: yesterday's waiting tickets expire at the first write; some left mid-way.
    ctl $day2 issue A
    ctl $day2 issue B
    ctl $day2 issue P
    ctl $day2 issue B
    ctl $day2 issue A
    ctl $day2 call 3
    ctl $day2 start 3
    if [ "$v" -ge 7 ]; then
        ctl $day2 finish 3 --outcome dirujuk
        ctl $day2 rate "$(code_at_counter 3 $day2)" 4
    else
        ctl $day2 finish 3
    fi
    ctl $day2 call 5
    ctl $day2 start 5
    ctl $day2 call 2
    ctl $day2 cancel A-002
}

# The code of the ticket a counter finished last on a date (for rate).
code_at_counter() {
    "$bin" --db "$db" --json --now "$(at "$2" 14:00)" tickets --date "$2" --status done |
        jq -r --argjson n "$1" '[.[] | select(.counter == $n)] | last | .code'
}

# What version $v's own antrianctl says the fixture holds, as manifest.json's entry for it.
facts() {
    local v=$1 when
    when=$(at $day2 14:00)
    local tickets staff='[]'
    tickets=$("$bin" --db "$db" --json --now "$when" tickets --all)
    if [ "$v" -ge 3 ]; then
        staff=$("$bin" --db "$db" --json --now "$when" staff list)
    fi
    jq -n --argjson v "$v" --arg commit "${commits[$v]}" --arg subject "$(git -C "$repo" log -1 --format=%s "${commits[$v]}")" \
        --argjson pins "$(jq -n --arg siti "${pins[siti]}" --arg budi "${pins[budi]}" '$ARGS.named')" \
        --arg now "$when" --argjson tickets "$tickets" --argjson staff "$staff" \
        --argjson events "$(sqlite3 "$db" 'SELECT COUNT(*) FROM events')" \
        --argjson schema "$(sqlite3 "$db" 'SELECT MAX(version) FROM schema_version')" \
        --rawfile commands "$list" '{
            version: $v, file: "v\($v).db", commit: $commit, subject: $subject,
            schemaVersion: $schema, readAt: $now,
            commands: ($commands | rtrimstr("\n") | split("\n")),
            tickets: [$tickets[] | {businessDate, code, service, status, priority,
                                    counter, transferredFrom, callCount}
                      + (if has("rating") then {rating} else {} end)
                      + (if has("outcome") then {outcome} else {} end)
                      + (if has("outcomeNote") then {outcomeNote} else {} end)],
            staff: [($staff | if type == "object" then .staff else . end)[]? | {username, fullName: (.fullName // .name), role, pin: $pins[.username]}],
            counts: {tickets: ($tickets | length), events: $events, staff: ($staff | if type == "object" then .staff else . end | length)},
            queueCheck: {now: "2026-11-25T09:00:00+07:00", service: "B", counter: 1, code: "B-001"}
        }'
}

make_fixture() {
    local v=$1
    bin=$(build_ctl "$v")
    local config=$work/branch-v$v.json
    git -C "$repo" show "${commits[$v]}:resources/branch.json" >"$config"
    db=$work/v$v.db
    list=$work/v$v.commands
    rm -f "$db" "$db-wal" "$db-shm" "$list"
    scenario "$v" "$config"
    # One file, no WAL beside it, no free pages: small, and what git keeps is the whole database.
    sqlite3 "$db" 'PRAGMA wal_checkpoint(TRUNCATE); VACUUM;' >/dev/null
    facts "$v" >"$work/v$v.json"
    cp "$db" "$here/v$v.db"
}

# --build-only: build the binaries and stop (the databases are made in seconds after).
build_only=
if [ "${1:-}" = --build-only ]; then
    build_only=1
    shift
fi
versions=("$@")
[ ${#versions[@]} -gt 0 ] || versions=(1 2 3 4 5 6 7 8 9)
mkdir -p "$work"
if [ -n "$build_only" ]; then
    for v in "${versions[@]}"; do build_ctl "$v" >/dev/null; done
    exit 0
fi
for v in "${versions[@]}"; do
    make_fixture "$v"
    echo "v$v.db made by ${commits[$v]:0:7}" >&2
done
# manifest.json holds every version made so far (a re-run of some keeps the others').
for v in 1 2 3 4 5 6 7 8 9; do
    if [ -f "$work/v$v.json" ]; then cat "$work/v$v.json"; fi
done | jq -s '{made: "tests/data/schema/make-fixtures.sh", fixtures: .}' >"$here/manifest.json"
[ -n "${ANTRIAN_FIXTURE_KEEP_TREE:-}" ] || remove_tree
