// learner: optimal
// idiom: bottom-up Kahn style: pending-children counters, VecDeque of finished spans, each child reports to its parent; best child tracked with (value, input index) ties
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
    let mut out = HashMap::new();
    spans.iter().for_each(|s| {
        out.entry(s.id).or_insert_with(Vec::new);
    });
    spans.iter().for_each(|s| {
        if let Some(kids) = s.parent.and_then(|p| out.get_mut(&p)) {
            kids.push(s.id);
        }
    });
    out
}

const NONE: usize = usize::MAX;

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    if spans.is_empty() {
        return None;
    }
    let n = spans.len();
    let index: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let parent: Vec<usize> = spans
        .iter()
        .map(|s| match s.parent {
            Some(p) => *index.get(&p).unwrap_or(&NONE),
            None => NONE,
        })
        .collect();

    let mut pending = vec![0u32; n];
    for &p in &parent {
        if p != NONE {
            pending[p] += 1;
        }
    }
    let mut below = vec![0u64; n]; // best total strictly below each span
    let mut next = vec![NONE; n]; // child on that best path
    let mut ready: VecDeque<usize> = (0..n).filter(|&i| pending[i] == 0).collect();

    let mut best_root = NONE;
    let mut best_total = 0u64;
    while let Some(i) = ready.pop_front() {
        let total = spans[i].duration_us + below[i];
        let p = parent[i];
        if p == NONE {
            if best_root == NONE || total > best_total || (total == best_total && i < best_root) {
                best_root = i;
                best_total = total;
            }
            continue;
        }
        let nb = next[p];
        if nb == NONE || total > below[p] || (total == below[p] && i < nb) {
            below[p] = total;
            next[p] = i;
        }
        pending[p] -= 1;
        if pending[p] == 0 {
            ready.push_back(p);
        }
    }

    let mut path = Vec::new();
    let mut cur = best_root;
    while cur != NONE {
        path.push(spans[cur].id);
        cur = next[cur];
    }
    Some(CriticalPath { total_us: best_total, spans: path })
}
