#!/usr/bin/env bash
# Builds the .deb from the app image (run by Maven, see packaging/pom.xml): adds the menu entry, the MIME type and
# the icons that postinst installs, trains the AppCDS archive lib/app/rollscope.jsa that the launcher uses, then
# runs jpackage with target/jpackage/linux-deb.txt.
#
# JDK 17 uses an AppCDS archive only with the class path it was dumped with, so the archive is dumped where
# the .deb installs the image, /opt/rollscope: the image is bound there in a private mount namespace (nothing
# outside this process sees it). The training run (dev.rollscope.app.CdsTraining) checks an example on the
# command line, then opens the window on it; it needs a display, so it runs under xvfb-run when one exists.
set -euo pipefail
image=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
install_dir=/opt/rollscope

mkdir -p "$image/lib/icons"
cp "$here/rollscope.desktop" "$here/rollscope-project.xml" "$image/lib/"
for size in 16 32 48 64 128 256 512; do
    cp "$here/../icons/rollscope-$size.png" "$image/lib/icons/"
done

if command -v xvfb-run >/dev/null; then
    display=(xvfb-run -a -s "-screen 0 1280x800x24")
elif [ -n "${DISPLAY:-}" ]; then
    display=()
else
    echo "finish-image.sh: the AppCDS training opens the window: install xvfb (xvfb-run) or run with a display" >&2
    exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
    namespace=(unshare --mount --propagation private)
else
    namespace=(unshare --user --map-root-user --mount --propagation private)
fi
home=$(mktemp -d)   # the training run's own home, preferences and copy of the example (/opt is hidden in it)
trap 'rm -rf "$home"' EXIT
cp "$here/../../examples/abcd-zero-downtime.json" "$home/example.json"
rm -f "$image/lib/app/rollscope.jsa"
"${namespace[@]}" bash -euc '
    mount -t tmpfs rollscope-cds /opt
    mkdir /opt/rollscope
    mount --bind "$1" /opt/rollscope
    shift
    exec "$@"' _ "$image" "${display[@]}" \
    "$install_dir/lib/runtime/bin/java" -XX:ArchiveClassesAtExit="$install_dir/lib/app/rollscope.jsa" \
    -Xlog:disable -Xlog:all=error:stderr -Duser.home="$home" -Djava.util.prefs.userRoot="$home" \
    -cp "$install_dir/lib/app/rollscope.jar" dev.rollscope.app.CdsTraining "$home/example.json"
test -s "$image/lib/app/rollscope.jsa"
echo "AppCDS archive: $(du -h "$image/lib/app/rollscope.jsa" | cut -f1) in $image/lib/app/rollscope.jsa"

# jpackage's native launcher asks the package managers which package owns it at every start (`rpm -qf`, then
# `dpkg -S`, which reads every installed package's file list, twice, and `dpkg -L`): 0.4-0.5 s here before the
# JVM starts. bin/rollscope becomes a shell script that starts the runtime's java with the same class path,
# options and main class, read from the launcher's lib/app/rollscope.cfg (so they stay in packaging/jpackage/).
cfg="$image/lib/app/rollscope.cfg"
value() { sed -n "s/^$1=//p" "$cfg"; }
{
    echo '#!/bin/sh'
    echo '# Starts Rollscope (written by packaging/linux/build-deb.sh from lib/app/rollscope.cfg).'
    echo 'self=$(readlink -f "$0")'
    echo 'root=${self%/bin/*}'
    printf 'exec "$root/lib/runtime/bin/java" -classpath "%s"' "$(value app.classpath)"
    value java-options | while read -r option; do printf ' \\\n    "%s"' "$option"; done
    printf ' \\\n    "-Djpackage.app-path=$self" %s "$@"\n' "$(value app.mainclass)"
} | sed 's/\$APPDIR/$root\/lib\/app/g' > "$image/bin/rollscope"
chmod 755 "$image/bin/rollscope"

# The archive also holds the jar's modification time, and jpackage copies the image (new times): dpkg-deb clamps
# the package's file times to SOURCE_DATE_EPOCH, so the installed jar gets the time the archive expects.
cd "$here/.."
SOURCE_DATE_EPOCH=$(stat -c %Y "$image/lib/app/rollscope.jar") jpackage @target/jpackage/linux-deb.txt
