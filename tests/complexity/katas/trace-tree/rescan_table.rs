// learner: slow
// idiom: SAS statistician: like a self-merge without an index; each span's children are found by reading the whole span table again, and the bottom-up order comes from repeated full passes
// why: children_map is O(n^2) (a full scan of all spans per span) vs O(n); slowest_path is O(n^2) (each span finds its children and its parent by scanning, and the parent lookup is a linear search) vs O(n)
//! The critical path of a distributed trace: see README.md.

use std::collections::HashMap;

/// One span of a trace, as a collector receives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub id: u64,
    pub parent: Option<u64>,
    pub duration_us: u64,
}

/// The slowest root-to-leaf chain of spans.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CriticalPath {
    pub total_us: u64,
    pub spans: Vec<u64>,
}

fn find_obs(spans: &[Span], id: u64) -> Option<usize> {
    for i in 0..spans.len() {
        if spans[i].id == id {
            return Some(i);
        }
    }
    None
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut out = HashMap::new();
    for i in 0..spans.len() {
        let mut kids = Vec::new();
        for j in 0..spans.len() {
            if spans[j].parent == Some(spans[i].id) {
                kids.push(spans[j].id);
            }
        }
        out.insert(spans[i].id, kids);
    }
    out
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let n = spans.len();
    if n == 0 {
        return None;
    }
    // depth of each span by walking up the parent chain... done iteratively, level by level
    let mut par = vec![usize::MAX; n];
    for i in 0..n {
        if let Some(p) = spans[i].parent {
            if let Some(pi) = find_obs(spans, p) {
                par[i] = pi;
            }
        }
    }
    let mut level = vec![usize::MAX; n];
    let mut assigned = 0;
    let mut lev = 0;
    for i in 0..n {
        if par[i] == usize::MAX {
            level[i] = 0;
            assigned += 1;
        }
    }
    let mut order: Vec<usize> = (0..n).filter(|&i| level[i] == 0).collect();
    let mut start = 0;
    while assigned < n {
        let end = order.len();
        for k in start..end {
            let u = order[k];
            for j in 0..n {
                if par[j] == u {
                    level[j] = lev + 1;
                    order.push(j);
                    assigned += 1;
                }
            }
        }
        start = end;
        lev += 1;
    }
    let mut best = vec![0u64; n];
    let mut pick = vec![usize::MAX; n];
    for k in (0..n).rev() {
        let u = order[k];
        let mut top = 0u64;
        for j in 0..n {
            if par[j] == u && (pick[u] == usize::MAX || best[j] > top) {
                top = best[j];
                pick[u] = j;
            }
        }
        best[u] = spans[u].duration_us + top;
    }
    let mut root = usize::MAX;
    for i in 0..n {
        if par[i] == usize::MAX && (root == usize::MAX || best[i] > best[root]) {
            root = i;
        }
    }
    let mut ids = Vec::new();
    let mut u = root;
    while u != usize::MAX {
        ids.push(spans[u].id);
        u = pick[u];
    }
    Some(CriticalPath { total_us: best[root], spans: ids })
}
