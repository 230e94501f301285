// learner: slow
// why: shortest_path is O(V^2) time, target O(V + E): every queue entry carries its whole path, copied (`path + next`) for each neighbour
//! Graph search, breadth first and depth first: see README.md.

use std::collections::VecDeque;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    if start == goal {
        return Some(vec![start]);
    }
    let mut visited = vec![false; adj.len()];
    visited[start] = true;
    let mut queue: VecDeque<Vec<usize>> = VecDeque::new();
    queue.push_back(vec![start]);
    while let Some(path) = queue.pop_front() {
        let last = *path.last()?;
        for &next in &adj[last] {
            if visited[next] {
                continue;
            }
            visited[next] = true;
            // Kotlin: val extended = path + next
            let extended = path.iter().copied().chain(std::iter::once(next)).collect::<Vec<_>>();
            if next == goal {
                return Some(extended);
            }
            queue.push_back(extended);
        }
    }
    None
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut position_on_path: Vec<Option<usize>> = vec![None; n];
    let mut finished = vec![false; n];
    let mut order = Vec::with_capacity(n);
    let mut path: Vec<(usize, usize)> = Vec::new();

    for root in 0..n {
        if finished[root] {
            continue;
        }
        position_on_path[root] = Some(0);
        path.push((root, 0));
        while let Some(top) = path.last_mut() {
            let (node, edge) = *top;
            if let Some(&child) = adj[node].get(edge) {
                top.1 += 1;
                if finished[child] {
                    continue;
                }
                if let Some(at) = position_on_path[child] {
                    return Err(path[at..].iter().map(|it| it.0).collect());
                }
                position_on_path[child] = Some(path.len());
                path.push((child, 0));
            } else {
                path.pop();
                position_on_path[node] = None;
                finished[node] = true;
                order.push(node);
            }
        }
    }
    order.reverse();
    Ok(order)
}
