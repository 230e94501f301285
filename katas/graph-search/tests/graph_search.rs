use graph_search::{shortest_path, topological_order};

/// Adjacency lists for `n` nodes from a list of directed edges.
fn directed(n: usize, edges: &[(usize, usize)]) -> Vec<Vec<usize>> {
    let mut adj = vec![Vec::new(); n];
    for &(u, v) in edges {
        adj[u].push(v);
    }
    adj
}

/// Adjacency lists for `n` nodes where every edge goes both ways.
fn undirected(n: usize, edges: &[(usize, usize)]) -> Vec<Vec<usize>> {
    let mut adj = vec![Vec::new(); n];
    for &(u, v) in edges {
        adj[u].push(v);
        adj[v].push(u);
    }
    adj
}

/// Checks that `path` walks real edges from `start` to `goal` using exactly `edges` edges.
fn check_path(adj: &[Vec<usize>], start: usize, goal: usize, path: &[usize], edges: usize) {
    let shown: Vec<_> = if adj.len() <= 20 {
        adj.to_vec()
    } else {
        Vec::new()
    };
    assert_eq!(
        path.first(),
        Some(&start),
        "path must start at {start}; got {path:?}, graph {shown:?}"
    );
    assert_eq!(
        path.last(),
        Some(&goal),
        "path must end at {goal}; got {path:?}, graph {shown:?}"
    );
    assert_eq!(
        path.len(),
        edges + 1,
        "path {start} -> {goal} must use {edges} edges; got {path:?}, graph {shown:?}"
    );
    for w in path.windows(2) {
        assert!(
            adj[w[0]].contains(&w[1]),
            "no edge {} -> {} in graph {shown:?}; path {path:?}",
            w[0],
            w[1]
        );
    }
}

/// Checks that `order` is a topological order of `adj`.
fn check_order(adj: &[Vec<usize>], order: &[usize]) {
    let shown: Vec<_> = if adj.len() <= 20 {
        adj.to_vec()
    } else {
        Vec::new()
    };
    assert_eq!(
        order.len(),
        adj.len(),
        "order {order:?} must list every node once; graph {shown:?}"
    );
    let mut pos = vec![usize::MAX; adj.len()];
    for (i, &u) in order.iter().enumerate() {
        assert!(
            u < adj.len() && pos[u] == usize::MAX,
            "node {u} repeated or invalid in {order:?}; graph {shown:?}"
        );
        pos[u] = i;
    }
    for (u, next) in adj.iter().enumerate() {
        for &v in next {
            assert!(
                pos[u] < pos[v],
                "edge {u} -> {v} but {v} comes first in {order:?}; graph {shown:?}"
            );
        }
    }
}

/// Checks that `cycle` is a directed cycle of distinct nodes in `adj`.
fn check_cycle(adj: &[Vec<usize>], cycle: &[usize]) {
    let shown: Vec<_> = if adj.len() <= 20 {
        adj.to_vec()
    } else {
        Vec::new()
    };
    assert!(
        !cycle.is_empty(),
        "a cycle has at least one node; graph {shown:?}"
    );
    let mut seen = vec![false; adj.len()];
    for &u in cycle {
        assert!(
            !seen[u],
            "node {u} repeated in cycle {cycle:?}; graph {shown:?}"
        );
        seen[u] = true;
    }
    for i in 0..cycle.len() {
        let (u, v) = (cycle[i], cycle[(i + 1) % cycle.len()]);
        assert!(
            adj[u].contains(&v),
            "cycle {cycle:?} uses the missing edge {u} -> {v}; graph {shown:?}"
        );
    }
}

#[test]
fn path_to_itself_is_a_single_node() {
    let adj = directed(3, &[(0, 1), (1, 2)]);
    assert_eq!(
        shortest_path(&adj, 1, 1),
        Some(vec![1]),
        "graph {adj:?}, 1 -> 1"
    );
    let lone = vec![Vec::new()];
    assert_eq!(
        shortest_path(&lone, 0, 0),
        Some(vec![0]),
        "graph {lone:?}, 0 -> 0"
    );
}

#[test]
fn path_along_a_line() {
    let adj = undirected(5, &[(0, 1), (1, 2), (2, 3), (3, 4)]);
    assert_eq!(
        shortest_path(&adj, 0, 4),
        Some(vec![0, 1, 2, 3, 4]),
        "graph {adj:?}, 0 -> 4"
    );
    assert_eq!(
        shortest_path(&adj, 3, 1),
        Some(vec![3, 2, 1]),
        "graph {adj:?}, 3 -> 1"
    );
}

#[test]
fn path_prefers_fewest_edges_over_listing_order() {
    // 0 -> 1 -> 2 -> 3 -> 5 is listed first, but 0 -> 4 -> 5 is shorter.
    let adj = directed(6, &[(0, 1), (1, 2), (2, 3), (3, 5), (0, 4), (4, 5)]);
    assert_eq!(
        shortest_path(&adj, 0, 5),
        Some(vec![0, 4, 5]),
        "graph {adj:?}, 0 -> 5"
    );
    // A graph with cycles, several shortest routes: any one of them is fine.
    let adj = undirected(6, &[(0, 1), (0, 2), (1, 3), (2, 3), (3, 4), (4, 5), (5, 0)]);
    let path = shortest_path(&adj, 1, 4).expect("4 is reachable from 1");
    check_path(&adj, 1, 4, &path, 2);
}

#[test]
fn unreachable_goal_gives_none() {
    let adj = directed(4, &[(0, 1), (1, 0), (2, 3)]);
    assert_eq!(shortest_path(&adj, 0, 3), None, "graph {adj:?}, 0 -> 3");
    // Edges are one-way.
    assert_eq!(shortest_path(&adj, 3, 2), None, "graph {adj:?}, 3 -> 2");
    assert_eq!(
        shortest_path(&adj, 2, 3),
        Some(vec![2, 3]),
        "graph {adj:?}, 2 -> 3"
    );
}

#[test]
fn self_loops_and_parallel_edges_do_not_confuse_bfs() {
    let adj = directed(3, &[(0, 0), (0, 1), (0, 1), (1, 1), (1, 2), (1, 2)]);
    assert_eq!(
        shortest_path(&adj, 0, 2),
        Some(vec![0, 1, 2]),
        "graph {adj:?}, 0 -> 2"
    );
}

#[test]
fn path_across_a_large_grid() {
    // A 70 x 70 grid with every edge both ways: the corner-to-corner distance is 2 * 69.
    let side = 70;
    let mut edges = Vec::new();
    for r in 0..side {
        for c in 0..side {
            let u = r * side + c;
            if c + 1 < side {
                edges.push((u, u + 1));
            }
            if r + 1 < side {
                edges.push((u, u + side));
            }
        }
    }
    let adj = undirected(side * side, &edges);
    let goal = side * side - 1;
    let path = shortest_path(&adj, 0, goal).expect("the far corner is reachable");
    check_path(&adj, 0, goal, &path, 2 * (side - 1));
    // Cut the far corner off: the whole grid is explored before giving up.
    let mut cut = adj.clone();
    cut[goal].clear();
    for list in cut.iter_mut() {
        list.retain(|&v| v != goal);
    }
    assert_eq!(
        shortest_path(&cut, 0, goal),
        None,
        "{side}x{side} grid with corner {goal} cut off"
    );
}

#[test]
fn order_of_empty_and_edgeless_graphs() {
    assert_eq!(topological_order(&[]), Ok(vec![]), "graph []");
    let adj = directed(1, &[]);
    assert_eq!(topological_order(&adj), Ok(vec![0]), "graph {adj:?}");
    let adj = directed(4, &[]);
    let order = topological_order(&adj).expect("an edgeless graph has no cycle");
    check_order(&adj, &order);
}

#[test]
fn order_respects_every_edge() {
    // Getting dressed: socks before shoes, trousers before shoes and belt, shirt before belt and tie.
    let adj = directed(7, &[(0, 3), (1, 3), (1, 4), (2, 4), (2, 5), (5, 6), (4, 6)]);
    let order = topological_order(&adj)
        .unwrap_or_else(|c| panic!("graph {adj:?} is acyclic, got cycle {c:?}"));
    check_order(&adj, &order);
    // A diamond whose edges are listed "backwards".
    let adj = directed(4, &[(3, 1), (3, 2), (1, 0), (2, 0)]);
    let order = topological_order(&adj)
        .unwrap_or_else(|c| panic!("graph {adj:?} is acyclic, got cycle {c:?}"));
    check_order(&adj, &order);
}

#[test]
fn revisiting_a_finished_node_is_not_a_cycle() {
    // 0 -> 2 and 1 -> 2: node 2 is reached twice, but there is no cycle.
    let adj = directed(3, &[(0, 2), (1, 2), (0, 1)]);
    let order = topological_order(&adj)
        .unwrap_or_else(|c| panic!("graph {adj:?} is acyclic, got cycle {c:?}"));
    check_order(&adj, &order);
}

#[test]
fn self_loop_is_a_cycle_of_one() {
    let adj = directed(3, &[(0, 1), (1, 1), (1, 2)]);
    assert_eq!(topological_order(&adj), Err(vec![1]), "graph {adj:?}");
}

#[test]
fn cycles_are_reported_wherever_they_hide() {
    // A two-cycle.
    let adj = directed(2, &[(0, 1), (1, 0)]);
    let cycle = topological_order(&adj).expect_err("0 <-> 1 is a cycle");
    check_cycle(&adj, &cycle);
    // A cycle 3 -> 4 -> 5 -> 3 behind an acyclic prefix, in a second component.
    let adj = directed(7, &[(0, 1), (1, 2), (6, 3), (3, 4), (4, 5), (5, 3), (2, 6)]);
    let cycle = topological_order(&adj).expect_err("3 -> 4 -> 5 -> 3 is a cycle");
    check_cycle(&adj, &cycle);
    assert_eq!(
        cycle.len(),
        3,
        "the only cycle of graph {adj:?} has 3 nodes; got {cycle:?}"
    );
}

#[test]
fn a_very_long_chain_does_not_overflow_the_stack() {
    // 200_000 nodes in a row: a recursive DFS would need 200_000 stack frames.
    let n = 200_000;
    let edges: Vec<(usize, usize)> = (0..n - 1).map(|i| (i, i + 1)).collect();
    let adj = directed(n, &edges);
    let order = topological_order(&adj).expect("a chain is acyclic");
    let want: Vec<usize> = (0..n).collect();
    assert!(
        order == want,
        "a chain 0 -> 1 -> ... -> {} has exactly one order",
        n - 1
    );
    // Close the chain into one huge cycle.
    let mut ring = adj;
    ring[n - 1].push(0);
    let cycle = topological_order(&ring).expect_err("a ring is a cycle");
    assert_eq!(cycle.len(), n, "the ring's cycle has all {n} nodes");
    check_cycle(&ring, &cycle);
}
