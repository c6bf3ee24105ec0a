#!/usr/bin/env bash
# Builds the .deb, installs it, uses what it installed, and removes it again (called by .ci/run; needs root or
# sudo, Debian/Ubuntu). Checks: the jlinked modules still cover what jdeps finds; `rollscope --help`,
# `--version` and `check` (exit codes 0 and 1 as README documents); the installed AppCDS archive is valid where
# the package put it; the installed app's window under Xvfb with real GTK opens on the requested file (title
# via xdotool, WM_CLASS as the menu entry expects, the main window's first verdicts from the app's startup log,
# a non-blank screenshot), and a second launch hands its file
# to that window; the desktop finds the menu entry and the MIME type; purging leaves no file behind. The
# screenshot stays in packaging/target/ci/. Output: one line per check. MVN=... replaces mvn.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
out=$repo/packaging/target/ci
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
started=$(date +%s)
step() { echo "packaging-ci [$(( $(date +%s) - started ))s] $*"; }
fail() { echo "packaging-ci: FAILED: $*" >&2; exit 1; }

# What jpackage's .deb needs (fakeroot), what the package depends on (libgtk-3-0), what the desktop checks use.
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends fakeroot libgtk-3-0 xvfb xauth xdotool x11-utils imagemagick \
    shared-mime-info desktop-file-utils libglib2.0-bin >/dev/null

# It compares the system before the install with the system after the purge, so it starts without the package.
if dpkg-query -W rollscope >/dev/null 2>&1; then fail "the rollscope package is installed: purge it first"; fi
step "building the installer"
"${MVN:-mvn}" -B -ntp -q -Pinstallers -pl packaging -am package -DskipTests
deb=$(ls packaging/target/installer/rollscope_*.deb)

jdeps_modules=$(jdeps --ignore-missing-deps --print-module-deps --multi-release 17 app/target/rollscope.jar)
linked=$(sed -n 's:.*<jlink.modules>\(.*\)</jlink.modules>.*:\1:p' packaging/pom.xml)
for m in ${jdeps_modules//,/ }; do
    [[ ",$linked," == *",$m,"* ]] || fail "jdeps finds $m, which packaging/pom.xml's jlink.modules lacks"
done
step "jlink.modules ($linked) covers jdeps' $jdeps_modules"

work=$(mktemp -d)
xvfb_pid=""
app_pid=""
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    if dpkg-query -W rollscope >/dev/null 2>&1; then $sudo dpkg --purge rollscope >/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
# The places a package's scripts touch; compared before install and after purge.
watched="/opt /usr/bin /usr/share/applications /usr/share/mime /usr/share/icons/hicolor /etc"
snapshot() { find $watched -xdev 2>/dev/null | sort; }
snapshot > "$work/before"

$sudo dpkg -i "$deb" >/dev/null
step "installed $(basename "$deb") ($(du -h "$deb" | cut -f1))"

[ "$(command -v rollscope)" = /usr/bin/rollscope ] || fail "rollscope is not on the PATH"
rollscope --help | grep -q '^Usage: rollscope' || fail "rollscope --help prints no usage"
rollscope --version | grep -q "^Rollscope " || fail "rollscope --version"
rollscope check examples/abcd-zero-downtime.json >/dev/null || fail "check of the zero-downtime example did not exit 0"
set +e
rollscope check examples/failure-drain-off.json >/dev/null
code=$?
set -e
[ "$code" -eq 1 ] || fail "check of failure-drain-off.json exited $code, README says 1"
step "rollscope --help, --version, check (0 and 1) work from the PATH"

# -Xshare:on makes the JVM stop when the archive does not fit the installed jar and path.
JAVA_TOOL_OPTIONS="-Xshare:on" rollscope --version >/dev/null 2>"$work/cds.err" \
    || fail "the installed AppCDS archive is not usable: $(cat "$work/cds.err")"
/opt/rollscope/lib/runtime/bin/java -Xshare:on -XX:SharedArchiveFile=/opt/rollscope/lib/app/rollscope.jsa \
    -Xlog:class+load=info:file="$work/classes.log" -cp /opt/rollscope/lib/app/rollscope.jar \
    dev.rollscope.app.Launcher check examples/abcd-zero-downtime.json >/dev/null
archived=$(grep -c 'dev\.rollscope\..*source: shared objects file (top)' "$work/classes.log" || true)
[ "$archived" -gt 100 ] || fail "only $archived Rollscope classes came from the AppCDS archive"
step "AppCDS archive valid at /opt/rollscope; $archived Rollscope classes loaded from it by check"

# The desktop side: menu entry valid, a Rollscope file recognised by its content, a plain JSON file not.
desktop-file-validate /usr/share/applications/rollscope.desktop || fail "the menu entry is not valid"
[ "$(gio info -a standard::content-type examples/abcd-defaults.json | sed -n 's/.*content-type: //p')" \
    = application/x-rollscope+json ] || fail "a Rollscope file is not application/x-rollscope+json"
echo '{"a": 1}' > "$work/plain.json"
[ "$(gio info -a standard::content-type "$work/plain.json" | sed -n 's/.*content-type: //p')" = application/json ] \
    || fail "a plain JSON file is no longer application/json"
step "menu entry valid; MIME type by content"

# The installed app under Xvfb with GTK (not Monocle), on a file, with a fresh home.
mkdir "$work/home" "$out" -p
mkdir -m 700 "$work/run"   # the single-instance socket's folder (XDG_RUNTIME_DIR), this test's own; XDG_DATA_HOME: the recent files
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$work/display")"
launched=$(date +%s%N)
HOME="$work/home" XDG_RUNTIME_DIR="$work/run" XDG_DATA_HOME="$work/home" ROLLSCOPE_STARTUP_LOG="$work/startup.log" \
    rollscope examples/kong-service-pods.json >"$work/app.log" 2>&1 &
app_pid=$!
title="kong-service-pods.json — Rollscope"
timeout 60 xdotool search --sync --onlyvisible --name "^$title\$" >"$work/window" \
    || fail "no window titled '$title' within 60 s: $(cat "$work/app.log")"
shown_ms=$(( ($(date +%s%N) - launched) / 1000000 ))
wm_class=$(sed -n 's/^StartupWMClass=//p' /usr/share/applications/rollscope.desktop)
xprop -id "$(head -1 "$work/window")" WM_CLASS | grep -qF "\"$wm_class\"" \
    || fail "the window's WM_CLASS is not the menu entry's StartupWMClass $wm_class"
# The opening window has the same title: wait until the main window has shown the file's first verdicts.
for _ in $(seq 600); do grep -q '^verdict ' "$work/startup.log" 2>/dev/null && break; sleep 0.1; done
grep -q '^main-window ' "$work/startup.log" 2>/dev/null || fail "the main window never showed: $(cat "$work/app.log")"
grep -q '^verdict ' "$work/startup.log" || fail "the main window never showed the first verdicts: $(cat "$work/app.log")"
main_ms=$(( $(sed -n 's/^main-window //p' "$work/startup.log") - launched / 1000000 ))
verdict_ms=$(( $(sed -n 's/^verdict //p' "$work/startup.log") - launched / 1000000 ))
sleep 1   # the frame after that one is on the screen
import -window root "$out/installed-window.png"
colours=$(convert "$out/installed-window.png" -format '%k' info:)
[ "$colours" -gt 64 ] || fail "the screenshot has $colours colours: blank"
step "window '$title' (WM_CLASS $wm_class) shown ${shown_ms} ms after launch, the main window ${main_ms} ms, its first verdicts ${verdict_ms} ms (load $(cut -d' ' -f1 /proc/loadavg)); screenshot ($colours colours) in $out/installed-window.png"

# A second launch (a double-click on another file) hands the file to the running window and exits 0, silently.
launched=$(date +%s%N)
HOME="$work/home" XDG_RUNTIME_DIR="$work/run" XDG_DATA_HOME="$work/home" rollscope examples/abcd-defaults.json >"$work/second.log" 2>&1 \
    || fail "the second launch exited $?: $(cat "$work/second.log")"
handoff_ms=$(( ($(date +%s%N) - launched) / 1000000 ))
[ ! -s "$work/second.log" ] || fail "the second launch printed: $(cat "$work/second.log")"
timeout 30 xdotool search --sync --onlyvisible --name "^abcd-defaults.json — Rollscope\$" >/dev/null \
    || fail "the handed-over file did not open in the running window"
windows=$(xdotool search --onlyvisible --name " — Rollscope\$" | wc -l)
[ "$windows" -eq 1 ] || fail "$windows Rollscope windows after the second launch, not 1"
kill -0 "$app_pid" 2>/dev/null || fail "the running window ended"
kill "$app_pid"
wait "$app_pid" 2>/dev/null || true
app_pid=""
kill "$xvfb_pid"
xvfb_pid=""
step "a second launch handed abcd-defaults.json to the running window and exited 0 silently after ${handoff_ms} ms"

$sudo dpkg --purge rollscope >/dev/null
snapshot > "$work/after"
if ! diff "$work/before" "$work/after" > "$work/left"; then
    fail "purging left changes behind: $(cat "$work/left")"
fi
step "purged; nothing left in $watched"
