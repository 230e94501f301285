// learner: optimal
// idiom: hand-rolled min-heap of stream indices with sift functions and Option heads; spikes with two indices straight over the timeline and a running failure count (O(1) extra)
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

fn key(heads: &[Option<Event>], s: usize) -> (u64, usize) {
    (heads[s].as_ref().unwrap().ts, s)
}

fn sift_down(heap: &mut [usize], heads: &[Option<Event>], mut i: usize) {
    loop {
        let l = 2 * i + 1;
        if l >= heap.len() {
            break;
        }
        let mut m = l;
        if l + 1 < heap.len() && key(heads, heap[l + 1]) < key(heads, heap[l]) {
            m = l + 1;
        }
        if key(heads, heap[m]) < key(heads, heap[i]) {
            heap.swap(i, m);
            i = m;
        } else {
            break;
        }
    }
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let mut total = 0;
    for s in &streams {
        total += s.len();
    }
    let mut its: Vec<std::vec::IntoIter<Event>> = Vec::with_capacity(streams.len());
    for s in streams {
        its.push(s.into_iter());
    }
    let mut heads: Vec<Option<Event>> = Vec::with_capacity(its.len());
    let mut heap: Vec<usize> = Vec::new();
    for (i, it) in its.iter_mut().enumerate() {
        let h = it.next();
        if h.is_some() {
            heap.push(i);
        }
        heads.push(h);
    }
    let mut i = heap.len() / 2;
    while i > 0 {
        i -= 1;
        sift_down(&mut heap, &heads, i);
    }
    let mut out = Vec::with_capacity(total);
    while !heap.is_empty() {
        let s = heap[0];
        out.push(heads[s].take().unwrap());
        heads[s] = its[s].next();
        if heads[s].is_none() {
            let last = heap.len() - 1;
            heap.swap(0, last);
            heap.pop();
        }
        sift_down(&mut heap, &heads, 0);
    }
    out
}

fn is_failure(e: &Event) -> bool {
    matches!(e.kind, Kind::Failure(_))
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut result = Vec::new();
    let n = timeline.len();
    let mut left = 0; // first event with ts >= spike - window
    let mut right = 0; // first event with ts > spike + window
    let mut inside = 0usize; // failures in timeline[left..right]
    for e in timeline {
        let (name, value) = match &e.kind {
            Kind::Metric { name, value } if *value >= threshold => (name, *value),
            _ => continue,
        };
        let lo = e.ts.saturating_sub(window);
        let hi = e.ts.saturating_add(window);
        while right < n && timeline[right].ts <= hi {
            if is_failure(&timeline[right]) {
                inside += 1;
            }
            right += 1;
        }
        while left < right && timeline[left].ts < lo {
            if is_failure(&timeline[left]) {
                inside -= 1;
            }
            left += 1;
        }
        if inside > 0 {
            result.push(Spike { ts: e.ts, metric: name.clone(), value, failures: inside });
        }
    }
    result
}
