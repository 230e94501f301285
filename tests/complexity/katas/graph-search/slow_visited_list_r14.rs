// learner: slow
// why: shortest_path is O(V^2) time, target O(V + E): the visited set is a Vec searched with contains() on every edge
//! Graph search, breadth first and depth first: see README.md.

use std::collections::VecDeque;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut visited: Vec<usize> = vec![start];
    let mut came_from = vec![usize::MAX; adj.len()];
    let mut queue = VecDeque::from(vec![start]);
    while let Some(u) = queue.pop_front() {
        if u == goal {
            let mut path = vec![u];
            let mut cur = u;
            while cur != start {
                cur = came_from[cur];
                path.push(cur);
            }
            path.reverse();
            return Some(path);
        }
        for &v in &adj[u] {
            if !visited.contains(&v) {
                visited.push(v);
                came_from[v] = u;
                queue.push_back(v);
            }
        }
    }
    None
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut state = vec![0u8; n];
    let mut order = Vec::new();
    for s in 0..n {
        if state[s] != 0 {
            continue;
        }
        let mut stack = vec![(s, 0usize)];
        state[s] = 1;
        while let Some(&(u, i)) = stack.last() {
            if i < adj[u].len() {
                stack.last_mut().unwrap().1 += 1;
                let v = adj[u][i];
                if state[v] == 0 {
                    state[v] = 1;
                    stack.push((v, 0));
                } else if state[v] == 1 {
                    let k = stack.iter().position(|&(w, _)| w == v).unwrap();
                    return Err(stack[k..].iter().map(|p| p.0).collect());
                }
            } else {
                state[u] = 2;
                order.push(u);
                stack.pop();
            }
        }
    }
    order.reverse();
    Ok(order)
}
