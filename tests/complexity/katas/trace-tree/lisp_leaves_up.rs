// learner: optimal
// idiom: Lisp-style: children_map by entry() in one pass then keep only real ids; subtree maxima propagated up from the leaves (pending counts)
//! The critical path of a distributed trace: see README.md.

use std::collections::{HashMap, HashSet};

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
    let ids: HashSet<u64> = spans.iter().map(|s| s.id).collect();
    spans
        .iter()
        .fold(HashMap::<u64, Vec<u64>>::new(), |mut m, s| {
            m.entry(s.id).or_default();
            if let Some(p) = s.parent {
                m.entry(p).or_default().push(s.id);
            }
            m
        })
        .into_iter()
        .filter(|(k, _)| ids.contains(k))
        .collect()
}

/// The root-to-leaf path with the largest total duration, or `None` for an empty trace.
/// Ties go to the root / child that comes first in the input.
///
/// O(n) expected time and space, no recursion.
pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let n = spans.len();
    let at: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let up: Vec<Option<usize>> = spans.iter().map(|s| s.parent.and_then(|p| at.get(&p).copied())).collect();

    let mut kids: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (i, p) in up.iter().enumerate() {
        if let Some(p) = p {
            kids[*p].push(i);
        }
    }

    // best[u] starts as u's own duration; each finished child offers its best to the parent.
    let mut below = vec![0u64; n];
    let mut pending: Vec<usize> = kids.iter().map(Vec::len).collect();
    let mut ready: Vec<usize> = (0..n).filter(|&i| pending[i] == 0).collect();
    let mut best = vec![0u64; n];
    while let Some(u) = ready.pop() {
        best[u] = spans[u].duration_us + below[u];
        if let Some(p) = up[u] {
            below[p] = below[p].max(best[u]);
            pending[p] -= 1;
            if pending[p] == 0 {
                ready.push(p);
            }
        }
    }

    let pick = |cands: &mut dyn Iterator<Item = usize>| {
        cands.fold(None, |acc: Option<usize>, c| match acc {
            Some(a) if best[a] >= best[c] => Some(a),
            _ => Some(c),
        })
    };
    let start = pick(&mut (0..n).filter(|&i| up[i].is_none()))?;
    let mut path = vec![spans[start].id];
    let mut cur = start;
    while let Some(next) = pick(&mut kids[cur].iter().copied()) {
        path.push(spans[next].id);
        cur = next;
    }
    Some(CriticalPath { total_us: best[start], spans: path })
}
