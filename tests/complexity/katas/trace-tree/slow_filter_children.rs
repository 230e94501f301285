// learner: slow
// why: children_map and slowest_path are O(n^2) time, target O(n): each span's children are found by filtering every record for a matching parent
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

fn kids_of(spans: &[Span], id: u64) -> Vec<usize> {
    spans
        .iter()
        .enumerate()
        .filter(|(_, s)| matches!(s.parent, Some(p) if p == id))
        .map(|(i, _)| i)
        .collect()
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    spans
        .iter()
        .map(|s| (s.id, kids_of(spans, s.id).into_iter().map(|i| spans[i].id).collect()))
        .collect()
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let ids: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let roots: Vec<usize> = (0..spans.len())
        .filter(|&i| spans[i].parent.map_or(true, |p| !ids.contains_key(&p)))
        .collect();
    // post-order with an explicit stack
    let mut total = vec![0u64; spans.len()];
    let mut next = vec![None; spans.len()];
    let mut stack: Vec<(usize, bool)> = roots.iter().rev().map(|&r| (r, false)).collect();
    while let Some((u, done)) = stack.pop() {
        let kids = kids_of(spans, spans[u].id);
        if !done {
            stack.push((u, true));
            for &k in kids.iter().rev() {
                stack.push((k, false));
            }
        } else {
            let mut best: Option<usize> = None;
            for &k in &kids {
                if best.map_or(true, |b| total[k] > total[b]) {
                    best = Some(k);
                }
            }
            total[u] = spans[u].duration_us + best.map_or(0, |b| total[b]);
            next[u] = best;
        }
    }
    let mut top: Option<usize> = None;
    for &r in &roots {
        if top.map_or(true, |t| total[r] > total[t]) {
            top = Some(r);
        }
    }
    let top = top?;
    let mut path = vec![spans[top].id];
    let mut cur = top;
    while let Some(c) = next[cur] {
        path.push(spans[c].id);
        cur = c;
    }
    Some(CriticalPath { total_us: total[top], spans: path })
}
