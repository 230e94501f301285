#!/usr/bin/env bash
# Helix against the real `kata lsp`: the real editor (`hx`) in a tmux pane,
# driven with send-keys and read back with capture-pane.
#
#   KATA_BIN=target/debug/kata HX=target/editor-deps/helix/hx scripts/test-helix.sh
#
# Makes a practice workspace (`kata init`, `kata start pair-sum`) in a
# temporary directory, puts editors/helix/languages.toml into its
# .helix/languages.toml (the `kata` command pointing at KATA_BIN; without
# rust-analyzer when it does not run here), checks `hx --health rust`,
# opens pair-sum/src/lib.rs in hx, then checks what the learner sees,
# with the edits typed key by key in bursts (out of order for Helix): the
# kata's rule finding and a syntax error as diagnostics at the end of
# their lines and in the diagnostics picker (`space d`), the graded
# function's hover (`space k`) naming its target, the next hint from the
# code actions (`space a`), and, after `:write`, the failing tests named
# in src/lib.rs.
# Prints one line per check; on the first failure prints the captured pane
# and Helix's log, and exits non-zero.
#
# Environment: KATA_BIN (default target/debug/kata), HX (default: installs
# Helix with scripts/install-helix.sh), KATA_TEST_TIMEOUT (seconds per
# wait, default 20), KATA_TEST_RUN_TIMEOUT (the test run after a save,
# default 240), TMUX_BIN (default tmux), KATA_HELIX_VERBOSE=1 (Helix logs
# every LSP message), KATA_HELIX_KEEP_LOG=FILE (where Helix's log is copied
# on a failure).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
KATA_BIN=${KATA_BIN:-$ROOT/target/debug/kata}
KATA_BIN=$(cd "$(dirname "$KATA_BIN")" && pwd)/$(basename "$KATA_BIN")
HX=${HX:-$(scripts/install-helix.sh)}
TMUX_BIN=${TMUX_BIN:-tmux}
TIMEOUT=${KATA_TEST_TIMEOUT:-20}
RUN_TIMEOUT=${KATA_TEST_RUN_TIMEOUT:-240}
t0=$(date +%s)

TMP=$(mktemp -d "${TMPDIR:-/tmp}/kata-helix-XXXXXX")
WS=$TMP/dojo
# A tmux server of our own (its own socket), so the test neither sees nor
# disturbs the user's sessions; killed with everything it started.
SOCKET=$TMP/tmux.sock
tm() { "$TMUX_BIN" -S "$SOCKET" "$@"; }
cleanup() {
  tm kill-server 2>/dev/null || true
  rm -rf "$TMP"
}
trap cleanup EXIT

say() { printf '%s\n' "$*"; }
pane() { tm capture-pane -p -t helix 2>/dev/null || true; }
# To stderr: it also runs inside $(wait_for ...), whose stdout is captured.
fail() {
  {
    say "FAIL $*"
    say "---- pane ----"
    pane
    # Without the grammar Debian does not ship, Helix logs an error per
    # file type: left out.
    say "---- helix log (last 30 lines) ----"
    grep -v 'Failed to load tree-sitter parser' "$TMP/helix.log" 2>/dev/null | tail -n 30 || true
  } >&2
  [ -z "${KATA_HELIX_KEEP_LOG:-}" ] || cp "$TMP/helix.log" "$KATA_HELIX_KEEP_LOG"
  exit 1
}

# Waits until the pane shows a line matching the extended regex PATTERN;
# prints that line. wait_for WHAT PATTERN [TIMEOUT]
wait_for() {
  local what=$1 pattern=$2 deadline=$(( $(date +%s) + ${3:-$TIMEOUT} )) line
  while :; do
    if line=$(pane | grep -E -m1 -- "$pattern"); then
      printf '%s\n' "$line"
      return 0
    fi
    [ "$(date +%s)" -lt "$deadline" ] || fail "timed out after ${3:-$TIMEOUT}s waiting for $what (/$pattern/)"
    sleep 0.1
  done
}
# Waits until no line of the pane matches PATTERN. wait_gone WHAT PATTERN
wait_gone() {
  local what=$1 pattern=$2 deadline=$(( $(date +%s) + TIMEOUT ))
  while pane | grep -qE -- "$pattern"; do
    [ "$(date +%s)" -lt "$deadline" ] || fail "timed out after ${TIMEOUT}s waiting for $what to go (/$pattern/)"
    sleep 0.1
  done
}
# Escape, then wait until Helix has taken it: a key sent right behind it
# could reach Helix in the same read and be taken as Alt-key.
# escape GONE_PATTERN: what must leave the pane (the mode's name by default).
escape() {
  keys Escape
  wait_gone "Escape's effect" "${1:- INS }"
}
# Keys as tmux names them (Escape, Enter, Space, C-s).
keys() { tm send-keys -t helix "$@"; }
# tmux reads an argument ending in `;` as the end of its command: `\;`
# keeps the semicolon.
tmux_arg() {
  case $1 in *\;) printf '%s' "${1%;}\\;" ;; *) printf '%s' "$1" ;; esac
}
# Literal keys, for prompts (search, commands): they do not edit the file.
type_text() { tm send-keys -t helix -l "$(tmux_arg "$1")"; }
# Text typed into the document key by key (a newline is Enter, which
# indents as Helix does), each line in one burst: send-keys delivers it
# at once, faster than any typist. Helix 25.01 sends each key's didChange
# from a task of its own, so they reach the server out of order; kata
# takes whole texts and keeps the newest version (docs/lsp-extensions.md,
# "Document sync"), which is what the checks below see.
type_keys() {
  local rest=$1 line
  while :; do
    line=${rest%%$'\n'*}
    [ -z "$line" ] || tm send-keys -t helix -l "$(tmux_arg "$line")"
    [ "$line" != "$rest" ] || break
    rest=${rest#*$'\n'}
    keys Enter
  done
}

# The workspace, as the learner makes it.
"$KATA_BIN" init "$WS" >/dev/null
(cd "$WS" && "$KATA_BIN" start pair-sum >/dev/null)
say "ok   kata init + kata start pair-sum in $WS"

# The shipped languages.toml with the built binary as `kata`, and without
# rust-analyzer when it does not run here (a rustup proxy without the
# component fails, and Helix would report that on the status line).
mkdir -p "$WS/.helix"
servers='"rust-analyzer", "kata"'
if ! rust-analyzer --version >/dev/null 2>&1; then servers='"kata"'; fi
sed -e "s|^command = \"kata\"\$|command = \"$KATA_BIN\"|" \
    -e "s|^language-servers = \[\"rust-analyzer\", \"kata\"\]\$|language-servers = [$servers]|" \
    editors/helix/languages.toml > "$WS/.helix/languages.toml"
if ! grep -qF "command = \"$KATA_BIN\"" "$WS/.helix/languages.toml" ||
   ! grep -qF "language-servers = [$servers]" "$WS/.helix/languages.toml"; then
  fail "editors/helix/languages.toml no longer has the command or language-servers line this test rewrites"
fi
say "ok   .helix/languages.toml: kata is $KATA_BIN; rust servers [$servers]"

# Helix's own configuration, away from the user's: diagnostics at the end
# of their lines (the message is what the test reads), no auto-pairs and
# no completion menu (they would change what the test writes).
CONFIG=$TMP/config
mkdir -p "$CONFIG/helix"
cat > "$CONFIG/helix/config.toml" <<'TOML'
[editor]
end-of-line-diagnostics = "hint"
auto-pairs = false
auto-completion = false

[editor.inline-diagnostics]
cursor-line = "disable"
other-lines = "disable"
TOML

"$HX" --version
# What docs/editors.md tells the learner to check: `hx --health rust` in
# the workspace lists kata among the language servers (by its command,
# found and executable: the check mark).
health=$(cd "$WS" && XDG_CONFIG_HOME=$CONFIG "$HX" --health rust 2>&1 | sed -E 's/\x1b\[[0-9;]*m//g') || true
line=$(grep -m1 -F "✓ $KATA_BIN:" <<<"$health") ||
  fail "hx --health rust does not list kata as found: $health"
say "ok   hx --health rust: ${line#"${line%%[! ]*}"}"

# A wide pane: the end-of-line messages must fit.
tm -f /dev/null new-session -d -s helix -x 200 -y 50 -c "$WS" \
  "env XDG_CONFIG_HOME=$CONFIG TERM=xterm-256color $HX ${KATA_HELIX_VERBOSE:+-vv} --log $TMP/helix.log pair-sum/src/lib.rs"
# Escape must reach Helix as Escape, not as the start of an Alt- key.
tm set-option -s escape-time 0
wait_for "hx to show pair-sum/src/lib.rs" 'pub fn pair_sum' >/dev/null
wait_for "Helix's normal mode" ' NOR ' >/dev/null
say "ok   hx shows pair-sum/src/lib.rs ($(( $(date +%s) - t0 ))s)"

# The kata's rule, as the learner writes it: pair-sum forbids sorting.
# Insert (`i`) before the `todo!` the search selects.
keys '/' && type_text 'todo!' && keys Enter
keys 'i'
wait_for "insert mode" ' INS ' >/dev/null
type_keys $'let mut v = nums.to_vec();\nv.sort();\n'
escape
# The end of the line shows one diagnostic, the most severe: here the
# estimate's (O(n log n) against the target O(n)).
line=$(wait_for "a kata diagnostic at the end of the v.sort() line" 'v\.sort\(\); +.*O\(n log n\)')
say "ok   end-of-line diagnostic: $(sed -E 's/^ *[0-9]* *//; s/  +/ /g' <<<"$line")"
# The picker (space d) lists all of the document's, the rule's too.
keys Space 'd'
line=$(wait_for "the no-sort rule in the diagnostics picker (space d)" 'rule/no-sort.*Sorting costs')
say "ok   diagnostics picker: $(sed -E 's/^[^A-Za-z]*//; s/ *│.*$//; s/  +/ /g' <<<"$line")"
escape 'rule/no-sort'

# A syntax error at the end of the file (`ge`: last line, `A`: append).
# The message quotes the server's copy of the line: it is the buffer's.
keys 'g' 'e' 'A'
wait_for "insert mode" ' INS ' >/dev/null
type_keys $'\nfn broken( {'
escape
# shellcheck disable=SC2016 # the backquotes are the message's
line=$(wait_for "a syntax error quoting the typed line" 'fn broken\( \{ .*`fn broken\( \{`')
say "ok   syntax error: $(sed -E 's/^ *[0-9]* *//; s/  +/ /g' <<<"$line")"

# The hover of the graded function names its target.
keys '/' && type_text 'pub fn pair_sum' && keys Enter
keys Space 'k'
line=$(wait_for "the hover with the kata's target" 'Target.*pair_sum.*O\(n\)')
say "ok   hover (space k): $(sed -E 's/.*(Target)/\1/; s/ *[│▐].*$//' <<<"$line")"
escape 'Target.*pair_sum.*O\(n\)'

# The next hint, from the code actions (space a): the server shows it as a
# message, on Helix's status line. Enter takes the first action: the hint
# (Helix lists quick fixes first; without one, the server's order, which
# starts with the hint). Another action would show no hint.
keys Space 'a'
wait_for "the code action 'kata: next hint'" 'kata: next hint \(0/[0-9]+ shown\)' >/dev/null
keys Enter
line=$(wait_for "hint 1 on the status line" 'hint 1/[0-9]+')
say "ok   code action (space a) 'kata: next hint': $(sed -E 's/^ *//; s/  +/ /g' <<<"$line")"

# Saving runs the tests: the starter fails them, and src/lib.rs says which.
# Undo the two edits first (one `u` each: an insert is one undo step;
# each checked before the next), then :write.
keys 'u'
wait_gone "the syntax error, undone" 'fn broken'
keys 'u'
wait_gone "the sort, undone" 'v\.sort'
keys ':' && type_text 'write' && keys Enter
line=$(wait_for "the failing tests named in src/lib.rs after :write" '✘.*not yet implemented' "$RUN_TIMEOUT")
say "ok   after :write, in src/lib.rs: $(sed -E 's/^ *[0-9]* *//; s/  +/ /g' <<<"$line")"

keys ':' && type_text 'quit!' && keys Enter
say "helix: all checks passed in $(( $(date +%s) - t0 ))s"
