// learner: optimal
// idiom: Lisp Machine nostalgic: streams as queues popped from the front, a min-heap of (ts, stream) conses; spikes via a sliding queue of failure times that the sweep pushes and drops
//! Merge log streams into one incident timeline and correlate spikes with failures: see README.md.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};

/// What happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Log(String),
    Failure(String),
    Metric { name: String, value: u64 },
}

/// One timestamped event from one stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub ts: u64,
    pub kind: Kind,
}

/// A metric sample at or above the threshold with failures close to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spike {
    pub ts: u64,
    pub metric: String,
    pub value: u64,
    pub failures: usize,
}

/// Merges streams that are each sorted by `ts` into one sorted timeline.
pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let mut queues: Vec<VecDeque<Event>> = streams.into_iter().map(VecDeque::from).collect();
    let mut agenda: BinaryHeap<Reverse<(u64, usize)>> = queues
        .iter()
        .enumerate()
        .filter_map(|(i, q)| q.front().map(|e| Reverse((e.ts, i))))
        .collect();
    let mut merged = Vec::with_capacity(queues.iter().map(VecDeque::len).sum());
    while let Some(Reverse((_, i))) = agenda.pop() {
        let q = &mut queues[i];
        if let Some(car) = q.pop_front() {
            merged.push(car);
        }
        if let Some(next) = q.front() {
            agenda.push(Reverse((next.ts, i)));
        }
    }
    merged
}

/// Reports spikes with at least one failure within `window` ms.
pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut upcoming = timeline.iter().filter(|e| matches!(e.kind, Kind::Failure(_))).map(|e| e.ts).peekable();
    let mut in_window: VecDeque<u64> = VecDeque::new();
    timeline
        .iter()
        .filter_map(|e| match &e.kind {
            Kind::Metric { name, value } if *value >= threshold => Some((e.ts, name, *value)),
            _ => None,
        })
        .filter_map(|(ts, name, value)| {
            let hi = ts.saturating_add(window);
            while let Some(f) = upcoming.next_if(|&f| f <= hi) {
                in_window.push_back(f);
            }
            let lo = ts.saturating_sub(window);
            while in_window.front().is_some_and(|&f| f < lo) {
                in_window.pop_front();
            }
            (!in_window.is_empty()).then(|| Spike {
                ts,
                metric: name.clone(),
                value,
                failures: in_window.len(),
            })
        })
        .collect()
}
