// learner: optimal
// idiom: Janet: heap of [ts idx] tuples like a sorted array of pairs, streams kept as iterators (fiber-ish generators); two cursors lo/hi over a failure array
//! Merge log streams into one incident timeline, then correlate spikes with failures.

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

// In Janet I'd keep a fiber per stream and resume the one whose head is smallest.
// Here the "fibers" are into_iter()s and the min-heap picks which one to resume.
pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let total: usize = streams.iter().map(|s| s.len()).sum();
    let mut out = Vec::with_capacity(total);
    let mut gens: Vec<std::iter::Peekable<std::vec::IntoIter<Event>>> =
        streams.into_iter().map(|s| s.into_iter().peekable()).collect();

    // [ts idx] pairs; idx breaks ties so lower streams go first
    let mut heads: Vec<Reverse<(u64, usize)>> = Vec::with_capacity(gens.len());
    for (idx, g) in gens.iter_mut().enumerate() {
        if let Some(ev) = g.peek() {
            heads.push(Reverse((ev.ts, idx)));
        }
    }
    let mut heap = BinaryHeap::from(heads);

    while let Some(Reverse((_, idx))) = heap.pop() {
        let g = &mut gens[idx];
        let ev = g.next().expect("head was peeked");
        out.push(ev);
        if let Some(nxt) = g.peek() {
            heap.push(Reverse((nxt.ts, idx)));
        }
    }
    out
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    // pass 1: collect failure times into an array (already sorted)
    let mut fails: Vec<u64> = Vec::new();
    for ev in timeline {
        if let Kind::Failure(_) = ev.kind {
            fails.push(ev.ts);
        }
    }

    // pass 2: walk spikes; lo and hi only ever move forward
    let mut res = Vec::new();
    let mut lo = 0usize;
    let mut hi = 0usize;
    for ev in timeline {
        if let Kind::Metric { name, value } = &ev.kind {
            if *value < threshold {
                continue;
            }
            let from = ev.ts.saturating_sub(window);
            let to = ev.ts.saturating_add(window);
            while lo < fails.len() && fails[lo] < from {
                lo += 1;
            }
            if hi < lo {
                hi = lo;
            }
            while hi < fails.len() && fails[hi] <= to {
                hi += 1;
            }
            let n = hi - lo;
            if n > 0 {
                res.push(Spike { ts: ev.ts, metric: name.clone(), value: *value, failures: n });
            }
        }
    }
    res
}
