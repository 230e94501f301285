// The katas view's model: `kata/list` rows grouped by difficulty, then by
// topic (a kata with several topics appears under each). Pure: the view
// (`views.ts`) turns these nodes into tree items.

import type { KataEntry } from "./protocol";
import { statusIcon } from "./kata";

export interface KataNode {
  kind: "kata";
  /** Unique in the tree: the same kata may appear under several topics. */
  key: string;
  entry: KataEntry;
  label: string;
  description: string;
  tooltip: string;
  icon: string;
}

export interface GroupNode {
  kind: "group";
  key: string;
  label: string;
  /** `3/8 solved` */
  description: string;
  children: TreeNode[];
}

export type TreeNode = KataNode | GroupNode;

const DIFFICULTIES = ["easy", "medium", "hard"];

function kataNode(parent: string, k: KataEntry): KataNode {
  const hints = k.hintsTotal ? ` · hints ${k.hintsShown}/${k.hintsTotal}` : "";
  return {
    kind: "kata",
    key: `${parent}/${k.id}`,
    entry: k,
    label: k.id,
    description: `${k.status === "new" ? "" : k.status.replace("-", " ")}${hints}`.replace(/^ · /, ""),
    tooltip: `${k.title}\n${k.difficulty} · ${k.topics.join(", ")}\nstatus: ${k.status}${hints}`,
    icon: statusIcon(k.status),
  };
}

function solvedCount(katas: KataEntry[]): string {
  return `${katas.filter((k) => k.status === "solved").length}/${katas.length} solved`;
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Difficulty groups (easy, medium, hard, then any other), each holding
 * topic groups (alphabetical) of katas (by id). */
export function kataTree(katas: KataEntry[]): GroupNode[] {
  const difficulties = [...new Set(katas.map((k) => k.difficulty))].sort((a, b) => {
    const ia = DIFFICULTIES.indexOf(a);
    const ib = DIFFICULTIES.indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
  });
  return difficulties.map((d) => {
    const ofDifficulty = katas.filter((k) => k.difficulty === d);
    const topics = [...new Set(ofDifficulty.flatMap((k) => (k.topics.length ? k.topics : ["other"])))].sort();
    return {
      kind: "group" as const,
      key: d,
      label: capitalised(d),
      description: solvedCount(ofDifficulty),
      children: topics.map((t) => {
        const ofTopic = ofDifficulty
          .filter((k) => (k.topics.length ? k.topics.includes(t) : t === "other"))
          .sort((a, b) => a.id.localeCompare(b.id));
        return {
          kind: "group" as const,
          key: `${d}/${t}`,
          label: t,
          description: solvedCount(ofTopic),
          children: ofTopic.map((k) => kataNode(`${d}/${t}`, k)),
        };
      }),
    };
  });
}
