// learner: slow
// why: slowest_path is O(n^2) time, target O(n): finds each span's children (and checks for a parent) by scanning every record
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

fn kids_of(spans: &[Span], id: u64) -> Vec<usize> {
    spans
        .iter()
        .enumerate()
        .filter(|(_, c)| c.parent == Some(id))
        .map(|(i, _)| i)
        .collect()
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let ids: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let mut map: HashMap<u64, Vec<u64>> = spans.iter().map(|s| (s.id, Vec::new())).collect();
    for s in spans {
        if let Some(p) = s.parent.filter(|p| ids.contains_key(p)) {
            map.get_mut(&p).unwrap().push(s.id);
        }
    }
    map
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let ids: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let mut order: Vec<usize> = (0..spans.len())
        .filter(|&i| spans[i].parent.map_or(true, |p| !ids.contains_key(&p)))
        .collect();
    let roots = order.clone();
    let mut head = 0;
    while head < order.len() {
        let u = order[head];
        head += 1;
        order.extend(kids_of(spans, spans[u].id));
    }
    let mut best = vec![0u64; spans.len()];
    for &u in order.iter().rev() {
        let m = kids_of(spans, spans[u].id).into_iter().map(|k| best[k]).max().unwrap_or(0);
        best[u] = spans[u].duration_us + m;
    }
    let mut cur = *roots.iter().reduce(|a, b| if best[*b] > best[*a] { b } else { a })?;
    let total_us = best[cur];
    let mut path = vec![spans[cur].id];
    loop {
        let kids = kids_of(spans, spans[cur].id);
        let Some(&first) = kids.first() else { break };
        cur = kids.into_iter().fold(first, |a, b| if best[b] > best[a] { b } else { a });
        path.push(spans[cur].id);
    }
    Some(CriticalPath { total_us, spans: path })
}
