// learner: slow
// why: children_map is O(n^2) time, target O(n): each span's children are found by filtering every record by parent
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
    spans
        .iter()
        .map(|s| {
            let kids = spans
                .iter()
                .filter(|c| c.parent == Some(s.id))
                .map(|c| c.id)
                .collect();
            (s.id, kids)
        })
        .collect()
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    if spans.is_empty() {
        return None;
    }
    let kids = children_map(spans);
    let dur: HashMap<u64, u64> = spans.iter().map(|s| (s.id, s.duration_us)).collect();
    let roots: Vec<u64> = spans
        .iter()
        .filter(|s| match s.parent {
            None => true,
            Some(p) => !dur.contains_key(&p),
        })
        .map(|s| s.id)
        .collect();

    let mut order = roots.clone();
    let mut i = 0;
    while i < order.len() {
        let id = order[i];
        order.extend(kids[&id].iter().copied());
        i += 1;
    }
    let mut best: HashMap<u64, u64> = HashMap::new();
    for id in order.iter().rev() {
        let m = kids[id].iter().map(|c| best[c]).max().unwrap_or(0);
        best.insert(*id, dur[id] + m);
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
        let list = &kids[&cur];
        if list.is_empty() {
            break;
        }
        let mut pick = list[0];
        for &c in &list[1..] {
            if best[&c] > best[&pick] {
                pick = c;
            }
        }
        cur = pick;
        path.push(cur);
    }
    Some(CriticalPath { total_us, spans: path })
}
