// learner: slow
// idiom: Janet: scan every stream head each step like `(min-by ...)` over an array of cursors; spikes rescan the whole failure array per spike
// why: merge picks the min of k heads by a linear scan per event, O(N k); each spike re-walks all F failures, O(S F) = O(N^2)
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


// Janet habit: an array of cursors, and each step I just look at all of them.
pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let total: usize = streams.iter().map(|s| s.len()).sum();
    let mut out = Vec::with_capacity(total);
    let mut its: Vec<std::iter::Peekable<std::vec::IntoIter<Event>>> =
        streams.into_iter().map(|s| s.into_iter().peekable()).collect();
    loop {
        let mut best: Option<(u64, usize)> = None;
        for (i, it) in its.iter_mut().enumerate() {
            if let Some(e) = it.peek() {
                match best {
                    Some((bt, _)) if bt <= e.ts => {}
                    _ => best = Some((e.ts, i)),
                }
            }
        }
        match best {
            Some((_, i)) => out.push(its[i].next().unwrap()),
            None => break,
        }
    }
    out
}

fn count_near(fails: &[u64], ts: u64, window: u64) -> usize {
    let mut n = 0;
    for &f in fails {
        let d = if f > ts { f - ts } else { ts - f };
        if d <= window {
            n += 1;
        }
    }
    n
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let fails: Vec<u64> = timeline
        .iter()
        .filter_map(|e| match e.kind {
            Kind::Failure(_) => Some(e.ts),
            _ => None,
        })
        .collect();
    let mut out = Vec::new();
    for ev in timeline {
        if let Kind::Metric { name, value } = &ev.kind {
            if *value >= threshold {
                let n = count_near(&fails, ev.ts, window);
                if n > 0 {
                    out.push(Spike { ts: ev.ts, metric: name.clone(), value: *value, failures: n });
                }
            }
        }
    }
    out
}
