// learner: optimal
// idiom: Swift-style: enum pattern guards (if let Kind::Metric { .. }), let-else, heap of Reverse((ts, stream)) over IntoIter cursors, two-pointer sweep in a struct
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
    let total: usize = streams.iter().map(Vec::len).sum();
    let mut cursors: Vec<std::vec::IntoIter<Event>> = streams.into_iter().map(Vec::into_iter).collect();
    let mut heads: Vec<Option<Event>> = cursors.iter_mut().map(Iterator::next).collect();
    let mut heap: BinaryHeap<Reverse<(u64, usize)>> = heads
        .iter()
        .enumerate()
        .filter_map(|(i, head)| head.as_ref().map(|e| Reverse((e.ts, i))))
        .collect();

    let mut timeline = Vec::with_capacity(total);
    while let Some(Reverse((_, stream))) = heap.pop() {
        let Some(event) = heads[stream].take() else { continue };
        timeline.push(event);
        if let Some(next) = cursors[stream].next() {
            heap.push(Reverse((next.ts, stream)));
            heads[stream] = Some(next);
        }
    }
    timeline
}

/// The failures close to the current spike: [lo, hi) into `times`, only ever moving forward.
struct Window<'a> {
    times: &'a [u64],
    lo: usize,
    hi: usize,
}

impl<'a> Window<'a> {
    fn count_around(&mut self, ts: u64, window: u64) -> usize {
        let from = ts.saturating_sub(window);
        let to = ts.saturating_add(window);
        while self.lo < self.times.len() && self.times[self.lo] < from {
            self.lo += 1;
        }
        if self.hi < self.lo {
            self.hi = self.lo;
        }
        while self.hi < self.times.len() && self.times[self.hi] <= to {
            self.hi += 1;
        }
        self.hi - self.lo
    }
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let failure_times: Vec<u64> = timeline
        .iter()
        .filter(|e| matches!(e.kind, Kind::Failure(_)))
        .map(|e| e.ts)
        .collect();
    let mut sweep = Window { times: &failure_times, lo: 0, hi: 0 };

    let mut spikes = Vec::new();
    for event in timeline {
        guard_metric(event, threshold).map(|(name, value)| {
            let failures = sweep.count_around(event.ts, window);
            if failures > 0 {
                spikes.push(Spike { ts: event.ts, metric: name.clone(), value, failures });
            }
        });
    }
    spikes
}

fn guard_metric(event: &Event, threshold: u64) -> Option<(&String, u64)> {
    let Kind::Metric { name, value } = &event.kind else { return None };
    guard(*value >= threshold)?;
    Some((name, *value))
}

fn guard(cond: bool) -> Option<()> {
    if cond { Some(()) } else { None }
}
