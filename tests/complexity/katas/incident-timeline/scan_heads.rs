// learner: slow
// why: merge_streams is O(N k) time, target O(N log k): every output event scans all k stream heads for the smallest
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
    let mut iters: Vec<_> = streams.into_iter().map(|s| s.into_iter().peekable()).collect();
    let mut out = Vec::new();
    loop {
        let best = iters
            .iter_mut()
            .enumerate()
            .filter_map(|(i, it)| it.peek().map(|e| (e.ts, i)))
            .min();
        match best {
            Some((_, i)) => out.push(iters[i].next().unwrap()),
            None => break,
        }
    }
    out
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let fails: Vec<u64> = timeline
        .iter()
        .filter(|e| matches!(e.kind, Kind::Failure(_)))
        .map(|e| e.ts)
        .collect();
    let (mut lo, mut hi) = (0, 0);
    let mut out = Vec::new();
    for e in timeline {
        let Kind::Metric { name, value } = &e.kind else { continue };
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
    out
}
