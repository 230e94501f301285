// learner: slow
// why: shortest_path is O(V^2) time, target O(V + E): visited kept as a Vec scanned with contains on every edge; cycle lookup via position
use std::collections::VecDeque;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut visited: Vec<usize> = vec![start];
    let mut came_from: Vec<(usize, usize)> = Vec::new();
    let mut queue = VecDeque::new();
    queue.push_back(start);
    let mut found = start == goal;
    while let Some(u) = queue.pop_front() {
        if found {
            break;
        }
        for &v in &adj[u] {
            if !visited.contains(&v) {
                visited.push(v);
                came_from.push((v, u));
                queue.push_back(v);
                if v == goal {
                    found = true;
                }
            }
        }
    }
    if !found {
        return None;
    }
    let mut parent = vec![usize::MAX; adj.len()];
    for &(v, u) in &came_from {
        parent[v] = u;
    }
    let mut path = vec![goal];
    let mut at = goal;
    while at != start {
        at = parent[at];
        path.push(at);
    }
    path.reverse();
    Some(path)
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
        while let Some(&(u, i)) = stack.last() {
            if i < adj[u].len() {
                stack.last_mut().unwrap().1 += 1;
                let v = adj[u][i];
                if state[v] == 1 {
                    let at = stack.iter().position(|&(w, _)| w == v).unwrap();
                    return Err(stack[at..].iter().map(|&(w, _)| w).collect());
                } else if state[v] == 0 {
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
