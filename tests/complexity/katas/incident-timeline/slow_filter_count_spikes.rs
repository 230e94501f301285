// learner: slow
// why: coinciding_spikes is O(N^2) time, target O(N): for every spike it filters the whole timeline again to count nearby failures
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
use std::collections::BinaryHeap;

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let total = streams.iter().map(Vec::len).sum();
    let mut iters: Vec<std::vec::IntoIter<Event>> = streams.into_iter().map(Vec::into_iter).collect();
    let mut heads: Vec<Option<Event>> = iters.iter_mut().map(|it| it.next()).collect();
    let mut heap: BinaryHeap<Reverse<(u64, usize)>> = heads
        .iter()
        .enumerate()
        .filter_map(|(s, h)| h.as_ref().map(|e| Reverse((e.ts, s))))
        .collect();
    let mut out = Vec::with_capacity(total);
    while let Some(Reverse((_, s))) = heap.pop() {
        let ev = heads[s].take().unwrap();
        out.push(ev);
        if let Some(next) = iters[s].next() {
            heap.push(Reverse((next.ts, s)));
            heads[s] = Some(next);
        }
    }
    out
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    timeline
        .iter()
        .filter_map(|e| match &e.kind {
            Kind::Metric { name, value } if *value >= threshold => {
                let failures = timeline
                    .iter()
                    .filter(|f| matches!(f.kind, Kind::Failure(_)) && f.ts.abs_diff(e.ts) <= window)
                    .count();
                if failures > 0 {
                    Some(Spike { ts: e.ts, metric: name.clone(), value: *value, failures })
                } else {
                    None
                }
            }
            _ => None,
        })
        .collect()
}
