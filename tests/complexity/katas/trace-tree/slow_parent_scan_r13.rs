// learner: slow
// why: children_map is O(n^2) time, target O(n): for every span it scans all spans for those naming it as parent
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

fn kids_of(spans: &[Span], id: u64) -> Vec<u64> {
    spans.iter().filter(|s| s.parent == Some(id)).map(|s| s.id).collect()
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    spans.iter().map(|s| (s.id, kids_of(spans, s.id))).collect()
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    if spans.is_empty() {
        return None;
    }
    let children = children_map(spans);
    let by_id: HashMap<u64, &Span> = spans.iter().map(|s| (s.id, s)).collect();
    let roots: Vec<u64> = spans
        .iter()
        .filter(|s| s.parent.map_or(true, |p| !by_id.contains_key(&p)))
        .map(|s| s.id)
        .collect();
    // post-order with an explicit stack
    let mut best: HashMap<u64, u64> = HashMap::new();
    let mut stack: Vec<(u64, bool)> = roots.iter().rev().map(|&r| (r, false)).collect();
    while let Some((id, expanded)) = stack.pop() {
        if expanded {
            let below = children[&id].iter().map(|c| best[c]).max().unwrap_or(0);
            best.insert(id, by_id[&id].duration_us + below);
        } else {
            stack.push((id, true));
            for &c in &children[&id] {
                stack.push((c, false));
            }
        }
    }
    let mut cur = roots[0];
    for &r in &roots[1..] {
        if best[&r] > best[&cur] {
            cur = r;
        }
    }
    let total_us = best[&cur];
    let mut path = vec![cur];
    loop {
        let kids = &children[&cur];
        let Some(&first) = kids.first() else { break };
        let mut b = first;
        for &c in kids.iter() {
            if best[&c] > best[&b] {
                b = c;
            }
        }
        path.push(b);
        cur = b;
    }
    Some(CriticalPath { total_us, spans: path })
}
