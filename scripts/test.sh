#!/usr/bin/env bash
# Every test on a fresh clone: installs what the tests need (npm packages,
# Debian packages, code-server for the real VS Code extension host), builds,
# checks the code with ESLint and Prettier, then runs the unit suite and the
# integration suite inside VS Code.
set -uo pipefail
cd "$(dirname "$0")/.."
log_dir=$(mktemp -d)

npm ci --no-audit --no-fund || exit 1
bash scripts/setup-test-env.sh || exit 1
npm run build || exit 1

# ESLint and Prettier: a finding fails the run but the suites still run, so one report shows everything.
npm run --silent lint
lint_status=$?

npx mocha 2>&1 | tee "$log_dir/unit.log"
unit_status=${PIPESTATUS[0]}
bash scripts/test-integration.sh 2>&1 | tee "$log_dir/integration.log"
integration_status=${PIPESTATUS[0]}

# One closing line for CI, summed over both suites (mocha prints "N passing" / "N failing",
# coloured in the integration output, hence the escape codes are stripped first).
count() { sed -E 's/\x1b\[[0-9;]*m//g' "$log_dir"/*.log | grep -Eo "^ *[0-9]+ $1" | awk '{s += $1} END {print s + 0}'; }
passed=$(count passing)
failed=$(count failing)
if [ "$unit_status" -ne 0 ] || [ "$integration_status" -ne 0 ]; then
  [ "$failed" -gt 0 ] || failed=1
fi
if [ "$lint_status" -ne 0 ]; then
  echo "lint: ESLint or Prettier found problems (npm run lint; npm run format fixes most)"
  failed=$((failed + 1))
fi
echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
