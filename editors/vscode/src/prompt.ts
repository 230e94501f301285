// The prompt panel: a webview beside the code with the kata's README as
// HTML, its status, and the growth chart once measured (`promptHtml.ts`).
// One panel, following the kata it shows; re-rendered when the server
// pushes that kata's status.

import * as vscode from "vscode";
import { promptHtml } from "./promptHtml";
import type { StatusResult } from "./protocol";

export class PromptPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private status: StatusResult | undefined;
  private readme = "";
  /** The last page rendered (for the end-to-end test's dump). */
  html = "";
  private readonly rendered = new vscode.EventEmitter<void>();
  readonly onDidRender = this.rendered.event;

  get kataId(): string | undefined {
    return this.panel ? this.status?.id : undefined;
  }

  async show(s: StatusResult) {
    const crate = s.crateUri ? vscode.Uri.parse(s.crateUri) : undefined;
    this.readme = crate ? await readText(vscode.Uri.joinPath(crate, "README.md")) : "";
    if (!this.readme) this.readme = `# ${s.title}\n\nThe README of \`${s.id}\` is missing: run \`kata start ${s.id}\` again.`;
    this.status = s;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        "kata.prompt",
        `Kata: ${s.id}`,
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: false, enableFindWidget: true, retainContextWhenHidden: false },
      );
      this.panel.onDidDispose(() => (this.panel = undefined));
    } else {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    }
    this.render();
  }

  /** A pushed status: re-render when it is the kata shown. */
  update(s: StatusResult) {
    if (!this.panel || this.status?.id !== s.id) return;
    this.status = s;
    this.render();
  }

  private render() {
    if (!this.panel || !this.status) return;
    this.panel.title = `Kata: ${this.status.id}`;
    this.html = promptHtml({ readme: this.readme, status: this.status, cspSource: this.panel.webview.cspSource });
    this.panel.webview.html = this.html;
    this.rendered.fire();
  }

  dispose() {
    this.panel?.dispose();
    this.rendered.dispose();
  }
}

async function readText(uri: vscode.Uri): Promise<string> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return "";
  }
}
