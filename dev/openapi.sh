#!/usr/bin/env bash
# Regenerates openapi/openapi.yaml from the code (the build writes it to target/openapi).
# OpenApiDriftTest fails when the committed file differs from what the service serves.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests package
cp target/openapi/openapi.yaml openapi/openapi.yaml
echo "openapi/openapi.yaml updated"
