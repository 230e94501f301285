//! Graph search: a BFS whose queue is a Vec drained with `remove(0)` and whose visited set is a
//! Vec searched with `contains` (O(V) per step, O(V^2) overall); the DFS part is iterative.

/// The shortest path (fewest edges) from `start` to `goal`, both ends included,
/// or `None` when `goal` cannot be reached.
pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut queue = vec![start];
    let mut visited = vec![start];
    let mut parent = vec![usize::MAX; adj.len()];
    while !queue.is_empty() {
        let u = queue.remove(0);
        if u == goal {
            let mut path = vec![goal];
            let mut node = goal;
            while node != start {
                node = parent[node];
                path.insert(0, node);
            }
            return Some(path);
        }
        for &v in &adj[u] {
            if !visited.contains(&v) {
                visited.push(v);
                parent[v] = u;
                queue.push(v);
            }
        }
    }
    None
}

/// A topological order of the directed graph, or `Err` with the nodes of one cycle.
pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    // 0 = unseen, 1 = on the current path, 2 = finished.
    let mut state = vec![0u8; adj.len()];
    let mut order = Vec::new();
    for root in 0..adj.len() {
        if state[root] != 0 {
            continue;
        }
        state[root] = 1;
        let mut stack = vec![(root, 0)];
        while let Some(&(u, i)) = stack.last() {
            if i < adj[u].len() {
                stack.last_mut().unwrap().1 += 1;
                let v = adj[u][i];
                if state[v] == 1 {
                    let mut cycle = Vec::new();
                    for &(w, _) in stack.iter().rev() {
                        cycle.push(w);
                        if w == v {
                            break;
                        }
                    }
                    cycle.reverse();
                    return Err(cycle);
                }
                if state[v] == 0 {
                    state[v] = 1;
                    stack.push((v, 0));
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
