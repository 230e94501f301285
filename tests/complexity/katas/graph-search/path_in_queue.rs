// learner: slow
// why: shortest_path is O(V^2) time, target O(V + E): every queue entry carries its whole path, cloned for each neighbour
use std::collections::{HashSet, VecDeque};

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut seen = HashSet::new();
    seen.insert(start);
    let mut queue = VecDeque::new();
    queue.push_back(vec![start]);
    while let Some(path) = queue.pop_front() {
        let last = *path.last().unwrap();
        if last == goal {
            return Some(path);
        }
        for &next in &adj[last] {
            if seen.insert(next) {
                let mut longer = path.clone();
                longer.push(next);
                queue.push_back(longer);
            }
        }
    }
    None
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    // 0 = new, 1 = on the path, 2 = done
    let mut state = vec![0u8; adj.len()];
    let mut out = Vec::new();
    for root in 0..adj.len() {
        if state[root] != 0 {
            continue;
        }
        let mut stack = vec![(root, 0usize)];
        state[root] = 1;
        while !stack.is_empty() {
            let top = stack.len() - 1;
            let (u, i) = stack[top];
            if i == adj[u].len() {
                state[u] = 2;
                out.push(u);
                stack.pop();
                continue;
            }
            stack[top].1 += 1;
            let v = adj[u][i];
            if state[v] == 0 {
                state[v] = 1;
                stack.push((v, 0));
            } else if state[v] == 1 {
                let k = stack.iter().position(|p| p.0 == v).unwrap();
                return Err(stack[k..].iter().map(|p| p.0).collect());
            }
        }
    }
    out.reverse();
    Ok(out)
}
