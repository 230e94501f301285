#!/usr/bin/env bash
# Runs every test suite from a fresh machine: installs what the tests need,
# then lint, the Rust suites (unit, CLI end-to-end, LSP), the fault suite
# (hostile solutions through both surfaces), and `kata verify` over the
# built-in pack.
set -euo pipefail
cd "$(dirname "$0")/.."

# The Rust toolchain is the machine's; make sure the components we use exist.
if command -v rustup >/dev/null; then
  rustup component add rustfmt clippy >/dev/null 2>&1 || true
fi

echo "== format and lint"
cargo fmt --all --check
cargo clippy --workspace --all-targets --locked -- -D warnings

echo "== Rust tests"
cargo build --workspace --locked
cargo test --workspace --locked

echo "== fault suite"
cargo run -q -p kata-tests --bin fault_suite

echo "== editor integrations (Neovim, Emacs, Helix, VS Code)"
scripts/test-editors.sh

echo "== benchmark: kata check vs bare cargo test -q (figures only)"
# A shorter run than the README's figures (every kata, 2 cold rounds), to
# keep CI's time in bounds; the figures it prints are of the same kind.
cargo run -q -p kata-tests --bin bench_check -- 3 --cold 1 --katas 16

echo "== benchmark: language server from a client (figures only; debug build)"
cargo run -q -p kata --example lsp_bench

echo "== complexity proof: static over the pack, measured on a subset (5 runs, other core busy)"
target/debug/kata prove --static | tail -n 8
target/debug/kata prove pair-sum lru-cache graph-search min-heap --repeat 5 --busy

echo "== learner corpus: static precision and recall (figures; tests/tests/learner_corpus.rs holds the bar)"
target/debug/kata prove --corpus tests/complexity/katas --static | grep -E '^(precision|recall):' || true

echo "== kata verify (built-in pack: tests, rules, static and measured complexity)"
target/debug/kata verify --strict
