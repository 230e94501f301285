// learner: optimal
// idiom: Prolog logic programmer: k-way merge as select-min over a BinaryHeap of (Ts, StreamIx) keys; spikes via near/4 bounds kept by two monotone cursors over the failure times
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

/// merge(Streams, Timeline): repeatedly take the head with the least (Ts, StreamIx) key.
pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let total = streams.iter().map(Vec::len).sum();
    let mut tails: Vec<std::vec::IntoIter<Event>> = streams.into_iter().map(Vec::into_iter).collect();
    let mut heads: Vec<Option<Event>> = tails.iter_mut().map(Iterator::next).collect();
    let mut queue: BinaryHeap<Reverse<(u64, usize)>> = heads
        .iter()
        .enumerate()
        .filter_map(|(ix, h)| h.as_ref().map(|e| Reverse((e.ts, ix))))
        .collect();

    let mut timeline = Vec::with_capacity(total);
    while let Some(Reverse((_, ix))) = queue.pop() {
        let event = heads[ix].take().expect("a queued stream has a head");
        timeline.push(event);
        heads[ix] = tails[ix].next();
        if let Some(next) = &heads[ix] {
            queue.push(Reverse((next.ts, ix)));
        }
    }
    timeline
}

/// spike(Ts, Name, Value) :- metric(Ts, Name, Value), Value >= Threshold,
///     count failures F with Ts - W =< F =< Ts + W, Count >= 1.
pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let failure_times: Vec<u64> = timeline
        .iter()
        .filter(|e| matches!(e.kind, Kind::Failure(_)))
        .map(|e| e.ts)
        .collect();
    let (mut lo, mut hi) = (0usize, 0usize);
    let mut spikes = Vec::new();
    for event in timeline {
        let (name, value) = match &event.kind {
            Kind::Metric { name, value } if *value >= threshold => (name, *value),
            _ => continue,
        };
        let from = event.ts.saturating_sub(window);
        let to = event.ts.saturating_add(window);
        while lo < failure_times.len() && failure_times[lo] < from {
            lo += 1;
        }
        if hi < lo {
            hi = lo;
        }
        while hi < failure_times.len() && failure_times[hi] <= to {
            hi += 1;
        }
        if hi > lo {
            spikes.push(Spike { ts: event.ts, metric: name.clone(), value, failures: hi - lo });
        }
    }
    spikes
}
