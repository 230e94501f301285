// learner: optimal
// idiom: PHP-style: HashMap<usize, usize> as the "came_from" associative array, VecDeque queue, three-colour DFS with a Vec stack of (node, next edge)
//! Graph search, breadth first and depth first: see README.md.

use std::collections::HashMap;
use std::collections::VecDeque;

/// The shortest path (fewest edges) from `start` to `goal`, both ends included,
/// or `None` when `goal` cannot be reached. `start == goal` gives `[start]`.
///
/// Breadth-first search: O(V + E) time, O(V) extra space.
pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    if start == goal {
        return Some(vec![start]);
    }
    let mut came_from: HashMap<usize, usize> = HashMap::new();
    came_from.insert(start, start);
    let mut queue: VecDeque<usize> = VecDeque::new();
    queue.push_back(start);
    let mut found = false;
    while let Some(current) = queue.pop_front() {
        for next in &adj[current] {
            if came_from.contains_key(next) {
                continue;
            }
            came_from.insert(*next, current);
            if *next == goal {
                found = true;
                break;
            }
            queue.push_back(*next);
        }
        if found {
            break;
        }
    }
    if !found {
        return None;
    }
    let mut path: Vec<usize> = Vec::new();
    let mut node = goal;
    path.push(node);
    while node != start {
        node = came_from[&node];
        path.push(node);
    }
    path.reverse();
    Some(path)
}

const NEW: u8 = 0;
const ACTIVE: u8 = 1;
const DONE: u8 = 2;

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
    let mut state = vec![NEW; n];
    let mut finished: Vec<usize> = Vec::with_capacity(n);
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for root in 0..n {
        if state[root] != NEW {
            continue;
        }
        state[root] = ACTIVE;
        stack.push((root, 0));
        while !stack.is_empty() {
            let top = stack.len() - 1;
            let (node, edge) = stack[top];
            if edge < adj[node].len() {
                stack[top].1 += 1;
                let next = adj[node][edge];
                if state[next] == NEW {
                    state[next] = ACTIVE;
                    stack.push((next, 0));
                } else if state[next] == ACTIVE {
                    // the part of the stack from `next` to the top is the cycle
                    let mut cycle: Vec<usize> = Vec::new();
                    let mut keep = false;
                    for (on_path, _) in &stack {
                        if *on_path == next {
                            keep = true;
                        }
                        if keep {
                            cycle.push(*on_path);
                        }
                    }
                    return Err(cycle);
                }
            } else {
                state[node] = DONE;
                finished.push(node);
                stack.pop();
            }
        }
    }
    finished.reverse();
    Ok(finished)
}
