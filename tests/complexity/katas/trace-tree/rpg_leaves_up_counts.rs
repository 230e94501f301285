// learner: optimal
// idiom: RPG IV: an open-children counter per element (like an open-order-lines count on a header record); leaves are processed first and each finished element posts its total to its parent, the parent goes on the work queue when its counter hits zero
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

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut w_map: HashMap<u64, Vec<u64>> = spans.iter().map(|s| (s.id, Vec::new())).collect();
    for w_s in spans {
        let w_p = match w_s.parent {
            Some(p) => p,
            None => continue,
        };
        match w_map.get_mut(&w_p) {
            Some(w_l) => w_l.push(w_s.id),
            None => {}
        }
    }
    w_map
}

const NONE: usize = usize::MAX;

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let w_n = spans.len();
    if w_n == 0 {
        return None;
    }
    let mut ix_pos: HashMap<u64, usize> = HashMap::with_capacity(w_n);
    for ix in 0..w_n {
        ix_pos.insert(spans[ix].id, ix);
    }

    let mut ar_par: Vec<usize> = vec![NONE; w_n];
    let mut ar_open: Vec<u32> = vec![0; w_n]; // children not yet finished
    for ix in 0..w_n {
        if let Some(w_p) = spans[ix].parent {
            if let Some(&w_pi) = ix_pos.get(&w_p) {
                ar_par[ix] = w_pi;
                ar_open[w_pi] += 1;
            }
        }
    }

    // best value posted by a finished child, and which child (first in input on ties)
    let mut ar_kid_best: Vec<u64> = vec![0; w_n];
    let mut ar_kid_pick: Vec<usize> = vec![NONE; w_n];
    let mut ar_total: Vec<u64> = vec![0; w_n];

    let mut ar_queue: Vec<usize> = Vec::with_capacity(w_n);
    for ix in 0..w_n {
        if ar_open[ix] == 0 {
            ar_queue.push(ix);
        }
    }
    let mut w_rd: usize = 0;
    while w_rd < ar_queue.len() {
        let w_u = ar_queue[w_rd];
        w_rd += 1;
        ar_total[w_u] = spans[w_u].duration_us + ar_kid_best[w_u];
        let w_p = ar_par[w_u];
        if w_p == NONE {
            continue;
        }
        let w_pick = ar_kid_pick[w_p];
        if w_pick == NONE
            || ar_total[w_u] > ar_kid_best[w_p]
            || (ar_total[w_u] == ar_kid_best[w_p] && w_u < w_pick)
        {
            ar_kid_best[w_p] = ar_total[w_u];
            ar_kid_pick[w_p] = w_u;
        }
        ar_open[w_p] -= 1;
        if ar_open[w_p] == 0 {
            ar_queue.push(w_p);
        }
    }

    let mut w_root = NONE;
    for ix in 0..w_n {
        if ar_par[ix] == NONE && (w_root == NONE || ar_total[ix] > ar_total[w_root]) {
            w_root = ix;
        }
    }

    let mut w_path = Vec::new();
    let mut w_u = w_root;
    while w_u != NONE {
        w_path.push(spans[w_u].id);
        w_u = ar_kid_pick[w_u];
    }
    Some(CriticalPath { total_us: ar_total[w_root], spans: w_path })
}
