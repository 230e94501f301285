// Digits stored in a fixed array while a number is divided down, then read
// back by a countdown from their count: the countdown's bound is that
// count, not the input's size, so neither its time nor the String it fills
// is certain to be O(n) (an upper bound: no finding).
// expect encode: time O(n), space O(n)
// target encode: time O(log n), space O(log n)
// unsure: the countdown runs once per digit, at most 11
const ALPHABET: &[u8; 62] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

pub fn encode(id: u64) -> String {
    let mut buf = [b'0'; 11];
    let mut n = 0usize;
    let mut x = id;
    while x > 0 {
        buf[n] = ALPHABET[(x % 62) as usize];
        x /= 62;
        n += 1;
    }
    if n == 0 {
        n = 1;
    }
    let mut s = String::with_capacity(n);
    let mut k = n;
    while k >= 1 {
        s.push(buf[k - 1] as char);
        k -= 1;
    }
    s
}
