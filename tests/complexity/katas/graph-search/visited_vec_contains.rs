// learner: slow
// why: shortest_path is O(V^2 + E*V) time, target O(V + E): `visited` is a plain Vec of nodes and every edge asks visited.contains(&v) (JS-style includes)
use std::collections::{HashMap, VecDeque};

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut visited: Vec<usize> = vec![start];
    let mut came_from: HashMap<usize, usize> = HashMap::new();
    let mut queue = VecDeque::new();
    queue.push_back(start);
    while let Some(node) = queue.pop_front() {
        if node == goal {
            let mut path = vec![goal];
            let mut at = goal;
            while let Some(&p) = came_from.get(&at) {
                path.push(p);
                at = p;
            }
            path.reverse();
            return Some(path);
        }
        adj[node].iter().for_each(|&next| {
            if !visited.contains(&next) {
                visited.push(next);
                came_from.insert(next, node);
                queue.push_back(next);
            }
        });
    }
    None
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut state = vec![0u8; n];
    let mut out = Vec::new();
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for s in 0..n {
        if state[s] != 0 {
            continue;
        }
        state[s] = 1;
        stack.push((s, 0));
        while let Some(top) = stack.last_mut() {
            let (u, i) = *top;
            if i == adj[u].len() {
                state[u] = 2;
                out.push(u);
                stack.pop();
                continue;
            }
            top.1 += 1;
            let v = adj[u][i];
            if state[v] == 0 {
                state[v] = 1;
                stack.push((v, 0));
            } else if state[v] == 1 {
                let from = stack.iter().position(|&(w, _)| w == v).unwrap();
                return Err(stack[from..].iter().map(|p| p.0).collect());
            }
        }
    }
    out.reverse();
    Ok(out)
}
