// learner: optimal
// idiom: Pascal-teacher style: arena arrays first_child/next_sibling/last_child, queue with head index, procedures with &mut arrays, while loops
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

const NONE: usize = usize::MAX;

/* procedure Link(spans; var first_child, next_sibling, roots) -- children kept in input order */
fn link(spans: &[Span], first_child: &mut Vec<usize>, next_sibling: &mut Vec<usize>, roots: &mut Vec<usize>) {
    let n: usize = spans.len();
    let mut where_is: HashMap<u64, usize> = HashMap::new();
    let mut last_child: Vec<usize> = vec![NONE; n];
    let mut i: usize = 0;
    while i < n {
        where_is.insert(spans[i].id, i);
        i = i + 1;
    }
    let mut last_root: usize = NONE;
    i = 0;
    while i < n {
        let mut p: usize = NONE;
        if let Some(pid) = spans[i].parent {
            if let Some(&at) = where_is.get(&pid) {
                p = at;
            }
        }
        if p == NONE {
            roots.push(i);
            last_root = i;
        } else {
            if first_child[p] == NONE {
                first_child[p] = i;
            } else {
                next_sibling[last_child[p]] = i;
            }
            last_child[p] = i;
        }
        i = i + 1;
    }
    let _ = last_root;
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let n: usize = spans.len();
    let mut first_child: Vec<usize> = vec![NONE; n];
    let mut next_sibling: Vec<usize> = vec![NONE; n];
    let mut roots: Vec<usize> = Vec::new();
    link(spans, &mut first_child, &mut next_sibling, &mut roots);
    let mut result: HashMap<u64, Vec<u64>> = HashMap::new();
    let mut i: usize = 0;
    while i < n {
        let mut kids: Vec<u64> = Vec::new();
        let mut c: usize = first_child[i];
        while c != NONE {
            kids.push(spans[c].id);
            c = next_sibling[c];
        }
        result.insert(spans[i].id, kids);
        i = i + 1;
    }
    result
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let n: usize = spans.len();
    if n == 0 {
        return None;
    }
    let mut first_child: Vec<usize> = vec![NONE; n];
    let mut next_sibling: Vec<usize> = vec![NONE; n];
    let mut roots: Vec<usize> = Vec::new();
    link(spans, &mut first_child, &mut next_sibling, &mut roots);

    /* breadth-first list: parents before children */
    let mut queue: Vec<usize> = roots.clone();
    let mut head: usize = 0;
    while head < queue.len() {
        let mut c: usize = first_child[queue[head]];
        while c != NONE {
            queue.push(c);
            c = next_sibling[c];
        }
        head = head + 1;
    }

    /* best[u] = duration[u] + best child; best_child[u] = first child reaching it */
    let mut best: Vec<u64> = vec![0; n];
    let mut best_child: Vec<usize> = vec![NONE; n];
    let mut k: usize = queue.len();
    while k > 0 {
        k = k - 1;
        let u: usize = queue[k];
        let mut c: usize = first_child[u];
        let mut top: u64 = 0;
        while c != NONE {
            if best_child[u] == NONE || best[c] > top {
                top = best[c];
                best_child[u] = c;
            }
            c = next_sibling[c];
        }
        best[u] = spans[u].duration_us + top;
    }

    let mut start: usize = roots[0];
    let mut r: usize = 1;
    while r < roots.len() {
        if best[roots[r]] > best[start] {
            start = roots[r];
        }
        r = r + 1;
    }
    let mut ids: Vec<u64> = Vec::new();
    let mut u: usize = start;
    while u != NONE {
        ids.push(spans[u].id);
        u = best_child[u];
    }
    Some(CriticalPath { total_us: best[start], spans: ids })
}
