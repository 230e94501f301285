// learner: slow
// why: merge_streams is O(N*k) time, target O(N log k): picks the next event by scanning all k stream heads with min_by_key for every output event
/// What happened.
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

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let mut cursors: Vec<std::iter::Peekable<std::vec::IntoIter<Event>>> =
        streams.into_iter().map(|s| s.into_iter().peekable()).collect();
    let mut merged = Vec::new();
    loop {
        // find the stream whose head is earliest (ties: lowest index, min_by_key keeps the first)
        let best = cursors
            .iter_mut()
            .enumerate()
            .filter_map(|(i, c)| c.peek().map(|e| (e.ts, i)))
            .min_by_key(|&(ts, i)| (ts, i));
        match best {
            Some((_, i)) => merged.push(cursors[i].next().unwrap()),
            None => return merged,
        }
    }
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let fails: Vec<u64> = timeline
        .iter()
        .filter_map(|e| if let Kind::Failure(_) = e.kind { Some(e.ts) } else { None })
        .collect();
    let (mut lo, mut hi) = (0, 0);
    let mut spikes = vec![];
    for ev in timeline {
        if let Kind::Metric { name, value } = &ev.kind {
            if *value < threshold {
                continue;
            }
            while lo < fails.len() && fails[lo] < ev.ts.saturating_sub(window) {
                lo += 1;
            }
            hi = hi.max(lo);
            while hi < fails.len() && fails[hi] <= ev.ts.saturating_add(window) {
                hi += 1;
            }
            if hi > lo {
                spikes.push(Spike { ts: ev.ts, metric: name.clone(), value: *value, failures: hi - lo });
            }
        }
    }
    spikes
}
