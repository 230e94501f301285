// learner: slow
// why: children_map and slowest_path are O(n^2) time, target O(n): each span finds its children by scanning every record for a matching parent
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

fn kids_of(spans: &[Span], id: u64) -> Vec<usize> {
    let mut out = Vec::new();
    for (j, s) in spans.iter().enumerate() {
        if s.parent == Some(id) {
            out.push(j);
        }
    }
    out
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    spans
        .iter()
        .map(|s| (s.id, kids_of(spans, s.id).into_iter().map(|j| spans[j].id).collect()))
        .collect()
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let ids: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let roots: Vec<usize> = (0..spans.len())
        .filter(|&i| match spans[i].parent {
            None => true,
            Some(p) => !ids.contains_key(&p),
        })
        .collect();
    let mut order = roots.clone();
    let mut i = 0;
    while i < order.len() {
        let u = order[i];
        order.extend(kids_of(spans, spans[u].id));
        i += 1;
    }
    let mut total = vec![0u64; spans.len()];
    let mut next = vec![usize::MAX; spans.len()];
    for &u in order.iter().rev() {
        let mut best = usize::MAX;
        for c in kids_of(spans, spans[u].id) {
            if best == usize::MAX || total[c] > total[best] {
                best = c;
            }
        }
        total[u] = spans[u].duration_us + if best == usize::MAX { 0 } else { total[best] };
        next[u] = best;
    }
    let root = *roots.iter().reduce(|a, b| if total[*b] > total[*a] { b } else { a })?;
    let mut path = Vec::new();
    let mut u = root;
    while u != usize::MAX {
        path.push(spans[u].id);
        u = next[u];
    }
    Some(CriticalPath { total_us: total[root], spans: path })
}
