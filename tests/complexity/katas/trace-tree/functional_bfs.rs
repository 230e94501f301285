// learner: optimal
// idiom: functional: children_map by fold with the entry API, BFS order as a Vec that grows while a cursor reads it, reverse fold fills best sums, path by std::iter::successors
//! Critical path of a distributed trace.
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
    let base: HashMap<u64, Vec<u64>> = spans.iter().map(|s| (s.id, Vec::new())).collect();
    spans.iter().fold(base, |mut m, s| {
        if let Some(list) = s.parent.and_then(|p| m.get_mut(&p)) {
            list.push(s.id);
        }
        m
    })
}

/// the first id of `ids` with the largest value in `best` (ties: earliest)
fn first_max(ids: &[u64], best: &HashMap<u64, u64>) -> Option<u64> {
    ids.iter().copied().fold(None, |acc: Option<u64>, id| match acc {
        Some(a) if best[&a] >= best[&id] => Some(a),
        _ => Some(id),
    })
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let kids = children_map(spans);
    let dur: HashMap<u64, u64> = spans.iter().map(|s| (s.id, s.duration_us)).collect();
    let roots: Vec<u64> = spans
        .iter()
        .filter(|s| s.parent.map_or(true, |p| !dur.contains_key(&p)))
        .map(|s| s.id)
        .collect();
    let mut order = roots.clone();
    let mut cursor = 0;
    while cursor < order.len() {
        let id = order[cursor];
        order.extend_from_slice(&kids[&id]);
        cursor += 1;
    }
    let best: HashMap<u64, u64> = order.iter().rev().fold(HashMap::with_capacity(order.len()), |mut b, &id| {
        let below = kids[&id].iter().map(|c| b[c]).max().unwrap_or(0);
        b.insert(id, dur[&id] + below);
        b
    });
    let start = first_max(&roots, &best)?;
    let path: Vec<u64> = std::iter::successors(Some(start), |id| first_max(&kids[id], &best)).collect();
    Some(CriticalPath { total_us: best[&start], spans: path })
}
