// learner: optimal
// idiom: hint-shaped: id -> index HashMap, Vec<Vec<usize>> children, BFS order list read from the front, backward pass for best sums, greedy walk down
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

fn index_of(spans: &[Span]) -> HashMap<u64, usize> {
    spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect()
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut out: HashMap<u64, Vec<u64>> = spans.iter().map(|s| (s.id, Vec::new())).collect();
    for s in spans {
        if let Some(p) = s.parent {
            if let Some(kids) = out.get_mut(&p) {
                kids.push(s.id);
            }
        }
    }
    out
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    if spans.is_empty() {
        return None;
    }
    let pos = index_of(spans);
    let n = spans.len();
    let mut kids: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut roots = Vec::new();
    for (i, s) in spans.iter().enumerate() {
        match s.parent.and_then(|p| pos.get(&p)) {
            Some(&pi) => kids[pi].push(i),
            None => roots.push(i),
        }
    }

    let mut order = roots.clone();
    let mut head = 0;
    while head < order.len() {
        let u = order[head];
        head += 1;
        order.extend_from_slice(&kids[u]);
    }

    let mut best = vec![0u64; n];
    for &u in order.iter().rev() {
        let below = kids[u].iter().map(|&c| best[c]).max().unwrap_or(0);
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
    let total_us = best[cur];
    let mut path = vec![spans[cur].id];
    while let Some(next) = pick(&kids[cur]) {
        path.push(spans[next].id);
        cur = next;
    }
    Some(CriticalPath { total_us, spans: path })
}
