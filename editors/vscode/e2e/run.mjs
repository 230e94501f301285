// End-to-end test of the kata extension in real VS Code: code-server (VS Code
// in the browser, offline) with the packaged extension installed, driven by
// headless Chromium through playwright-core.
//
//   KATA_BIN=... VSIX=... CODE_SERVER_NODE=<node 24> node e2e/run.mjs
//
// Environment:
//   KATA_BIN          the kata binary (default: <repo>/target/debug/kata)
//   VSIX              the packaged extension (default: ../kata.vsix)
//   CODE_SERVER_NODE  node binary that runs code-server (default: `node`)
//   CHROMIUM          browser (default: /usr/bin/chromium)
//   KATA_E2E_ARTIFACTS  where screenshots and logs go (default: a temp dir;
//                     scripts/test-editors.sh uses target/e2e-screenshots)
//
// Prints one line per check and "N passed, M failed"; exits 1 on failure.

import { spawn, execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const repo = path.resolve(here, "../../..");
const KATA = path.resolve(process.env.KATA_BIN || path.join(repo, "target/debug/kata"));
const VSIX = path.resolve(process.env.VSIX || path.join(here, "../kata.vsix"));
const NODE = process.env.CODE_SERVER_NODE || process.execPath;
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const CODE_SERVER = path.join(path.dirname(require.resolve("code-server/package.json")), "out/node/entry.js");
const { chromium } = require("playwright-core");

const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "kata-vscode-e2e-")));
const ART = process.env.KATA_E2E_ARTIFACTS ? path.resolve(process.env.KATA_E2E_ARTIFACTS) : path.join(tmp, "artifacts");
fs.mkdirSync(ART, { recursive: true });
const WS = path.join(tmp, "dojo");
const LIB = path.join(WS, "pair-sum/src/lib.rs");
const DUMP = path.join(tmp, "dump.json");
const USER_DATA = path.join(tmp, "user-data");
const EXTENSIONS = path.join(tmp, "extensions");
const HOME = path.join(tmp, "home");

let passed = 0;
let failed = 0;
let stop = false;
const results = [];

async function check(name, fn) {
  if (stop) {
    failed++;
    console.log(`SKIP ${name} (an earlier step failed)`);
    return;
  }
  const start = Date.now();
  try {
    await fn();
    passed++;
    console.log(`ok   ${name} (${Date.now() - start} ms)`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name} (${Date.now() - start} ms)\n  ${String(e?.stack || e).split("\n").slice(0, 4).join("\n  ")}`);
    results.push(name);
    await shot(`fail-${results.length}`);
  }
}

/** A step the later ones need: a failure stops the run. */
async function step(name, fn) {
  const before = failed;
  await check(name, fn);
  if (failed > before) stop = true;
}

async function waitFor(what, fn, ms = 30000, every = 250) {
  const start = Date.now();
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() - start > ms) throw new Error(`timed out after ${ms} ms waiting for ${what} (last: ${String(last)})`);
    await new Promise((r) => setTimeout(r, every));
  }
}

function dump() {
  try {
    return JSON.parse(fs.readFileSync(DUMP, "utf8"));
  } catch {
    return undefined;
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

const env = {
  ...process.env,
  HOME,
  XDG_CONFIG_HOME: path.join(HOME, ".config"),
  XDG_DATA_HOME: path.join(HOME, ".local/share"),
  XDG_CACHE_HOME: path.join(HOME, ".cache"),
  KATA_VSCODE_DUMP: DUMP,
  // The Rust toolchain stays the machine's.
  CARGO_HOME: process.env.CARGO_HOME || path.join(os.homedir(), ".cargo"),
  RUSTUP_HOME: process.env.RUSTUP_HOME || path.join(os.homedir(), ".rustup"),
};
delete env.CARGO_TARGET_DIR;

let server;
let browser;
let page;
let serverLog = "";

async function shot(name) {
  if (!page) return;
  try {
    await page.screenshot({ path: path.join(ART, `${name}.png`) });
  } catch {
    /* the page is gone */
  }
}

async function palette(command) {
  await page.keyboard.press("F1");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor({ state: "visible", timeout: 10000 });
  await input.fill(">" + command);
  // The palette opens on the recently used commands and filters a moment
  // later: on a loaded machine Enter on the first row may still run the
  // last command (a restart instead of a reset). Wait until the first row
  // is the one asked for (or, for a command whose row reads differently,
  // until the filter has had its time).
  const first = page.locator(".quick-input-list .monaco-list-row").first();
  await first.waitFor({ timeout: 10000 });
  await waitFor(`the palette to offer ${command}`, async () => (await first.innerText()).includes(command), 5000).catch(() => {});
  await page.waitForTimeout(300);
  await page.keyboard.press("Enter");
}

async function statusBarText() {
  return (await page.locator("#kata\\.status, .statusbar-item[id*='kata']").allInnerTexts()).join(" ");
}

try {
  await step("practice workspace created with kata init + kata start pair-sum", async () => {
    execFileSync(KATA, ["init", WS], { stdio: "pipe" });
    execFileSync(KATA, ["start", "pair-sum"], { cwd: WS, stdio: "pipe" });
    if (!fs.existsSync(LIB)) throw new Error(`${LIB} missing`);
    const settings = {
      "kata.path": KATA,
      "workbench.startupEditor": "none",
      "security.workspace.trust.enabled": false,
      "telemetry.telemetryLevel": "off",
      "extensions.autoUpdate": false,
      "extensions.autoCheckUpdates": false,
      "update.mode": "none",
      "workbench.tips.enabled": false,
      "workbench.enableExperiments": false,
      "editor.minimap.enabled": false,
      "files.autoSave": "off",
      "window.restoreWindows": "none",
      "chat.disableAIFeatures": true,
    };
    fs.mkdirSync(path.join(USER_DATA, "User"), { recursive: true });
    fs.mkdirSync(HOME, { recursive: true });
    // VS Code takes the extension host's environment from a login shell of
    // $HOME: keep cargo (and the kata binary's directory) on its PATH.
    const cargo = execFileSync("sh", ["-c", "command -v cargo"], { encoding: "utf8" }).trim();
    const dirs = [path.dirname(cargo), path.dirname(KATA)].map((d) => `'${d}'`).join(":");
    const profile = `export PATH=${dirs}:"$PATH"\n`;
    for (const f of [".profile", ".bashrc", ".bash_profile", ".zshrc"]) fs.writeFileSync(path.join(HOME, f), profile);
    fs.writeFileSync(path.join(USER_DATA, "User/settings.json"), JSON.stringify(settings, null, 2));
    // kata.path is machine-scoped: a remote window (code-server is one) reads
    // it from the machine's settings.
    fs.mkdirSync(path.join(USER_DATA, "Machine"), { recursive: true });
    fs.writeFileSync(path.join(USER_DATA, "Machine/settings.json"), JSON.stringify({ "kata.path": KATA }, null, 2));
  });

  await step("the packaged extension installs into code-server", async () => {
    if (!fs.existsSync(VSIX)) throw new Error(`${VSIX} missing (npm run package)`);
    const out = execFileSync(
      NODE,
      [CODE_SERVER, "--user-data-dir", USER_DATA, "--extensions-dir", EXTENSIONS, "--install-extension", VSIX],
      { env, encoding: "utf8", timeout: 120000 },
    );
    if (!/successfully installed/i.test(out)) throw new Error(`unexpected output: ${out}`);
    const installed = fs.readdirSync(EXTENSIONS).filter((d) => d.startsWith("kata-trainer.kata"));
    if (installed.length !== 1) throw new Error(`extensions dir holds ${fs.readdirSync(EXTENSIONS)}`);
  });

  const port = await freePort();
  await step("code-server starts", async () => {
    server = spawn(
      NODE,
      [
        CODE_SERVER,
        "--auth", "none",
        "--bind-addr", `127.0.0.1:${port}`,
        "--user-data-dir", USER_DATA,
        "--extensions-dir", EXTENSIONS,
        "--disable-telemetry",
        "--disable-update-check",
        "--disable-workspace-trust",
        "--disable-getting-started-override",
        "--ignore-last-opened",
        WS,
      ],
      { env, stdio: ["ignore", "pipe", "pipe"], detached: true },
    );
    server.stdout.on("data", (d) => (serverLog += d));
    server.stderr.on("data", (d) => (serverLog += d));
    await waitFor("code-server to listen", async () => {
      if (server.exitCode !== null) throw new Error(`code-server exited ${server.exitCode}: ${serverLog}`);
      const r = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined);
      return r?.ok;
    }, 60000);
  });

  await step("VS Code loads in headless Chromium", async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    page = await context.newPage();
    page.on("pageerror", (e) => (serverLog += `\n[page error] ${e.message}`));
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(WS)}`, { timeout: 60000 });
    await page.locator(".monaco-workbench").waitFor({ timeout: 90000 });
    await page.locator(".explorer-folders-view, .explorer-viewlet").first().waitFor({ timeout: 90000 });
  });

  await step("the extension activates and starts kata lsp (workspaceContains:.kata)", async () => {
    const d = await waitFor("the extension's dump with a running client", () => {
      const x = dump();
      return x && x.clientState === "Running" && x;
    }, 120000);
    if (d.server?.name !== "kata") throw new Error(`server info: ${JSON.stringify(d.server)}`);
  });

  await step("opening src/lib.rs shows the kata in the status bar", async () => {
    await page.locator(".monaco-workbench").click({ position: { x: 700, y: 400 } }).catch(() => undefined);
    await palette("Go to File");
    await page.keyboard.type("pair-sum/src/lib.rs");
    await page.locator(".quick-input-list .monaco-list-row").first().waitFor({ timeout: 15000 });
    await page.waitForTimeout(500);
    await page.keyboard.press("Enter");
    await page.locator(".monaco-editor .view-lines").first().waitFor({ timeout: 30000 });
    await waitFor("the editor to show pair_sum", async () =>
      (await page.locator(".monaco-editor .view-lines").first().innerText()).includes("pair_sum"),
    );
    const text = await waitFor("the kata status bar item", async () => {
      const t = await statusBarText();
      return t.includes("pair-sum") && t;
    }, 60000);
    if (!/save to run the tests/.test(text)) throw new Error(`status bar: ${text}`);
    await shot("opened");
  });

  await check("the Katas view lists the katas by difficulty and topic; clicking one opens it with its prompt", async () => {
    await page.locator(".activitybar .action-item a[aria-label^='Kata']").first().click();
    const view = page.locator(".pane-body .monaco-list").filter({ hasText: "Easy" }).first();
    await view.waitFor({ timeout: 30000 });
    const d = await waitFor("the catalogue in the dump", () => {
      const x = dump();
      return x?.katas?.length >= 10 && x;
    }, 30000);
    if (!d.katas.some((k) => k.id === "pair-sum" && k.status === "started")) throw new Error(`katas: ${JSON.stringify(d.katas)}`);
    const text = await view.innerText();
    if (!/Easy/.test(text) || !/Medium|Hard/.test(text)) throw new Error(`view: ${text}`);
    await view.locator(".monaco-list-row", { hasText: /^hash-set/ }).first().click();
    const row = view.locator(".monaco-list-row", { hasText: "pair-sum" }).first();
    await row.waitFor({ timeout: 15000 });
    await row.click();
    await waitFor("the prompt panel of pair-sum", () => dump()?.prompt?.kata === "pair-sum", 30000);
    await page.locator(".tab", { hasText: "Kata: pair-sum" }).first().waitFor({ timeout: 15000 });
    await shot("katas-view");
  });

  await check("typing a syntax error shows a kata diagnostic in the Problems panel", async () => {
    await page.locator(".monaco-editor .view-lines").first().click();
    await page.keyboard.press("Control+End");
    await page.keyboard.press("Enter");
    await page.keyboard.type("fn broken( {", { delay: 20 });
    const d = await waitFor("a syntax/ diagnostic in the extension's dump", () => {
      const x = dump();
      return x?.diagnostics.find((g) => g.file === LIB && String(g.code).startsWith("syntax/"));
    }, 60000);
    if (d.severity !== "Error") throw new Error(`severity ${d.severity}`);
    await palette("View: Focus Problems");
    const panel = page.locator(".markers-panel");
    await panel.waitFor({ timeout: 15000 });
    const text = await waitFor("the Problems panel to list the kata diagnostic", async () => {
      const t = await panel.innerText();
      return t.includes("kata") && t.includes(d.message.slice(0, 20)) && t;
    }, 30000);
    if (!text.includes("lib.rs")) throw new Error(`problems panel: ${text}`);
    await shot("problems");
  });

  await check("Kata: Show the next hint shows hint 1", async () => {
    await page.locator(".monaco-editor .view-lines").first().click();
    await palette("Kata: Show the next hint");
    const toast = await waitFor("the hint notification", async () => {
      const t = (await page.locator(".notifications-toasts").allInnerTexts()).join("\n");
      return t.includes("hint 1/") && t;
    }, 30000);
    if (!toast.includes("pair-sum")) throw new Error(`notification: ${toast}`);
    const progress = JSON.parse(fs.readFileSync(path.join(WS, ".kata/progress.json"), "utf8"));
    if (!JSON.stringify(progress).includes('"hints_shown":1')) throw new Error(`progress: ${JSON.stringify(progress)}`);
    await shot("hint");
  });

  await check("saving runs cargo: the status bar reports the broken build", async () => {
    await page.locator(".monaco-editor .view-lines").first().click();
    await page.keyboard.press("Control+S");
    await waitFor("the file to be saved", () => fs.readFileSync(LIB, "utf8").includes("fn broken("), 15000);
    const text = await waitFor("the status bar to report the build", async () => {
      const t = await statusBarText();
      return /does not compile|tests/.test(t) && !/testing|save to run/.test(t) && t;
    }, 240000, 1000);
    if (!text.includes("does not compile")) throw new Error(`status bar: ${text}`);
    const d = dump();
    if (!d.diagnostics.some((g) => String(g.code).startsWith("build/") || String(g.code).startsWith("syntax/")))
      throw new Error(`diagnostics: ${JSON.stringify(d.diagnostics)}`);
    await shot("saved");
  });

  await check("fixing the code and saving runs the tests: failures in the status bar and as diagnostics", async () => {
    await page.locator(".monaco-editor .view-lines").first().click();
    await page.keyboard.press("Control+End");
    await page.keyboard.press("Control+Shift+K");
    await page.keyboard.press("Control+S");
    await waitFor("the fix to be saved", () => !fs.readFileSync(LIB, "utf8").includes("broken"), 15000);
    const text = await waitFor("the status bar to count the tests", async () => {
      const t = await statusBarText();
      return /\d+\/\d+ tests/.test(t) && t;
    }, 240000, 1000);
    const m = /(\d+)\/(\d+) tests/.exec(text);
    if (m[1] !== "0" || Number(m[2]) < 5) throw new Error(`status bar: ${text}`);
    const d = await waitFor("failing-test diagnostics", () => {
      const x = dump();
      return x?.diagnostics.some((g) => /failed/.test(g.message) && g.code && !String(g.code).startsWith("syntax/")) && x;
    }, 30000);
    if (d.diagnostics.some((g) => String(g.code).startsWith("syntax/"))) throw new Error("syntax diagnostics remain");
    // The Testing view has one item per test, the failures among them.
    const t = await waitFor("the failures in the Testing view", () => dump()?.tests?.find((x) => x.kata === "pair-sum" && x.failed > 0), 30000);
    // Each on its `fn`, with a gutter icon to run it.
    if (t.failed !== Number(m[2]) || t.placed !== Number(m[2])) throw new Error(`testing view: ${JSON.stringify(t)}`);
    await shot("tests");
  });

  await check("an O(n²) solution: every test passes, but too slow, with the measured growth in the prompt", async () => {
    // The naive solution, written while the editor holds the saved file.
    fs.writeFileSync(LIB, fs.readFileSync(path.join(repo, "katas/pair-sum/solution/naive.rs"), "utf8"));
    await waitFor("the editor to reload the file", async () =>
      (await page.locator(".monaco-editor .view-lines").first().innerText()).includes("checked_add(nums[j])"),
    );
    await palette("Kata: Run the tests");
    const d = await waitFor("a finished run with a measurement", () => {
      const x = dump();
      const s = x?.status;
      return s && !s.tests.running && s.outcome?.measurement?.state === "measured" && s.outcome.id === "pair-sum" && s.tests.lastRun && x;
    }, 300000, 1000);
    const s = d.status;
    // A loaded machine may leave the measurement inconclusive; it is never solved by a quadratic.
    if (s.tests.lastRun.solved) throw new Error(`the naive solution was called solved: ${s.tests.lastRun.summary}`);
    if (s.tests.lastRun.failed !== 0) throw new Error(`tests: ${s.tests.lastRun.summary}`);
    await palette("Kata: Open the prompt");
    await waitFor("the chart in the prompt panel", () => dump()?.prompt?.hasChart, 30000);
    await page.waitForTimeout(1000);
    await shot("too-slow-prompt-chart");
  });

  await check("a solved run: the status bar says solved and the prompt panel shows the growth chart", async () => {
    // The reference solution, written while the editor holds the saved file.
    fs.writeFileSync(LIB, fs.readFileSync(path.join(repo, "katas/pair-sum/solution/reference.rs"), "utf8"));
    await waitFor("the editor to reload the file", async () =>
      (await page.locator(".monaco-editor .view-lines").first().innerText()).includes("HashSet"),
    );
    await palette("Kata: Run the tests");
    const d = await waitFor("a solved run with a measurement", () => {
      const x = dump();
      const s = x?.status;
      return s && !s.tests.running && s.tests.lastRun?.solved && s.outcome?.measurement?.state === "measured" && x;
    }, 300000, 1000);
    // The status bar is rendered by the workbench a moment after the extension sets it.
    await waitFor("the status bar to say solved", async () => /solved/.test(await statusBarText()), 30000);
    if (!d.tests.some((t) => t.kata === "pair-sum" && t.failed === 0 && t.passed > 0)) throw new Error(`tests: ${JSON.stringify(d.tests)}`);
    await palette("Kata: Open the prompt");
    await waitFor("the chart in the prompt panel", () => dump()?.prompt?.hasChart, 30000);
    await page.locator(".tab", { hasText: "Kata: pair-sum" }).first().waitFor({ timeout: 15000 });
    await page.waitForTimeout(1000);
    await shot("solved-prompt-chart");
  });

  await check("after a restart of the server the last outcome is still shown", async () => {
    await page.locator(".monaco-editor .view-lines").first().click();
    await palette("Kata: Restart the language server");
    await waitFor("the server to restart", () => dump()?.health === "running", 60000);
    const text = await waitFor("the status bar to show the restored outcome", async () => {
      const t = await statusBarText();
      return /solved/.test(t) && t;
    }, 60000);
    if (!text.includes("pair-sum")) throw new Error(`status bar: ${text}`);
  });

  await check("Kata: Reset asks in a modal dialog, then the editor shows the starter at once", async () => {
    const editor = page.locator(".monaco-editor .view-lines").first();
    await editor.click();
    await page.keyboard.press("Control+End");
    await page.keyboard.type("// unsaved junk", { delay: 10 });
    await palette("Kata: Reset to the starter");
    const dialog = page.locator(".monaco-dialog-box");
    await dialog.waitFor({ timeout: 20000 });
    if (!/Reset kata `pair-sum`/.test(await dialog.innerText())) throw new Error(`dialog: ${await dialog.innerText()}`);
    await shot("reset-modal");
    await dialog.locator(".monaco-button", { hasText: /^Reset$/ }).first().click();
    const starter = fs.readFileSync(path.join(repo, "katas/pair-sum/src/lib.rs"), "utf8");
    await waitFor("the starter on disk", () => fs.readFileSync(LIB, "utf8") === starter, 20000);
    await waitFor("the starter on screen, the junk gone", async () => {
      const t = await page.locator(".monaco-editor .view-lines").first().innerText();
      return t.includes("todo!") && !t.includes("junk") && !t.includes("HashSet");
    }, 20000);
    await waitFor("the status cleared", () => {
      const s = dump()?.status;
      return s && s.tests.lastRun === null && !s.outcome;
    }, 20000);
    if (await page.locator(".tab.dirty", { hasText: "lib.rs" }).count()) throw new Error("lib.rs is still dirty");
    await shot("reset");
  });

  await check("clicking a new kata in the Katas view starts it and opens it with its prompt", async () => {
    const view = page.locator(".pane-body .monaco-list").filter({ hasText: "Easy" }).first();
    // The activity bar item toggles the side bar: click it only when the view is hidden.
    if (!(await view.isVisible().catch(() => false)))
      await page.locator(".activitybar .action-item a[aria-label^='Kata']").first().click();
    await view.waitFor({ timeout: 30000 });
    const fresh = await waitFor("a new kata under hash-set", () => {
      const k = dump()?.katas?.find((x) => x.status === "new" && x.difficulty === "easy" && ["notification-fanout", "rollout-flags"].includes(x.id));
      return k?.id;
    }, 30000);
    const row = view.locator(".monaco-list-row", { hasText: fresh }).first();
    if (!(await row.isVisible().catch(() => false))) await view.locator(".monaco-list-row", { hasText: /^hash-set/ }).first().click();
    await row.waitFor({ timeout: 15000 });
    await row.click();
    const lib = path.join(WS, fresh, "src/lib.rs");
    await waitFor(`${fresh} to be started`, () => fs.existsSync(lib), 30000);
    await waitFor(`the prompt panel of ${fresh}`, () => dump()?.prompt?.kata === fresh, 30000);
    await page.locator(".tab", { hasText: `Kata: ${fresh}` }).first().waitFor({ timeout: 15000 });
    await waitFor("the Katas view to say it is started", () => dump()?.katas?.find((x) => x.id === fresh)?.status === "started", 30000);
    await shot("started-from-view");
  });

  await check("without the kata binary: exactly one error message, with the install command", async () => {
    const machine = path.join(USER_DATA, "Machine/settings.json");
    fs.writeFileSync(machine, JSON.stringify({ "kata.path": path.join(tmp, "no-such-kata") }, null, 2));
    try {
      await waitFor("the extension to notice", () => dump()?.health === "missing-binary", 30000);
      const toasts = () =>
        page.locator(".notifications-toasts .notification-toast", { hasText: "could not start" }).count();
      await waitFor("the error message", async () => (await toasts()) === 1, 15000);
      // A command needing the server says nothing more (Escape would hide the toasts).
      await palette("Kata: List katas");
      await page.waitForTimeout(2000);
      const n = await toasts();
      const all = (await page.locator(".notifications-toasts").allInnerTexts()).join("\n");
      if (n !== 1) throw new Error(`${n} messages: ${all}`);
      if (!all.includes("cargo install --locked --path server") || !all.includes("no-such-kata"))
        throw new Error(`message: ${all}`);
      if (!/not installed/.test(await statusBarText())) throw new Error(`status bar: ${await statusBarText()}`);
      await shot("missing-binary");
    } finally {
      // The later steps need the binary back.
      fs.writeFileSync(machine, JSON.stringify({ "kata.path": KATA }, null, 2));
    }
    await waitFor("the server to run again", () => dump()?.health === "running", 60000);
  });

  await check("Kata: Create practice workspace runs kata init and opens the folder", async () => {
    const fresh = path.join(tmp, "new-dojo");
    fs.mkdirSync(fresh, { recursive: true });
    await palette("Kata: Create practice workspace");
    const input = page.locator(".quick-input-widget input");
    await input.waitFor({ state: "visible", timeout: 15000 });
    // The dialog fills in its start folder asynchronously: type after it did.
    await waitFor("the dialog's start folder", async () => (await input.inputValue()).startsWith("/"), 15000);
    await page.waitForTimeout(500);
    await input.fill(fresh + "/");
    await waitFor("the typed folder", async () => (await input.inputValue()) === fresh + "/", 10000);
    await page.waitForTimeout(800);
    await page.keyboard.press("Enter");
    await page.waitForTimeout(800);
    if (await input.isVisible().catch(() => false)) {
      const ok = page.locator(".quick-input-widget .monaco-button", { hasText: "Create the practice workspace here" });
      if (await ok.count()) await ok.first().click();
      else await page.keyboard.press("Enter");
    }
    await waitFor("kata init to create the workspace", () => fs.existsSync(path.join(fresh, ".kata")), 30000);
    await waitFor("the window to open it", async () => decodeURIComponent(page.url()).includes(fresh), 60000);
    await page.locator(".monaco-workbench").waitFor({ timeout: 90000 });
    await page.waitForTimeout(2000);
    await shot("created-workspace");
  });
} catch (e) {
  failed++;
  console.log(`FAIL harness: ${e?.stack || e}`);
} finally {
  await shot("final");
  fs.writeFileSync(path.join(ART, "code-server.log"), serverLog);
  if (browser) await browser.close().catch(() => undefined);
  if (server && server.exitCode === null) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      /* gone */
    }
    await new Promise((r) => setTimeout(r, 1000));
    try {
      process.kill(-server.pid, "SIGKILL");
    } catch {
      /* gone */
    }
  }
  // Every `kata lsp` the run started is a child of code-server's process
  // group, ended above.
  if (failed === 0 && !process.env.KATA_E2E_KEEP) fs.rmSync(tmp, { recursive: true, force: true });
  else console.log(`artifacts: ${ART}`);
  console.log(`vscode e2e: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}
