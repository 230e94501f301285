// learner: slow
// why: shortest_path is O(V^2) time, target O(V + E): visited nodes are kept in a Vec and checked with contains on every edge
//! Graph search, breadth first and depth first.

use std::collections::VecDeque;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut seen: Vec<usize> = vec![start];
    let mut parent: Vec<Option<usize>> = vec![None; adj.len()];
    let mut queue = VecDeque::new();
    queue.push_back(start);
    while let Some(u) = queue.pop_front() {
        if u == goal {
            let mut out = vec![goal];
            let mut cur = goal;
            while let Some(p) = parent[cur] {
                out.push(p);
                cur = p;
            }
            out.reverse();
            return Some(out);
        }
        let fresh: Vec<usize> = adj[u].iter().copied().filter(|v| !seen.contains(v)).collect();
        for v in fresh {
            if !seen.contains(&v) {
                seen.push(v);
                parent[v] = Some(u);
                queue.push_back(v);
            }
        }
    }
    None
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut state = vec![0u8; n];
    let mut on_path_at = vec![0usize; n];
    let mut order = Vec::with_capacity(n);
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for s in 0..n {
        if state[s] != 0 {
            continue;
        }
        state[s] = 1;
        on_path_at[s] = 0;
        stack.push((s, 0));
        while !stack.is_empty() {
            let top = stack.len() - 1;
            let (u, i) = stack[top];
            if i == adj[u].len() {
                state[u] = 2;
                order.push(u);
                stack.pop();
                continue;
            }
            stack[top].1 = i + 1;
            let v = adj[u][i];
            if state[v] == 0 {
                state[v] = 1;
                on_path_at[v] = stack.len();
                stack.push((v, 0));
            } else if state[v] == 1 {
                return Err(stack[on_path_at[v]..].iter().map(|&(w, _)| w).collect());
            }
        }
    }
    order.reverse();
    Ok(order)
}
