// learner: slow
// idiom: a Modula-2 teacher: no hash map for the tree; a procedure finds a span's children (and whether its parent exists) by scanning the whole span array, used inside an explicit post-order stack walk
// why: children_map and slowest_path are O(n^2) time: each span's children (and each parent's existence) are found by a linear scan of all n spans, vs the O(n) target
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

/* Positions of the spans whose parent is the span with this id, in input order. */
fn children_of(spans: &[Span], id: u64) -> Vec<usize> {
    let mut result = Vec::new();
    let mut j = 0;
    while j < spans.len() {
        if spans[j].parent == Some(id) {
            result.push(j);
        }
        j = j + 1;
    }
    result
}

/* Whether some span of the trace carries this id. */
fn exists(spans: &[Span], id: u64) -> bool {
    let mut j = 0;
    while j < spans.len() {
        if spans[j].id == id {
            return true;
        }
        j = j + 1;
    }
    false
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut map = HashMap::new();
    let mut i = 0;
    while i < spans.len() {
        let mut ids = Vec::new();
        for k in children_of(spans, spans[i].id) {
            ids.push(spans[k].id);
        }
        map.insert(spans[i].id, ids);
        i = i + 1;
    }
    map
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let n = spans.len();
    if n == 0 {
        return None;
    }
    let mut best: Vec<u64> = vec![0; n];
    let mut best_child: Vec<Option<usize>> = vec![None; n];
    let mut best_root: Option<usize> = None;

    let mut i = 0;
    while i < n {
        let is_root = match spans[i].parent {
            None => true,
            Some(p) => !exists(spans, p),
        };
        if is_root {
            /* post-order walk of this root's tree: (node, its children, how many done) */
            let mut stack: Vec<(usize, Vec<usize>, usize)> = Vec::new();
            stack.push((i, children_of(spans, spans[i].id), 0));
            while stack.len() > 0 {
                let top = stack.len() - 1;
                if stack[top].2 < stack[top].1.len() {
                    let child = stack[top].1[stack[top].2];
                    stack[top].2 = stack[top].2 + 1;
                    let grandchildren = children_of(spans, spans[child].id);
                    stack.push((child, grandchildren, 0));
                } else {
                    let (node, kids, _) = stack.pop().unwrap();
                    let mut choice: Option<usize> = None;
                    for c in kids {
                        match choice {
                            None => choice = Some(c),
                            Some(b) => {
                                if best[c] > best[b] {
                                    choice = Some(c);
                                }
                            }
                        }
                    }
                    best_child[node] = choice;
                    best[node] = spans[node].duration_us;
                    if let Some(c) = choice {
                        best[node] = best[node] + best[c];
                    }
                }
            }
            match best_root {
                None => best_root = Some(i),
                Some(r) => {
                    if best[i] > best[r] {
                        best_root = Some(i);
                    }
                }
            }
        }
        i = i + 1;
    }

    let start = best_root.unwrap();
    let mut ids = Vec::new();
    let mut current = Some(start);
    while let Some(c) = current {
        ids.push(spans[c].id);
        current = best_child[c];
    }
    Some(CriticalPath { total_us: best[start], spans: ids })
}
