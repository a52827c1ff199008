#!/bin/sh
# Writes the page of hard-to-draw formulas (Tests/TeXTests/RenderingPageTests.swift)
# and screenshots it in headless Chromium at device scale factors 1 and 2, next
# to KaTeX (Debian's libjs-katex, if installed).
# usage: bench/tex/screenshots.sh [OUT_DIR]   (default /tmp/tex-screenshots)
set -eu
cd "$(dirname "$0")/../.."
out="${1:-/tmp/tex-screenshots}"
mkdir -p "$out"
TEX_PAGE="$out/page.html" flock /tmp/mlbook-swift-build.lock \
  swift test --filter RenderingPageTests >/dev/null
for scale in 1 2; do
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --allow-file-access-from-files \
    --force-device-scale-factor=$scale --window-size=900,1500 \
    --screenshot="$out/page-${scale}x.png" "file://$out/page.html" 2>/dev/null
done
echo "$out/page-1x.png $out/page-2x.png"
