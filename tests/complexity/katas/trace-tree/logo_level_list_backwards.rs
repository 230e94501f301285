// learner: optimal
// idiom: logo teacher: id->position HashMap, children as Vec<Vec<usize>>, breadth-first list read backwards for the bottom-up pass, then walk down
// why: indexing, hanging, listing and the bottom-up pass each touch every span and every parent link once: O(n) expected time, O(n) space, no recursion
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

// Procedure: where is each span in the input? id -> position.
fn position_of_every_span(spans: &[Span]) -> HashMap<u64, usize> {
    let mut position_by_id = HashMap::with_capacity(spans.len());
    for (position, span) in spans.iter().enumerate() {
        position_by_id.insert(span.id, position);
    }
    position_by_id
}

// Procedure: hang every span under its parent. Gives the children (as positions,
// in input order) of every span, plus the list of roots (also in input order).
fn hang_spans_under_parents(spans: &[Span]) -> (Vec<Vec<usize>>, Vec<usize>) {
    let position_by_id = position_of_every_span(spans);
    let mut children_positions: Vec<Vec<usize>> = vec![Vec::new(); spans.len()];
    let mut root_positions: Vec<usize> = Vec::new();
    for (position, span) in spans.iter().enumerate() {
        // A parent we know about? Then hang under it. Otherwise this span is a root.
        let known_parent = span.parent.and_then(|parent_id| position_by_id.get(&parent_id));
        match known_parent {
            Some(&parent_position) => children_positions[parent_position].push(position),
            None => root_positions.push(position),
        }
    }
    (children_positions, root_positions)
}

/// Maps every span id to the ids of its children, in input order (leaves map to an empty Vec).
///
/// O(n) expected time and space.
pub fn children_map(spans: &[Span]) -> HashMap<u64, Vec<u64>> {
    let (children_positions, _roots) = hang_spans_under_parents(spans);
    let mut answer = HashMap::with_capacity(spans.len());
    for (position, span) in spans.iter().enumerate() {
        let child_ids: Vec<u64> = children_positions[position].iter().map(|&c| spans[c].id).collect();
        answer.insert(span.id, child_ids);
    }
    answer
}

// Procedure: among some positions, the first one with the largest slowest-path value.
fn first_with_largest(candidates: &[usize], slowest_from: &[u64]) -> Option<usize> {
    let mut winner: Option<usize> = None;
    for &candidate in candidates {
        let beats_winner = match winner {
            None => true,
            Some(current) => slowest_from[candidate] > slowest_from[current], // strictly: ties keep the earlier one
        };
        if beats_winner {
            winner = Some(candidate);
        }
    }
    winner
}

/// The root-to-leaf path with the largest total duration, or `None` for an empty trace.
/// Ties go to the root / child that comes first in the input.
///
/// O(n) expected time and space, no recursion.
pub fn slowest_path(spans: &[Span]) -> Option<CriticalPath> {
    let (children_positions, root_positions) = hang_spans_under_parents(spans);

    // Step 1: list the spans level by level from the roots (parents before children).
    // We append children to the list while reading it from the front.
    let mut top_down_order: Vec<usize> = root_positions.clone();
    let mut reading_place = 0;
    while reading_place < top_down_order.len() {
        let here = top_down_order[reading_place];
        top_down_order.extend_from_slice(&children_positions[here]);
        reading_place += 1;
    }

    // Step 2: walk that list BACKWARDS, so children are done before their parents.
    // slowest_from[u] = my duration + the slowest path below me.
    let mut slowest_from: Vec<u64> = vec![0; spans.len()];
    for &here in top_down_order.iter().rev() {
        let mut slowest_below = 0;
        for &child in &children_positions[here] {
            slowest_below = slowest_below.max(slowest_from[child]);
        }
        slowest_from[here] = spans[here].duration_us + slowest_below;
    }

    // Step 3: start at the best root and keep stepping into the best child.
    let mut standing_on = first_with_largest(&root_positions, &slowest_from)?;
    let total_us = slowest_from[standing_on];
    let mut path_ids = vec![spans[standing_on].id];
    while let Some(next_step) = first_with_largest(&children_positions[standing_on], &slowest_from) {
        path_ids.push(spans[next_step].id);
        standing_on = next_step;
    }
    Some(CriticalPath { total_us, spans: path_ids })
}
