// learner: slow
// why: shortest_path is O(V^2) time, target O(V + E): the visited set is a Vec searched with contains on every edge
use std::collections::VecDeque;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut visited: Vec<usize> = vec![start];
    let mut parent: Vec<Option<usize>> = vec![None; adj.len()];
    let mut queue = VecDeque::new();
    queue.push_back(start);
    while let Some(u) = queue.pop_front() {
        if u == goal {
            let mut path = vec![goal];
            let mut cur = goal;
            while let Some(p) = parent[cur] {
                path.push(p);
                cur = p;
            }
            path.reverse();
            return Some(path);
        }
        for &v in &adj[u] {
            if !visited.contains(&v) {
                visited.push(v);
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
    let mut order = Vec::with_capacity(n);
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for root in 0..n {
        if state[root] != 0 {
            continue;
        }
        state[root] = 1;
        stack.push((root, 0));
        while let Some(top) = stack.last_mut() {
            let (u, i) = *top;
            if i < adj[u].len() {
                top.1 += 1;
                let v = adj[u][i];
                if state[v] == 0 {
                    state[v] = 1;
                    stack.push((v, 0));
                } else if state[v] == 1 {
                    let from = stack.iter().position(|&(w, _)| w == v).unwrap();
                    return Err(stack[from..].iter().map(|&(w, _)| w).collect());
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
