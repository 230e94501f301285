// learner: slow
// why: children_map and slowest_path are O(n^2) time, target O(n): each span's children are found by scanning every record's parent
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
/// Positions of the children of spans[u], in input order: one full scan over the records.
fn kids_of(spans: &[Span], u: usize) -> Vec<usize> {
    let mut out = Vec::new();
    for j in 0..spans.len() {
        if spans[j].parent == Some(spans[u].id) {
            out.push(j);
        }
    }
    out
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut m = HashMap::new();
    for u in 0..spans.len() {
        let ids: Vec<u64> = kids_of(spans, u).into_iter().map(|j| spans[j].id).collect();
        m.insert(spans[u].id, ids);
    }
    m
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let n = spans.len();
    if n == 0 {
        return None;
    }
    let mut present: HashMap<u64, usize> = HashMap::new();
    for i in 0..n {
        present.insert(spans[i].id, i);
    }
    let kids: Vec<Vec<usize>> = (0..n).map(|u| kids_of(spans, u)).collect();
    let mut roots = Vec::new();
    for i in 0..n {
        let is_root = match spans[i].parent {
            None => true,
            Some(p) => !present.contains_key(&p),
        };
        if is_root {
            roots.push(i);
        }
    }
    // parents before children (BFS), then children before parents backwards
    let mut order = roots.clone();
    let mut h = 0;
    while h < order.len() {
        let u = order[h];
        h += 1;
        for &c in &kids[u] {
            order.push(c);
        }
    }
    let mut w = vec![0u64; n];
    for t in (0..order.len()).rev() {
        let u = order[t];
        let mut m = 0u64;
        for &c in &kids[u] {
            if w[c] > m {
                m = w[c];
            }
        }
        w[u] = spans[u].duration_us + m;
    }
    let mut u = roots[0];
    for &r in &roots {
        if w[r] > w[u] {
            u = r;
        }
    }
    let total_us = w[u];
    let mut ids = vec![spans[u].id];
    while !kids[u].is_empty() {
        let mut b = kids[u][0];
        for &c in &kids[u] {
            if w[c] > w[b] {
                b = c;
            }
        }
        ids.push(spans[b].id);
        u = b;
    }
    Some(CriticalPath { total_us, spans: ids })
}
