// learner: slow
// why: coinciding_spikes is O(N^2) time, target O(N): every spike re-counts all failures with filter().count()
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

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let mut iters: Vec<std::vec::IntoIter<Event>> = streams.into_iter().map(|s| s.into_iter()).collect();
    let mut heads: Vec<Option<Event>> = iters.iter_mut().map(|i| i.next()).collect();
    let mut heap = BinaryHeap::new();
    for (i, h) in heads.iter().enumerate() {
        if let Some(e) = h {
            heap.push(Reverse((e.ts, i)));
        }
    }
    let mut merged = Vec::new();
    while let Some(Reverse((_, i))) = heap.pop() {
        merged.push(heads[i].take().unwrap());
        heads[i] = iters[i].next();
        if let Some(e) = &heads[i] {
            heap.push(Reverse((e.ts, i)));
        }
    }
    merged
}

fn near(a: u64, b: u64, window: u64) -> bool {
    a.abs_diff(b) <= window
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let failure_times: Vec<u64> = timeline
        .iter()
        .filter(|e| matches!(e.kind, Kind::Failure(_)))
        .map(|e| e.ts)
        .collect();
    timeline
        .iter()
        .filter_map(|e| match &e.kind {
            Kind::Metric { name, value } if *value >= threshold => {
                let failures = failure_times.iter().filter(|&&f| near(f, e.ts, window)).count();
                (failures > 0).then(|| Spike { ts: e.ts, metric: name.clone(), value: *value, failures })
            }
            _ => None,
        })
        .collect()
}
