#!/usr/bin/env bash
# Rebuilds the world outline of Storyline's web map from the npm packages pinned in package-lock.json
# (integrity-checked by `npm ci`). Needs node and npm, and the npm registry; the Maven build does not run this:
# its output is committed.
#
#   tools/world/generate.sh            # writes server/src/main/resources/web/world.json
#   tools/world/generate.sh OUT.json   # writes elsewhere (to compare with the committed file)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${1:-$root/server/src/main/resources/web/world.json}"

for tool in node npm; do
  command -v "$tool" >/dev/null || { echo "world: $tool not found; install Node.js 18 or newer" >&2; exit 1; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/package.json" "$here/package-lock.json" "$work/"
(cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)

node "$here/convert.mjs" "$work/node_modules" "$out"
sha256sum "$out" | sed "s|  .*|  $(basename "$out")|"
