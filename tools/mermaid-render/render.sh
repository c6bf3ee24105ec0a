#!/bin/sh
# Renders every .mmd file of IN_DIR to SVG (and PNG with --png) with mermaid-cli's Mermaid in
# Debian's chromium (apt-get install chromium fonts-noto-cjk); fails on any render error. --pages N:
# how many pages render at once (default 2; --png: 1). --selftest: checks that every kind of render
# failure is still caught (selftest.mjs). See docs/decisions/0013-mermaid-render-pages.md.
#   tools/mermaid-render/render.sh [--png] [--pages N] IN_DIR [OUT_DIR]
#   tools/mermaid-render/render.sh --selftest
set -eu
here=$(cd "$(dirname "$0")" && pwd)
# Never let puppeteer download a browser: we use /usr/bin/chromium (or $CHROMIUM).
PUPPETEER_SKIP_DOWNLOAD=true node "$here/../ensure-npm-ci.mjs" "$here"
if [ "${1:-}" = --selftest ] && [ $# -eq 1 ]; then exec node "$here/selftest.mjs"; fi
exec node "$here/render.mjs" "$@"
