// learner: slow
// why: coinciding_spikes is O(N^2) time, target O(N): every spike filters and counts the whole failure list again
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

use std::cmp::Reverse;
use std::collections::BinaryHeap;

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let mut its: Vec<_> = streams.into_iter().map(|v| v.into_iter()).collect();
    let mut pending: Vec<Option<Event>> = its.iter_mut().map(|it| it.next()).collect();
    let mut heap: BinaryHeap<Reverse<(u64, usize)>> = pending
        .iter()
        .enumerate()
        .filter_map(|(i, e)| e.as_ref().map(|e| Reverse((e.ts, i))))
        .collect();
    let mut out = Vec::new();
    while let Some(Reverse((_, i))) = heap.pop() {
        out.push(pending[i].take().unwrap());
        if let Some(e) = its[i].next() {
            heap.push(Reverse((e.ts, i)));
            pending[i] = Some(e);
        }
    }
    out
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
                let near = failure_times.iter().filter(|&&f| f.abs_diff(e.ts) <= window).count();
                (near > 0).then(|| Spike { ts: e.ts, metric: name.clone(), value: *value, failures: near })
            }
            _ => None,
        })
        .collect()
}
