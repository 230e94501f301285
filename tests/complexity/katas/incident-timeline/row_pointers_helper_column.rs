// learner: optimal
// idiom: spreadsheet power user: "current row" pointers per stream plus a heap of (ts, stream) to pick the next row; spikes from a helper column of failure times with two index pointers (lo, hi) that only move down
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

/// Merges streams that are each sorted by `ts` into one sorted timeline. Equal timestamps keep
/// the order of the stream index, then the order inside the stream.
pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let mut total = 0;
    for s in &streams {
        total += s.len();
    }
    // one "reader" per stream; the heads sit in `current`
    let mut readers: Vec<std::vec::IntoIter<Event>> = Vec::new();
    let mut current: Vec<Option<Event>> = Vec::new();
    let mut heap = BinaryHeap::new();
    for (i, s) in streams.into_iter().enumerate() {
        let mut reader = s.into_iter();
        let head = reader.next();
        if let Some(e) = &head {
            heap.push(Reverse((e.ts, i)));
        }
        readers.push(reader);
        current.push(head);
    }
    let mut timeline = Vec::with_capacity(total);
    while let Some(Reverse((_, i))) = heap.pop() {
        let event = current[i].take().unwrap();
        timeline.push(event);
        current[i] = readers[i].next();
        if let Some(e) = &current[i] {
            heap.push(Reverse((e.ts, i)));
        }
    }
    timeline
}

/// For every metric event with `value >= threshold` (in timeline order), counts the failures
/// within `window` ms on either side (inclusive) and reports the spike if there is at least one.
pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    // helper column: the failure times, already in order
    let mut fail_ts: Vec<u64> = Vec::new();
    for e in timeline {
        if let Kind::Failure(_) = e.kind {
            fail_ts.push(e.ts);
        }
    }
    let mut lo = 0; // first failure that is not too early
    let mut hi = 0; // first failure that is too late
    let mut spikes = Vec::new();
    for e in timeline {
        if let Kind::Metric { name, value } = &e.kind {
            if *value >= threshold {
                let start = e.ts.saturating_sub(window);
                let end = e.ts.saturating_add(window);
                while lo < fail_ts.len() && fail_ts[lo] < start {
                    lo += 1;
                }
                while hi < fail_ts.len() && fail_ts[hi] <= end {
                    hi += 1;
                }
                let count = hi - lo;
                if count >= 1 {
                    spikes.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures: count });
                }
            }
        }
    }
    spikes
}
