// learner: optimal
// idiom: Rc<RefCell<TraceNode>> tree built through an id -> Rc map, post-order by an explicit stack of (node, next-child cursor), best child stored in each node; path read by following Rc links
//! The critical path of a distributed trace: see README.md.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// One span of a trace, as a collector receives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// Unique within the trace.
    pub id: u64,
    /// The span that caused this one; `None` (or an id that is not in the trace) makes it a root.
    pub parent: Option<u64>,
    /// Duration in microseconds.
    pub duration_us: u64,
}

/// The slowest root-to-leaf chain of spans.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CriticalPath {
    /// Sum of the durations along the path.
    pub total_us: u64,
    /// Span ids from the root down to the leaf.
    pub spans: Vec<u64>,
}

/// Maps every span id to the ids of its children, in input order (leaves map to an empty Vec).
///
/// O(n) expected time and space.
pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut map: HashMap<u64, Vec<u64>> = spans.iter().map(|s| (s.id, Vec::new())).collect();
    for s in spans {
        if let Some(list) = s.parent.and_then(|p| map.get_mut(&p)) {
            list.push(s.id);
        }
    }
    map
}

struct TraceNode {
    id: u64,
    duration: u64,
    kids: Vec<Rc<RefCell<TraceNode>>>,
    best_total: u64,
    best_kid: Option<Rc<RefCell<TraceNode>>>,
}

type Link = Rc<RefCell<TraceNode>>;

fn build_forest(spans: &[Span]) -> Vec<Link> {
    let nodes: Vec<Link> = spans
        .iter()
        .map(|s| {
            Rc::new(RefCell::new(TraceNode {
                id: s.id,
                duration: s.duration_us,
                kids: Vec::new(),
                best_total: 0,
                best_kid: None,
            }))
        })
        .collect();
    let by_id: HashMap<u64, &Link> = spans.iter().map(|s| s.id).zip(nodes.iter()).collect();
    let mut roots = Vec::new();
    for (s, node) in spans.iter().zip(&nodes) {
        match s.parent.and_then(|p| by_id.get(&p)) {
            Some(parent) => parent.borrow_mut().kids.push(Rc::clone(node)),
            None => roots.push(Rc::clone(node)),
        }
    }
    roots
}

/// Fills best_total / best_kid for the subtree under `root`, children before parents.
fn settle(root: &Link) {
    let mut stack: Vec<(Link, usize)> = vec![(Rc::clone(root), 0)];
    while let Some((node, cursor)) = stack.pop() {
        let next = node.borrow().kids.get(cursor).cloned();
        match next {
            Some(kid) => {
                stack.push((node, cursor + 1));
                stack.push((kid, 0));
            }
            None => {
                let mut me = node.borrow_mut();
                let mut best: Option<(u64, Link)> = None;
                for kid in &me.kids {
                    let total = kid.borrow().best_total;
                    if best.as_ref().map_or(true, |(b, _)| total > *b) {
                        best = Some((total, Rc::clone(kid)));
                    }
                }
                let (below, kid) = match best {
                    Some((t, k)) => (t, Some(k)),
                    None => (0, None),
                };
                me.best_total = me.duration + below;
                me.best_kid = kid;
            }
        }
    }
}

/// The root-to-leaf path with the largest total duration, or `None` for an empty trace.
/// Ties go to the root / child that comes first in the input.
///
/// O(n) expected time and space, no recursion.
pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let roots = build_forest(spans);
    let mut winner: Option<Link> = None;
    for root in &roots {
        settle(root);
        let better = match &winner {
            None => true,
            Some(w) => root.borrow().best_total > w.borrow().best_total,
        };
        if better {
            winner = Some(Rc::clone(root));
        }
    }
    let top = winner?;
    let total_us = top.borrow().best_total;
    let mut ids = Vec::new();
    let mut cur = Some(top);
    while let Some(node) = cur {
        ids.push(node.borrow().id);
        cur = node.borrow().best_kid.clone();
    }
    // dismantle the tree iteratively: dropping a deep Rc chain would recurse once per level
    for root in &roots {
        let mut stack = vec![Rc::clone(root)];
        while let Some(n) = stack.pop() {
            let kids = std::mem::take(&mut n.borrow_mut().kids);
            n.borrow_mut().best_kid = None;
            stack.extend(kids);
        }
    }
    Some(CriticalPath { total_us, spans: ids })
}
