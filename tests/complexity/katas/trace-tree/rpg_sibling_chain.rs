// learner: optimal
// idiom: RPG IV: first-child / next-sibling "pointer fields" in parallel arrays (like a linked subfile in fixed arrays), a hand-run DFS stack with a stack pointer, then the visit list read backwards
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

const NIL: usize = usize::MAX;

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut w_out: HashMap<u64, Vec<u64>> = HashMap::new();
    w_out.reserve(spans.len());
    let mut ix: usize = 0;
    while ix < spans.len() {
        w_out.entry(spans[ix].id).or_default();
        ix += 1;
    }
    ix = 0;
    while ix < spans.len() {
        let w_s = spans[ix];
        if let Some(w_p) = w_s.parent {
            if w_out.contains_key(&w_p) {
                w_out.get_mut(&w_p).unwrap().push(w_s.id);
            }
        }
        ix += 1;
    }
    w_out
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let w_n = spans.len();
    if w_n == 0 {
        return None;
    }
    let mut ix_pos: HashMap<u64, usize> = HashMap::with_capacity(w_n);
    for (ix, w_s) in spans.iter().enumerate() {
        ix_pos.insert(w_s.id, ix);
    }

    // parallel arrays: first child, next sibling, parent element
    let mut ar_first: Vec<usize> = vec![NIL; w_n];
    let mut ar_sib: Vec<usize> = vec![NIL; w_n];
    let mut ar_is_root: Vec<bool> = vec![false; w_n];

    // backwards, so that linking at the head keeps input order
    let mut ix = w_n;
    while ix > 0 {
        ix -= 1;
        let w_par = spans[ix].parent.and_then(|p| ix_pos.get(&p).copied());
        match w_par {
            Some(w_pi) => {
                ar_sib[ix] = ar_first[w_pi];
                ar_first[w_pi] = ix;
            }
            None => ar_is_root[ix] = true,
        }
    }

    // DFS over every root, pre-order into ar_visit
    let mut ar_visit: Vec<usize> = Vec::with_capacity(w_n);
    let mut st: Vec<usize> = Vec::with_capacity(w_n);
    ix = 0;
    while ix < w_n {
        if ar_is_root[ix] {
            st.push(ix);
            while let Some(w_u) = st.pop() {
                ar_visit.push(w_u);
                let mut w_c = ar_first[w_u];
                while w_c != NIL {
                    st.push(w_c);
                    w_c = ar_sib[w_c];
                }
            }
        }
        ix += 1;
    }

    // totals: reverse pre-order has every child before its parent
    let mut ar_tot: Vec<u64> = vec![0; w_n];
    let mut ar_best_kid: Vec<usize> = vec![NIL; w_n];
    let mut w_v = ar_visit.len();
    while w_v > 0 {
        w_v -= 1;
        let w_u = ar_visit[w_v];
        let mut w_c = ar_first[w_u];
        let mut w_pick = NIL;
        while w_c != NIL {
            if w_pick == NIL || ar_tot[w_c] > ar_tot[w_pick] {
                w_pick = w_c;
            }
            w_c = ar_sib[w_c];
        }
        ar_best_kid[w_u] = w_pick;
        ar_tot[w_u] = spans[w_u].duration_us + if w_pick == NIL { 0 } else { ar_tot[w_pick] };
    }

    let mut w_root = NIL;
    ix = 0;
    while ix < w_n {
        if ar_is_root[ix] && (w_root == NIL || ar_tot[ix] > ar_tot[w_root]) {
            w_root = ix;
        }
        ix += 1;
    }

    let mut w_ids: Vec<u64> = Vec::new();
    let mut w_u = w_root;
    while w_u != NIL {
        w_ids.push(spans[w_u].id);
        w_u = ar_best_kid[w_u];
    }
    Some(CriticalPath { total_us: ar_tot[w_root], spans: w_ids })
}
