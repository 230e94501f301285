// learner: optimal
// idiom: defensive auditor: Kahn-style leaves-up propagation with pending-child counters and a VecDeque, parent index array, best-child pointers with explicit (value, input position) tie-break
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
    let mut result: HashMap<u64, Vec<u64>> = HashMap::new();
    result.reserve(spans.len());
    for span in spans.iter() {
        let _ = result.entry(span.id).or_default();
    }
    for span in spans.iter() {
        if let Some(parent_id) = span.parent {
            match result.get_mut(&parent_id) {
                Some(children) => children.push(span.id),
                None => {} // dropped parent: this span is a root
            }
        }
    }
    result
}

/// Whether candidate `(value, pos)` beats the incumbent: larger value, or equal and earlier input.
fn beats(value: u64, pos: usize, incumbent: Option<(u64, usize)>) -> bool {
    match incumbent {
        None => true,
        Some((v, p)) => value > v || (value == v && pos < p),
    }
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let n = spans.len();
    if n == 0 {
        return None;
    }
    let mut position: HashMap<u64, usize> = HashMap::with_capacity(n);
    for (i, s) in spans.iter().enumerate() {
        position.insert(s.id, i);
    }
    let parent_of: Vec<Option<usize>> =
        spans.iter().map(|s| s.parent.and_then(|p| position.get(&p).copied())).collect();

    let mut pending: Vec<usize> = vec![0; n];
    for p in parent_of.iter().flatten() {
        pending[*p] = pending[*p].saturating_add(1);
    }

    let mut best: Vec<u64> = spans.iter().map(|s| s.duration_us).collect();
    let mut best_child: Vec<Option<(u64, usize)>> = vec![None; n];
    let mut ready: VecDeque<usize> = (0..n).filter(|&i| pending[i] == 0).collect();

    while let Some(u) = ready.pop_front() {
        // All of u's children are final, so best[u] already includes the best of them.
        let Some(p) = parent_of[u] else { continue };
        if beats(best[u], u, best_child[p]) {
            best_child[p] = Some((best[u], u));
        }
        pending[p] = pending[p].saturating_sub(1);
        if pending[p] == 0 {
            let below = best_child[p].map_or(0, |(v, _)| v);
            best[p] = best[p].checked_add(below)?;
            ready.push_back(p);
        }
    }

    let mut root: Option<(u64, usize)> = None;
    for i in 0..n {
        if parent_of[i].is_none() && beats(best[i], i, root) {
            root = Some((best[i], i));
        }
    }
    let (total_us, mut at) = root?;
    let mut ids = Vec::new();
    loop {
        ids.push(spans[at].id);
        match best_child[at] {
            Some((_, c)) => at = c,
            None => break,
        }
    }
    Some(CriticalPath { total_us, spans: ids })
}
