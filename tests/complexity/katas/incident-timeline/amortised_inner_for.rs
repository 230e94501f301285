// learner: optimal
// idiom: mid-level learner: BinaryHeap of (Reverse(ts), Reverse(stream)) tuples, spikes via for-loops over the failure slice that resume where they stopped (amortised two pointers)
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
    let k = streams.len();
    let mut total = 0;
    let mut sources = Vec::with_capacity(k);
    for s in streams {
        total += s.len();
        sources.push(s.into_iter());
    }
    let mut waiting: Vec<Option<Event>> = Vec::with_capacity(k);
    let mut heap = BinaryHeap::with_capacity(k);
    for (i, src) in sources.iter_mut().enumerate() {
        let head = src.next();
        if let Some(e) = &head {
            heap.push((Reverse(e.ts), Reverse(i)));
        }
        waiting.push(head);
    }
    let mut timeline = Vec::with_capacity(total);
    while let Some((_, Reverse(i))) = heap.pop() {
        timeline.push(waiting[i].take().expect("queued stream has a head"));
        if let Some(e) = sources[i].next() {
            heap.push((Reverse(e.ts), Reverse(i)));
            waiting[i] = Some(e);
        }
    }
    timeline
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut fail_ts = Vec::new();
    for e in timeline {
        if let Kind::Failure(_) = e.kind {
            fail_ts.push(e.ts);
        }
    }

    let mut first = 0; // first failure not before the window
    let mut past = 0; // first failure after the window
    let mut found = Vec::new();
    for e in timeline {
        let (name, value) = match &e.kind {
            Kind::Metric { name, value } if *value >= threshold => (name, *value),
            _ => continue,
        };
        let start = e.ts.saturating_sub(window);
        let end = e.ts.saturating_add(window);
        // Both loops resume where the previous spike left them, so together
        // they visit each failure at most once over the whole timeline.
        for &f in &fail_ts[first..] {
            if f >= start {
                break;
            }
            first += 1;
        }
        if past < first {
            past = first;
        }
        for &f in &fail_ts[past..] {
            if f > end {
                break;
            }
            past += 1;
        }
        if past > first {
            found.push(Spike { ts: e.ts, metric: name.clone(), value, failures: past - first });
        }
    }
    found
}
