// learner: optimal
// idiom: Mathematica / Wolfram Language user: a hand-rolled binary min-heap of {ts, stream} keys with nested sift helpers, streams as VecDeques popped from the front; spikes with for-loops that break and resume (two pointers)
// why: each event is one heap replace-top or pop (O(log k) sift) on a heap of <= k keys, O(N log k) time, O(k) besides the output; the spike pointers never move back, O(N), O(F) failure times

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


use std::collections::VecDeque;

/// Merges streams that are each sorted by `ts` into one sorted timeline.
pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    type Key = (u64, usize);

    fn sift_down(h: &mut [Key], mut i: usize) {
        loop {
            let l = 2 * i + 1;
            if l >= h.len() {
                break;
            }
            let c = if l + 1 < h.len() && h[l + 1] < h[l] { l + 1 } else { l };
            if h[c] >= h[i] {
                break;
            }
            h.swap(c, i);
            i = c;
        }
    }

    let total = streams.iter().map(|s| s.len()).sum();
    let mut queues: Vec<VecDeque<Event>> = streams.into_iter().map(VecDeque::from).collect();
    let mut heap: Vec<Key> = queues
        .iter()
        .enumerate()
        .filter_map(|(i, q)| q.front().map(|e| (e.ts, i)))
        .collect();
    for i in (0..heap.len() / 2).rev() {
        sift_down(&mut heap, i);
    }

    let mut out = Vec::with_capacity(total);
    while let Some(&(_, i)) = heap.first() {
        let event = queues[i].pop_front().expect("stream has a head");
        out.push(event);
        match queues[i].front() {
            Some(next) => heap[0] = (next.ts, i), // replace the top, then sink it
            None => {
                let last = heap.pop().expect("non-empty");
                if !heap.is_empty() {
                    heap[0] = last;
                }
            }
        }
        sift_down(&mut heap, 0);
    }
    out
}

/// For every metric event with `value >= threshold`, counts the failures within `window` ms.
pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let mut fails: Vec<u64> = Vec::new();
    for e in timeline {
        if let Kind::Failure(_) = e.kind {
            fails.push(e.ts);
        }
    }
    let mut past = 0; // fails[..past] are too early for every later spike
    let mut upto = 0; // fails[..upto] are not after the current spike's window
    let mut result = Vec::new();
    for e in timeline {
        let (name, value) = match &e.kind {
            Kind::Metric { name, value } if *value >= threshold => (name, *value),
            _ => continue,
        };
        let start = e.ts.saturating_sub(window);
        let end = e.ts.saturating_add(window);
        for &f in &fails[past..] {
            if f >= start {
                break;
            }
            past += 1;
        }
        upto = upto.max(past);
        for &f in &fails[upto..] {
            if f > end {
                break;
            }
            upto += 1;
        }
        if upto > past {
            result.push(Spike { ts: e.ts, metric: name.to_string(), value, failures: upto - past });
        }
    }
    result
}
