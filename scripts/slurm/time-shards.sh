#!/usr/bin/env bash
# Times one cohort at several shard counts on the Slurm cluster at hand (docs/SCALE.md's table):
# for each K, submit-cohort.sh, wait for the merge, then print the wall time from submission to
# merged cohort, each shard's own time (from its log) and persons per second. Checks that every
# K gives the same cohort.csv bytes as the first.
#
#   scripts/slurm/time-shards.sh FILE N OUT "1 2 3" [cohort options…]
set -euo pipefail

fail() {
  echo "time-shards: $*" >&2
  exit 2
}
[ $# -ge 4 ] || fail "usage: $0 FILE N OUT \"K1 K2 …\" [cohort options…]"
FILE=$1
N=$2
OUT=$(realpath -m -- "$3")
COUNTS=$4
shift 4
HERE=$(cd "$(dirname "$0")" && pwd)

first=""
printf '%-3s %10s %10s  %s\n' K wall_s persons/s "shard times (s)"
for K in $COUNTS; do
  dir=$OUT/k$K
  rm -rf "$dir"
  start=$(date +%s%N)
  ids=$("$HERE/submit-cohort.sh" "$FILE" "$N" "$K" "$dir" "$@")
  array=$(echo "$ids" | awk '/^array/ {print $2}')
  merge=$(echo "$ids" | awk '/^merge/ {print $2}')
  while [ -n "$(squeue -h -j "$array,$merge" 2>/dev/null)" ]; do sleep 0.2; done
  end=$(date +%s%N)
  [ -f "$dir/cohort.csv" ] || fail "K=$K: no merged cohort; read the logs in $dir/logs"
  if [ -z "$first" ]; then
    first=$dir/cohort.csv
  else
    cmp -s "$first" "$dir/cohort.csv" || fail "K=$K: cohort.csv differs from $first"
  fi
  wall_ms=$(((end - start) / 1000000))
  shards=$(grep -ho 'done in [0-9]* ms' "$dir"/logs/shard-* | awk '{printf "%.1f ", $3 / 1000}')
  awk -v k="$K" -v ms="$wall_ms" -v n="$N" -v shards="$shards" \
    'BEGIN { printf "%-3s %10.1f %10.2f  %s\n", k, ms / 1000, n * 1000 / ms, shards }'
done
