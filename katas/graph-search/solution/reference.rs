//! Graph search: breadth first for shortest paths, depth first (iterative) for
//! topological order and cycle detection.

use std::collections::VecDeque;

/// The shortest path (fewest edges) from `start` to `goal`, both ends included,
/// or `None` when `goal` cannot be reached. `start == goal` gives `[start]`.
///
/// Breadth-first search: O(V + E) time, O(V) extra space.
pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    // parent[v] = the node from which BFS first reached v; doubles as the visited mark.
    let mut parent: Vec<Option<usize>> = vec![None; adj.len()];
    parent[start] = Some(start);
    let mut queue = VecDeque::from([start]);
    while let Some(u) = queue.pop_front() {
        if u == goal {
            // Walk the parent links back to the start, then flip.
            let mut path = vec![goal];
            let mut node = goal;
            while node != start {
                node = parent[node].expect("every reached node has a parent");
                path.push(node);
            }
            path.reverse();
            return Some(path);
        }
        for &v in &adj[u] {
            if parent[v].is_none() {
                parent[v] = Some(u);
                queue.push_back(v);
            }
        }
    }
    None
}

#[derive(Clone, Copy, PartialEq)]
enum State {
    Unseen,
    OnPath,
    Finished,
}

/// A topological order of the directed graph: every node exactly once, and for every edge
/// `u -> v`, `u` comes before `v`. On a cycle, returns `Err` with the nodes of one cycle.
///
/// Depth-first search without recursion: O(V + E) time, O(V) extra space.
pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let mut state = vec![State::Unseen; adj.len()];
    let mut finished = Vec::with_capacity(adj.len());
    // The explicit DFS stack: (node, index of the next edge to follow). It holds exactly the
    // nodes on the current path, i.e. the ones marked `OnPath`.
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for root in 0..adj.len() {
        if state[root] != State::Unseen {
            continue;
        }
        state[root] = State::OnPath;
        stack.push((root, 0));
        while let Some(top) = stack.last_mut() {
            let (u, next) = *top;
            match adj[u].get(next) {
                Some(&v) => {
                    top.1 += 1;
                    match state[v] {
                        State::Unseen => {
                            state[v] = State::OnPath;
                            stack.push((v, 0));
                        }
                        State::OnPath => {
                            // A back edge u -> v: the path from v down to u closes a cycle.
                            let from = stack
                                .iter()
                                .position(|&(w, _)| w == v)
                                .expect("an OnPath node is on the stack");
                            return Err(stack[from..].iter().map(|&(w, _)| w).collect());
                        }
                        State::Finished => {}
                    }
                }
                None => {
                    // All descendants are finished: u may go after all of them.
                    state[u] = State::Finished;
                    finished.push(u);
                    stack.pop();
                }
            }
        }
    }
    // Reverse finishing order puts every node before everything it points to.
    finished.reverse();
    Ok(finished)
}
