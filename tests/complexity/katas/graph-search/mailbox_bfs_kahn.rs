// learner: optimal
// idiom: Pony actor-model programmer: BFS drains a VecDeque "mailbox" of node messages; topo order is Kahn's in-degree countdown, the cycle recovered by walking one stored predecessor per blocked node.
//! Graph search, breadth first and depth first: see README.md.

use std::collections::VecDeque;

/// A little "actor" that owns the BFS state; every node reached is a message
/// posted to its mailbox, and `_run` processes the mailbox in arrival order.
struct _Explorer<'a> {
    _adj: &'a [Vec<usize>],
    _mailbox: VecDeque<usize>,
    _parent: Vec<Option<usize>>,
    _seen: Vec<bool>,
}

impl<'a> _Explorer<'a> {
    fn create(adj: &'a [Vec<usize>], start: usize) -> Self {
        let mut seen = vec![false; adj.len()];
        seen[start] = true;
        let mut mailbox = VecDeque::new();
        mailbox.push_back(start);
        _Explorer {
            _adj: adj,
            _mailbox: mailbox,
            _parent: vec![None; adj.len()],
            _seen: seen,
        }
    }

    /// Behaviour: process messages until the goal is delivered or the mailbox is empty.
    fn _run(&mut self, goal: usize) -> bool {
        while let Some(node) = self._mailbox.pop_front() {
            if node == goal {
                return true;
            }
            for &next in &self._adj[node] {
                if !self._seen[next] {
                    self._seen[next] = true;
                    self._parent[next] = Some(node);
                    self._mailbox.push_back(next);
                }
            }
        }
        false
    }

    fn _route_to(&self, goal: usize) -> Vec<usize> {
        let mut route = vec![goal];
        let mut at = goal;
        while let Some(p) = self._parent[at] {
            route.push(p);
            at = p;
        }
        route.reverse();
        route
    }
}

pub fn shortest_path(adj: &[Vec<usize>], start: usize, goal: usize) -> Option<Vec<usize>> {
    let mut explorer = _Explorer::create(adj, start);
    match explorer._run(goal) {
        true => Some(explorer._route_to(goal)),
        false => None,
    }
}

pub fn topological_order(adj: &[Vec<usize>]) -> Result<Vec<usize>, Vec<usize>> {
    let n = adj.len();
    let mut waiting_on = vec![0usize; n];
    for targets in adj {
        for &v in targets {
            waiting_on[v] += 1;
        }
    }
    let mut ready: VecDeque<usize> = (0..n).filter(|&u| waiting_on[u] == 0).collect();
    let mut order = Vec::with_capacity(n);
    while let Some(u) = ready.pop_front() {
        order.push(u);
        for &v in &adj[u] {
            waiting_on[v] -= 1;
            if waiting_on[v] == 0 {
                ready.push_back(v);
            }
        }
    }
    if order.len() == n {
        return Ok(order);
    }

    // Every node still waiting has a waiting predecessor: remember one of them.
    let mut blocked_by: Vec<Option<usize>> = vec![None; n];
    for u in 0..n {
        if waiting_on[u] == 0 {
            continue;
        }
        for &v in &adj[u] {
            if waiting_on[v] > 0 {
                blocked_by[v] = Some(u);
            }
        }
    }
    // Walk predecessors from any blocked node until a node repeats.
    let mut visit_stamp = vec![usize::MAX; n];
    let mut at = (0..n).find(|&u| waiting_on[u] > 0).expect("some node is blocked");
    let mut step = 0;
    while visit_stamp[at] == usize::MAX {
        visit_stamp[at] = step;
        step += 1;
        at = blocked_by[at].expect("a blocked node has a blocked predecessor");
    }
    // `at` is on the cycle: collect it going backwards, then flip to forward edges.
    let mut cycle = vec![at];
    let mut back = blocked_by[at].unwrap();
    while back != at {
        cycle.push(back);
        back = blocked_by[back].unwrap();
    }
    cycle.reverse();
    Err(cycle)
}
