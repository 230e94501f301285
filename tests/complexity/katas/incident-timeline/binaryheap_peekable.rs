// learner: optimal
// idiom: TS-style: BinaryHeap<Reverse<(ts, stream)>> over peekable iterators; spikes with filter_map and a closure holding two cursors, small helpers
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
use std::iter::Peekable;
use std::vec::IntoIter;

fn head_key(stream: &mut Peekable<IntoIter<Event>>, index: usize) -> Option<Reverse<(u64, usize)>> {
    stream.peek().map(|event| Reverse((event.ts, index)))
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let total: usize = streams.iter().map(Vec::len).sum();
    let mut sources: Vec<Peekable<IntoIter<Event>>> =
        streams.into_iter().map(|s| s.into_iter().peekable()).collect();

    let mut heads: BinaryHeap<Reverse<(u64, usize)>> = sources
        .iter_mut()
        .enumerate()
        .filter_map(|(index, stream)| head_key(stream, index))
        .collect();

    let mut timeline = Vec::with_capacity(total);
    while let Some(Reverse((_, index))) = heads.pop() {
        if let Some(event) = sources[index].next() {
            timeline.push(event);
        }
        if let Some(key) = head_key(&mut sources[index], index) {
            heads.push(key);
        }
    }
    timeline
}

fn failure_time(event: &Event) -> Option<u64> {
    match event.kind {
        Kind::Failure(_) => Some(event.ts),
        _ => None,
    }
}

fn as_spike(event: &Event, threshold: u64) -> Option<(&String, u64)> {
    match &event.kind {
        Kind::Metric { name, value } if *value >= threshold => Some((name, *value)),
        _ => None,
    }
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let failures: Vec<u64> = timeline.iter().filter_map(failure_time).collect();
    let mut first_in_window = 0;
    let mut first_after_window = 0;

    let mut count_near = |ts: u64| -> usize {
        let earliest = ts.saturating_sub(window);
        let latest = ts.saturating_add(window);
        while failures.get(first_in_window).map_or(false, |&f| f < earliest) {
            first_in_window += 1;
        }
        first_after_window = first_after_window.max(first_in_window);
        while failures.get(first_after_window).map_or(false, |&f| f <= latest) {
            first_after_window += 1;
        }
        first_after_window - first_in_window
    };

    timeline
        .iter()
        .filter_map(|event| as_spike(event, threshold).map(|(name, value)| (event.ts, name, value)))
        .filter_map(|(ts, name, value)| {
            let failures = count_near(ts);
            (failures > 0).then(|| Spike { ts, metric: name.clone(), value, failures })
        })
        .collect()
}
