// learner: optimal
// idiom: high-level: Rc<RefCell<TraceNode>> tree built through a HashMap, explicit-stack post-order over Rc handles, iterator max_by for ties
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub id: u64,
    pub parent: Option<u64>,
    pub duration_us: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CriticalPath {
    pub total_us: u64,
    pub spans: Vec<u64>,
}

struct TraceNode {
    id: u64,
    duration: u64,
    children: Vec<Rc<RefCell<TraceNode>>>,
    best: u64,
}

type Handle = Rc<RefCell<TraceNode>>;

/// Every node is also held by the flat `nodes` list, so cutting the child links first
/// makes each drop shallow (the derived drop would recurse once per level).
fn teardown(nodes: &[Handle]) {
    for n in nodes {
        n.borrow_mut().children.clear();
    }
}

fn build(spans: &[Span]) -> (Vec<Handle>, Vec<Handle>) {
    let nodes: Vec<Handle> = spans
        .iter()
        .map(|s| Rc::new(RefCell::new(TraceNode { id: s.id, duration: s.duration_us, children: vec![], best: 0 })))
        .collect();
    let by_id: HashMap<u64, &Handle> = spans.iter().map(|s| s.id).zip(nodes.iter()).collect();
    let mut roots = Vec::new();
    for (s, node) in spans.iter().zip(&nodes) {
        match s.parent.and_then(|p| by_id.get(&p)) {
            Some(parent) => parent.borrow_mut().children.push(Rc::clone(node)),
            None => roots.push(Rc::clone(node)),
        }
    }
    (nodes, roots)
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let (nodes, _) = build(spans);
    let map = nodes
        .iter()
        .map(|n| {
            let n = n.borrow();
            (n.id, n.children.iter().map(|c| c.borrow().id).collect())
        })
        .collect();
    teardown(&nodes);
    map
}

/// The first handle with the largest `best` (max_by keeps the last of equals, so walk reversed).
fn slowest(of: &[Handle]) -> Option<Handle> {
    of.iter().rev().max_by_key(|h| h.borrow().best).cloned()
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let (nodes, roots) = build(spans);
    // post-order without recursion: (node, children_done)
    let mut stack: Vec<(Handle, bool)> = roots.iter().map(|r| (Rc::clone(r), false)).collect();
    while let Some((node, expanded)) = stack.pop() {
        if expanded {
            let below = node.borrow().children.iter().map(|c| c.borrow().best).max().unwrap_or(0);
            let mut n = node.borrow_mut();
            n.best = n.duration + below;
        } else {
            stack.push((Rc::clone(&node), true));
            stack.extend(node.borrow().children.iter().map(|c| (Rc::clone(c), false)));
        }
    }
    let Some(mut cur) = slowest(&roots) else {
        return None;
    };
    let total_us = cur.borrow().best;
    let mut ids = vec![cur.borrow().id];
    loop {
        let next = slowest(&cur.borrow().children);
        match next {
            Some(c) => {
                ids.push(c.borrow().id);
                cur = c;
            }
            None => break,
        }
    }
    drop(cur);
    drop(roots);
    teardown(&nodes);
    Some(CriticalPath { total_us, spans: ids })
}
