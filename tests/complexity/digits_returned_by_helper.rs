// A helper given only a number returns the digits it pushed: it cannot
// return more elements than it takes steps (log n), so collecting them
// reversed is O(log n) too.
// expect encode: time O(log n), space O(log n)
// target encode: time O(log n), space O(log n)
const DIGITS: &[u8; 62] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

fn digits_lsb_first(mut id: u64) -> Vec<u8> {
    let mut ds = Vec::new();
    while id > 0 {
        ds.push((id % 62) as u8);
        id /= 62;
    }
    ds
}

pub fn encode(id: u64) -> String {
    digits_lsb_first(id)
        .iter()
        .rev()
        .map(|&d| DIGITS[d as usize] as char)
        .collect()
}
