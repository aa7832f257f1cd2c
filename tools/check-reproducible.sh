#!/usr/bin/env bash
# Builds every artifact twice from clean and compares them byte for byte: a reproducible build gives identical jars
# (sources, javadoc and the tool included). Run from the repository root; takes two packaging builds.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for round in 1 2; do
  mvn -B -q clean package -DskipTests -Dcds.skip=true
  mkdir -p "$work/$round"
  for jar in breach-rules-*/target/*.jar; do
    cp "$jar" "$work/$round/$(echo "$jar" | tr '/' '_')"
  done
done
status=0
for jar in "$work"/1/*.jar; do
  name=$(basename "$jar")
  if cmp -s "$jar" "$work/2/$name"; then echo "identical  $name"; else echo "DIFFERENT  $name"; status=1; fi
done
exit $status
