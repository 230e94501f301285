// learner: optimal
// idiom: hand-rolled winner tree (segment tree of stream indices) over per-stream cursors; awk-style spike loop with continues
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

struct Tourney {
    heads: Vec<Option<u64>>, // current head ts per stream
    tree: Vec<usize>,        // tree[node] = winning stream index, usize::MAX = none
    size: usize,
}

impl Tourney {
    fn better(&self, a: usize, b: usize) -> usize {
        let key = |s: usize| if s == usize::MAX { None } else { self.heads[s].map(|t| (t, s)) };
        match (key(a), key(b)) {
            (None, _) => b,
            (_, None) => a,
            (Some(x), Some(y)) => if x <= y { a } else { b },
        }
    }

    fn build(heads: Vec<Option<u64>>) -> Self {
        let mut size = 1;
        while size < heads.len() {
            size *= 2;
        }
        let mut t = Tourney { heads, tree: vec![usize::MAX; 2 * size], size };
        for s in 0..t.heads.len() {
            t.tree[size + s] = s;
        }
        for node in (1..size).rev() {
            t.tree[node] = t.better(t.tree[2 * node], t.tree[2 * node + 1]);
        }
        t
    }

    fn update(&mut self, s: usize, head: Option<u64>) {
        self.heads[s] = head;
        let mut node = (self.size + s) / 2;
        while node >= 1 {
            self.tree[node] = self.better(self.tree[2 * node], self.tree[2 * node + 1]);
            node /= 2;
        }
    }

    fn winner(&self) -> Option<usize> {
        let w = self.tree[1];
        if w == usize::MAX || self.heads[w].is_none() { None } else { Some(w) }
    }
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    if streams.is_empty() {
        return Vec::new();
    }
    let mut total = 0;
    for s in &streams {
        total += s.len();
    }
    let heads: Vec<Option<u64>> = streams.iter().map(|s| s.first().map(|e| e.ts)).collect();
    let mut cursors: Vec<std::vec::IntoIter<Event>> = streams.into_iter().map(Vec::into_iter).collect();
    let mut tree = Tourney::build(heads);
    let mut out = Vec::with_capacity(total);
    while let Some(s) = tree.winner() {
        let ev = cursors[s].next().unwrap();
        out.push(ev);
        let next = cursors[s].as_slice().first().map(|e| e.ts);
        tree.update(s, next);
    }
    out
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut fail_ts = Vec::new();
    for e in timeline {
        if let Kind::Failure(_) = e.kind {
            fail_ts.push(e.ts);
        }
    }
    let mut res = Vec::new();
    let mut left = 0;
    let mut right = 0;
    for e in timeline {
        let (name, value) = match &e.kind {
            Kind::Metric { name, value } => (name, *value),
            _ => continue,
        };
        if value < threshold {
            continue;
        }
        let start = e.ts.saturating_sub(window);
        let end = e.ts.saturating_add(window);
        while right < fail_ts.len() && fail_ts[right] <= end {
            right += 1;
        }
        while left < right && fail_ts[left] < start {
            left += 1;
        }
        let n = right - left;
        if n == 0 {
            continue;
        }
        res.push(Spike { ts: e.ts, metric: name.clone(), value, failures: n });
    }
    res
}
