// learner: optimal
// idiom: level-by-level BFS with two frontier Vecs and mem::take, parent trail folded back; DFS stack of slice iterators with on-path positions
//! Graph search, breadth first and depth first.

use std::slice::Iter;

const UNSEEN: usize = usize::MAX;

fn unwind(came_from: &[usize], start: usize, goal: usize) -> Vec<usize> {
    let mut trail = vec![goal];
    let mut at = goal;
    while at != start {
        at = came_from[at];
        trail.push(at);
    }
    trail.into_iter().rev().collect()
}

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut came_from = vec![UNSEEN; adj.len()];
    came_from[start] = start;
    let mut frontier = vec![start];
    let mut next = Vec::new();
    while !frontier.is_empty() {
        if came_from[goal] != UNSEEN {
            break;
        }
        for &u in &frontier {
            for &v in &adj[u] {
                if came_from[v] == UNSEEN {
                    came_from[v] = u;
                    next.push(v);
                }
            }
        }
        frontier.clear();
        std::mem::swap(&mut frontier, &mut next);
    }
    (came_from[goal] != UNSEEN).then(|| unwind(&came_from, start, goal))
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    // depth_of[v] = position on the current DFS path, UNSEEN if never entered, n if finished.
    let finished_tag = n;
    let mut depth_of = vec![UNSEEN; n];
    let mut path: Vec<(usize, Iter<'_, usize>)> = Vec::new();
    let mut post = Vec::with_capacity(n);
    for root in 0..n {
        if depth_of[root] != UNSEEN {
            continue;
        }
        depth_of[root] = 0;
        path.push((root, adj[root].iter()));
        while let Some((u, edges)) = path.last_mut() {
            let u = *u;
            match edges.next() {
                Some(&v) if depth_of[v] == UNSEEN => {
                    depth_of[v] = path.len();
                    path.push((v, adj[v].iter()));
                }
                Some(&v) if depth_of[v] != finished_tag => {
                    let from = depth_of[v];
                    return Err(path[from..].iter().map(|(w, _)| *w).collect());
                }
                Some(_) => {}
                None => {
                    depth_of[u] = finished_tag;
                    post.push(u);
                    path.pop();
                }
            }
        }
    }
    post.reverse();
    Ok(post)
}
