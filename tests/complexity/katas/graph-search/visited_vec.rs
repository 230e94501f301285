// learner: slow
// why: shortest_path is O(V^2) time, target O(V + E): visited nodes kept in a Vec and checked with contains on every edge
use std::collections::{HashMap, VecDeque};

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut visited: Vec<usize> = vec![start];
    let mut came_from: HashMap<usize, usize> = HashMap::new();
    let mut queue = VecDeque::from(vec![start]);
    while let Some(node) = queue.pop_front() {
        if node == goal {
            let mut path = vec![goal];
            let mut cur = goal;
            while let Some(&p) = came_from.get(&cur) {
                path.push(p);
                cur = p;
            }
            path.reverse();
            return Some(path);
        }
        for &nb in adj[node].iter() {
            if !visited.contains(&nb) {
                visited.push(nb);
                came_from.insert(nb, node);
                queue.push_back(nb);
            }
        }
    }
    None
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut indeg = vec![0; n];
    adj.iter().flatten().for_each(|&v| indeg[v] += 1);
    let mut ready: VecDeque<usize> = (0..n).filter(|&v| indeg[v] == 0).collect();
    let mut order = Vec::with_capacity(n);
    while let Some(u) = ready.pop_front() {
        order.push(u);
        for &v in &adj[u] {
            indeg[v] -= 1;
            if indeg[v] == 0 {
                ready.push_back(v);
            }
        }
    }
    if order.len() == n {
        return Ok(order);
    }
    let mut pred = vec![usize::MAX; n];
    for u in (0..n).filter(|&u| indeg[u] > 0) {
        for &v in adj[u].iter().filter(|&&v| indeg[v] > 0) {
            pred[v] = u;
        }
    }
    let mut index_in_walk: HashMap<usize, usize> = HashMap::new();
    let mut walk = vec![];
    let mut cur = (0..n).find(|&u| indeg[u] > 0).unwrap();
    while !index_in_walk.contains_key(&cur) {
        index_in_walk.insert(cur, walk.len());
        walk.push(cur);
        cur = pred[cur];
    }
    let mut cycle = walk.split_off(index_in_walk[&cur]);
    cycle.reverse();
    Err(cycle)
}
