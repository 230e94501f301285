// learner: optimal
// idiom: hand-rolled arena with first-child/next-sibling links and a leaves-first (Kahn) bottom-up pass driven by pending-child counters
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

const NIL: usize = usize::MAX;

struct Node {
    parent: usize,
    first_child: usize,
    last_child: usize,
    next_sibling: usize,
    pending: usize,
    best: u64,
}

struct Arena {
    nodes: Vec<Node>,
}

impl Arena {
    fn build(spans: &[Span]) -> Arena {
        let index: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
        let mut nodes: Vec<Node> = (0..spans.len())
            .map(|_| Node { parent: NIL, first_child: NIL, last_child: NIL, next_sibling: NIL, pending: 0, best: 0 })
            .collect();
        for (i, s) in spans.iter().enumerate() {
            let p = match s.parent.and_then(|p| index.get(&p)) {
                Some(&p) => p,
                None => continue,
            };
            nodes[i].parent = p;
            if nodes[p].last_child == NIL {
                nodes[p].first_child = i;
            } else {
                let last = nodes[p].last_child;
                nodes[last].next_sibling = i;
            }
            nodes[p].last_child = i;
            nodes[p].pending += 1;
        }
        Arena { nodes }
    }

    fn children(&self, u: usize) -> ChildIter<'_> {
        ChildIter { arena: self, cur: self.nodes[u].first_child }
    }
}

struct ChildIter<'a> {
    arena: &'a Arena,
    cur: usize,
}

impl Iterator for ChildIter<'_> {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        if self.cur == NIL {
            return None;
        }
        let c = self.cur;
        self.cur = self.arena.nodes[c].next_sibling;
        Some(c)
    }
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let arena = Arena::build(spans);
    (0..spans.len())
        .map(|i| (spans[i].id, arena.children(i).map(|c| spans[c].id).collect()))
        .collect()
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let mut arena = Arena::build(spans);
    let n = spans.len();
    // leaves first; a node is ready once all its children have reported
    let mut ready: Vec<usize> = (0..n).filter(|&i| arena.nodes[i].pending == 0).collect();
    let mut sub_best = vec![0u64; n];
    while let Some(u) = ready.pop() {
        let total = spans[u].duration_us + sub_best[u];
        arena.nodes[u].best = total;
        let p = arena.nodes[u].parent;
        if p != NIL {
            if total > sub_best[p] {
                sub_best[p] = total;
            }
            arena.nodes[p].pending -= 1;
            if arena.nodes[p].pending == 0 {
                ready.push(p);
            }
        }
    }
    let mut cur = NIL;
    for i in 0..n {
        if arena.nodes[i].parent == NIL && (cur == NIL || arena.nodes[i].best > arena.nodes[cur].best) {
            cur = i;
        }
    }
    if cur == NIL {
        return None;
    }
    let total_us = arena.nodes[cur].best;
    let mut path = Vec::new();
    loop {
        path.push(spans[cur].id);
        let mut pick = NIL;
        for c in arena.children(cur) {
            if pick == NIL || arena.nodes[c].best > arena.nodes[pick].best {
                pick = c;
            }
        }
        if pick == NIL {
            break;
        }
        cur = pick;
    }
    Some(CriticalPath { total_us, spans: path })
}
