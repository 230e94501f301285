// A BFS with a moving head index and the edges of the node taken counted
// (`while k < adj[u].len() { …; k += 1 }`, the `while` form of `for &v in
// &adj[u]`): over the whole search each edge is followed once, O(V + E).
// An extra stop in the outer condition (`&& !visited[goal]`) changes
// nothing.
// expect shortest_hops: time O(n), space O(n)
// target shortest_hops: time O(V + E), space O(V)
pub fn shortest_hops(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<usize> {
    let mut dist = vec![usize::MAX; adj.len()];
    let mut queue: Vec<usize> = Vec::with_capacity(adj.len());
    let mut head = 0;
    dist[start] = 0;
    queue.push(start);
    while head < queue.len() && dist[goal] == usize::MAX {
        let u = queue[head];
        head += 1;
        let mut k = 0;
        while k < adj[u].len() {
            let v = adj[u][k];
            if dist[v] == usize::MAX {
                dist[v] = dist[u] + 1;
                queue.push(v);
            }
            k += 1;
        }
    }
    (dist[goal] != usize::MAX).then_some(dist[goal])
}
