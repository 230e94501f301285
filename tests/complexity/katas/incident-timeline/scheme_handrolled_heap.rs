// learner: optimal
// idiom: Scheme-teacher style: hand-rolled binary min-heap with sift-up/sift-down helper procedures, failures counted with two advancing indices in small helpers

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

/// A heap entry: (timestamp, stream number); the stream number breaks ties.
type Key = (u64, usize);

fn parent_of(i: usize) -> usize {
    (i - 1) / 2
}

fn sift_up(heap: &mut [Key], mut i: usize) {
    while i > 0 && heap[i] < heap[parent_of(i)] {
        let p = parent_of(i);
        heap.swap(i, p);
        i = p;
    }
}

fn smaller_child(heap: &[Key], i: usize) -> Option<usize> {
    let left = 2 * i + 1;
    let right = left + 1;
    if left >= heap.len() {
        None
    } else if right < heap.len() && heap[right] < heap[left] {
        Some(right)
    } else {
        Some(left)
    }
}

fn sift_down(heap: &mut [Key], mut i: usize) {
    while let Some(c) = smaller_child(heap, i) {
        if heap[c] >= heap[i] {
            return;
        }
        heap.swap(i, c);
        i = c;
    }
}

fn heap_push(heap: &mut Vec<Key>, key: Key) {
    heap.push(key);
    let last = heap.len() - 1;
    sift_up(heap, last);
}

fn heap_pop(heap: &mut Vec<Key>) -> Option<Key> {
    if heap.is_empty() {
        return None;
    }
    let last = heap.len() - 1;
    heap.swap(0, last);
    let top = heap.pop();
    sift_down(heap, 0);
    top
}

pub fn merge_streams(streams: Vec<Vec<Event>>) -> Vec<Event> {
    let total = streams.iter().fold(0, |acc, s| acc + s.len());
    let mut readers: Vec<std::iter::Peekable<std::vec::IntoIter<Event>>> =
        streams.into_iter().map(|s| s.into_iter().peekable()).collect();
    let mut heap: Vec<Key> = Vec::with_capacity(readers.len());
    for (i, r) in readers.iter_mut().enumerate() {
        if let Some(first) = r.peek() {
            heap_push(&mut heap, (first.ts, i));
        }
    }
    let mut timeline = Vec::with_capacity(total);
    while let Some((_, i)) = heap_pop(&mut heap) {
        if let Some(ev) = readers[i].next() {
            timeline.push(ev);
        }
        if let Some(next) = readers[i].peek() {
            heap_push(&mut heap, (next.ts, i));
        }
    }
    timeline
}

fn failure_times(timeline: &[Event]) -> Vec<u64> {
    timeline
        .iter()
        .filter_map(|e| match e.kind {
            Kind::Failure(_) => Some(e.ts),
            _ => None,
        })
        .collect()
}

/// Moves `from` forward past every time that `too_early` says is too early.
fn advance_while(times: &[u64], mut from: usize, too_early: impl Fn(u64) -> bool) -> usize {
    while from < times.len() && too_early(times[from]) {
        from += 1;
    }
    from
}

pub fn coinciding_spikes(timeline: &[Event], threshold: u64, window: u64) -> Vec<Spike> {
    let fails = failure_times(timeline);
    let mut first_in_window = 0;
    let mut first_after_window = 0;
    let mut found = Vec::new();
    for event in timeline {
        if let Kind::Metric { name, value } = &event.kind {
            if *value >= threshold {
                let low = event.ts.saturating_sub(window);
                let high = event.ts.saturating_add(window);
                first_in_window = advance_while(&fails, first_in_window, |t| t < low);
                first_after_window =
                    advance_while(&fails, first_after_window.max(first_in_window), |t| t <= high);
                let failures = first_after_window - first_in_window;
                if failures > 0 {
                    found.push(Spike { ts: event.ts, metric: name.clone(), value: *value, failures });
                }
            }
        }
    }
    found
}
