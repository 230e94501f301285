// The language client: starts `kata lsp` (after checking the binary runs,
// so a missing one gives exactly one message), asks the server to push
// statuses (`kata/statusChanged`), makes its questions modal, and reports
// its health to the status bar.

import * as childProcess from "child_process";
import * as path from "path";
import * as vscode from "vscode";
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  LanguageClientOptions,
  MessageActionItem,
  MessageType,
  RevealOutputChannelOn,
  ServerOptions,
  ShowMessageRequest,
  ShowMessageRequestParams,
  State,
  StaticFeature,
} from "vscode-languageclient/node";
import { Health, findWorkspaces, missingBinaryMessage, resolveBinary, settingsFrom, workspaceOfPath } from "./kata";
import { STATUS_NOTIFICATION_CAPABILITY, StatusChangedNotification, StatusResult } from "./protocol";


/** An error the user was told about already: commands show nothing more. */
export class ReportedError extends Error {}

export function config() {
  return vscode.workspace.getConfiguration("kata");
}

export function currentSettings() {
  const c = config();
  return settingsFrom((key, dflt) => c.get(key, dflt));
}

export function binary(): string {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  return resolveBinary(config().get<string>("path"), folder);
}

/** The practice workspaces of the open folders and documents. */
export function knownWorkspaces(): string[] {
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

/** Asks the server for `kata/statusChanged`. */
const statusNotification: StaticFeature = {
  fillClientCapabilities(caps) {
    caps.experimental = { ...(caps.experimental ?? {}), [STATUS_NOTIFICATION_CAPABILITY]: true };
  },
  initialize() {},
  getState: () => ({ kind: "static" }),
  clear() {},
};

/** Whether `command --version` runs; the reason when it does not. */
function probeBinary(command: string, cwd?: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    childProcess.execFile(command, ["--version"], { cwd, timeout: 20000 }, (err) => {
      const code = (err as NodeJS.ErrnoException | null)?.code;
      if (code === "ENOENT") resolve("not found");
      else if (code === "EACCES") resolve("not executable");
      else resolve(undefined);
    });
  });
}

export class KataClient implements vscode.Disposable {
  client: LanguageClient | undefined;
  health: Health = "stopped";
  /** Why the server is not running, once the user was told. */
  problem: string | undefined;
  private starting: Promise<void> | undefined;
  private readonly healthChanged = new vscode.EventEmitter<Health>();
  readonly onDidChangeHealth = this.healthChanged.event;

  constructor(
    private readonly output: vscode.OutputChannel,
    private readonly onStatus: (s: StatusResult) => void,
    private readonly docsUri: vscode.Uri,
  ) {}

  log(line: string) {
    this.output.appendLine(`[${new Date().toISOString()}] ${line}`);
  }

  private setHealth(h: Health) {
    this.health = h;
    vscode.commands.executeCommand("setContext", "kata.active", h === "running");
    this.healthChanged.fire(h);
  }

  /** Starts the server once; a failure is told once and remembered until
   * `kata.path` changes or the user restarts the server. */
  async start(): Promise<void> {
    if (this.client) return;
    if (this.health === "missing-binary" || this.health === "failed") throw new ReportedError(this.problem);
    this.starting ??= this.doStart().finally(() => (this.starting = undefined));
    return this.starting;
  }

  private async doStart(): Promise<void> {
    this.setHealth("starting");
    const command = binary();
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    const cwd = knownWorkspaces()[0] ?? folder;
    const missing = await probeBinary(command, cwd);
    if (missing) {
      this.problem = missingBinaryMessage(command, config().get<string>("path"), missing);
      this.log(`${command}: ${missing}`);
      this.setHealth("missing-binary");
      this.showProblem();
      throw new ReportedError(this.problem);
    }
    const serverOptions: ServerOptions = { command, args: ["lsp"], options: cwd ? { cwd } : {} };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [{ scheme: "file", language: "rust" }],
      initializationOptions: currentSettings(),
      outputChannel: this.output,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      // The root the server uses to find the practice workspace when no
      // folder is open: the workspace of the first kata file.
      workspaceFolder:
        vscode.workspace.workspaceFolders?.[0] ??
        (cwd ? { uri: vscode.Uri.file(cwd), name: path.basename(cwd), index: 0 } : undefined),
    };
    const c = new LanguageClient("kata", "kata", serverOptions, clientOptions);
    c.registerFeature(statusNotification);
    // Registered before `start`: the first statuses come with the first didOpens.
    c.onNotification(StatusChangedNotification, (s) => this.onStatus(s));
    // The server's questions (reset, reveal) block like VS Code's own.
    c.onRequest(ShowMessageRequest.type, (p: ShowMessageRequestParams) => askModally(p));
    // The client restarts a crashed server by itself: follow its state,
    // keep the client (only `stop` drops it).
    c.onDidChangeState((e) => {
      if (this.client !== c) return;
      if (e.newState === State.Running) this.setHealth("running");
      else if (e.newState === State.Starting) this.setHealth("starting");
      else this.setHealth("stopped");
    });
    this.log(`starting ${command} lsp (cwd ${cwd ?? "-"})`);
    try {
      await c.start();
    } catch (e) {
      this.problem = `kata: the language server \`${command} lsp\` failed to start: ${errorText(e)}. Its log: Kata: Show the language server's log.`;
      this.log(this.problem);
      this.setHealth("failed");
      this.showProblem();
      c.dispose().catch(() => undefined);
      throw new ReportedError(this.problem);
    }
    this.client = c;
    const info = c.initializeResult?.serverInfo;
    this.log(`started ${info?.name ?? "kata"} ${info?.version ?? ""}`);
    this.setHealth("running");
  }

  /** The message of a failed start, with its buttons (shown once per failure,
   * and again when the user clicks the status bar item). */
  showProblem() {
    if (!this.problem) return;
    const docs = "Open the install guide";
    const settings = "Set kata.path";
    vscode.window.showErrorMessage(this.problem, docs, settings).then((a) => {
      if (a === docs) vscode.commands.executeCommand("markdown.showPreview", this.docsUri);
      if (a === settings) vscode.commands.executeCommand("workbench.action.openSettings", "kata.path");
    });
  }

  async stop(): Promise<void> {
    const c = this.client;
    this.client = undefined;
    if (c) await c.stop().catch(() => undefined);
    this.problem = undefined;
    this.setHealth("stopped");
  }

  /** Forgets a failure (the user changed `kata.path` or asked for a restart). */
  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  async need(): Promise<LanguageClient> {
    await this.start();
    if (!this.client) throw new Error("the kata language server is not running");
    return this.client;
  }

  sendSettings() {
    this.client?.sendNotification(DidChangeConfigurationNotification.type, {
      settings: { kata: currentSettings() },
    });
  }

  dispose() {
    void this.stop();
    this.healthChanged.dispose();
  }
}

async function askModally(p: ShowMessageRequestParams): Promise<MessageActionItem | null> {
  // A modal dialog has its own Cancel button.
  const actions = (p.actions ?? []).filter((a) => a.title !== "Cancel");
  const show =
    p.type === MessageType.Error
      ? vscode.window.showErrorMessage
      : p.type === MessageType.Warning
        ? vscode.window.showWarningMessage
        : vscode.window.showInformationMessage;
  const picked = await show(p.message, { modal: true }, ...actions.map((a) => a.title));
  return actions.find((a) => a.title === picked) ?? null;
}

export function errorText(e: unknown): string {
  if (e && typeof e === "object" && "message" in e) return String((e as { message: unknown }).message);
  return String(e);
}
