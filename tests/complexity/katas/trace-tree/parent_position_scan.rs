// learner: slow
// why: children_map is O(n^2) time, target O(n): looks up each span's parent with a linear position() search over all spans
//! The critical path of a distributed trace: see README.md.

use std::collections::HashMap;

/// One span of a trace, as a collector receives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub id: u64,
    pub parent: Option<u64>,
    pub duration_us: u64,
}

/// The slowest root-to-leaf chain of spans.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CriticalPath {
    pub total_us: u64,
    pub spans: Vec<u64>,
}

fn parent_index(spans: &[Span], i: usize) -> Option<usize> {
    let pid = spans[i].parent?;
    spans.iter().position(|s| s.id == pid)
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut map: HashMap<u64, Vec<u64>> = HashMap::new();
    for s in spans {
        map.insert(s.id, Vec::new());
    }
    for i in 0..spans.len() {
        if let Some(p) = parent_index(spans, i) {
            map.get_mut(&spans[p].id).unwrap().push(spans[i].id);
        }
    }
    map
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    if spans.is_empty() {
        return None;
    }
    let n = spans.len();
    let mut kids: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut roots = Vec::new();
    for i in 0..n {
        match parent_index(spans, i) {
            Some(p) => kids[p].push(i),
            None => roots.push(i),
        }
    }
    let mut order = roots.clone();
    let mut k = 0;
    while k < order.len() {
        let u = order[k];
        order.extend(kids[u].iter().copied());
        k += 1;
    }
    let mut sum = vec![0u64; n];
    for &u in order.iter().rev() {
        let mut m = 0;
        for &c in &kids[u] {
            m = m.max(sum[c]);
        }
        sum[u] = spans[u].duration_us + m;
    }
    let mut cur = roots[0];
    for &r in &roots {
        if sum[r] > sum[cur] {
            cur = r;
        }
    }
    let total_us = sum[cur];
    let mut path = vec![spans[cur].id];
    while !kids[cur].is_empty() {
        let mut best = kids[cur][0];
        for &c in &kids[cur] {
            if sum[c] > sum[best] {
                best = c;
            }
        }
        path.push(spans[best].id);
        cur = best;
    }
    Some(CriticalPath { total_us, spans: path })
}
