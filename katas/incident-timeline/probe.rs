use crate::Rng;
use incident_timeline::{coinciding_spikes, merge_streams, Event, Kind};

pub struct Input {
    streams: Vec<Vec<Event>>,
}

/// n events spread over k = n / 16 sorted streams (the number of streams
/// grows with n, so a merge that scans every stream's head per event,
/// O(N k), grows like n^2 where a heap's O(N log k) stays near n): a third
/// failures, a third metric samples (half of them spikes), a third logs.
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let k = (n / 16).max(2);
    let mut streams: Vec<Vec<Event>> = vec![Vec::new(); k];
    let mut ts = vec![0u64; k];
    for i in 0..n {
        let s = i % k;
        ts[s] += 1 + rng.below(20);
        let kind = match rng.below(3) {
            0 => Kind::Failure(String::new()),
            1 => Kind::Metric { name: String::new(), value: rng.below(100) },
            _ => Kind::Log(String::new()),
        };
        streams[s].push(Event { ts: ts[s], kind });
    }
    Input { streams }
}

/// Merge the streams, then correlate spikes (value >= 50) with failures within 30 ms.
pub fn run(input: Input) -> u64 {
    let timeline = merge_streams(input.streams);
    let spikes = coinciding_spikes(&timeline, 50, 30);
    spikes.iter().map(|s| s.failures as u64).sum::<u64>() + timeline.len() as u64
}
