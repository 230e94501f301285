// learner: optimal
// idiom: hand-rolled index min-heap (sift_down in a loop), spikes counted with two cursors over the timeline itself (no failure list), if-heavy
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

fn is_failure(e: &Event) -> bool {
    match e.kind {
        Kind::Failure(_) => true,
        _ => false,
    }
}

/// Min-heap of stream indices ordered by (head ts, stream index).
struct HeadHeap {
    slots: Vec<usize>,
}

impl HeadHeap {
    fn less(keys: &[u64], a: usize, b: usize) -> bool {
        if keys[a] != keys[b] {
            keys[a] < keys[b]
        } else {
            a < b
        }
    }

    fn sift_down(&mut self, keys: &[u64], mut i: usize) {
        let n = self.slots.len();
        loop {
            let l = 2 * i + 1;
            if l >= n {
                break;
            }
            let mut c = l;
            if l + 1 < n && Self::less(keys, self.slots[l + 1], self.slots[l]) {
                c = l + 1;
            }
            if Self::less(keys, self.slots[c], self.slots[i]) {
                self.slots.swap(c, i);
                i = c;
            } else {
                break;
            }
        }
    }
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let total: usize = streams.iter().map(|s| s.len()).sum();
    let mut sources: Vec<std::vec::IntoIter<Event>> = Vec::with_capacity(streams.len());
    let mut pending: Vec<Option<Event>> = Vec::with_capacity(streams.len());
    let mut keys: Vec<u64> = Vec::with_capacity(streams.len());
    let mut heap = HeadHeap { slots: Vec::with_capacity(streams.len()) };
    for (i, s) in streams.into_iter().enumerate() {
        let mut it = s.into_iter();
        let first = it.next();
        if let Some(e) = &first {
            keys.push(e.ts);
            heap.slots.push(i);
        } else {
            keys.push(0);
        }
        pending.push(first);
        sources.push(it);
    }
    let mut start = heap.slots.len() / 2;
    while start > 0 {
        start -= 1;
        heap.sift_down(&keys, start);
    }

    let mut out = Vec::with_capacity(total);
    while !heap.slots.is_empty() {
        let s = heap.slots[0];
        out.push(pending[s].take().unwrap());
        if let Some(next) = sources[s].next() {
            keys[s] = next.ts;
            pending[s] = Some(next);
        } else {
            let last = heap.slots.pop().unwrap();
            if heap.slots.is_empty() {
                break;
            }
            heap.slots[0] = last;
        }
        heap.sift_down(&keys, 0);
    }
    out
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut result = Vec::new();
    // [lo, hi) is the part of the timeline inside the current window;
    // inside counts the failures in it.
    let mut lo = 0usize;
    let mut hi = 0usize;
    let mut inside = 0usize;
    for event in timeline {
        if let Kind::Metric { name, value } = &event.kind {
            if *value >= threshold {
                let from = event.ts.saturating_sub(window);
                let to = event.ts.saturating_add(window);
                while hi < timeline.len() && timeline[hi].ts <= to {
                    if is_failure(&timeline[hi]) {
                        inside += 1;
                    }
                    hi += 1;
                }
                while lo < hi && timeline[lo].ts < from {
                    if is_failure(&timeline[lo]) {
                        inside -= 1;
                    }
                    lo += 1;
                }
                if inside > 0 {
                    result.push(Spike { ts: event.ts, metric: name.clone(), value: *value, failures: inside });
                }
            }
        }
    }
    result
}
