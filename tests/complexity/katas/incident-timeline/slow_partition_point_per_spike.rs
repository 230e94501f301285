// learner: slow
// why: coinciding_spikes is O(N log N) time, target O(N): for every spike it binary-searches both ends of its window in the failure list (two partition_point calls) instead of sweeping two forward pointers
//! Merge log streams and correlate spikes with failures.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Log(String),
    Failure(String),
    Metric { name: String, value: u64 },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub ts: u64,
    pub kind: Kind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spike {
    pub ts: u64,
    pub metric: String,
    pub value: u64,
    pub failures: usize,
}

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

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let failures: Vec<u64> = timeline
        .iter()
        .filter(|e| matches!(e.kind, Kind::Failure(_)))
        .map(|e| e.ts)
        .collect();
    timeline
        .iter()
        .filter_map(|e| match &e.kind {
            Kind::Metric { name, value } if *value >= threshold => {
                let lo = failures.partition_point(|&t| t < e.ts.saturating_sub(window));
                let hi = failures.partition_point(|&t| t <= e.ts.saturating_add(window));
                (hi > lo).then(|| Spike { ts: e.ts, metric: name.clone(), value: *value, failures: hi - lo })
            }
            _ => None,
        })
        .collect()
}
