// learner: optimal
// idiom: LINQ-flavoured: Kahn's algorithm with in-degree counts for the order, then a colored walk only to extract a cycle; BFS with Option parents
use std::collections::VecDeque;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut parent: Vec<Option<usize>> = vec![None; adj.len()];
    let mut visited = vec![false; adj.len()];
    visited[start] = true;
    let mut frontier = VecDeque::from([start]);
    while let Some(node) = frontier.pop_front() {
        if node == goal {
            break;
        }
        adj[node].iter().for_each(|&next| {
            if !visited[next] {
                visited[next] = true;
                parent[next] = Some(node);
                frontier.push_back(next);
            }
        });
    }
    if !visited[goal] {
        return None;
    }
    let mut path = vec![goal];
    let mut at = goal;
    while let Some(p) = parent[at] {
        path.push(p);
        at = p;
    }
    Some(path.into_iter().rev().collect())
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let count = adj.len();
    let mut indegree = vec![0usize; count];
    adj.iter().flatten().for_each(|&v| indegree[v] += 1);
    let mut ready: VecDeque<usize> = (0..count).filter(|&v| indegree[v] == 0).collect();
    let mut order = Vec::with_capacity(count);
    while let Some(u) = ready.pop_front() {
        order.push(u);
        for &v in &adj[u] {
            indegree[v] -= 1;
            if indegree[v] == 0 {
                ready.push_back(v);
            }
        }
    }
    if order.len() == count {
        return Ok(order);
    }
    // Leftover nodes contain a cycle: an iterative DFS over them finds a back edge.
    let leftover: Vec<bool> = indegree.iter().map(|&d| d > 0).collect();
    let mut color = vec![0u8; count];
    let mut index_on_stack = vec![usize::MAX; count];
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for root in (0..count).filter(|&v| leftover[v]) {
        if color[root] != 0 {
            continue;
        }
        color[root] = 1;
        index_on_stack[root] = 0;
        stack.push((root, 0));
        while let Some(top) = stack.last_mut() {
            let (u, i) = *top;
            if i < adj[u].len() {
                top.1 += 1;
                let v = adj[u][i];
                if !leftover[v] {
                    continue;
                }
                if color[v] == 1 {
                    let from = index_on_stack[v];
                    return Err(stack[from..].iter().map(|&(n, _)| n).collect());
                }
                if color[v] == 0 {
                    color[v] = 1;
                    index_on_stack[v] = stack.len();
                    stack.push((v, 0));
                }
            } else {
                color[u] = 2;
                stack.pop();
            }
        }
    }
    unreachable!("a graph with leftover nodes has a cycle")
}
