// learner: slow
// why: topological_order is O(V^2) time, target O(V + E): Kahn's ready list is a plain Vec and each step scans it for the smallest id (edgeless graph: V scans of V)
use std::collections::VecDeque;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut prev: Vec<Option<usize>> = vec![None; adj.len()];
    let mut seen = vec![false; adj.len()];
    let mut q = VecDeque::new();
    seen[start] = true;
    q.push_back(start);
    while let Some(u) = q.pop_front() {
        if u == goal {
            let mut out = vec![u];
            let mut cur = u;
            while let Some(p) = prev[cur] {
                out.push(p);
                cur = p;
            }
            out.reverse();
            return Some(out);
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
    let mut indeg = vec![0usize; n];
    for targets in adj {
        for &t in targets {
            indeg[t] += 1;
        }
    }
    // nodes with no remaining incoming edges; always take the smallest id so the order is stable
    let mut ready: Vec<usize> = (0..n).filter(|&v| indeg[v] == 0).collect();
    let mut order = Vec::with_capacity(n);
    while !ready.is_empty() {
        let (at, _) = ready.iter().enumerate().min_by_key(|&(_, &v)| v).unwrap();
        let u = ready.swap_remove(at);
        order.push(u);
        for &t in &adj[u] {
            indeg[t] -= 1;
            if indeg[t] == 0 {
                ready.push(t);
            }
        }
    }
    if order.len() == n {
        return Ok(order);
    }
    // a cycle among the leftovers: follow leftover predecessors until something repeats
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
    let mut pos = vec![usize::MAX; n];
    let mut walk = Vec::new();
    let mut x = (0..n).find(|&v| indeg[v] > 0).unwrap();
    while pos[x] == usize::MAX {
        pos[x] = walk.len();
        walk.push(x);
        x = pred[x];
    }
    let mut cycle = walk[pos[x]..].to_vec();
    cycle.reverse();
    Err(cycle)
}
