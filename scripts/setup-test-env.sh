#!/usr/bin/env bash
# Installs everything jdkit's tests need on Debian 12 (bookworm), offline from
# GitHub/Microsoft (only the npm registry and Debian mirrors are used):
#   1. Debian packages: compilers and headers for code-server's native modules,
#      ripgrep, Chromium (drives the VS Code workbench), LibreOffice Writer and
#      poppler-utils (Word export tests: .docx -> PDF -> PNG), fonts.
#   2. The project's npm dependencies (npm ci), only if node_modules lacks them.
#   3. code-server 4.100.3 (embeds VS Code 1.100.3; needs Node 20) into
#      .cache/code-server, for test/integration/runner/run-offline.ts.
# Idempotent: steps whose results exist are skipped, so a second run takes
# seconds. Works as root in CI (no prompts). As non-root it installs nothing
# with apt and prints the apt-get command to run instead.
#
# Usage: scripts/setup-test-env.sh [--force-code-server] [--no-apt]
#   --force-code-server  reinstall code-server even if it is installed
#   --no-apt             do not run apt-get; fail if Debian packages are missing
# Environment: JDKIT_CODE_SERVER_DIR (default <repo>/.cache/code-server)
set -Eeuo pipefail

CODE_SERVER_VERSION=4.100.3
# @vscode/ripgrep as pinned in code-server 4.100.3's lib/vscode/npm-shrinkwrap.json,
# and the ripgrep release its postinstall downloads from GitHub (which we cannot reach).
RIPGREP_PKG_VERSION=1.15.11
RIPGREP_RELEASE=v13.0.0-10
# Dependencies inside code-server's lib/vscode whose install scripts must run
# (npm >= 11.x blocks dependency install scripts that package.json does not allow).
VSCODE_ALLOW_SCRIPTS='@parcel/watcher @vscode/deviceid @vscode/ripgrep @vscode/spdlog @vscode/windows-ca-certs @vscode/windows-process-tree @vscode/windows-registry kerberos native-watchdog node-pty'

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CS_DIR=${JDKIT_CODE_SERVER_DIR:-$REPO_ROOT/.cache/code-server}
CS_PKG=$CS_DIR/node_modules/code-server
CS_MARKER=$CS_DIR/.jdkit-installed
CS_LOG=$CS_DIR/install.log

FORCE_CS=0
NO_APT=0
for arg in "$@"; do
  case $arg in
    --force-code-server) FORCE_CS=1 ;;
    --no-apt) NO_APT=1 ;;
    -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "setup-test-env: unknown option $arg (see --help)" >&2; exit 2 ;;
  esac
done

START=$(date +%s)
WORK_TMP=
DIED=0
say() { printf '[setup] %s\n' "$*"; }
die() { DIED=1; printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }
on_exit() {
  local rc=$?
  [ -z "$WORK_TMP" ] || rm -rf "$WORK_TMP"
  if [ $rc -ne 0 ] && [ $DIED = 0 ]; then
    printf '[setup] ERROR: command failed (exit %s) at line %s: %s\n' "$rc" "${ERR_LINE:-?}" "${ERR_CMD:-?}" >&2
  fi
}
trap 'ERR_LINE=$LINENO; ERR_CMD=$BASH_COMMAND' ERR
trap on_exit EXIT

# ---------------------------------------------------------------- Node.js
command -v node >/dev/null || die "node is not installed (Node.js 20 is required)"
NODE_VERSION=$(node --version)
NODE_MAJOR=${NODE_VERSION#v}; NODE_MAJOR=${NODE_MAJOR%%.*}
[ "$NODE_MAJOR" = 20 ] || die "Node.js 20 is required (code-server $CODE_SERVER_VERSION refuses other versions); found $NODE_VERSION"

# ---------------------------------------------------------------- Debian packages
# package:reason. A package is needed if it is not installed; for the build tools,
# an existing compiler/python on PATH is good enough.
APT_PACKAGES=(
  libkrb5-dev                 # code-server native module "kerberos"
  ripgrep                     # rg: stands in for @vscode/ripgrep's GitHub download; VS Code search
  chromium                    # headless browser that runs the VS Code workbench
  libreoffice-writer-nogui    # soffice --headless --convert-to pdf (Word export tests)
  poppler-utils               # pdftoppm / pdfinfo (Word export tests)
  fonts-dejavu-core           # fonts for the workbench screenshots
  fonts-liberation            # Arial/Times/Courier-compatible fonts for .docx -> PDF
  fonts-crosextra-carlito     # Calibri-compatible font for .docx -> PDF
  fonts-crosextra-caladea     # Cambria-compatible font for .docx -> PDF
  ca-certificates             # TLS roots (npm registry)
)
command -v g++ >/dev/null && command -v make >/dev/null || APT_PACKAGES+=(build-essential)
command -v python3 >/dev/null || APT_PACKAGES+=(python3)   # node-gyp

command -v dpkg-query >/dev/null && command -v apt-get >/dev/null ||
  die "this script supports Debian 12 (apt/dpkg); elsewhere install the equivalents of: ${APT_PACKAGES[*]}"
installed=" $(dpkg-query -W -f='${Package}=${db:Status-Status} ' "${APT_PACKAGES[@]}" 2>/dev/null || true)"
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  case $installed in *" $pkg=installed "*) ;; *) missing+=("$pkg") ;; esac
done

if [ ${#missing[@]} -eq 0 ]; then
  say "Debian packages: all ${#APT_PACKAGES[@]} present"
else
  if [ "$(id -u)" != 0 ] || [ $NO_APT = 1 ]; then
    die "missing Debian packages: ${missing[*]}
  install them as root:  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing[*]}"
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt_update() { say "apt-get update"; apt-get update -qq || die "apt-get update failed"; }
  # Update the package lists only when they are empty or lack a candidate for a missing package.
  need_update=0
  ls /var/lib/apt/lists/*_Packages* >/dev/null 2>&1 || need_update=1
  for pkg in "${missing[@]}"; do
    [ $need_update = 1 ] && break
    cand=$(apt-cache policy "$pkg" 2>/dev/null | sed -n 's/^ *Candidate: //p')
    [ -n "$cand" ] && [ "$cand" != "(none)" ] || need_update=1
  done
  [ $need_update = 0 ] || apt_update
  say "apt-get install ${missing[*]} (log: /tmp/jdkit-apt-install.log)"
  apt_install() { apt-get install -y -q --no-install-recommends "${missing[@]}" >/tmp/jdkit-apt-install.log 2>&1; }
  if ! apt_install; then
    if [ $need_update = 0 ]; then
      say "install failed; package lists may be stale, retrying after apt-get update"
      apt_update
      apt_install || { tail -20 /tmp/jdkit-apt-install.log >&2; die "apt-get install failed (log: /tmp/jdkit-apt-install.log)"; }
    else
      tail -20 /tmp/jdkit-apt-install.log >&2
      die "apt-get install failed (log: /tmp/jdkit-apt-install.log)"
    fi
  fi
  say "Debian packages installed ($(( $(date +%s) - START )) s)"
fi
[ -x /usr/bin/chromium ] || die "/usr/bin/chromium is missing after installing the chromium package"

# ---------------------------------------------------------------- npm dependencies of the project
need_npm=0
for dep in playwright-core mocha @vscode/test-electron typescript; do
  [ -f "$REPO_ROOT/node_modules/$dep/package.json" ] || need_npm=1
done
if [ $need_npm = 1 ]; then
  say "npm ci (node_modules lacks test dependencies)"
  (cd "$REPO_ROOT" && npm ci --no-audit --no-fund) || die "npm ci failed"
else
  say "npm dependencies: present"
fi

# ---------------------------------------------------------------- code-server
cs_ok() {
  [ "$(cat "$CS_MARKER" 2>/dev/null)" = "$CODE_SERVER_VERSION" ] &&
    [ -f "$CS_PKG/out/node/entry.js" ] &&
    [ -x "$CS_PKG/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ] &&
    [ -f "$CS_PKG/lib/vscode/node_modules/node-pty/build/Release/pty.node" ]
}

if [ $FORCE_CS = 0 ] && cs_ok; then
  say "code-server $CODE_SERVER_VERSION: installed in ${CS_DIR#"$REPO_ROOT"/}"
else
  # Native modules are compiled with node-gyp, which would download Node's headers
  # from nodejs.org (unreachable); point it at the headers installed with node.
  if [ -z "${npm_config_nodedir:-}" ]; then
    NODE_PREFIX=$(node -p 'require("path").resolve(process.execPath, "../..")')
    if [ -f "$NODE_PREFIX/include/node/node.h" ]; then
      export npm_config_nodedir=$NODE_PREFIX
    elif [ ! -f "$HOME/.cache/node-gyp/$(node -p process.versions.node)/include/node/node.h" ]; then
      die "Node.js headers not found ($NODE_PREFIX/include/node/node.h); node-gyp cannot download them offline. Install a Node.js build that ships them (NodeSource, nodejs.org tarball) or set npm_config_nodedir."
    fi
  fi
  rg_bin=$(command -v rg) || die "rg (ripgrep) not found"

  say "installing code-server $CODE_SERVER_VERSION into ${CS_DIR#"$REPO_ROOT"/} (compiles native modules, ~2 min; log: ${CS_LOG#"$REPO_ROOT"/})"
  case $CS_DIR in */code-server) ;; *) die "refusing to clear $CS_DIR (must end in /code-server)" ;; esac
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  cat >"$CS_DIR/package.json" <<EOF
{
  "name": "jdkit-code-server",
  "private": true,
  "description": "code-server for jdkit's offline VS Code integration tests; installed by scripts/setup-test-env.sh",
  "dependencies": { "code-server": "$CODE_SERVER_VERSION" },
  "allowScripts": { "code-server": true, "argon2": true }
}
EOF
  # @vscode/ripgrep's postinstall takes $TMPDIR/vscode-ripgrep-cache-<version>/ripgrep-<release>-<target>.tar.gz
  # instead of downloading it from GitHub; an archive holding Debian's rg satisfies it.
  WORK_TMP=$(mktemp -d)   # removed by on_exit
  mkdir -p "$WORK_TMP/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION"
  tar czf "$WORK_TMP/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION/ripgrep-$RIPGREP_RELEASE-x86_64-unknown-linux-musl.tar.gz" \
    -C "$(dirname "$rg_bin")" "$(basename "$rg_bin")"

  cs_fail() {
    echo "----- last lines of $CS_LOG -----" >&2
    tail -40 "$CS_LOG" >&2
    die "$1"
  }
  npm_env=(env TMPDIR="$WORK_TMP" npm_config_unsafe_perm=true npm_config_yes=true
           npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false)
  # 1. Fetch the package tree without running install scripts.
  (cd "$CS_DIR" && "${npm_env[@]}" npm install --ignore-scripts) >"$CS_LOG" 2>&1 ||
    cs_fail "npm install code-server@$CODE_SERVER_VERSION failed"
  # 2. code-server's postinstall runs `npm install` in lib/vscode; allow the install
  #    scripts of the native/binary dependencies there (project-scoped installs reject
  #    --allow-scripts on the command line or in the environment).
  node -e '
    const fs = require("fs");
    const file = process.argv[1] + "/lib/vscode/package.json";
    const manifest = JSON.parse(fs.readFileSync(file, "utf8"));
    manifest.allowScripts = Object.fromEntries(process.argv[2].split(" ").map((n) => [n, true]));
    fs.writeFileSync(file, JSON.stringify(manifest, null, 2) + "\n");
  ' "$CS_PKG" "$VSCODE_ALLOW_SCRIPTS" || die "could not patch $CS_PKG/lib/vscode/package.json"
  # 3. Run the install scripts: argon2's build and code-server's postinstall (which
  #    installs and compiles VS Code's dependencies). As root, code-server's postinstall
  #    requires npm_config_unsafe_perm=true; node-pty runs `npx node-gyp`, hence yes=true.
  (cd "$CS_DIR" && "${npm_env[@]}" npm rebuild --foreground-scripts) >>"$CS_LOG" 2>&1 ||
    cs_fail "code-server's install scripts failed (native module build?)"

  # (--config: otherwise a first run writes ~/.config/code-server/config.yaml and says so)
  cs_version=$(node "$CS_PKG/out/node/entry.js" --config "$WORK_TMP/config.yaml" --version 2>&1) || true
  case $'\n'$cs_version in *$'\n'"$CODE_SERVER_VERSION "*) ;; *) cs_fail "installed code-server does not run (--version printed: '$cs_version')" ;; esac
  [ -x "$CS_PKG/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ] || cs_fail "ripgrep binary missing in code-server's @vscode/ripgrep"
  [ -f "$CS_PKG/lib/vscode/node_modules/node-pty/build/Release/pty.node" ] || cs_fail "node-pty was not compiled"
  echo "$CODE_SERVER_VERSION" >"$CS_MARKER"
  say "code-server $CODE_SERVER_VERSION installed"
fi

say "ready ($(( $(date +%s) - START )) s): node $NODE_VERSION, code-server $CODE_SERVER_VERSION, $(dpkg-query -W -f='${Package} ${Version}, ' chromium libreoffice-writer-nogui 2>/dev/null | sed 's/, $//')"
