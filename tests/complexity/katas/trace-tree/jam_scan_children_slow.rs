// learner: slow
// why: children_map is O(n^2) time, target O(n): for every span it scans all spans for records naming it as parent
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
    spans.iter().map(|s| (s.id, spans.iter().filter(|c| c.parent.is_some_and(|p| p == s.id)).map(|c| c.id).collect())).collect()
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let kids = children_map(spans);
    let dur: HashMap<u64, u64> = spans.iter().map(|s| (s.id, s.duration_us)).collect();
    let roots: Vec<u64> = spans.iter().filter(|s| s.parent.map_or(true, |p| !kids.contains_key(&p))).map(|s| s.id).collect();
    // BFS order, then fold bottom-up
    let mut ord = roots.clone();
    let mut i = 0;
    while i < ord.len() { let u = ord[i]; ord.extend(&kids[&u]); i += 1; }
    let mut best: HashMap<u64, u64> = HashMap::new();
    for &u in ord.iter().rev() { let b = dur[&u] + kids[&u].iter().map(|c| best[c]).max().unwrap_or(0); best.insert(u, b); }
    let mut u = *roots.iter().rev().max_by_key(|r| best[*r])?;
    let (t, mut path) = (best[&u], vec![u]);
    while let Some(&c) = kids[&u].iter().rev().max_by_key(|c| best[*c]) { path.push(c); u = c; }
    Some(CriticalPath { total_us: t, spans: path })
}
