// learner: slow
// idiom: RPG IV: "CHAIN" by id without a keyed access path: a helper DOW-loops over the whole span array to find the element with a given id, called for every parent link
// why: find_pos is a linear scan, called once per span (parent lookup) in both functions: O(n) per span, O(n^2) per trace
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

// returns element number of the span with this id, or usize::MAX (not found)
fn find_pos(spans: &[Span], p_id: u64) -> usize {
    let mut ix: usize = 0;
    while ix < spans.len() {
        if spans[ix].id == p_id {
            return ix;
        }
        ix += 1;
    }
    usize::MAX
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut ar_kids: Vec<Vec<u64>> = vec![Vec::new(); spans.len()];
    let mut ix: usize = 0;
    while ix < spans.len() {
        if let Some(w_p) = spans[ix].parent {
            let w_pi = find_pos(spans, w_p);
            if w_pi != usize::MAX {
                ar_kids[w_pi].push(spans[ix].id);
            }
        }
        ix += 1;
    }
    let mut w_map = HashMap::with_capacity(spans.len());
    for (ix, w_list) in ar_kids.into_iter().enumerate() {
        w_map.insert(spans[ix].id, w_list);
    }
    w_map
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let w_n = spans.len();
    if w_n == 0 {
        return None;
    }
    let mut ar_kids: Vec<Vec<usize>> = vec![Vec::new(); w_n];
    let mut ar_roots: Vec<usize> = Vec::new();
    let mut ix: usize = 0;
    while ix < w_n {
        let w_pi = match spans[ix].parent {
            Some(w_p) => find_pos(spans, w_p),
            None => usize::MAX,
        };
        if w_pi == usize::MAX {
            ar_roots.push(ix);
        } else {
            ar_kids[w_pi].push(ix);
        }
        ix += 1;
    }
    let mut ar_work: Vec<usize> = ar_roots.clone();
    let mut w_rd = 0;
    while w_rd < ar_work.len() {
        let w_u = ar_work[w_rd];
        w_rd += 1;
        let mut jx = 0;
        while jx < ar_kids[w_u].len() {
            ar_work.push(ar_kids[w_u][jx]);
            jx += 1;
        }
    }
    let mut ar_tot = vec![0u64; w_n];
    let mut ar_pick = vec![usize::MAX; w_n];
    let mut w_k = ar_work.len();
    while w_k > 0 {
        w_k -= 1;
        let w_u = ar_work[w_k];
        let mut w_best = usize::MAX;
        for &w_c in &ar_kids[w_u] {
            if w_best == usize::MAX || ar_tot[w_c] > ar_tot[w_best] {
                w_best = w_c;
            }
        }
        ar_pick[w_u] = w_best;
        ar_tot[w_u] = spans[w_u].duration_us + if w_best == usize::MAX { 0 } else { ar_tot[w_best] };
    }
    let mut w_root = ar_roots[0];
    for &w_r in &ar_roots {
        if ar_tot[w_r] > ar_tot[w_root] {
            w_root = w_r;
        }
    }
    let mut w_path = Vec::new();
    let mut w_u = w_root;
    while w_u != usize::MAX {
        w_path.push(spans[w_u].id);
        w_u = ar_pick[w_u];
    }
    Some(CriticalPath { total_us: ar_tot[w_root], spans: w_path })
}
