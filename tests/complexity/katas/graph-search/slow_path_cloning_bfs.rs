// learner: slow
// why: shortest_path is O(V^2) time, target O(V + E): every queue entry carries its whole path, cloned for each neighbour
use std::collections::VecDeque;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut seen = vec![false; adj.len()];
    seen[start] = true;
    let mut queue: VecDeque<Vec<usize>> = VecDeque::new();
    queue.push_back(vec![start]);
    while let Some(path) = queue.pop_front() {
        let last = *path.last().unwrap();
        if last == goal {
            return Some(path);
        }
        for &next in &adj[last] {
            if !seen[next] {
                seen[next] = true;
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
                    let mut cyc = Vec::new();
                    let mut on = false;
                    for &(w, _) in &stack {
                        on |= w == v;
                        if on {
                            cyc.push(w);
                        }
                    }
                    return Err(cyc);
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
