// learner: optimal
// idiom: leaves-first (Kahn-style) pass: count pending children, queue the leaves, push each finished total up to its parent; iterator chains for the maps
//! The critical path of a distributed trace: see README.md.

use std::collections::HashMap;

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

use std::collections::VecDeque;

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut map: HashMap<u64, Vec<u64>> = spans.iter().map(|s| (s.id, vec![])).collect();
    spans
        .iter()
        .filter_map(|s| s.parent.map(|p| (p, s.id)))
        .for_each(|(p, id)| {
            if let Some(kids) = map.get_mut(&p) {
                kids.push(id);
            }
        });
    map
}

struct Node {
    parent: Option<usize>,
    pending: usize,
    total: u64,
    best_child: Option<usize>,
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let position: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let mut nodes: Vec<Node> = spans
        .iter()
        .map(|s| Node {
            parent: s.parent.and_then(|p| position.get(&p).copied()),
            pending: 0,
            total: 0,
            best_child: None,
        })
        .collect();
    for i in 0..nodes.len() {
        if let Some(p) = nodes[i].parent {
            nodes[p].pending += 1;
        }
    }

    let mut ready: VecDeque<usize> = (0..nodes.len()).filter(|&i| nodes[i].pending == 0).collect();
    while let Some(u) = ready.pop_front() {
        let below = nodes[u].best_child.map_or(0, |c| nodes[c].total);
        nodes[u].total = spans[u].duration_us + below;
        if let Some(p) = nodes[u].parent {
            let better = match nodes[p].best_child {
                None => true,
                Some(c) => nodes[u].total > nodes[c].total || (nodes[u].total == nodes[c].total && u < c),
            };
            if better {
                nodes[p].best_child = Some(u);
            }
            nodes[p].pending -= 1;
            if nodes[p].pending == 0 {
                ready.push_back(p);
            }
        }
    }

    let root = (0..nodes.len())
        .filter(|&i| nodes[i].parent.is_none())
        .fold(None, |acc: Option<usize>, i| match acc {
            Some(r) if nodes[r].total >= nodes[i].total => Some(r),
            _ => Some(i),
        })?;

    let ids: Vec<u64> = std::iter::successors(Some(root), |&u| nodes[u].best_child)
        .map(|u| spans[u].id)
        .collect();
    Some(CriticalPath { total_us: nodes[root].total, spans: ids })
}
