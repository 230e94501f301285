// learner: slow
// idiom: PostScript: no "seen" dictionary for the queue: a node waiting in the queue is found by searching the queue itself (`contains`), and Kahn's ready list is consumed from its front by cutting the array (`1 index length 1 sub getinterval`, here split_off(1))
// why: the queue search costs O(frontier) per edge and each ready-list cut copies the rest: O(V * (V + E)) worst case on wide graphs (many nodes waiting at once)
//! Graph search, breadth first and depth first: see README.md.
//!
//! A graph with `n` nodes is given as adjacency lists: `adj[u]` lists the nodes `v` with an edge
//! `u -> v`. Nodes are `0..adj.len()`, and every listed neighbour is a valid node.

use std::collections::VecDeque;

const NONE: usize = usize::MAX;

/// The shortest path (fewest edges) from `start` to `goal`, both ends included,
/// or `None` when `goal` cannot be reached. `start == goal` gives `[start]`.
///
/// Breadth-first search: O(V + E) time, O(V) extra space.
pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let n = adj.len();
    let mut expanded = vec![false; n];
    let mut parent = vec![NONE; n];
    let mut queue: VecDeque<usize> = VecDeque::new();
    queue.push_back(start);
    while let Some(u) = queue.pop_front() {
        expanded[u] = true;
        if u == goal {
            let mut path = vec![u];
            let mut at = u;
            while at != start {
                at = parent[at];
                path.push(at);
            }
            path.reverse();
            return Some(path);
        }
        for &v in &adj[u] {
            // already done, or already waiting in line?
            if expanded[v] || queue.contains(&v) {
                continue;
            }
            parent[v] = u;
            queue.push_back(v);
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
    let mut indeg = vec![0usize; n];
    for u in 0..n {
        for &v in &adj[u] {
            indeg[v] += 1;
        }
    }
    let mut ready: Vec<usize> = Vec::new();
    for u in 0..n {
        if indeg[u] == 0 {
            ready.push(u);
        }
    }
    let mut order = Vec::with_capacity(n);
    while !ready.is_empty() {
        // take the first one and keep the rest as the new array
        let rest = ready.split_off(1);
        let u = ready[0];
        ready = rest;
        order.push(u);
        for &v in &adj[u] {
            indeg[v] -= 1;
            if indeg[v] == 0 {
                ready.push(v);
            }
        }
    }
    if order.len() == n {
        Ok(order)
    } else {
        Err(leftover_cycle(adj, &indeg))
    }
}

/// Every node Kahn could not place still has an in-edge from another such node,
/// so walking backwards along those edges must come round to a node already met.
fn leftover_cycle(adj: &[Vec<usize>], indeg: &[usize]) -> Vec<usize> {
    let n = adj.len();
    let mut pred = vec![NONE; n];
    for u in 0..n {
        if indeg[u] == 0 {
            continue; // placed
        }
        for &v in &adj[u] {
            if indeg[v] > 0 && pred[v] == NONE {
                pred[v] = u;
            }
        }
    }
    let mut step_of = vec![NONE; n];
    let mut walk = Vec::new();
    let mut at = (0..n).find(|&u| indeg[u] > 0).expect("a leftover node");
    while step_of[at] == NONE {
        step_of[at] = walk.len();
        walk.push(at);
        at = pred[at];
    }
    // walk[step_of[at]..] goes backwards along edges: flip it
    let mut cycle = walk.split_off(step_of[at]);
    cycle.reverse();
    cycle
}
