// learner: optimal
// idiom: Kotlin-style: extension trait firstMaxBy (like maxByOrNull, first wins), BFS order list read by index, iterator chains for index building
//! The critical path of a distributed trace: see README.md.

use std::collections::HashMap;

/// One span of a trace, as a collector receives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// Unique within the trace.
    pub id: u64,
    /// The span that caused this one; `None` (or an id that is not in the trace) makes it a root.
    pub parent: Option<u64>,
    /// Duration in microseconds.
    pub duration_us: u64,
}

/// The slowest root-to-leaf chain of spans.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CriticalPath {
    /// Sum of the durations along the path.
    pub total_us: u64,
    /// Span ids from the root down to the leaf.
    pub spans: Vec<u64>,
}

/// Kotlin's `maxByOrNull` keeps the first of equal maxima; Rust's `max_by_key` keeps the last.
trait FirstMaxBy: Iterator + Sized {
    fn first_max_by<K: Ord, F: FnMut(&Self::Item) -> K>(self, mut key: F) -> Option<Self::Item> {
        let mut best: Option<(K, Self::Item)> = None;
        for item in self {
            let k = key(&item);
            let better = match &best {
                None => true,
                Some((bk, _)) => k > *bk,
            };
            if better {
                best = Some((k, item));
            }
        }
        best.map(|(_, item)| item)
    }
}

impl<I: Iterator> FirstMaxBy for I {}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut map: HashMap<u64, Vec<u64>> = spans.iter().map(|s| (s.id, Vec::new())).collect();
    for span in spans {
        if let Some(list) = span.parent.and_then(|p| map.get_mut(&p)) {
            list.push(span.id);
        }
    }
    map
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let index_of: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let mut kids: Vec<Vec<usize>> = vec![Vec::new(); spans.len()];
    let mut roots: Vec<usize> = Vec::new();
    for (i, span) in spans.iter().enumerate() {
        match span.parent.and_then(|p| index_of.get(&p)) {
            Some(&parent) => kids[parent].push(i),
            None => roots.push(i),
        }
    }

    // breadth-first order: every parent before its children
    let mut order = roots.clone();
    let mut cursor = 0;
    while cursor < order.len() {
        let node = order[cursor];
        order.extend(kids[node].iter().copied());
        cursor += 1;
    }

    let mut best = vec![0u64; spans.len()];
    for &node in order.iter().rev() {
        let below = kids[node].iter().map(|&c| best[c]).max().unwrap_or(0);
        best[node] = spans[node].duration_us + below;
    }

    let mut current = roots.into_iter().first_max_by(|&r| best[r])?;
    let total_us = best[current];
    let mut path = vec![spans[current].id];
    while let Some(next) = kids[current].iter().copied().first_max_by(|&c| best[c]) {
        path.push(spans[next].id);
        current = next;
    }
    Some(CriticalPath { total_us, spans: path })
}
