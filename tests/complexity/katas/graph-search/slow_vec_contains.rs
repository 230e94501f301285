// learner: slow
// why: shortest_path is O(V^2) time, target O(V + E): visited is a Vec searched with contains on every edge
use std::collections::VecDeque;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut visited: Vec<usize> = vec![start];
    let mut parent = vec![usize::MAX; adj.len()];
    let mut queue = VecDeque::new();
    queue.push_back(start);
    while let Some(u) = queue.pop_front() {
        if u == goal {
            let mut path = vec![goal];
            let mut cur = goal;
            while cur != start {
                cur = parent[cur];
                path.push(cur);
            }
            path.reverse();
            return Some(path);
        }
        for &v in &adj[u] {
            if !visited.contains(&v) {
                visited.push(v);
                parent[v] = u;
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
        while let Some(&mut (u, ref mut i)) = stack.last_mut() {
            if *i < adj[u].len() {
                let v = adj[u][*i];
                *i += 1;
                if state[v] == 0 {
                    state[v] = 1;
                    stack.push((v, 0));
                } else if state[v] == 1 {
                    let pos = stack.iter().position(|&(w, _)| w == v).unwrap();
                    return Err(stack[pos..].iter().map(|&(w, _)| w).collect());
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
