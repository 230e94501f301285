// learner: optimal
// idiom: Swift-server style: BinaryHeap<Reverse<(ts, stream)>> over Peekable iterators, a FailureWindow struct with advance(to:) methods, filter_map over the timeline
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
use std::iter::Peekable;
use std::vec::IntoIter;

#[allow(non_snake_case)]
pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let totalCount: usize = streams.iter().map(Vec::len).sum();
    let mut cursors: Vec<Peekable<IntoIter<Event>>> = streams.into_iter().map(|s| s.into_iter().peekable()).collect();
    let mut frontier: BinaryHeap<Reverse<(u64, usize)>> = cursors
        .iter_mut()
        .enumerate()
        .filter_map(|(index, cursor)| cursor.peek().map(|event| Reverse((event.ts, index))))
        .collect();
    let mut timeline = Vec::with_capacity(totalCount);
    while let Some(Reverse((_, index))) = frontier.pop() {
        let Some(event) = cursors[index].next() else { continue };
        timeline.push(event);
        if let Some(upcoming) = cursors[index].peek() {
            frontier.push(Reverse((upcoming.ts, index)));
        }
    }
    timeline
}

struct FailureWindow {
    timestamps: Vec<u64>,
    lowerIndex: usize,
    upperIndex: usize,
}

#[allow(non_snake_case)]
impl FailureWindow {
    fn new(timeline: &[Event]) -> Self {
        let timestamps = timeline
            .iter()
            .filter(|event| matches!(event.kind, Kind::Failure(_)))
            .map(|event| event.ts)
            .collect();
        Self { timestamps, lowerIndex: 0, upperIndex: 0 }
    }

    fn countAround(&mut self, center: u64, window: u64) -> usize {
        let earliest = center.saturating_sub(window);
        let latest = center.saturating_add(window);
        while self.timestamps.get(self.lowerIndex).is_some_and(|&ts| ts < earliest) {
            self.lowerIndex += 1;
        }
        self.upperIndex = self.upperIndex.max(self.lowerIndex);
        while self.timestamps.get(self.upperIndex).is_some_and(|&ts| ts <= latest) {
            self.upperIndex += 1;
        }
        self.upperIndex - self.lowerIndex
    }
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut failures = FailureWindow::new(timeline);
    timeline
        .iter()
        .filter_map(|event| match &event.kind {
            Kind::Metric { name, value } if *value >= threshold => Some((event.ts, name, *value)),
            _ => None,
        })
        .filter_map(|(ts, name, value)| {
            let nearby = failures.countAround(ts, window);
            (nearby > 0).then(|| Spike { ts, metric: name.clone(), value, failures: nearby })
        })
        .collect()
}
