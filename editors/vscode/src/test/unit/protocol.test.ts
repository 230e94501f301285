// protocol.ts and docs/lsp-extensions.md describe the same extensions: every
// `kata/*` method in the document's headings is declared, typed, in
// protocol.ts and every declared one is documented; the same for the
// `kata.server.*` commands of the document's command table.
import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as fs from "fs";
import * as path from "path";
import { Methods, ServerCommands } from "../../protocol";

const repo = path.resolve(__dirname, "../../../../..");
const doc = fs.readFileSync(path.join(repo, "docs/lsp-extensions.md"), "utf8");
const source = fs.readFileSync(path.join(repo, "editors/vscode/src/protocol.ts"), "utf8");

test("every kata/* method documented in a heading is declared in protocol.ts, and back", () => {
  const documented = [...doc.matchAll(/^###\s+`(kata\/[A-Za-z]+)`/gm)].map((m) => m[1]).sort();
  assert.ok(documented.length >= 4, `headings found: ${documented}`);
  assert.deepEqual([...Methods].sort(), documented);
  // Declared as RequestType / NotificationType, not as bare strings.
  for (const m of documented) {
    assert.match(source, new RegExp(`new (Request|Notification)Type<[^>]+>\\("${m}"\\)`), `${m} is typed`);
  }
});

test("every kata.server.* command of the document's table is in protocol.ts, and back", () => {
  const documented = [...doc.matchAll(/^\|\s*`(kata\.server\.[A-Za-z]+)`/gm)].map((m) => m[1]).sort();
  assert.ok(documented.length >= 6, `commands found: ${documented}`);
  assert.deepEqual(Object.values(ServerCommands).sort(), documented);
});
