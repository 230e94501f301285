// learner: optimal
// idiom: C++-style: flat u32 arrays, Vec used as a ring queue with head/tail indices, u32::MAX sentinels, 3-color byte array for DFS
const NONE: u32 = u32::MAX;
const WHITE: u8 = 0;
const GREY: u8 = 1;
const BLACK: u8 = 2;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let n = adj.len();
    if start == goal {
        return Some(vec![start]);
    }
    // every node enters the queue at most once, so a flat array of n slots is enough
    let mut queue: Vec<u32> = vec![0; n];
    let mut head = 0usize;
    let mut tail = 0usize;
    let mut parent: Vec<u32> = vec![NONE; n];
    parent[start] = start as u32;
    queue[tail] = start as u32;
    tail += 1;
    let mut found = false;
    'bfs: while head < tail {
        let u = queue[head] as usize;
        head += 1;
        let edges = &adj[u];
        for k in 0..edges.len() {
            let v = edges[k];
            if parent[v] != NONE {
                continue;
            }
            parent[v] = u as u32;
            if v == goal {
                found = true;
                break 'bfs;
            }
            queue[tail] = v as u32;
            tail += 1;
        }
    }
    if !found {
        return None;
    }
    let mut path = Vec::new();
    let mut cur = goal;
    while cur != start {
        path.push(cur);
        cur = parent[cur] as usize;
    }
    path.push(start);
    path.reverse();
    Some(path)
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut color: Vec<u8> = vec![WHITE; n];
    let mut finished: Vec<usize> = Vec::with_capacity(n);
    // explicit DFS stack of (node, index of next edge)
    let mut stack: Vec<(u32, u32)> = Vec::new();
    for root in 0..n {
        if color[root] != WHITE {
            continue;
        }
        color[root] = GREY;
        stack.push((root as u32, 0));
        while let Some(top) = stack.len().checked_sub(1) {
            let (u, e) = stack[top];
            let u = u as usize;
            let e = e as usize;
            if e == adj[u].len() {
                color[u] = BLACK;
                finished.push(u);
                stack.pop();
                continue;
            }
            stack[top].1 += 1;
            let v = adj[u][e];
            match color[v] {
                WHITE => {
                    color[v] = GREY;
                    stack.push((v as u32, 0));
                }
                GREY => {
                    // v is on the current path: the stack from v to the top is the cycle
                    let mut at = top;
                    while stack[at].0 as usize != v {
                        at -= 1;
                    }
                    return Err(stack[at..].iter().map(|&(x, _)| x as usize).collect());
                }
                _ => {}
            }
        }
    }
    finished.reverse();
    Ok(finished)
}
