// Unit tests of the editor-independent logic: node --test out/test/unit/
import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
  StatusResult,
  expectedActual,
  findWorkspaces,
  kataOfUri,
  listItem,
  missingBinaryMessage,
  statusItemText,
  resolveBinary,
  settingsFrom,
  statusBarText,
  statusTooltip,
  workspaceOfPath,
} from "../../kata";

function tree(files: Record<string, string>): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "kata-vscode-unit-")));
  for (const [rel, text] of Object.entries(files)) {
    const p = path.join(root, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  }
  return root;
}

const KATA_MANIFEST = '[package]\nname = "pair-sum"\n\n# which kata\n[package.metadata.kata]\nid = "pair-sum"\n\n[dependencies]\n';

test("workspaceOfPath and findWorkspaces find the practice workspace", () => {
  const root = tree({
    "dojo/Cargo.toml": '[workspace]\nmembers = ["pair-sum"]\n',
    "dojo/.kata/progress.json": "{}",
    "dojo/pair-sum/Cargo.toml": KATA_MANIFEST,
    "dojo/pair-sum/src/lib.rs": "",
    "dojo/pair-sum/tests/pair_sum.rs": "",
    "lone/Cargo.toml": KATA_MANIFEST,
    "lone/src/lib.rs": "",
    "plain/Cargo.toml": '[package]\nname = "plain"\n',
    "plain/src/main.rs": "",
  });
  const ws = path.join(root, "dojo");
  assert.equal(workspaceOfPath(path.join(ws, "pair-sum/src/lib.rs")), ws);
  assert.equal(workspaceOfPath(ws), ws);
  assert.equal(workspaceOfPath(path.join(root, "lone/src/lib.rs")), undefined);
  assert.equal(workspaceOfPath(path.join(root, "plain/src/main.rs")), undefined);
  // A folder that holds a workspace one level down, or is inside one.
  assert.deepEqual(findWorkspaces(root), [ws]);
  assert.deepEqual(findWorkspaces(path.join(ws, "pair-sum")), [ws]);
  assert.deepEqual(findWorkspaces(path.join(root, "plain")), []);
  fs.rmSync(root, { recursive: true, force: true });
});

test("resolveBinary: setting, $KATA_PATH, ~ and relative paths", () => {
  const env = { HOME: "/home/u" } as NodeJS.ProcessEnv;
  assert.equal(resolveBinary("", undefined, env), "kata");
  assert.equal(resolveBinary(undefined, undefined, env), "kata");
  assert.equal(resolveBinary("  ", undefined, { ...env, KATA_PATH: "/opt/kata" }), "/opt/kata");
  assert.equal(resolveBinary("/usr/bin/kata", "/ws", { ...env, KATA_PATH: "/opt/kata" }), "/usr/bin/kata");
  assert.equal(resolveBinary("~/.cargo/bin/kata", undefined, env), "/home/u/.cargo/bin/kata");
  assert.equal(resolveBinary("target/debug/kata", "/ws", env), "/ws/target/debug/kata");
  assert.equal(resolveBinary("kata-dev", "/ws", env), "kata-dev");
});

test("settingsFrom maps VS Code settings to the server's", () => {
  const from = (values: Record<string, unknown>) =>
    settingsFrom(<T>(key: string, dflt: T) => (key in values ? (values[key] as T) : dflt));
  assert.deepEqual(from({}), {
    timeoutSecs: null,
    inlayHints: { enable: true },
    runOnSave: true,
    measureGrowth: true,
    diagnosticsDelayMs: 0,
  });
  assert.deepEqual(from({ timeoutSecs: 3.7, "inlayHints.enable": false, runOnSave: false, measureGrowth: false, diagnosticsDelayMs: 99999 }), {
    timeoutSecs: 3,
    inlayHints: { enable: false },
    runOnSave: false,
    measureGrowth: false,
    diagnosticsDelayMs: 10000,
  });
  assert.equal(from({ timeoutSecs: 0 }).timeoutSecs, null);
  assert.equal(from({ timeoutSecs: "x" }).timeoutSecs, null);
});

function status(over: Partial<StatusResult> = {}, tests: Partial<StatusResult["tests"]> = {}): StatusResult {
  return {
    id: "pair-sum",
    title: "Pairs that sum to a target",
    difficulty: "easy",
    status: "started",
    hints: { shown: 1, total: 3 },
    targets: [{ item: "pair_sum", time: "O(n)", space: "O(n)" }],
    probeExpect: "O(n)",
    revealed: false,
    ...over,
    tests: { running: false, lastRun: null, recordedPassed: 0, recordedFailed: 0, runs: 0, ...tests },
  };
}

test("statusBarText for every state of a kata", () => {
  assert.equal(statusBarText(undefined), "");
  assert.equal(statusBarText(status()), "$(beaker) pair-sum: save to run the tests");
  assert.equal(statusBarText(status({}, { running: true })), "$(sync~spin) pair-sum: testing…");
  const last = { passed: 3, failed: 5, buildErrors: 0, solved: false, summary: "3/8 tests pass" };
  assert.equal(statusBarText(status({}, { lastRun: last })), "$(error) pair-sum: 3/8 tests");
  assert.equal(
    statusBarText(status({}, { lastRun: { ...last, failed: 0, buildErrors: 2 } })),
    "$(error) pair-sum: does not compile",
  );
  assert.equal(
    statusBarText(status({}, { lastRun: { ...last, passed: 8, failed: 0, solved: true } })),
    "$(pass-filled) pair-sum: solved",
  );
  assert.equal(
    statusBarText(status({}, { lastRun: { ...last, passed: 0, failed: 0, summary: "tests did not run: cargo was not found" } })),
    "$(warning) pair-sum: tests did not run",
  );
  assert.equal(
    statusBarText(status({}, { runs: 2, recordedPassed: 4, recordedFailed: 4 })),
    "$(beaker) pair-sum: 4/8 tests (last run)",
  );
  assert.equal(
    statusBarText(
      status({}, { lastRun: { ...last, passed: 8, failed: 0, status: "too-slow", summary: "8/8 tests pass · too slow" } }),
    ),
    "$(warning) pair-sum: 8/8 tests · too slow",
  );
  assert.equal(statusBarText(status({ status: "solved" })), "$(pass-filled) pair-sum: solved");
  assert.equal(statusBarText(status({ status: "too-slow" })), "$(warning) pair-sum: too slow");
});

test("statusTooltip lists tests, hints and targets", () => {
  const t = statusTooltip(
    status({ revealed: true }, { lastRun: { passed: 1, failed: 2, buildErrors: 0, solved: false, summary: "1/3 tests pass" } }),
  );
  assert.match(t, /Pairs that sum to a target \(pair-sum, easy\): started/);
  assert.match(t, /Last run: 1\/3 tests pass/);
  assert.match(t, /Hints: 1\/3 shown/);
  assert.match(t, /Target pair_sum: O\(n\) time, O\(n\) space/);
  assert.match(t, /revealed/);
});

test("listItem shows status, difficulty, hints and topics", () => {
  const item = listItem({
    id: "lru-cache",
    title: "LRU cache",
    difficulty: "medium",
    topics: ["hash-map", "design"],
    status: "solved",
    hintsShown: 2,
    hintsTotal: 4,
    uri: null,
  });
  assert.equal(item.id, "lru-cache");
  assert.equal(item.label, "$(pass-filled) lru-cache");
  assert.equal(item.description, "LRU cache");
  assert.equal(item.detail, "medium · solved · hints 2/4 · hash-map, design");
});

test("kataOfUri: the kata whose crate holds the file, as the server said", () => {
  const katas = [
    { id: "pair-sum", crateUri: "file:///ws/pair-sum" },
    { id: "nested", crateUri: "file:///ws/pair-sum/nested/" },
    { id: "unknown", crateUri: null },
  ];
  assert.equal(kataOfUri(katas, "file:///ws/pair-sum/src/lib.rs")?.id, "pair-sum");
  assert.equal(kataOfUri(katas, "file:///ws/pair-sum/nested/src/lib.rs")?.id, "nested");
  assert.equal(kataOfUri(katas, "file:///ws/pair-sum-2/src/lib.rs"), undefined);
  assert.equal(kataOfUri(katas, "file:///ws/pair-sum"), undefined);
});

test("statusItemText: the server's health, then the active kata", () => {
  assert.equal(statusItemText("missing-binary", undefined), "$(error) kata: not installed");
  assert.equal(statusItemText("starting", undefined), "$(sync~spin) kata: starting…");
  assert.equal(statusItemText("running", undefined), "$(mortar-board) kata");
  assert.equal(statusItemText("running", status()), "$(beaker) pair-sum: save to run the tests");
});

test("missingBinaryMessage: one message with the install command or the bad setting", () => {
  assert.equal(
    missingBinaryMessage("kata", "", "not found"),
    "kata: the language server could not start. `kata` is not on the PATH VS Code sees (not found). Install it with `cargo install --locked --path server` from the kata repository, or set kata.path to the binary (e.g. ~/.cargo/bin/kata).",
  );
  assert.equal(
    missingBinaryMessage("/opt/kata", "/opt/kata", "not found"),
    'kata: the language server could not start. The setting kata.path is "/opt/kata", which cannot be run (not found). Install it with `cargo install --locked --path server` from the kata repository, then fix the setting or clear it to use `kata` on PATH.',
  );
});

test("expectedActual reads assert_eq!'s values", () => {
  assert.deepEqual(expectedActual("test `a` failed: assertion\nexpected: [(1, 5)]\nactual:   []"), {
    expected: "[(1, 5)]",
    actual: "[]",
  });
  assert.deepEqual(expectedActual("assertion `left == right` failed\n  left: 3\n right: 4"), { expected: "4", actual: "3" });
  assert.equal(expectedActual("not yet implemented"), undefined);
});
