// learner: slow
// idiom: Mathematica / Wolfram Language user: MinimalBy over the current stream heads at every step (scan all k heads for the smallest {ts, stream}), spikes with two forward-only indices
// why: misses merge_streams O(N log k): each of the N output events scans all k heads, O(N k); coinciding_spikes is fine (O(N))

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


/// Merges streams that are each sorted by `ts` into one sorted timeline.
pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let total: usize = streams.iter().map(|s| s.len()).sum();
    let mut iters: Vec<_> = streams.into_iter().map(|s| s.into_iter().peekable()).collect();
    let mut out = Vec::with_capacity(total);
    loop {
        // MinimalBy[heads, {#ts, #stream} &]
        let mut best: Option<(u64, usize)> = None;
        for (i, it) in iters.iter_mut().enumerate() {
            if let Some(e) = it.peek() {
                if best.map_or(true, |(ts, _)| e.ts < ts) {
                    best = Some((e.ts, i));
                }
            }
        }
        match best {
            Some((_, i)) => out.extend(iters[i].next()),
            None => return out,
        }
    }
}

/// For every metric event with `value >= threshold`, counts the failures within `window` ms.
pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let fails: Vec<u64> = timeline.iter().filter(|e| matches!(e.kind, Kind::Failure(_))).map(|e| e.ts).collect();
    let (mut lo, mut hi) = (0, 0);
    let mut out = Vec::new();
    for e in timeline {
        if let Kind::Metric { name, value } = &e.kind {
            if *value < threshold {
                continue;
            }
            while lo < fails.len() && fails[lo] < e.ts.saturating_sub(window) {
                lo += 1;
            }
            hi = hi.max(lo);
            while hi < fails.len() && fails[hi] <= e.ts.saturating_add(window) {
                hi += 1;
            }
            if hi > lo {
                out.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures: hi - lo });
            }
        }
    }
    out
}
