// learner: slow
// why: slowest_path is O(n*depth) = O(n^2) time, target O(n): re-relaxes every span's best value until nothing changes instead of one children-first pass
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
    let mut m: HashMap<u64, Vec<u64>> = spans.iter().map(|s| (s.id, Vec::new())).collect();
    spans.iter().for_each(|s| {
        if let Some(list) = s.parent.and_then(|p| m.get_mut(&p)) {
            list.push(s.id);
        }
    });
    m
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    if spans.is_empty() {
        return None;
    }
    let at: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let mut kids: Vec<Vec<usize>> = vec![Vec::new(); spans.len()];
    let mut roots: Vec<usize> = Vec::new();
    for (i, s) in spans.iter().enumerate() {
        match s.parent.and_then(|p| at.get(&p)) {
            Some(&p) => kids[p].push(i),
            None => roots.push(i),
        }
    }
    // every span starts with just its own duration; keep folding children in until stable
    let mut best: Vec<u64> = spans.iter().map(|s| s.duration_us).collect();
    let mut changed = true;
    while changed {
        changed = false;
        for i in 0..spans.len() {
            let below = kids[i].iter().map(|&c| best[c]).max().unwrap_or(0);
            let v = spans[i].duration_us + below;
            if v != best[i] {
                best[i] = v;
                changed = true;
            }
        }
    }
    let first_max = |ids: &[usize]| {
        ids.iter().copied().fold(None::<usize>, |acc, id| match acc {
            Some(a) if best[a] >= best[id] => Some(a),
            _ => Some(id),
        })
    };
    let start = first_max(&roots)?;
    let mut path = vec![start];
    while let Some(next) = first_max(&kids[*path.last().unwrap()]) {
        path.push(next);
    }
    Some(CriticalPath {
        total_us: best[start],
        spans: path.into_iter().map(|i| spans[i].id).collect(),
    })
}
