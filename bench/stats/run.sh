#!/usr/bin/env bash
# S3/B4 for GET /stats/appeals against a running service and its database (see README.md).
#   TOKEN=$(bash dev/keycloak.sh token analyst 8180) bench/stats/run.sh --url http://127.0.0.1:8080 \
#       --jdbc jdbc:postgresql://127.0.0.1:5432/appeals_bench_stats [--requests 200] [--warmup 30] \
#       [--from 2025-01-01 --to 2025-12-31 --group-by districtCode --compare-years 2]
set -euo pipefail
cd "$(dirname "$0")/../.."
CP_FILE=target/stats-bench.classpath
if [[ ! -s "$CP_FILE" ]]; then
    mvn -q -o dependency:build-classpath -Dmdep.outputFile="$CP_FILE" \
        -DincludeArtifactIds=postgresql,jackson-databind,jackson-core,jackson-annotations >&2 \
      || mvn -q dependency:build-classpath -Dmdep.outputFile="$CP_FILE" \
        -DincludeArtifactIds=postgresql,jackson-databind,jackson-core,jackson-annotations >&2
fi
exec java -cp "$(cat "$CP_FILE")" bench/stats/StatsBench.java "$@"
