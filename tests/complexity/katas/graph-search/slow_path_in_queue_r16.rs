// learner: slow
// why: shortest_path is O(V^2) time and space, target O(V + E) / O(V): every queue entry carries its whole path, cloned for each neighbour
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
    let mut indeg = vec![0; n];
    for list in adj {
        for &v in list {
            indeg[v] += 1;
        }
    }
    let mut ready: Vec<usize> = (0..n).filter(|&v| indeg[v] == 0).collect();
    let mut order = Vec::with_capacity(n);
    while let Some(u) = ready.pop() {
        order.push(u);
        for &v in &adj[u] {
            indeg[v] -= 1;
            if indeg[v] == 0 {
                ready.push(v);
            }
        }
    }
    if order.len() == n {
        return Ok(order);
    }
    // follow edges inside the leftover part until a node repeats
    let mut pos = vec![usize::MAX; n];
    let mut walk = Vec::new();
    let mut u = (0..n).find(|&v| indeg[v] > 0).unwrap();
    // walk backwards is awkward without reverse edges: find, for each leftover node, a leftover predecessor
    let mut pred = vec![usize::MAX; n];
    for x in 0..n {
        if indeg[x] > 0 {
            for &y in &adj[x] {
                if indeg[y] > 0 {
                    pred[y] = x;
                }
            }
        }
    }
    while pos[u] == usize::MAX {
        pos[u] = walk.len();
        walk.push(u);
        u = pred[u];
    }
    let mut cycle = walk.split_off(pos[u]);
    cycle.reverse();
    Err(cycle)
}
