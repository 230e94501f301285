// learner: optimal
// idiom: Kotlin-ish: Peekable iterators per stream, heap of Reverse keys, spikes via filter_map chain with a small stateful sweeper struct
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::iter::Peekable;
use std::vec::IntoIter;

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
    let mut cursors: Vec<Peekable<IntoIter<Event>>> =
        streams.into_iter().map(|s| s.into_iter().peekable()).collect();
    let mut queue: BinaryHeap<Reverse<(u64, usize)>> = cursors
        .iter_mut()
        .enumerate()
        .filter_map(|(i, c)| c.peek().map(|e| Reverse((e.ts, i))))
        .collect();
    let mut merged = Vec::new();
    while let Some(Reverse((_, i))) = queue.pop() {
        let cursor = &mut cursors[i];
        if let Some(event) = cursor.next() {
            merged.push(event);
        }
        if let Some(upcoming) = cursor.peek() {
            queue.push(Reverse((upcoming.ts, i)));
        }
    }
    merged
}

struct FailureWindow {
    times: Vec<u64>,
    start: usize,
    end: usize,
}

impl FailureWindow {
    fn count_around(&mut self, ts: u64, window: u64) -> usize {
        let lower = ts.saturating_sub(window);
        let upper = ts.saturating_add(window);
        while self.start < self.times.len() && self.times[self.start] < lower {
            self.start += 1;
        }
        self.end = self.end.max(self.start);
        while self.end < self.times.len() && self.times[self.end] <= upper {
            self.end += 1;
        }
        self.end - self.start
    }
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let times = timeline
        .iter()
        .filter(|e| matches!(e.kind, Kind::Failure(_)))
        .map(|e| e.ts)
        .collect();
    let mut sweeper = FailureWindow { times, start: 0, end: 0 };
    timeline
        .iter()
        .filter_map(|e| match &e.kind {
            Kind::Metric { name, value } if *value >= threshold => Some((e.ts, name, *value)),
            _ => None,
        })
        .filter_map(|(ts, name, value)| {
            let failures = sweeper.count_around(ts, window);
            (failures > 0).then(|| Spike { ts, metric: name.clone(), value, failures })
        })
        .collect()
}
