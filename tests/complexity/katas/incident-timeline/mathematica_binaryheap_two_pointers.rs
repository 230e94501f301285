// learner: optimal
// idiom: Mathematica / Wolfram Language user: BinaryHeap of Reverse[{ts, stream}] over the stream heads, streams consumed as into_iter; spikes with two While-loop indices into the failure times
// why: merge does one heap pop + at most one push per event, O(N log k), with k heads + k iterators besides the output, O(k); spikes: lo and hi only move forward, O(N) time, O(F) for the failure times

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

/// Merges streams that are each sorted by `ts` into one sorted timeline.
pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let total: usize = streams.iter().map(Vec::len).sum();
    let mut iters: Vec<std::vec::IntoIter<Event>> = streams.into_iter().map(Vec::into_iter).collect();
    let mut heads: Vec<Option<Event>> = iters.iter_mut().map(Iterator::next).collect();
    let mut heap: BinaryHeap<Reverse<(u64, usize)>> = heads
        .iter()
        .enumerate()
        .filter_map(|(i, h)| h.as_ref().map(|e| Reverse((e.ts, i))))
        .collect();
    let mut out = Vec::with_capacity(total);
    while let Some(Reverse((_, i))) = heap.pop() {
        let next = iters[i].next();
        if let Some(e) = &next {
            heap.push(Reverse((e.ts, i)));
        }
        let event = std::mem::replace(&mut heads[i], next).expect("a head for every heap entry");
        out.push(event);
    }
    out
}

/// For every metric event with `value >= threshold`, counts the failures within `window` ms.
pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let fails: Vec<u64> = timeline
        .iter()
        .filter(|e| matches!(e.kind, Kind::Failure(_)))
        .map(|e| e.ts)
        .collect();
    let (mut lo, mut hi) = (0usize, 0usize);
    let mut out = Vec::new();
    for e in timeline {
        let Kind::Metric { name, value } = &e.kind else { continue };
        if *value < threshold {
            continue;
        }
        let (from, to) = (e.ts.saturating_sub(window), e.ts.saturating_add(window));
        while lo < fails.len() && fails[lo] < from {
            lo += 1;
        }
        while hi < fails.len() && fails[hi] <= to {
            hi += 1;
        }
        let failures = hi.saturating_sub(lo);
        if failures > 0 {
            out.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures });
        }
    }
    out
}
