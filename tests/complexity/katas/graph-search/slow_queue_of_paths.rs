// learner: slow
// why: shortest_path is O(V^2) time and space, target O(V + E): PHP habit of queueing whole path arrays, each neighbour gets a cloned copy of its parent's path
//! Graph search, breadth first and depth first: see README.md.

use std::collections::VecDeque;

/// The shortest path (fewest edges) from `start` to `goal`, both ends included,
/// or `None` when `goal` cannot be reached. `start == goal` gives `[start]`.
///
/// Breadth-first search: O(V + E) time, O(V) extra space.
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

/// A topological order of the directed graph: every node exactly once, and for every edge
/// `u -> v`, `u` comes before `v`.
///
/// When the graph has a cycle there is no such order: returns `Err(cycle)` with the nodes
/// `[c0, c1, ..., ck]` of one directed cycle, all distinct, where `c0 -> c1 -> ... -> ck -> c0`
/// are edges (a self-loop `u -> u` is the cycle `[u]`).
///
/// Depth-first search without recursion: O(V + E) time, O(V) extra space.
pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut color = vec!["white"; n];
    let mut result = Vec::new();
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for s in 0..n {
        if color[s] != "white" {
            continue;
        }
        color[s] = "grey";
        stack.push((s, 0));
        while let Some(top) = stack.last_mut() {
            let (u, i) = *top;
            if i == adj[u].len() {
                color[u] = "black";
                result.push(u);
                stack.pop();
                continue;
            }
            top.1 += 1;
            let v = adj[u][i];
            if color[v] == "white" {
                color[v] = "grey";
                stack.push((v, 0));
            } else if color[v] == "grey" {
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
        }
    }
    result.reverse();
    Ok(result)
}
