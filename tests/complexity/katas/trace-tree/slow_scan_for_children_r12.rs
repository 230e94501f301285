// learner: slow
// why: slowest_path is O(n^2) time, target O(n): finds each span's children by scanning all spans
use std::collections::{HashMap, HashSet};

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
    let mut m: HashMap<u64, Vec<u64>> = spans.iter().map(|s| (s.id, Vec::new())).collect();
    for s in spans {
        if let Some(v) = s.parent.and_then(|p| m.get_mut(&p)) {
            v.push(s.id);
        }
    }
    m
}

fn kids_of(spans: &[Span], id: u64) -> Vec<usize> {
    spans
        .iter()
        .enumerate()
        .filter(|(_, s)| s.parent == Some(id))
        .map(|(i, _)| i)
        .collect()
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let ids: HashSet<u64> = spans.iter().map(|s| s.id).collect();
    let roots: Vec<usize> = (0..spans.len())
        .filter(|&i| spans[i].parent.map_or(true, |p| !ids.contains(&p)))
        .collect();
    // BFS order, children found by scanning
    let mut order = roots.clone();
    let mut kids: Vec<Vec<usize>> = vec![Vec::new(); spans.len()];
    let mut h = 0;
    while h < order.len() {
        let u = order[h];
        h += 1;
        kids[u] = kids_of(spans, spans[u].id);
        order.extend(kids[u].iter().copied());
    }
    let mut best = vec![0u64; spans.len()];
    for &u in order.iter().rev() {
        best[u] = spans[u].duration_us + kids[u].iter().map(|&c| best[c]).max().unwrap_or(0);
    }
    let pick = |c: &[usize]| {
        let mut t: Option<usize> = None;
        for &x in c {
            if t.map_or(true, |y| best[x] > best[y]) {
                t = Some(x);
            }
        }
        t
    };
    let mut cur = pick(&roots)?;
    let total_us = best[cur];
    let mut path = vec![spans[cur].id];
    while let Some(n) = pick(&kids[cur]) {
        path.push(spans[n].id);
        cur = n;
    }
    Some(CriticalPath { total_us, spans: path })
}
