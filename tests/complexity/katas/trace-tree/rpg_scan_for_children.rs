// learner: slow
// idiom: RPG IV: no index: for every span, read the whole span array from the top (SETLL *START / READ loop) to collect the records whose parent is this span
// why: each span scans all n records for its children: O(n) per span, O(n^2) per trace, in both children_map and slowest_path
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

// collect the element numbers whose parent is spans[p_ix]
fn kids_of(spans: &[Span], p_ix: usize) -> Vec<usize> {
    let mut w_out = Vec::new();
    let w_id = spans[p_ix].id;
    let mut jx: usize = 0;
    while jx < spans.len() {
        if spans[jx].parent == Some(w_id) {
            w_out.push(jx);
        }
        jx += 1;
    }
    w_out
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut w_map = HashMap::new();
    let mut ix: usize = 0;
    while ix < spans.len() {
        let w_kids: Vec<u64> = kids_of(spans, ix).into_iter().map(|j| spans[j].id).collect();
        w_map.insert(spans[ix].id, w_kids);
        ix += 1;
    }
    w_map
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let w_n = spans.len();
    if w_n == 0 {
        return None;
    }
    let w_ids: std::collections::HashSet<u64> = spans.iter().map(|s| s.id).collect();
    let mut ar_kids: Vec<Vec<usize>> = Vec::with_capacity(w_n);
    let mut ix: usize = 0;
    while ix < w_n {
        ar_kids.push(kids_of(spans, ix));
        ix += 1;
    }
    // breadth-first list from the roots, then backwards
    let mut ar_work: Vec<usize> = Vec::with_capacity(w_n);
    ix = 0;
    while ix < w_n {
        let in_root = match spans[ix].parent {
            None => true,
            Some(p) => !w_ids.contains(&p),
        };
        if in_root {
            ar_work.push(ix);
        }
        ix += 1;
    }
    let w_nroots = ar_work.len();
    let mut w_rd = 0;
    while w_rd < ar_work.len() {
        let w_u = ar_work[w_rd];
        w_rd += 1;
        for &w_c in &ar_kids[w_u] {
            ar_work.push(w_c);
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
    let mut w_root = ar_work[0];
    for &w_r in &ar_work[..w_nroots] {
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
