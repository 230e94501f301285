// learner: optimal
// idiom: heap of a custom Cursor struct (Ord by ts then stream) owning a Peekable iterator, PeekMut to advance; spikes via iterator filter_map + while-let pointers
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

use std::cmp::Ordering;
use std::collections::binary_heap::PeekMut;
use std::collections::BinaryHeap;
use std::iter::Peekable;
use std::vec::IntoIter;

struct Cursor {
    ts: u64,
    stream: usize,
    rest: Peekable<IntoIter<Event>>,
}

impl PartialEq for Cursor {
    fn eq(&self, other: &Self) -> bool {
        self.ts == other.ts && self.stream == other.stream
    }
}
impl Eq for Cursor {}
impl PartialOrd for Cursor {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Cursor {
    // reversed: BinaryHeap is a max-heap, we want the earliest (ts, stream) on top
    fn cmp(&self, other: &Self) -> Ordering {
        (other.ts, other.stream).cmp(&(self.ts, self.stream))
    }
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let mut out = Vec::with_capacity(streams.iter().map(|s| s.len()).sum());
    let mut heap = BinaryHeap::with_capacity(streams.len());
    for (stream, events) in streams.into_iter().enumerate() {
        let mut rest = events.into_iter().peekable();
        if let Some(first) = rest.peek() {
            heap.push(Cursor { ts: first.ts, stream, rest });
        }
    }
    while let Some(mut top) = heap.peek_mut() {
        let ev = top.rest.next().unwrap();
        out.push(ev);
        match top.rest.peek().map(|e| e.ts) {
            Some(ts) => top.ts = ts,
            None => {
                PeekMut::pop(top);
            }
        }
    }
    out
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let fails: Vec<u64> = timeline
        .iter()
        .filter_map(|e| match e.kind {
            Kind::Failure(_) => Some(e.ts),
            _ => None,
        })
        .collect();
    let (mut first, mut past) = (0usize, 0usize);
    timeline
        .iter()
        .filter_map(|e| match &e.kind {
            Kind::Metric { name, value } if *value >= threshold => Some((e.ts, name, *value)),
            _ => None,
        })
        .filter_map(|(ts, name, value)| {
            while first < fails.len() && ts - fails[first].min(ts) > window {
                first += 1;
            }
            past = past.max(first);
            while past < fails.len() && fails[past].saturating_sub(ts) <= window {
                past += 1;
            }
            let n = past - first;
            (n > 0).then(|| Spike { ts, metric: name.clone(), value, failures: n })
        })
        .collect()
}
