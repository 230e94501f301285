// learner: optimal
// idiom: terse grinder, id->idx HashMap, Vec<Vec<usize>> adjacency, BFS order with head index, dp backwards, strict > for first-wins ties
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
    let mut m: HashMap<u64, Vec<u64>> = HashMap::with_capacity(spans.len());
    for s in spans {
        m.insert(s.id, Vec::new());
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

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let n = spans.len();
    if n == 0 {
        return None;
    }
    let pos: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let mut ch = vec![Vec::new(); n];
    let mut q = Vec::with_capacity(n);
    for (i, s) in spans.iter().enumerate() {
        match s.parent.and_then(|p| pos.get(&p)) {
            Some(&p) => ch[p].push(i),
            None => q.push(i),
        }
    }
    let roots = q.len();
    let mut h = 0;
    while h < q.len() {
        let u = q[h];
        h += 1;
        q.extend_from_slice(&ch[u]);
    }
    let mut dp = vec![0u64; n];
    for &u in q.iter().rev() {
        let mut b = 0;
        for &c in &ch[u] {
            b = b.max(dp[c]);
        }
        dp[u] = spans[u].duration_us + b;
    }
    let mut u = q[0];
    for &r in &q[1..roots] {
        if dp[r] > dp[u] {
            u = r;
        }
    }
    let total = dp[u];
    let mut path = vec![spans[u].id];
    while !ch[u].is_empty() {
        let mut b = ch[u][0];
        for &c in &ch[u][1..] {
            if dp[c] > dp[b] {
                b = c;
            }
        }
        u = b;
        path.push(spans[u].id);
    }
    Some(CriticalPath { total_us: total, spans: path })
}
