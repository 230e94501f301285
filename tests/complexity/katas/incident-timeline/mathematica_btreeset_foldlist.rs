// learner: optimal
// idiom: Mathematica / Wolfram Language user: a BTreeSet of {ts, stream} pairs as the priority queue (pop_first), Peekable streams; the spike sweep as one Fold whose state is {lo, hi, found}
// why: each event costs one pop_first and at most one insert into a set of <= k pairs, O(N log k), O(k) besides the output; the fold moves lo/hi forward only, O(N), storing F failure times

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


use std::collections::BTreeSet;
use std::iter::Peekable;
use std::vec::IntoIter;

/// Merges streams that are each sorted by `ts` into one sorted timeline.
pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let total = streams.iter().fold(0, |acc, s| acc + s.len());
    let mut streams: Vec<Peekable<IntoIter<Event>>> = streams.into_iter().map(|s| s.into_iter().peekable()).collect();
    let mut queue: BTreeSet<(u64, usize)> = streams
        .iter_mut()
        .enumerate()
        .filter_map(|(i, s)| s.peek().map(|e| (e.ts, i)))
        .collect();
    let mut timeline = Vec::with_capacity(total);
    while let Some((_, i)) = queue.pop_first() {
        timeline.extend(streams[i].next());
        if let Some(e) = streams[i].peek() {
            queue.insert((e.ts, i));
        }
    }
    timeline
}

/// For every metric event with `value >= threshold`, counts the failures within `window` ms.
pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let failure_times: Vec<u64> = timeline
        .iter()
        .filter_map(|e| match e.kind {
            Kind::Failure(_) => Some(e.ts),
            _ => None,
        })
        .collect();
    let spikes = timeline.iter().filter_map(|e| match &e.kind {
        Kind::Metric { name, value } if *value >= threshold => Some((e.ts, name, *value)),
        _ => None,
    });
    // Fold[{lo, hi, found} -> {lo', hi', found ~Append~ spike}, start, spikes]
    let advance = |mut i: usize, ok: &dyn Fn(u64) -> bool| {
        while i < failure_times.len() && ok(failure_times[i]) {
            i += 1;
        }
        i
    };
    let (_, _, found) = spikes.fold((0usize, 0usize, Vec::new()), |(lo, hi, mut found), (ts, name, value)| {
        let lo = advance(lo, &|f| f < ts.saturating_sub(window));
        let hi = advance(hi.max(lo), &|f| f <= ts.saturating_add(window));
        if hi > lo {
            found.push(Spike { ts, metric: name.clone(), value, failures: hi - lo });
        }
        (lo, hi, found)
    });
    found
}
