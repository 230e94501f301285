// learner: optimal
// idiom: level-by-level BFS swapping two frontier Vecs with a distance table; DFS whose explicit stack holds slice iterators, on-path flags, cycle cut from the path by position
pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    const UNSEEN: usize = usize::MAX;
    let mut prev = vec![UNSEEN; adj.len()];
    prev[start] = start;
    let mut frontier = vec![start];
    let mut next_frontier = Vec::new();
    while !frontier.is_empty() && prev[goal] == UNSEEN {
        for &u in &frontier {
            for &v in &adj[u] {
                if prev[v] == UNSEEN {
                    prev[v] = u;
                    next_frontier.push(v);
                }
            }
        }
        frontier.clear();
        std::mem::swap(&mut frontier, &mut next_frontier);
    }
    if prev[goal] == UNSEEN {
        return None;
    }
    let mut path = vec![goal];
    let mut at = goal;
    while at != start {
        at = prev[at];
        path.push(at);
    }
    path.reverse();
    Some(path)
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut done = vec![false; n];
    let mut on_path = vec![false; n];
    let mut post = Vec::with_capacity(n);
    let mut path: Vec<usize> = Vec::new();
    let mut iters: Vec<std::slice::Iter<'_, usize>> = Vec::new();
    for root in 0..n {
        if done[root] {
            continue;
        }
        path.push(root);
        on_path[root] = true;
        iters.push(adj[root].iter());
        while let Some(it) = iters.last_mut() {
            match it.next() {
                Some(&v) if on_path[v] => {
                    let from = path.iter().rposition(|&p| p == v).unwrap();
                    return Err(path.split_off(from));
                }
                Some(&v) if !done[v] => {
                    path.push(v);
                    on_path[v] = true;
                    iters.push(adj[v].iter());
                }
                Some(_) => {}
                None => {
                    iters.pop();
                    let u = path.pop().unwrap();
                    on_path[u] = false;
                    done[u] = true;
                    post.push(u);
                }
            }
        }
    }
    post.reverse();
    Ok(post)
}
