// learner: optimal
// idiom: winner (tournament) tree over stream indices in a flat array with replay up one leaf-to-root path; spikes with a loop, labelled break and explicit index arithmetic
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

struct Tournament {
    leaves: usize,
    tree: Vec<usize>,
}

impl Tournament {
    fn better(heads: &[Option<Event>], a: usize, b: usize) -> usize {
        let ka = heads.get(a).and_then(|h| h.as_ref()).map(|e| e.ts);
        let kb = heads.get(b).and_then(|h| h.as_ref()).map(|e| e.ts);
        match (ka, kb) {
            (None, None) => a.min(b),
            (Some(_), None) => a,
            (None, Some(_)) => b,
            (Some(x), Some(y)) => {
                if x < y || (x == y && a < b) {
                    a
                } else {
                    b
                }
            }
        }
    }

    fn build(heads: &[Option<Event>]) -> Self {
        let mut leaves = 1;
        while leaves < heads.len() {
            leaves *= 2;
        }
        let mut tree = vec![0usize; 2 * leaves];
        for i in 0..leaves {
            tree[leaves + i] = i;
        }
        let mut node = leaves - 1;
        while node >= 1 {
            tree[node] = Self::better(heads, tree[2 * node], tree[2 * node + 1]);
            node -= 1;
        }
        Tournament { leaves, tree }
    }

    fn winner(&self) -> usize {
        self.tree[1]
    }

    fn replay(&mut self, heads: &[Option<Event>], leaf: usize) {
        let mut node = (self.leaves + leaf) / 2;
        while node >= 1 {
            self.tree[node] = Self::better(heads, self.tree[2 * node], self.tree[2 * node + 1]);
            node /= 2;
        }
    }
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let total: usize = streams.iter().map(Vec::len).sum();
    let mut rest: Vec<std::vec::IntoIter<Event>> = streams.into_iter().map(Vec::into_iter).collect();
    let mut heads: Vec<Option<Event>> = rest.iter_mut().map(|it| it.next()).collect();
    let mut out = Vec::with_capacity(total);
    if heads.is_empty() {
        return out;
    }
    let mut tour = Tournament::build(&heads);
    loop {
        let w = tour.winner();
        let Some(event) = heads.get_mut(w).and_then(Option::take) else { break };
        out.push(event);
        heads[w] = rest[w].next();
        tour.replay(&heads, w);
    }
    out
}

fn failure_times(timeline: &[Event]) -> Vec<u64> {
    timeline.iter().filter(|e| matches!(e.kind, Kind::Failure(_))).map(|e| e.ts).collect()
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let fails = failure_times(timeline);
    let mut spikes = Vec::new();
    let mut left = 0;
    let mut right = 0;
    let mut i = 0;
    'events: loop {
        if i >= timeline.len() {
            break 'events;
        }
        let e = &timeline[i];
        i += 1;
        let (name, value) = match &e.kind {
            Kind::Metric { name, value } => (name, *value),
            _ => continue 'events,
        };
        if value < threshold {
            continue 'events;
        }
        let low = e.ts.saturating_sub(window);
        let high = e.ts.saturating_add(window);
        while left < fails.len() && fails[left] < low {
            left += 1;
        }
        right = right.max(left);
        while right < fails.len() && fails[right] <= high {
            right += 1;
        }
        if right > left {
            spikes.push(Spike { ts: e.ts, metric: name.clone(), value, failures: right - left });
        }
    }
    spikes
}
