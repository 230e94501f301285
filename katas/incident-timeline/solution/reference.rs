//! Merge log streams into one incident timeline and correlate spikes with failures: see README.md.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

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

/// Merges streams that are each sorted by `ts` into one sorted timeline. Equal timestamps keep
/// the order of the stream index, then the order inside the stream.
/// O(N log k) time for N events in k streams; O(k) extra space besides the output.
pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let total = streams.iter().map(Vec::len).sum();
    let mut out = Vec::with_capacity(total);
    let mut iters: Vec<_> = streams.into_iter().map(Vec::into_iter).collect();
    // Min-heap of (timestamp, stream index) for the head of every non-empty stream; the heads
    // themselves wait in `heads`.
    let mut heads: Vec<Option<Event>> = Vec::with_capacity(iters.len());
    let mut heap = BinaryHeap::with_capacity(iters.len());
    for (i, it) in iters.iter_mut().enumerate() {
        let head = it.next();
        if let Some(e) = &head {
            heap.push(Reverse((e.ts, i)));
        }
        heads.push(head);
    }
    while let Some(Reverse((_, i))) = heap.pop() {
        if let Some(e) = heads[i].take() {
            out.push(e);
        }
        if let Some(next) = iters[i].next() {
            heap.push(Reverse((next.ts, i)));
            heads[i] = Some(next);
        }
    }
    out
}

/// For every metric event with `value >= threshold` (in timeline order), counts the failures
/// within `window` ms on either side (inclusive) and reports the spike if there is at least one.
/// `timeline` must be sorted by `ts`. O(N) time (two pointers), O(F) extra space for F failures.
pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let failures: Vec<u64> = timeline
        .iter()
        .filter(|e| matches!(e.kind, Kind::Failure(_)))
        .map(|e| e.ts)
        .collect();
    let (mut lo, mut hi) = (0, 0);
    let mut out = Vec::new();
    for e in timeline {
        let Kind::Metric { name, value } = &e.kind else { continue };
        if *value < threshold {
            continue;
        }
        let (from, to) = (e.ts.saturating_sub(window), e.ts.saturating_add(window));
        // Both bounds only move forward because the spikes come in time order.
        while lo < failures.len() && failures[lo] < from {
            lo += 1;
        }
        if hi < lo {
            hi = lo;
        }
        while hi < failures.len() && failures[hi] <= to {
            hi += 1;
        }
        if hi > lo {
            out.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures: hi - lo });
        }
    }
    out
}
