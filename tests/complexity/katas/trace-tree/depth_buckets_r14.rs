// learner: optimal
// idiom: APL-ish: parent index vector, depth vector by pointer chasing with memo, nodes bucketed by depth (counting sort) then one reverse scan scattering max into parents
//! The critical path of a distributed trace: see README.md.

use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub id: u64,
    pub parent: Option<u64>,
    pub duration_us: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CriticalPath {
    pub total_us: u64,
    pub spans: Vec<u64>,
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut m: HashMap<u64, Vec<u64>> = HashMap::with_capacity(spans.len());
    spans.iter().for_each(|s| {
        m.insert(s.id, vec![]);
    });
    spans
        .iter()
        .filter_map(|s| s.parent.map(|p| (p, s.id)))
        .for_each(|(p, c)| {
            if let Some(v) = m.get_mut(&p) {
                v.push(c)
            }
        });
    m
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let n = spans.len();
    if n == 0 {
        return None;
    }
    let at: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    // parent index vector; n means "root"
    let par: Vec<usize> = spans
        .iter()
        .map(|s| s.parent.and_then(|p| at.get(&p).copied()).unwrap_or(n))
        .collect();
    // depth by chasing parents, memoised, with an explicit trail instead of recursion
    let mut depth = vec![usize::MAX; n];
    let mut trail = Vec::new();
    for i in 0..n {
        let mut v = i;
        while v < n && depth[v] == usize::MAX {
            trail.push(v);
            v = par[v];
        }
        let mut d = if v < n { depth[v] + 1 } else { 0 };
        while let Some(w) = trail.pop() {
            depth[w] = d;
            d += 1;
        }
    }
    // counting sort by depth; within a depth, input order is kept
    let maxd = depth.iter().copied().max().unwrap();
    let mut start = vec![0usize; maxd + 2];
    depth.iter().for_each(|&d| start[d + 1] += 1);
    (0..=maxd).for_each(|d| start[d + 1] += start[d]);
    let mut by_depth = vec![0usize; n];
    let mut fill = start.clone();
    for i in 0..n {
        by_depth[fill[depth[i]]] = i;
        fill[depth[i]] += 1;
    }
    // total[v] = own + max over children; best child = first child (input order) with that max.
    // Scanning deepest first, children are finished before their parent; scanning each level
    // in reverse input order with >= keeps the earliest child on ties.
    let mut below = vec![0u64; n];
    let mut best_child = vec![usize::MAX; n];
    let mut total = vec![0u64; n];
    for &v in by_depth.iter().rev() {
        total[v] = spans[v].duration_us + below[v];
        let p = par[v];
        if p < n && (best_child[p] == usize::MAX || total[v] >= below[p]) {
            below[p] = total[v];
            best_child[p] = v;
        }
    }
    let roots: Vec<usize> = (0..n).filter(|&i| par[i] == n).collect();
    let top = roots.iter().copied().rev().max_by_key(|&r| total[r]).unwrap();
    let ids: Vec<u64> = std::iter::successors(Some(top), |&v| Some(best_child[v]).filter(|&c| c != usize::MAX))
        .map(|v| spans[v].id)
        .collect();
    Some(CriticalPath { total_us: total[top], spans: ids })
}
