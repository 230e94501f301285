// learner: slow
// why: children_map is O(n^2) time, target O(n): for every span it scans all spans for records whose parent is that span
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


fn kids_of(spans: &[Span], id: u64) -> Vec<u64> {
    spans.iter().filter(|s| s.parent == Some(id)).map(|s| s.id).collect()
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    spans.iter().map(|s| (s.id, kids_of(spans, s.id))).collect()
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    if spans.is_empty() {
        return None;
    }
    let kids = children_map(spans);
    let dur: HashMap<u64, u64> = spans.iter().map(|s| (s.id, s.duration_us)).collect();
    let roots: Vec<u64> = spans
        .iter()
        .filter(|s| s.parent.map_or(true, |p| !dur.contains_key(&p)))
        .map(|s| s.id)
        .collect();
    // parents before children
    let mut order = roots.clone();
    let mut i = 0;
    while i < order.len() {
        let id = order[i];
        order.extend(kids[&id].iter().copied());
        i += 1;
    }
    let mut best: HashMap<u64, u64> = HashMap::new();
    for id in order.iter().rev() {
        let below = kids[id].iter().map(|c| best[c]).max().unwrap_or(0);
        best.insert(*id, dur[id] + below);
    }
    let mut cur = roots[0];
    for &r in &roots[1..] {
        if best[&r] > best[&cur] {
            cur = r;
        }
    }
    let total_us = best[&cur];
    let mut path = vec![cur];
    while let Some(&first) = kids[&cur].first() {
        let mut pick = first;
        for &c in &kids[&cur] {
            if best[&c] > best[&pick] {
                pick = c;
            }
        }
        cur = pick;
        path.push(cur);
    }
    Some(CriticalPath { total_us, spans: path })
}
