// learner: slow
// why: coinciding_spikes is O(N^2) time, target O(N): every spike re-counts the whole failure list with filter().count()
//! Merge log streams into one incident timeline and correlate spikes with failures: see README.md.

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
use std::collections::BinaryHeap;
use std::cmp::Reverse;

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let mut its: Vec<_> = streams.into_iter().map(|s| s.into_iter()).collect();
    let mut heap = BinaryHeap::new();
    let mut out = Vec::new();
    for (i, it) in its.iter_mut().enumerate() {
        if let Some(e) = it.next() {
            heap.push(Reverse((e.ts, i, Wrapper(e))));
        }
    }
    while let Some(Reverse((_, i, Wrapper(e)))) = heap.pop() {
        out.push(e);
        if let Some(nx) = its[i].next() {
            heap.push(Reverse((nx.ts, i, Wrapper(nx))));
        }
    }
    out
}

/// Carries the event through the heap without taking part in the ordering.
struct Wrapper(Event);
impl PartialEq for Wrapper {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}
impl Eq for Wrapper {}
impl PartialOrd for Wrapper {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Wrapper {
    fn cmp(&self, _: &Self) -> std::cmp::Ordering {
        std::cmp::Ordering::Equal
    }
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
                let failures = failure_times.iter().filter(|&&f| f.abs_diff(e.ts) <= window).count();
                (failures > 0).then(|| Spike { ts: e.ts, metric: name.clone(), value: *value, failures })
            }
            _ => None,
        })
        .collect()
}
