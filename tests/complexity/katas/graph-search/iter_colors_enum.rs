// learner: optimal
// idiom: enum-based colours with match, Vec<Option<usize>> parents, iterator chains for path rebuild, stack of edge iterators
//! Graph search, breadth first and depth first: see README.md.

use std::collections::VecDeque;

/// The shortest path (fewest edges) from `start` to `goal`, both ends included,
/// or `None` when `goal` cannot be reached. `start == goal` gives `[start]`.
///
/// Breadth-first search: O(V + E) time, O(V) extra space.
pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut parent: Vec<Option<usize>> = vec![None; adj.len()];
    parent[start] = Some(start);
    let mut frontier = VecDeque::from([start]);
    while let Some(u) = frontier.pop_front() {
        if u == goal {
            let mut path: Vec<usize> = std::iter::successors(Some(goal), |&v| {
                parent[v].filter(|&p| p != v)
            })
            .collect();
            path.reverse();
            return Some(path);
        }
        for &v in &adj[u] {
            if parent[v].is_none() {
                parent[v] = Some(u);
                frontier.push_back(v);
            }
        }
    }
    None
}

#[derive(Clone, Copy, PartialEq)]
enum Mark {
    Unseen,
    OnPath,
    Done,
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
    let mut mark = vec![Mark::Unseen; adj.len()];
    let mut post = Vec::with_capacity(adj.len());
    let mut path: Vec<(usize, std::slice::Iter<'_, usize>)> = Vec::new();

    for root in 0..adj.len() {
        if mark[root] != Mark::Unseen {
            continue;
        }
        mark[root] = Mark::OnPath;
        path.push((root, adj[root].iter()));
        while let Some((u, edges)) = path.last_mut() {
            let u = *u;
            match edges.next().copied() {
                Some(v) => match mark[v] {
                    Mark::Unseen => {
                        mark[v] = Mark::OnPath;
                        path.push((v, adj[v].iter()));
                    }
                    Mark::OnPath => {
                        let from = path.iter().position(|(w, _)| *w == v).unwrap_or(0);
                        return Err(path[from..].iter().map(|(w, _)| *w).collect());
                    }
                    Mark::Done => {}
                },
                None => {
                    mark[u] = Mark::Done;
                    post.push(u);
                    path.pop();
                }
            }
        }
    }
    post.reverse();
    Ok(post)
}
