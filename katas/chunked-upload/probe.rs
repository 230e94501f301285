use crate::Rng;
use chunked_upload::Upload;

const CHUNK: u64 = 1 << 20;

pub struct Input {
    /// Chunk indices: the even ones in random order, then the odd ones.
    order: Vec<u64>,
}

/// 2n chunks of an upload of 2n * CHUNK bytes. The first n (every other
/// chunk, shuffled) leave n separate ranges; the remaining n fill the gaps.
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let mut evens: Vec<u64> = (0..n as u64).map(|i| 2 * i).collect();
    let mut odds: Vec<u64> = (0..n as u64).map(|i| 2 * i + 1).collect();
    rng.shuffle(&mut evens);
    rng.shuffle(&mut odds);
    evens.extend(odds);
    Input { order: evens }
}

/// Receives every chunk, asking after each whether the upload is complete
/// (as an uploader's loop does): `is_complete` is graded O(1), so one that
/// walks the ranges shows as n^2.
pub fn run(input: Input) -> u64 {
    let mut up = Upload::new(input.order.len() as u64 * CHUNK);
    let mut new = 0;
    let mut complete = 0;
    let half = input.order.len() / 2;
    for (i, &c) in input.order.iter().enumerate() {
        new += up.receive(c * CHUNK, CHUNK).unwrap_or(0);
        complete += up.is_complete() as u64;
        if i + 1 == half {
            // Once, with the most gaps (n): what is still missing.
            complete += up.missing().len() as u64;
        }
    }
    new + complete + up.received_bytes()
}
