// `n = n / 62` in the loop divides by a constant each round: one round per
// base-62 digit, log n (count_digits). The buffer sized by that count is no
// input's size: the estimate charges it n as an upper bound, never a finding.
// unsure: `len` is what `count_digits` returns, which the walk does not follow
// expect count_digits: time O(log n), space O(1)
// target count_digits: time O(log n), space O(1)
// expect encode: time O(n), space O(n)
// target encode: time O(log n), space O(log n)
const ALPHABET: &[u8; 62] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

fn count_digits(id: u64) -> usize {
    let mut n = id;
    let mut count = 1;
    while n >= 62 {
        n = n / 62;
        count += 1;
    }
    count
}

pub fn encode(id: u64) -> String {
    let len = count_digits(id);
    let mut out = vec![b'0'; len];
    let mut n = id;
    let mut pos = len;
    while pos > 0 {
        pos -= 1;
        out[pos] = ALPHABET[(n % 62) as usize];
        n /= 62;
    }
    String::from_utf8(out).unwrap()
}
