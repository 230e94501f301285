// learner: optimal
// idiom: Java-ish: reverse every stream in place and pop() from the back, BinaryHeap of Reverse((ts, streamIndex)), index-based for loops, early returns
#![allow(non_snake_case)]
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
    let mut streams = streams;
    let streamCount = streams.len();
    let mut totalEvents = 0usize;
    let mut heap: BinaryHeap<Reverse<(u64, usize)>> = BinaryHeap::with_capacity(streamCount);
    for i in 0..streamCount {
        totalEvents += streams[i].len();
        streams[i].reverse(); // now the earliest event is at the back
        if let Some(last) = streams[i].last() {
            heap.push(Reverse((last.ts, i)));
        }
    }
    let mut merged: Vec<Event> = Vec::with_capacity(totalEvents);
    loop {
        let Reverse((_, i)) = match heap.pop() {
            Some(top) => top,
            None => return merged,
        };
        let event = streams[i].pop().expect("heap entry without event");
        merged.push(event);
        if let Some(next) = streams[i].last() {
            heap.push(Reverse((next.ts, i)));
        }
    }
}

fn isFailure(event: &Event) -> bool {
    match event.kind {
        Kind::Failure(_) => true,
        _ => false,
    }
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut failures: Vec<u64> = Vec::new();
    for i in 0..timeline.len() {
        if isFailure(&timeline[i]) {
            failures.push(timeline[i].ts);
        }
    }
    let mut result: Vec<Spike> = Vec::new();
    let mut left = 0;
    let mut right = 0;
    for i in 0..timeline.len() {
        let event = &timeline[i];
        if let Kind::Metric { name, value } = &event.kind {
            if *value < threshold {
                continue;
            }
            let start = event.ts.saturating_sub(window);
            let end = event.ts.saturating_add(window);
            while left < failures.len() && failures[left] < start {
                left += 1;
            }
            if right < left {
                right = left;
            }
            while right < failures.len() && failures[right] <= end {
                right += 1;
            }
            if right > left {
                result.push(Spike {
                    ts: event.ts,
                    metric: name.to_string(),
                    value: *value,
                    failures: right - left,
                });
            }
        }
    }
    result
}
