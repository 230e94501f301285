// learner: slow
// why: children_map is O(n^2) time, target O(n): before pushing a child it checks the parent's Vec with contains() to avoid duplicates, so a wide trace scans every sibling list again and again
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
    let mut m: HashMap<u64, Vec<u64>> = HashMap::with_capacity(spans.len());
    let mut i = 0;
    while i < spans.len() {
        m.insert(spans[i].id, Vec::new());
        i += 1;
    }
    i = 0;
    while i < spans.len() {
        if let Some(p) = spans[i].parent {
            if let Some(v) = m.get_mut(&p) {
                if !v.contains(&spans[i].id) {
                    v.push(spans[i].id);
                }
            }
        }
        i += 1;
    }
    m
}

const NONE: usize = usize::MAX;

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let n = spans.len();
    if n == 0 {
        return None;
    }
    let mut idx: HashMap<u64, usize> = HashMap::with_capacity(n);
    for i in 0..n {
        idx.insert(spans[i].id, i);
    }
    let mut par = vec![NONE; n];
    let mut pending = vec![0usize; n];
    for i in 0..n {
        if let Some(p) = spans[i].parent {
            if let Some(&j) = idx.get(&p) {
                par[i] = j;
                pending[j] += 1;
            }
        }
    }
    let mut best = vec![0u64; n]; // best total of children so far
    let mut next = vec![NONE; n]; // child giving that best
    let mut total = vec![0u64; n];
    let mut ready: Vec<usize> = Vec::new();
    for i in 0..n {
        if pending[i] == 0 {
            ready.push(i);
        }
    }
    while let Some(i) = ready.pop() {
        total[i] = spans[i].duration_us + best[i];
        let p = par[i];
        if p == NONE {
            continue;
        }
        let cur = next[p];
        if cur == NONE || total[i] > best[p] || (total[i] == best[p] && i < cur) {
            best[p] = total[i];
            next[p] = i;
        }
        pending[p] -= 1;
        if pending[p] == 0 {
            ready.push(p);
        }
    }
    let mut root = NONE;
    for i in 0..n {
        if par[i] == NONE && (root == NONE || total[i] > total[root]) {
            root = i;
        }
    }
    let mut path = Vec::new();
    let mut at = root;
    while at != NONE {
        path.push(spans[at].id);
        at = next[at];
    }
    Some(CriticalPath { total_us: total[root], spans: path })
}
