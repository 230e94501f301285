// Base62 digits written from the back of a fixed `[u8; 11]`, then copied
// out with `for i in pos..buf.len()`: an index up to a constant is at most
// that many rounds, and the capacity `buf.len() - pos` is at most 11.
// expect encode: time O(log n), space O(1)
// target encode: time O(log n), space O(log n)
const DIGITS: &[u8; 62] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

pub fn encode(id: u64) -> String {
    let mut buf = [0u8; 11];
    let mut pos = buf.len();
    let mut n = id;
    loop {
        pos -= 1;
        buf[pos] = DIGITS[(n % 62) as usize];
        n /= 62;
        if n == 0 {
            break;
        }
    }
    let mut out = String::with_capacity(buf.len() - pos);
    for i in pos..buf.len() {
        out.push(buf[i] as char);
    }
    out
}
