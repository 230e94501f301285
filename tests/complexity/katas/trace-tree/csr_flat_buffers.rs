// learner: optimal
// idiom: Julia-HPC style: CSR adjacency (counts -> prefix offsets -> fill) in preallocated flat buffers, parent index array, BFS queue as a single Vec with head pointer
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

const NONE: usize = usize::MAX;

/// parent position of every span (NONE for roots), via an id -> position map.
fn parent_positions(spans: &[Span]) -> Vec<usize> {
    let n = spans.len();
    let mut pos: HashMap<u64, usize> = HashMap::with_capacity(n);
    for i in 0..n {
        pos.insert(spans[i].id, i);
    }
    let mut par = vec![NONE; n];
    for i in 0..n {
        if let Some(p) = spans[i].parent {
            if let Some(&j) = pos.get(&p) {
                par[i] = j;
            }
        }
    }
    par
}

/// Compressed-sparse-row children: kids of i are adj[off[i]..off[i + 1]], in input order.
/// (Julia's colptr is 1-based with off[1] = 1; here off[0] = 0 and off has n + 1 entries.)
fn csr(par: &[usize]) -> (Vec<usize>, Vec<usize>) {
    let n = par.len();
    let mut off = vec![0usize; n + 1];
    for i in 0..n {
        if par[i] != NONE {
            off[par[i] + 1] += 1;
        }
    }
    for i in 0..n {
        off[i + 1] += off[i];
    }
    let mut fill = off.clone();
    let mut adj = vec![0usize; off[n]];
    for i in 0..n {
        let p = par[i];
        if p != NONE {
            adj[fill[p]] = i;
            fill[p] += 1;
        }
    }
    (off, adj)
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let par = parent_positions(spans);
    let (off, adj) = csr(&par);
    let mut out: HashMap<u64, Vec<u64>> = HashMap::with_capacity(spans.len());
    for i in 0..spans.len() {
        let mut v = Vec::with_capacity(off[i + 1] - off[i]);
        for k in off[i]..off[i + 1] {
            v.push(spans[adj[k]].id);
        }
        out.insert(spans[i].id, v);
    }
    out
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let n = spans.len();
    if n == 0 {
        return None;
    }
    let par = parent_positions(spans);
    let (off, adj) = csr(&par);

    // BFS: queue[0..tail] holds the visiting order; roots first, in input order
    let mut queue = vec![0usize; n];
    let mut tail = 0usize;
    for i in 0..n {
        if par[i] == NONE {
            queue[tail] = i;
            tail += 1;
        }
    }
    let nroots = tail;
    let mut head = 0usize;
    while head < tail {
        let u = queue[head];
        head += 1;
        for k in off[u]..off[u + 1] {
            queue[tail] = adj[k];
            tail += 1;
        }
    }

    // bottom-up: reverse BFS order
    let mut best = vec![0u64; n];
    let mut t = tail;
    while t > 0 {
        t -= 1;
        let u = queue[t];
        let mut m = 0u64;
        for k in off[u]..off[u + 1] {
            if best[adj[k]] > m {
                m = best[adj[k]];
            }
        }
        best[u] = spans[u].duration_us + m;
    }

    // first root with the largest total
    let mut r = queue[0];
    for q in 1..nroots {
        if best[queue[q]] > best[r] {
            r = queue[q];
        }
    }
    let total = best[r];
    let mut ids = Vec::new();
    let mut u = r;
    loop {
        ids.push(spans[u].id);
        let (a, b) = (off[u], off[u + 1]);
        if a == b {
            break;
        }
        let mut c = adj[a];
        for k in a + 1..b {
            if best[adj[k]] > best[c] {
                c = adj[k];
            }
        }
        u = c;
    }
    Some(CriticalPath { total_us: total, spans: ids })
}
