// The prompt panel's page: the kata's README rendered with markdown-it
// (raw HTML in the README is escaped, not rendered), the status in one
// line, and the growth chart once the probe measured the solution. Pure:
// the panel (`prompt.ts`) only hands it to a webview.

import MarkdownIt from "markdown-it";
import { escapeXml, growthChartSvg } from "./chart";
import type { StatusResult } from "./protocol";

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

export function renderMarkdown(text: string): string {
  return markdown.render(text);
}

/** The measured growth of the last check with its points, if any. */
export function measuredPoints(s: StatusResult | undefined) {
  const m = s?.outcome?.measurement;
  return m && m.state === "measured" && m.points.length > 0 ? m : undefined;
}

export interface PromptPage {
  readme: string;
  status?: StatusResult;
  /** The webview's `cspSource`, allowed for styles. */
  cspSource: string;
}

/** The whole HTML document; no scripts. */
export function promptHtml(page: PromptPage): string {
  const s = page.status;
  const headline = s?.tests.running
    ? s.measuring
      ? "measuring growth…"
      : "testing…"
    : (s?.outcome?.headline ?? (s ? "not checked yet: save a file of the kata to run its tests" : ""));
  const measured = measuredPoints(s);
  const chart = measured
    ? `<section class="growth"><h2>Measured growth</h2>${growthChartSvg({
        points: measured.points,
        slope: measured.slope,
        expectedExponent: measured.expectedExponent,
        expected: measured.expected,
        measure: measured.measure,
        verdict: measured.verdict,
      })}<p class="summary">${escapeXml(measured.summary)}</p></section>`
    : "";
  const targets = (s?.targets ?? [])
    .map((t) => `<li><code>${escapeXml(t.item)}</code>: ${escapeXml(t.time)} time${t.space ? `, ${escapeXml(t.space)} space` : ""}</li>`)
    .join("");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${page.cspSource} data:; style-src ${page.cspSource} 'unsafe-inline';">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 16px 24px; line-height: 1.5; }
code, pre { font-family: var(--vscode-editor-font-family); }
pre { background: var(--vscode-textCodeBlock-background); padding: 8px; overflow-x: auto; }
.status { border-left: 3px solid var(--vscode-textLink-foreground); padding: 4px 8px; margin: 12px 0; }
.growth svg { max-width: 100%; height: auto; }
</style>
</head>
<body>
${s ? `<div class="status"><strong>${escapeXml(s.id)}</strong> · ${escapeXml(s.difficulty)} · <span class="headline">${escapeXml(headline)}</span> · hints ${s.hints.shown}/${s.hints.total}${targets ? `<ul class="targets">${targets}</ul>` : ""}</div>` : ""}
${chart}
<article class="readme">${renderMarkdown(page.readme)}</article>
</body>
</html>`;
}
