// learner: optimal
// idiom: Python-ish: Vec<Option<usize>> parents with enumerate-free VecDeque BFS and a loop+reverse path; DFS over a stack of (node, slice iterator) with an on_path position table and a labelled continue
use std::collections::VecDeque;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut parent: Vec<Option<usize>> = vec![None; adj.len()];
    let mut visited = vec![false; adj.len()];
    visited[start] = true;
    let mut queue = VecDeque::from([start]);
    while let Some(node) = queue.pop_front() {
        if node == goal {
            let mut path = vec![goal];
            let mut cur = goal;
            while let Some(p) = parent[cur] {
                path.push(p);
                cur = p;
            }
            path.reverse();
            return Some(path);
        }
        for &nxt in adj[node].iter() {
            if visited[nxt] {
                continue;
            }
            visited[nxt] = true;
            parent[nxt] = Some(node);
            queue.push_back(nxt);
        }
    }
    None
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut done = vec![false; n];
    let mut on_path: Vec<Option<usize>> = vec![None; n];
    let mut post = Vec::with_capacity(n);
    let mut stack: Vec<(usize, std::slice::Iter<usize>)> = Vec::new();
    for root in 0..n {
        if done[root] {
            continue;
        }
        on_path[root] = Some(0);
        stack.push((root, adj[root].iter()));
        'walk: while let Some((node, edges)) = stack.last_mut() {
            let node = *node;
            for &next in edges.by_ref() {
                if let Some(i) = on_path[next] {
                    let cycle: Vec<usize> = stack[i..].iter().map(|(u, _)| *u).collect();
                    return Err(cycle);
                }
                if !done[next] {
                    on_path[next] = Some(stack.len());
                    stack.push((next, adj[next].iter()));
                    continue 'walk;
                }
            }
            stack.pop();
            on_path[node] = None;
            done[node] = true;
            post.push(node);
        }
    }
    post.reverse();
    Ok(post)
}
