// learner: optimal
// idiom: Odin-style SoA: first_child/next_sibling/parent_idx arrays (an intrusive child list), pending-children counters, leaves-up worklist, no Vec<Vec>
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

const NIL: usize = usize::MAX;

struct Tree {
    parent: Vec<usize>,
    first_child: Vec<usize>,
    next_sibling: Vec<usize>,
}

fn build_tree(spans: &[Span]) -> Tree {
    let n = spans.len();
    let mut index_of: HashMap<u64, usize> = HashMap::with_capacity(n);
    for i in 0..n {
        index_of.insert(spans[i].id, i);
    }
    let mut parent = vec![NIL; n];
    let mut first_child = vec![NIL; n];
    let mut next_sibling = vec![NIL; n];
    // insert in reverse so each sibling list ends up in input order
    let mut i = n;
    while i > 0 {
        i -= 1;
        if let Some(pid) = spans[i].parent {
            if let Some(&p) = index_of.get(&pid) {
                parent[i] = p;
                next_sibling[i] = first_child[p];
                first_child[p] = i;
            }
        }
    }
    Tree { parent, first_child, next_sibling }
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let tree = build_tree(spans);
    let mut out: HashMap<u64, Vec<u64>> = HashMap::with_capacity(spans.len());
    for i in 0..spans.len() {
        let mut list = Vec::new();
        let mut c = tree.first_child[i];
        while c != NIL {
            list.push(spans[c].id);
            c = tree.next_sibling[c];
        }
        out.insert(spans[i].id, list);
    }
    out
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let n = spans.len();
    if n == 0 {
        return None;
    }
    let tree = build_tree(spans);

    // how many children are still unfinished, per span
    let mut waiting = vec![0u32; n];
    for i in 0..n {
        if tree.parent[i] != NIL {
            waiting[tree.parent[i]] += 1;
        }
    }
    let mut total = vec![0u64; n];
    let mut best_child = vec![NIL; n];
    let mut ready: Vec<usize> = Vec::with_capacity(n);
    for i in 0..n {
        if waiting[i] == 0 {
            ready.push(i);
        }
    }
    while let Some(u) = ready.pop() {
        // all children of u are done: pick the first one with the largest total
        let mut best = NIL;
        let mut c = tree.first_child[u];
        while c != NIL {
            if best == NIL || total[c] > total[best] {
                best = c;
            }
            c = tree.next_sibling[c];
        }
        best_child[u] = best;
        total[u] = spans[u].duration_us + if best == NIL { 0 } else { total[best] };
        let p = tree.parent[u];
        if p != NIL {
            waiting[p] -= 1;
            if waiting[p] == 0 {
                ready.push(p);
            }
        }
    }

    let mut root = NIL;
    for i in 0..n {
        if tree.parent[i] == NIL && (root == NIL || total[i] > total[root]) {
            root = i;
        }
    }
    let mut ids = Vec::new();
    let mut at = root;
    while at != NIL {
        ids.push(spans[at].id);
        at = best_child[at];
    }
    Some(CriticalPath { total_us: total[root], spans: ids })
}
