// learner: slow
// why: shortest_path is O(V^2) time, target O(V + E): visited kept in a Vec and checked with contains() on every edge
use std::collections::VecDeque;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut visited: Vec<usize> = vec![start];
    let mut came_from: Vec<Option<usize>> = vec![None; adj.len()];
    let mut queue: VecDeque<usize> = VecDeque::new();
    queue.push_back(start);
    while let Some(current) = queue.pop_front() {
        if current == goal {
            let mut route = vec![current];
            let mut step = current;
            while let Some(prev) = came_from[step] {
                route.push(prev);
                step = prev;
            }
            route.reverse();
            return Some(route);
        }
        for &neighbour in &adj[current] {
            if !visited.contains(&neighbour) {
                visited.push(neighbour);
                came_from[neighbour] = Some(current);
                queue.push_back(neighbour);
            }
        }
    }
    None
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    // 0 = new, 1 = on path, 2 = done
    let mut state = vec![0u8; adj.len()];
    let mut order = Vec::new();
    for s in 0..adj.len() {
        if state[s] != 0 {
            continue;
        }
        let mut stack: Vec<(usize, usize)> = vec![(s, 0)];
        state[s] = 1;
        while let Some(&mut (u, ref mut i)) = stack.last_mut() {
            if *i < adj[u].len() {
                let v = adj[u][*i];
                *i += 1;
                if state[v] == 0 {
                    state[v] = 1;
                    stack.push((v, 0));
                } else if state[v] == 1 {
                    let from = stack.iter().position(|&(x, _)| x == v).unwrap();
                    return Err(stack[from..].iter().map(|&(x, _)| x).collect());
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
