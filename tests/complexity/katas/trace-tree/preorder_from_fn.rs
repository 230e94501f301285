// learner: optimal
// idiom: functional: reuses children_map, a preorder produced lazily by std::iter::from_fn over an explicit stack, then a reversed fold filling an id-keyed HashMap of (total, best child); max_by with reversed position for first-in-input ties
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
    let mut map: HashMap<u64, Vec<u64>> = spans.iter().map(|s| (s.id, Vec::new())).collect();
    spans
        .iter()
        .filter_map(|s| s.parent.map(|p| (p, s.id)))
        .for_each(|(p, c)| {
            if let Some(kids) = map.get_mut(&p) {
                kids.push(c);
            }
        });
    map
}

/// Among (position, total, id) candidates, the largest total, first position on ties.
fn pick<I: Iterator<Item = (usize, u64, u64)>>(cands: I) -> Option<(usize, u64, u64)> {
    cands.max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let kids = children_map(spans);
    let duration: HashMap<u64, u64> = spans.iter().map(|s| (s.id, s.duration_us)).collect();
    let is_root = |s: &&Span| s.parent.map_or(true, |p| !duration.contains_key(&p));
    let roots: Vec<u64> = spans.iter().filter(is_root).map(|s| s.id).collect();

    let mut stack: Vec<u64> = roots.clone();
    let preorder: Vec<u64> = std::iter::from_fn(|| {
        let id = stack.pop()?;
        stack.extend(kids[&id].iter().copied());
        Some(id)
    })
    .collect();

    let best: HashMap<u64, (u64, Option<u64>)> = preorder.iter().rev().fold(HashMap::new(), |mut acc, &id| {
        let chosen = pick(kids[&id].iter().enumerate().map(|(pos, c)| (pos, acc[c].0, *c)));
        let below = chosen.map_or(0, |(_, t, _)| t);
        acc.insert(id, (duration[&id] + below, chosen.map(|(_, _, c)| c)));
        acc
    });

    let (_, total_us, start) = pick(roots.iter().enumerate().map(|(pos, r)| (pos, best[r].0, *r)))?;
    let spans_on_path: Vec<u64> = std::iter::successors(Some(start), |id| best[id].1).collect();
    Some(CriticalPath { total_us, spans: spans_on_path })
}
