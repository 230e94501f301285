// learner: slow
// idiom: Koka: no index at all -- "where is span p?" is answered with a linear `position` over the list (an association-list lookup), everything else is the usual two-pass tree build
// why: each of the n parent lookups walks the span list: O(n) per span, O(n^2) for children_map and slowest_path
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

/// Association-list lookup: the position of span `id`.
fn lookup(spans: &[Span], id: u64) -> Option<usize> {
    spans.iter().position(|s| s.id == id)
}

/// Children by position (input order) and roots (input order).
fn build(spans: &[Span]) -> (Vec<Vec<usize>>, Vec<usize>) {
    let mut kids = vec![Vec::new(); spans.len()];
    let mut roots = Vec::new();
    for (i, s) in spans.iter().enumerate() {
        match s.parent.and_then(|p| lookup(spans, p)) {
            Some(p) => kids[p].push(i),
            None => roots.push(i),
        }
    }
    (kids, roots)
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let (kids, _) = build(spans);
    let mut out = HashMap::new();
    for (i, ks) in kids.into_iter().enumerate() {
        out.insert(spans[i].id, ks.into_iter().map(|k| spans[k].id).collect());
    }
    out
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let (kids, roots) = build(spans);
    let mut order = roots.clone();
    let mut i = 0;
    while i < order.len() {
        let u = order[i];
        order.extend(kids[u].iter().copied());
        i += 1;
    }
    let mut score = vec![0u64; spans.len()];
    for &u in order.iter().rev() {
        score[u] = spans[u].duration_us + kids[u].iter().map(|&c| score[c]).max().unwrap_or(0);
    }
    let pick = |xs: &[usize]| -> Option<usize> {
        let mut best: Option<usize> = None;
        for &x in xs {
            match best {
                Some(b) if score[b] >= score[x] => {}
                _ => best = Some(x),
            }
        }
        best
    };
    let start = pick(&roots)?;
    let mut spans_out = vec![spans[start].id];
    let mut at = start;
    while let Some(next) = pick(&kids[at]) {
        spans_out.push(spans[next].id);
        at = next;
    }
    Some(CriticalPath { total_us: score[start], spans: spans_out })
}
