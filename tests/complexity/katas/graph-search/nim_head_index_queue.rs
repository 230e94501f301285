// learner: optimal
// idiom: Nim-style: Vec used as a queue with a head index, `result` variables, u8 state array + per-node edge cursor array, plain while loops
const UNSEEN: u8 = 0;
const ON_PATH: u8 = 1;
const DONE: u8 = 2;
const NO_PARENT: usize = usize::MAX;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut result: Option<Vec<usize>> = None;
    let n = adj.len();
    let mut parent = vec![NO_PARENT; n];
    let mut visited = vec![false; n];
    let mut queue: Vec<usize> = Vec::with_capacity(n);
    let mut head = 0usize;
    queue.push(start);
    visited[start] = true;
    while head < queue.len() && !visited_goal(&visited, goal) {
        let u = queue[head];
        head += 1;
        let mut k = 0;
        while k < adj[u].len() {
            let v = adj[u][k];
            if !visited[v] {
                visited[v] = true;
                parent[v] = u;
                queue.push(v);
            }
            k += 1;
        }
    }
    if visited[goal] {
        let mut path: Vec<usize> = Vec::new();
        let mut cur = goal;
        path.push(cur);
        while cur != start {
            cur = parent[cur];
            path.push(cur);
        }
        path.reverse();
        result = Some(path);
    }
    result
}

fn visited_goal(visited: &[bool], goal: usize) -> bool {
    visited[goal]
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut state = vec![UNSEEN; n];
    let mut cursor = vec![0usize; n];
    let mut order: Vec<usize> = Vec::with_capacity(n);
    let mut path: Vec<usize> = Vec::new();
    let mut root = 0;
    while root < n {
        if state[root] == UNSEEN {
            state[root] = ON_PATH;
            path.push(root);
            while !path.is_empty() {
                let u = path[path.len() - 1];
                if cursor[u] < adj[u].len() {
                    let v = adj[u][cursor[u]];
                    cursor[u] += 1;
                    if state[v] == UNSEEN {
                        state[v] = ON_PATH;
                        path.push(v);
                    } else if state[v] == ON_PATH {
                        let mut i = path.len() - 1;
                        while path[i] != v {
                            i -= 1;
                        }
                        let result: Vec<usize> = path[i..].to_vec();
                        return Err(result);
                    }
                } else {
                    state[u] = DONE;
                    order.push(u);
                    path.pop();
                }
            }
        }
        root += 1;
    }
    let mut result = order;
    result.reverse();
    Ok(result)
}
