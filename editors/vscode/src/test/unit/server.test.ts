// The extension's contract with the real server: the requests, commands
// and result shapes the extension relies on, spoken over the same protocol
// library vscode-languageclient uses, against `kata lsp`.
//
// KATA_BIN names the binary (default: ../../target/debug/kata from the
// repository root).
import { test, before, after } from "node:test";
import * as assert from "node:assert/strict";
import * as cp from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
  createProtocolConnection,
  ProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  PublishDiagnosticsParams,
} from "vscode-languageserver-protocol/node";
import { kataOfUri, listItem, settingsFrom, statusBarText } from "../../kata";
import {
  ListRequest,
  Methods,
  STATUS_NOTIFICATION_CAPABILITY,
  ServerCommands,
  StartRequest,
  StatusChangedNotification,
  StatusRequest,
  StatusResult,
} from "../../protocol";

const repo = path.resolve(__dirname, "../../../../..");
const KATA = process.env.KATA_BIN ? path.resolve(process.env.KATA_BIN) : path.join(repo, "target/debug/kata");

let tmp: string;
let ws: string;
let lib: string;
let server: cp.ChildProcess;
let conn: ProtocolConnection;
let stderr = "";
const diagnostics = new Map<string, PublishDiagnosticsParams>();
const messages: string[] = [];
const shown: string[] = [];
const pushed: StatusResult[] = [];
const uri = (p: string) => "file://" + p;

function waitFor<T>(what: string, fn: () => T | undefined, ms = 15000): Promise<T> {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      const v = fn();
      if (v !== undefined && v !== null && (v as unknown) !== false) return resolve(v);
      if (Date.now() - start > ms) return reject(new Error(`timed out waiting for ${what}; server log:\n${stderr}`));
      setTimeout(tick, 25);
    };
    tick();
  });
}

before(async () => {
  assert.ok(fs.existsSync(KATA), `the kata binary ${KATA} exists (build it: cargo build -p kata)`);
  tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "kata-vscode-lsp-")));
  ws = path.join(tmp, "dojo");
  cp.execFileSync(KATA, ["init", ws], { stdio: "pipe" });
  cp.execFileSync(KATA, ["start", "pair-sum"], { cwd: ws, stdio: "pipe" });
  lib = path.join(ws, "pair-sum/src/lib.rs");
  server = cp.spawn(KATA, ["lsp"], { cwd: ws, stdio: ["pipe", "pipe", "pipe"] });
  server.stderr!.on("data", (d) => (stderr += d));
  conn = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  conn.onNotification("textDocument/publishDiagnostics", (p: PublishDiagnosticsParams) => diagnostics.set(p.uri, p));
  conn.onNotification("window/showMessage", (p: { message: string }) => messages.push(p.message));
  conn.onNotification("window/logMessage", () => undefined);
  conn.onNotification(StatusChangedNotification, (s) => pushed.push(s));
  conn.onNotification("$/progress", () => undefined);
  conn.onRequest("window/showMessageRequest", (p: { actions?: { title: string }[] }) => p.actions?.[0] ?? null);
  conn.onRequest("window/showDocument", (p: { uri: string }) => {
    shown.push(p.uri);
    return { success: true };
  });
  conn.onRequest("window/workDoneProgress/create", () => null);
  conn.onRequest("workspace/codeLens/refresh", () => null);
  conn.onRequest("workspace/inlayHint/refresh", () => null);
  conn.listen();
});

after(async () => {
  try {
    await conn.sendRequest("shutdown");
    conn.sendNotification("exit");
  } catch {
    /* the server is gone already */
  }
  await new Promise<void>((resolve) => {
    if (server.exitCode !== null) return resolve();
    const t = setTimeout(() => {
      server.kill("SIGKILL");
      resolve();
    }, 5000);
    server.on("exit", () => {
      clearTimeout(t);
      resolve();
    });
  });
  conn.dispose();
  fs.rmSync(tmp, { recursive: true, force: true });
});

test("initialize: the server announces what the extension uses", async () => {
  const result: any = await conn.sendRequest("initialize", {
    processId: process.pid,
    rootUri: uri(ws),
    workspaceFolders: [{ uri: uri(ws), name: "dojo" }],
    initializationOptions: settingsFrom((_k, d) => d),
    capabilities: {
      general: { positionEncodings: ["utf-16"] },
      window: { workDoneProgress: true, showDocument: { support: true } },
      workspace: { codeLens: { refreshSupport: true } },
      experimental: { [STATUS_NOTIFICATION_CAPABILITY]: true },
    },
  });
  conn.sendNotification("initialized", {});
  assert.equal(result.serverInfo.name, "kata");
  const commands: string[] = result.capabilities.executeCommandProvider.commands;
  for (const c of Object.values(ServerCommands)) assert.ok(commands.includes(c), `server offers ${c}`);
  const announced: string[] = [
    ...(result.capabilities.experimental?.kataRequests ?? []),
    ...(result.capabilities.experimental?.kataNotifications ?? []),
  ];
  assert.deepEqual([...announced].sort(), [...Methods].sort());
});

test("kata/list: entries the quick pick can show", async () => {
  const list = await conn.sendRequest(ListRequest, {});
  assert.ok(list.length >= 10, `a full catalogue, got ${list.length}`);
  const pair = list.find((k) => k.id === "pair-sum");
  assert.ok(pair, "pair-sum is listed");
  assert.equal(pair.status, "started");
  assert.equal(pair.uri, uri(lib));
  assert.equal(pair.hintsShown, 0);
  assert.ok(pair.hintsTotal >= 3);
  assert.match(listItem(pair).detail, /^easy · started · hints 0\/\d+ · /);
});

test("a syntax error while typing becomes a kata diagnostic", async () => {
  const text = fs.readFileSync(lib, "utf8") + "\nfn broken( {\n";
  conn.sendNotification("textDocument/didOpen", {
    textDocument: { uri: uri(lib), languageId: "rust", version: 1, text },
  });
  const p = await waitFor("syntax diagnostics", () => {
    const d = diagnostics.get(uri(lib));
    return d?.diagnostics.some((x) => String(x.code).startsWith("syntax/")) ? d : undefined;
  });
  const d = p.diagnostics.find((x) => String(x.code).startsWith("syntax/"))!;
  assert.equal(d.source, "kata");
  assert.equal(d.severity, 1);
  assert.equal(p.version, 1);
});

test("kata/statusChanged: opening a file says which kata it belongs to", async () => {
  const s = await waitFor("a pushed status", () => pushed.find((x) => x.id === "pair-sum"));
  assert.equal(s.crateUri, uri(path.join(ws, "pair-sum")));
  assert.equal(s.uri, uri(lib));
  assert.equal(kataOfUri(pushed, uri(lib))?.id, "pair-sum");
  assert.equal(kataOfUri(pushed, uri(path.join(ws, "pair-sum/tests/pair_sum.rs")))?.id, "pair-sum");
  assert.equal(kataOfUri(pushed, uri(path.join(ws, "pair-sum-other/src/lib.rs"))), undefined);
});

test("kata/status: the shape the status bar reads", async () => {
  const s = await conn.sendRequest(StatusRequest, { uri: uri(lib) });
  assert.equal(s.id, "pair-sum");
  assert.equal(s.difficulty, "easy");
  assert.equal(s.tests.running, false);
  assert.equal(s.tests.lastRun, null);
  assert.equal(statusBarText(s), "$(beaker) pair-sum: save to run the tests");
  assert.deepEqual(Object.keys(s.hints).sort(), ["shown", "total"]);
  assert.ok(s.targets.some((t) => t.item === "pair_sum" && t.time === "O(n)"));
});

test("kata.server.showHint with the file's URI reveals hint 1", async () => {
  const r: any = await conn.sendRequest("workspace/executeCommand", {
    command: ServerCommands.hint,
    arguments: [uri(lib)],
  });
  assert.equal(r.index, 1);
  assert.ok(typeof r.text === "string" && r.text.length > 10);
  await waitFor("the hint message", () => messages.find((m) => m.includes("hint 1/")));
  await waitFor("the hint in a pushed status", () => pushed.find((x) => x.hints.shown === 1));
  const s = await conn.sendRequest(StatusRequest, { uri: uri(lib) });
  assert.equal(s.hints.shown, 1);
});

test("kata.server.openPrompt opens the README with showDocument", async () => {
  await conn.sendRequest("workspace/executeCommand", { command: ServerCommands.openPrompt, arguments: [uri(lib)] });
  await waitFor("showDocument of README.md", () => shown.find((u) => u.endsWith("/pair-sum/README.md")));
});

test("kata/start scaffolds a kata and returns its file", async () => {
  const r = await conn.sendRequest(StartRequest, { id: "lru-cache" });
  assert.equal(r.id, "lru-cache");
  assert.equal(r.created, true);
  assert.ok(fs.existsSync(new URL(r.uri!).pathname), "src/lib.rs exists");
  await waitFor("lru-cache's status, pushed", () => pushed.find((x) => x.id === "lru-cache"));
  const again = await conn.sendRequest(StartRequest, { id: "lru-cache" });
  assert.equal(again.created, false);
  await assert.rejects(conn.sendRequest(StartRequest, { id: "no-such-kata" }), /no-such-kata/);
});

test("a command without a kata file is a clear error", async () => {
  await assert.rejects(
    conn.sendRequest("workspace/executeCommand", { command: ServerCommands.hint, arguments: [] }),
    /URI/,
  );
});
