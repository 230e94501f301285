// learner: optimal
// idiom: level-by-level BFS with frontier/next Vecs and usize::MAX sentinels; Kahn's algorithm, DFS on the leftover nodes only to extract a cycle
const NONE: usize = usize::MAX;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut prev = vec![NONE; adj.len()];
    prev[start] = start;
    let mut frontier = vec![start];
    let mut found = start == goal;
    while !frontier.is_empty() && !found {
        let mut next = Vec::new();
        for &u in &frontier {
            for &v in &adj[u] {
                if prev[v] == NONE {
                    prev[v] = u;
                    if v == goal {
                        found = true;
                    }
                    next.push(v);
                }
            }
        }
        frontier = next;
    }
    if !found {
        return None;
    }
    let mut path = Vec::new();
    let mut at = goal;
    loop {
        path.push(at);
        if at == start {
            break;
        }
        at = prev[at];
    }
    path.reverse();
    Some(path)
}

fn find_cycle(adj: &[Vec<usize>], alive: &[bool]) -> Vec<usize> {
    // every alive node lies on or after a cycle among alive nodes; DFS until we re-enter the path
    let n = adj.len();
    let mut state = vec![0u8; n];
    let mut path: Vec<usize> = Vec::new();
    let mut edge: Vec<usize> = Vec::new();
    for s in 0..n {
        if !alive[s] || state[s] != 0 {
            continue;
        }
        state[s] = 1;
        path.push(s);
        edge.push(0);
        while !path.is_empty() {
            let top = path.len() - 1;
            let u = path[top];
            if edge[top] == adj[u].len() {
                state[u] = 2;
                path.pop();
                edge.pop();
                continue;
            }
            let v = adj[u][edge[top]];
            edge[top] += 1;
            if !alive[v] {
                continue;
            }
            if state[v] == 1 {
                let mut i = top;
                while path[i] != v {
                    i -= 1;
                }
                return path[i..].to_vec();
            }
            if state[v] == 0 {
                state[v] = 1;
                path.push(v);
                edge.push(0);
            }
        }
    }
    Vec::new()
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut indeg = vec![0usize; n];
    for list in adj {
        for &v in list {
            indeg[v] += 1;
        }
    }
    let mut order: Vec<usize> = (0..n).filter(|&u| indeg[u] == 0).collect();
    let mut head = 0;
    while head < order.len() {
        let u = order[head];
        head += 1;
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
    let alive: Vec<bool> = indeg.iter().map(|&d| d > 0).collect();
    Err(find_cycle(adj, &alive))
}
