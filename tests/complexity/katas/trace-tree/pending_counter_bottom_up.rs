// learner: optimal
// idiom: Objective-C macOS veteran: bottom-up with pending-children counters (like a dispatch group per span): leaves are queued, each finished span reports its total to its parent, which keeps the best (total, input position) and is queued once all its children reported
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
    let mut childrenForSpan = HashMap::with_capacity(spans.len());
    for span in spans {
        childrenForSpan.insert(span.id, Vec::new());
    }
    for span in spans {
        let parentEntry = span.parent.and_then(|parentId| childrenForSpan.get_mut(&parentId));
        if let Some(children) = parentEntry {
            children.push(span.id);
        }
    }
    childrenForSpan
}

#[derive(Clone, Copy)]
struct BestChild {
    total: u64,
    position: usize,
}

#[allow(non_snake_case)]
pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let positionOfId: HashMap<u64, usize> = spans.iter().enumerate().map(|(position, span)| (span.id, position)).collect();
    let parentPosition: Vec<Option<usize>> =
        spans.iter().map(|span| span.parent.and_then(|id| positionOfId.get(&id).copied())).collect();

    let mut pendingChildren = vec![0usize; spans.len()];
    for parent in parentPosition.iter().flatten() {
        pendingChildren[*parent] += 1;
    }
    let mut bestChildOf: Vec<Option<BestChild>> = vec![None; spans.len()];
    let mut subtreeTotal = vec![0u64; spans.len()];
    let mut readyQueue: VecDeque<usize> = (0..spans.len()).filter(|&p| pendingChildren[p] == 0).collect();

    while let Some(finished) = readyQueue.pop_front() {
        let below = bestChildOf[finished].map_or(0, |best| best.total);
        subtreeTotal[finished] = spans[finished].duration_us + below;
        if let Some(parent) = parentPosition[finished] {
            let candidate = BestChild { total: subtreeTotal[finished], position: finished };
            let isBetter = match bestChildOf[parent] {
                None => true,
                Some(current) => {
                    candidate.total > current.total
                        || (candidate.total == current.total && candidate.position < current.position)
                }
            };
            if isBetter {
                bestChildOf[parent] = Some(candidate);
            }
            pendingChildren[parent] -= 1;
            if pendingChildren[parent] == 0 {
                readyQueue.push_back(parent);
            }
        }
    }

    let bestRoot = (0..spans.len())
        .filter(|&p| parentPosition[p].is_none())
        .fold(None, |best: Option<usize>, p| match best {
            Some(b) if subtreeTotal[b] >= subtreeTotal[p] => Some(b),
            _ => Some(p),
        })?;

    let mut pathIds = Vec::new();
    let mut cursor = Some(bestRoot);
    while let Some(position) = cursor {
        pathIds.push(spans[position].id);
        cursor = bestChildOf[position].map(|best| best.position);
    }
    Some(CriticalPath { total_us: subtreeTotal[bestRoot], spans: pathIds })
}
