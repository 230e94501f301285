// learner: slow
// why: children_map and slowest_path are O(n^2) time, target O(n): each span finds its children by filtering all spans on parent == Some(id)
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

use std::collections::HashSet;

fn kids_of(spans: &[Span], id: u64) -> impl Iterator<Item = &Span> + '_ {
    spans.iter().filter(move |c| c.parent == Some(id))
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    spans
        .iter()
        .map(|s| (s.id, kids_of(spans, s.id).map(|c| c.id).collect()))
        .collect()
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let ids: HashSet<u64> = spans.iter().map(|s| s.id).collect();
    let durations: HashMap<u64, u64> = spans.iter().map(|s| (s.id, s.duration_us)).collect();
    let roots: Vec<&Span> = spans.iter().filter(|s| s.parent.map_or(true, |p| !ids.contains(&p))).collect();

    let mut order: Vec<u64> = roots.iter().map(|s| s.id).collect();
    let mut i = 0;
    while i < order.len() {
        let id = order[i];
        order.extend(kids_of(spans, id).map(|c| c.id));
        i += 1;
    }
    let mut best: HashMap<u64, u64> = HashMap::new();
    for &id in order.iter().rev() {
        let below = kids_of(spans, id).map(|c| best[&c.id]).max().unwrap_or(0);
        best.insert(id, durations[&id] + below);
    }
    let pick = |cands: Vec<u64>| -> Option<u64> {
        cands.into_iter().fold(None, |acc: Option<u64>, id| match acc {
            Some(b) if best[&b] >= best[&id] => Some(b),
            _ => Some(id),
        })
    };
    let mut cur = pick(roots.iter().map(|s| s.id).collect())?;
    let total = best[&cur];
    let mut path = vec![cur];
    while let Some(next) = pick(kids_of(spans, cur).map(|c| c.id).collect()) {
        path.push(next);
        cur = next;
    }
    Some(CriticalPath { total_us: total, spans: path })
}
