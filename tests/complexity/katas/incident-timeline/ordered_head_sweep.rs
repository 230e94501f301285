// learner: optimal
// idiom: Prolog logic programmer: a Head term with its own ordering (Ord impl = the merge's @< relation) in a BinaryHeap; spikes swept with two indices straight over the timeline, keeping an in-window failure count
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
use std::collections::BinaryHeap;

/// head(Ts, Stream, Event): the current first event of one stream.
struct Head {
    ts: u64,
    stream: usize,
    event: Event,
}

impl PartialEq for Head {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Head {}
impl PartialOrd for Head {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Head {
    /// Reversed, so the max-heap pops the least (ts, stream) first.
    fn cmp(&self, other: &Self) -> Ordering {
        (other.ts, other.stream).cmp(&(self.ts, self.stream))
    }
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let mut rests: Vec<std::vec::IntoIter<Event>> = Vec::with_capacity(streams.len());
    let mut heap = BinaryHeap::with_capacity(streams.len());
    for (stream, events) in streams.into_iter().enumerate() {
        let mut rest = events.into_iter();
        if let Some(event) = rest.next() {
            heap.push(Head { ts: event.ts, stream, event });
        }
        rests.push(rest);
    }
    let mut merged = Vec::new();
    while let Some(Head { stream, event, .. }) = heap.pop() {
        merged.push(event);
        if let Some(next) = rests[stream].next() {
            heap.push(Head { ts: next.ts, stream, event: next });
        }
    }
    merged
}

fn is_failure(e: &Event) -> bool {
    matches!(e.kind, Kind::Failure(_))
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    // [left, right) is a range of timeline indices; `inside` counts the failures in it.
    let (mut left, mut right, mut inside) = (0usize, 0usize, 0usize);
    let mut result = Vec::new();
    for e in timeline {
        let Kind::Metric { name, value } = &e.kind else { continue };
        if *value < threshold {
            continue;
        }
        let lower = e.ts.saturating_sub(window);
        let upper = e.ts.saturating_add(window);
        while right < timeline.len() && timeline[right].ts <= upper {
            if is_failure(&timeline[right]) {
                inside += 1;
            }
            right += 1;
        }
        while left < right && timeline[left].ts < lower {
            if is_failure(&timeline[left]) {
                inside -= 1;
            }
            left += 1;
        }
        if inside > 0 {
            result.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures: inside });
        }
    }
    result
}
