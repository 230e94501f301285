// learner: optimal
// idiom: JavaScript bootcamp graduate: queue as a plain Vec with a head pointer (like an array + index), `prev` array with -1 style sentinel, Kahn's in-degree algorithm and a backwards walk over reverse edges to dig out the cycle
//! Graph search, breadth first and depth first: see README.md.

const NONE: usize = usize::MAX;

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    if start == goal {
        return Some(vec![start]);
    }
    let mut prev = vec![NONE; adj.len()];
    let mut seen = vec![false; adj.len()];
    let mut queue = vec![start];
    let mut head = 0;
    seen[start] = true;

    while head < queue.len() {
        let node = queue[head];
        head += 1;
        for &next in adj[node].iter() {
            if seen[next] {
                continue;
            }
            seen[next] = true;
            prev[next] = node;
            if next == goal {
                // build the path backwards, then flip it
                let mut path = vec![goal];
                let mut at = node;
                while at != NONE {
                    path.push(at);
                    at = prev[at];
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
    let mut inDegree = vec![0usize; n];
    adj.iter().flatten().for_each(|&v| inDegree[v] += 1);

    let mut order: Vec<usize> = (0..n).filter(|&u| inDegree[u] == 0).collect();
    let mut i = 0;
    while i < order.len() {
        let u = order[i];
        i += 1;
        for &v in &adj[u] {
            inDegree[v] -= 1;
            if inDegree[v] == 0 {
                order.push(v);
            }
        }
    }
    if order.len() == n {
        return Ok(order);
    }

    // Leftover nodes all still have a leftover node pointing at them,
    // so walking backwards along those edges has to loop eventually.
    let mut stuck = vec![true; n];
    order.iter().for_each(|&u| stuck[u] = false);
    let mut from = vec![NONE; n];
    for (u, list) in adj.iter().enumerate() {
        if !stuck[u] {
            continue;
        }
        for &v in list {
            if stuck[v] && from[v] == NONE {
                from[v] = u;
            }
        }
    }
    let mut step = vec![NONE; n]; // when we visited it on the walk
    let mut walk = vec![];
    let mut cur = (0..n).find(|&u| stuck[u]).unwrap();
    while step[cur] == NONE {
        step[cur] = walk.len();
        walk.push(cur);
        cur = from[cur];
    }
    let mut cycle = walk.split_off(step[cur]);
    cycle.reverse(); // we walked against the edges
    Err(cycle)
}
