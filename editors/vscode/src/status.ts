// What the server pushed (`kata/statusChanged`), by kata, and the one
// status bar item: the active kata's tests and the server's health, with a
// quick-pick menu of what to do next.

import * as vscode from "vscode";
import type { KataClient } from "./client";
import { kataOfUri, statusItemText, statusTooltip } from "./kata";
import type { StatusResult } from "./protocol";

/** The last status the server pushed for each kata. */
export class StatusStore implements vscode.Disposable {
  private readonly byId = new Map<string, StatusResult>();
  private readonly changed = new vscode.EventEmitter<StatusResult>();
  readonly onDidChange = this.changed.event;

  update(s: StatusResult) {
    this.byId.set(s.id, s);
    this.changed.fire(s);
  }

  get(id: string): StatusResult | undefined {
    return this.byId.get(id);
  }

  all(): StatusResult[] {
    return [...this.byId.values()];
  }

  /** The kata a document belongs to, as the server said. */
  ofUri(uri: vscode.Uri): StatusResult | undefined {
    return kataOfUri(this.byId.values(), uri.toString());
  }

  /** The kata of the active editor, else of any visible editor. */
  active(): StatusResult | undefined {
    const active = vscode.window.activeTextEditor?.document.uri;
    const of = active && this.ofUri(active);
    if (of) return of;
    for (const e of vscode.window.visibleTextEditors) {
      const s = this.ofUri(e.document.uri);
      if (s) return s;
    }
    return undefined;
  }

  clear() {
    this.byId.clear();
  }

  dispose() {
    this.changed.dispose();
  }
}

export class StatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem("kata.status", vscode.StatusBarAlignment.Left, 10);

  constructor(
    private readonly client: KataClient,
    private readonly store: StatusStore,
  ) {
    this.item.name = "kata";
    this.item.command = "kata.menu";
  }

  refresh() {
    const health = this.client.health;
    const s = health === "running" ? this.store.active() : undefined;
    this.item.text = statusItemText(health, s);
    this.item.tooltip =
      health === "running"
        ? s
          ? statusTooltip(s)
          : "kata: open a file of a kata, or pick one in the Katas view"
        : (this.client.problem ?? `kata language server: ${health}`);
    const last = s?.tests.lastRun;
    this.item.backgroundColor =
      health === "missing-binary" || health === "failed"
        ? new vscode.ThemeColor("statusBarItem.errorBackground")
        : last && !s?.tests.running && (last.failed > 0 || last.buildErrors > 0)
          ? new vscode.ThemeColor("statusBarItem.warningBackground")
          : undefined;
    this.item.show();
  }

  dispose() {
    this.item.dispose();
  }
}

interface MenuItem extends vscode.QuickPickItem {
  command: string;
}

/** `kata.menu`: what the status bar item offers. */
export async function showMenu(client: KataClient, store: StatusStore): Promise<void> {
  if (client.health === "missing-binary" || client.health === "failed") {
    client.showProblem();
    return;
  }
  const s = store.active();
  const items: MenuItem[] = [];
  if (s) {
    items.push(
      { label: "$(play) Run the tests", description: s.id, command: "kata.runTests" },
      { label: "$(lightbulb) Show the next hint", description: `${s.hints.shown}/${s.hints.total} shown`, command: "kata.hint" },
      { label: "$(book) Open the prompt", description: "the README and the growth chart", command: "kata.openPrompt" },
      { label: "$(discard) Reset to the starter", description: "asks first; keeps a backup", command: "kata.reset" },
    );
  }
  items.push(
    { label: "$(list-tree) List katas", command: "kata.list" },
    { label: "$(arrow-right) Start the recommended next kata", command: "kata.startNext" },
    { label: "$(pulse) Check this machine (kata doctor)", command: "kata.doctor" },
    { label: "$(output) Show the language server's log", command: "kata.showOutput" },
    { label: "$(debug-restart) Restart the language server", command: "kata.restartServer" },
  );
  const pick = await vscode.window.showQuickPick(items, {
    title: s ? `kata: ${s.id} — ${s.tests.lastRun?.summary ?? s.status}` : "kata",
  });
  if (pick) await vscode.commands.executeCommand(pick.command);
}
