// learner: slow
// why: shortest_path is O(V^2) time, target O(V + E): every queue entry carries its whole path, cloned for each neighbour (O(depth) per node)
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
    // 0 = new, 1 = on path, 2 = done
    let mut state = vec![0u8; adj.len()];
    let mut where_on_path = vec![0usize; adj.len()];
    let mut order = Vec::new();
    for s in 0..adj.len() {
        if state[s] != 0 {
            continue;
        }
        let mut stack: Vec<(usize, usize)> = vec![(s, 0)];
        state[s] = 1;
        where_on_path[s] = 0;
        while let Some(&mut (u, ref mut i)) = stack.last_mut() {
            if *i < adj[u].len() {
                let v = adj[u][*i];
                *i += 1;
                if state[v] == 0 {
                    state[v] = 1;
                    where_on_path[v] = stack.len();
                    stack.push((v, 0));
                } else if state[v] == 1 {
                    return Err(stack[where_on_path[v]..].iter().map(|&(x, _)| x).collect());
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
