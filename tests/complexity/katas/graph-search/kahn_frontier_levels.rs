// learner: optimal
// idiom: level-by-level BFS swapping two frontier Vecs; Kahn's in-degree algorithm for the order, then a coloured DFS over the leftover nodes to extract a cycle
pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut prev: Vec<Option<usize>> = vec![None; adj.len()];
    let mut reached = vec![false; adj.len()];
    reached[start] = true;
    let mut frontier = vec![start];
    let mut next_level = Vec::new();
    while !frontier.is_empty() && !reached[goal] {
        for &u in &frontier {
            for &v in adj[u].iter() {
                if !reached[v] {
                    reached[v] = true;
                    prev[v] = Some(u);
                    next_level.push(v);
                }
            }
        }
        std::mem::swap(&mut frontier, &mut next_level);
        next_level.clear();
    }
    if !reached[goal] {
        return None;
    }
    let mut path: Vec<usize> = std::iter::successors(Some(goal), |&x| prev[x]).collect();
    path.reverse();
    Some(path)
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut indeg = vec![0usize; n];
    adj.iter().flatten().for_each(|&v| indeg[v] += 1);
    let mut order: Vec<usize> = (0..n).filter(|&u| indeg[u] == 0).collect();
    let mut i = 0;
    while i < order.len() {
        let u = order[i];
        i += 1;
        for &v in &adj[u] {
            indeg[v] -= 1;
            if indeg[v] == 0 {
                order.push(v);
            }
        }
    }
    if order.len() == n {
        return Ok(order);
    }
    // nodes with indeg > 0 are left: they contain a cycle; DFS among them only
    let left = |u: usize| indeg[u] > 0;
    let mut mark = vec![0u8; n]; // 0 new, 1 on stack, 2 done
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for root in (0..n).filter(|&u| left(u)) {
        if mark[root] != 0 {
            continue;
        }
        mark[root] = 1;
        stack.push((root, 0));
        while let Some(top) = stack.last_mut() {
            let (u, e) = *top;
            if e == adj[u].len() {
                mark[u] = 2;
                stack.pop();
                continue;
            }
            top.1 += 1;
            let v = adj[u][e];
            if !left(v) {
                continue;
            }
            match mark[v] {
                0 => {
                    mark[v] = 1;
                    stack.push((v, 0));
                }
                1 => {
                    let at = stack.iter().position(|&(w, _)| w == v).unwrap();
                    return Err(stack.drain(at..).map(|(w, _)| w).collect());
                }
                _ => {}
            }
        }
    }
    unreachable!("Kahn left nodes, so a cycle exists among them")
}
