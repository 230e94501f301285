// The kata extension: starts `kata lsp` for practice workspaces and adds
// the Kata commands and a status bar item with the current kata's tests.

import * as childProcess from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as vscode from "vscode";
import {
  DidChangeConfigurationNotification,
  ExecuteCommandRequest,
  LanguageClient,
  LanguageClientOptions,
  RevealOutputChannelOn,
  ServerOptions,
  State,
} from "vscode-languageclient/node";
import {
  KataEntry,
  Requests,
  ServerCommands,
  StartResult,
  StatusResult,
  findWorkspaces,
  isKataPath,
  kataOfPath,
  listItem,
  resolveBinary,
  settingsFrom,
  statusBarText,
  statusTooltip,
  workspaceOfPath,
} from "./kata";

/** What `activate` returns: for other extensions and the end-to-end test. */
export interface KataApi {
  /** Resolves once the server answered `initialize` (rejects if it cannot start). */
  ready(): Promise<void>;
  client(): LanguageClient | undefined;
  status(uri?: vscode.Uri): Promise<StatusResult | undefined>;
  diagnostics(uri: vscode.Uri): vscode.Diagnostic[];
  statusBarText(): string;
}

let client: LanguageClient | undefined;
let starting: Promise<void> | undefined;
let output: vscode.OutputChannel;
let statusItem: vscode.StatusBarItem;
let lastStatus: StatusResult | undefined;
let pollTimer: NodeJS.Timeout | undefined;
let refreshTimer: NodeJS.Timeout | undefined;
let dumpTimer: NodeJS.Timeout | undefined;

function config() {
  return vscode.workspace.getConfiguration("kata");
}

function currentSettings() {
  const c = config();
  return settingsFrom((key, dflt) => c.get(key, dflt));
}

function log(line: string) {
  output?.appendLine(`[${new Date().toISOString()}] ${line}`);
}

/** A file URI of the kata to act on: the argument, else the active editor's. */
function targetUri(arg?: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === "string" && arg) return arg.includes("://") ? vscode.Uri.parse(arg) : vscode.Uri.file(arg);
  if (arg && typeof arg === "object" && "uri" in arg) return targetUri((arg as { uri: unknown }).uri);
  const doc = vscode.window.activeTextEditor?.document;
  if (doc && doc.uri.scheme === "file" && kataOfPath(doc.uri.fsPath)) return doc.uri;
  // Any open file of a kata.
  for (const d of vscode.workspace.textDocuments) {
    if (d.uri.scheme === "file" && d.languageId === "rust" && kataOfPath(d.uri.fsPath)) return d.uri;
  }
  return undefined;
}

/** The practice workspaces of the open folders and documents. */
function knownWorkspaces(): string[] {
  const out = new Set<string>();
  for (const f of vscode.workspace.workspaceFolders ?? []) {
    if (f.uri.scheme === "file") findWorkspaces(f.uri.fsPath).forEach((w) => out.add(w));
  }
  for (const d of vscode.workspace.textDocuments) {
    if (d.uri.scheme !== "file") continue;
    const w = workspaceOfPath(d.uri.fsPath);
    if (w) out.add(w);
  }
  return [...out];
}

function shouldStart(): boolean {
  if (knownWorkspaces().length > 0) return true;
  return vscode.workspace.textDocuments.some(
    (d) => d.uri.scheme === "file" && d.languageId === "rust" && isKataPath(d.uri.fsPath),
  );
}

async function startClient(): Promise<void> {
  if (client) return;
  if (starting) return starting;
  starting = (async () => {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    const command = resolveBinary(config().get<string>("path"), folder);
    const cwd = knownWorkspaces()[0] ?? folder;
    const serverOptions: ServerOptions = {
      command,
      args: ["lsp"],
      options: cwd ? { cwd } : {},
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [{ scheme: "file", language: "rust" }],
      initializationOptions: currentSettings(),
      outputChannel: output,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      // The root the server uses to find the practice workspace when no
      // folder is open: the workspace of the first kata file.
      workspaceFolder:
        vscode.workspace.workspaceFolders?.[0] ??
        (cwd ? { uri: vscode.Uri.file(cwd), name: path.basename(cwd), index: 0 } : undefined),
    };
    const c = new LanguageClient("kata", "kata", serverOptions, clientOptions);
    c.onDidChangeState((e) => {
      vscode.commands.executeCommand("setContext", "kata.active", e.newState === State.Running);
      if (e.newState === State.Stopped) statusItem.hide();
    });
    log(`starting ${command} lsp (cwd ${cwd ?? "-"}; PATH ${process.env.PATH ?? ""})`);
    try {
      await c.start();
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      log(`could not start ${command}: ${msg}`);
      const fix = "Open Settings";
      vscode.window
        .showErrorMessage(
          `kata: could not start \`${command} lsp\` (${msg}). Install kata (cargo install --locked --path server) or set kata.path.`,
          fix,
        )
        .then((a) => {
          if (a === fix) vscode.commands.executeCommand("workbench.action.openSettings", "kata.path");
        });
      try {
        await c.dispose();
      } catch {
        /* already stopped */
      }
      throw e;
    }
    client = c;
    const info = c.initializeResult?.serverInfo;
    log(`started ${info?.name ?? "kata"} ${info?.version ?? ""}`);
    scheduleRefresh(0);
  })();
  try {
    await starting;
  } finally {
    starting = undefined;
  }
}

async function stopClient(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.stop();
}

async function needClient(): Promise<LanguageClient> {
  if (!client) await startClient();
  if (!client) throw new Error("the kata language server is not running");
  return client;
}

function errorText(e: unknown): string {
  if (e && typeof e === "object" && "message" in e) return String((e as { message: unknown }).message);
  return String(e);
}

async function openUri(uri: string | null | undefined) {
  if (!uri) return;
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  await vscode.window.showTextDocument(doc);
}

// ---------------------------------------------------------------------
// Commands
// ---------------------------------------------------------------------

async function listKatas(): Promise<KataEntry[]> {
  const c = await needClient();
  return c.sendRequest<KataEntry[]>(Requests.list, {});
}

async function startKata(id?: string): Promise<StartResult | undefined> {
  const c = await needClient();
  if (!id) {
    const katas = await listKatas();
    const pick = await vscode.window.showQuickPick(
      katas.filter((k) => k.status !== "solved").map(listItem),
      { title: "Start a kata", matchOnDescription: true, matchOnDetail: true },
    );
    if (!pick) return undefined;
    id = pick.id;
  }
  const result = await c.sendRequest<StartResult>(Requests.start, { id });
  await openUri(result.uri);
  vscode.window.showInformationMessage(
    result.created
      ? `kata: started ${result.id}. Read the prompt (Kata: Open the prompt); tests run on save.`
      : `kata: ${result.id} was already started; nothing was overwritten.`,
  );
  scheduleRefresh(0);
  return result;
}

async function listCommand() {
  const katas = await listKatas();
  const pick = await vscode.window.showQuickPick(katas.map(listItem), {
    title: "Katas (pick one to open or start it)",
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!pick) return;
  const k = katas.find((x) => x.id === pick.id);
  if (k?.uri) await openUri(k.uri);
  else await startKata(pick.id);
}

/** Runs a `kata.server.*` command on the kata of `arg` / the active editor. */
async function serverCommand(command: string, arg?: unknown, optionalUri = false): Promise<unknown> {
  const c = await needClient();
  const uri = targetUri(arg);
  if (!uri && !optionalUri) {
    vscode.window.showWarningMessage("kata: open a file of a started kata first (Kata: Start a kata…).");
    return undefined;
  }
  const result = await c.sendRequest(ExecuteCommandRequest.type, {
    command,
    arguments: uri ? [uri.toString()] : [],
  });
  scheduleRefresh(200);
  return result;
}

async function statusCommand(arg?: unknown) {
  const s = await fetchStatus(targetUri(arg));
  if (!s) {
    vscode.window.showWarningMessage("kata: open a file of a started kata first.");
    return;
  }
  const actions = ["Next hint", "Run tests", "Open prompt"];
  const a = await vscode.window.showInformationMessage(statusBarText(s).replace(/\$\([^)]*\)\s*/g, ""), {
    detail: statusTooltip(s),
    modal: false,
  }, ...actions);
  if (a === actions[0]) await vscode.commands.executeCommand("kata.hint");
  if (a === actions[1]) await vscode.commands.executeCommand("kata.runTests");
  if (a === actions[2]) await vscode.commands.executeCommand("kata.openPrompt");
}

function guarded<T extends unknown[]>(name: string, fn: (...args: T) => Promise<unknown>) {
  return async (...args: T) => {
    try {
      return await fn(...args);
    } catch (e) {
      log(`${name}: ${errorText(e)}`);
      vscode.window.showErrorMessage(`kata: ${errorText(e)}`);
      return undefined;
    }
  };
}

// ---------------------------------------------------------------------
// Status bar
// ---------------------------------------------------------------------

async function fetchStatus(uri?: vscode.Uri): Promise<StatusResult | undefined> {
  if (!client || client.state !== State.Running) return undefined;
  uri ??= targetUri();
  if (!uri || !kataOfPath(uri.fsPath)) return undefined;
  try {
    return await client.sendRequest<StatusResult>(Requests.status, { uri: uri.toString() });
  } catch (e) {
    log(`kata/status: ${errorText(e)}`);
    return undefined;
  }
}

async function refreshStatus() {
  const doc = vscode.window.activeTextEditor?.document;
  const uri = doc && doc.uri.scheme === "file" && kataOfPath(doc.uri.fsPath) ? doc.uri : undefined;
  const s = uri ? await fetchStatus(uri) : undefined;
  lastStatus = s;
  if (!s) {
    statusItem.hide();
  } else {
    statusItem.text = statusBarText(s);
    statusItem.tooltip = statusTooltip(s);
    statusItem.command = "kata.status";
    statusItem.backgroundColor =
      s.tests.lastRun && (s.tests.lastRun.failed > 0 || s.tests.lastRun.buildErrors > 0)
        ? new vscode.ThemeColor("statusBarItem.warningBackground")
        : undefined;
    statusItem.show();
  }
  // While tests run, ask again until they finish.
  if (pollTimer) clearTimeout(pollTimer);
  pollTimer = s?.tests.running ? setTimeout(() => void refreshStatus(), 1000) : undefined;
  scheduleDump();
}

function scheduleRefresh(ms: number) {
  if (refreshTimer) clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => void refreshStatus(), ms);
}

// ---------------------------------------------------------------------
// Test support: KATA_VSCODE_DUMP=<file> makes the extension write what the
// learner sees (kata diagnostics, status bar) to <file> as JSON.
// ---------------------------------------------------------------------

function scheduleDump() {
  const file = process.env.KATA_VSCODE_DUMP;
  if (!file) return;
  if (dumpTimer) clearTimeout(dumpTimer);
  dumpTimer = setTimeout(() => {
    const diagnostics = vscode.languages
      .getDiagnostics()
      .flatMap(([uri, ds]) =>
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
    const dump = {
      at: Date.now(),
      clientState: client ? State[client.state] : "none",
      server: client?.initializeResult?.serverInfo ?? null,
      statusBar: statusItem?.text ?? "",
      status: lastStatus ?? null,
      diagnostics,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" },
      kataPath: config().get<string>("path") ?? null,
    };
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file + ".tmp", JSON.stringify(dump, null, 2));
      fs.renameSync(file + ".tmp", file);
    } catch (e) {
      log(`dump: ${errorText(e)}`);
    }
  }, 100);
}

// ---------------------------------------------------------------------

/** `Kata: Check this machine`: what `kata doctor` says (the protections
 * around learner code, cargo, the workspace, the pack), in the output. */
async function doctorCommand(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const command = resolveBinary(config().get<string>("path"), folder);
  const cwd = knownWorkspaces()[0] ?? folder;
  const text = await new Promise<string>((resolve) => {
    childProcess.execFile(command, ["doctor"], { cwd, timeout: 20000 }, (err, stdout, stderr) => {
      resolve(err && !stdout ? `kata doctor failed: ${err.message}\n${stderr}` : stdout + stderr);
    });
  });
  output.appendLine("kata doctor:");
  for (const line of text.trimEnd().split("\n")) output.appendLine(`  ${line}`);
  output.show(true);
}

export async function activate(context: vscode.ExtensionContext): Promise<KataApi> {
  output = vscode.window.createOutputChannel("kata");
  statusItem = vscode.window.createStatusBarItem("kata.status", vscode.StatusBarAlignment.Left, 10);
  statusItem.name = "kata";
  context.subscriptions.push(output, statusItem);

  const reg = (id: string, fn: (...args: any[]) => Promise<unknown>) =>
    context.subscriptions.push(vscode.commands.registerCommand(id, guarded(id, fn)));
  reg("kata.list", listCommand);
  reg("kata.start", (id?: string) => startKata(typeof id === "string" ? id : undefined));
  reg("kata.startNext", (arg?: unknown) => serverCommand(ServerCommands.startNext, arg, true));
  reg("kata.hint", (arg?: unknown) => serverCommand(ServerCommands.hint, arg));
  reg("kata.runTests", (arg?: unknown) => serverCommand(ServerCommands.runTests, arg));
  reg("kata.reset", (arg?: unknown) => serverCommand(ServerCommands.reset, arg));
  reg("kata.revealSolution", (arg?: unknown) => serverCommand(ServerCommands.revealSolution, arg));
  reg("kata.openPrompt", (arg?: unknown) => serverCommand(ServerCommands.openPrompt, arg));
  reg("kata.status", statusCommand);
  reg("kata.restartServer", async () => {
    await stopClient();
    await startClient();
  });
  reg("kata.showOutput", async () => output.show(true));
  reg("kata.doctor", doctorCommand);

  const maybeStart = () => {
    if (!client && !starting && shouldStart()) startClient().catch(() => undefined);
  };
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((d) => {
      if (d.languageId === "rust" && d.uri.scheme === "file" && isKataPath(d.uri.fsPath)) maybeStart();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(maybeStart),
    vscode.window.onDidChangeActiveTextEditor(() => scheduleRefresh(50)),
    vscode.workspace.onDidSaveTextDocument((d) => {
      if (d.uri.scheme === "file" && kataOfPath(d.uri.fsPath)) scheduleRefresh(300);
    }),
    vscode.languages.onDidChangeDiagnostics(() => {
      scheduleRefresh(300);
      scheduleDump();
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration("kata")) return;
      if (e.affectsConfiguration("kata.path")) {
        await stopClient();
        maybeStart();
        return;
      }
      client?.sendNotification(DidChangeConfigurationNotification.type, {
        settings: { kata: currentSettings() },
      });
    }),
    { dispose: () => void stopClient() },
  );

  let readyResolve!: () => void;
  let readyReject!: (e: unknown) => void;
  const ready = new Promise<void>((res, rej) => {
    readyResolve = res;
    readyReject = rej;
  });
  ready.catch(() => undefined);
  if (shouldStart()) {
    startClient().then(readyResolve, readyReject);
  } else {
    const sub = vscode.workspace.onDidOpenTextDocument(() => {
      if (client) {
        sub.dispose();
        readyResolve();
      } else if (starting) {
        sub.dispose();
        starting.then(readyResolve, readyReject);
      }
    });
    context.subscriptions.push(sub);
  }
  scheduleDump();

  return {
    ready: () => ready,
    client: () => client,
    status: (uri) => fetchStatus(uri),
    diagnostics: (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === "kata"),
    statusBarText: () => statusItem.text,
  };
}

export async function deactivate(): Promise<void> {
  if (pollTimer) clearTimeout(pollTimer);
  if (refreshTimer) clearTimeout(refreshTimer);
  await stopClient();
}
