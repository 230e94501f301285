//! The critical path of a distributed trace, finding each span's children by scanning every
//! record: O(n) per span, O(n^2) in all.

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

/// Positions of the children of the span at position `i`, in input order.
fn children_of(spans: &[Span], i: usize) -> Vec<usize> {
    let mut kids = Vec::new();
    for (j, s) in spans.iter().enumerate() {
        if s.parent == Some(spans[i].id) {
            kids.push(j);
        }
    }
    kids
}

/// Whether the span at position `i` has no parent in the trace.
fn is_root(spans: &[Span], i: usize) -> bool {
    match spans[i].parent {
        None => true,
        Some(p) => !spans.iter().any(|s| s.id == p),
    }
}

/// Maps every span id to the ids of its children, in input order.
pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut map = HashMap::new();
    for i in 0..spans.len() {
        map.insert(
            spans[i].id,
            children_of(spans, i).iter().map(|&j| spans[j].id).collect(),
        );
    }
    map
}

/// The root-to-leaf path with the largest total duration, or `None` for an empty trace.
pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let mut best: Option<CriticalPath> = None;
    // Depth-first over (position, total so far, path so far), with an explicit stack.
    let mut stack = Vec::new();
    for i in (0..spans.len()).rev() {
        if is_root(spans, i) {
            stack.push((i, spans[i].duration_us, vec![spans[i].id]));
        }
    }
    while let Some((i, total, path)) = stack.pop() {
        let kids = children_of(spans, i);
        if kids.is_empty() {
            if best.as_ref().is_none_or(|b| total > b.total_us) {
                best = Some(CriticalPath {
                    total_us: total,
                    spans: path,
                });
            }
            continue;
        }
        for &k in kids.iter().rev() {
            let mut longer = path.clone();
            longer.push(spans[k].id);
            stack.push((k, total + spans[k].duration_us, longer));
        }
    }
    best
}
