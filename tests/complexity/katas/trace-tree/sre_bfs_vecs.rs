// learner: optimal
// idiom: SRE: HashMap id->pos, Vec<Vec<usize>> kids, BFS order list, backwards DP, early return on empty
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
    let mut m: HashMap<u64, Vec<u64>> = HashMap::with_capacity(spans.len());
    for s in spans {
        m.insert(s.id, Vec::new());
    }
    for s in spans {
        if let Some(p) = s.parent {
            if let Some(v) = m.get_mut(&p) {
                v.push(s.id);
            }
        }
    }
    m
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    if spans.is_empty() {
        return None;
    }
    let pos: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let mut kids: Vec<Vec<usize>> = vec![Vec::new(); spans.len()];
    let mut roots = Vec::new();
    for (i, s) in spans.iter().enumerate() {
        match s.parent.and_then(|p| pos.get(&p)) {
            Some(&pi) => kids[pi].push(i),
            None => roots.push(i),
        }
    }
    // BFS: parents before children
    let mut order = roots.clone();
    let mut head = 0;
    while head < order.len() {
        let u = order[head];
        head += 1;
        order.extend_from_slice(&kids[u]);
    }
    let mut best = vec![0u64; spans.len()];
    for &u in order.iter().rev() {
        let below = kids[u].iter().map(|&c| best[c]).max().unwrap_or(0);
        best[u] = spans[u].duration_us + below;
    }
    let pick = |cands: &[usize]| -> Option<usize> {
        let mut top: Option<usize> = None;
        for &c in cands {
            if top.map_or(true, |t| best[c] > best[t]) {
                top = Some(c);
            }
        }
        top
    };
    let mut cur = pick(&roots)?;
    let total = best[cur];
    let mut path = vec![spans[cur].id];
    while let Some(next) = pick(&kids[cur]) {
        path.push(spans[next].id);
        cur = next;
    }
    Some(CriticalPath { total_us: total, spans: path })
}
