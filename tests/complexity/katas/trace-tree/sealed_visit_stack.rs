// learner: optimal
// idiom: Kotlin-style sealed class as enum (Visit::Enter/Exit) driving an explicit-stack post-order DFS, data class Node per span, match-heavy
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

/// Work items of the explicit stack (a sealed hierarchy in Kotlin terms).
#[derive(Debug, Clone, Copy)]
enum Visit {
    Enter(usize),
    Exit(usize),
}

/// Per-span bookkeeping, like a Kotlin data class.
#[derive(Debug, Clone, Default)]
struct Node {
    children: Vec<usize>,
    best_total: u64,
    best_child: Option<usize>,
}

pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut result: HashMap<u64, Vec<u64>> = HashMap::with_capacity(spans.len());
    for span in spans {
        result.insert(span.id, Vec::new());
    }
    for span in spans {
        let Some(parent) = span.parent else { continue };
        match result.get_mut(&parent) {
            Some(children) => children.push(span.id),
            None => {} // dropped parent: this span is a root
        }
    }
    result
}

pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let position: HashMap<u64, usize> =
        spans.iter().enumerate().map(|(index, span)| (span.id, index)).collect();
    let mut nodes: Vec<Node> = vec![Node::default(); spans.len()];
    let mut roots = Vec::new();
    for (index, span) in spans.iter().enumerate() {
        match span.parent.and_then(|p| position.get(&p).copied()) {
            Some(parent) => nodes[parent].children.push(index),
            None => roots.push(index),
        }
    }

    let mut stack: Vec<Visit> = roots.iter().rev().map(|&r| Visit::Enter(r)).collect();
    while let Some(visit) = stack.pop() {
        match visit {
            Visit::Enter(node) => {
                stack.push(Visit::Exit(node));
                for &child in nodes[node].children.iter().rev() {
                    stack.push(Visit::Enter(child));
                }
            }
            Visit::Exit(node) => {
                let mut chosen: Option<usize> = None;
                for &child in &nodes[node].children {
                    chosen = match chosen {
                        Some(c) if nodes[c].best_total >= nodes[child].best_total => Some(c),
                        _ => Some(child),
                    };
                }
                let below = chosen.map_or(0, |c| nodes[c].best_total);
                nodes[node].best_total = spans[node].duration_us + below;
                nodes[node].best_child = chosen;
            }
        }
    }

    let mut start: Option<usize> = None;
    for &root in &roots {
        start = match start {
            Some(s) if nodes[s].best_total >= nodes[root].best_total => Some(s),
            _ => Some(root),
        };
    }
    let first = start?;
    let mut path = Vec::new();
    let mut cursor = Some(first);
    while let Some(node) = cursor {
        path.push(spans[node].id);
        cursor = nodes[node].best_child;
    }
    Some(CriticalPath { total_us: nodes[first].best_total, spans: path })
}
