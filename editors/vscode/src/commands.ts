// The Kata commands. Each acts on the kata of its argument or of the
// active editor, as the server said (`StatusStore`); a failure shows one
// message, unless it was told already (the missing binary).

import * as childProcess from "child_process";
import * as os from "os";
import * as vscode from "vscode";
import { ExecuteCommandRequest } from "vscode-languageclient/node";
import { KataClient, ReportedError, binary, errorText, knownWorkspaces } from "./client";
import { listItem } from "./kata";
import { PromptPanel } from "./prompt";
import { ListRequest, ServerCommands, StartRequest, StartResult, StatusRequest, StatusResult } from "./protocol";
import { StatusStore, showMenu } from "./status";
import type { KataTreeProvider } from "./views";

export interface Parts {
  client: KataClient;
  store: StatusStore;
  prompt: PromptPanel;
  tree: KataTreeProvider;
  output: vscode.OutputChannel;
}

/** A file of the kata to act on: the argument, else the active editor's,
 * else any open file the server placed in a kata. */
export function targetUri(store: StatusStore, arg?: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === "string" && arg) {
    if (arg.includes("://")) return vscode.Uri.parse(arg);
    const s = store.get(arg);
    if (s?.uri) return vscode.Uri.parse(s.uri);
    return vscode.Uri.file(arg);
  }
  if (arg && typeof arg === "object" && "uri" in arg) return targetUri(store, (arg as { uri: unknown }).uri);
  const active = store.active();
  if (active?.uri) return vscode.Uri.parse(active.uri);
  for (const d of vscode.workspace.textDocuments) {
    const s = store.ofUri(d.uri);
    if (s?.uri) return vscode.Uri.parse(s.uri);
  }
  return undefined;
}

async function openUri(uri: string | null | undefined) {
  if (!uri) return;
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
}

function guarded<T extends unknown[]>(p: Parts, name: string, fn: (...args: T) => Promise<unknown>) {
  return async (...args: T) => {
    try {
      return await fn(...args);
    } catch (e) {
      if (e instanceof ReportedError) return undefined;
      p.client.log(`${name}: ${errorText(e)}`);
      vscode.window.showErrorMessage(`kata: ${errorText(e)}`);
      return undefined;
    }
  };
}

/** The files of a kata open in editors show what is on disk again: after a
 * reset the starter is on screen at once, and saving a stale buffer cannot
 * undo the reset. */
async function reloadKataDocuments(s: StatusResult | undefined) {
  const crate = s?.crateUri?.replace(/\/+$/, "");
  if (!crate) return;
  const previous = vscode.window.activeTextEditor;
  const docs = vscode.workspace.textDocuments.filter((d) => d.uri.toString().startsWith(crate + "/"));
  for (const doc of docs) {
    // `revert` acts on the active editor: show the document where it is.
    const column = vscode.window.visibleTextEditors.find((e) => e.document === doc)?.viewColumn;
    await vscode.window.showTextDocument(doc, { viewColumn: column ?? vscode.ViewColumn.One, preview: false });
    await vscode.commands.executeCommand("workbench.action.files.revert");
  }
  if (previous) await vscode.window.showTextDocument(previous.document, previous.viewColumn);
}

export function registerCommands(context: vscode.ExtensionContext, p: Parts) {
  const { client, store, prompt, tree } = p;

  async function statusOf(uri: vscode.Uri | undefined): Promise<StatusResult | undefined> {
    if (!uri) return undefined;
    const known = store.ofUri(uri);
    if (known) return known;
    const c = await client.need();
    try {
      const s = await c.sendRequest(StatusRequest, { uri: uri.toString() });
      store.update(s);
      return s;
    } catch {
      return undefined;
    }
  }

  async function startKata(id?: string): Promise<StartResult | undefined> {
    const c = await client.need();
    if (!id) {
      const katas = await c.sendRequest(ListRequest, {});
      const pick = await vscode.window.showQuickPick(katas.filter((k) => k.status !== "solved").map(listItem), {
        title: "Start a kata",
        matchOnDescription: true,
        matchOnDetail: true,
      });
      if (!pick) return undefined;
      id = pick.id;
    }
    const result = await c.sendRequest(StartRequest, { id });
    await openUri(result.uri);
    vscode.window.showInformationMessage(
      result.created
        ? `kata: started ${result.id}. Read the prompt (Kata: Open the prompt); tests run on save.`
        : `kata: ${result.id} was already started; nothing was overwritten.`,
    );
    tree.refreshSoon(0);
    return result;
  }

  /** Opens a kata (its `src/lib.rs` and the prompt), starting it first if new. */
  async function openKata(id: string) {
    const c = await client.need();
    const katas = await c.sendRequest(ListRequest, {});
    const k = katas.find((x) => x.id === id);
    if (!k) throw new Error(`there is no kata \`${id}\``);
    if (!k.uri) {
      await startKata(id);
    } else {
      await openUri(k.uri);
    }
    const s = store.get(id) ?? (await statusOf(targetUri(store, id)));
    if (s) await prompt.show(s);
  }

  async function listCommand() {
    const c = await client.need();
    const katas = await c.sendRequest(ListRequest, {});
    const pick = await vscode.window.showQuickPick(katas.map(listItem), {
      title: "Katas (pick one to open or start it)",
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (pick) await openKata(pick.id);
  }

  /** Runs a `kata.server.*` command on the kata of `arg` / the active editor. */
  async function serverCommand(command: string, arg?: unknown, optionalUri = false): Promise<unknown> {
    const c = await client.need();
    const uri = targetUri(store, arg);
    if (!uri && !optionalUri) {
      vscode.window.showWarningMessage("kata: open a file of a started kata first (Kata: Start a kata…).");
      return undefined;
    }
    return c.sendRequest(ExecuteCommandRequest.type, { command, arguments: uri ? [uri.toString()] : [] });
  }

  async function reset(arg?: unknown) {
    const uri = targetUri(store, arg);
    const result = (await serverCommand(ServerCommands.reset, arg)) as { reset?: boolean } | undefined;
    if (result?.reset) await reloadKataDocuments(uri && (await statusOf(uri)));
    return result;
  }

  async function openPrompt(arg?: unknown) {
    const s = await statusOf(targetUri(store, arg));
    if (!s) {
      vscode.window.showWarningMessage("kata: open a file of a started kata first (Kata: Start a kata…).");
      return;
    }
    await prompt.show(s);
  }

  /** `Kata: Create practice workspace`: `kata init DIR`, then open DIR. */
  async function createWorkspace(dir?: string) {
    if (typeof dir !== "string" || !dir) {
      const picked = await vscode.window.showOpenDialog({
        canSelectFolders: true,
        canSelectFiles: false,
        canSelectMany: false,
        defaultUri: vscode.Uri.file(os.homedir()),
        openLabel: "Create the practice workspace here",
        title: "Kata: pick a folder for the practice workspace (kata init)",
      });
      if (!picked?.[0]) return;
      dir = picked[0].fsPath;
    }
    const command = binary();
    const out = await new Promise<string>((resolve, reject) => {
      childProcess.execFile(command, ["init", dir!], { timeout: 60000 }, (err, stdout, stderr) => {
        if (err) {
          const code = (err as NodeJS.ErrnoException).code;
          if (code === "ENOENT") {
            client.showProblem();
            reject(new ReportedError(`${command} not found`));
          } else reject(new Error(`kata init ${dir} failed: ${stderr || err.message}`));
        } else resolve(stdout + stderr);
      });
    });
    client.log(`kata init ${dir}:\n${out}`);
    await vscode.commands.executeCommand("vscode.openFolder", vscode.Uri.file(dir), {
      forceNewWindow: false,
    });
  }

  /** `Kata: Check this machine`: what `kata doctor` says, in the output. */
  async function doctor() {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    const cwd = knownWorkspaces()[0] ?? folder;
    const text = await new Promise<string>((resolve) => {
      childProcess.execFile(binary(), ["doctor"], { cwd, timeout: 20000 }, (err, stdout, stderr) => {
        resolve(err && !stdout ? `kata doctor failed: ${err.message}\n${stderr}` : stdout + stderr);
      });
    });
    p.output.appendLine("kata doctor:");
    for (const line of text.trimEnd().split("\n")) p.output.appendLine(`  ${line}`);
    p.output.show(true);
  }

  const reg = (id: string, fn: (...args: any[]) => Promise<unknown>) =>
    context.subscriptions.push(vscode.commands.registerCommand(id, guarded(p, id, fn)));
  reg("kata.list", listCommand);
  reg("kata.start", (id?: string) => startKata(typeof id === "string" ? id : undefined));
  reg("kata.open", (id: string) => openKata(id));
  reg("kata.startNext", (arg?: unknown) => serverCommand(ServerCommands.startNext, arg, true));
  reg("kata.hint", (arg?: unknown) => serverCommand(ServerCommands.hint, arg));
  reg("kata.runTests", (arg?: unknown) => serverCommand(ServerCommands.runTests, arg));
  reg("kata.reset", reset);
  reg("kata.revealSolution", (arg?: unknown) => serverCommand(ServerCommands.revealSolution, arg));
  reg("kata.openPrompt", openPrompt);
  reg("kata.menu", () => showMenu(client, store));
  reg("kata.status", () => showMenu(client, store));
  reg("kata.createWorkspace", createWorkspace);
  reg("kata.refreshKatas", async () => tree.refresh());
  reg("kata.restartServer", () => client.restart());
  reg("kata.showOutput", async () => p.output.show(true));
  reg("kata.doctor", doctor);
}
