// learner: optimal
// idiom: textbook index-based tree: id -> position map, Vec<Vec<usize>> children, BFS order list, bottom-up DP, top-down walk; helpers with invariants
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

/// Positional tree. Invariants: `kids[i]` lists child positions in input order;
/// `roots` lists root positions in input order.
struct Tree {
    kids: Vec<Vec<usize>>,
    roots: Vec<usize>,
}

fn build_tree(spans: &[Span]) -> Tree {
    let mut pos: HashMap<u64, usize> = HashMap::with_capacity(spans.len());
    for (i, s) in spans.iter().enumerate() {
        pos.insert(s.id, i);
    }
    let mut kids = vec![Vec::new(); spans.len()];
    let mut roots = Vec::new();
    for (i, s) in spans.iter().enumerate() {
        match s.parent.and_then(|p| pos.get(&p)) {
            Some(&p) => kids[p].push(i),
            None => roots.push(i),
        }
    }
    Tree { kids, roots }
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let tree = build_tree(spans);
    let mut out = HashMap::with_capacity(spans.len());
    for (i, s) in spans.iter().enumerate() {
        out.insert(s.id, tree.kids[i].iter().map(|&k| spans[k].id).collect());
    }
    out
}

/// Breadth-first order: every parent precedes its children.
fn top_down_order(tree: &Tree) -> Vec<usize> {
    let mut order = tree.roots.clone();
    let mut head = 0;
    while head < order.len() {
        let u = order[head];
        head += 1;
        order.extend_from_slice(&tree.kids[u]);
    }
    order
}

/// First index with the strictly largest score (ties go to the earlier one).
fn best_of(cands: &[usize], score: &[u64]) -> Option<usize> {
    let mut best: Option<usize> = None;
    for &c in cands {
        if best.map_or(true, |b| score[c] > score[b]) {
            best = Some(c);
        }
    }
    best
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let tree = build_tree(spans);
    let order = top_down_order(&tree);
    // Invariant after the loop: below[u] = duration(u) + max over children of below[child].
    let mut below = vec![0u64; spans.len()];
    for &u in order.iter().rev() {
        let deepest = tree.kids[u].iter().map(|&k| below[k]).max().unwrap_or(0);
        below[u] = spans[u].duration_us + deepest;
    }
    let mut cur = best_of(&tree.roots, &below)?;
    let total_us = below[cur];
    let mut path = vec![spans[cur].id];
    while let Some(next) = best_of(&tree.kids[cur], &below) {
        path.push(spans[next].id);
        cur = next;
    }
    Some(CriticalPath { total_us, spans: path })
}
