// learner: optimal
// idiom: PowerShell sysadmin: breadth-first "level by level" listing like Get-ChildItem -Recurse output, then a reverse pass over that listing rolls totals up to parents; HashMaps keyed by id like hashtables, ties resolved by the input line number
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

/// Maps every span id to the ids of its children, in input order.
pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let mut children: HashMap<u64, Vec<u64>> = spans.iter().map(|s| (s.id, Vec::new())).collect();
    for span in spans {
        let Some(parent) = span.parent else { continue };
        if let Some(list) = children.get_mut(&parent) {
            list.push(span.id);
        }
    }
    children
}

/// The root-to-leaf path with the largest total duration.
pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    if spans.is_empty() {
        return None;
    }
    let line: HashMap<u64, usize> = spans.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let children = children_map(spans);
    let is_root = |s: &Span| s.parent.map_or(true, |p| !line.contains_key(&p));
    let roots: Vec<u64> = spans.iter().filter(|s| is_root(s)).map(|s| s.id).collect();

    // level-order listing: parents always come before their children
    let mut listing: Vec<u64> = roots.clone();
    let mut i = 0;
    while i < listing.len() {
        let id = listing[i];
        listing.extend(children[&id].iter().copied());
        i += 1;
    }

    // roll up from the bottom: total = own duration + best child's total
    let mut total: HashMap<u64, u64> = HashMap::with_capacity(spans.len());
    let mut best_child: HashMap<u64, u64> = HashMap::with_capacity(spans.len());
    for &id in listing.iter().rev() {
        let own = spans[line[&id]].duration_us;
        let pick = children[&id].iter().copied().reduce(|best, c| {
            let better = total[&c] > total[&best] || (total[&c] == total[&best] && line[&c] < line[&best]);
            if better { c } else { best }
        });
        let below = pick.map_or(0, |c| total[&c]);
        if let Some(c) = pick {
            best_child.insert(id, c);
        }
        total.insert(id, own + below);
    }

    let start = roots.iter().copied().reduce(|best, r| if total[&r] > total[&best] { r } else { best })?;
    let mut path = vec![start];
    let mut cursor = start;
    while let Some(&next) = best_child.get(&cursor) {
        path.push(next);
        cursor = next;
    }
    Some(CriticalPath { total_us: total[&start], spans: path })
}
