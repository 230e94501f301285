// learner: optimal
// idiom: OOP/functional: streams as Box<dyn Iterator<Item = Event>> trait objects with an Option head table, merge exposed as a method returning impl Iterator; spikes via filter_map with a closure owning two failure cursors
//! Merge log streams into one incident timeline and correlate spikes with failures: see README.md.

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

use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct Merger {
    sources: Vec<Box<dyn Iterator<Item = Event>>>,
    heads: Vec<Option<Event>>,
    queue: BinaryHeap<Reverse<(u64, usize)>>,
}

impl Merger {
    fn new(streams: Vec<Vec<Event>>) -> Self {
        let mut m = Merger { sources: Vec::new(), heads: Vec::new(), queue: BinaryHeap::new() };
        for (i, s) in streams.into_iter().enumerate() {
            m.sources.push(Box::new(s.into_iter()));
            m.heads.push(None);
            m.pull(i);
        }
        m
    }

    fn pull(&mut self, i: usize) {
        if let Some(ev) = self.sources[i].next() {
            self.queue.push(Reverse((ev.ts, i)));
            self.heads[i] = Some(ev);
        }
    }

    fn events(mut self) -> impl Iterator<Item = Event> {
        std::iter::from_fn(move || {
            let Reverse((_, i)) = self.queue.pop()?;
            let ev = self.heads[i].take();
            self.pull(i);
            ev
        })
    }
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let total = streams.iter().map(|s| s.len()).sum();
    let mut out = Vec::with_capacity(total);
    out.extend(Merger::new(streams).events());
    out
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let failure_times: Vec<u64> = timeline
        .iter()
        .filter_map(|e| match e.kind {
            Kind::Failure(_) => Some(e.ts),
            _ => None,
        })
        .collect();
    let mut first_in = 0usize;
    let mut past_end = 0usize;
    let mut count_near = move |ts: u64| -> usize {
        let lo = ts.saturating_sub(window);
        let hi = ts.saturating_add(window);
        while failure_times.get(first_in).map_or(false, |&f| f < lo) {
            first_in += 1;
        }
        while failure_times.get(past_end).map_or(false, |&f| f <= hi) {
            past_end += 1;
        }
        past_end - first_in
    };
    timeline
        .iter()
        .filter_map(|e| match &e.kind {
            Kind::Metric { name, value } if *value >= threshold => Some((e.ts, name, *value)),
            _ => None,
        })
        .filter_map(|(ts, name, value)| {
            let failures = count_near(ts);
            (failures > 0).then(|| Spike { ts, metric: name.clone(), value, failures })
        })
        .collect()
}
