// The Testing view (`vscode.tests`): one item per kata, one child per test
// of its last check (`outcome.testResults`) placed on its `fn` (the
// status's `tests.items`: a gutter icon to run it), failures with their
// message and, for `assert_eq!`, expected and actual as a diff. Running an
// item asks the server for a run of the kata; its results arrive with the
// pushed status.

import * as vscode from "vscode";
import { expectedActual } from "./kata";
import type { StatusResult, TestCase } from "./protocol";

export class KataTests implements vscode.Disposable {
  readonly controller = vscode.tests.createTestController("kata", "kata");
  /** The `checkedAt` of the outcome last reported, by kata. */
  private readonly reported = new Map<string, number | undefined>();
  private readonly last = new Map<string, TestCase[]>();
  /** How many of the kata's test items have a place in a file. */
  private readonly placed = new Map<string, number>();

  constructor(private readonly store: { get(id: string): StatusResult | undefined }) {
    this.controller.createRunProfile(
      "Run the kata's tests",
      vscode.TestRunProfileKind.Run,
      async (request) => {
        const katas = new Set<string>();
        for (const item of request.include ?? [...this.items()]) katas.add(item.id.split("::")[0]);
        for (const id of katas) {
          const s = this.store.get(id);
          if (s?.uri) await vscode.commands.executeCommand("kata.runTests", s.uri);
        }
      },
      true,
    );
  }

  private *items(): Iterable<vscode.TestItem> {
    for (const [, item] of this.controller.items) yield item;
  }

  /** A pushed status: the kata's items follow its last outcome; a new
   * outcome is reported as a test run. */
  update(s: StatusResult) {
    const outcome = s.outcome;
    if (!outcome) {
      this.controller.items.delete(s.id);
      this.reported.delete(s.id);
      this.last.delete(s.id);
      this.placed.delete(s.id);
      return;
    }
    if (s.tests.running || this.reported.get(s.id) === outcome.checkedAt) return;
    this.reported.set(s.id, outcome.checkedAt);
    this.last.set(s.id, outcome.testResults);
    const crate = s.crateUri ? vscode.Uri.parse(s.crateUri) : undefined;
    const root = this.controller.createTestItem(s.id, s.id, s.uri ? vscode.Uri.parse(s.uri) : undefined);
    const where = new Map((s.tests.items ?? []).map((i) => [`${i.target}::${i.name}`, i]));
    const items = outcome.testResults.map((t) => {
      // With its place, the test gets a gutter icon to run it from.
      const at = where.get(`${t.target}::${t.name}`);
      const item = this.controller.createTestItem(
        `${s.id}::${t.target}::${t.name}`,
        t.name,
        at ? vscode.Uri.parse(at.uri) : undefined,
      );
      if (at) {
        const { start, end } = at.range;
        item.range = new vscode.Range(start.line, start.character, end.line, end.character);
      }
      item.description = t.target;
      return item;
    });
    root.children.replace(items);
    this.placed.set(s.id, items.filter((i) => i.range).length);
    this.controller.items.add(root);

    const run = this.controller.createTestRun(new vscode.TestRunRequest([root]), `kata: ${s.id}`, false);
    outcome.testResults.forEach((t, i) => {
      const item = items[i];
      switch (t.outcome) {
        case "passed":
          run.passed(item);
          break;
        case "ignored":
          run.skipped(item);
          break;
        default: {
          const message = failureMessage(t, crate);
          if (t.outcome === "failed") run.failed(item, message);
          else run.errored(item, message);
        }
      }
    });
    if (outcome.testResults.length === 0) run.appendOutput(`${outcome.headline}\r\n`);
    run.end();
  }

  /** For the end-to-end test's dump. */
  summary(): { kata: string; passed: number; failed: number; placed: number }[] {
    return [...this.last].map(([kata, tests]) => ({
      kata,
      placed: this.placed.get(kata) ?? 0,
      passed: tests.filter((t) => t.outcome === "passed").length,
      failed: tests.filter((t) => t.outcome !== "passed" && t.outcome !== "ignored").length,
    }));
  }

  dispose() {
    this.controller.dispose();
  }
}

function failureMessage(t: TestCase, crate: vscode.Uri | undefined): vscode.TestMessage {
  const text = t.message ?? t.outcome;
  const diff = expectedActual(text);
  const message = diff ? vscode.TestMessage.diff(text, diff.expected, diff.actual) : new vscode.TestMessage(text);
  const loc = t.panicLocation;
  if (crate && loc) {
    message.location = new vscode.Location(
      vscode.Uri.joinPath(crate, loc.file),
      new vscode.Position(Math.max(0, loc.line - 1), Math.max(0, loc.column - 1)),
    );
  }
  return message;
}
