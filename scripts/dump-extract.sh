#!/bin/sh
# Dumps `diplograph extract --json` for every article of every corpus folder (the frozen batch aside,
# and any folder named in BLIND, e.g. BLIND=batch19 while a new blind batch is unscored)
# and the seeds, into DIR/<folder>.jsonl, to check that a speed change leaves the output byte-identical:
#   scripts/dump-extract.sh /tmp/before && (change, npm run build) && scripts/dump-extract.sh /tmp/after && diff -r /tmp/before /tmp/after
# The compiled build runs (bin/diplograph.js), so `npm run build` first.
set -e
out=${1:?usage: scripts/dump-extract.sh OUTDIR}
cd "$(dirname "$0")/.."
mkdir -p "$out"
for d in tests/extraction/corpus/*/ seeds/; do
  name=$(basename "$d")
  case " frozen ${BLIND:-} " in *" $name "*) continue ;; esac
  set -- "$d"*.txt
  [ -e "$1" ] || continue
  node bin/diplograph.js extract --json "$@" > "$out/$name.jsonl"
done
wc -c "$out"/*.jsonl | tail -1
