// learner: optimal
// idiom: Eiffel design-by-contract developer: require/ensure as debug_asserts, BFS with VecDeque + parent table, DFS with a three-colour enum and an explicit (node, next-edge-index) stack
//! Graph search, breadth first and depth first: see README.md.

use std::collections::VecDeque;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Colour {
    White,
    Grey,
    Black,
}

/// Precondition shared by both features: every listed neighbour is a node.
fn is_valid_graph(adj: &[Vec<usize>]) -> bool {
    adj.iter().all(|row| row.iter().all(|&v| v < adj.len()))
}

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    // require
    debug_assert!(start < adj.len(), "require start_valid");
    debug_assert!(goal < adj.len(), "require goal_valid");

    let mut parent: Vec<Option<usize>> = vec![None; adj.len()];
    let mut reached = vec![false; adj.len()];
    let mut queue = VecDeque::new();
    reached[start] = true;
    queue.push_back(start);

    while let Some(u) = queue.pop_front() {
        if u == goal {
            break;
        }
        for &v in &adj[u] {
            if !reached[v] {
                reached[v] = true;
                parent[v] = Some(u);
                queue.push_back(v);
            }
        }
    }

    if !reached[goal] {
        return None;
    }
    let mut result = vec![goal];
    let mut current = goal;
    while let Some(p) = parent[current] {
        result.push(p);
        current = p;
    }
    result.reverse();

    // ensure
    debug_assert_eq!(result.first(), Some(&start), "ensure starts_at_start");
    debug_assert_eq!(result.last(), Some(&goal), "ensure ends_at_goal");
    Some(result)
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    // require
    debug_assert!(is_valid_graph(adj), "require neighbours_are_nodes");

    let n = adj.len();
    let mut colour = vec![Colour::White; n];
    let mut parent: Vec<usize> = vec![usize::MAX; n];
    let mut finished: Vec<usize> = Vec::with_capacity(n);
    let mut stack: Vec<(usize, usize)> = Vec::new();

    for root in 0..n {
        if colour[root] != Colour::White {
            continue;
        }
        colour[root] = Colour::Grey;
        stack.push((root, 0));
        while let Some(&mut (u, ref mut next_edge)) = stack.last_mut() {
            if *next_edge < adj[u].len() {
                let v = adj[u][*next_edge];
                *next_edge += 1;
                match colour[v] {
                    Colour::White => {
                        colour[v] = Colour::Grey;
                        parent[v] = u;
                        stack.push((v, 0));
                    }
                    Colour::Grey => {
                        // back edge u -> v closes a cycle v -> ... -> u
                        let mut cycle = vec![u];
                        let mut w = u;
                        while w != v {
                            w = parent[w];
                            cycle.push(w);
                        }
                        cycle.reverse();
                        // ensure cycle_starts_at_back_edge_target
                        debug_assert_eq!(cycle[0], v);
                        return Err(cycle);
                    }
                    Colour::Black => {}
                }
            } else {
                colour[u] = Colour::Black;
                finished.push(u);
                stack.pop();
            }
        }
    }

    finished.reverse();
    // ensure every_node_once
    debug_assert_eq!(finished.len(), n, "ensure every_node_once");
    Ok(finished)
}
