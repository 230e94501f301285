// learner: slow
// why: merge_streams is O(N·k) time, target O(N log k): Perl-ish, every output event scans all k stream heads with a manual counter to find the smallest ts
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
    let k = streams.len();
    let mut pos = vec![0usize; k];
    let total: usize = streams.iter().map(|s| s.len()).sum();
    let mut out = Vec::with_capacity(total);
    while out.len() < total {
        let mut best = usize::MAX;
        let mut j = 0;
        while j < k {
            if pos[j] < streams[j].len()
                && (best == usize::MAX || streams[j][pos[j]].ts < streams[best][pos[best]].ts)
            {
                best = j;
            }
            j += 1;
        }
        out.push(streams[best][pos[best]].clone());
        pos[best] += 1;
    }
    out
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut f = Vec::new();
    for e in timeline {
        if let Kind::Failure(_) = e.kind { f.push(e.ts); }
    }
    let (mut lo, mut hi, mut i) = (0usize, 0usize, 0usize);
    let mut out = Vec::new();
    while i < timeline.len() {
        let e = &timeline[i];
        i += 1;
        let (name, v) = match &e.kind {
            Kind::Metric { name, value } if *value >= threshold => (name, *value),
            _ => continue,
        };
        let a = e.ts.saturating_sub(window);
        let b = e.ts.saturating_add(window);
        while lo < f.len() && f[lo] < a { lo += 1; }
        if hi < lo { hi = lo; }
        while hi < f.len() && f[hi] <= b { hi += 1; }
        if hi > lo {
            out.push(Spike { ts: e.ts, metric: name.clone(), value: v, failures: hi - lo });
        }
    }
    out
}
