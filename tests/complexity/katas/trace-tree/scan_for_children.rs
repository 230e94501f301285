// learner: slow
// why: children_map and slowest_path are O(n^2) time, target O(n): each span's children are found by filtering all spans with matches!(parent, Some(p) if p == id)
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
        .filter(|(_, c)| matches!(c.parent, Some(p) if p == id))
        .map(|(i, _)| i)
        .collect()
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    spans
        .iter()
        .map(|s| (s.id, kids_of(spans, s.id).into_iter().map(|i| spans[i].id).collect()))
        .collect()
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let ids: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let roots: Vec<usize> = (0..spans.len())
        .filter(|&i| spans[i].parent.map_or(true, |p| !ids.contains_key(&p)))
        .collect();
    // order parents before children, then fill bottom-up
    let mut order = roots.clone();
    let mut k = 0;
    while k < order.len() {
        let more = kids_of(spans, spans[order[k]].id);
        order.extend(more);
        k += 1;
    }
    let mut best = vec![0u64; spans.len()];
    for &u in order.iter().rev() {
        let below = kids_of(spans, spans[u].id).iter().map(|&c| best[c]).max().unwrap_or(0);
        best[u] = spans[u].duration_us + below;
    }
    let first_max = |c: &[usize]| c.iter().copied().reduce(|a, b| if best[b] > best[a] { b } else { a });
    let mut at = first_max(&roots)?;
    let mut path = CriticalPath { total_us: best[at], spans: vec![spans[at].id] };
    while let Some(c) = first_max(&kids_of(spans, spans[at].id)) {
        path.spans.push(spans[c].id);
        at = c;
    }
    Some(path)
}
