// learner: slow
// idiom: Prolog logic programmer: near_failure(S, F) :- failure(F), abs_diff(S, F) =< W — each spike re-queries every failure fact; merge by a heap of heads
// why: coinciding_spikes is O(N^2) (every spike scans all F failures: O(spikes x F)) vs the O(N) target; merge_streams is the O(N log k) heap merge
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
    let mut iters: Vec<_> = streams.into_iter().map(|s| s.into_iter().peekable()).collect();
    let mut heap = BinaryHeap::new();
    for (i, it) in iters.iter_mut().enumerate() {
        if let Some(e) = it.peek() {
            heap.push(Reverse((e.ts, i)));
        }
    }
    let mut out = Vec::new();
    while let Some(Reverse((_, i))) = heap.pop() {
        out.push(iters[i].next().unwrap());
        if let Some(e) = iters[i].peek() {
            heap.push(Reverse((e.ts, i)));
        }
    }
    out
}

/// near(S, F, W) :- |S - F| =< W.
fn near(spike_ts: u64, failure_ts: u64, window: u64) -> bool {
    spike_ts.abs_diff(failure_ts) <= window
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut spikes = Vec::new();
    for e in timeline {
        if let Kind::Metric { name, value } = &e.kind {
            if *value >= threshold {
                let count = timeline
                    .iter()
                    .filter(|f| matches!(f.kind, Kind::Failure(_)) && near(e.ts, f.ts, window))
                    .count();
                if count >= 1 {
                    spikes.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures: count });
                }
            }
        }
    }
    spikes
}
