// learner: slow
// why: shortest_path is O(V^2) time, target O(V + E): PHP in_array habit, `visited.contains(&v)` scans a Vec on every edge
//! Graph search, breadth first and depth first: see README.md.

use std::collections::VecDeque;

/// The shortest path (fewest edges) from `start` to `goal`, both ends included,
/// or `None` when `goal` cannot be reached. `start == goal` gives `[start]`.
///
/// Breadth-first search: O(V + E) time, O(V) extra space.
pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut visited: Vec<usize> = vec![start];
    let mut parent: Vec<usize> = vec![usize::MAX; adj.len()];
    let mut queue: VecDeque<usize> = VecDeque::new();
    queue.push_back(start);
    while let Some(node) = queue.pop_front() {
        if node == goal {
            let mut path = vec![goal];
            let mut cur = goal;
            while cur != start {
                cur = parent[cur];
                path.push(cur);
            }
            path.reverse();
            return Some(path);
        }
        for &next in &adj[node] {
            if !visited.contains(&next) {
                visited.push(next);
                parent[next] = node;
                queue.push_back(next);
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
    // 0 = not seen, 1 = on the current path, 2 = finished
    let mut status = vec![0u8; n];
    let mut output = Vec::new();
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for s in 0..n {
        if status[s] != 0 {
            continue;
        }
        status[s] = 1;
        stack.push((s, 0));
        while let Some(&(u, i)) = stack.last() {
            if i < adj[u].len() {
                let last = stack.len() - 1;
                stack[last].1 += 1;
                let v = adj[u][i];
                if status[v] == 0 {
                    status[v] = 1;
                    stack.push((v, 0));
                } else if status[v] == 1 {
                    let at = stack.iter().position(|&(w, _)| w == v).unwrap();
                    return Err(stack[at..].iter().map(|&(w, _)| w).collect());
                }
            } else {
                status[u] = 2;
                output.push(u);
                stack.pop();
            }
        }
    }
    output.reverse();
    Ok(output)
}
