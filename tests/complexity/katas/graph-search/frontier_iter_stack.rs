// learner: optimal
// idiom: BFS level by level with two swapped frontier Vecs; DFS with a stack of slice iterators and a position-on-path index
pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut prev: Vec<Option<usize>> = vec![None; adj.len()];
    let mut reached = vec![false; adj.len()];
    reached[start] = true;
    let mut frontier = vec![start];
    let mut next = Vec::new();
    while !frontier.is_empty() && !reached[goal] {
        for &u in &frontier {
            for &v in &adj[u] {
                if !reached[v] {
                    reached[v] = true;
                    prev[v] = Some(u);
                    next.push(v);
                }
            }
        }
        std::mem::swap(&mut frontier, &mut next);
        next.clear();
    }
    if !reached[goal] {
        return None;
    }
    let mut path = vec![goal];
    let mut at = goal;
    while let Some(p) = prev[at] {
        path.push(p);
        at = p;
    }
    path.reverse();
    Some(path)
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    const NOT_ON_PATH: usize = usize::MAX;
    let n = adj.len();
    // depth on the current path, or NOT_ON_PATH
    let mut depth = vec![NOT_ON_PATH; n];
    let mut finished = vec![false; n];
    let mut postorder = Vec::with_capacity(n);
    for root in 0..n {
        if finished[root] {
            continue;
        }
        let mut path: Vec<usize> = vec![root];
        let mut iters: Vec<std::slice::Iter<'_, usize>> = vec![adj[root].iter()];
        depth[root] = 0;
        while let Some(it) = iters.last_mut() {
            match it.next() {
                Some(&v) if finished[v] => {}
                Some(&v) if depth[v] != NOT_ON_PATH => {
                    return Err(path[depth[v]..].to_vec());
                }
                Some(&v) => {
                    depth[v] = path.len();
                    path.push(v);
                    iters.push(adj[v].iter());
                }
                None => {
                    let u = path.pop().unwrap();
                    iters.pop();
                    depth[u] = NOT_ON_PATH;
                    finished[u] = true;
                    postorder.push(u);
                }
            }
        }
    }
    postorder.reverse();
    Ok(postorder)
}
