// The kata extension: starts `kata lsp` for practice workspaces and renders
// what the server pushes. The parts, one concern each:
//   client.ts   the language client, its health, the one start-failure message
//   status.ts   the pushed statuses by kata, the status bar item and its menu
//   commands.ts the Kata commands
//   views.ts    the Katas view (tree.ts: its model)
//   prompt.ts   the prompt panel (promptHtml.ts, chart.ts: its page)
//   testing.ts  the Testing view, from the last check's test results
//   protocol.ts the server's protocol extensions, typed

import * as fs from "fs";
import * as path from "path";
import * as vscode from "vscode";
import { LanguageClient, State } from "vscode-languageclient/node";
import { KataClient, config, errorText, knownWorkspaces } from "./client";
import { registerCommands, targetUri } from "./commands";
import { PromptPanel } from "./prompt";
import type { StatusResult } from "./protocol";
import { StatusBar, StatusStore } from "./status";
import { KataTests } from "./testing";
import { KataTreeProvider } from "./views";

/** What `activate` returns: for other extensions and the end-to-end test. */
export interface KataApi {
  /** Resolves once the server answered `initialize` (rejects if it cannot start). */
  ready(): Promise<void>;
  client(): LanguageClient | undefined;
  status(uri?: vscode.Uri): StatusResult | undefined;
  diagnostics(uri: vscode.Uri): vscode.Diagnostic[];
  statusBarText(): string;
}

let kata: KataClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<KataApi> {
  const output = vscode.window.createOutputChannel("kata");
  const store = new StatusStore();
  const prompt = new PromptPanel();
  const client = new KataClient(output, (s) => store.update(s), vscode.Uri.joinPath(context.extensionUri, "README.md"));
  kata = client;
  const statusBar = new StatusBar(client, store);
  const tree = new KataTreeProvider(client);
  const tests = new KataTests(store);
  context.subscriptions.push(output, store, prompt, client, statusBar, tree, tests);
  context.subscriptions.push(vscode.window.createTreeView("kata.katas", { treeDataProvider: tree, showCollapseAll: true }));
  registerCommands(context, { client, store, prompt, tree, output });

  const dump = scheduleDumps(client, store, statusBar, tree, prompt, tests);
  store.onDidChange((s) => {
    statusBar.refresh();
    prompt.update(s);
    tests.update(s);
    tree.refreshSoon();
    dump();
  });
  prompt.onDidRender(dump);
  client.onDidChangeHealth((h) => {
    if (h !== "running") store.clear();
    statusBar.refresh();
    tree.refreshSoon(0);
    dump();
  });

  const shouldStart = () => knownWorkspaces().length > 0;
  const maybeStart = () => {
    if (client.health === "stopped" && shouldStart()) client.start().catch(() => undefined);
  };
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((d) => {
      if (d.languageId === "rust" && d.uri.scheme === "file") maybeStart();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(maybeStart),
    vscode.window.onDidChangeActiveTextEditor(() => statusBar.refresh()),
    vscode.languages.onDidChangeDiagnostics(dump),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration("kata")) return;
      if (e.affectsConfiguration("kata.path")) {
        await client.stop();
        maybeStart();
        return;
      }
      client.sendSettings();
    }),
  );

  const ready = shouldStart()
    ? client.start()
    : new Promise<void>((resolve, reject) => {
        const sub = client.onDidChangeHealth((h) => {
          if (h === "running") resolve();
          if (h === "missing-binary" || h === "failed") reject(new Error(client.problem));
          if (h !== "starting") sub.dispose();
        });
        context.subscriptions.push(sub);
      });
  ready.catch(() => undefined);
  statusBar.refresh();
  dump();

  return {
    ready: () => ready,
    client: () => client.client,
    status: (uri) => {
      const target = uri ?? targetUri(store);
      return target ? store.ofUri(target) : undefined;
    },
    diagnostics: (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === "kata"),
    statusBarText: () => statusBar.item.text,
  };
}

export async function deactivate(): Promise<void> {
  await kata?.stop();
}

// ---------------------------------------------------------------------
// Test support: KATA_VSCODE_DUMP=<file> makes the extension write what the
// learner sees (kata diagnostics, status bar, Katas view, prompt panel,
// test items) to <file> as JSON.
// ---------------------------------------------------------------------

function scheduleDumps(
  client: KataClient,
  store: StatusStore,
  statusBar: StatusBar,
  tree: KataTreeProvider,
  prompt: PromptPanel,
  tests: KataTests,
): () => void {
  const file = process.env.KATA_VSCODE_DUMP;
  let timer: NodeJS.Timeout | undefined;
  if (!file) return () => undefined;
  return () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      const diagnostics = vscode.languages.getDiagnostics().flatMap(([uri, ds]) =>
        ds
          .filter((d) => d.source === "kata")
          .map((d) => ({
            file: uri.fsPath,
            code: typeof d.code === "object" ? String(d.code.value) : d.code === undefined ? null : String(d.code),
            message: d.message,
            severity: vscode.DiagnosticSeverity[d.severity],
            line: d.range.start.line,
          })),
      );
      const out = {
        at: Date.now(),
        clientState: client.client ? State[client.client.state] : "none",
        health: client.health,
        problem: client.problem ?? null,
        server: client.client?.initializeResult?.serverInfo ?? null,
        statusBar: statusBar.item.text,
        status: store.active() ?? null,
        statuses: store.all().map((s) => ({ id: s.id, running: s.tests.running, last: s.tests.lastRun?.summary ?? null })),
        katas: tree.entries.map((k) => ({ id: k.id, status: k.status, difficulty: k.difficulty })),
        prompt: { kata: prompt.kataId ?? null, hasChart: prompt.html.includes("<svg"), length: prompt.html.length },
        tests: tests.summary(),
        diagnostics,
        env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" },
        kataPath: config().get<string>("path") ?? null,
      };
      try {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file + ".tmp", JSON.stringify(out, null, 2));
        fs.renameSync(file + ".tmp", file);
      } catch (e) {
        client.log(`dump: ${errorText(e)}`);
      }
    }, 100);
  };
}
