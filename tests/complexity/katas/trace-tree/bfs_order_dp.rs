// learner: optimal
// idiom: textbook hint-follower: HashMap id->position, children Vec<Vec<usize>>, BFS order list read from the front, bottom-up DP over it backwards, greedy walk down
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
    for s in spans {
        if let Some(p) = s.parent {
            if let Some(kids) = map.get_mut(&p) {
                kids.push(s.id);
            }
        }
    }
    map
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    if spans.is_empty() {
        return None;
    }
    let pos: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); spans.len()];
    let mut roots = Vec::new();
    for (i, s) in spans.iter().enumerate() {
        match s.parent.and_then(|p| pos.get(&p)) {
            Some(&p) => children[p].push(i),
            None => roots.push(i),
        }
    }
    let mut order = roots.clone();
    let mut head = 0;
    while head < order.len() {
        let u = order[head];
        head += 1;
        order.extend_from_slice(&children[u]);
    }
    let mut best = vec![0u64; spans.len()];
    for &u in order.iter().rev() {
        let below = children[u].iter().map(|&c| best[c]).max().unwrap_or(0);
        best[u] = spans[u].duration_us + below;
    }
    let pick = |cands: &[usize]| -> Option<usize> {
        let mut chosen: Option<usize> = None;
        for &c in cands {
            if chosen.map_or(true, |b| best[c] > best[b]) {
                chosen = Some(c);
            }
        }
        chosen
    };
    let mut cur = pick(&roots)?;
    let total = best[cur];
    let mut path = vec![spans[cur].id];
    while let Some(next) = pick(&children[cur]) {
        path.push(spans[next].id);
        cur = next;
    }
    Some(CriticalPath { total_us: total, spans: path })
}
