// learner: optimal
// idiom: documented senior style, CSR adjacency (counts + offsets) in flat Vecs, explicit-stack post-order, small private helpers with debug_assert
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


/// Children of every span as index ranges into one flat array (compressed
/// sparse rows): the children of span `i` are `child[start[i]..start[i + 1]]`,
/// in input order.
struct Tree {
    start: Vec<usize>,
    child: Vec<usize>,
    roots: Vec<usize>,
}

impl Tree {
    /// Builds the index in O(n) expected time.
    fn build(spans: &[Span]) -> Self {
        let n = spans.len();
        let position: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
        let parent_of = |s: &Span| s.parent.and_then(|p| position.get(&p).copied());

        let mut start = vec![0usize; n + 1];
        let mut roots = Vec::new();
        for (i, span) in spans.iter().enumerate() {
            match parent_of(span) {
                Some(p) => start[p + 1] += 1,
                None => roots.push(i),
            }
        }
        for i in 0..n {
            start[i + 1] += start[i];
        }
        let mut fill = start.clone();
        let mut child = vec![0usize; n - roots.len()];
        for (i, span) in spans.iter().enumerate() {
            if let Some(p) = parent_of(span) {
                child[fill[p]] = i;
                fill[p] += 1;
            }
        }
        debug_assert!((0..n).all(|i| fill[i] == start[i + 1]));
        Tree { start, child, roots }
    }

    fn children(&self, i: usize) -> &[usize] {
        &self.child[self.start[i]..self.start[i + 1]]
    }

    /// The first index in `candidates` with the largest `weight` (first wins ties).
    fn first_max(candidates: &[usize], weight: &[u64]) -> Option<usize> {
        let mut best: Option<usize> = None;
        for &c in candidates {
            if best.map_or(true, |b| weight[c] > weight[b]) {
                best = Some(c);
            }
        }
        best
    }
}

/// Maps every span id to the ids of its children, in input order (leaves map to an empty Vec).
///
/// O(n) expected time and space.
pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut map: HashMap<u64, Vec<u64>> = spans.iter().map(|s| (s.id, Vec::new())).collect();
    for span in spans {
        let Some(parent) = span.parent else { continue };
        if let Some(kids) = map.get_mut(&parent) {
            kids.push(span.id);
        }
    }
    debug_assert_eq!(map.len(), spans.len(), "span ids must be unique");
    map
}

/// The root-to-leaf path with the largest total duration, or `None` for an empty trace.
/// Ties go to the root / child that comes first in the input.
///
/// O(n) expected time and space, no recursion.
pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    if spans.is_empty() {
        return None;
    }
    let tree = Tree::build(spans);

    // heaviest[i] = duration of i + heaviest path below it, filled in
    // post-order with an explicit stack of (node, children already pushed).
    let mut heaviest = vec![0u64; spans.len()];
    let mut stack: Vec<(usize, bool)> = tree.roots.iter().map(|&r| (r, false)).collect();
    while let Some((node, expanded)) = stack.pop() {
        if expanded {
            let below = tree.children(node).iter().map(|&c| heaviest[c]).max().unwrap_or(0);
            heaviest[node] = spans[node].duration_us + below;
        } else {
            stack.push((node, true));
            stack.extend(tree.children(node).iter().map(|&c| (c, false)));
        }
    }

    let mut node = Tree::first_max(&tree.roots, &heaviest)?;
    let total_us = heaviest[node];
    let mut ids = vec![spans[node].id];
    while let Some(next) = Tree::first_max(tree.children(node), &heaviest) {
        debug_assert_eq!(heaviest[node], spans[node].duration_us + heaviest[next]);
        node = next;
        ids.push(spans[node].id);
    }
    Some(CriticalPath { total_us, spans: ids })
}
