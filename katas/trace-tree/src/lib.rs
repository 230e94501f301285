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

/// Maps every span id to the ids of its children, in input order (leaves map to an empty Vec).
///
/// O(n) expected time and space.
pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    todo!("children_map of {} spans", spans.len())
}

/// The root-to-leaf path with the largest total duration, or `None` for an empty trace.
/// Ties go to the root / child that comes first in the input.
///
/// O(n) expected time and space, no recursion.
pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    todo!("slowest_path of {} spans", spans.len())
}
