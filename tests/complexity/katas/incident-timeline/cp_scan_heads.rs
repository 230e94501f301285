// learner: slow
// why: merge_streams is O(N k) time, target O(N log k): every event scans all k stream heads for the minimum
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
    let mut it: Vec<_> = streams.into_iter().map(|s| s.into_iter().peekable()).collect();
    let mut r = Vec::new();
    loop {
        let mut b = usize::MAX;
        let mut bt = 0u64;
        for i in 0..k {
            if let Some(e) = it[i].peek() {
                if b == usize::MAX || e.ts < bt {
                    b = i;
                    bt = e.ts;
                }
            }
        }
        if b == usize::MAX {
            break;
        }
        r.push(it[b].next().unwrap());
    }
    r
}

pub fn coinciding_spikes(tl: &[Event], th: u64, w: u64) -> Vec<Spike> {
    let mut f = Vec::new();
    for e in tl {
        if let Kind::Failure(_) = e.kind {
            f.push(e.ts);
        }
    }
    let (mut l, mut h) = (0, 0);
    let mut r = Vec::new();
    for e in tl {
        if let Kind::Metric { name, value } = &e.kind {
            if *value < th {
                continue;
            }
            let a = e.ts.saturating_sub(w);
            let b = e.ts.saturating_add(w);
            while l < f.len() && f[l] < a {
                l += 1;
            }
            if h < l {
                h = l;
            }
            while h < f.len() && f[h] <= b {
                h += 1;
            }
            if h > l {
                r.push(Spike { ts: e.ts, metric: name.clone(), value: *value, failures: h - l });
            }
        }
    }
    r
}
