// learner: slow
// why: merge_streams is O(N k) time, target O(N log k): every output event scans all k stream heads to find the smallest
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

use std::iter::Peekable;
use std::vec::IntoIter;

/// Picks the earliest head among all streams; the first one wins ties, so lower stream indices come first.
#[allow(non_snake_case)]
fn indexOfEarliest(cursors: &mut [Peekable<IntoIter<Event>>]) -> Option<usize> {
    let mut best: Option<(u64, usize)> = None;
    for (index, cursor) in cursors.iter_mut().enumerate() {
        guard_let!(Some(head) = cursor.peek());
        if best.map_or(true, |(bestTs, _)| head.ts < bestTs) {
            best = Some((head.ts, index));
        }
    }
    best.map(|(_, index)| index)
}

macro_rules! guard_let {
    ($pat:pat = $expr:expr) => {
        let $pat = $expr else { continue };
    };
}
use guard_let;

#[allow(non_snake_case)]
pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let totalCount = streams.iter().map(Vec::len).sum();
    let mut cursors: Vec<_> = streams.into_iter().map(|stream| stream.into_iter().peekable()).collect();
    let mut timeline = Vec::with_capacity(totalCount);
    while let Some(index) = indexOfEarliest(&mut cursors) {
        if let Some(event) = cursors[index].next() {
            timeline.push(event);
        }
    }
    timeline
}

#[allow(non_snake_case)]
pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let failureTimes: Vec<u64> = timeline
        .iter()
        .filter(|event| matches!(event.kind, Kind::Failure(_)))
        .map(|event| event.ts)
        .collect();
    let (mut lower, mut upper) = (0usize, 0usize);
    let mut spikes = Vec::new();
    for event in timeline {
        let Kind::Metric { name, value } = &event.kind else { continue };
        guard_or_continue!(*value >= threshold);
        let (from, to) = (event.ts.saturating_sub(window), event.ts.saturating_add(window));
        while lower < failureTimes.len() && failureTimes[lower] < from {
            lower += 1;
        }
        upper = upper.max(lower);
        while upper < failureTimes.len() && failureTimes[upper] <= to {
            upper += 1;
        }
        if upper > lower {
            spikes.push(Spike { ts: event.ts, metric: name.clone(), value: *value, failures: upper - lower });
        }
    }
    spikes
}

macro_rules! guard_or_continue {
    ($cond:expr) => {
        if !($cond) {
            continue;
        }
    };
}
use guard_or_continue;
