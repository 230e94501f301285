// learner: optimal
// idiom: BFS queue is a VecDeque dequeued with queue.remove(0) (O(1) on a ring buffer, returns Option); DFS with explicit (node, next edge) stack
use std::collections::VecDeque;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut parent: Vec<Option<usize>> = vec![None; adj.len()];
    let mut seen = vec![false; adj.len()];
    let mut queue = VecDeque::new();
    seen[start] = true;
    queue.push_back(start);
    while let Some(u) = queue.remove(0) {
        if u == goal {
            let mut path = vec![goal];
            let mut cur = goal;
            while let Some(p) = parent[cur] {
                path.push(p);
                cur = p;
            }
            path.reverse();
            return Some(path);
        }
        for &v in &adj[u] {
            if !seen[v] {
                seen[v] = true;
                parent[v] = Some(u);
                queue.push_back(v);
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
