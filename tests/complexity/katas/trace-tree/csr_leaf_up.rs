// learner: optimal
// idiom: index-heavy CSR adjacency: parent index array, degree counts, prefix offsets, Kahn-style leaf-up pass with pending-child counters
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
const NONE: usize = usize::MAX;

/// Parent position of every span (NONE for roots): pidx[i] in 0..n or NONE.
fn parent_positions(spans: &[Span], pos: &HashMap<u64, usize>) -> Vec<usize> {
    let n = spans.len();
    let mut pidx = vec![NONE; n];
    for i in 0..n {
        if let Some(p) = spans[i].parent {
            if let Some(&j) = pos.get(&p) {
                pidx[i] = j;
            }
        }
    }
    pidx
}

/// Compressed child lists: children of u are adj[off[u]..off[u + 1]], in input order.
fn build_csr(pidx: &[usize], n: usize) -> (Vec<usize>, Vec<usize>) {
    let mut off = vec![0usize; n + 1];
    for i in 0..n {
        if pidx[i] != NONE {
            off[pidx[i] + 1] += 1;
        }
    }
    for u in 0..n {
        off[u + 1] += off[u];
    }
    let mut fill = off.clone();
    let mut adj = vec![0usize; off[n]];
    for i in 0..n {
        let p = pidx[i];
        if p != NONE {
            adj[fill[p]] = i;
            fill[p] += 1;
        }
    }
    (off, adj)
}

/// Among cand[lo..hi], the first index with the largest w value (None if lo == hi).
fn argmax_first(cand: &[usize], lo: usize, hi: usize, w: &[u64]) -> Option<usize> {
    let mut b = NONE;
    let mut k = lo;
    while k < hi {
        let c = cand[k];
        if b == NONE || w[c] > w[b] {
            b = c;
        }
        k += 1;
    }
    if b == NONE { None } else { Some(b) }
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let n = spans.len();
    let mut pos: HashMap<u64, usize> = HashMap::with_capacity(n);
    for i in 0..n {
        pos.insert(spans[i].id, i);
    }
    let pidx = parent_positions(spans, &pos);
    let (off, adj) = build_csr(&pidx, n);
    let mut m: HashMap<u64, Vec<u64>> = HashMap::with_capacity(n);
    for u in 0..n {
        let mut ids = Vec::with_capacity(off[u + 1] - off[u]);
        for k in off[u]..off[u + 1] {
            ids.push(spans[adj[k]].id);
        }
        m.insert(spans[u].id, ids);
    }
    m
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let n = spans.len();
    if n == 0 {
        return None;
    }
    let mut pos: HashMap<u64, usize> = HashMap::with_capacity(n);
    for i in 0..n {
        pos.insert(spans[i].id, i);
    }
    let pidx = parent_positions(spans, &pos);
    let (off, adj) = build_csr(&pidx, n);

    // leaf-up pass: a span is ready once all its children are done
    let mut pending: Vec<usize> = (0..n).map(|u| off[u + 1] - off[u]).collect();
    let mut below = vec![0u64; n]; // max over finished children
    let mut w = vec![0u64; n];
    let mut ready: Vec<usize> = Vec::with_capacity(n);
    for u in 0..n {
        if pending[u] == 0 {
            ready.push(u);
        }
    }
    while let Some(u) = ready.pop() {
        w[u] = spans[u].duration_us + below[u];
        let p = pidx[u];
        if p != NONE {
            if w[u] > below[p] {
                below[p] = w[u];
            }
            pending[p] -= 1;
            if pending[p] == 0 {
                ready.push(p);
            }
        }
    }

    let mut roots: Vec<usize> = Vec::new();
    for i in 0..n {
        if pidx[i] == NONE {
            roots.push(i);
        }
    }
    let mut u = argmax_first(&roots, 0, roots.len(), &w)?;
    let total_us = w[u];
    let mut ids = vec![spans[u].id];
    while let Some(c) = argmax_first(&adj, off[u], off[u + 1], &w) {
        ids.push(spans[c].id);
        u = c;
    }
    Some(CriticalPath { total_us, spans: ids })
}
