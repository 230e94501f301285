// learner: optimal
// idiom: hint-shaped: id->index HashMap, Vec<Vec<usize>> children, BFS order list read from the front, bottom-up DP walking it backwards
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

fn index_tree(spans: &[Span]) -> (Vec<Vec<usize>>, Vec<usize>) {
    let pos: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let mut kids = vec![Vec::new(); spans.len()];
    let mut roots = Vec::new();
    for (i, s) in spans.iter().enumerate() {
        match s.parent.and_then(|p| pos.get(&p)) {
            Some(&p) => kids[p].push(i),
            None => roots.push(i),
        }
    }
    (kids, roots)
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let (kids, _) = index_tree(spans);
    spans
        .iter()
        .zip(kids)
        .map(|(s, k)| (s.id, k.into_iter().map(|c| spans[c].id).collect()))
        .collect()
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    if spans.is_empty() {
        return None;
    }
    let (kids, roots) = index_tree(spans);
    let mut order = roots.clone();
    let mut head = 0;
    while head < order.len() {
        let u = order[head];
        head += 1;
        order.extend_from_slice(&kids[u]);
    }
    let mut best = vec![0u64; spans.len()];
    for &u in order.iter().rev() {
        let below = kids[u].iter().map(|&c| best[c]).max().unwrap_or(0);
        best[u] = spans[u].duration_us + below;
    }
    // first root with the largest total (max_by_key keeps the last max, so compare by hand)
    let mut cur = roots[0];
    for &r in &roots[1..] {
        if best[r] > best[cur] {
            cur = r;
        }
    }
    let total_us = best[cur];
    let mut path = vec![spans[cur].id];
    loop {
        let mut next: Option<usize> = None;
        for &c in &kids[cur] {
            if next.map_or(true, |n| best[c] > best[n]) {
                next = Some(c);
            }
        }
        match next {
            Some(c) => {
                path.push(spans[c].id);
                cur = c;
            }
            None => break,
        }
    }
    Some(CriticalPath { total_us, spans: path })
}
