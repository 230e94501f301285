// learner: optimal
// idiom: RPG IV: a position index (HashMap id -> array element), a child list per element, a breadth-first "work list" array read with its own read pointer, then one backwards pass for the totals
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
    let mut w_map: HashMap<u64, Vec<u64>> = HashMap::with_capacity(spans.len());
    for w_s in spans {
        w_map.insert(w_s.id, Vec::new());
    }
    for w_s in spans {
        if let Some(w_p) = w_s.parent {
            if let Some(w_list) = w_map.get_mut(&w_p) {
                w_list.push(w_s.id);
            }
        }
    }
    w_map
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let w_n = spans.len();
    if w_n == 0 {
        return None;
    }
    // index: id -> element number
    let mut ix_pos: HashMap<u64, usize> = HashMap::with_capacity(w_n);
    let mut ix: usize = 0;
    while ix < w_n {
        ix_pos.insert(spans[ix].id, ix);
        ix += 1;
    }

    let mut ar_kids: Vec<Vec<usize>> = vec![Vec::new(); w_n];
    let mut ar_roots: Vec<usize> = Vec::new();
    ix = 0;
    while ix < w_n {
        let w_par = match spans[ix].parent {
            Some(w_p) => ix_pos.get(&w_p).copied(),
            None => None,
        };
        match w_par {
            Some(w_pi) => ar_kids[w_pi].push(ix),
            None => ar_roots.push(ix),
        }
        ix += 1;
    }

    // work list, breadth first: parents always before their children
    let mut ar_work: Vec<usize> = Vec::with_capacity(w_n);
    ar_work.extend_from_slice(&ar_roots);
    let mut w_rd: usize = 0;
    while w_rd < ar_work.len() {
        let w_u = ar_work[w_rd];
        w_rd += 1;
        ar_work.extend_from_slice(&ar_kids[w_u]);
    }

    // backwards: children done before parents
    let mut ar_best: Vec<u64> = vec![0; w_n];
    let mut ar_next: Vec<usize> = vec![usize::MAX; w_n];
    let mut w_wk = ar_work.len();
    while w_wk > 0 {
        w_wk -= 1;
        let w_u = ar_work[w_wk];
        let mut w_top: u64 = 0;
        let mut w_pick: usize = usize::MAX;
        for &w_c in &ar_kids[w_u] {
            if w_pick == usize::MAX || ar_best[w_c] > w_top {
                w_top = ar_best[w_c];
                w_pick = w_c;
            }
        }
        ar_best[w_u] = spans[w_u].duration_us + w_top;
        ar_next[w_u] = w_pick;
    }

    let mut w_root = ar_roots[0];
    for &w_r in &ar_roots {
        if ar_best[w_r] > ar_best[w_root] {
            w_root = w_r;
        }
    }

    let mut w_path: Vec<u64> = Vec::new();
    let mut w_cur = w_root;
    while w_cur != usize::MAX {
        w_path.push(spans[w_cur].id);
        w_cur = ar_next[w_cur];
    }
    Some(CriticalPath { total_us: ar_best[w_root], spans: w_path })
}
