// learner: slow
// why: shortest_path is O(V^2) time, target O(V + E): the Vec queue is dequeued with split_off(1), copying the rest of the queue every time
use std::mem;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    if adj.is_empty() {
        return None;
    }
    if start >= adj.len() || goal >= adj.len() {
        return None;
    }
    if start == goal {
        return Some(vec![start]);
    }
    let mut visited = vec![false; adj.len()];
    let mut parent: Vec<Option<usize>> = vec![None; adj.len()];
    let mut queue: Vec<usize> = Vec::new();
    queue.push(start);
    visited[start] = true;
    let mut found = false;
    while !queue.is_empty() {
        let rest = queue.split_off(1);
        let old = mem::replace(&mut queue, rest);
        let current = match old.first() {
            Some(c) => *c,
            None => break,
        };
        if current == goal {
            found = true;
            break;
        }
        for &next in &adj[current] {
            if visited[next] {
                continue;
            }
            visited[next] = true;
            parent[next] = Some(current);
            queue.push(next);
        }
    }
    if !found {
        return None;
    }
    let mut path = Vec::new();
    let mut node = goal;
    loop {
        path.push(node);
        if node == start {
            break;
        }
        node = match parent[node] {
            Some(p) => p,
            None => return None,
        };
    }
    path.reverse();
    Some(path)
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    if n == 0 {
        return Ok(Vec::new());
    }
    // 0 = not visited, 1 = on the current path, 2 = finished
    let mut state = vec![0u8; n];
    let mut order = Vec::new();
    for root in 0..n {
        if state[root] != 0 {
            continue;
        }
        let mut stack: Vec<(usize, usize)> = vec![(root, 0)];
        state[root] = 1;
        while let Some(&(node, idx)) = stack.last() {
            if idx >= adj[node].len() {
                state[node] = 2;
                order.push(node);
                stack.pop();
                continue;
            }
            if let Some(top) = stack.last_mut() {
                top.1 += 1;
            }
            let next = adj[node][idx];
            match state[next] {
                0 => {
                    state[next] = 1;
                    stack.push((next, 0));
                }
                1 => {
                    let mut cycle = Vec::new();
                    let mut started = false;
                    for &(v, _) in &stack {
                        if v == next {
                            started = true;
                        }
                        if started {
                            cycle.push(v);
                        }
                    }
                    return Err(cycle);
                }
                _ => {}
            }
        }
    }
    order.reverse();
    Ok(order)
}
