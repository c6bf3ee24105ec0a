#!/usr/bin/env bash
# Renders rollscope.svg into the icons the installers use; run by hand after changing the SVG, then
# commit the outputs (the build does not need ImageMagick). Needs ImageMagick 6 and Python 3.
#   rollscope-SIZE.png  Linux (hicolor theme sizes; the 256 one is jpackage's --icon)
#   rollscope.ico       Windows (16-256 in one file)
#   rollscope.icns      macOS (PNG entries ic07-ic10: 128, 256, 512, 1024)
set -euo pipefail
cd "$(dirname "$0")"
convert=/usr/bin/convert   # ImageMagick itself, not a wrapper earlier on the PATH
for size in 16 32 48 64 128 256 512 1024; do
    "$convert" -background none -density 384 rollscope.svg -resize "${size}x${size}" -strip "png32:rollscope-$size.png"
done
"$convert" rollscope-16.png rollscope-32.png rollscope-48.png rollscope-64.png rollscope-128.png rollscope-256.png rollscope.ico
python3 - <<'PY'
import struct
entries = b""
for kind, size in ((b"ic07", 128), (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024)):
    data = open(f"rollscope-{size}.png", "rb").read()
    entries += kind + struct.pack(">I", 8 + len(data)) + data
open("rollscope.icns", "wb").write(b"icns" + struct.pack(">I", 8 + len(entries)) + entries)
PY
rm rollscope-1024.png   # only the .icns needs it
