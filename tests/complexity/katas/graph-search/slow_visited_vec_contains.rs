// learner: slow
// why: shortest_path is O(V^2) time, target O(V + E): visited is a Vec searched with contains on every edge
use std::collections::VecDeque;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut visited = vec![start];
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
    let mut out = Vec::with_capacity(n);
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for r in 0..n {
        if state[r] != 0 {
            continue;
        }
        state[r] = 1;
        stack.push((r, 0));
        while let Some(top) = stack.last_mut() {
            let (u, i) = *top;
            if i < adj[u].len() {
                top.1 += 1;
                let v = adj[u][i];
                if state[v] == 1 {
                    let from = stack.iter().position(|&(w, _)| w == v).unwrap();
                    return Err(stack[from..].iter().map(|&(w, _)| w).collect());
                }
                if state[v] == 0 {
                    state[v] = 1;
                    stack.push((v, 0));
                }
            } else {
                state[u] = 2;
                out.push(u);
                stack.pop();
            }
        }
    }
    out.reverse();
    Ok(out)
}
