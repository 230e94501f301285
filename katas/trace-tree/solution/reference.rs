//! The critical path of a distributed trace: index the spans once, then one bottom-up pass.

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

/// The tree over input positions: children of each span (in input order) and the roots.
struct Tree {
    children: Vec<Vec<usize>>,
    roots: Vec<usize>,
}

/// One pass to index ids, one pass to hang every span under its parent. O(n) expected.
fn build(spans: &[Span]) -> Tree {
    let position: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let mut children = vec![Vec::new(); spans.len()];
    let mut roots = Vec::new();
    for (i, span) in spans.iter().enumerate() {
        match span.parent.and_then(|p| position.get(&p)) {
            Some(&parent) => children[parent].push(i),
            None => roots.push(i),
        }
    }
    Tree { children, roots }
}

/// Maps every span id to the ids of its children, in input order (leaves map to an empty Vec).
///
/// O(n) expected time and space.
pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let tree = build(spans);
    spans
        .iter()
        .zip(&tree.children)
        .map(|(span, kids)| (span.id, kids.iter().map(|&k| spans[k].id).collect()))
        .collect()
}

/// Index of the first item with the largest `score` (ties: the earliest wins).
fn first_max(items: &[usize], score: &[u64]) -> Option<usize> {
    let mut best: Option<usize> = None;
    for &i in items {
        if best.is_none_or(|b| score[i] > score[b]) {
            best = Some(i);
        }
    }
    best
}

/// The root-to-leaf path with the largest total duration, or `None` for an empty trace.
/// Ties go to the root / child that comes first in the input.
///
/// O(n) expected time and space, no recursion.
pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let tree = build(spans);
    // Breadth-first order from the roots: every parent comes before its children.
    let mut order = tree.roots.clone();
    let mut head = 0;
    while head < order.len() {
        let node = order[head];
        head += 1;
        order.extend_from_slice(&tree.children[node]);
    }
    // Walking that order backwards sees children before parents:
    // slowest[u] = own duration + the slowest of the children's paths.
    let mut slowest = vec![0u64; spans.len()];
    for &u in order.iter().rev() {
        let below = tree.children[u]
            .iter()
            .map(|&c| slowest[c])
            .max()
            .unwrap_or(0);
        slowest[u] = spans[u].duration_us + below;
    }
    // Walk down from the best root, always into the best child.
    let mut node = first_max(&tree.roots, &slowest)?;
    let total_us = slowest[node];
    let mut path = vec![spans[node].id];
    while let Some(child) = first_max(&tree.children[node], &slowest) {
        path.push(spans[child].id);
        node = child;
    }
    Some(CriticalPath {
        total_us,
        spans: path,
    })
}
