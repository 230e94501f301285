// learner: optimal
// idiom: V-style index loops over parallel Vecs, explicit DFS stack for a preorder, processed backwards; `or {}`-like match on map lookups
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
    let mut out: HashMap<u64, Vec<u64>> = HashMap::new();
    for i in 0..spans.len() {
        out.insert(spans[i].id, Vec::new());
    }
    for i in 0..spans.len() {
        let p = match spans[i].parent {
            Some(p) => p,
            None => continue,
        };
        match out.get_mut(&p) {
            Some(list) => list.push(spans[i].id),
            None => {}
        }
    }
    out
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let n = spans.len();
    if n == 0 {
        return None;
    }
    let mut idx: HashMap<u64, usize> = HashMap::new();
    for i in 0..n {
        idx.insert(spans[i].id, i);
    }
    // first-child / next-sibling links, in input order
    let mut first: Vec<usize> = vec![usize::MAX; n];
    let mut last: Vec<usize> = vec![usize::MAX; n];
    let mut sibling: Vec<usize> = vec![usize::MAX; n];
    let mut roots: Vec<usize> = Vec::new();
    for i in 0..n {
        let mut parent_i = usize::MAX;
        if let Some(p) = spans[i].parent {
            parent_i = match idx.get(&p) {
                Some(j) => *j,
                None => usize::MAX,
            };
        }
        if parent_i == usize::MAX {
            roots.push(i);
        } else if first[parent_i] == usize::MAX {
            first[parent_i] = i;
            last[parent_i] = i;
        } else {
            sibling[last[parent_i]] = i;
            last[parent_i] = i;
        }
    }
    // preorder with an explicit stack
    let mut pre: Vec<usize> = Vec::new();
    let mut stack: Vec<usize> = roots.clone();
    while stack.len() > 0 {
        let u = stack.pop().unwrap();
        pre.push(u);
        let mut c = first[u];
        while c != usize::MAX {
            stack.push(c);
            c = sibling[c];
        }
    }
    // children come after their parent in `pre`, so walk it backwards
    let mut best: Vec<u64> = vec![0; n];
    let mut best_child: Vec<usize> = vec![usize::MAX; n];
    let mut k = pre.len();
    while k > 0 {
        k -= 1;
        let u = pre[k];
        let mut c = first[u];
        let mut top: u64 = 0;
        while c != usize::MAX {
            if best_child[u] == usize::MAX || best[c] > top {
                top = best[c];
                best_child[u] = c;
            }
            c = sibling[c];
        }
        best[u] = spans[u].duration_us + top;
    }
    let mut start = roots[0];
    for r in roots.iter() {
        if best[*r] > best[start] {
            start = *r;
        }
    }
    let mut ids: Vec<u64> = Vec::new();
    let mut u = start;
    while u != usize::MAX {
        ids.push(spans[u].id);
        u = best_child[u];
    }
    Some(CriticalPath { total_us: best[start], spans: ids })
}
