// learner: optimal
// idiom: a ReScript web developer: build an index (id -> position) and child lists once, get a top-down order with a breadth-first pass, then fill `best` by iterating that order backwards; small pure helpers and `max_by` with an index tiebreak
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

type Index = HashMap<u64, usize>;

fn index_of(spans: &[Span]) -> Index {
    spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect()
}

fn parent_pos(index: &Index, span: &Span) -> Option<usize> {
    span.parent.and_then(|p| index.get(&p).copied())
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut map: HashMap<u64, Vec<u64>> = spans.iter().map(|s| (s.id, vec![])).collect();
    spans.iter().for_each(|s| {
        if let Some(kids) = s.parent.and_then(|p| map.get_mut(&p)) {
            kids.push(s.id);
        }
    });
    map
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let index = index_of(spans);
    let n = spans.len();
    let mut kids: Vec<Vec<usize>> = vec![vec![]; n];
    let mut roots = vec![];
    for (i, s) in spans.iter().enumerate() {
        match parent_pos(&index, s) {
            Some(p) => kids[p].push(i),
            None => roots.push(i),
        }
    }

    // breadth-first: every parent comes before its children
    let mut order = roots.clone();
    let mut head = 0;
    while head < order.len() {
        let node = order[head];
        order.extend(kids[node].iter().copied());
        head += 1;
    }

    // bottom-up: best[i] = duration + best child; ties keep the earliest child (max_by keeps the last, so reverse)
    let mut best = vec![0u64; n];
    let mut next: Vec<Option<usize>> = vec![None; n];
    for &node in order.iter().rev() {
        let pick = kids[node].iter().rev().copied().max_by_key(|&c| best[c]);
        next[node] = pick;
        best[node] = spans[node].duration_us + pick.map_or(0, |c| best[c]);
    }

    let start = roots.iter().rev().copied().max_by_key(|&r| best[r])?;
    let path: Vec<u64> = std::iter::successors(Some(start), |&i| next[i]).map(|i| spans[i].id).collect();
    Some(CriticalPath { total_us: best[start], spans: path })
}
