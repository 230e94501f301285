// Dequeuing by re-slicing, `queue = queue[1..].to_vec()`, copies the whole
// rest of the queue per element: a remove-front, O(n) each, O(n^2) for a
// search that should be O(V + E).
// expect bfs: time O(n^2), space O(n)
// target bfs: time O(n), space O(n)
pub fn bfs(adj: &[Vec<usize>], start: usize) -> Vec<usize> {
    let mut seen = vec![false; adj.len()];
    let mut order = Vec::new();
    let mut queue = vec![start];
    seen[start] = true;
    while !queue.is_empty() {
        let u = queue[0];
        queue = queue[1..].to_vec();
        order.push(u);
        for &v in &adj[u] {
            if !seen[v] {
                seen[v] = true;
                queue.push(v);
            }
        }
    }
    order
}
