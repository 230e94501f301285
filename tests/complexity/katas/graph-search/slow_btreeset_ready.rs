// learner: slow
// why: topological_order is O((V + E) log V) time, target O(V + E): Kahn with a BTreeSet as the ready set (to emit the smallest ready node first), O(log V) per insert/pop
//! BFS shortest path and topological order.

use std::collections::{BTreeSet, VecDeque};

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut prev: Vec<Option<usize>> = vec![None; adj.len()];
    let mut seen = vec![false; adj.len()];
    let mut q = VecDeque::new();
    q.push_back(start);
    seen[start] = true;
    while let Some(u) = q.pop_front() {
        if u == goal {
            let mut path = vec![goal];
            let mut c = goal;
            while let Some(p) = prev[c] {
                path.push(p);
                c = p;
            }
            path.reverse();
            return Some(path);
        }
        for &v in &adj[u] {
            if !seen[v] {
                seen[v] = true;
                prev[v] = Some(u);
                q.push_back(v);
            }
        }
    }
    None
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut indeg = vec![0; n];
    for edges in adj {
        for &v in edges {
            indeg[v] += 1;
        }
    }
    // smallest ready node first, so the order is deterministic
    let mut ready: BTreeSet<usize> = (0..n).filter(|&u| indeg[u] == 0).collect();
    let mut order = Vec::new();
    while let Some(u) = ready.pop_first() {
        order.push(u);
        for &v in &adj[u] {
            indeg[v] -= 1;
            if indeg[v] == 0 {
                ready.insert(v);
            }
        }
    }
    if order.len() == n {
        return Ok(order);
    }
    let mut pred = vec![usize::MAX; n];
    for u in 0..n {
        if indeg[u] == 0 {
            continue;
        }
        for &v in &adj[u] {
            if indeg[v] > 0 {
                pred[v] = u;
            }
        }
    }
    let mut at = (0..n).find(|&u| indeg[u] > 0).unwrap();
    let mut index_of = vec![usize::MAX; n];
    let mut walk = Vec::new();
    while index_of[at] == usize::MAX {
        index_of[at] = walk.len();
        walk.push(at);
        at = pred[at];
    }
    let mut cycle: Vec<usize> = walk[index_of[at]..].to_vec();
    cycle.reverse();
    Err(cycle)
}
