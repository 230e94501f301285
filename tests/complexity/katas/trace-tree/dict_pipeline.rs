// learner: optimal
// idiom: data-engineer: dict of id->children reused from children_map, dict of id->span, BFS list grown while read, best totals in a HashMap, max_by with tie rule via rev()
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
    let mut kids: HashMap<u64, Vec<u64>> = spans.iter().map(|s| (s.id, Vec::new())).collect();
    for (pid, id) in spans.iter().filter_map(|s| s.parent.map(|p| (p, s.id))) {
        if let Some(v) = kids.get_mut(&pid) {
            v.push(id);
        }
    }
    kids
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let by_id: HashMap<u64, &Span> = spans.iter().map(|s| (s.id, s)).collect();
    let kids = children_map(spans);
    let roots: Vec<u64> = spans
        .iter()
        .filter(|s| s.parent.map_or(true, |p| !by_id.contains_key(&p)))
        .map(|s| s.id)
        .collect();

    // breadth-first listing: parents before children
    let mut order = roots.clone();
    let mut i = 0;
    while let Some(&id) = order.get(i) {
        order.extend(kids[&id].iter().copied());
        i += 1;
    }

    let mut best: HashMap<u64, u64> = HashMap::with_capacity(order.len());
    for id in order.iter().rev() {
        let below = kids[id].iter().map(|c| best[c]).max().unwrap_or(0);
        best.insert(*id, by_id[id].duration_us + below);
    }

    // max_by_key returns the LAST maximum; reverse so the first in input order wins ties
    let first_max = |ids: &[u64]| ids.iter().rev().copied().max_by_key(|id| best[id]);
    let start = first_max(&roots)?;
    let path: Vec<u64> = std::iter::successors(Some(start), |id| first_max(&kids[id])).collect();
    Some(CriticalPath { total_us: best[&start], spans: path })
}
