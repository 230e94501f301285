// The editor-independent part of the extension: finding practice
// workspaces (to decide whether to start the server at all), settings and
// the texts shown to the learner. Which file belongs to which kata is the
// server's answer (`kata/statusChanged`'s `crateUri`), never ours. No
// `vscode` import: unit-tested with node's test runner.

import * as fs from "fs";
import * as path from "path";
import type { KataEntry, StatusResult } from "./protocol";

export type { KataEntry, StartResult, StatusResult } from "./protocol";

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function ancestors(start: string): string[] {
  const out: string[] = [];
  let dir = path.resolve(start);
  if (!isDir(dir)) dir = path.dirname(dir);
  for (;;) {
    out.push(dir);
    const parent = path.dirname(dir);
    if (parent === dir) return out;
    dir = parent;
  }
}

/** The practice workspace (the directory with `.kata/` and a Cargo.toml)
 * holding `p`. */
export function workspaceOfPath(p: string): string | undefined {
  return ancestors(p).find((d) => isDir(path.join(d, ".kata")) && isFile(path.join(d, "Cargo.toml")));
}

/** The known kata whose crate holds `uri` (the deepest one). */
export function kataOfUri<S extends { crateUri?: string | null }>(statuses: Iterable<S>, uri: string): S | undefined {
  let best: S | undefined;
  for (const s of statuses) {
    const dir = s.crateUri?.replace(/\/+$/, "");
    if (!dir || !uri.startsWith(dir + "/")) continue;
    if (!best || dir.length > (best.crateUri ?? "").length) best = s;
  }
  return best;
}

/** Practice workspaces in a folder: itself, one above it, or its direct
 * subfolders (a repository with a `dojo/` inside). */
export function findWorkspaces(folder: string): string[] {
  const up = workspaceOfPath(folder);
  if (up) return [up];
  const found: string[] = [];
  let entries: fs.Dirent[] = [];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const e of entries) {
    if (!e.isDirectory() || e.name.startsWith(".") || e.name === "target" || e.name === "node_modules") continue;
    const d = path.join(folder, e.name);
    if (isDir(path.join(d, ".kata")) && isFile(path.join(d, "Cargo.toml"))) found.push(d);
  }
  return found;
}

/** The `kata` binary from the `kata.path` setting: `~` expanded, a relative
 * path taken from the first workspace folder; empty means `kata` on PATH. */
export function resolveBinary(setting: string | undefined, folder?: string, env = process.env): string {
  let p = (setting ?? "").trim();
  if (!p) p = (env.KATA_PATH ?? "").trim();
  if (!p) return "kata";
  if (p === "~" || p.startsWith("~/")) p = path.join(env.HOME ?? "", p.slice(1));
  if (!path.isAbsolute(p) && p.includes(path.sep) && folder) p = path.join(folder, p);
  return p;
}

/** The VS Code settings we pass on, as `initializationOptions` and in
 * `workspace/didChangeConfiguration` (the server reads both shapes). */
export interface Settings {
  timeoutSecs: number | null;
  inlayHints: { enable: boolean };
  runOnSave: boolean;
  measureGrowth: boolean;
  diagnosticsDelayMs: number;
}

export function settingsFrom(get: <T>(key: string, dflt: T) => T): Settings {
  const t = get<number | null>("timeoutSecs", null);
  return {
    timeoutSecs: typeof t === "number" && t > 0 ? Math.floor(t) : null,
    inlayHints: { enable: get<boolean>("inlayHints.enable", true) !== false },
    runOnSave: get<boolean>("runOnSave", true) !== false,
    measureGrowth: get<boolean>("measureGrowth", true) !== false,
    diagnosticsDelayMs: Math.max(0, Math.min(10000, Number(get<number>("diagnosticsDelayMs", 0)) || 0)),
  };
}

/** The status bar text (with a codicon) for a kata's status. */
export function statusBarText(s: StatusResult | undefined): string {
  if (!s) return "";
  const t = s.tests;
  if (t.running && s.measuring) return `$(sync~spin) ${s.id}: measuring growth…`;
  if (t.running) return `$(sync~spin) ${s.id}: testing…`;
  const last = t.lastRun ?? undefined;
  if (last) {
    if (last.solved) return `$(pass-filled) ${s.id}: solved`;
    // Every test passes, but the solution grows faster than its target.
    if (last.status === "too-slow") return `$(warning) ${s.id}: ${last.passed}/${last.passed} tests · too slow`;
    if (last.buildErrors > 0) return `$(error) ${s.id}: does not compile`;
    const total = last.passed + last.failed;
    if (total === 0) return `$(warning) ${s.id}: tests did not run`;
    return `${last.failed > 0 ? "$(error)" : "$(pass)"} ${s.id}: ${last.passed}/${total} tests`;
  }
  if (s.status === "solved") return `$(pass-filled) ${s.id}: solved`;
  if (s.status === "too-slow") return `$(warning) ${s.id}: too slow`;
  if (t.runs > 0) {
    const total = t.recordedPassed + t.recordedFailed;
    return `$(beaker) ${s.id}: ${t.recordedPassed}/${total} tests (last run)`;
  }
  return `$(beaker) ${s.id}: save to run the tests`;
}

/** The status bar tooltip: everything `kata/status` says. */
export function statusTooltip(s: StatusResult | undefined): string {
  if (!s) return "";
  const lines = [`${s.title} (${s.id}, ${s.difficulty}): ${s.status}`];
  const last = s.tests.lastRun ?? undefined;
  if (s.tests.running) lines.push("Tests are running.");
  else if (last) lines.push(`Last run: ${last.summary}`);
  else if (s.tests.runs > 0)
    lines.push(`Last recorded run: ${s.tests.recordedPassed} passed, ${s.tests.recordedFailed} failed`);
  else lines.push("Tests have not run yet: save a file of the kata to run them.");
  lines.push(`Hints: ${s.hints.shown}/${s.hints.total} shown`);
  for (const t of s.targets) lines.push(`Target ${t.item}: ${t.time} time${t.space ? `, ${t.space} space` : ""}`);
  if (s.probeExpect) lines.push(`Probe (the whole kata, n operations): expected ${s.probeExpect}`);
  if (s.measured) lines.push(`Measured: ${s.measured.summary}`);
  if (s.revealed) lines.push("The reference solution was revealed.");
  return lines.join("\n");
}

/** The codicon of a kata's status: new, started, too slow, solved. */
export function statusIcon(status: string): string {
  switch (status) {
    case "solved":
      return "pass-filled";
    case "too-slow":
      return "warning";
    case "started":
      return "circle-large-outline";
    default:
      return "circle-outline";
  }
}

/** A quick-pick row for a `kata/list` entry. */
export function listItem(k: KataEntry): { label: string; description: string; detail: string; id: string } {
  const hints = k.hintsTotal ? ` · hints ${k.hintsShown}/${k.hintsTotal}` : "";
  return {
    id: k.id,
    label: `$(${statusIcon(k.status)}) ${k.id}`,
    description: k.title,
    detail: `${k.difficulty} · ${k.status}${hints} · ${k.topics.join(", ")}`,
  };
}

/** The language server's health, as the status bar shows it. */
export type Health = "stopped" | "starting" | "running" | "missing-binary" | "failed";

/** The status bar item's text for the server's health and the active kata. */
export function statusItemText(health: Health, s: StatusResult | undefined): string {
  switch (health) {
    case "missing-binary":
      return "$(error) kata: not installed";
    case "failed":
      return "$(error) kata: server failed";
    case "starting":
      return "$(sync~spin) kata: starting…";
    case "stopped":
      return "$(circle-slash) kata: stopped";
    case "running":
      return s ? statusBarText(s) : "$(mortar-board) kata";
  }
}

/** The one message shown when the `kata` binary cannot be run: what to
 * install, or which setting points nowhere. */
export function missingBinaryMessage(command: string, setting: string | undefined, reason: string): string {
  const configured = (setting ?? "").trim();
  const install = "Install it with `cargo install --locked --path server` from the kata repository";
  const where = configured
    ? `The setting kata.path is "${configured}", which cannot be run (${reason}). ${install}, then fix the setting or clear it to use \`kata\` on PATH.`
    : `\`${command}\` is not on the PATH VS Code sees (${reason}). ${install}, or set kata.path to the binary (e.g. ~/.cargo/bin/kata).`;
  return `kata: the language server could not start. ${where}`;
}

/** The expected and actual values of a failed comparison (`assert_eq!`),
 * from `expected:` / `actual:` lines (or libtest's `right:` / `left:`). */
export function expectedActual(message: string): { expected: string; actual: string } | undefined {
  let expected: string | undefined;
  let actual: string | undefined;
  for (const line of message.split("\n")) {
    const m = /^\s*(expected|actual|right|left):\s?(.*)$/.exec(line);
    if (!m) continue;
    if (m[1] === "expected" || m[1] === "right") expected ??= m[2].trim();
    else actual ??= m[2].trim();
  }
  return expected !== undefined && actual !== undefined ? { expected, actual } : undefined;
}
