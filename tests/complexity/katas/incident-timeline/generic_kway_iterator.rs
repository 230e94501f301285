// learner: optimal
// idiom: generic KWayMerge<I> over any iterators of Timestamped items with a BinaryHeap of Reverse keys; failure-ts Vec with two pointers
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

trait Timestamped {
    fn ts(&self) -> u64;
}

impl Timestamped for Event {
    fn ts(&self) -> u64 {
        self.ts
    }
}

struct KWayMerge<I: Iterator> {
    sources: Vec<Peekable<I>>,
    heap: BinaryHeap<Reverse<(u64, usize)>>,
}

impl<I> KWayMerge<I>
where
    I: Iterator,
    I::Item: Timestamped,
{
    fn new<S: IntoIterator<IntoIter = I>>(streams: impl IntoIterator<Item = S>) -> Self {
        let mut sources: Vec<Peekable<I>> = streams.into_iter().map(|s| s.into_iter().peekable()).collect();
        let heap = sources
            .iter_mut()
            .enumerate()
            .filter_map(|(i, s)| s.peek().map(|e| Reverse((e.ts(), i))))
            .collect();
        KWayMerge { sources, heap }
    }
}

impl<I> Iterator for KWayMerge<I>
where
    I: Iterator,
    I::Item: Timestamped,
{
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        let Reverse((_, i)) = self.heap.pop()?;
        let item = self.sources[i].next()?;
        if let Some(nxt) = self.sources[i].peek() {
            self.heap.push(Reverse((nxt.ts(), i)));
        }
        Some(item)
    }
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let total = streams.iter().map(Vec::len).sum();
    let mut out = Vec::with_capacity(total);
    out.extend(KWayMerge::new(streams));
    out
}

struct Window {
    lo: usize,
    hi: usize,
}

impl Window {
    fn count_around(&mut self, fails: &[u64], ts: u64, radius: u64) -> usize {
        let from = ts.saturating_sub(radius);
        let to = ts.saturating_add(radius);
        while self.lo < fails.len() && fails[self.lo] < from {
            self.lo += 1;
        }
        if self.hi < self.lo {
            self.hi = self.lo;
        }
        while self.hi < fails.len() && fails[self.hi] <= to {
            self.hi += 1;
        }
        self.hi - self.lo
    }
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let fails: Vec<u64> = timeline
        .iter()
        .filter(|e| matches!(e.kind, Kind::Failure(_)))
        .map(Timestamped::ts)
        .collect();
    let mut win = Window { lo: 0, hi: 0 };
    timeline
        .iter()
        .filter_map(|e| match &e.kind {
            Kind::Metric { name, value } if *value >= threshold => {
                let failures = win.count_around(&fails, e.ts, window);
                (failures > 0).then(|| Spike { ts: e.ts, metric: name.clone(), value: *value, failures })
            }
            _ => None,
        })
        .collect()
}
