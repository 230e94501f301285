// learner: optimal
// idiom: index + BFS order + backward DP; the walk down keeps `debug_assert!(spans[c].parent == Some(spans[u].id))` — an O(1) sanity check of one link, not a scan
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
    let mut order: Vec<usize> = Vec::with_capacity(spans.len());
    for (i, s) in spans.iter().enumerate() {
        match s.parent.and_then(|p| pos.get(&p)) {
            Some(&p) => children[p].push(i),
            None => order.push(i), // a root
        }
    }
    let roots = order.len();
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
    // First root with the largest total (roots were pushed in input order).
    let mut u = order[0];
    for &r in &order[1..roots] {
        if best[r] > best[u] {
            u = r;
        }
    }
    let total_us = best[u];
    let mut path = vec![spans[u].id];
    loop {
        let mut next: Option<usize> = None;
        for &c in &children[u] {
            if next.map_or(true, |n| best[c] > best[n]) {
                next = Some(c);
            }
        }
        let Some(c) = next else { break };
        debug_assert!(spans[c].parent == Some(spans[u].id));
        path.push(spans[c].id);
        u = c;
    }
    Some(CriticalPath { total_us, spans: path })
}
