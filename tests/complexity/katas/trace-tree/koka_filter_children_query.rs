// learner: slow
// idiom: Koka: "children of x" as a pure query -- filter the whole span list for `s.parent == Some(x)` whenever a span's children are needed
// why: every children query scans all n spans: O(n) per span, O(n^2) for children_map and for slowest_path
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

/// The children of `id`, in input order, by scanning everything.
fn kids_of(spans: &[Span], id: u64) -> Vec<usize> {
    spans
        .iter()
        .enumerate()
        .filter(|(_, s)| s.parent == Some(id))
        .map(|(i, _)| i)
        .collect()
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    spans
        .iter()
        .map(|s| (s.id, kids_of(spans, s.id).into_iter().map(|k| spans[k].id).collect()))
        .collect()
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let n = spans.len();
    let ids: std::collections::HashSet<u64> = spans.iter().map(|s| s.id).collect();
    let is_root = |s: &Span| match s.parent {
        None => true,
        Some(p) => !ids.contains(&p),
    };
    let roots: Vec<usize> = (0..n).filter(|&i| is_root(&spans[i])).collect();
    // breadth-first order, then a backwards fold
    let mut order = roots.clone();
    let mut kids: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut head = 0;
    while head < order.len() {
        let u = order[head];
        head += 1;
        kids[u] = kids_of(spans, spans[u].id);
        order.extend_from_slice(&kids[u]);
    }
    let mut score = vec![0u64; n];
    for &u in order.iter().rev() {
        score[u] = spans[u].duration_us + kids[u].iter().map(|&c| score[c]).max().unwrap_or(0);
    }
    let first_max = |xs: &[usize]| {
        xs.iter().copied().fold(None, |b: Option<usize>, c| match b {
            Some(b) if score[b] >= score[c] => Some(b),
            _ => Some(c),
        })
    };
    let start = first_max(&roots)?;
    let mut path = vec![spans[start].id];
    let mut at = start;
    while let Some(next) = first_max(&kids[at]) {
        path.push(spans[next].id);
        at = next;
    }
    Some(CriticalPath { total_us: score[start], spans: path })
}
