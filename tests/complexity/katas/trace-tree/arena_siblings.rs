// learner: optimal
// idiom: hand-rolled arena: first_child/next_sibling linked lists in Vec<usize> with NONE sentinel, explicit DFS stack, struct with impl helpers
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

const NONE: usize = usize::MAX;

struct Forest {
    first_child: Vec<usize>,
    next_sibling: Vec<usize>,
    first_root: usize,
}

impl Forest {
    fn build(spans: &[Span]) -> Forest {
        let n = spans.len();
        let pos: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
        let mut first_child = vec![NONE; n];
        let mut next_sibling = vec![NONE; n];
        let mut first_root = NONE;
        // walk backwards and prepend: lists end up in input order
        for i in (0..n).rev() {
            let slot = match spans[i].parent.and_then(|p| pos.get(&p)) {
                Some(&p) => &mut first_child[p],
                None => &mut first_root,
            };
            next_sibling[i] = *slot;
            *slot = i;
        }
        Forest { first_child, next_sibling, first_root }
    }

    fn siblings(&self, start: usize) -> Siblings<'_> {
        Siblings { forest: self, at: start }
    }
}

struct Siblings<'a> {
    forest: &'a Forest,
    at: usize,
}

impl Iterator for Siblings<'_> {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        if self.at == NONE {
            return None;
        }
        let here = self.at;
        self.at = self.forest.next_sibling[here];
        Some(here)
    }
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let forest = Forest::build(spans);
    let mut out = HashMap::with_capacity(spans.len());
    for (i, s) in spans.iter().enumerate() {
        let kids: Vec<u64> = forest.siblings(forest.first_child[i]).map(|c| spans[c].id).collect();
        out.insert(s.id, kids);
    }
    out
}

fn pick_best(forest: &Forest, head: usize, best: &[u64]) -> usize {
    let mut winner = NONE;
    for c in forest.siblings(head) {
        if winner == NONE || best[c] > best[winner] {
            winner = c;
        }
    }
    winner
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    if spans.is_empty() {
        return None;
    }
    let forest = Forest::build(spans);
    let n = spans.len();

    // pre-order via explicit stack, then process in reverse (children first)
    let mut preorder = Vec::with_capacity(n);
    let mut stack: Vec<usize> = forest.siblings(forest.first_root).collect();
    while let Some(u) = stack.pop() {
        preorder.push(u);
        stack.extend(forest.siblings(forest.first_child[u]));
    }

    let mut best = vec![0u64; n];
    for &u in preorder.iter().rev() {
        let mut m = 0;
        for c in forest.siblings(forest.first_child[u]) {
            m = m.max(best[c]);
        }
        best[u] = spans[u].duration_us + m;
    }

    let mut cur = pick_best(&forest, forest.first_root, &best);
    let total_us = best[cur];
    let mut ids = Vec::new();
    loop {
        ids.push(spans[cur].id);
        let next = pick_best(&forest, forest.first_child[cur], &best);
        if next == NONE {
            break;
        }
        cur = next;
    }
    Some(CriticalPath { total_us, spans: ids })
}
