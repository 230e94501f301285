// learner: optimal
// idiom: web-dev style: TraceIndex struct built by TraceIndex::build(), BFS order Vec, backwards DP, iterator max-with-first-tie helpers
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

struct TraceIndex<'a> {
    spans: &'a [Span],
    children: Vec<Vec<usize>>,
    roots: Vec<usize>,
}

impl<'a> TraceIndex<'a> {
    fn build(spans: &'a [Span]) -> Self {
        let pos: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
        let mut children = vec![Vec::new(); spans.len()];
        let mut roots = Vec::new();
        for (i, s) in spans.iter().enumerate() {
            match s.parent.and_then(|p| pos.get(&p)) {
                Some(&p) => children[p].push(i),
                None => roots.push(i),
            }
        }
        Self { spans, children, roots }
    }

    fn top_down_order(&self) -> Vec<usize> {
        let mut order = self.roots.clone();
        let mut head = 0;
        while head < order.len() {
            let u = order[head];
            head += 1;
            order.extend_from_slice(&self.children[u]);
        }
        order
    }

    fn best_of(candidates: &[usize], score: &[u64]) -> Option<usize> {
        candidates.iter().copied().fold(None, |best: Option<usize>, c| match best {
            Some(b) if score[b] >= score[c] => Some(b),
            _ => Some(c),
        })
    }
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let index = TraceIndex::build(spans);
    spans
        .iter()
        .zip(index.children.iter())
        .map(|(s, kids)| (s.id, kids.iter().map(|&k| spans[k].id).collect()))
        .collect()
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let index = TraceIndex::build(spans);
    let order = index.top_down_order();
    let mut score = vec![0u64; spans.len()];
    for &u in order.iter().rev() {
        let below = index.children[u].iter().map(|&c| score[c]).max().unwrap_or(0);
        score[u] = index.spans[u].duration_us + below;
    }
    let mut at = TraceIndex::best_of(&index.roots, &score)?;
    let total_us = score[at];
    let mut path = vec![spans[at].id];
    while let Some(next) = TraceIndex::best_of(&index.children[at], &score) {
        path.push(spans[next].id);
        at = next;
    }
    Some(CriticalPath { total_us, spans: path })
}
