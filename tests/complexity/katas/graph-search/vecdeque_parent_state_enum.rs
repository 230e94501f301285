// learner: optimal
// idiom: BFS with VecDeque + parent Vec<Option<usize>>; DFS with a three-state enum and a (node, next_edge) stack
//! Graph search, breadth first and depth first: see README.md.

use std::collections::VecDeque;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    if start == goal {
        return Some(vec![start]);
    }
    let mut parent: Vec<Option<usize>> = vec![None; adj.len()];
    let mut seen = vec![false; adj.len()];
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
                let mut path = vec![goal];
                let mut cur = goal;
                while let Some(p) = parent[cur] {
                    path.push(p);
                    cur = p;
                }
                path.reverse();
                return Some(path);
            }
            queue.push_back(v);
        }
    }
    None
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Unseen,
    OnPath,
    Done,
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut mark = vec![Mark::Unseen; n];
    let mut finished = Vec::with_capacity(n);
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for root in 0..n {
        if mark[root] != Mark::Unseen {
            continue;
        }
        mark[root] = Mark::OnPath;
        stack.push((root, 0));
        while let Some(&mut (u, ref mut next)) = stack.last_mut() {
            if *next < adj[u].len() {
                let v = adj[u][*next];
                *next += 1;
                match mark[v] {
                    Mark::Unseen => {
                        mark[v] = Mark::OnPath;
                        stack.push((v, 0));
                    }
                    Mark::OnPath => {
                        let from = stack.iter().position(|&(w, _)| w == v).unwrap();
                        return Err(stack[from..].iter().map(|&(w, _)| w).collect());
                    }
                    Mark::Done => {}
                }
            } else {
                mark[u] = Mark::Done;
                finished.push(u);
                stack.pop();
            }
        }
    }
    finished.reverse();
    Ok(finished)
}
