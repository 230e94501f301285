// learner: optimal
// idiom: GLSL: pairwise reduction passes (stride 1, 2, 4, ...) merging neighbour streams like a parallel merge tree; spikes in ONE streaming pass with a ring of recent failures and a FIFO of spikes waiting for their window to close
//! Merge log streams into one incident timeline and correlate spikes with failures: see README.md.

use std::collections::VecDeque;

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

/// stable two-way merge: on equal ts the left (lower stream index) run wins
fn merge2(a: Vec<Event>, b: Vec<Event>) -> Vec<Event> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let mut ia = a.into_iter().peekable();
    let mut ib = b.into_iter().peekable();
    loop {
        let take_a = match (ia.peek(), ib.peek()) {
            (Some(x), Some(y)) => x.ts <= y.ts,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        let ev = if take_a { ia.next() } else { ib.next() };
        out.push(ev.expect("peeked"));
    }
    out
}

/// Merges streams that are each sorted by `ts` into one sorted timeline.
/// log2(k) passes, each touching all N events once: O(N log k).
pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let mut row: Vec<Vec<Event>> = streams;
    if row.is_empty() {
        return Vec::new();
    }
    while row.len() > 1 {
        let mut next_row: Vec<Vec<Event>> = Vec::with_capacity((row.len() + 1) / 2);
        let mut it = row.into_iter();
        while let Some(left) = it.next() {
            match it.next() {
                Some(right) => next_row.push(merge2(left, right)),
                None => next_row.push(left),
            }
        }
        row = next_row;
    }
    row.pop().unwrap_or_default()
}

struct Pending {
    ts: u64,
    metric: String,
    value: u64,
    behind: usize,      // failures in [ts - window, ts] already seen when the spike arrived
    seen_at: usize,     // total failures seen when the spike arrived
}

/// For every metric event with `value >= threshold` (in timeline order), counts the failures
/// within `window` ms on either side (inclusive) and reports the spike if there is at least one.
pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut recent: VecDeque<u64> = VecDeque::new(); // failures that may still be behind some spike
    let mut waiting: VecDeque<Pending> = VecDeque::new();
    let mut total_fails = 0usize;
    let mut out = Vec::new();

    let mut resolve = |p: Pending, total: usize, out: &mut Vec<Spike>| {
        let count = p.behind + (total - p.seen_at);
        if count > 0 {
            out.push(Spike { ts: p.ts, metric: p.metric, value: p.value, failures: count });
        }
    };

    for ev in timeline {
        // close every waiting spike whose forward window ended before this event
        while let Some(p) = waiting.front() {
            if ev.ts > p.ts.saturating_add(window) {
                let p = waiting.pop_front().expect("front");
                resolve(p, total_fails, &mut out);
            } else {
                break;
            }
        }
        match &ev.kind {
            Kind::Failure(_) => {
                total_fails += 1;
                recent.push_back(ev.ts);
            }
            Kind::Metric { name, value } if *value >= threshold => {
                let from = ev.ts.saturating_sub(window);
                while recent.front().map_or(false, |&f| f < from) {
                    recent.pop_front();
                }
                waiting.push_back(Pending {
                    ts: ev.ts,
                    metric: name.clone(),
                    value: *value,
                    behind: recent.len(),
                    seen_at: total_fails,
                });
            }
            _ => {}
        }
    }
    while let Some(p) = waiting.pop_front() {
        resolve(p, total_fails, &mut out);
    }
    out
}
