// learner: optimal
// idiom: GDScript-style: BFS queue as a plain Vec with a read index, DFS with WHITE/GRAY/BLACK ints and an explicit stack of [node, next_edge] pairs, early returns
const WHITE: u8 = 0;
const GRAY: u8 = 1;
const BLACK: u8 = 2;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    if start == goal {
        return Some(vec![start]);
    }
    let n = adj.len();
    let no_parent = usize::MAX;
    let mut came_from = vec![no_parent; n];
    let mut visited = vec![false; n];
    let mut queue: Vec<usize> = Vec::new();
    let mut head = 0;
    queue.push(start);
    visited[start] = true;
    while head < queue.len() {
        let node = queue[head];
        head += 1;
        for i in 0..adj[node].len() {
            let next = adj[node][i];
            if visited[next] {
                continue;
            }
            visited[next] = true;
            came_from[next] = node;
            if next == goal {
                let mut path = Vec::new();
                let mut cur = goal;
                while cur != no_parent {
                    path.push(cur);
                    cur = came_from[cur];
                }
                path.reverse();
                return Some(path);
            }
            queue.push(next);
        }
    }
    None
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut color = vec![WHITE; n];
    let mut finished: Vec<usize> = Vec::with_capacity(n);
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for root in 0..n {
        if color[root] != WHITE {
            continue;
        }
        color[root] = GRAY;
        stack.push((root, 0));
        while stack.len() > 0 {
            let top = stack.len() - 1;
            let (node, edge) = stack[top];
            if edge == adj[node].len() {
                color[node] = BLACK;
                finished.push(node);
                stack.pop();
                continue;
            }
            stack[top].1 += 1;
            let next = adj[node][edge];
            if color[next] == GRAY {
                // the gray nodes on the stack from `next` up to `node` form the cycle
                let mut cycle = Vec::new();
                let mut found = false;
                for &(s, _) in stack.iter() {
                    if s == next {
                        found = true;
                    }
                    if found {
                        cycle.push(s);
                    }
                }
                return Err(cycle);
            }
            if color[next] == WHITE {
                color[next] = GRAY;
                stack.push((next, 0));
            }
        }
    }
    finished.reverse();
    Ok(finished)
}
