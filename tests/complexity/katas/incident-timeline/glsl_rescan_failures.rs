// learner: slow
// idiom: GLSL: heap merge is fine, but every spike re-samples the whole failure buffer (full-screen pass per spike)
// why: coinciding_spikes: each spike scans all F failures: O(spikes * F) = O(N^2)
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

/// Merges streams that are each sorted by `ts` into one sorted timeline.
pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let mut iters: Vec<std::vec::IntoIter<Event>> = streams.into_iter().map(|s| s.into_iter()).collect();
    let mut heap = BinaryHeap::new();
    // keep the head event next to its key; lane breaks ties in stream order
    let mut slots: Vec<Option<Event>> = Vec::with_capacity(iters.len());
    for (lane, it) in iters.iter_mut().enumerate() {
        let head = it.next();
        if let Some(ev) = &head {
            heap.push(Reverse((ev.ts, lane)));
        }
        slots.push(head);
    }
    let mut out = Vec::new();
    while let Some(Reverse((_, lane))) = heap.pop() {
        out.push(slots[lane].take().unwrap());
        if let Some(ev) = iters[lane].next() {
            heap.push(Reverse((ev.ts, lane)));
            slots[lane] = Some(ev);
        }
    }
    out
}

/// For every metric event with `value >= threshold` (in timeline order), counts the failures
/// within `window` ms on either side (inclusive) and reports the spike if there is at least one.
pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let fails: Vec<u64> = timeline
        .iter()
        .filter(|e| matches!(e.kind, Kind::Failure(_)))
        .map(|e| e.ts)
        .collect();
    let mut out = Vec::new();
    for ev in timeline {
        if let Kind::Metric { name, value } = &ev.kind {
            if *value >= threshold {
                let mut count = 0usize;
                for &f in &fails {
                    // |f - ts| <= window without overflow
                    let dist = if f > ev.ts { f - ev.ts } else { ev.ts - f };
                    count += (dist <= window) as usize;
                }
                if count > 0 {
                    out.push(Spike { ts: ev.ts, metric: name.clone(), value: *value, failures: count });
                }
            }
        }
    }
    out
}
