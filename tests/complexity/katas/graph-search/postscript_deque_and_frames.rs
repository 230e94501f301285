// learner: optimal
// idiom: PostScript: BFS on a VecDeque with a parent array as both mark and breadcrumb; DFS on an explicit stack of (node, next-edge) frames, with a 3-colour array (the exec stack kept by hand)
// why: every node is enqueued/pushed once and every edge looked at once, marks are O(1) array reads: O(V + E) time, O(V) space
//! Graph search, breadth first and depth first: see README.md.
//!
//! A graph with `n` nodes is given as adjacency lists: `adj[u]` lists the nodes `v` with an edge
//! `u -> v`. Nodes are `0..adj.len()`, and every listed neighbour is a valid node.

use std::collections::VecDeque;

const UNSEEN: u8 = 0;
const ON_PATH: u8 = 1;
const DONE: u8 = 2;

/// Follow the parent marks back from `goal` to `start`, then flip them into path order.
fn unwind(parent: &[Option<usize>], start: usize, goal: usize) -> Vec<usize> {
    let mut path = vec![goal];
    let mut at = goal;
    while at != start {
        at = parent[at].expect("every reached node but start has a parent");
        path.push(at);
    }
    path.reverse();
    path
}

/// The shortest path (fewest edges) from `start` to `goal`, both ends included,
/// or `None` when `goal` cannot be reached. `start == goal` gives `[start]`.
///
/// Breadth-first search: O(V + E) time, O(V) extra space.
pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    if start == goal {
        return Some(vec![start]);
    }
    let mut seen = vec![false; adj.len()];
    let mut parent: Vec<Option<usize>> = vec![None; adj.len()];
    let mut queue = VecDeque::new();
    seen[start] = true;
    queue.push_back(start);
    while let Some(u) = queue.pop_front() {
        for &v in &adj[u] {
            if seen[v] {
                continue;
            }
            seen[v] = true;
            parent[v] = Some(u);
            if v == goal {
                return Some(unwind(&parent, start, goal));
            }
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
    let mut colour = vec![UNSEEN; n];
    let mut finished: Vec<usize> = Vec::with_capacity(n);
    // the frames: (node, index of the next edge to try)
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for root in 0..n {
        if colour[root] != UNSEEN {
            continue;
        }
        colour[root] = ON_PATH;
        stack.push((root, 0));
        while let Some(&(u, k)) = stack.last() {
            if k == adj[u].len() {
                // all edges tried: finish u
                colour[u] = DONE;
                finished.push(u);
                stack.pop();
                continue;
            }
            stack.last_mut().unwrap().1 = k + 1;
            let v = adj[u][k];
            if colour[v] == UNSEEN {
                colour[v] = ON_PATH;
                stack.push((v, 0));
            } else if colour[v] == ON_PATH {
                // v is somewhere on the stack: from there up to the top is the cycle
                let mut cycle = Vec::new();
                let mut i = stack.len();
                while i > 0 {
                    i -= 1;
                    cycle.push(stack[i].0);
                    if stack[i].0 == v {
                        break;
                    }
                }
                cycle.reverse();
                return Err(cycle);
            }
        }
    }
    finished.reverse();
    Ok(finished)
}
