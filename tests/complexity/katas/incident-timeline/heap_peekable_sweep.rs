// learner: optimal
// idiom: BinaryHeap<Reverse<(ts, stream)>> over Peekable IntoIters, Window newtype with From, generic two-pointer counter over impl Iterator
//! Merge log streams into one incident timeline and correlate spikes with failures: see README.md.

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

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let total = streams.iter().map(Vec::len).sum();
    let mut heads: Vec<Peekable<IntoIter<Event>>> = streams.into_iter().map(|s| s.into_iter().peekable()).collect();
    let mut heap: BinaryHeap<Reverse<(u64, usize)>> = heads
        .iter_mut()
        .enumerate()
        .filter_map(|(i, it)| it.peek().map(|e| Reverse((e.ts, i))))
        .collect();
    let mut out = Vec::with_capacity(total);
    while let Some(Reverse((_, i))) = heap.pop() {
        let ev = heads[i].next().expect("heap entry means the stream has a head");
        out.push(ev);
        if let Some(next) = heads[i].peek() {
            heap.push(Reverse((next.ts, i)));
        }
    }
    out
}

/// The inclusive time range `[ts - w, ts + w]`, clamped to the u64 range.
#[derive(Clone, Copy)]
struct Window {
    lo: u64,
    hi: u64,
}

impl From<(u64, u64)> for Window {
    fn from((ts, w): (u64, u64)) -> Self {
        Window { lo: ts.saturating_sub(w), hi: ts.saturating_add(w) }
    }
}

/// Two monotone pointers into sorted failure times.
#[derive(Default)]
struct Sweep {
    lo: usize,
    hi: usize,
}

impl Sweep {
    fn count(&mut self, fails: &[u64], win: Window) -> usize {
        while self.lo < fails.len() && fails[self.lo] < win.lo {
            self.lo += 1;
        }
        self.hi = self.hi.max(self.lo);
        while self.hi < fails.len() && fails[self.hi] <= win.hi {
            self.hi += 1;
        }
        self.hi - self.lo
    }
}

fn failure_times<'a>(events: impl Iterator<Item = &'a Event>) -> Vec<u64> {
    events.filter(|e| matches!(e.kind, Kind::Failure(_))).map(|e| e.ts).collect()
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let fails = failure_times(timeline.iter());
    let mut sweep = Sweep::default();
    let mut spikes = Vec::new();
    for e in timeline {
        if let Kind::Metric { name, value } = &e.kind {
            if *value < threshold {
                continue;
            }
            let failures = sweep.count(&fails, Window::from((e.ts, window)));
            if failures > 0 {
                spikes.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures });
            }
        }
    }
    spikes
}
