#!/bin/sh
# Whole-process measurements of the command-line tool (run from the repository root after `mvn -B -DskipTests package`):
#   cold start: evaluate one sample incident, RUNS times, with and without the AppCDS archive: wall time and max RSS;
#   streaming:  generate COUNT incidents | evaluate --ndjson with -Xmx256m: wall time, max RSS, lines out.
# Prints min / median / max of each. Usage: breach-rules-benchmarks/measure.sh [RUNS] [COUNT]
set -eu
RUNS=${1:-7}
COUNT=${2:-1000000}
JAR=breach-rules-cli/target/breach-rules-cli.jar
JSA=breach-rules-cli/target/breach-rules-cli.jsa
SAMPLE=breach-rules-examples/samples/01-ransomware-ehr-server.json
TIME=/usr/bin/time
[ -f "$JAR" ] || { echo "measure.sh: $JAR missing: run mvn -B -DskipTests package first" >&2; exit 2; }
[ -x "$TIME" ] || { echo "measure.sh: needs GNU time at $TIME" >&2; exit 2; }
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

summary() { # $1 label, $2 file of "seconds kilobytes" lines
  sort -n "$2" | awk -v label="$1" '{ s[NR] = $1 } END { printf "%-34s wall s  min %.2f  median %.2f  max %.2f\n", label, s[1], s[int((NR + 1) / 2)], s[NR] }'
  awk '{ print $2 }' "$2" | sort -n | awk -v label="$1" '{ m[NR] = $1 } END { printf "%-34s RSS MB  min %.0f  median %.0f  max %.0f\n", label, m[1] / 1024, m[int((NR + 1) / 2)] / 1024, m[NR] / 1024 }'
}

cold() { # $1 label, rest: java options
  label=$1; shift
  : > "$OUT/runs"
  i=0
  while [ $i -lt "$RUNS" ]; do
    $TIME -f "%e %M" -a -o "$OUT/runs" java "$@" -jar "$JAR" evaluate --as-of 2026-11-20 "$SAMPLE" > /dev/null
    i=$((i + 1))
  done
  summary "$label" "$OUT/runs"
}

cold "cold start, plain" -Xshare:auto
if [ -f "$JSA" ]; then
  cold "cold start, AppCDS" -XX:SharedArchiveFile="$JSA"
fi

if [ "$COUNT" -gt 0 ]; then
  java -XX:SharedArchiveFile="$JSA" -jar "$JAR" generate --count "$COUNT" --seed 1 --as-of 2026-11-20 > "$OUT/in.ndjson"
  $TIME -f "%e %M" -o "$OUT/stream" java -Xmx256m -jar "$JAR" evaluate --ndjson --as-of 2026-11-20 "$OUT/in.ndjson" \
      > "$OUT/out.ndjson"
  read -r secs kb < "$OUT/stream"
  lines=$(wc -l < "$OUT/out.ndjson")
  echo "streaming $COUNT incidents, -Xmx256m: $secs s, max RSS $((kb / 1024)) MB, $lines lines out," \
       "$(awk -v n="$lines" -v s="$secs" 'BEGIN { printf "%.0f", n / s }') determinations/s overall"
fi
