// learner: optimal
// idiom: Kotlin style: sentinel-free Option parents rebuilt with iter::successors, DFS stack of slice iterators (like Kotlin iterator()), `?.let` via and_then/map
//! Graph search, breadth first and depth first: see README.md.

use std::collections::VecDeque;
use std::slice::Iter;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut came_from: Vec<Option<usize>> = vec![None; adj.len()];
    let mut visited = vec![false; adj.len()];
    visited[start] = true;
    let mut frontier = VecDeque::from([start]);

    let mut found = start == goal;
    while !found {
        let Some(current) = frontier.pop_front() else { break };
        for &next in adj[current].iter() {
            if visited[next] {
                continue;
            }
            visited[next] = true;
            came_from[next] = Some(current);
            if next == goal {
                found = true;
                break;
            }
            frontier.push_back(next);
        }
    }

    found.then(|| {
        let mut path: Vec<usize> = std::iter::successors(Some(goal), |&node| came_from[node]).collect();
        path.reverse();
        path
    })
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let size = adj.len();
    // None = never seen, Some(i) = on the current path at stack index i
    let mut on_path: Vec<Option<usize>> = vec![None; size];
    let mut done = vec![false; size];
    let mut postorder: Vec<usize> = Vec::with_capacity(size);
    let mut stack: Vec<(usize, Iter<'_, usize>)> = Vec::new();

    for root in 0..size {
        if done[root] || on_path[root].is_some() {
            continue;
        }
        on_path[root] = Some(0);
        stack.push((root, adj[root].iter()));

        while let Some((node, edges)) = stack.last_mut() {
            let node = *node;
            match edges.next().copied() {
                Some(child) if done[child] => {}
                Some(child) => {
                    if let Some(at) = on_path[child] {
                        return Err(stack[at..].iter().map(|(n, _)| *n).collect());
                    }
                    on_path[child] = Some(stack.len());
                    stack.push((child, adj[child].iter()));
                }
                None => {
                    stack.pop();
                    on_path[node] = None;
                    done[node] = true;
                    postorder.push(node);
                }
            }
        }
    }
    postorder.reverse();
    Ok(postorder)
}
