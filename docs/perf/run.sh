#!/bin/sh
# Start-up, key-to-frame and peak RSS of lifesim against the bare Bubble
# Tea program (ptydrive's baseline), at 100x30, alternating the two, N
# runs each (default 5); prints ptydrive's stats (medians) of both.
#
#   docs/perf/run.sh [N]                   the built-in world (builtin.pty)
#   docs/perf/run.sh N --fixtures DIR      a generated world (generated.pty)
#
# Every lifesim run starts from a copy of a store seeded once before the
# runs (or of $LIFESIM_SEEDED, a store already seeded with that world:
# seeding 100k posts takes minutes), so start-up is that of an already
# seeded store. ptydrive is built
# from $PTYDRIVE_DIR (default ../shared/tools/ptydrive beside the repo).
# See docs/performance.md.
set -eu
repo=$(cd "$(dirname "$0")/../.." && pwd)
perf="$repo/docs/perf"
pty=${PTYDRIVE_DIR:-$repo/../shared/tools/ptydrive}
n=${1:-5}
[ $# -gt 0 ] && shift
script="$perf/builtin.pty"
if [ "${1:-}" = "--fixtures" ]; then
  script="$perf/generated.pty"
fi
out=$(mktemp -d)
(cd "$pty" && go build -o "$out/ptydrive" . && go build -o "$out/baseline" ./baseline)
(cd "$repo" && go build -o "$out/lifesim" .)
if [ -n "${LIFESIM_SEEDED:-}" ]; then
  cp "$LIFESIM_SEEDED" "$out/seed.db"
else
  "$out/lifesim" --db "$out/seed.db" "$@" reset >/dev/null
fi
for i in $(seq "$n"); do
  "$out/ptydrive" run --quiet --json "$out/bare$i.json" "$perf/bare.pty" -- "$out/baseline"
  cp "$out/seed.db" "$out/run.db"
  # A fresh copy is dirty page cache; its flush would land on the first commit.
  sync "$out/run.db"
  "$out/ptydrive" run --quiet --json "$out/lifesim$i.json" "$script" -- "$out/lifesim" --db "$out/run.db" "$@"
done
echo "== bare Bubble Tea ($n runs)"
"$out/ptydrive" stats "$out"/bare*.json
echo "== lifesim ($n runs, $(basename "$script"))"
"$out/ptydrive" stats "$out"/lifesim*.json
echo "JSON results in $out"
