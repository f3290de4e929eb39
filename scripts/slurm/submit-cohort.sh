#!/usr/bin/env bash
# Submits a sharded cohort to Slurm: the job array (one task per shard) and the merge, which runs
# only after every task succeeded (afterok; a failed task cancels it). Prints the two job ids.
#
#   scripts/slurm/submit-cohort.sh FILE N K OUT [cohort options…]     e.g. … cohort.json 1000 20 runs/c1 --seed 7
#
# Task logs go to OUT/logs/shard-<array id>_<i>.out and OUT/logs/merge-<id>.out. Other sbatch
# settings come from sbatch's own environment variables (SBATCH_PARTITION, SBATCH_ACCOUNT,
# SBATCH_TIMELIMIT, …) or the #SBATCH lines of the two scripts.
set -euo pipefail

fail() {
  echo "submit-cohort: $*" >&2
  exit 2
}
[ $# -ge 4 ] || fail "usage: $0 FILE N K OUT [cohort options…]"
FILE=$(realpath -m -- "$1")
N=$2
K=$3
OUT=$(realpath -m -- "$4")
shift 4
[[ "$K" =~ ^[1-9][0-9]*$ ]] || fail "K (the shard count) must be a whole number ≥ 1, not '$K'"
[ -r "$FILE" ] || fail "cannot read the experiment file $FILE"
command -v sbatch >/dev/null || fail "sbatch is not on the PATH (no Slurm client here)"

HERE=$(cd "$(dirname "$0")" && pwd)
export NOCTURNE_ROOT=${NOCTURNE_ROOT:-$(cd "$HERE/../.." && pwd)}
# Slurm does not create the folder of an --output path: a task would fail before it starts.
mkdir -p "$OUT/logs"

array=$(sbatch --parsable --array="0-$((K - 1))" --output="$OUT/logs/shard-%A_%a.out" \
  "$HERE/cohort-array.sbatch" "$FILE" "$N" "$K" "$OUT" "$@")
array=${array%%;*}
# --kill-on-invalid-dep: when a task fails the merge is cancelled, not left pending for ever.
merge=$(sbatch --parsable --dependency="afterok:$array" --kill-on-invalid-dep=yes --output="$OUT/logs/merge-%j.out" \
  "$HERE/cohort-merge.sbatch" "$OUT")
merge=${merge%%;*}
echo "array $array"
echo "merge $merge"
