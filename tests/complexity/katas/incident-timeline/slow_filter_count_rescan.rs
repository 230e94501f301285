// learner: slow
// why: coinciding_spikes is O(N^2) time, target O(N): Swift-style, for every spike filters and counts ALL failure times again (abs_diff in a closure, no nested for)
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

pub fn merge_streams(mut streams: Vec<Vec<Event>>) -> Vec<Event> {
    let mut h = BinaryHeap::new();
    let mut n = 0;
    let mut s = 0;
    while s < streams.len() {
        n += streams[s].len();
        streams[s].reverse();
        if let Some(e) = streams[s].last() { h.push(Reverse((e.ts, s))); }
        s += 1;
    }
    let mut out = Vec::with_capacity(n);
    while let Some(Reverse((_, s))) = h.pop() {
        out.push(streams[s].pop().unwrap());
        if let Some(e) = streams[s].last() { h.push(Reverse((e.ts, s))); }
    }
    out
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let failure_times: Vec<u64> = timeline
        .iter()
        .filter_map(|event| if case_failure(event) { Some(event.ts) } else { None })
        .collect();
    var_spikes(timeline, &failure_times, threshold, window)
}

fn case_failure(event: &Event) -> bool {
    matches!(event.kind, Kind::Failure(_))
}

fn var_spikes(timeline: &[Event], failure_times: &[u64], threshold: u64, window: u64) -> Vec<Spike> {
    var_result(timeline.iter().filter_map(|event| {
        let Kind::Metric { name, value } = &event.kind else { return None };
        guard_threshold(*value, threshold)?;
        let failures = failure_times.iter().filter(|&&t| t.abs_diff(event.ts) <= window).count();
        if failures == 0 {
            return None;
        }
        Some(Spike { ts: event.ts, metric: name.clone(), value: *value, failures })
    }))
}

fn guard_threshold(value: u64, threshold: u64) -> Option<()> {
    (value >= threshold).then_some(())
}

fn var_result(it: impl Iterator<Item = Spike>) -> Vec<Spike> {
    it.collect()
}
