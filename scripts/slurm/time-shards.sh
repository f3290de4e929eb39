#!/usr/bin/env bash
# Times one cohort at several shard counts on the Slurm cluster at hand (docs/SCALE.md's table):
# for each K, submit-cohort.sh, wait for the merge, then print the wall time from submission to
# merged cohort, persons per second of it, the shards' CPU time summed and persons per CPU second
# (per core), and each shard's own wall time (from its log). Checks that every
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
printf '%-3s %8s %10s %8s %14s  %s\n' K wall_s persons/s cpu_s persons/cpu_s "shard wall times (s)"
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
  cpu=$(grep -ho ', [0-9.]* s of CPU' "$dir"/logs/shard-* | awk '{ s += $2 } END { printf "%.2f", s }')
  awk -v k="$K" -v ms="$wall_ms" -v n="$N" -v cpu="$cpu" -v shards="$shards" \
    'BEGIN { printf "%-3s %8.1f %10.2f %8.1f %14.2f  %s\n", k, ms / 1000, n * 1000 / ms, cpu, n / cpu, shards }'
done
