// learner: slow
// why: shortest_path is O(V^2) time/space, target O(V + E): every queue entry carries its whole path, cloned for each neighbour
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
    let mut state = vec![0u8; n]; // 0 new, 1 active, 2 done
    let mut out = Vec::new();
    for s in 0..n {
        if state[s] != 0 {
            continue;
        }
        let mut stack = vec![(s, 0usize)];
        state[s] = 1;
        while let Some((u, i)) = stack.pop() {
            if i < adj[u].len() {
                stack.push((u, i + 1));
                let v = adj[u][i];
                if state[v] == 0 {
                    state[v] = 1;
                    stack.push((v, 0));
                } else if state[v] == 1 {
                    let at = stack.iter().position(|&(w, _)| w == v).unwrap();
                    return Err(stack[at..].iter().map(|&(w, _)| w).collect());
                }
            } else {
                state[u] = 2;
                out.push(u);
            }
        }
    }
    out.reverse();
    Ok(out)
}
