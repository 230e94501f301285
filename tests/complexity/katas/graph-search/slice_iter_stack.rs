// learner: optimal
// idiom: DFS stack of (node, slice::Iter) advanced with it.next(); on-path position array for O(1) cycle slicing; BFS path via iter::successors over parents
use std::collections::VecDeque;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut parent: Vec<Option<usize>> = vec![None; adj.len()];
    let mut visited = vec![false; adj.len()];
    visited[start] = true;
    let mut queue = VecDeque::from([start]);
    while let Some(u) = queue.pop_front() {
        if u == goal {
            break;
        }
        for &v in adj[u].iter() {
            if !std::mem::replace(&mut visited[v], true) {
                parent[v] = Some(u);
                queue.push_back(v);
            }
        }
    }
    if !visited[goal] {
        return None;
    }
    let mut path: Vec<usize> = std::iter::successors(Some(goal), |&v| parent[v]).collect();
    path.reverse();
    Some(path)
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    // depth on the current path, usize::MAX = not on it
    let mut on_path = vec![usize::MAX; n];
    let mut done = vec![false; n];
    let mut post = Vec::with_capacity(n);
    for root in 0..n {
        if done[root] {
            continue;
        }
        let mut stack = vec![(root, adj[root].iter())];
        on_path[root] = 0;
        while let Some((u, edges)) = stack.last_mut() {
            let u = *u;
            match edges.next() {
                Some(&v) if on_path[v] != usize::MAX => {
                    return Err(stack[on_path[v]..].iter().map(|(w, _)| *w).collect());
                }
                Some(&v) if !done[v] => {
                    on_path[v] = stack.len();
                    stack.push((v, adj[v].iter()));
                }
                Some(_) => {}
                None => {
                    on_path[u] = usize::MAX;
                    done[u] = true;
                    post.push(u);
                    stack.pop();
                }
            }
        }
    }
    post.reverse();
    Ok(post)
}
