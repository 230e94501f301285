// learner: slow
// idiom: verilog: BFS with a plain Vec as the queue (remove(0)) and a Vec "seen list" searched with contains
// why: misses shortest_path O(V + E): remove(0) shifts the queue and seen.contains scans up to V entries per edge, O(V * (V + E))
//! Graph search, breadth first and depth first: see README.md.

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let n = adj.len();
    let mut queue: Vec<usize> = Vec::new();
    let mut seen: Vec<usize> = Vec::new();
    let mut parent: Vec<usize> = vec![usize::MAX; n];
    queue.push(start);
    seen.push(start);
    while !queue.is_empty() {
        let u = queue.remove(0);
        if u == goal {
            let mut path = vec![u];
            let mut x = u;
            while x != start {
                x = parent[x];
                path.push(x);
            }
            path.reverse();
            return Some(path);
        }
        for i in 0..adj[u].len() {
            let v = adj[u][i];
            if !seen.contains(&v) {
                seen.push(v);
                parent[v] = u;
                queue.push(v);
            }
        }
    }
    None
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    // 0 = not visited, 1 = on path, 2 = done
    let mut mark = vec![0u8; n];
    let mut order = Vec::with_capacity(n);
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for s in 0..n {
        if mark[s] != 0 {
            continue;
        }
        mark[s] = 1;
        stack.push((s, 0));
        while let Some(&(u, i)) = stack.last() {
            if i == adj[u].len() {
                mark[u] = 2;
                order.push(u);
                stack.pop();
                continue;
            }
            let top = stack.len() - 1;
            stack[top].1 += 1;
            let v = adj[u][i];
            if mark[v] == 0 {
                mark[v] = 1;
                stack.push((v, 0));
            } else if mark[v] == 1 {
                let mut j = top;
                while stack[j].0 != v {
                    j -= 1;
                }
                return Err(stack[j..].iter().map(|p| p.0).collect());
            }
        }
    }
    order.reverse();
    Ok(order)
}
