// learner: optimal
// idiom: MATLAB signal-processing engineer: preallocated arrays with head/tail indices as the queue, index loops, 0/1/2 colour vector and an explicit (node, edgeIdx) stack for the DFS
pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let n_nodes = adj.len();
    // prev(k) = usize::MAX means "not visited" (like NaN in a preallocated vector)
    let unset = usize::MAX;
    let mut prev = vec![unset; n_nodes];
    let mut queue = vec![0usize; n_nodes];
    let mut head = 0;
    let mut tail = 0;

    queue[tail] = start;
    tail += 1;
    prev[start] = start;

    while head < tail {
        let u = queue[head];
        head += 1;
        if u == goal {
            break;
        }
        let nbrs = &adj[u];
        for j in 0..nbrs.len() {
            let v = nbrs[j];
            if prev[v] == unset {
                prev[v] = u;
                queue[tail] = v;
                tail += 1;
            }
        }
    }

    if prev[goal] == unset {
        return None;
    }
    // backtrack goal -> start, then flip
    let mut path = Vec::new();
    let mut k = goal;
    loop {
        path.push(k);
        if k == start {
            break;
        }
        k = prev[k];
    }
    path.reverse();
    Some(path)
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n_nodes = adj.len();
    const WHITE: u8 = 0;
    const GREY: u8 = 1;
    const BLACK: u8 = 2;
    let mut color = vec![WHITE; n_nodes];
    let mut parent = vec![usize::MAX; n_nodes];
    let mut finish = Vec::with_capacity(n_nodes);
    // stack of (node, index of the next edge to look at)
    let mut stack: Vec<(usize, usize)> = Vec::with_capacity(n_nodes);

    for s in 0..n_nodes {
        if color[s] != WHITE {
            continue;
        }
        color[s] = GREY;
        stack.push((s, 0));
        while !stack.is_empty() {
            let top = stack.len() - 1;
            let (u, e) = stack[top];
            if e < adj[u].len() {
                stack[top].1 = e + 1;
                let v = adj[u][e];
                if color[v] == WHITE {
                    color[v] = GREY;
                    parent[v] = u;
                    stack.push((v, 0));
                } else if color[v] == GREY {
                    // back edge u -> v: the cycle is v -> ... -> u along the parents
                    let mut cyc = vec![u];
                    let mut w = u;
                    while w != v {
                        w = parent[w];
                        cyc.push(w);
                    }
                    cyc.reverse();
                    return Err(cyc);
                }
            } else {
                color[u] = BLACK;
                finish.push(u);
                stack.pop();
            }
        }
    }
    finish.reverse();
    Ok(finish)
}
