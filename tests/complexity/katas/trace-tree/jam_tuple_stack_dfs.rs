// learner: optimal
// idiom: game-jam: reuse children_map, HashMap<u64,u64> memo, explicit (id, expanded) tuple stack post-order DFS, max_by_key ties via rev()
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
    let mut m: HashMap<u64, Vec<u64>> = spans.iter().map(|s| (s.id, vec![])).collect();
    for s in spans { if let Some(v) = s.parent.and_then(|p| m.get_mut(&p)) { v.push(s.id) } }
    m
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let kids = children_map(spans);
    let dur: HashMap<u64, u64> = spans.iter().map(|s| (s.id, s.duration_us)).collect();
    let roots: Vec<u64> = spans.iter().filter(|s| s.parent.map_or(true, |p| !kids.contains_key(&p))).map(|s| s.id).collect();
    let mut best: HashMap<u64, u64> = HashMap::with_capacity(spans.len());
    let mut st: Vec<(u64, bool)> = roots.iter().map(|&r| (r, false)).collect();
    while let Some((u, done)) = st.pop() {
        if done { let b = dur[&u] + kids[&u].iter().map(|c| best[c]).max().unwrap_or(0); best.insert(u, b); continue; }
        st.push((u, true));
        st.extend(kids[&u].iter().map(|&c| (c, false)));
    }
    // max_by_key keeps the LAST max, so rev() to make the first one win
    let mut u = *roots.iter().rev().max_by_key(|r| best[*r])?;
    let (total_us, mut path) = (best[&u], vec![u]);
    while let Some(&c) = kids[&u].iter().rev().max_by_key(|c| best[*c]) { path.push(c); u = c; }
    Some(CriticalPath { total_us, spans: path })
}
