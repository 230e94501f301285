// learner: optimal
// idiom: iterator adapters: collect/fold/scan for index and order, rev().max_by_key for first-wins ties
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

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let init: HashMap<u64, Vec<u64>> = spans.iter().map(|s| (s.id, Vec::new())).collect();
    spans.iter().fold(init, |mut m, s| {
        if let Some(list) = s.parent.and_then(|p| m.get_mut(&p)) {
            list.push(s.id);
        }
        m
    })
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let pos: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let (children, roots) = spans.iter().enumerate().fold(
        (vec![Vec::new(); spans.len()], Vec::new()),
        |(mut ch, mut roots), (i, s)| {
            match s.parent.and_then(|p| pos.get(&p)) {
                Some(&p) => ch[p].push(i),
                None => roots.push(i),
            }
            (ch, roots)
        },
    );
    // breadth-first order: parents before children (a queue that grows while read)
    let mut order: Vec<usize> = roots.clone();
    let mut head = 0;
    while let Some(&u) = order.get(head) {
        head += 1;
        order.extend(children[u].iter().copied());
    }
    let mut best = vec![0u64; spans.len()];
    order.iter().rev().for_each(|&u| {
        best[u] = spans[u].duration_us + children[u].iter().map(|&c| best[c]).max().unwrap_or(0);
    });
    // rev() + max_by_key keeps the *first* of equal maxima in input order
    let root = roots.iter().rev().copied().max_by_key(|&r| best[r])?;
    let path: Vec<u64> = std::iter::successors(Some(root), |&u| {
        children[u].iter().rev().copied().max_by_key(|&c| best[c])
    })
    .map(|u| spans[u].id)
    .collect();
    Some(CriticalPath { total_us: best[root], spans: path })
}
