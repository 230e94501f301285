// learner: slow
// why: children_map is O(n^2) time, target O(n): Julia-style findall: each span's children are found by scanning every record (slowest_path reuses the same helper)
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

/// Positions j (input order) whose parent is spans[i].id. Julia: findall(s -> s.parent == id, spans).
fn findall_children(spans: &[Span], i: usize) -> Vec<usize> {
    let me = spans[i].id;
    let mut out = Vec::new();
    for j in 0..spans.len() {
        if let Some(p) = spans[j].parent {
            if p == me {
                out.push(j);
            }
        }
    }
    out
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut m = HashMap::with_capacity(spans.len());
    for i in 0..spans.len() {
        let ids: Vec<u64> = findall_children(spans, i).into_iter().map(|j| spans[j].id).collect();
        m.insert(spans[i].id, ids);
    }
    m
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let n = spans.len();
    if n == 0 {
        return None;
    }
    let ids: HashMap<u64, usize> = (0..n).map(|i| (spans[i].id, i)).collect();
    let kids: Vec<Vec<usize>> = (0..n).map(|i| findall_children(spans, i)).collect();
    let is_root = |i: usize| match spans[i].parent {
        None => true,
        Some(p) => !ids.contains_key(&p),
    };
    let mut order: Vec<usize> = (0..n).filter(|&i| is_root(i)).collect();
    let nroots = order.len();
    let mut h = 0;
    while h < order.len() {
        let u = order[h];
        for &c in &kids[u] {
            order.push(c);
        }
        h += 1;
    }
    let mut best = vec![0u64; n];
    for t in (0..order.len()).rev() {
        let u = order[t];
        let mut m = 0;
        for &c in &kids[u] {
            m = m.max(best[c]);
        }
        best[u] = spans[u].duration_us + m;
    }
    let mut u = order[0];
    for t in 1..nroots {
        if best[order[t]] > best[u] {
            u = order[t];
        }
    }
    let total_us = best[u];
    let mut path = vec![spans[u].id];
    while !kids[u].is_empty() {
        let mut c = kids[u][0];
        for &k in &kids[u][1..] {
            if best[k] > best[c] {
                c = k;
            }
        }
        path.push(spans[c].id);
        u = c;
    }
    Some(CriticalPath { total_us, spans: path })
}
