// learner: slow
// why: shortest_path is O(V^2 + E*V) time, target O(V + E): the visited set is a Vec scanned with contains on every edge
//! Graph search, breadth first and depth first.

use std::collections::VecDeque;

/// Breadth-first search from `start`; records `(child, parent)` pairs as it goes.
///
/// The visited list keeps every discovered node in discovery order.
pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut visited: Vec<usize> = vec![start];
    let mut came_from: Vec<(usize, usize)> = Vec::new();
    let mut queue = VecDeque::new();
    queue.push_back(start);
    while let Some(node) = queue.pop_front() {
        if node == goal {
            let mut path = vec![goal];
            let mut current = goal;
            while current != start {
                let (_, p) = *came_from
                    .iter()
                    .find(|(c, _)| *c == current)
                    .expect("visited nodes have a parent");
                path.push(p);
                current = p;
            }
            path.reverse();
            return Some(path);
        }
        for &next in &adj[node] {
            if !visited.contains(&next) {
                visited.push(next);
                came_from.push((next, node));
                queue.push_back(next);
            }
        }
    }
    None
}

/// DFS colours.
#[derive(Clone, Copy, PartialEq)]
enum State {
    New,
    Active,
    Done,
}

/// Topological order by iterative DFS (post-order reversed).
pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut state = vec![State::New; n];
    let mut order = Vec::with_capacity(n);
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for root in 0..n {
        if state[root] != State::New {
            continue;
        }
        state[root] = State::Active;
        stack.push((root, 0));
        while let Some(&mut (u, ref mut i)) = stack.last_mut() {
            if *i < adj[u].len() {
                let v = adj[u][*i];
                *i += 1;
                match state[v] {
                    State::New => {
                        state[v] = State::Active;
                        stack.push((v, 0));
                    }
                    State::Active => {
                        let at = stack.iter().position(|&(w, _)| w == v).unwrap();
                        return Err(stack[at..].iter().map(|&(w, _)| w).collect());
                    }
                    State::Done => {}
                }
            } else {
                state[u] = State::Done;
                order.push(u);
                stack.pop();
            }
        }
    }
    order.reverse();
    Ok(order)
}
