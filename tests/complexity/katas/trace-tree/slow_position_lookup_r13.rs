// learner: slow
// why: slowest_path is O(n^2) time, target O(n): finds each span's parent by a linear position() search over the slice
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
    let mut m: HashMap<u64, Vec<u64>> = HashMap::new();
    for s in spans {
        m.entry(s.id).or_default();
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
    // parent position of every span (None for roots)
    let parent_pos: Vec<Option<usize>> = spans
        .iter()
        .map(|s| s.parent.and_then(|p| spans.iter().position(|t| t.id == p)))
        .collect();
    let mut kids: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (i, pp) in parent_pos.iter().enumerate() {
        if let Some(p) = *pp {
            kids[p].push(i);
        }
    }
    let mut order: Vec<usize> = (0..n).filter(|&i| parent_pos[i].is_none()).collect();
    let roots = order.clone();
    let mut i = 0;
    while i < order.len() {
        let u = order[i];
        order.extend(kids[u].iter().copied());
        i += 1;
    }
    let mut best = vec![0u64; n];
    for &u in order.iter().rev() {
        best[u] = spans[u].duration_us + kids[u].iter().map(|&c| best[c]).max().unwrap_or(0);
    }
    let mut cur = roots[0];
    for &r in &roots {
        if best[r] > best[cur] {
            cur = r;
        }
    }
    let total_us = best[cur];
    let mut ids = vec![spans[cur].id];
    while !kids[cur].is_empty() {
        let mut b = kids[cur][0];
        for &c in &kids[cur] {
            if best[c] > best[b] {
                b = c;
            }
        }
        ids.push(spans[b].id);
        cur = b;
    }
    Some(CriticalPath { total_us, spans: ids })
}
