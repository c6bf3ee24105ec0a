#!/bin/sh
# Regenerates docs/exports from examples/abcd-defaults.json and examples/abcd-zero-downtime.json with
# the command line, then renders a few of the diagrams to PNG (Debian: apt-get install -y chromium
# fonts-noto-cjk). Build the jar first: mvn -B -pl app -am package -DskipTests
#   docs/exports/generate.sh
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
# An export exits 1 when the requests it shows fail (the file is written all the same), 2 or 3 when it cannot.
rollscope() { java -jar "$root/app/target/rollscope.jar" "$@" || [ $? -eq 1 ]; }
for example in abcd-defaults abcd-zero-downtime; do
  out="$root/docs/exports/$example"
  mkdir -p "$out"
  for scenario in "roll A" "roll B" "roll C" "roll D"; do
    slug=$(echo "$scenario" | tr 'A-Z ' 'a-z-')
    file="$root/examples/$example.json"
    rollscope export report "$file" --scenario "$scenario" -o "$out/$slug.md"
    rollscope export report "$file" --scenario "$scenario" --lang zh -o "$out/$slug.zh.md"
    rollscope export mermaid "$file" --scenario "$scenario" -o "$out/$slug.mmd"
    rollscope export mermaid "$file" --scenario "$scenario" --lang zh -o "$out/$slug.zh.mmd"
  done
  for lang in en zh; do
    suffix=$([ "$lang" = zh ] && echo ".zh" || echo "")
    rollscope export mermaid "$root/examples/$example.json" --scenario "roll D" --request POST-50MB --lang "$lang" \
      -o "$out/roll-d.post-50mb$suffix.mmd"
  done
done
# PNGs of the POST while D rolls (both examples, both languages) and of the scenario diagrams of roll D.
rendered=$(mktemp -d)
trap 'rm -rf "$rendered"' EXIT
mkdir -p "$rendered/in"
for example in abcd-defaults abcd-zero-downtime; do
  for name in roll-d.post-50mb roll-d.post-50mb.zh roll-d roll-d.zh; do
    cp "$root/docs/exports/$example/$name.mmd" "$rendered/in/$example.$name.mmd"
  done
done
"$root/tools/mermaid-render/render.sh" --png "$rendered/in" "$rendered/out"
mkdir -p "$root/docs/exports/png"
cp "$rendered"/out/*.png "$root/docs/exports/png/"
