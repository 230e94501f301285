// learner: slow
// why: slowest_path is O(n^2) time, target O(n): each span's children are found by scanning all records
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
            if let Some(v) = map.get_mut(&p) {
                v.push(s.id);
            }
        }
    }
    map
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let n = spans.len();
    let pos: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let is_root = |s: &Span| s.parent.map_or(true, |p| !pos.contains_key(&p));
    // BFS order from the roots, children found by scanning every record.
    let mut order: Vec<usize> = (0..n).filter(|&i| is_root(&spans[i])).collect();
    let roots = order.len();
    let mut kids: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut head = 0;
    while head < order.len() {
        let u = order[head];
        head += 1;
        for (i, s) in spans.iter().enumerate() {
            if s.parent == Some(spans[u].id) {
                kids[u].push(i);
                order.push(i);
            }
        }
    }
    let mut best = vec![0u64; n];
    for &u in order.iter().rev() {
        best[u] = spans[u].duration_us + kids[u].iter().map(|&c| best[c]).max().unwrap_or(0);
    }
    let mut u = *order.first()?;
    for &r in &order[..roots] {
        if best[r] > best[u] {
            u = r;
        }
    }
    let total_us = best[u];
    let mut ids = vec![spans[u].id];
    loop {
        let mut next: Option<usize> = None;
        for &c in &kids[u] {
            if next.map_or(true, |x| best[c] > best[x]) {
                next = Some(c);
            }
        }
        match next {
            Some(c) => {
                ids.push(spans[c].id);
                u = c;
            }
            None => break,
        }
    }
    Some(CriticalPath { total_us, spans: ids })
}
