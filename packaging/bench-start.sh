#!/usr/bin/env bash
# Start-up harness (docs/benchmarks.md): launch -> window shown, -> the main window's first frame, -> the first
# frame with the first verdicts, and launch -> first verdict of `check` on the command line, for the plain fat
# jar, the installed image without its AppCDS archive, and the installed image with it. Needs the .deb installed
# (/opt/rollscope), app/target/rollscope.jar, Xvfb and xdotool.
#   packaging/bench-start.sh [RUNS]     (default 5; one untimed warm-up run per configuration first)
#   COLD=1 packaging/bench-start.sh [RUNS]   the same, each timed run cold: before it, the files Rollscope starts
#       from (the system JDK, the fat jar, /opt/rollscope) are dropped from the page cache (posix_fadvise
#       DONTNEED, no privileges needed; pages another running JVM has mapped stay, see docs/benchmarks.md)
#   CONFIGS="image+cds" packaging/bench-start.sh [RUNS]   only these configurations (default: jar image image+cds)
# Prints one line per configuration and measure: wall-clock ms of each run and their median, then the process's
# CPU ms (user + system, all threads) at the same moment, which depends less on what else the machine runs.
# The window's later moments come from the app's ROLLSCOPE_STARTUP_LOG (dev.rollscope.app.shell.StartupLog).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
file=examples/kong-service-pods.json
title="kong-service-pods.json — Rollscope"
image=/opt/rollscope
[ -x $image/bin/rollscope ] || { echo "install the .deb first (packaging/README.md)" >&2; exit 1; }

work=$(mktemp -d)
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
xvfb=$!
app=""
trap '[ -n "$app" ] && kill $app 2>/dev/null; kill $xvfb 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$work/display")"

declare -A command=(
    [jar]="java -jar app/target/rollscope.jar"
    [image]="$image/lib/runtime/bin/java -Xlog:disable -cp $image/lib/app/rollscope.jar dev.rollscope.app.Launcher"
    [image+cds]="$image/bin/rollscope"
)
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
jdk=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
# Drops the files Rollscope starts from out of the page cache (COLD=1), so the next start reads them from disk.
evict() {
    [ -n "${COLD:-}" ] || return 0
    python3 - "$jdk" app/target/rollscope.jar $image <<'PY'
import os, sys
for root in sys.argv[1:]:
    files = [root] if os.path.isfile(root) else [os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs]
    for path in files:
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)
PY
}
median() { tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# Launch -> a visible window titled with the file (polled every 20 ms), in a fresh home (and fresh folders for
# the single-instance socket and the desktop's recent files) each time; then the moments the app logged: main
# window, first verdict shown.
window_ms() {
    local home="$work/home-$RANDOM$RANDOM" start
    mkdir -p "$home/run"
    evict
    start=$(now_ms)
    HOME="$home" XDG_RUNTIME_DIR="$home/run" XDG_DATA_HOME="$home" ROLLSCOPE_STARTUP_LOG="$home/startup.log" \
        ${command[$1]} "$file" >/dev/null 2>&1 &
    app=$!
    until xdotool search --onlyvisible --name "^$title\$" >/dev/null 2>&1; do
        sleep 0.02
        [ $(( $(now_ms) - start )) -lt 60000 ] || { echo "no window for $1" >&2; exit 1; }
    done
    local wall=$(( $(now_ms) - start )) stat
    read -r -a stat < /proc/$app/stat
    until grep -q '^verdict ' "$home/startup.log" 2>/dev/null; do
        sleep 0.05
        [ $(( $(now_ms) - start )) -lt 60000 ] || { echo "no verdict for $1" >&2; exit 1; }
    done
    echo "$wall $(( (stat[13] + stat[14]) * 1000 / $(getconf CLK_TCK) ))" \
        "$(awk -v s="$start" '$1 == "main-window" || $1 == "verdict" {printf "%d ", $2 - s}' "$home/startup.log")"
    kill $app; wait $app 2>/dev/null || true; app=""
}

# Launch -> `check` has printed its verdict and exited.
check_ms() {
    local TIMEFORMAT='%3R %3U %3S' t
    evict
    t=$( { time ${command[$1]} check examples/abcd-zero-downtime.json >/dev/null 2>&1; } 2>&1 )
    echo "$t" | awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}'
}

# Rounds interleave the configurations, so that the load of other processes falls on all of them alike.
mode=warm; [ -z "${COLD:-}" ] || mode="cold (page cache dropped before each)"
echo "runs: $runs per measure, $mode; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
configs=${CONFIGS:-"jar image image+cds"}
declare -A walls cpus mains verdicts
for measure in window check; do
    for config in $configs; do "${measure}_ms" "$config" >/dev/null; done   # warm-up
    for _ in $(seq "$runs"); do
        for config in $configs; do
            read -r wall cpu main verdict <<< "$("${measure}_ms" "$config")"
            walls[$config $measure]+=" $wall"
            cpus[$config $measure]+=" $cpu"
            mains[$config]+=" ${main:-}"
            verdicts[$config]+=" ${verdict:-}"
        done
    done
    for config in $configs; do
        printf '%-10s %-7s wall%s  median %s ms | cpu%s  median %s ms\n' "$config" "$measure" \
            "${walls[$config $measure]}" "$(echo ${walls[$config $measure]} | median)" \
            "${cpus[$config $measure]}" "$(echo ${cpus[$config $measure]} | median)"
        if [ "$measure" = window ]; then
            printf '%-10s %-7s wall%s  median %s ms | first verdict shown: wall%s  median %s ms\n' "$config" \
                "main" "${mains[$config]}" "$(echo ${mains[$config]} | median)" \
                "${verdicts[$config]}" "$(echo ${verdicts[$config]} | median)"
        fi
    done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
