// A path rebuilt once at the end of a search is not multiplied by the search loop.
// expect path_to: time O(n), space O(n)
use std::collections::VecDeque;
pub fn path_to(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut parent = vec![usize::MAX; adj.len()];
    let mut queue = VecDeque::from([start]);
    parent[start] = start;
    while let Some(u) = queue.pop_front() {
        if u == goal {
            let mut path = vec![u];
            let mut node = u;
            while node != start {
                node = parent[node];
                path.push(node);
            }
            path.reverse();
            return Some(path);
        }
        for &v in &adj[u] {
            if parent[v] == usize::MAX {
                parent[v] = u;
                queue.push_back(v);
            }
        }
    }
    None
}
