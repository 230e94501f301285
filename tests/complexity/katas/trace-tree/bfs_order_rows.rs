// learner: optimal
// idiom: data-engineer style: id -> row index HashMap, children as Vec<Vec<usize>>, breadth-first order list then a reverse pass for the best totals, (total, index) tuples
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

/// Row index of every span id.
fn index_by_id(spans: &[Span]) -> HashMap<u64, usize> {
    spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect()
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut out: HashMap<u64, Vec<u64>> = spans.iter().map(|s| (s.id, Vec::new())).collect();
    for s in spans {
        if let Some(p) = s.parent {
            if let Some(kids) = out.get_mut(&p) {
                kids.push(s.id);
            }
        }
    }
    out
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    if spans.is_empty() {
        return None;
    }
    let pos = index_by_id(spans);
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); spans.len()];
    let mut roots: Vec<usize> = Vec::new();
    for (i, s) in spans.iter().enumerate() {
        match s.parent.and_then(|p| pos.get(&p)) {
            Some(&p) => children[p].push(i),
            None => roots.push(i),
        }
    }

    // parents before children
    let mut order: Vec<usize> = roots.clone();
    let mut head = 0;
    while head < order.len() {
        let u = order[head];
        head += 1;
        order.extend_from_slice(&children[u]);
    }

    // best[u] = (total of the slowest path from u down, first child on it)
    let mut best: Vec<(u64, Option<usize>)> = vec![(0, None); spans.len()];
    for &u in order.iter().rev() {
        let mut pick: Option<(u64, usize)> = None;
        for &c in &children[u] {
            if pick.map_or(true, |(t, _)| best[c].0 > t) {
                pick = Some((best[c].0, c));
            }
        }
        best[u] = match pick {
            Some((t, c)) => (spans[u].duration_us + t, Some(c)),
            None => (spans[u].duration_us, None),
        };
    }

    let mut start = roots[0];
    for &r in &roots[1..] {
        if best[r].0 > best[start].0 {
            start = r;
        }
    }
    let total_us = best[start].0;
    let mut ids = Vec::new();
    let mut cur = Some(start);
    while let Some(u) = cur {
        ids.push(spans[u].id);
        cur = best[u].1;
    }
    Some(CriticalPath { total_us, spans: ids })
}
