// learner: slow
// idiom: PowerShell sysadmin: $spans | Where-Object { $_.parent -eq $id } for every span's children, and a work-list walk that settles a span once all its children have totals (checked by re-scanning)
// why: children_map and slowest_path find each span's children by scanning all n spans: O(n) per span, O(n^2) per trace vs the O(n) target (and the parent lookup for roots is a linear any())
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

fn get_children(spans: &[Span], id: u64) -> Vec<u64> {
    spans.iter().filter(|s| s.parent == Some(id)).map(|s| s.id).collect()
}

/// Maps every span id to the ids of its children, in input order.
pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut result = HashMap::new();
    for span in spans {
        result.insert(span.id, get_children(spans, span.id));
    }
    result
}

/// The root-to-leaf path with the largest total duration.
pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    if spans.is_empty() {
        return None;
    }
    let mut total: HashMap<u64, u64> = HashMap::new();
    let mut best_child: HashMap<u64, u64> = HashMap::new();
    // work-list: a span is processed after all its children (explicit stack, no recursion)
    let mut todo: Vec<(u64, bool)> = Vec::new();
    let mut roots = Vec::new();
    for span in spans {
        let has_parent = match span.parent {
            Some(p) => spans.iter().any(|s| s.id == p),
            None => false,
        };
        if !has_parent {
            roots.push(span.id);
        }
    }
    for &root in &roots {
        todo.push((root, false));
        while let Some((id, children_done)) = todo.pop() {
            let kids = get_children(spans, id);
            if !children_done {
                todo.push((id, true));
                for kid in kids {
                    todo.push((kid, false));
                }
                continue;
            }
            let own = spans.iter().find(|s| s.id == id).unwrap().duration_us;
            let mut pick: Option<u64> = None;
            for kid in kids {
                match pick {
                    Some(p) if total[&kid] <= total[&p] => {}
                    _ => pick = Some(kid),
                }
            }
            let below = pick.map(|p| total[&p]).unwrap_or(0);
            if let Some(p) = pick {
                best_child.insert(id, p);
            }
            total.insert(id, own + below);
        }
    }
    let mut start = roots[0];
    for &r in &roots {
        if total[&r] > total[&start] {
            start = r;
        }
    }
    let mut path = vec![start];
    let mut current = start;
    while let Some(&next) = best_child.get(&current) {
        path.push(next);
        current = next;
    }
    Some(CriticalPath { total_us: total[&start], spans: path })
}
