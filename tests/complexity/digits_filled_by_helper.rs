// The digits of a number pushed by a helper that takes `&mut out`, then
// reversed: the helper cannot push more elements than it takes steps
// (log n, one per digit), so the reverse walks O(log n) of them.
// expect encode: time O(log n), space O(1)
// target encode: time O(log n), space O(log n)
const DIGITS: &[u8; 62] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

pub fn encode(id: u64) -> String {
    if id == 0 {
        return "0".to_string();
    }
    let mut digits: Vec<u8> = Vec::with_capacity(11);
    push_digits(id, &mut digits);
    digits.reverse();
    String::from_utf8(digits).unwrap()
}

fn push_digits(mut rest: u64, out: &mut Vec<u8>) {
    while rest > 0 {
        out.push(DIGITS[(rest % 62) as usize]);
        rest /= 62;
    }
}
