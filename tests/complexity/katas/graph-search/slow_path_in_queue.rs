// learner: slow
// why: shortest_path is O(V^2) time and space, target O(V + E): every queue entry carries its whole path, cloned for each neighbour
//! Graph search, breadth first and depth first.

use std::collections::VecDeque;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut visited = vec![false; adj.len()];
    visited[start] = true;
    let mut queue: VecDeque<Vec<usize>> = VecDeque::new();
    queue.push_back(vec![start]);
    while let Some(path) = queue.pop_front() {
        let last = *path.last()?;
        if last == goal {
            return Some(path);
        }
        for &next in &adj[last] {
            if !visited[next] {
                visited[next] = true;
                let mut longer = path.clone();
                longer.push(next);
                queue.push_back(longer);
            }
        }
    }
    None
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    // 0 = white, 1 = grey, 2 = black
    let mut color = vec![0u8; adj.len()];
    let mut order = Vec::with_capacity(adj.len());
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for s in 0..adj.len() {
        if color[s] != 0 {
            continue;
        }
        color[s] = 1;
        stack.push((s, 0));
        while let Some(top) = stack.last_mut() {
            let (u, i) = *top;
            if i < adj[u].len() {
                top.1 += 1;
                let v = adj[u][i];
                if color[v] == 0 {
                    color[v] = 1;
                    stack.push((v, 0));
                } else if color[v] == 1 {
                    let k = stack.iter().position(|&(w, _)| w == v).unwrap();
                    return Err(stack[k..].iter().map(|p| p.0).collect());
                }
            } else {
                color[u] = 2;
                order.push(u);
                stack.pop();
            }
        }
    }
    order.reverse();
    Ok(order)
}
