#!/bin/sh
# Interleaved comparison of this checkout against another commit, the way the figures of docs/performance.md are made:
# builds BASE in a temporary git worktree, then runs the same JMH benchmarks from both jars in alternating rounds
# (base, this, base, this, ...) so both see the same noise of a shared machine, and prints min / median / max over
# the rounds of each benchmark's score and of its allocation per operation, with the ratio of the medians.
#
# Usage (from the repository root, after `mvn -B -DskipTests package`):
#   breach-rules-benchmarks/compare.sh [BASE] [ROUNDS] [BENCHMARKS] [JVM_OPTIONS]
#   BASE        commit to compare against (default a0b1615, the first release's engine); 'none' measures this checkout
#               alone (the table of docs/performance.md: breach-rules-benchmarks/compare.sh none 3 .)
#   ROUNDS      alternating rounds, each 4 JMH iterations of 3 s after 4 of 5 s warm-up (default 6; the format-1.2
#               engine needs about 100,000 determinations before its JIT settles, which shorter warm-ups miss)
#   BENCHMARKS  JMH benchmark regular expression (default 'single1$|batch1$'; the base must have them too)
#   JVM_OPTIONS options for both forks (default -Xmx1g, as the benchmarks' own fork; e.g. '-Xmx1g -XX:+UseParallelGC')
set -eu
BASE=${1:-a0b1615}
ROUNDS=${2:-6}
BENCH=${3:-'single1$|batch1$'}
OPTS=${4:--Xmx1g}
NEW=breach-rules-benchmarks/target/benchmarks.jar
[ -f "$NEW" ] || { echo "compare.sh: $NEW missing: run mvn -B -DskipTests package first" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'git worktree remove --force "$WORK/base" 2>/dev/null || true; rm -rf "$WORK"' EXIT

VARIANTS="base this"
if [ "$BASE" = none ]; then
  VARIANTS=this
else
  echo "building $BASE ..." >&2
  git worktree add --detach "$WORK/base" "$BASE" > /dev/null 2>&1
  (cd "$WORK/base" && mvn -B -q -DskipTests -Dcds.skip=true package > "$WORK/build.log" 2>&1) \
      || { echo "compare.sh: building $BASE failed, see its log:" >&2; tail -20 "$WORK/build.log" >&2; exit 1; }
  cp "$WORK/base/breach-rules-benchmarks/target/benchmarks.jar" "$WORK/base.jar"
fi
cp "$NEW" "$WORK/this.jar"

round=1
while [ "$round" -le "$ROUNDS" ]; do
  for v in $VARIANTS; do
    echo "round $round/$ROUNDS: $v" >&2
    java -jar "$WORK/$v.jar" "$BENCH" -wi 4 -i 4 -w 5s -r 3s -f 1 -prof gc -jvmArgsAppend "$OPTS" \
        -rf csv -rff "$WORK/$v-$round.csv" > "$WORK/$v-$round.log" 2>&1 \
        || { echo "compare.sh: the $v benchmarks failed, see:" >&2; tail -20 "$WORK/$v-$round.log" >&2; exit 1; }
  done
  round=$((round + 1))
done

# One line per variant, benchmark and metric (score, allocation, and the percentiles of a sample-time benchmark):
# min / median / max over the rounds, then the ratio of the medians.
for v in $VARIANTS; do
  for f in "$WORK/$v"-*.csv; do
    awk -F, -v v="$v" 'NR > 1 {
        gsub(/"/, "", $1); gsub(/\302\267/, "", $1); metric = ""
        if (index($1, ":")) { metric = substr($1, index($1, ":") + 1); $1 = substr($1, 1, index($1, ":") - 1) }
        n = split($1, p, "."); name = p[n]
        gsub(/"/, "", $7); gsub(/ /, "", $7)
        if (metric == "gc.alloc.rate.norm") print v, name, "alloc", $5, $7
        else if (metric == "") print v, name, "score", $5, $7
        else if (metric ~ /^p0\.(50|99|999)$/) print v, name, metric, $5, $7
    }' "$f"
  done
done | sort -k2,2 -k3,3 -k1,1 -k4,4n | awk '
    { key = $2 " " $3; vals[key, $1, ++n[key, $1]] = $4; keys[key] = 1; units[key] = $5 }
    function fmt(x) { return x >= 100 ? sprintf("%9.0f", x) : sprintf("%9.3g", x) }
    function median(k, v,   c) { c = n[k, v]; return c % 2 ? vals[k, v, (c + 1) / 2] : (vals[k, v, c / 2] + vals[k, v, c / 2 + 1]) / 2 }
    END {
        for (k in keys) {
            split(k, p, " "); unit = units[k]
            for (i = 1; i <= 2; i++) {
                v = i == 1 ? "base" : "this"; c = n[k, v]
                if (c == 0) continue
                printf "%-17s %-7s %-4s  min %s  median %s  max %s  %s  (%d rounds)\n", p[1], p[2], v,
                    fmt(vals[k, v, 1]), fmt(median(k, v)), fmt(vals[k, v, c]), unit, c
            }
            if (n[k, "base"] && n[k, "this"]) printf "%-17s %-7s this/base of the medians: %.2fx\n", p[1], p[2],
                median(k, "this") / median(k, "base")
        }
    }' | sort -k1,1 -k2,2
echo "base: $BASE; this: $(git rev-parse --short HEAD)$(git diff --quiet || echo ' with uncommitted changes'); JVM: $OPTS"
