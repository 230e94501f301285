// learner: slow
// why: children_map and slowest_path are O(n^2) time, target O(n): IsParentPresentInTrace scans all spans for each span's parent id
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

struct TraceIndex<'a> {
    spans: &'a [Span],
    child_positions_by_position: Vec<Vec<usize>>,
    root_positions: Vec<usize>,
}

impl<'a> TraceIndex<'a> {
    fn build(spans: &'a [Span]) -> Self {
        let mut child_positions_by_position: Vec<Vec<usize>> = vec![Vec::new(); spans.len()];
        let mut root_positions: Vec<usize> = Vec::new();
        for (position, span) in spans.iter().enumerate() {
            match Self::resolve_parent_position(span, spans) {
                Some(parent_position) => child_positions_by_position[parent_position].push(position),
                None => root_positions.push(position),
            }
        }
        TraceIndex { spans, child_positions_by_position, root_positions }
    }

    fn resolve_parent_position(span: &Span, all_spans: &[Span]) -> Option<usize> {
        let parent_id = span.parent?;
        Self::find_position_of_span_id(parent_id, all_spans)
    }

    fn find_position_of_span_id(span_id: u64, all_spans: &[Span]) -> Option<usize> {
        for (position, candidate) in all_spans.iter().enumerate() {
            if candidate.id == span_id {
                return Some(position);
            }
        }
        None
    }

    /// For every span: its duration plus the slowest chain below it. Children are
    /// finished before their parent thanks to a (position, children_pushed) stack.
    fn compute_slowest_totals(&self) -> Vec<u64> {
        let mut slowest_total_by_position = vec![0u64; self.spans.len()];
        let mut work_stack: Vec<(usize, bool)> = Vec::with_capacity(self.spans.len());
        for &root_position in &self.root_positions {
            work_stack.push((root_position, false));
        }
        while let Some((position, children_already_pushed)) = work_stack.pop() {
            if children_already_pushed {
                slowest_total_by_position[position] = self.total_through(position, &slowest_total_by_position);
                continue;
            }
            work_stack.push((position, true));
            for &child_position in &self.child_positions_by_position[position] {
                work_stack.push((child_position, false));
            }
        }
        slowest_total_by_position
    }

    fn total_through(&self, position: usize, slowest_total_by_position: &[u64]) -> u64 {
        let mut slowest_child_total = 0u64;
        for &child_position in &self.child_positions_by_position[position] {
            slowest_child_total = slowest_child_total.max(slowest_total_by_position[child_position]);
        }
        self.spans[position].duration_us + slowest_child_total
    }

    fn select_first_slowest(candidate_positions: &[usize], slowest_total_by_position: &[u64]) -> Option<usize> {
        let mut selected_position: Option<usize> = None;
        for &candidate_position in candidate_positions {
            let is_strictly_slower = match selected_position {
                None => true,
                Some(current) => slowest_total_by_position[candidate_position] > slowest_total_by_position[current],
            };
            if is_strictly_slower {
                selected_position = Some(candidate_position);
            }
        }
        selected_position
    }

    fn find_critical_path(&self) -> Option<CriticalPath> {
        if self.spans.is_empty() {
            return None;
        }
        let slowest_total_by_position = self.compute_slowest_totals();
        let start_position = Self::select_first_slowest(&self.root_positions, &slowest_total_by_position)?;
        let mut path_span_ids = Vec::new();
        let mut current_position = Some(start_position);
        while let Some(position) = current_position {
            path_span_ids.push(self.spans[position].id);
            current_position =
                Self::select_first_slowest(&self.child_positions_by_position[position], &slowest_total_by_position);
        }
        Some(CriticalPath { total_us: slowest_total_by_position[start_position], spans: path_span_ids })
    }
}

/// Maps every span id to the ids of its children, in input order (leaves map to an empty Vec).
///
/// O(n) expected time and space.
pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let trace_index = TraceIndex::build(spans);
    let mut children_by_span_id = HashMap::with_capacity(spans.len());
    for (position, span) in spans.iter().enumerate() {
        let child_ids: Vec<u64> = trace_index.child_positions_by_position[position]
            .iter()
            .map(|&child_position| spans[child_position].id)
            .collect();
        children_by_span_id.insert(span.id, child_ids);
    }
    children_by_span_id
}

/// The root-to-leaf path with the largest total duration, or `None` for an empty trace.
/// Ties go to the root / child that comes first in the input.
///
/// O(n) expected time and space, no recursion.
pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    TraceIndex::build(spans).find_critical_path()
}
