// learner: optimal
// idiom: Pony-style TraceIndex struct owning positions/children/roots, built once then queried by methods; BFS order with a read cursor
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

struct TraceIndex<'a> {
    spans: &'a [Span],
    children: Vec<Vec<usize>>,
    roots: Vec<usize>,
}

impl<'a> TraceIndex<'a> {
    fn build(spans: &'a [Span]) -> TraceIndex<'a> {
        let mut position: HashMap<u64, usize> = HashMap::with_capacity(spans.len());
        for (i, s) in spans.iter().enumerate() {
            position.insert(s.id, i);
        }
        let mut children = vec![Vec::new(); spans.len()];
        let mut roots = Vec::new();
        for (i, s) in spans.iter().enumerate() {
            match s.parent.and_then(|p| position.get(&p)) {
                Some(&pi) => children[pi].push(i),
                None => roots.push(i),
            }
        }
        TraceIndex { spans, children, roots }
    }

    /// Parents before children.
    fn top_down(&self) -> Vec<usize> {
        let mut order = self.roots.clone();
        let mut cursor = 0;
        while cursor < order.len() {
            let u = order[cursor];
            cursor += 1;
            order.extend_from_slice(&self.children[u]);
        }
        order
    }

    fn slowest_below(&self) -> Vec<u64> {
        let mut best = vec![0u64; self.spans.len()];
        for &u in self.top_down().iter().rev() {
            let tail = self.children[u].iter().map(|&c| best[c]).max().unwrap_or(0);
            best[u] = self.spans[u].duration_us + tail;
        }
        best
    }

    /// First index in `candidates` with the largest score.
    fn first_max(candidates: &[usize], score: &[u64]) -> Option<usize> {
        let mut pick: Option<usize> = None;
        for &c in candidates {
            match pick {
                Some(p) if score[p] >= score[c] => {}
                _ => pick = Some(c),
            }
        }
        pick
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
    let best = index.slowest_below();
    let mut at = TraceIndex::first_max(&index.roots, &best)?;
    let total_us = best[at];
    let mut path = vec![spans[at].id];
    while let Some(next) = TraceIndex::first_max(&index.children[at], &best) {
        path.push(spans[next].id);
        at = next;
    }
    Some(CriticalPath { total_us, spans: path })
}
