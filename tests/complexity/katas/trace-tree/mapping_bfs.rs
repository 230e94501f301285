// learner: optimal
// idiom: Solidity-style: id=>index mapping, children arrays of indices, BFS order vec read from the front, bottom-up array pass, index loops
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
    let mut kids: HashMap<u64, Vec<u64>> = HashMap::with_capacity(spans.len());
    for i in 0..spans.len() {
        kids.insert(spans[i].id, Vec::new());
    }
    for i in 0..spans.len() {
        if let Some(p) = spans[i].parent {
            if let Some(list) = kids.get_mut(&p) {
                list.push(spans[i].id);
            }
        }
    }
    kids
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let n = spans.len();
    if n == 0 {
        return None;
    }

    // mapping(uint64 => uint256) indexOf
    let mut index_of: HashMap<u64, usize> = HashMap::with_capacity(n);
    for i in 0..n {
        index_of.insert(spans[i].id, i);
    }

    let mut children: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut roots: Vec<usize> = Vec::new();
    for i in 0..n {
        let parent_idx = match spans[i].parent {
            Some(p) => index_of.get(&p).copied(),
            None => None,
        };
        match parent_idx {
            Some(pi) => children[pi].push(i),
            None => roots.push(i),
        }
    }

    // breadth-first order: parents before children
    let mut order: Vec<usize> = roots.clone();
    let mut head = 0;
    while head < order.len() {
        let u = order[head];
        head += 1;
        for k in 0..children[u].len() {
            order.push(children[u][k]);
        }
    }

    let mut best: Vec<u64> = vec![0; n];
    let mut pos = order.len();
    while pos > 0 {
        pos -= 1;
        let u = order[pos];
        let mut below = 0u64;
        for k in 0..children[u].len() {
            let c = children[u][k];
            if best[c] > below {
                below = best[c];
            }
        }
        best[u] = spans[u].duration_us + below;
    }

    let mut cur = roots[0];
    for r in 1..roots.len() {
        if best[roots[r]] > best[cur] {
            cur = roots[r];
        }
    }

    let total = best[cur];
    let mut path = vec![spans[cur].id];
    while !children[cur].is_empty() {
        let mut pick = children[cur][0];
        for k in 1..children[cur].len() {
            if best[children[cur][k]] > best[pick] {
                pick = children[cur][k];
            }
        }
        cur = pick;
        path.push(spans[cur].id);
    }

    Some(CriticalPath { total_us: total, spans: path })
}
