// learner: optimal
// idiom: Lua-style: hand-rolled Vec queue with a head index, state codes 0/1/2, explicit (node, edge index) stack driven by while loops
const UNSEEN: u8 = 0;
const ON_PATH: u8 = 1;
const DONE: u8 = 2;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let n = adj.len();
    let none = usize::MAX;
    let mut from = vec![none; n];
    let mut visited = vec![false; n];
    let mut q: Vec<usize> = Vec::new();
    let mut head = 0;
    q.push(start);
    visited[start] = true;
    let mut found = start == goal;
    while head < q.len() && !found {
        let u = q[head];
        head += 1;
        let mut j = 0;
        while j < adj[u].len() {
            let v = adj[u][j];
            if !visited[v] {
                visited[v] = true;
                from[v] = u;
                if v == goal {
                    found = true;
                    break;
                }
                q.push(v);
            }
            j += 1;
        }
    }
    if !found {
        return None;
    }
    let mut path = Vec::new();
    let mut cur = goal;
    path.push(cur);
    while cur != start {
        cur = from[cur];
        path.push(cur);
    }
    path.reverse();
    Some(path)
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut state = vec![UNSEEN; n];
    let mut out: Vec<usize> = Vec::with_capacity(n);
    let mut stack: Vec<(usize, usize)> = Vec::new();
    let mut root = 0;
    while root < n {
        if state[root] == UNSEEN {
            state[root] = ON_PATH;
            stack.push((root, 0));
            while !stack.is_empty() {
                let top = stack.len() - 1;
                let (u, k) = stack[top];
                if k < adj[u].len() {
                    stack[top].1 = k + 1;
                    let v = adj[u][k];
                    if state[v] == UNSEEN {
                        state[v] = ON_PATH;
                        stack.push((v, 0));
                    } else if state[v] == ON_PATH {
                        let mut i = top;
                        while stack[i].0 != v {
                            i -= 1;
                        }
                        let mut cycle = Vec::new();
                        while i <= top {
                            cycle.push(stack[i].0);
                            i += 1;
                        }
                        return Err(cycle);
                    }
                } else {
                    state[u] = DONE;
                    out.push(u);
                    stack.pop();
                }
            }
        }
        root += 1;
    }
    out.reverse();
    Ok(out)
}
