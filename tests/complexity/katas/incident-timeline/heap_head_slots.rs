// learner: optimal
// idiom: Kotlin-ish: BinaryHeap<Reverse<(ts, stream)>> over per-stream head slots, when-style matches, two-pointer spike sweep
use std::cmp::Reverse;
use std::collections::BinaryHeap;

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
    let total: usize = streams.iter().map(Vec::len).sum();
    let mut sources: Vec<std::vec::IntoIter<Event>> = streams.into_iter().map(Vec::into_iter).collect();
    let mut heads: Vec<Option<Event>> = Vec::with_capacity(sources.len());
    let mut heap = BinaryHeap::with_capacity(sources.len());
    for (idx, src) in sources.iter_mut().enumerate() {
        let head = src.next();
        if let Some(ev) = &head {
            heap.push(Reverse((ev.ts, idx)));
        }
        heads.push(head);
    }
    let mut timeline = Vec::with_capacity(total);
    while let Some(Reverse((_, idx))) = heap.pop() {
        let ev = heads[idx].take().expect("head present for queued stream");
        timeline.push(ev);
        match sources[idx].next() {
            Some(next) => {
                heap.push(Reverse((next.ts, idx)));
                heads[idx] = Some(next);
            }
            None => {}
        }
    }
    timeline
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let failure_times: Vec<u64> = timeline
        .iter()
        .filter_map(|e| match e.kind {
            Kind::Failure(_) => Some(e.ts),
            _ => None,
        })
        .collect();
    let mut lo = 0;
    let mut hi = 0;
    let mut spikes = Vec::new();
    for event in timeline {
        let (name, value) = match &event.kind {
            Kind::Metric { name, value } if *value >= threshold => (name, *value),
            _ => continue,
        };
        let from = event.ts.saturating_sub(window);
        let to = event.ts.saturating_add(window);
        while lo < failure_times.len() && failure_times[lo] < from {
            lo += 1;
        }
        if hi < lo {
            hi = lo;
        }
        while hi < failure_times.len() && failure_times[hi] <= to {
            hi += 1;
        }
        let count = hi - lo;
        if count > 0 {
            spikes.push(Spike { ts: event.ts, metric: name.clone(), value, failures: count });
        }
    }
    spikes
}
