// learner: slow
// why: slowest_path is O(n^2) time, target O(n): decides whether each parent id exists with spans.iter().any(..), a linear scan per span
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
    let mut map: HashMap<u64, Vec<u64>> = HashMap::new();
    for s in spans {
        map.entry(s.id).or_default();
    }
    for s in spans {
        if let Some(p) = s.parent {
            if let Some(kids) = map.get_mut(&p) {
                kids.push(s.id);
            }
        }
    }
    map
}

fn is_root(spans: &[Span], s: &Span) -> bool {
    match s.parent {
        None => true,
        Some(p) => !spans.iter().any(|other| other.id == p),
    }
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let kids = children_map(spans);
    let dur: HashMap<u64, u64> = spans.iter().map(|s| (s.id, s.duration_us)).collect();
    let roots: Vec<u64> = spans.iter().filter(|s| is_root(spans, s)).map(|s| s.id).collect();

    // postorder with an explicit stack: (id, children done?)
    let mut best: HashMap<u64, u64> = HashMap::new();
    let mut stack: Vec<(u64, bool)> = roots.iter().rev().map(|&r| (r, false)).collect();
    while let Some((id, done)) = stack.pop() {
        if done {
            let tail = kids[&id].iter().map(|c| best[c]).max().unwrap_or(0);
            best.insert(id, dur[&id] + tail);
        } else {
            stack.push((id, true));
            for &c in &kids[&id] {
                stack.push((c, false));
            }
        }
    }
    let mut cur = *roots.iter().reduce(|a, b| if best[b] > best[a] { b } else { a })?;
    let total_us = best[&cur];
    let mut path = vec![cur];
    while let Some(&next) = kids[&cur].iter().reduce(|a, b| if best[b] > best[a] { b } else { a }) {
        path.push(next);
        cur = next;
    }
    Some(CriticalPath { total_us, spans: path })
}
