// learner: slow
// why: shortest_path is O(V^2) time, target O(V + E): "visited" is a Vec of nodes searched with contains() on every edge
use std::collections::{HashMap, VecDeque};

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut visited: Vec<usize> = vec![start];
    let mut parent: HashMap<usize, usize> = HashMap::new();
    let mut queue = VecDeque::new();
    queue.push_back(start);
    while let Some(node) = queue.pop_front() {
        if node == goal {
            let mut path = vec![goal];
            let mut cur = goal;
            while let Some(&p) = parent.get(&cur) {
                path.push(p);
                cur = p;
            }
            path.reverse();
            return Some(path);
        }
        for &next in &adj[node] {
            if !visited.contains(&next) {
                visited.push(next);
                parent.insert(next, node);
                queue.push_back(next);
            }
        }
    }
    None
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut state = vec![0u8; n];
    let mut order = Vec::new();
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for s in 0..n {
        if state[s] != 0 {
            continue;
        }
        stack.push((s, 0));
        state[s] = 1;
        while let Some(&mut (u, ref mut i)) = stack.last_mut() {
            if *i < adj[u].len() {
                let v = adj[u][*i];
                *i += 1;
                if state[v] == 1 {
                    let pos = stack.iter().position(|&(w, _)| w == v).unwrap();
                    return Err(stack[pos..].iter().map(|&(w, _)| w).collect());
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
