// The Katas view in the activity bar: the catalogue (`kata/list`) grouped
// by difficulty and topic, each kata with its status icon and hints used.
// Clicking a kata opens it, or starts it first. Refreshed when the server
// pushes a status and when the server starts.

import * as vscode from "vscode";
import type { KataClient } from "./client";
import { errorText } from "./client";
import { ListRequest, type KataEntry } from "./protocol";
import { kataTree, type TreeNode } from "./tree";

export class KataTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private roots: TreeNode[] = [];
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private timer: NodeJS.Timeout | undefined;
  /** The catalogue as last shown (for tests and the dump). */
  entries: KataEntry[] = [];

  constructor(private readonly client: KataClient) {}

  /** Asks the server again, soon (bursts of statuses coalesce). */
  refreshSoon(ms = 150) {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), ms);
  }

  async refresh() {
    const c = this.client.client;
    if (!c) {
      this.entries = [];
      this.roots = [];
    } else {
      try {
        this.entries = await c.sendRequest(ListRequest, {});
        this.roots = kataTree(this.entries);
      } catch (e) {
        this.client.log(`kata/list: ${errorText(e)}`);
      }
    }
    this.changed.fire(undefined);
  }

  getChildren(node?: TreeNode): TreeNode[] {
    if (!node) return this.roots;
    return node.kind === "group" ? node.children : [];
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    if (node.kind === "group") {
      const item = new vscode.TreeItem(
        node.label,
        node.key.includes("/") ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded,
      );
      item.id = node.key;
      item.description = node.description;
      item.contextValue = "kataGroup";
      return item;
    }
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
    item.id = node.key;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.iconPath = new vscode.ThemeIcon(node.icon);
    item.contextValue = `kata-${node.entry.status}`;
    item.command = { command: "kata.open", title: "Open the kata", arguments: [node.entry.id] };
    return item;
  }

  dispose() {
    if (this.timer) clearTimeout(this.timer);
    this.changed.dispose();
  }
}
