#!/usr/bin/env bash
# Runs the VS Code integration tests offline: VS Code 1.100.3 from code-server,
# driven by headless Chromium (test/integration/runner/run-offline.ts).
# Runs scripts/setup-test-env.sh first unless code-server and Chromium are installed.
# Assumes the TypeScript is compiled (npm run compile).
#
# Usage:
#   scripts/test-integration.sh [run-offline options]          the extension's suite
#   scripts/test-integration.sh --smoke [run-offline options]  the pipeline smoke test
# run-offline options: --timeout SECONDS, --screenshot PNG, --verbose, --headed, ...
#   (node out/test/integration/runner/run-offline.js --help)
# Exit code: the runner's (0 = all tests passed).
set -euo pipefail

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO_ROOT"

smoke=0
args=()
for arg in "$@"; do
  case $arg in
    --smoke) smoke=1 ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) args+=("$arg") ;;
  esac
done

CS_DIR=${JDKIT_CODE_SERVER_DIR:-$REPO_ROOT/.cache/code-server}
if [ ! -f "$CS_DIR/.jdkit-installed" ] || [ ! -x "${JDKIT_CHROMIUM:-/usr/bin/chromium}" ]; then
  "$REPO_ROOT/scripts/setup-test-env.sh"
fi

RUNNER=out/test/integration/runner/run-offline.js
if [ ! -f "$RUNNER" ]; then
  echo "[test-integration] $RUNNER not found: compile first (npm run compile)" >&2
  exit 2
fi

if [ $smoke = 1 ]; then
  SUITE=out/test/integration/smoke/suite/index.js
  if [ ! -f "$SUITE" ]; then
    echo "[test-integration] $SUITE not found: compile first (npm run compile)" >&2
    exit 2
  fi
  exec node "$RUNNER" \
    --extension-development-path test/integration/smoke/extension \
    --extension-tests-path "$SUITE" \
    --workspace test/integration/smoke/workspace \
    --log-dir test-results/integration-logs/smoke \
    --failure-screenshot test-results/smoke-failure.png \
    ${args[@]+"${args[@]}"}
fi
exec node "$RUNNER" ${args[@]+"${args[@]}"}
