#!/bin/sh
# Renders every .mmd file of IN_DIR to SVG (and PNG with --png) with mermaid-cli and Debian's
# chromium (apt-get install chromium fonts-noto-cjk); fails on any render error.
#   tools/mermaid-render/render.sh [--png] IN_DIR [OUT_DIR]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
# Never let puppeteer download a browser: we use /usr/bin/chromium (or $CHROMIUM).
PUPPETEER_SKIP_DOWNLOAD=true node "$here/../ensure-npm-ci.mjs" "$here"
exec node "$here/render.mjs" "$@"
