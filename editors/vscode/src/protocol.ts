// The kata server's protocol extensions (docs/lsp-extensions.md), typed:
// one `RequestType` / `NotificationType` per `kata/*` method and the names
// of the `kata.server.*` commands. The unit test `protocol.test.ts` keeps
// this module and the document's headings and command table in step.
// No `vscode` import: the unit tests use it too.

import { NotificationType, RequestType } from "vscode-languageserver-protocol";

/** `kata/list` params. */
export interface ListParams {
  topic?: string;
  difficulty?: "easy" | "medium" | "hard";
}

/** `kata/list` entry: a catalogue row. */
export interface KataEntry {
  id: string;
  title: string;
  difficulty: string;
  topics: string[];
  /** `new`, `started`, `too-slow` or `solved`: the best status reached. */
  status: string;
  hintsShown: number;
  hintsTotal: number;
  /** `src/lib.rs` of the kata's crate, once started. */
  uri?: string | null;
}

export interface StartParams {
  id: string;
}

/** `kata/start` result. */
export interface StartResult {
  id: string;
  uri?: string | null;
  readme?: string | null;
  created: boolean;
}

export interface StatusParams {
  /** Any file of the kata's crate. */
  uri: string;
}

export type CheckStatus = "does-not-compile" | "failing" | "too-slow" | "solved";

export interface LastRun {
  status?: CheckStatus;
  passed: number;
  failed: number;
  buildErrors: number;
  solved: boolean;
  summary: string;
}

export type GrowthVerdict = "pass" | "too-slow" | "inconclusive" | "error";

/** `kata/status` → `measured`. */
export interface MeasuredStatus {
  verdict: GrowthVerdict;
  slope?: number | null;
  expected: string;
  expectedExponent?: number | null;
  sizes: number[];
  measure: string;
  reason?: string | null;
  summary: string;
}

/** A point the probe measured: the cost at size `n`. */
export interface GrowthPoint {
  n: number;
  cost: number;
}

/** The outcome's `measurement` (docs/report.schema.json, `Measurement`). */
export type Measurement =
  | { state: "not-run" | "off" | "no-probe" }
  | ({ state: "measured" } & MeasuredStatus & { points: GrowthPoint[] });

export type TestOutcome =
  | "passed"
  | "failed"
  | "ignored"
  | "timed-out"
  | "stack-overflow"
  | "out-of-memory"
  | "crashed";

export interface Location {
  /** Relative to the kata's crate. */
  file: string;
  /** From 1. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** One test of a check (`CheckOutcome.testResults`). */
export interface TestCase {
  target: string;
  name: string;
  outcome: TestOutcome;
  message?: string | null;
  panicLocation?: Location | null;
}

export interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** `kata/status` → `tests.items`: a test of the last check and its `fn`. */
export interface TestItem {
  target: string;
  name: string;
  uri: string;
  range: LspRange;
}

/** The parts of the check's outcome (docs/json-report.md) the extension reads. */
export interface CheckOutcome {
  id: string;
  status: CheckStatus;
  headline: string;
  testResults: TestCase[];
  measurement: Measurement;
  tests: { passed: number; failed: number };
  checkedAt?: number;
}

/** `kata/status` result, and the params of `kata/statusChanged`. */
export interface StatusResult {
  id: string;
  /** The crate directory: a file is the kata's when its URI starts with this and `/`. */
  crateUri?: string | null;
  /** `src/lib.rs` of the crate. */
  uri?: string | null;
  title: string;
  difficulty: string;
  status: string;
  tests: {
    running: boolean;
    lastRun?: LastRun | null;
    recordedPassed: number;
    recordedFailed: number;
    runs: number;
    /** Where the last check's tests are defined (the name of each `fn`). */
    items?: TestItem[];
  };
  hints: { shown: number; total: number };
  targets: { item: string; time: string; space?: string | null }[];
  probeExpect?: string | null;
  measuring?: boolean;
  measured?: MeasuredStatus | null;
  revealed: boolean;
  outcome?: CheckOutcome | null;
}

/** `kata/list`: the catalogue with the learner's status. */
export const ListRequest = new RequestType<ListParams, KataEntry[], void>("kata/list");
/** `kata/start`: scaffold a kata's crate (never overwrites). */
export const StartRequest = new RequestType<StartParams, StartResult, void>("kata/start");
/** `kata/status`: what the server knows of the kata of a file. */
export const StatusRequest = new RequestType<StatusParams, StatusResult, void>("kata/status");
/** `kata/statusChanged`: the server pushes a kata's status when it changes. */
export const StatusChangedNotification = new NotificationType<StatusResult>("kata/statusChanged");

/** Every kata request and notification, by method name. */
export const Methods = [ListRequest, StartRequest, StatusRequest, StatusChangedNotification].map((t) => t.method);

/** The client capability that turns `kata/statusChanged` on. */
export const STATUS_NOTIFICATION_CAPABILITY = "kataStatusNotification";

/** `workspace/executeCommand` commands of the server. */
export const ServerCommands = {
  hint: "kata.server.showHint",
  runTests: "kata.server.runTests",
  reset: "kata.server.reset",
  revealSolution: "kata.server.revealSolution",
  startNext: "kata.server.startNext",
  openPrompt: "kata.server.openPrompt",
} as const;
