// learner: optimal
// idiom: teacher model answer: TraceIndex struct (positions, children, roots) with named methods; explicit-stack post-order
use std::collections::HashMap;

/// One span of a trace, as a collector receives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// Unique within the trace.
    pub id: u64,
    /// The span that caused this one; `None` (or an unknown id) makes it a root.
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

/// The call tree rebuilt from unordered spans, with spans named by input position.
struct TraceIndex<'a> {
    spans: &'a [Span],
    children: Vec<Vec<usize>>,
    roots: Vec<usize>,
}

impl<'a> TraceIndex<'a> {
    /// Indexes the spans: O(n) expected time.
    fn build(spans: &'a [Span]) -> Self {
        let position: HashMap<u64, usize> =
            spans.iter().enumerate().map(|(i, span)| (span.id, i)).collect();
        let mut children = vec![Vec::new(); spans.len()];
        let mut roots = Vec::new();
        for (i, span) in spans.iter().enumerate() {
            let parent = span.parent.and_then(|id| position.get(&id).copied());
            match parent {
                Some(p) => children[p].push(i),
                None => roots.push(i),
            }
        }
        TraceIndex { spans, children, roots }
    }

    /// For every span, its duration plus the slowest chain below it.
    /// Uses an explicit stack so that deep traces cannot overflow the call stack.
    fn subtree_totals(&self) -> Vec<u64> {
        let mut totals = vec![0u64; self.spans.len()];
        // (span, children already pushed?)
        let mut stack: Vec<(usize, bool)> = self.roots.iter().map(|&r| (r, false)).collect();
        while let Some((node, expanded)) = stack.pop() {
            if expanded {
                let below = self.children[node].iter().map(|&c| totals[c]).max().unwrap_or(0);
                totals[node] = self.spans[node].duration_us + below;
            } else {
                stack.push((node, true));
                stack.extend(self.children[node].iter().map(|&c| (c, false)));
            }
        }
        totals
    }

    /// The first candidate (in input order) with the largest total.
    fn first_best(candidates: &[usize], totals: &[u64]) -> Option<usize> {
        candidates.iter().copied().fold(None, |best, c| match best {
            Some(b) if totals[b] >= totals[c] => Some(b),
            _ => Some(c),
        })
    }

    /// Walks down from the best root, always into the best child.
    fn critical_path(&self) -> Option<CriticalPath> {
        let totals = self.subtree_totals();
        let mut node = Self::first_best(&self.roots, &totals)?;
        let total_us = totals[node];
        let mut ids = vec![self.spans[node].id];
        while let Some(child) = Self::first_best(&self.children[node], &totals) {
            ids.push(self.spans[child].id);
            node = child;
        }
        Some(CriticalPath { total_us, spans: ids })
    }
}

/// Maps every span id to the ids of its children, in input order.
pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let index = TraceIndex::build(spans);
    spans
        .iter()
        .zip(index.children.iter())
        .map(|(span, kids)| (span.id, kids.iter().map(|&k| spans[k].id).collect()))
        .collect()
}

/// The root-to-leaf path with the largest total duration, or `None` for an empty trace.
pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    TraceIndex::build(spans).critical_path()
}
