// The pure parts of the views: the Katas tree's model, the growth chart's
// SVG and the prompt panel's page.
import { test } from "node:test";
import * as assert from "node:assert/strict";
import { costTicks, growthChartSvg, shortNumber } from "../../chart";
import type { KataEntry, StatusResult } from "../../protocol";
import { promptHtml } from "../../promptHtml";
import { kataTree, type TreeNode } from "../../tree";

function entry(id: string, difficulty: string, topics: string[], status = "new", hintsShown = 0): KataEntry {
  return { id, title: `The ${id}`, difficulty, topics, status, hintsShown, hintsTotal: 3, uri: null };
}

/** The tree as indented lines: label, description, icon. */
function render(nodes: TreeNode[], depth = 0): string[] {
  return nodes.flatMap((n) => {
    const line = `${"  ".repeat(depth)}${n.label} [${n.description}]${n.kind === "kata" ? ` $(${n.icon})` : ""}`;
    return n.kind === "group" ? [line, ...render(n.children, depth + 1)] : [line];
  });
}

test("kataTree groups by difficulty, then topic, with status icons and hints", () => {
  const tree = kataTree([
    entry("lru-cache", "hard", ["design", "hash-map"], "too-slow", 2),
    entry("pair-sum", "easy", ["hash-set", "arrays"], "solved", 1),
    entry("palindrome", "easy", ["strings"], "started"),
    entry("two-stacks", "medium", []),
  ]);
  assert.deepEqual(render(tree), [
    "Easy [1/2 solved]",
    "  arrays [1/1 solved]",
    "    pair-sum [solved · hints 1/3] $(pass-filled)",
    "  hash-set [1/1 solved]",
    "    pair-sum [solved · hints 1/3] $(pass-filled)",
    "  strings [0/1 solved]",
    "    palindrome [started · hints 0/3] $(circle-large-outline)",
    "Medium [0/1 solved]",
    "  other [0/1 solved]",
    "    two-stacks [hints 0/3] $(circle-outline)",
    "Hard [0/1 solved]",
    "  design [0/1 solved]",
    "    lru-cache [too slow · hints 2/3] $(warning)",
    "  hash-map [0/1 solved]",
    "    lru-cache [too slow · hints 2/3] $(warning)",
  ]);
  // Keys are unique although a kata appears under several topics.
  const keys = (ns: TreeNode[]): string[] => ns.flatMap((n) => [n.key, ...(n.kind === "group" ? keys(n.children) : [])]);
  const all = keys(tree);
  assert.equal(new Set(all).size, all.length);
});

/** The (x, y) of every circle, and each line's slope in SVG units (y down). */
function geometry(svg: string) {
  const points = [...svg.matchAll(/<circle class="point" cx="([\d.-]+)" cy="([\d.-]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
  const slopeOf = (cls: string) => {
    const m = new RegExp(`<line class="${cls}" x1="([\\d.-]+)" y1="([\\d.-]+)" x2="([\\d.-]+)" y2="([\\d.-]+)"`).exec(svg);
    if (!m) return undefined;
    const [x1, y1, x2, y2] = m.slice(1).map(Number);
    return { x1, y1, x2, y2 };
  };
  return { points, fit: slopeOf("fit"), target: slopeOf("target") };
}

test("growthChartSvg: points on log–log axes, the fitted slope and the target's", () => {
  // cost = n^2: each doubling of n quadruples the cost.
  const points = [1024, 2048, 4096, 8192].map((n) => ({ n, cost: n * n }));
  const svg = growthChartSvg({ points, slope: 2, expectedExponent: 1, expected: "O(n)", measure: "time", verdict: "too-slow" });
  const g = geometry(svg);
  assert.equal(g.points.length, 4);
  // Evenly spaced in x (log n), and on a straight line.
  const dx = g.points.map((p, i) => (i ? p[0] - g.points[i - 1][0] : 0)).slice(1);
  assert.ok(dx.every((d) => Math.abs(d - dx[0]) < 0.2), `${dx}`);
  const dy = g.points.map((p, i) => (i ? p[1] - g.points[i - 1][1] : 0)).slice(1);
  assert.ok(dy.every((d) => Math.abs(d - dy[0]) < 0.2), `${dy}`);
  // The fit runs through the points; the target rises half as steeply.
  assert.ok(g.fit && g.target);
  const rise = (l: { y1: number; y2: number }) => l.y1 - l.y2;
  assert.ok(Math.abs(rise(g.fit) - 2 * rise(g.target)) < 0.5, `fit ${rise(g.fit)} target ${rise(g.target)}`);
  assert.ok(Math.abs(g.fit.y1 - g.points[0][1]) < 0.5 && Math.abs(g.fit.y2 - g.points[3][1]) < 0.5);
  assert.match(svg, /measured n\^2\.00/);
  assert.match(svg, /target n\^1 O\(n\)/);
  // Too slow: the measured line and its legend turn red.
  assert.match(svg, /<g class="too-slow">/);
  assert.match(svg, /\.too-slow \.legend-fit\{fill:#f48771\}/);
  // n as powers of two; the cost at round values.
  assert.match(svg, />2<tspan[^>]*>10<\/tspan></);
  assert.match(svg, />2<tspan[^>]*>13<\/tspan></);
  assert.match(svg, /class="tick-cost"[^>]*>10M</);
});

test("growthChartSvg: nothing to draw, and text is escaped", () => {
  assert.match(growthChartSvg({ points: [{ n: 8, cost: 10 }] }), /not enough points/);
  assert.match(growthChartSvg({ points: [] }), /not enough points/);
  const svg = growthChartSvg({
    points: [
      { n: 2, cost: 5 },
      { n: 4, cost: 5 },
    ],
    slope: 0,
    expectedExponent: 0,
    expected: "O(<1>)",
  });
  assert.ok(!svg.includes("O(<1>)") && svg.includes("O(&lt;1&gt;)"));
  assert.equal(shortNumber(1500000), "1.5M");
  assert.deepEqual(costTicks(150, 2500), [200, 500, 1000, 2000]);
  assert.deepEqual(costTicks(1, 1e9), [1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000]);
  assert.equal(shortNumber(512), "512");
});

function solvedStatus(): StatusResult {
  return {
    id: "pair-sum",
    crateUri: "file:///ws/pair-sum",
    uri: "file:///ws/pair-sum/src/lib.rs",
    title: "Pairs",
    difficulty: "easy",
    status: "solved",
    tests: { running: false, lastRun: null, recordedPassed: 3, recordedFailed: 0, runs: 1 },
    hints: { shown: 1, total: 3 },
    targets: [{ item: "pair_sum", time: "O(n)", space: "O(n)" }],
    revealed: false,
    outcome: {
      id: "pair-sum",
      status: "solved",
      headline: "solved: 3/3 tests pass, targets met",
      testResults: [],
      tests: { passed: 3, failed: 0 },
      measurement: {
        state: "measured",
        verdict: "pass",
        slope: 1.02,
        expected: "O(n)",
        expectedExponent: 1,
        sizes: [1024, 2048, 4096],
        measure: "time",
        summary: "n^1.02 ✔ pass",
        points: [
          { n: 1024, cost: 1000 },
          { n: 2048, cost: 2010 },
          { n: 4096, cost: 4100 },
        ],
      },
    },
  };
}

test("promptHtml: the README as HTML, the status, the chart once measured", () => {
  const readme = "# Pairs\n\nFind **pairs**.\n\n<script>alert(1)</script>\n\n```rust\nfn x() {}\n```\n";
  const html = promptHtml({ readme, status: solvedStatus(), cspSource: "vscode-resource:" });
  assert.match(html, /<h1>Pairs<\/h1>/);
  assert.match(html, /<strong>pairs<\/strong>/);
  assert.match(html, /<pre><code class="language-rust">/);
  // Raw HTML in the README is shown, not run; the page has no scripts.
  assert.ok(!html.includes("<script>"));
  assert.match(html, /&lt;script&gt;/);
  assert.match(html, /default-src 'none'/);
  assert.match(html, /solved: 3\/3 tests pass, targets met/);
  assert.match(html, /<h2>Measured growth<\/h2><svg/);
  assert.match(html, /n\^1.02 ✔ pass/);
  // Before a measurement: no chart.
  const fresh = { ...solvedStatus(), outcome: null };
  const page = promptHtml({ readme, status: fresh, cspSource: "x" });
  assert.ok(!page.includes("<svg"));
  assert.match(page, /not checked yet/);
});
