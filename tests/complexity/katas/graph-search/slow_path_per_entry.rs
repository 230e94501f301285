// learner: slow
// why: shortest_path is O(V^2) time and space, target O(V + E)/O(V): every queue entry carries its whole path, cloned for each neighbour
//! Graph search, breadth first and depth first: see README.md.

use std::collections::VecDeque;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut visited = vec![false; adj.len()];
    let mut queue: VecDeque<Vec<usize>> = VecDeque::new();
    visited[start] = true;
    queue.push_back(vec![start]);
    while let Some(path) = queue.pop_front() {
        let last = *path.last().unwrap();
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
    let n = adj.len();
    let mut colour = vec![0u8; n];
    let mut order = Vec::new();
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for s in 0..n {
        if colour[s] != 0 {
            continue;
        }
        colour[s] = 1;
        stack.push((s, 0));
        while let Some(&mut (u, ref mut next)) = stack.last_mut() {
            if *next < adj[u].len() {
                let v = adj[u][*next];
                *next += 1;
                if colour[v] == 0 {
                    colour[v] = 1;
                    stack.push((v, 0));
                } else if colour[v] == 1 {
                    let at = stack.iter().position(|&(w, _)| w == v).unwrap();
                    return Err(stack[at..].iter().map(|&(w, _)| w).collect());
                }
            } else {
                colour[u] = 2;
                order.push(u);
                stack.pop();
            }
        }
    }
    order.reverse();
    Ok(order)
}
