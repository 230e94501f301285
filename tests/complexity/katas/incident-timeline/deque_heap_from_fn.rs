// learner: optimal
// idiom: streams turned into VecDeques (From<Vec>, O(1)), BinaryHeap<Reverse<(ts, stream)>> driving iter::from_fn; spikes via filter_map with a closure owning two forward indices
//! Merge log streams into one incident timeline and correlate spikes with failures: see README.md.

/// What happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// An ordinary log line.
    Log(String),
    /// A failed request, job or health check.
    Failure(String),
    /// A metric sample.
    Metric { name: String, value: u64 },
}

/// One timestamped event from one stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// Milliseconds since the epoch.
    pub ts: u64,
    pub kind: Kind,
}

/// A metric sample at or above the threshold with failures close to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spike {
    pub ts: u64,
    pub metric: String,
    pub value: u64,
    /// Failures with `|failure.ts - ts| <= window`.
    pub failures: usize,
}

use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let mut queues: Vec<VecDeque<Event>> = streams.into_iter().map(VecDeque::from).collect();
    let mut heap: BinaryHeap<Reverse<(u64, usize)>> = queues
        .iter()
        .enumerate()
        .filter_map(|(i, q)| q.front().map(|e| Reverse((e.ts, i))))
        .collect();
    std::iter::from_fn(|| {
        let Reverse((_, i)) = heap.pop()?;
        let event = queues[i].pop_front()?;
        if let Some(next) = queues[i].front() {
            heap.push(Reverse((next.ts, i)));
        }
        Some(event)
    })
    .collect()
}

fn failure_times(timeline: &[Event]) -> Vec<u64> {
    timeline.iter().filter(|e| matches!(e.kind, Kind::Failure(_))).map(|e| e.ts).collect()
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let fails = failure_times(timeline);
    let (mut lo, mut hi) = (0usize, 0usize);
    let mut count_near = move |ts: u64| -> usize {
        let from = ts.saturating_sub(window);
        let to = ts.saturating_add(window);
        while lo < fails.len() && fails[lo] < from {
            lo += 1;
        }
        if hi < lo {
            hi = lo;
        }
        while hi < fails.len() && fails[hi] <= to {
            hi += 1;
        }
        hi - lo
    };
    timeline
        .iter()
        .filter_map(|e| match &e.kind {
            Kind::Metric { name, value } if *value >= threshold => {
                let failures = count_near(e.ts);
                (failures > 0).then(|| Spike { ts: e.ts, metric: name.clone(), value: *value, failures })
            }
            _ => None,
        })
        .collect()
}
