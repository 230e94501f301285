// learner: slow
// idiom: CUDA GPU programmer: "one thread per span" style brute force: each span finds its children by scanning all n records (children_map and the DP both), explicit stack instead of recursion
// why: children_map and slowest_path are O(n^2) (a full scan of the spans for every span to find its children) vs O(n) target
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

fn in_trace(spans: &[Span], id: u64) -> bool {
    spans.iter().any(|s| s.id == id)
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut m = HashMap::new();
    for i in 0..spans.len() {
        let mut kids = Vec::new();
        for j in 0..spans.len() {
            if spans[j].parent == Some(spans[i].id) {
                kids.push(spans[j].id);
            }
        }
        m.insert(spans[i].id, kids);
    }
    m
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let n = spans.len();
    if n == 0 {
        return None;
    }
    let kids = |i: usize| -> Vec<usize> { (0..n).filter(|&j| spans[j].parent == Some(spans[i].id)).collect() };
    let mut dp = vec![0u64; n];
    let mut nxt = vec![usize::MAX; n];
    let mut done = vec![false; n];
    let mut best_root = usize::MAX;
    for r in 0..n {
        let is_root = match spans[r].parent {
            None => true,
            Some(p) => !in_trace(spans, p),
        };
        if !is_root {
            continue;
        }
        let mut stack = vec![r];
        while let Some(&u) = stack.last() {
            let ks = kids(u);
            let pending: Vec<usize> = ks.iter().copied().filter(|&c| !done[c]).collect();
            if !pending.is_empty() {
                stack.extend(pending.into_iter().rev());
                continue;
            }
            stack.pop();
            let mut best = 0;
            for &c in &ks {
                if nxt[u] == usize::MAX || dp[c] > best {
                    best = dp[c];
                    nxt[u] = c;
                }
            }
            dp[u] = spans[u].duration_us + best;
            done[u] = true;
        }
        if best_root == usize::MAX || dp[r] > dp[best_root] {
            best_root = r;
        }
    }
    let mut path = Vec::new();
    let mut u = best_root;
    while u != usize::MAX {
        path.push(spans[u].id);
        u = nxt[u];
    }
    Some(CriticalPath { total_us: dp[best_root], spans: path })
}
