// BFS with a Vec queue drained by remove(0) and a Vec visited list.
// expect bfs: time O(n^2), space O(n)
pub fn bfs(adj: &[Vec<usize>], start: usize) -> Vec<usize> {
    let mut order = Vec::new();
    let mut visited = vec![start];
    let mut queue = vec![start];
    while !queue.is_empty() {
        let u = queue.remove(0);
        order.push(u);
        for &v in &adj[u] {
            if !visited.contains(&v) {
                visited.push(v);
                queue.push(v);
            }
        }
    }
    order
}
