#!/usr/bin/env bash
# step.sh LABEL COMMAND...: run one step of a make target, saying what it does and how long it took.
# $STEPS_T0 (seconds since the epoch, set once by the Makefile) gives the time since the target started.
set -uo pipefail
label=$1; shift
start=$(date +%s.%N)
echo "==> ${label}"
"$@"
status=$?
end=$(date +%s.%N)
awk -v l="$label" -v s="$start" -v e="$end" -v t0="${STEPS_T0:-$start}" -v rc="$status" 'BEGIN {
  printf "<== %s: %.1f s (%s; %.1f s since the start)\n\n", l, e - s, rc == 0 ? "done" : "FAILED", e - t0 }'
exit $status
