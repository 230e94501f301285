// learner: optimal
// idiom: Koka: bottom-up "message passing" (Kahn order) -- every span counts its unfinished children; finished spans send (total, position) to their parent, which keeps the best with an input-order tie-break
//! The critical path of a distributed trace: see README.md.

use std::collections::HashMap;

/// One span of a trace, as a collector receives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// Unique within the trace.
    pub id: u64,
    /// The span that caused this one; `None` (or an id that is not in the trace) makes it a root.
    pub parent: Option<u64>,
    /// Duration in microseconds.
    pub duration_us: u64,
}

/// The slowest root-to-leaf chain of spans.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CriticalPath {
    /// Sum of the durations along the path.
    pub total_us: u64,
    /// Span ids from the root down to the leaf.
    pub spans: Vec<u64>,
}

/// The tree by input position: children lists (in input order) and roots (in input order).
struct Tree {
    kids: Vec<Vec<usize>>,
    roots: Vec<usize>,
}

/// Where does each span hang? A parent that is missing makes a root.
enum Hang {
    Root,
    Under(usize),
}

fn hang(span: &Span, pos: &HashMap<u64, usize>) -> Hang {
    match span.parent.and_then(|p| pos.get(&p)) {
        Some(&at) => Hang::Under(at),
        None => Hang::Root,
    }
}

fn index(spans: &[Span]) -> Tree {
    let pos: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let mut tree = Tree { kids: vec![Vec::new(); spans.len()], roots: Vec::new() };
    for (i, s) in spans.iter().enumerate() {
        match hang(s, &pos) {
            Hang::Root => tree.roots.push(i),
            Hang::Under(p) => tree.kids[p].push(i),
        }
    }
    tree
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let tree = index(spans);
    spans
        .iter()
        .zip(tree.kids)
        .map(|(s, kids)| (s.id, kids.into_iter().map(|k| spans[k].id).collect()))
        .collect()
}

/// First index (in the given order) with the largest score: ties go to the earlier one.
fn argmax_first(candidates: &[usize], score: &[u64]) -> Option<usize> {
    candidates.iter().copied().fold(None, |best, c| match best {
        Some(b) if score[b] >= score[c] => Some(b),
        _ => Some(c),
    })
}

/// Walk down from `start`, always into the best child.
fn read_path(spans: &[Span], tree: &Tree, score: &[u64], start: usize) -> CriticalPath {
    let mut ids = vec![spans[start].id];
    let mut at = start;
    while let Some(next) = argmax_first(&tree.kids[at], score) {
        ids.push(spans[next].id);
        at = next;
    }
    CriticalPath { total_us: score[start], spans: ids }
}

/// The best message a parent has heard so far.
#[derive(Clone, Copy)]
enum Best {
    Nothing,
    From { child: usize, total: u64 },
}

/// Does the candidate beat what we have? Larger wins; on a tie the earlier input wins.
fn better(current: Best, child: usize, total: u64) -> Best {
    match current {
        Best::Nothing => Best::From { child, total },
        Best::From { child: c, total: t } if total > t || (total == t && child < c) => {
            Best::From { child, total }
        }
        keep => keep,
    }
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let tree = index(spans);
    let n = spans.len();
    let mut parent_of: Vec<Option<usize>> = vec![None; n];
    for (p, kids) in tree.kids.iter().enumerate() {
        for &k in kids {
            parent_of[k] = Some(p);
        }
    }
    let mut waiting: Vec<usize> = tree.kids.iter().map(Vec::len).collect();
    let mut best: Vec<Best> = vec![Best::Nothing; n];
    let mut score = vec![0u64; n];
    let mut ready: Vec<usize> = (0..n).filter(|&u| waiting[u] == 0).collect();
    while let Some(u) = ready.pop() {
        score[u] = spans[u].duration_us
            + match best[u] {
                Best::Nothing => 0,
                Best::From { total, .. } => total,
            };
        if let Some(p) = parent_of[u] {
            best[p] = better(best[p], u, score[u]);
            waiting[p] -= 1;
            if waiting[p] == 0 {
                ready.push(p);
            }
        }
    }
    let root = argmax_first(&tree.roots, &score)?;
    Some(read_path(spans, &tree, &score, root))
}
