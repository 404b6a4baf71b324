#!/usr/bin/env bash
# The main job on a fresh clone: install, build, package the extension as a
# .vsix, lint the examples and export them to Word.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "==> Installing npm dependencies"
npm ci --no-audit --no-fund

echo "==> Building (type check, compile, bundle)"
npm run build

echo "==> Packaging the VS Code extension"
npm run package

echo "==> Linting the examples"
node bin/jdkit.js lint 'examples/*.jd.md'

echo "==> Exporting the examples to Word (build/examples/)"
for template in job-description advert person-specification shortlisting interview; do
  node bin/jdkit.js render 'examples/*.jd.md' --template "$template" --out-dir build/examples --force
done
echo "Done: $(ls ./*.vsix) and $(ls build/examples/*.docx | wc -l) Word documents in build/examples/."
