// learner: optimal
// idiom: enterprise: HeadKey newtype with derived Ord, TimelineMerger struct owning stream iterators, FailureWindow two-pointer helper with private methods
//! Merge log streams into one incident timeline and correlate spikes with failures.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
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

/// Position of a stream in the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct StreamId(usize);

/// Heap key for a stream head: earliest timestamp first, then lowest stream id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct HeadKey {
    ts: u64,
    stream: StreamId,
}

/// A k-way merger that owns the remaining events of every stream.
struct TimelineMerger {
    sources: Vec<IntoIter<Event>>,
    heads: Vec<Option<Event>>,
    queue: BinaryHeap<Reverse<HeadKey>>,
}

impl TimelineMerger {
    fn new(streams: Vec<Vec<Event>>) -> Self {
        let mut sources: Vec<IntoIter<Event>> = streams.into_iter().map(Vec::into_iter).collect();
        let heads: Vec<Option<Event>> = sources.iter_mut().map(Iterator::next).collect();
        let keys: Vec<Reverse<HeadKey>> = heads
            .iter()
            .enumerate()
            .filter_map(|(i, head)| head.as_ref().map(|e| Reverse(HeadKey { ts: e.ts, stream: StreamId(i) })))
            .collect();
        TimelineMerger { sources, heads, queue: BinaryHeap::from(keys) }
    }

    fn refill(&mut self, stream: StreamId) {
        if let Some(next) = self.sources[stream.0].next() {
            self.queue.push(Reverse(HeadKey { ts: next.ts, stream }));
            self.heads[stream.0] = Some(next);
        }
    }

    fn pop_earliest(&mut self) -> Option<Event> {
        let Reverse(key) = self.queue.pop()?;
        let event = self.heads[key.stream.0].take();
        self.refill(key.stream);
        event
    }

    fn drain_into(mut self, out: &mut Vec<Event>) {
        while let Some(event) = self.pop_earliest() {
            out.push(event);
        }
    }
}

/// Merges streams that are each sorted by `ts` into one sorted timeline.
pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let total = streams.iter().map(Vec::len).sum();
    let mut out = Vec::with_capacity(total);
    TimelineMerger::new(streams).drain_into(&mut out);
    out
}

/// An inclusive time range `[from, to]` around a spike.
#[derive(Debug, Clone, Copy)]
struct Window {
    from: u64,
    to: u64,
}

impl Window {
    fn around(ts: u64, radius: u64) -> Self {
        Window { from: ts.saturating_sub(radius), to: ts.saturating_add(radius) }
    }
}

/// Sorted failure timestamps with two monotone cursors.
struct FailureWindow {
    times: Vec<u64>,
    lo: usize,
    hi: usize,
}

impl FailureWindow {
    fn collect(timeline: &[Event]) -> Self {
        let times = timeline
            .iter()
            .filter(|e| matches!(e.kind, Kind::Failure(_)))
            .map(|e| e.ts)
            .collect();
        FailureWindow { times, lo: 0, hi: 0 }
    }

    fn advance_lo(&mut self, from: u64) {
        while self.lo < self.times.len() && self.times[self.lo] < from {
            self.lo += 1;
        }
    }

    fn advance_hi(&mut self, to: u64) {
        while self.hi < self.times.len() && self.times[self.hi] <= to {
            self.hi += 1;
        }
    }

    /// Failures inside `window`; windows must be given in non-decreasing order.
    fn count(&mut self, window: Window) -> usize {
        self.advance_lo(window.from);
        self.advance_hi(window.to);
        self.hi.saturating_sub(self.lo)
    }
}

/// Reports metric spikes with at least one failure within `window` ms.
pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut failures = FailureWindow::collect(timeline);
    let mut spikes = Vec::new();
    for event in timeline {
        let Kind::Metric { name, value } = &event.kind else { continue };
        if *value < threshold {
            continue;
        }
        let count = failures.count(Window::around(event.ts, window));
        if count > 0 {
            spikes.push(Spike { ts: event.ts, metric: name.clone(), value: *value, failures: count });
        }
    }
    spikes
}
