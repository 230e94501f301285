// learner: optimal
// idiom: BFS over a Vec used as a queue with a read index; DFS with a stack of (node, slice iterator) and an on-stack position table
pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let n = adj.len();
    let mut from = vec![usize::MAX; n];
    let mut queue = Vec::with_capacity(n);
    let mut read = 0;
    from[start] = start;
    queue.push(start);
    while read < queue.len() {
        let u = queue[read];
        read += 1;
        if u == goal {
            break;
        }
        for &v in adj[u].iter() {
            if from[v] == usize::MAX {
                from[v] = u;
                queue.push(v);
            }
        }
    }
    if from[goal] == usize::MAX {
        return None;
    }
    let mut rev = vec![goal];
    let mut x = goal;
    while x != start {
        x = from[x];
        rev.push(x);
    }
    Some(rev.into_iter().rev().collect())
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut done = vec![false; n];
    // where a node sits on the current DFS path, if it is on it
    let mut on_path: Vec<Option<usize>> = vec![None; n];
    let mut post = Vec::with_capacity(n);
    let mut stack: Vec<(usize, std::slice::Iter<'_, usize>)> = Vec::new();
    for s in 0..n {
        if done[s] {
            continue;
        }
        on_path[s] = Some(0);
        stack.push((s, adj[s].iter()));
        while !stack.is_empty() {
            let depth = stack.len();
            let (u, it) = stack.last_mut().unwrap();
            let u = *u;
            match it.next() {
                Some(&v) => {
                    if let Some(at) = on_path[v] {
                        return Err(stack[at..].iter().map(|(w, _)| *w).collect());
                    }
                    if !done[v] {
                        on_path[v] = Some(depth);
                        stack.push((v, adj[v].iter()));
                    }
                }
                None => {
                    stack.pop();
                    on_path[u] = None;
                    done[u] = true;
                    post.push(u);
                }
            }
        }
    }
    post.reverse();
    Ok(post)
}
