// learner: optimal
// idiom: systems: CSR adjacency in flat Vec<u32> (count, prefix-sum, fill), u32 indices with NONE sentinel, explicit-stack post-order, loop/break
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub id: u64,
    pub parent: Option<u64>,
    pub duration_us: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CriticalPath {
    pub total_us: u64,
    pub spans: Vec<u64>,
}

const NONE: u32 = u32::MAX;

/// Parent index of every span (NONE for roots and orphans).
fn parent_index(spans: &[Span]) -> Vec<u32> {
    let mut at: HashMap<u64, u32> = HashMap::with_capacity(spans.len());
    for (i, s) in spans.iter().enumerate() {
        at.insert(s.id, i as u32);
    }
    let mut par = vec![NONE; spans.len()];
    for (i, s) in spans.iter().enumerate() {
        if let Some(p) = s.parent {
            if let Some(&j) = at.get(&p) {
                par[i] = j;
            }
        }
    }
    par
}

/// Compressed children lists: children of u are adj[start[u]..start[u + 1]], in input order.
fn csr(par: &[u32]) -> (Vec<u32>, Vec<u32>) {
    let n = par.len();
    let mut start = vec![0u32; n + 1];
    for &p in par {
        if p != NONE {
            start[p as usize + 1] += 1;
        }
    }
    for i in 0..n {
        start[i + 1] += start[i];
    }
    let mut fill = start.clone();
    let mut adj = vec![0u32; start[n] as usize];
    for (i, &p) in par.iter().enumerate() {
        if p != NONE {
            let slot = &mut fill[p as usize];
            adj[*slot as usize] = i as u32;
            *slot += 1;
        }
    }
    (start, adj)
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let par = parent_index(spans);
    let (start, adj) = csr(&par);
    let mut out = HashMap::with_capacity(spans.len());
    for (u, s) in spans.iter().enumerate() {
        let lo = start[u] as usize;
        let hi = start[u + 1] as usize;
        let mut ids = Vec::with_capacity(hi - lo);
        for &c in &adj[lo..hi] {
            ids.push(spans[c as usize].id);
        }
        out.insert(s.id, ids);
    }
    out
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let n = spans.len();
    if n == 0 {
        return None;
    }
    let par = parent_index(spans);
    let (start, adj) = csr(&par);
    // best[u] = duration(u) + max best over children; next[u] = first child reaching it
    let mut best = vec![0u64; n];
    let mut next = vec![NONE; n];
    let mut done = vec![false; n];
    let mut stack: Vec<u32> = Vec::with_capacity(64);
    for r in 0..n {
        if par[r] != NONE {
            continue;
        }
        stack.push(r as u32);
        loop {
            let u = match stack.last() {
                Some(&u) => u as usize,
                None => break,
            };
            let (lo, hi) = (start[u] as usize, start[u + 1] as usize);
            if !done[u] {
                done[u] = true; // children pushed once; we come back after them
                for &c in adj[lo..hi].iter().rev() {
                    stack.push(c);
                }
                continue;
            }
            stack.pop();
            let mut top = 0u64;
            let mut arg = NONE;
            for &c in &adj[lo..hi] {
                if arg == NONE || best[c as usize] > top {
                    top = best[c as usize];
                    arg = c;
                }
            }
            best[u] = spans[u].duration_us + top;
            next[u] = arg;
        }
    }
    let mut root = NONE;
    for r in 0..n {
        if par[r] == NONE && (root == NONE || best[r] > best[root as usize]) {
            root = r as u32;
        }
    }
    let total_us = best[root as usize];
    let mut ids = Vec::new();
    let mut u = root;
    while u != NONE {
        ids.push(spans[u as usize].id);
        u = next[u as usize];
    }
    Some(CriticalPath { total_us, spans: ids })
}
