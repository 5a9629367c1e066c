#!/usr/bin/env bash
# README command 1: installs what is missing, builds the page and serves it on
# http://localhost:8080/ (PORT=... to change). Stop it with Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
exec node scripts/serve.mjs www "${PORT:-8080}"
