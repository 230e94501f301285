// learner: optimal
// idiom: Lisp-style: positions map, children as Vec<Vec<usize>>, BFS order read backwards for subtree maxima, successors walk down
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

/// Maps every span id to the ids of its children, in input order (leaves map to an empty Vec).
///
/// O(n) expected time and space.
pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut map: HashMap<u64, Vec<u64>> = spans.iter().map(|s| (s.id, Vec::new())).collect();
    spans.iter().for_each(|s| {
        if let Some(kids) = s.parent.and_then(|p| map.get_mut(&p)) {
            kids.push(s.id);
        }
    });
    map
}

/// The first candidate with the largest score (ties keep the earlier one).
fn first_max(candidates: &[usize], score: &[u64]) -> Option<usize> {
    candidates.iter().copied().fold(None, |acc, c| match acc {
        Some(a) if score[a] >= score[c] => Some(a),
        _ => Some(c),
    })
}

/// The root-to-leaf path with the largest total duration, or `None` for an empty trace.
/// Ties go to the root / child that comes first in the input.
///
/// O(n) expected time and space, no recursion.
pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let pos: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let up: Vec<Option<usize>> = spans
        .iter()
        .map(|s| s.parent.and_then(|p| pos.get(&p).copied()))
        .collect();
    let kids = up.iter().enumerate().fold(vec![Vec::new(); spans.len()], |mut kids, (i, p)| {
        if let Some(p) = *p {
            kids[p].push(i);
        }
        kids
    });
    let roots: Vec<usize> = (0..spans.len()).filter(|&i| up[i].is_none()).collect();

    let mut order = roots.clone();
    let mut next = 0;
    while next < order.len() {
        order.extend_from_slice(&kids[order[next]]);
        next += 1;
    }

    let best = order.iter().rev().fold(vec![0u64; spans.len()], |mut best, &u| {
        best[u] = spans[u].duration_us + kids[u].iter().map(|&c| best[c]).max().unwrap_or(0);
        best
    });

    let start = first_max(&roots, &best)?;
    Some(CriticalPath {
        total_us: best[start],
        spans: std::iter::successors(Some(start), |&u| first_max(&kids[u], &best))
            .map(|u| spans[u].id)
            .collect(),
    })
}
