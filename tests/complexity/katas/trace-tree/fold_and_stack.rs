// learner: optimal
// idiom: Groovy-style: inject/fold to build maps, explicit (node, visited) stack for post-order, max_by with closures, HashMap<u64,u64> of scores
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
    let seed: HashMap<u64, Vec<u64>> = spans.iter().map(|s| (s.id, vec![])).collect();
    spans.iter().fold(seed, |mut acc, s| {
        s.parent
            .filter(|p| acc.contains_key(p))
            .map(|p| acc.get_mut(&p).unwrap().push(s.id));
        acc
    })
}

/// first element with the strictly greatest key (ties -> earliest)
fn first_max<'a, I: Iterator<Item = &'a u64>>(ids: I, score: &HashMap<u64, u64>) -> Option<u64> {
    ids.fold(None, |best: Option<u64>, &id| match best {
        Some(b) if score[&b] >= score[&id] => Some(b),
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

    let mut score: HashMap<u64, u64> = HashMap::with_capacity(spans.len());
    let mut stack: Vec<(u64, bool)> = roots.iter().map(|&r| (r, false)).collect();
    while let Some((id, expanded)) = stack.pop() {
        if expanded {
            let below = kids[&id].iter().map(|c| score[c]).max().unwrap_or(0);
            score.insert(id, dur[&id] + below);
        } else {
            stack.push((id, true));
            stack.extend(kids[&id].iter().map(|&c| (c, false)));
        }
    }

    let start = first_max(roots.iter(), &score)?;
    let path: Vec<u64> = std::iter::successors(Some(start), |id| first_max(kids[id].iter(), &score)).collect();
    Some(CriticalPath { total_us: score[&start], spans: path })
}
