#!/usr/bin/env bash
# Interim check of one kata before `kata verify` exists:
#   scripts/check-kata-by-hand.sh ID [WORKDIR]
# starter must fail tests, reference and naive must pass, probe must run.
set -u
id=$1
root=$(cd "$(dirname "$0")/.." && pwd)
kdir=$root/katas/$id
work=${2:-/tmp/kata-hand-$id}
lib=${id//-/_}
rm -rf "$work/crate" "$work/probe"; mkdir -p "$work/crate" "$work/probe/src"
export CARGO_TARGET_DIR=$work/target
mk() { # $1 = lib.rs to use
  rm -rf "$work/crate/src" "$work/crate/tests"; mkdir -p "$work/crate/src"
  cp "$1" "$work/crate/src/lib.rs"; cp -r "$kdir/tests" "$work/crate/tests"
  cat > "$work/crate/Cargo.toml" <<T
[package]
name = "$id"
version = "0.1.0"
edition = "2021"
[dependencies]
[workspace]
T
}
for f in kata.toml README.md src/lib.rs solution/reference.rs probe.rs "tests/$lib.rs"; do
  [ -f "$kdir/$f" ] || echo "MISSING: $f"
done
mk "$kdir/src/lib.rs"
if (cd "$work/crate" && timeout 120 cargo test -q >/dev/null 2>&1); then echo "FAIL: starter passes its tests"; else echo "ok: starter fails"; fi
(cd "$work/crate" && cargo build -q --tests 2>&1 | grep -E '^error' | head -3 && echo "FAIL: starter does not compile")
mk "$kdir/solution/reference.rs"
if (cd "$work/crate" && timeout 120 cargo test -q 2>&1 | tail -5); then echo "ok: reference passes"; else echo "FAIL: reference"; fi
if [ -f "$kdir/solution/naive.rs" ]; then
  mk "$kdir/solution/naive.rs"
  if (cd "$work/crate" && timeout 120 cargo test -q 2>&1 | tail -3); then echo "ok: naive passes"; else echo "FAIL: naive"; fi
fi
# probe, against the reference and the naive solution
for sol in reference naive; do
  [ -f "$kdir/solution/$sol.rs" ] || continue
  mk "$kdir/solution/$sol.rs"
  cp "$root/server/src/runner/probe_harness.rs" "$work/probe/src/main.rs"
  cp "$kdir/probe.rs" "$work/probe/src/probe.rs"
  cat > "$work/probe/Cargo.toml" <<T
[package]
name = "probe"
version = "0.1.0"
edition = "2021"
[dependencies]
$id = { path = "../crate" }
[workspace]
T
  echo "probe ($sol): n cpu_ns ops"
  (cd "$work/probe" && cargo build -q --release 2>&1 | head -20 && timeout 60 "$CARGO_TARGET_DIR/release/probe" "${SIZES:-1000,2000,4000,8000,16000}" 1)
done
