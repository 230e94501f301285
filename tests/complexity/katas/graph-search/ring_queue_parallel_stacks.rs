// learner: optimal
// idiom: BFS with a Vec used as a fixed ring (head/tail index arithmetic, each node enqueued once); DFS with parallel node/edge-index stacks, u8 state constants and rposition for the cycle
//! Graph search, breadth first and depth first: see README.md.

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let n = adj.len();
    let mut came_from: Vec<Option<usize>> = vec![None; n];
    let mut seen = vec![false; n];
    let mut ring = vec![0usize; n];
    let mut head = 0;
    let mut tail = 0;
    ring[tail] = start;
    tail += 1;
    seen[start] = true;
    while head < tail {
        let u = ring[head];
        head += 1;
        if u == goal {
            let mut path = Vec::new();
            let mut cur = Some(goal);
            while let Some(c) = cur {
                path.push(c);
                cur = came_from[c];
            }
            return Some(path.into_iter().rev().collect());
        }
        for &v in &adj[u] {
            if !seen[v] {
                seen[v] = true;
                came_from[v] = Some(u);
                ring[tail] = v;
                tail += 1;
            }
        }
    }
    None
}

const NEW: u8 = 0;
const ACTIVE: u8 = 1;
const DONE: u8 = 2;

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut state = vec![NEW; n];
    let mut post = Vec::with_capacity(n);
    let mut nodes: Vec<usize> = Vec::new();
    let mut edge_at: Vec<usize> = Vec::new();
    for root in 0..n {
        if state[root] != NEW {
            continue;
        }
        state[root] = ACTIVE;
        nodes.push(root);
        edge_at.push(0);
        while let Some(&u) = nodes.last() {
            let top = edge_at.len() - 1;
            let i = edge_at[top];
            if i == adj[u].len() {
                state[u] = DONE;
                post.push(u);
                nodes.pop();
                edge_at.pop();
                continue;
            }
            edge_at[top] = i + 1;
            let v = adj[u][i];
            match state[v] {
                NEW => {
                    state[v] = ACTIVE;
                    nodes.push(v);
                    edge_at.push(0);
                }
                ACTIVE => {
                    let from = nodes.iter().rposition(|&w| w == v).unwrap();
                    return Err(nodes[from..].to_vec());
                }
                _ => {}
            }
        }
    }
    post.reverse();
    Ok(post)
}
