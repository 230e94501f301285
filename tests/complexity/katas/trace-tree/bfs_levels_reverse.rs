// learner: optimal
// idiom: BFS from the roots with a VecDeque gives a parents-first order; a reversed pass fills best sums; iterator-heavy helpers
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

use std::collections::VecDeque;

struct Tree {
    kids: Vec<Vec<usize>>,
    roots: Vec<usize>,
}

fn build_tree(spans: &[Span]) -> Tree {
    let at: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let mut kids = vec![Vec::new(); spans.len()];
    let mut roots = Vec::new();
    spans.iter().enumerate().for_each(|(i, s)| match s.parent.and_then(|p| at.get(&p)) {
        Some(&p) => kids[p].push(i),
        None => roots.push(i),
    });
    Tree { kids, roots }
}

fn first_max(cands: &[usize], score: &[u64]) -> Option<usize> {
    // max_by_key keeps the LAST maximum, so walk the candidates in reverse
    cands.iter().rev().copied().max_by_key(|&c| score[c])
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let tree = build_tree(spans);
    spans
        .iter()
        .zip(&tree.kids)
        .map(|(s, k)| (s.id, k.iter().map(|&c| spans[c].id).collect()))
        .collect()
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let tree = build_tree(spans);
    let mut order = Vec::with_capacity(spans.len());
    let mut queue: VecDeque<usize> = tree.roots.iter().copied().collect();
    while let Some(v) = queue.pop_front() {
        order.push(v);
        queue.extend(tree.kids[v].iter().copied());
    }
    let mut score = vec![0u64; spans.len()];
    for &v in order.iter().rev() {
        score[v] = spans[v].duration_us + tree.kids[v].iter().map(|&c| score[c]).max().unwrap_or(0);
    }
    let root = first_max(&tree.roots, &score)?;
    let path: Vec<u64> = std::iter::successors(Some(root), |&v| first_max(&tree.kids[v], &score))
        .map(|v| spans[v].id)
        .collect();
    Some(CriticalPath { total_us: score[root], spans: path })
}
