// learner: optimal
// idiom: heap entries own the head Event (custom Ord on (ts, stream)); spikes via for-loops with break that resume where the last spike stopped
/// What happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Log(String),
    Failure(String),
    Metric { name: String, value: u64 },
}

/// One timestamped event from one stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub ts: u64,
    pub kind: Kind,
}

/// A metric sample at or above the threshold with failures close to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spike {
    pub ts: u64,
    pub metric: String,
    pub value: u64,
    pub failures: usize,
}

use std::cmp::Ordering;
use std::collections::BinaryHeap;

struct Head {
    event: Event,
    stream: usize,
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
    // BinaryHeap is a max-heap: reverse so the earliest (ts, stream) is on top
    fn cmp(&self, other: &Self) -> Ordering {
        (other.event.ts, other.stream).cmp(&(self.event.ts, self.stream))
    }
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let total = streams.iter().fold(0, |acc, s| acc + s.len());
    let mut rests = Vec::with_capacity(streams.len());
    let mut heap = BinaryHeap::with_capacity(streams.len());
    for (stream, events) in streams.into_iter().enumerate() {
        let mut rest = events.into_iter();
        if let Some(event) = rest.next() {
            heap.push(Head { event, stream });
        }
        rests.push(rest);
    }
    let mut merged = Vec::with_capacity(total);
    while let Some(Head { event, stream }) = heap.pop() {
        merged.push(event);
        if let Some(next) = rests[stream].next() {
            heap.push(Head { event: next, stream });
        }
    }
    merged
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut fails = Vec::new();
    for ev in timeline {
        if matches!(ev.kind, Kind::Failure(_)) {
            fails.push(ev.ts);
        }
    }
    let mut before = 0; // failures strictly before the window
    let mut upto = 0; // failures at or before the window's end
    let mut found = Vec::new();
    for ev in timeline {
        let Kind::Metric { name, value } = &ev.kind else { continue };
        if *value < threshold {
            continue;
        }
        let start = ev.ts.saturating_sub(window);
        let end = ev.ts.saturating_add(window);
        for &f in &fails[before..] {
            if f >= start {
                break;
            }
            before += 1;
        }
        upto = upto.max(before);
        for &f in &fails[upto..] {
            if f > end {
                break;
            }
            upto += 1;
        }
        if upto > before {
            found.push(Spike { ts: ev.ts, metric: name.clone(), value: *value, failures: upto - before });
        }
    }
    found
}
