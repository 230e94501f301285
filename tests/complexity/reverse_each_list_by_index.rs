// Each stream reversed once, by index, so that its earliest event can be
// popped from the end: `streams[s].reverse()` walks one stream, and over
// the loop the streams add up to the N events, O(N) in all, not N per
// stream.
// expect prepare: time O(n), space O(1)
// target prepare: time O(n), space O(1)
pub fn prepare(streams: &mut Vec<Vec<u64>>) -> usize {
    let mut total = 0;
    let mut s = 0;
    while s < streams.len() {
        total += streams[s].len();
        streams[s].reverse();
        s += 1;
    }
    total
}
