// learner: slow
// why: children_map and slowest_path are O(n^2) time, target O(n): each span finds its children by scanning every record for parent == Some(id)
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

/* procedure KidsOf(spans, id; var kids): positions of all spans whose parent is id, in input order */
fn kids_of(spans: &[Span], id: u64, kids: &mut Vec<usize>) {
    let mut j: usize = 0;
    kids.clear();
    while j < spans.len() {
        if spans[j].parent == Some(id) {
            kids.push(j);
        }
        j = j + 1;
    }
}

/* function IsRoot: parent missing or not in the trace */
fn is_root(spans: &[Span], i: usize) -> bool {
    match spans[i].parent {
        None => true,
        Some(p) => {
            let mut j: usize = 0;
            while j < spans.len() {
                if spans[j].id == p {
                    return false;
                }
                j = j + 1;
            }
            true
        }
    }
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut result: HashMap<u64, Vec<u64>> = HashMap::new();
    let mut kids: Vec<usize> = Vec::new();
    let mut i: usize = 0;
    while i < spans.len() {
        kids_of(spans, spans[i].id, &mut kids);
        let mut ids: Vec<u64> = Vec::new();
        let mut k: usize = 0;
        while k < kids.len() {
            ids.push(spans[kids[k]].id);
            k = k + 1;
        }
        result.insert(spans[i].id, ids);
        i = i + 1;
    }
    result
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let n: usize = spans.len();
    if n == 0 {
        return None;
    }
    /* breadth-first from the roots so that parents come before children */
    let mut order: Vec<usize> = Vec::new();
    let mut i: usize = 0;
    while i < n {
        if is_root(spans, i) {
            order.push(i);
        }
        i = i + 1;
    }
    let root_count: usize = order.len();
    let mut kids: Vec<usize> = Vec::new();
    let mut head: usize = 0;
    while head < order.len() {
        kids_of(spans, spans[order[head]].id, &mut kids);
        let mut k: usize = 0;
        while k < kids.len() {
            order.push(kids[k]);
            k = k + 1;
        }
        head = head + 1;
    }
    let mut best: Vec<u64> = vec![0; n];
    let mut step: Vec<usize> = vec![usize::MAX; n];
    let mut t: usize = order.len();
    while t > 0 {
        t = t - 1;
        let u: usize = order[t];
        kids_of(spans, spans[u].id, &mut kids);
        let mut top: u64 = 0;
        let mut k: usize = 0;
        while k < kids.len() {
            if step[u] == usize::MAX || best[kids[k]] > top {
                top = best[kids[k]];
                step[u] = kids[k];
            }
            k = k + 1;
        }
        best[u] = spans[u].duration_us + top;
    }
    let mut start: usize = order[0];
    let mut r: usize = 1;
    while r < root_count {
        if best[order[r]] > best[start] {
            start = order[r];
        }
        r = r + 1;
    }
    let mut ids: Vec<u64> = Vec::new();
    let mut u: usize = start;
    while u != usize::MAX {
        ids.push(spans[u].id);
        u = step[u];
    }
    Some(CriticalPath { total_us: best[start], spans: ids })
}
