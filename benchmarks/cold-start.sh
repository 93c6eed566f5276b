#!/usr/bin/env bash
# Wall time of `liteci plan` on the example intent, a fresh JVM each run, JVM start included: the
# command as the README gives it, and the same with a class-data sharing (AppCDS) archive.
#
#   mvn -Dwithout-jenkins -pl core package -DskipTests
#   benchmarks/cold-start.sh [RUNS]
#
# Uses hyperfine when it is installed (Debian: apt-get install -y hyperfine), else a plain loop.
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-20}"
jar=core/target/liteci.jar
if [ ! -f "$jar" ]; then
    echo "cold-start: $jar is missing; build it with: mvn -Dwithout-jenkins -pl core package -DskipTests" >&2
    exit 2
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

plan="plan --intent examples/intent.yaml --out $work/plan.json"
# The archive holds the classes one run loads, already parsed and verified.
java -XX:ArchiveClassesAtExit="$work/liteci.jsa" -jar "$jar" $plan > /dev/null 2>&1
plain="java -jar $jar $plan"
shared="java -XX:SharedArchiveFile=$work/liteci.jsa -jar $jar $plan"

if command -v hyperfine > /dev/null; then
    hyperfine --shell=none --warmup 3 --runs "$runs" "$plain" "$shared"
    exit 0
fi
for command in "$plain" "$shared"; do
    $command > /dev/null
    total=0 min=0 max=0
    for _ in $(seq "$runs"); do
        start=$(date +%s%N)
        $command > /dev/null
        took=$(( ($(date +%s%N) - start) / 1000000 ))
        total=$(( total + took ))
        if [ "$min" -eq 0 ] || [ "$took" -lt "$min" ]; then min=$took; fi
        if [ "$took" -gt "$max" ]; then max=$took; fi
    done
    echo "$command"
    echo "  mean $(( total / runs )) ms, min $min ms, max $max ms over $runs runs"
done
