// learner: slow
// why: slowest_path is O(n^2) time, target O(n): finds each parent by a linear position() search over the spans instead of a HashMap
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


pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut m = HashMap::new();
    for s in spans {
        m.insert(s.id, vec![]);
    }
    for s in spans {
        if let Some(p) = s.parent {
            if let Some(v) = m.get_mut(&p) {
                v.push(s.id);
            }
        }
    }
    m
}

fn find(spans: &[Span], id: u64) -> Option<usize> {
    spans.iter().position(|s| s.id == id)
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    if spans.is_empty() {
        return None;
    }
    let n = spans.len();
    let mut kids: Vec<Vec<usize>> = vec![vec![]; n];
    let mut roots = vec![];
    for i in 0..n {
        match spans[i].parent.and_then(|p| find(spans, p)) {
            Some(p) => kids[p].push(i),
            None => roots.push(i),
        }
    }
    // order parents before children
    let mut order = roots.clone();
    let mut i = 0;
    while i < order.len() {
        let u = order[i];
        for &c in &kids[u] {
            order.push(c);
        }
        i += 1;
    }
    let mut best = vec![0u64; n];
    for &u in order.iter().rev() {
        let m = kids[u].iter().map(|&c| best[c]).max().unwrap_or(0);
        best[u] = spans[u].duration_us + m;
    }
    let mut u = roots[0];
    for &r in &roots {
        if best[r] > best[u] {
            u = r;
        }
    }
    let total_us = best[u];
    let mut path = vec![spans[u].id];
    loop {
        let mut pick: Option<usize> = None;
        for &c in &kids[u] {
            if pick.is_none() || best[c] > best[pick.unwrap()] {
                pick = Some(c);
            }
        }
        match pick {
            Some(c) => {
                u = c;
                path.push(spans[u].id);
            }
            None => break,
        }
    }
    Some(CriticalPath { total_us, spans: path })
}
