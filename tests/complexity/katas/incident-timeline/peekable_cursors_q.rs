// learner: optimal
// idiom: q/kdb+ quant: heap of (ts, stream) over peekable stream iterators, and the spike count as a difference of two monotone cursors over the failure-ts column (like `bin` done incrementally)
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
    let n: usize = streams.iter().map(Vec::len).sum();
    let mut its: Vec<Peekable<IntoIter<Event>>> = streams.into_iter().map(|s| s.into_iter().peekable()).collect();
    let mut h: BinaryHeap<Reverse<(u64, usize)>> =
        its.iter_mut().enumerate().filter_map(|(i, it)| it.peek().map(|e| Reverse((e.ts, i)))).collect();
    let mut r = Vec::with_capacity(n);
    while let Some(Reverse((_, i))) = h.pop() {
        r.extend(its[i].next());
        if let Some(e) = its[i].peek() {
            h.push(Reverse((e.ts, i)));
        }
    }
    r
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let f: Vec<u64> = timeline.iter().filter(|e| matches!(e.kind, Kind::Failure(_))).map(|e| e.ts).collect();
    let (mut a, mut b) = (0usize, 0usize);
    timeline
        .iter()
        .filter_map(|e| match &e.kind {
            Kind::Metric { name, value } if *value >= threshold => Some((e.ts, name, *value)),
            _ => None,
        })
        .filter_map(|(t, name, value)| {
            let (lo, hi) = (t.saturating_sub(window), t.saturating_add(window));
            a += f[a..].iter().take_while(|&&x| x < lo).count();
            b = b.max(a);
            b += f[b..].iter().take_while(|&&x| x <= hi).count();
            (b > a).then(|| Spike { ts: t, metric: name.clone(), value, failures: b - a })
        })
        .collect()
}
