// Each stream (a Vec) is moved into a VecDeque: `VecDeque::from(Vec)`
// keeps the buffer (O(1), std's docs), and the streams are the parts of
// one nested input anyway, so the loop is O(k), not k × n.
// expect queues: time O(n), space O(n)
// target queues: time O(n), space O(n)
use std::collections::VecDeque;

pub fn queues(streams: Vec<Vec<u64>>) -> Vec<VecDeque<u64>> {
    let mut out = Vec::new();
    for s in streams {
        out.push(VecDeque::from(s));
    }
    out
}
