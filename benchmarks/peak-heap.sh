#!/usr/bin/env bash
# Peak heap of `liteci plan` on a generated intent of SIZE components (10,000 by default): a run under
# -Xmx256m with a GC log, the most heap in use that the log shows, and the smallest -Xmx that plans.
#
#   mvn -Dwithout-jenkins -pl benchmarks -am package -DskipTests
#   benchmarks/peak-heap.sh [SIZE]
set -euo pipefail
cd "$(dirname "$0")/.."

size="${1:-10000}"
jar=core/target/liteci.jar
workloads=benchmarks/target/benchmarks.jar
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

java -cp "$workloads" io.liteci.benchmarks.Workloads intent "$size" "$work/intent.yaml"
plan="plan --intent $work/intent.yaml --out $work/plan.json"

java -Xmx256m -Xlog:gc:file="$work/gc.log" -jar "$jar" $plan
echo "planned within -Xmx256m; collections: $(grep -c 'Pause' "$work/gc.log")"
# "Pause Young ... 120M->31M(256M)": the first number is the heap in use when the collection began.
grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' "$work/gc.log" \
    | awk -F'[M>(-]+' '{ if ($1 > before) before = $1; if ($2 > after) after = $2 }
        END { print "most heap in use before a collection: " before " MiB; most left after one: " after " MiB" }'

for mb in 32 48 64 96 128 160 192 256; do
    if java -Xmx${mb}m -jar "$jar" $plan > /dev/null 2>&1; then
        echo "smallest heap that plans: -Xmx${mb}m (tried 32, 48, 64, 96, 128, 160, 192, 256 MiB)"
        break
    fi
done
