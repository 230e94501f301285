// learner: optimal
// idiom: leaves-up Kahn pass: count open children per span, a ready queue of finished spans, each parent updated by its finished children
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

fn parent_positions(spans: &[Span]) -> Vec<Option<usize>> {
    let pos: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    spans
        .iter()
        .map(|s| s.parent.and_then(|p| pos.get(&p).copied()))
        .collect()
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let parents = parent_positions(spans);
    let mut map: HashMap<u64, Vec<u64>> = spans.iter().map(|s| (s.id, Vec::new())).collect();
    for (s, p) in spans.iter().zip(&parents) {
        if let Some(&p) = p.as_ref() {
            map.get_mut(&spans[p].id).expect("parent is a span").push(s.id);
        }
    }
    map
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let n = spans.len();
    let parents = parent_positions(spans);
    let mut open_children = vec![0u32; n];
    for p in parents.iter().flatten() {
        open_children[*p] += 1;
    }
    // below[u]: best total of a path starting below u; via[u]: the child it goes through
    let mut below = vec![0u64; n];
    let mut via: Vec<Option<usize>> = vec![None; n];
    let mut ready: Vec<usize> = (0..n).filter(|&u| open_children[u] == 0).collect();
    while let Some(u) = ready.pop() {
        let through_u = spans[u].duration_us + below[u];
        if let Some(p) = parents[u] {
            let better = match via[p] {
                None => true,
                Some(cur) => through_u > below[p] || (through_u == below[p] && u < cur),
            };
            if better {
                below[p] = through_u;
                via[p] = Some(u);
            }
            open_children[p] -= 1;
            if open_children[p] == 0 {
                ready.push(p);
            }
        }
    }
    let root = (0..n)
        .filter(|&u| parents[u].is_none())
        .map(|u| (spans[u].duration_us + below[u], std::cmp::Reverse(u)))
        .max()
        .map(|(_, std::cmp::Reverse(u))| u)?;
    let total_us = spans[root].duration_us + below[root];
    let ids: Vec<u64> = std::iter::successors(Some(root), |&u| via[u]).map(|u| spans[u].id).collect();
    Some(CriticalPath { total_us, spans: ids })
}
