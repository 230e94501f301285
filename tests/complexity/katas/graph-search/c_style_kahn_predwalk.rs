// learner: optimal
// idiom: C-style: BFS with usize::MAX parent sentinels and a VecDeque, path rebuilt by walking parents then reverse; Kahn with indegree counts, cycle found by one leftover predecessor per node and a marked walk
//! BFS shortest path and topological order.

use std::collections::VecDeque;

const NONE: usize = usize::MAX;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let n = adj.len();
    if start == goal {
        return Some(vec![start]);
    }
    let mut parent = vec![NONE; n];
    let mut seen = vec![false; n];
    let mut q = VecDeque::new();
    seen[start] = true;
    q.push_back(start);
    let mut found = false;
    while let Some(u) = q.pop_front() {
        for &v in &adj[u] {
            if seen[v] {
                continue;
            }
            seen[v] = true;
            parent[v] = u;
            if v == goal {
                found = true;
                break;
            }
            q.push_back(v);
        }
        if found {
            break;
        }
    }
    if !found {
        return None;
    }
    let mut path = Vec::new();
    let mut cur = goal;
    while cur != start {
        path.push(cur);
        cur = parent[cur];
    }
    path.push(start);
    path.reverse();
    Some(path)
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut indeg = vec![0usize; n];
    for u in 0..n {
        for &v in &adj[u] {
            indeg[v] += 1;
        }
    }
    let mut ready: Vec<usize> = Vec::new();
    for u in 0..n {
        if indeg[u] == 0 {
            ready.push(u);
        }
    }
    let mut order = Vec::with_capacity(n);
    while let Some(u) = ready.pop() {
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
    // every leftover node still has a leftover predecessor; pick one each
    let mut pred = vec![NONE; n];
    for u in 0..n {
        if indeg[u] == 0 {
            continue;
        }
        for &v in &adj[u] {
            if indeg[v] > 0 && pred[v] == NONE {
                pred[v] = u;
            }
        }
    }
    let mut step = vec![NONE; n];
    let mut cur = 0;
    while indeg[cur] == 0 {
        cur += 1;
    }
    let mut trail = Vec::new();
    while step[cur] == NONE {
        step[cur] = trail.len();
        trail.push(cur);
        cur = pred[cur];
    }
    let mut cycle = trail.split_off(step[cur]);
    cycle.reverse();
    Err(cycle)
}
