// The editor-independent part of the extension: finding practice
// workspaces, the protocol's shapes (docs/lsp-extensions.md), settings and
// the texts shown to the learner. No `vscode` import: unit-tested with
// node's test runner.

import * as fs from "fs";
import * as path from "path";

/** `kata/list` entry. */
export interface KataEntry {
  id: string;
  title: string;
  difficulty: string;
  topics: string[];
  /** `new`, `started`, `too-slow` or `solved`. */
  status: string;
  hintsShown: number;
  hintsTotal: number;
  /** `src/lib.rs` of the kata's crate, once started. */
  uri?: string | null;
}

/** `kata/start` result. */
export interface StartResult {
  id: string;
  uri?: string | null;
  readme?: string | null;
  created: boolean;
}

export interface LastRun {
  /** The check's one status: `does-not-compile`, `failing`, `too-slow` or `solved`. */
  status?: "does-not-compile" | "failing" | "too-slow" | "solved";
  passed: number;
  failed: number;
  buildErrors: number;
  solved: boolean;
  summary: string;
}

/** `kata/status` result. */
export interface StatusResult {
  id: string;
  title: string;
  difficulty: string;
  status: string;
  tests: {
    running: boolean;
    lastRun?: LastRun | null;
    recordedPassed: number;
    recordedFailed: number;
    runs: number;
  };
  hints: { shown: number; total: number };
  targets: { item: string; time: string; space?: string | null }[];
  probeExpect?: string | null;
  revealed: boolean;
}

/** The requests and commands of the kata server. */
export const Requests = {
  list: "kata/list",
  start: "kata/start",
  status: "kata/status",
} as const;

export const ServerCommands = {
  hint: "kata.server.showHint",
  runTests: "kata.server.runTests",
  reset: "kata.server.reset",
  revealSolution: "kata.server.revealSolution",
  startNext: "kata.server.startNext",
  openPrompt: "kata.server.openPrompt",
} as const;

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

/** The kata id in a Cargo.toml's `[package.metadata.kata]`, `""` when the
 * section has no id, undefined when the manifest is not a kata's. */
export function kataIdOfManifest(text: string): string | undefined {
  let inSection = false;
  let sectionSeen = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, "").trim();
    const header = /^\[([^\]]+)\]$/.exec(line);
    if (header) {
      inSection = header[1].trim() === "package.metadata.kata";
      sectionSeen ||= inSection;
      continue;
    }
    if (inSection) {
      const m = /^id\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(line);
      if (m) return m[1] ?? m[2];
    }
  }
  if (sectionSeen) return "";
  const inline = /metadata\.kata\s*=\s*\{[^}]*id\s*=\s*"([^"]*)"/.exec(text);
  return inline ? inline[1] : undefined;
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

/** The kata crate holding `file`: its directory and kata id. */
export function kataOfPath(file: string): { crateDir: string; id: string } | undefined {
  for (const dir of ancestors(file)) {
    const manifest = path.join(dir, "Cargo.toml");
    if (!isFile(manifest)) continue;
    let text: string;
    try {
      text = fs.readFileSync(manifest, "utf8");
    } catch {
      continue;
    }
    const id = kataIdOfManifest(text);
    if (id !== undefined) return { crateDir: dir, id };
  }
  return undefined;
}

/** The practice workspace (the directory with `.kata/` and a Cargo.toml)
 * holding `p`. */
export function workspaceOfPath(p: string): string | undefined {
  return ancestors(p).find((d) => isDir(path.join(d, ".kata")) && isFile(path.join(d, "Cargo.toml")));
}

/** Whether kata has anything to do for this file or folder. */
export function isKataPath(p: string): boolean {
  return workspaceOfPath(p) !== undefined || kataOfPath(p) !== undefined;
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
  if (s.revealed) lines.push("The reference solution was revealed.");
  return lines.join("\n");
}

/** A quick-pick row for a `kata/list` entry. */
export function listItem(k: KataEntry): { label: string; description: string; detail: string; id: string } {
  const icon =
    k.status === "solved"
      ? "$(pass-filled)"
      : k.status === "too-slow"
        ? "$(warning)"
        : k.status === "started"
          ? "$(circle-large-outline)"
          : "$(circle-outline)";
  const hints = k.hintsTotal ? ` · hints ${k.hintsShown}/${k.hintsTotal}` : "";
  return {
    id: k.id,
    label: `${icon} ${k.id}`,
    description: k.title,
    detail: `${k.difficulty} · ${k.status}${hints} · ${k.topics.join(", ")}`,
  };
}
