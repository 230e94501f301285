// learner: optimal
// idiom: CUDA GPU programmer: CSR adjacency (degree count, exclusive prefix sum, scatter) over u32 indices, then an explicit-stack post-order DFS filling a dp array, argmax with first-index tie-break
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
    let mut m: HashMap<u64, Vec<u64>> = HashMap::with_capacity(spans.len());
    for s in spans {
        m.insert(s.id, Vec::new());
    }
    for s in spans {
        if let Some(p) = s.parent {
            if let Some(v) = m.get_mut(&p) {
                v.push(s.id);
            }
        }
    }
    m
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let n = spans.len();
    if n == 0 {
        return None;
    }
    const NONE: u32 = u32::MAX;
    let mut idx: HashMap<u64, u32> = HashMap::with_capacity(n);
    for i in 0..n {
        idx.insert(spans[i].id, i as u32);
    }
    let mut par = vec![NONE; n];
    for i in 0..n {
        if let Some(p) = spans[i].parent {
            if let Some(&pi) = idx.get(&p) {
                par[i] = pi;
            }
        }
    }
    // CSR: degree -> exclusive scan -> scatter (keeps input order inside each row)
    let mut off = vec![0u32; n + 1];
    for i in 0..n {
        if par[i] != NONE {
            off[par[i] as usize + 1] += 1;
        }
    }
    for i in 0..n {
        off[i + 1] += off[i];
    }
    let mut fill = off.clone();
    let mut col = vec![0u32; off[n] as usize];
    for i in 0..n {
        if par[i] != NONE {
            let p = par[i] as usize;
            col[fill[p] as usize] = i as u32;
            fill[p] += 1;
        }
    }
    // post-order DFS with an explicit stack of (node, next child slot)
    let mut dp = vec![0u64; n];
    let mut nxt = vec![NONE; n];
    let mut stack: Vec<(u32, u32)> = Vec::new();
    for r in 0..n {
        if par[r] != NONE {
            continue;
        }
        stack.push((r as u32, off[r]));
        while let Some(top) = stack.len().checked_sub(1) {
            let (u, k) = stack[top];
            let u = u as usize;
            if k < off[u + 1] {
                stack[top].1 = k + 1;
                let c = col[k as usize];
                stack.push((c, off[c as usize]));
            } else {
                stack.pop();
                let mut best = 0u64;
                for j in off[u]..off[u + 1] {
                    let c = col[j as usize];
                    if nxt[u] == NONE || dp[c as usize] > best {
                        best = dp[c as usize];
                        nxt[u] = c;
                    }
                }
                dp[u] = spans[u].duration_us + best;
            }
        }
    }
    let mut root = NONE;
    for r in 0..n {
        if par[r] == NONE && (root == NONE || dp[r] > dp[root as usize]) {
            root = r as u32;
        }
    }
    let mut path = Vec::new();
    let mut u = root;
    while u != NONE {
        path.push(spans[u as usize].id);
        u = nxt[u as usize];
    }
    Some(CriticalPath { total_us: dp[root as usize], spans: path })
}
