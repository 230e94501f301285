// learner: slow
// why: topological_order is O(V^2) time, target O(V + E): Kahn with a ready Vec, picking the smallest ready node by a min scan each step (deterministic order) then swap_remove
use std::collections::VecDeque;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut prev: Vec<Option<usize>> = vec![None; adj.len()];
    let mut seen = vec![false; adj.len()];
    let mut q = VecDeque::new();
    seen[start] = true;
    q.push_back(start);
    while let Some(u) = q.pop_front() {
        if u == goal {
            let mut path: Vec<usize> = std::iter::successors(Some(u), |&x| prev[x]).collect();
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
    let mut indeg = vec![0usize; n];
    for edges in adj {
        for &v in edges {
            indeg[v] += 1;
        }
    }
    let mut ready: Vec<usize> = (0..n).filter(|&v| indeg[v] == 0).collect();
    let mut order = Vec::with_capacity(n);
    while !ready.is_empty() {
        // always take the smallest ready node so the order is reproducible
        let (pos, _) = ready.iter().enumerate().min_by_key(|&(_, &v)| v).unwrap();
        let u = ready.swap_remove(pos);
        order.push(u);
        for &v in &adj[u] {
            indeg[v] -= 1;
            if indeg[v] == 0 {
                ready.push(v);
            }
        }
    }
    if order.len() == n {
        return Ok(order);
    }
    let mut pred = vec![usize::MAX; n];
    for u in (0..n).filter(|&u| indeg[u] > 0) {
        for &v in &adj[u] {
            if indeg[v] > 0 {
                pred[v] = u;
            }
        }
    }
    let mut at = vec![usize::MAX; n];
    let mut walk = Vec::new();
    let mut cur = (0..n).find(|&u| indeg[u] > 0).unwrap();
    while at[cur] == usize::MAX {
        at[cur] = walk.len();
        walk.push(cur);
        cur = pred[cur];
    }
    let mut cycle = walk.split_off(at[cur]);
    cycle.reverse();
    Err(cycle)
}
