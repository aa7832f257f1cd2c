#!/usr/bin/env bash
# Per-thread efficiency of determine on two threads: JMH single1 and single2 in one run, then
#   efficiency = single2 / (2 x single1)   (1.00: two threads do twice the work of one).
# Run from the repository root after `mvn -B -q -DskipTests package`. Extra arguments go to JMH (e.g. -i 10).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp)
trap 'rm -f "$out"' EXIT
java -jar breach-rules-benchmarks/target/benchmarks.jar 'single[12]$' -f 1 "$@" | tee "$out"
awk '
  /DeterminerBenchmark.single1 / { one = $(NF-3) }
  /DeterminerBenchmark.single2 / { two = $(NF-3) }
  END {
    if (one == "" || two == "") { print "could not read both scores"; exit 1 }
    printf "per-thread efficiency on 2 threads: %.2f (single1 %s ops/s, single2 %s ops/s)\n", two / (2 * one), one, two
  }' "$out"
