#!/usr/bin/env bash
# Installs Helix for the editor tests into a project-owned directory and
# prints the path of its launcher: scripts/install-helix.sh [DIR]
# (default target/editor-deps/helix). Idempotent: a second run with the
# launcher working does nothing.
#
# Why this way: Debian ships Helix as the package `hx` from trixie on
# (25.01.1), not in bookworm nor bookworm-backports, and Helix's terminal
# crate is not published on crates.io. trixie's hx binary needs glibc 2.39
# (pidfd_spawnp, fmod@GLIBC_2.38) where bookworm has 2.36, so the launcher
# runs it under trixie's own dynamic loader and libc (libc6, libgcc-s1),
# kept beside it: nothing of the system changes. The packages come through
# apt-get with a private sources list and lists directory under DIR
# (signed by the Debian archive key the system already has), so the
# system's apt sources stay as they are. The programs hx starts (kata lsp,
# rust-analyzer) run with the system's own libc.
#
# The launcher sets HELIX_RUNTIME to the package's runtime (queries and
# themes; Debian ships no compiled grammars, so there is no syntax
# highlighting: the language servers do not need it).
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=${1:-$PWD/target/editor-deps/helix}
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
HX=$DIR/hx
SUITE=trixie
PACKAGES=(hx libc6 libgcc-s1)

if [ -x "$HX" ] && "$HX" --version >/dev/null 2>&1; then
  echo "$HX"
  exit 0
fi

case "$(uname -m)" in
  x86_64) ;;
  *) echo "install-helix: only x86_64 is handled (this is $(uname -m))" >&2; exit 2 ;;
esac

APT=$DIR/apt
rm -rf "$APT" "$DIR/root" "$DIR/debs"
mkdir -p "$APT/lists/partial" "$APT/cache/archives/partial" "$DIR/debs"
echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian $SUITE main" \
  > "$APT/sources.list"
apt_opts=(
  -o "Dir::Etc::SourceList=$APT/sources.list"
  -o "Dir::Etc::SourceParts=$APT/none"
  -o "Dir::State::Lists=$APT/lists"
  -o "Dir::Cache=$APT/cache"
  -o "APT::Architecture=amd64"
  -o "APT::Architectures=amd64"
  -o "Acquire::Languages=none"
  -o "APT::Sandbox::User=root"
)
apt-get "${apt_opts[@]}" -qq update >&2
(cd "$DIR/debs" && apt-get "${apt_opts[@]}" -qq download "${PACKAGES[@]}" >&2)
for deb in "$DIR"/debs/*.deb; do
  dpkg-deb -x "$deb" "$DIR/root"
done
# What was installed, for the test's log and the docs.
(cd "$DIR/debs" && ls) > "$DIR/versions"
rm -rf "$APT" "$DIR/debs"

LIB=$DIR/root/usr/lib/x86_64-linux-gnu
cat > "$HX" <<EOF
#!/bin/sh
# Helix from Debian $SUITE (package hx) under $SUITE's own loader and libc:
# written by scripts/install-helix.sh.
export HELIX_RUNTIME="\${HELIX_RUNTIME:-$DIR/root/usr/lib/hx/runtime}"
exec "$LIB/ld-linux-x86-64.so.2" --library-path "$LIB" "$DIR/root/usr/lib/hx/hx" "\$@"
EOF
chmod +x "$HX"
"$HX" --version >&2
echo "$HX"
