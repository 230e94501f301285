// learner: optimal
// idiom: reverse every stream with for_each, BinaryHeap<Reverse<(u64, usize)>> of stream heads popped from the back; failures collected with filter_map, pointers in a tuple
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
use std::cmp::Reverse;
use std::collections::BinaryHeap;

pub fn merge_streams(mut streams: Vec<Vec<Event>>) -> Vec<Event> {
    streams.iter_mut().for_each(|s| s.reverse());
    let mut heap: BinaryHeap<Reverse<(u64, usize)>> = streams
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.last().map(|e| Reverse((e.ts, i))))
        .collect();
    let mut merged = Vec::with_capacity(streams.iter().map(Vec::len).sum());
    while let Some(Reverse((_, i))) = heap.pop() {
        merged.extend(streams[i].pop());
        if let Some(e) = streams[i].last() {
            heap.push(Reverse((e.ts, i)));
        }
    }
    merged
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let fails: Vec<u64> = timeline
        .iter()
        .filter_map(|e| matches!(e.kind, Kind::Failure(_)).then_some(e.ts))
        .collect();
    let mut range = (0usize, 0usize);
    let mut out = Vec::new();
    for e in timeline {
        if let Kind::Metric { name, value } = &e.kind {
            if *value >= threshold {
                let (lo_ts, hi_ts) = (e.ts.saturating_sub(window), e.ts.saturating_add(window));
                while range.0 < fails.len() && fails[range.0] < lo_ts {
                    range.0 += 1;
                }
                range.1 = range.1.max(range.0);
                while range.1 < fails.len() && fails[range.1] <= hi_ts {
                    range.1 += 1;
                }
                let failures = range.1 - range.0;
                if failures > 0 {
                    out.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures });
                }
            }
        }
    }
    out
}
