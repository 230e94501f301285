// learner: optimal
// idiom: VecDeque BFS with parent trail unwound via iter::successors; DFS with explicit (node, edge cursor) stack and a state enum
//! Graph search, breadth first and depth first.

use std::collections::VecDeque;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut parent: Vec<Option<usize>> = vec![None; adj.len()];
    let mut seen = vec![false; adj.len()];
    let mut queue = VecDeque::from([start]);
    seen[start] = true;
    while let Some(u) = queue.pop_front() {
        if u == goal {
            let mut path: Vec<usize> = std::iter::successors(Some(goal), |&v| parent[v]).collect();
            path.reverse();
            return Some(path);
        }
        adj[u].iter().for_each(|&v| {
            if !seen[v] {
                seen[v] = true;
                parent[v] = Some(u);
                queue.push_back(v);
            }
        });
    }
    None
}

#[derive(Clone, Copy, PartialEq)]
enum Mark {
    Fresh,
    Open,
    Done,
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut mark = vec![Mark::Fresh; n];
    let mut finished = Vec::with_capacity(n);
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for root in 0..n {
        if mark[root] != Mark::Fresh {
            continue;
        }
        mark[root] = Mark::Open;
        stack.push((root, 0));
        while let Some(&mut (u, ref mut cursor)) = stack.last_mut() {
            match adj[u].get(*cursor).copied() {
                Some(v) => {
                    *cursor += 1;
                    match mark[v] {
                        Mark::Fresh => {
                            mark[v] = Mark::Open;
                            stack.push((v, 0));
                        }
                        Mark::Open => {
                            let from = stack.iter().rposition(|&(w, _)| w == v).unwrap_or(0);
                            return Err(stack[from..].iter().map(|&(w, _)| w).collect());
                        }
                        Mark::Done => {}
                    }
                }
                None => {
                    mark[u] = Mark::Done;
                    finished.push(u);
                    stack.pop();
                }
            }
        }
    }
    finished.reverse();
    Ok(finished)
}
