// learner: optimal
// idiom: GLSL: tournament (winner) tree over a power-of-two row of stream lanes, replaying one leaf-to-root path per event like a parallel min-reduction; spikes with two monotone indices
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

const DRY: u64 = u64::MAX; // key of an exhausted lane; ties broken by lane, real lanes come first via `alive`

/// Merges streams that are each sorted by `ts` into one sorted timeline.
pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let k = streams.len();
    let total: usize = streams.iter().map(|s| s.len()).sum();
    let mut out = Vec::with_capacity(total);
    if k == 0 {
        return out;
    }
    let width = k.next_power_of_two();
    let mut iters: Vec<std::vec::IntoIter<Event>> = streams.into_iter().map(|s| s.into_iter()).collect();
    let mut head: Vec<Option<Event>> = iters.iter_mut().map(|it| it.next()).collect();

    // key of a lane: (dead?, ts, lane) compared lexicographically
    let key = |head: &Vec<Option<Event>>, lane: usize| -> (bool, u64, usize) {
        match head.get(lane).and_then(|h| h.as_ref()) {
            Some(ev) => (false, ev.ts, lane),
            None => (true, DRY, lane),
        }
    };

    // tree[1] is the root, leaves live at tree[width + lane]; each node stores the winning lane
    let mut tree = vec![0usize; 2 * width];
    for lane in 0..width {
        tree[width + lane] = lane;
    }
    for node in (1..width).rev() {
        let (a, b) = (tree[2 * node], tree[2 * node + 1]);
        tree[node] = if key(&head, a) <= key(&head, b) { a } else { b };
    }

    loop {
        let lane = tree[1];
        let Some(ev) = head[lane].take() else { break };
        out.push(ev);
        head[lane] = iters[lane].next();
        // replay the path from this leaf to the root
        let mut node = (width + lane) >> 1;
        while node >= 1 {
            let (a, b) = (tree[2 * node], tree[2 * node + 1]);
            tree[node] = if key(&head, a) <= key(&head, b) { a } else { b };
            node >>= 1;
        }
    }
    out
}

/// For every metric event with `value >= threshold` (in timeline order), counts the failures
/// within `window` ms on either side (inclusive) and reports the spike if there is at least one.
pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    // gather failure timestamps: already sorted since the timeline is
    let mut fails: Vec<u64> = Vec::new();
    for ev in timeline {
        if let Kind::Failure(_) = ev.kind {
            fails.push(ev.ts);
        }
    }
    let mut out = Vec::new();
    let (mut lo, mut hi) = (0usize, 0usize);
    for ev in timeline {
        let Kind::Metric { name, value } = &ev.kind else { continue };
        if *value < threshold {
            continue;
        }
        let from = ev.ts.saturating_sub(window);
        let to = ev.ts.saturating_add(window);
        while lo < fails.len() && fails[lo] < from {
            lo += 1;
        }
        if hi < lo {
            hi = lo;
        }
        while hi < fails.len() && fails[hi] <= to {
            hi += 1;
        }
        let count = hi - lo;
        if count > 0 {
            out.push(Spike { ts: ev.ts, metric: name.clone(), value: *value, failures: count });
        }
    }
    out
}

