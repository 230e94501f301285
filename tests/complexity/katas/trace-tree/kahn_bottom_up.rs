// learner: optimal
// idiom: Kahn-style bottom-up: pending-children counters, a leaf queue, each child offers (best, input position) to its parent
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

use std::collections::VecDeque;

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut out: HashMap<u64, Vec<u64>> = spans.iter().map(|s| (s.id, Vec::new())).collect();
    for s in spans {
        let Some(p) = s.parent else { continue };
        if let Some(v) = out.get_mut(&p) {
            v.push(s.id);
        }
    }
    out
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let n = spans.len();
    if n == 0 {
        return None;
    }
    let pos: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let parent_of: Vec<Option<usize>> = spans
        .iter()
        .map(|s| s.parent.and_then(|p| pos.get(&p).copied()))
        .collect();
    let mut pending = vec![0usize; n];
    for p in parent_of.iter().flatten() {
        pending[*p] += 1;
    }
    // best child so far for each span: (sum below, input position)
    let mut best_child: Vec<Option<(u64, usize)>> = vec![None; n];
    let mut total = vec![0u64; n];
    let mut ready: VecDeque<usize> = (0..n).filter(|&i| pending[i] == 0).collect();
    while let Some(i) = ready.pop_front() {
        total[i] = spans[i].duration_us + best_child[i].map_or(0, |(t, _)| t);
        if let Some(p) = parent_of[i] {
            let better = match best_child[p] {
                None => true,
                Some((t, at)) => total[i] > t || (total[i] == t && i < at),
            };
            if better {
                best_child[p] = Some((total[i], i));
            }
            pending[p] -= 1;
            if pending[p] == 0 {
                ready.push_back(p);
            }
        }
    }
    let mut root: Option<usize> = None;
    for i in 0..n {
        if parent_of[i].is_none() && root.map_or(true, |r| total[i] > total[r]) {
            root = Some(i);
        }
    }
    let root = root?;
    let mut ids = Vec::new();
    let mut at = Some(root);
    while let Some(i) = at {
        ids.push(spans[i].id);
        at = best_child[i].map(|(_, c)| c);
    }
    Some(CriticalPath { total_us: total[root], spans: ids })
}
