// The growth chart of the prompt panel: the measured cost against n on
// log–log axes, the fitted slope through the points and the target's slope
// for comparison, as a self-contained SVG string. Pure and deterministic:
// unit-tested, and safe to inline in the webview (every text is escaped).

import type { GrowthPoint } from "./protocol";

export interface GrowthChartInput {
  points: GrowthPoint[];
  /** The fitted exponent: cost grows like n^slope. */
  slope?: number | null;
  /** The target's exponent (`[probe] expect`). */
  expectedExponent?: number | null;
  /** `O(n)`. */
  expected?: string;
  /** `time` (nanoseconds of CPU time) or `ops`. */
  measure?: string;
  verdict?: string;
}

export const CHART_WIDTH = 420;
export const CHART_HEIGHT = 280;
const MARGIN = { left: 64, right: 28, top: 28, bottom: 44 };

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const fmt = (x: number) => (Math.round(x * 10) / 10).toString();

/** `1.5k`, `2M`: short labels for the axes. */
export function shortNumber(x: number): string {
  const units: [number, string][] = [
    [1e9, "G"],
    [1e6, "M"],
    [1e3, "k"],
  ];
  for (const [size, unit] of units) {
    if (x >= size) return `${Math.round((x / size) * 10) / 10}${unit}`;
  }
  return `${Math.round(x * 10) / 10}`;
}

/** Round values between `lo` and `hi` for a log axis: 1, 2 and 5 times
 * the powers of ten, thinned to 1 and 5, then to 1 when there are many. */
export function costTicks(lo: number, hi: number): number[] {
  const all: number[] = [];
  for (let d = Math.floor(Math.log10(lo)); d <= Math.ceil(Math.log10(hi)); d++) {
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** d;
      if (v >= lo && v <= hi) all.push(v);
    }
  }
  if (all.length <= 6) return all;
  const fewer = all.filter((v) => /^[15]/.test(String(v)));
  return fewer.length <= 6 ? fewer : all.filter((v) => /^1/.test(String(v)));
}

/** The line of slope `slope` through the centroid of the (log n, log cost) points. */
function lineThroughCentroid(xs: number[], ys: number[], slope: number) {
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  return (x: number) => my + slope * (x - mx);
}

/** The SVG of the measured growth; a short note instead when there is
 * nothing to draw (fewer than two positive points). */
export function growthChartSvg(input: GrowthChartInput): string {
  const pts = input.points.filter((p) => p.n > 0 && p.cost > 0);
  const open = `<svg xmlns="http://www.w3.org/2000/svg" class="growth-chart" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" role="img"`;
  if (pts.length < 2) {
    return `${open} aria-label="no measurement"><text x="${CHART_WIDTH / 2}" y="${CHART_HEIGHT / 2}" text-anchor="middle" class="note">not enough points measured to draw the growth</text></svg>`;
  }
  const xs = pts.map((p) => Math.log2(p.n));
  const ys = pts.map((p) => Math.log2(p.cost));
  const slope = input.slope ?? undefined;
  const target = input.expectedExponent ?? undefined;
  const fit = slope !== undefined ? lineThroughCentroid(xs, ys, slope) : undefined;
  const goal = target !== undefined ? lineThroughCentroid(xs, ys, target) : undefined;
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  // The y range holds the points and both lines at the ends.
  const yAt = [...ys];
  for (const f of [fit, goal]) if (f) yAt.push(f(x0), f(x1));
  let y0 = Math.min(...yAt);
  let y1 = Math.max(...yAt);
  if (y1 - y0 < 1) {
    const mid = (y0 + y1) / 2;
    y0 = mid - 0.5;
    y1 = mid + 0.5;
  }
  // A little room above and below, so no point sits on an edge.
  const pad = (y1 - y0) * 0.06;
  y0 -= pad;
  y1 += pad;
  const w = CHART_WIDTH - MARGIN.left - MARGIN.right;
  const h = CHART_HEIGHT - MARGIN.top - MARGIN.bottom;
  const px = (x: number) => MARGIN.left + ((x - x0) / (x1 - x0)) * w;
  const py = (y: number) => MARGIN.top + h - ((y - y0) / (y1 - y0)) * h;
  const unit = input.measure === "ops" ? "operations" : "CPU time (ns)";
  const parts: string[] = [];
  const label = `measured ${unit} against n, log–log${slope !== undefined ? `, slope ${slope.toFixed(2)}` : ""}${
    target !== undefined ? `, target ${target}` : ""
  }`;
  parts.push(`${open} aria-label="${escapeXml(label)}">`);
  parts.push(`<style>.axis{stroke:currentColor;stroke-opacity:.6}.grid{stroke:currentColor;stroke-opacity:.12}text{fill:currentColor;font:11px sans-serif}.fit{stroke:#3794ff;stroke-width:2;fill:none}.target{stroke:#89d185;stroke-width:2;stroke-dasharray:6 4;fill:none}.point{fill:#3794ff}.too-slow .fit,.too-slow .point{stroke:#f48771;fill:#f48771}.too-slow .fit{fill:none}.too-slow .legend-fit{fill:#f48771}</style>`);
  parts.push(`<g class="${escapeXml(input.verdict ?? "")}">`);
  // Axes.
  const bottom = MARGIN.top + h;
  parts.push(`<line class="axis" x1="${MARGIN.left}" y1="${bottom}" x2="${MARGIN.left + w}" y2="${bottom}"/>`);
  parts.push(`<line class="axis" x1="${MARGIN.left}" y1="${MARGIN.top}" x2="${MARGIN.left}" y2="${bottom}"/>`);
  // n ticks: the measured sizes, as powers of two when they are.
  for (let i = 0; i < pts.length; i++) {
    const x = fmt(px(xs[i]));
    const exact = Number.isInteger(xs[i]) && xs[i] >= 4;
    const label = exact ? `2<tspan dy="-5" font-size="8">${xs[i]}</tspan>` : shortNumber(pts[i].n);
    parts.push(`<line class="grid" x1="${x}" y1="${MARGIN.top}" x2="${x}" y2="${bottom}"/>`);
    parts.push(`<text class="tick-n" x="${x}" y="${bottom + 16}" text-anchor="middle">${label}</text>`);
  }
  // Cost ticks: 1, 2 and 5 times the powers of ten in range.
  for (const cost of costTicks(2 ** y0, 2 ** y1)) {
    const yy = fmt(py(Math.log2(cost)));
    parts.push(`<line class="grid" x1="${MARGIN.left}" y1="${yy}" x2="${MARGIN.left + w}" y2="${yy}"/>`);
    parts.push(`<text class="tick-cost" x="${MARGIN.left - 6}" y="${yy}" text-anchor="end" dominant-baseline="middle">${shortNumber(cost)}</text>`);
  }
  parts.push(`<text x="${MARGIN.left + w / 2}" y="${CHART_HEIGHT - 6}" text-anchor="middle">n (log scale)</text>`);
  parts.push(`<text x="12" y="${MARGIN.top + h / 2}" text-anchor="middle" transform="rotate(-90 12 ${MARGIN.top + h / 2})">${unit} (log)</text>`);
  if (goal) {
    parts.push(
      `<line class="target" x1="${fmt(px(x0))}" y1="${fmt(py(goal(x0)))}" x2="${fmt(px(x1))}" y2="${fmt(py(goal(x1)))}"><title>target: n^${target}${input.expected ? ` (${escapeXml(input.expected)})` : ""}</title></line>`,
    );
  }
  if (fit) {
    parts.push(
      `<line class="fit" x1="${fmt(px(x0))}" y1="${fmt(py(fit(x0)))}" x2="${fmt(px(x1))}" y2="${fmt(py(fit(x1)))}"><title>fitted: n^${slope!.toFixed(2)}</title></line>`,
    );
  }
  for (let i = 0; i < pts.length; i++) {
    parts.push(
      `<circle class="point" cx="${fmt(px(xs[i]))}" cy="${fmt(py(ys[i]))}" r="3.5"><title>n = ${pts[i].n}: ${pts[i].cost}</title></circle>`,
    );
  }
  // Legend.
  const legend: string[] = [];
  if (fit) legend.push(`<tspan class="legend-fit" fill="#3794ff">━ measured n^${slope!.toFixed(2)}</tspan>`);
  if (goal) legend.push(`<tspan class="legend-target" fill="#89d185">╌ target n^${target}${input.expected ? ` ${escapeXml(input.expected)}` : ""}</tspan>`);
  if (legend.length) parts.push(`<text x="${MARGIN.left}" y="${MARGIN.top - 10}">${legend.join("  ")}</text>`);
  parts.push(`</g></svg>`);
  return parts.join("");
}
